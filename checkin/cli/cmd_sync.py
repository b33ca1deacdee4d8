"""checkin sync EVENT: several desks on one event (join code, join, run, status, unpair).

While ``--run`` keeps a desk in step, the other commands on its event file (scan, reprint,
``--join-code``, ``--unpair`` …) are handed to it and run there (``checkin/cli/forward.py``).
The parser is built from here; what the command does is in ``sync_actions.py``, loaded
only when it runs.
"""

from __future__ import annotations

from checkin.cli.output import add_json
from checkin.cli.pin_gate import add_pin_arg


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


def run(args) -> int:
    from checkin.cli import sync_actions

    return sync_actions.run(args)
