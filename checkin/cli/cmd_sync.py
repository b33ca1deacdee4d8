"""checkin sync EVENT: several desks on one event (join code, join, run, status, unpair).

While ``--run`` keeps a desk in step, the other commands on its event file (scan, reprint,
``--join-code``, ``--unpair`` …) are handed to it and run there (``checkin/cli/forward.py``).
"""

from __future__ import annotations

import io
import signal
from pathlib import Path

from checkin.cli import forward
from checkin.cli.output import Failure, add_json, emit, open_event
from checkin.cli.pin_gate import add_pin_arg, require_pin
from checkin.cli.sync_status import show_status
from checkin.clock import local_time
from checkin.errors import CheckinError
from checkin.sync import join_codes, pairing
from checkin.sync.desk import SyncedDesk
from checkin.sync.journal import Journal, ensure_identity
from checkin.sync.syncthing import Syncthing


def register(sub) -> None:
    p = sub.add_parser("sync", help="keep several desks in step over the venue network")
    p.add_argument("path", help="the event file (for --join: where to create it)")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument(
        "--join-code", action="store_true", help="show a one-off code another desk joins with"
    )
    what.add_argument("--join", metavar="CODE", help="join the event shown on another desk")
    what.add_argument(
        "--run", dest="run_sync", action="store_true", help="run this desk's sync (headless desk)"
    )
    what.add_argument("--status", action="store_true", help="show the other desks")
    what.add_argument("--unpair", metavar="DEVICE", help="stop sharing with a desk (device id)")
    what.add_argument(
        "--revoke-codes", action="store_true", help="withdraw the join codes not used yet"
    )
    p.add_argument("--seconds", type=float, default=None, help="with --run: stop after N seconds")
    p.add_argument("--desk", default=None, help="name of this desk (default: host name)")
    p.add_argument("--timeout", type=float, default=120, help="with --join: seconds to wait")
    p.add_argument("--home", default=None, help="Syncthing home folder (default: app data dir)")
    p.add_argument("--listen-host", default="0.0.0.0", help="address Syncthing listens on")
    add_pin_arg(p)
    add_json(p)
    p.set_defaults(run=run)


def _instance(args) -> Syncthing:
    home = Path(args.home) if args.home else None
    return Syncthing.connect(home) or Syncthing(home, listen_host=args.listen_host)


def _options(args) -> str:
    """The options a follow-up command needs to reach the same Syncthing."""
    out = f' --home "{args.home}"' if args.home else ""
    if args.listen_host != "0.0.0.0":
        out += f" --listen-host {args.listen_host}"
    return out


def run(args) -> int:
    if args.join:
        return _join(args)
    if args.status:
        return show_status(args)
    if args.run_sync and forward.serving():
        raise Failure(f"{args.path}: this desk is syncing already")
    with open_event(args.path) as event:
        if args.join_code or args.unpair or args.revoke_codes:  # the code hands out the event
            require_pin(event, args)
        ensure_identity(event, args.desk)
        folder = pairing.default_folder(event.path)
        if args.join_code:
            return _join_code(args, event, folder)
        if args.revoke_codes:
            count = join_codes.revoke_all(event)
            emit(args, {"revoked": count}, f"{count} join code(s) withdrawn.")
            return 0
        if args.unpair:
            return _unpair(args, event, folder)
        return _run(args, event)


def _run(args, event) -> int:
    signal.signal(signal.SIGTERM, _terminate)  # `kill`, service stop: stop Syncthing too
    desk = SyncedDesk(event, _instance(args), desk_name=args.desk).start()
    try:
        with forward.Server(event) as server:  # other commands on this file run here
            desk.run(args.seconds, wait=server.serve)
    finally:
        desk.stop()
    if desk.removed:
        raise CheckinError("desk_removed")
    report = desk.last_report
    emit(
        args,
        {"desk": desk.desk_id, "waiting": report.waiting, "quarantined": report.quarantined},
        f"Desk {desk.desk_name} stopped syncing.",
    )
    return 0


def _terminate(signum, frame) -> None:
    raise SystemExit(0)


def _unpair(args, event, folder) -> int:
    inst = _instance(args)
    started = not inst.running
    if started:
        inst.start()
    try:
        journal = Journal.writer(event, folder)  # the other desks learn it too
        pairing.unpair(event, inst, args.unpair.strip().upper(), journal)
    finally:
        if started:
            inst.stop()
    emit(args, {"unpaired": args.unpair}, f"Desk {args.unpair} no longer receives this event.")
    return 0


def _join_code(args, event, folder) -> int:
    inst = _instance(args)
    code = pairing.make_join_code(event, inst, folder)
    qr = ""
    if not args.json:
        import qrcode

        out = io.StringIO()
        maker = qrcode.QRCode(border=1)
        maker.add_data(code.text)
        maker.print_ascii(out=out, invert=True)
        qr = out.getvalue()
    emit(
        args,
        {
            "code": code.text,
            "device_id": code.device_id,
            "address": code.address,
            "event_id": code.event_id,
            "event_name": code.event_name,
            "expires": code.expires,
        },
        f'{qr}\nOn the other desk: checkin sync EVENT --join "{code.text}"\n'
        f"For one desk, until {local_time(code.expires, '%H:%M')}. "
        f"Keep this desk syncing: checkin sync {args.path} --run{_options(args)}",
    )
    return 0


def _join(args) -> int:
    target = Path(args.path)
    if target.exists():
        raise Failure(f"{target}: already exists; give the path of a new event file")
    inst = Syncthing(Path(args.home) if args.home else None, listen_host=args.listen_host)
    name = args.desk or ""
    try:
        event = pairing.join(
            target, args.join, inst, desk_name=name or _hostname(), timeout=args.timeout
        )
    finally:
        inst.stop()
    with event:
        emit(
            args,
            {"joined": event.info.name, "path": str(target)},
            f"Joined “{event.info.name}”. Keep this desk syncing: "
            f"checkin sync {target} --run{_options(args)}",
        )
    return 0


def _hostname() -> str:
    import socket

    return socket.gethostname() or "desk"
