"""Printing results: a short human text by default, JSON with --json."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from checkin.cli import forward

if TYPE_CHECKING:
    from checkin.event import Event


class Failure(Exception):
    """Bad input on the command line: printed as one line, exit code 2."""


def fail(message: str, code: int = 2) -> int:
    print(f"checkin: {message}", file=sys.stderr)
    return code


def emit(args, data, text: str) -> None:
    if getattr(args, "json", False):
        json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
    else:
        print(text)


def lazy_help(**values: Callable[[], str]) -> type[argparse.HelpFormatter]:
    """A help formatter that fills ``{name}`` in help texts only when help is shown, from
    modules a run of another command never needs to load (the importer, the badges)."""

    class LazyHelp(argparse.HelpFormatter):
        def _get_help_string(self, action) -> str | None:
            text = action.help
            for name, value in values.items():
                if text and "{" + name + "}" in text:
                    text = text.replace("{" + name + "}", value())
            return text

    return LazyHelp


def add_json(parser) -> None:
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")


# A command that finds the file busy (another command writing, a desk) tries again this
# long before it gives up with the lock message: two scripts scanning side by side both work.
LOCK_WAIT_SECONDS = 5.0


def open_event(path: str | Path, *, read_only: bool = False) -> Event:
    """Open for a command; ``read_only`` lets reports run while a desk window has the file.

    In a command forwarded to a syncing desk (``forward``), that desk's open event.
    """
    from checkin.errors import CheckinError
    from checkin.event import Event

    lent = forward.borrowed(path)
    if lent is not None:
        return lent
    try:
        return Event.open(path, read_only=read_only, wait=0.0 if read_only else LOCK_WAIT_SECONDS)
    except CheckinError:
        raise
    except OSError as exc:
        raise Failure(f"{path}: {exc.strerror}") from exc
