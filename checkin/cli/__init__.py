"""The ``checkin`` command line.

Each sub-command lives in its own module ``checkin/cli/cmd_<name>.py`` that defines
``register(subparsers)``; ``COMMANDS`` below lists them all, in the order ``--help`` shows
them. Exit codes: 0 success, 1 a scan or action was refused,
2 bad input (usage, unreadable file, unknown id).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from checkin import __version__
from checkin.cli import forward
from checkin.cli.output import Failure, fail
from checkin.errors import CheckinError, EventLocked, PinError

EXIT_OK, EXIT_REFUSED, EXIT_BAD_INPUT = 0, 1, 2

# Every sub-command, by module name (checkin/cli/cmd_<name>.py): what the CLI has, at a glance.
COMMANDS = (
    "backup",
    "badges",
    "demo",
    "designs",
    "export",
    "guests",
    "import",
    "items",
    "new",
    "open",
    "pin",
    "pretix",
    "purge",
    "reprint",
    "rounds",
    "scan",
    "schedule",
    "seat",
    "stats",
    "substitute",
    "sync",
    "tables",
    "undo",
)

# Sub-commands that change the event or hand its data out: with an admin PIN set, they need
# it (--pin, or a prompt on a terminal). Dry runs and listings of these commands do not.
ADMIN_COMMANDS = (
    "designs",  # --import, --use, --delete
    "export",
    "import",
    "items",  # --add, --activate
    "pin",  # changing or clearing the PIN needs the current one (its own prompts)
    "pretix",  # --connect, --pull, --category, --disconnect (not --push, --status, --products)
    "purge",
    "reprint",
    "restore",
    "rounds",  # --auto
    "seat",
    "substitute",
    "sync",  # --join-code (it hands out the whole event), --unpair
    "tables",  # --import
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line and exit 2, like every bad input
        raise Failure(f"{self.prog}: {message}")


def build_parser(commands: tuple[str, ...] = COMMANDS) -> argparse.ArgumentParser:
    """The parser with the sub-commands of ``commands`` (modules in COMMANDS); a run of
    one command registers only its own module, so it loads no other command's."""
    parser = _Parser(prog="checkin", description="Offline check-in desk for events.")
    parser.add_argument("--version", action="version", version=f"checkin {__version__}")
    parser.add_argument(
        "--self-test", action="store_true", help="check this installation end to end and exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in commands:
        importlib.import_module(f"{__name__}.cmd_{name}").register(sub)
    return parser


def _commands(parser: argparse.ArgumentParser) -> set[str]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _undecodable(argv: list[str]) -> str | None:
    """The first argument whose bytes are not UTF-8 (Python keeps them as lone surrogates),
    shown readably; a file or folder of that name is fine: Linux names are bytes."""
    for arg in argv:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            if not os.path.lexists(arg):
                return arg.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):  # a name with odd bytes must not crash a report
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    # `checkin scan …` needs the scan command's parser only; anything else (help, a path,
    # a command named differently from its module such as `restore`) gets them all.
    first = argv[0] if argv else ""
    parser = build_parser((first,) if first in COMMANDS else COMMANDS)
    # Plain `checkin [PATH]` opens the desk window.
    try:
        bad = _undecodable(argv)
        if bad is not None:
            raise Failure(
                f"the argument '{bad}' is not text in UTF-8 (a terminal, script or scanner "
                "with another encoding?); nothing was done"
            )
        if argv == ["--self-test"]:
            from checkin import selftest
            from checkin.ui.app import desk_self_test

            return selftest.run(desk_check=desk_self_test)
        if not argv or (argv[0] not in _commands(parser) and not argv[0].startswith("-")):
            if len(argv) > 1:
                raise Failure(f"unknown command {argv[0]!r} (see checkin --help)")
            argv = ["open", *argv]
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help()
            return EXIT_BAD_INPUT
        return int(args.run(args) or 0)
    except EventLocked as exc:
        # held by `checkin sync --run`? Then that desk runs the command (cli/forward.py)
        forwarded = forward.forward(exc.params.get("path", ""), argv)
        return fail(str(exc)) if forwarded is None else forwarded
    except Failure as exc:
        return fail(str(exc))
    except PinError as exc:  # a wrong or missing PIN refuses the action
        refused = exc.key in ("pin_wrong", "pin_locked", "pin_required")
        return fail(str(exc), EXIT_REFUSED if refused else EXIT_BAD_INPUT)
    except CheckinError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        return 0
