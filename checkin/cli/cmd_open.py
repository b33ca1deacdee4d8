"""checkin open [PATH] (also plain `checkin [PATH]`): the desk window."""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    p = sub.add_parser("open", help="open the desk window (default command)")
    p.add_argument("path", nargs="?", help="event file to open")
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin.ui.app import run_app

    return run_app(Path(args.path) if args.path else None)
