"""Where bundled resources and translations live: source checkout, wheel or frozen bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = []
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        found.append(Path(frozen) / name)
    found.append(_PACKAGE / f"_{name}")  # installed wheel (see pyproject force-include)
    found.append(_PACKAGE.parent / name)  # source checkout / editable install
    return found


@cache
def _root(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"checkin's {name}/ folder is missing from this installation")


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return _root("resources").joinpath(*parts)


def translations_dir() -> Path:
    return _root("translations")
