"""What ``checkin sync`` does: join code, join, run, status, unpair (see cmd_sync.py).

While ``--run`` keeps a desk in step, the other commands on its event file (scan, reprint,
``--join-code``, ``--unpair`` …) are handed to it and run there (``checkin/cli/forward.py``).
"""

from __future__ import annotations

import io
import signal
from pathlib import Path

from checkin.cli import forward
from checkin.cli.output import Failure, emit, open_event
from checkin.cli.pin_gate import require_pin
from checkin.cli.sync_status import show_status
from checkin.clock import local_time
from checkin.errors import CheckinError
from checkin.sync import join_codes, pairing
from checkin.sync.desk import SyncedDesk
from checkin.sync.journal import Journal, ensure_identity
from checkin.sync.syncthing import Syncthing


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
