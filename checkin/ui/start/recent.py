"""The events opened lately, newest first, kept in the settings (File ▸ Recent, start page)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent/events"
KEEP = 8


def recent_events() -> list[Path]:
    """Recently opened event files that still exist, newest first."""
    value = QSettings().value(KEY, []) or []
    names = [value] if isinstance(value, str) else list(value)
    return [Path(n) for n in names if Path(n).is_file()]


def remember(path: Path) -> None:
    path = Path(path).resolve()
    names = [str(path)] + [str(p) for p in recent_events() if p.resolve() != path]
    QSettings().setValue(KEY, names[:KEEP])
