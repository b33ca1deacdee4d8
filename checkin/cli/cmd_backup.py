"""checkin backup / restore / backups: snapshots of an event file and putting one back."""

from __future__ import annotations

from pathlib import Path

from checkin.backup import DEFAULT_KEEP
from checkin.cli.output import Failure, add_json, emit


def register(sub) -> None:
    p = sub.add_parser("backup", help="take a snapshot of an event file now")
    p.add_argument("path")
    p.add_argument("--dir", default=None, help="folder for backups (default: <file>.backups)")
    p.add_argument("--keep", type=int, default=DEFAULT_KEEP, help="backups to keep")
    add_json(p)
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help="put a backup in place of an event file")
    p.add_argument("backup", help="the backup file")
    p.add_argument("path", help="the event file to replace (the old one is kept aside)")
    add_json(p)
    p.set_defaults(run=run_restore)

    p = sub.add_parser("backups", help="list the backups of an event file")
    p.add_argument("path")
    p.add_argument("--dir", default=None, help="folder for backups (default: <file>.backups)")
    add_json(p)
    p.set_defaults(run=run_list)


def run_backup(args) -> int:
    from checkin import backup
    from checkin.event import Event

    # Read-only: a snapshot can be taken while the desk window has the file open.
    with Event.open(args.path, read_only=True) as event:
        taken = backup.snapshot(event, args.dir, keep=args.keep)
    emit(args, taken.to_dict(), f"Backup written: {taken.path}")
    return 0


def run_restore(args) -> int:
    from checkin import backup

    source = Path(args.backup)
    kept = backup.restore(source, args.path)
    data = {"restored": str(source), "path": args.path, "replaced_kept_as": kept and str(kept)}
    text = f"Restored {source.name} to {args.path}."
    if kept:
        text += f" The replaced file was kept as {kept}."
    emit(args, data, text)
    return 0


def run_list(args) -> int:
    from checkin import backup

    if not Path(args.path).exists() and not backup.backup_dir(args.path, args.dir).is_dir():
        raise Failure(f"{args.path}: no such event file and no backups of it")
    rows = []
    for found in backup.list_backups(args.path, args.dir):
        problem = backup.check(found.path)
        rows.append({**found.to_dict(), "ok": problem is None, "problem": problem})
    lines = [f"{r['taken']}  {'ok     ' if r['ok'] else 'DAMAGED'}  {r['path']}" for r in rows] or [
        "No backups yet."
    ]
    emit(args, rows, "\n".join(lines))
    return 0
