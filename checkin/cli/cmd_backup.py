"""checkin backup / restore / backups: snapshots of an event file and putting one back."""

from __future__ import annotations

from pathlib import Path

from checkin import backup
from checkin.cli.output import LOCK_WAIT_SECONDS, Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.errors import DamagedEventFile, EventFileError
from checkin.event import Event


def register(sub) -> None:
    p = sub.add_parser("backup", help="take a snapshot of an event file now")
    p.add_argument("path")
    p.add_argument("--dir", default=None, help="folder for backups (default: <file>.backups)")
    p.add_argument("--keep", type=int, default=backup.DEFAULT_KEEP, help="backups to keep")
    add_json(p)
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help="put a backup in place of an event file")
    p.add_argument("backup", help="the backup file")
    p.add_argument("path", help="the event file to replace (the old one is kept aside)")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run_restore)

    p = sub.add_parser("backups", help="list the backups of an event file")
    p.add_argument("path")
    p.add_argument("--dir", default=None, help="folder for backups (default: <file>.backups)")
    add_json(p)
    p.set_defaults(run=run_list)


def run_backup(args) -> int:
    # Read-only: a snapshot can be taken while the desk window has the file open.
    with Event.open(args.path, read_only=True) as event:
        taken = backup.snapshot(event, args.dir, keep=args.keep)
    emit(args, taken.to_dict(), f"Backup written: {taken.path}")
    return 0


def run_restore(args) -> int:
    source = Path(args.backup)
    _check_pin(source, Path(args.path), args)
    kept = backup.restore(source, args.path, wait=LOCK_WAIT_SECONDS)
    data = {"restored": str(source), "path": args.path, "replaced_kept_as": kept and str(kept)}
    text = f"Restored {source.name} to {args.path}."
    if kept:
        text += f" The replaced file was kept as {kept}."
    emit(args, data, text)
    return 0


def _check_pin(source: Path, target: Path, args) -> None:
    """The PIN of the event being replaced; of the backup, if that event is too damaged to
    say (the backup is a copy of the same event)."""
    if not target.exists():
        return
    try:
        with open_event(target) as event:
            require_pin(event, args)
        return
    except DamagedEventFile:
        pass
    if backup.check(source) is not None:
        return  # a damaged backup is refused by restore() itself
    try:
        copy = Event.open(source, read_only=True)
    except EventFileError:
        return  # a backup from an older checkin cannot be read without upgrading it
    with copy:
        require_pin(copy, args)


def run_list(args) -> int:
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
