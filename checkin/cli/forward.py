"""Commands on an event file that ``checkin sync --run`` holds are run by that process.

A syncing desk holds its event file (one writer per file). So that a headless desk stays
operable, ``sync --run`` listens on 127.0.0.1 with a random key, noted in a file next to the
event (``NAME.checkin.runner``, readable by its user only). A command that finds the file
locked by such a desk sends its arguments there; the desk runs the command between two sync
passes, with its own open event (and journal), and sends back the output and exit code.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import queue
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # every command loads this module: sockets and keys load when used
    import socket

    from checkin.event import Event

SUFFIX = ".runner"
MAX_REQUEST = 1 << 20
NOT_FORWARDED = {"open", "demo"}  # the window, and commands that make new files

_lent: dict[str, Event] = {}  # while a forwarded command runs: the runner's open event
_serving = threading.Event()


def runner_file(path: str | os.PathLike) -> Path:
    path = Path(path)
    return path.with_name(path.name + SUFFIX)


def _key(path: str | os.PathLike) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def serving() -> bool:
    """True inside a command forwarded to this process, or while this process serves."""
    return _serving.is_set() or bool(_lent)


def borrowed(path: str | os.PathLike) -> Event | None:
    """The runner's event for ``path`` while a forwarded command runs (never closed by it)."""
    event = _lent.get(_key(path))
    return _Borrowed(event) if event is not None else None


class _Borrowed:
    """The runner's event as a command sees it: closing it leaves it open for the runner."""

    def __init__(self, event: Event):
        object.__setattr__(self, "_event", event)

    def __getattr__(self, name):
        return getattr(self._event, name)

    def __setattr__(self, name, value):
        setattr(self._event, name, value)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        pass

    def close(self) -> None:
        pass


# -- the syncing desk ------------------------------------------------------------------------
class Server:
    """Accepts forwarded commands in a thread; ``serve(seconds)`` runs them on the caller's."""

    def __init__(self, event: Event):
        import secrets
        import socket

        self.event = event
        self.key = secrets.token_urlsafe(24)
        self.requests: queue.Queue = queue.Queue()
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.socket.settimeout(0.5)
        self.file = runner_file(event.path)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> Server:
        info = {"port": self.socket.getsockname()[1], "key": self.key, "pid": os.getpid()}
        tmp = self.file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(info, fh)
        os.replace(tmp, self.file)
        _serving.set()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        _serving.clear()
        self._thread.join(2)
        self.socket.close()
        self.file.unlink(missing_ok=True)

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.socket.accept()
            except (TimeoutError, OSError):
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        import hmac

        with conn:
            try:
                conn.settimeout(10)
                request = json.loads(_read_line(conn))
                if not hmac.compare_digest(str(request.get("key", "")), self.key):
                    return
                done: queue.Queue = queue.Queue()
                self.requests.put((request, done))
                conn.settimeout(None)
                reply = done.get()
                conn.sendall(json.dumps(reply).encode() + b"\n")
            except (OSError, ValueError):
                return

    def serve(self, seconds: float) -> None:
        """Wait up to ``seconds`` for forwarded commands and run each as it comes."""
        try:
            request, done = self.requests.get(timeout=seconds)
        except queue.Empty:
            return
        done.put(self._run(request))

    def _run(self, request: dict) -> dict:
        from checkin.cli import main

        argv = [str(a) for a in request.get("argv", [])]
        if not argv or argv[0] in NOT_FORWARDED:
            return {"rc": 2, "out": "", "err": "checkin: not while this desk is syncing\n"}
        out, err = io.StringIO(), io.StringIO()
        before = os.getcwd()
        keep = (self.event.desk, self.event.operator)
        _lent[_key(self.event.path)] = self.event
        stdin = sys.stdin
        try:
            os.chdir(request.get("cwd") or before)
            sys.stdin = io.StringIO()  # no prompt here (a PIN comes with --pin)
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                rc = main(argv)
        except SystemExit as exc:  # argparse --help and the like
            rc = exc.code if isinstance(exc.code, int) else 0
        finally:
            sys.stdin = stdin
            os.chdir(before)
            _lent.clear()
            self.event.desk, self.event.operator = keep
        return {"rc": rc, "out": out.getvalue(), "err": err.getvalue()}


def _read_line(conn: socket.socket) -> bytes:
    data = b""
    while not data.endswith(b"\n"):
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
        if len(data) > MAX_REQUEST:
            raise ValueError("request too long")
    return data


# -- the command that found the file held ----------------------------------------------------
def forward(path: str | os.PathLike, argv: list[str]) -> int | None:
    """Run ``argv`` at the desk syncing ``path``; None if no such desk answers."""
    if serving() or (argv and argv[0] in NOT_FORWARDED):
        return None
    import socket

    try:
        info = json.loads(runner_file(path).read_text())
        conn = socket.create_connection(("127.0.0.1", int(info["port"])), timeout=5)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    with conn:
        request = {"key": info.get("key", ""), "argv": argv, "cwd": os.getcwd()}
        conn.sendall(json.dumps(request).encode() + b"\n")
        conn.settimeout(None)
        try:
            reply = json.loads(_read_line(conn) or b"null")
        except (OSError, ValueError):
            reply = None
    if not isinstance(reply, dict):
        print("checkin: the syncing desk stopped before it answered", file=sys.stderr)
        return 1
    sys.stdout.write(reply.get("out", ""))
    sys.stderr.write(reply.get("err", ""))
    return int(reply.get("rc", 1))
