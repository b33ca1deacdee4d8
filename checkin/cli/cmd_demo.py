"""checkin demo [PATH] [--open]: create the demo event."""

from __future__ import annotations

from pathlib import Path

from checkin.cli.output import add_json, emit

DEFAULT_PATH = Path.home() / "checkin-demo.checkin"


def register(sub) -> None:
    p = sub.add_parser("demo", help="create the demo event file")
    p.add_argument("path", nargs="?", help=f"where to create it (default: {DEFAULT_PATH})")
    p.add_argument("--open", action="store_true", help="open it in the desk window")
    p.add_argument("--replace", action="store_true", help="overwrite an existing file")
    add_json(p)
    p.set_defaults(run=run)


def run(args) -> int:
    from checkin.demo import create_demo

    path = Path(args.path) if args.path else DEFAULT_PATH
    if path.exists() and (args.replace or (args.open and args.path is None)):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    event = create_demo(path)
    name = event.info.name
    event.close()
    emit(args, {"path": str(path), "name": name}, f"Created the demo event “{name}” in {path}")
    if args.open:
        from checkin.ui.app import run_app

        return run_app(path)
    return 0
