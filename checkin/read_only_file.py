"""Reading an event file without writing anything, also from a read-only medium.

A file in WAL mode keeps its latest changes in ``<name>-wal`` until they are copied into
the file itself, and SQLite can read that log only through a ``<name>-shm`` index. On a
write-protected USB stick holding a ``-wal`` but no ``-shm``, SQLite cannot make the index;
opening the file as "immutable" would then show it without the log — check-ins missing and
nothing saying so. Such a file is copied, with its log, into a private temporary folder and
read there: every change is shown, and the medium is never written.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path


def _open(path: Path, options: str) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?{options}"
    conn = sqlite3.connect(uri, uri=True, timeout=10, check_same_thread=False)
    try:
        conn.execute("PRAGMA schema_version").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def connect(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """A read-only connection to ``path``, and the temporary folder to ``discard`` after
    closing it (None if the file is read in place)."""
    try:
        return _open(path, "mode=ro"), None
    except sqlite3.OperationalError:
        real = path.resolve()
        wal, shm = _sidecar(real, "-wal"), _sidecar(real, "-shm")
        if shm.exists():
            raise  # a -shm means SQLite could use it: this is another problem, say it as it is
        if not wal.is_file() or wal.stat().st_size == 0:
            # Nothing waits in a log (and nobody writes: that would have made a -shm).
            return _open(path, "mode=ro&immutable=1"), None
    # Nobody has the file open (no -shm), so file and log can be copied as they are.
    scratch = Path(tempfile.mkdtemp(prefix="checkin-read-"))
    try:
        copy = scratch / real.name
        shutil.copyfile(real, copy)
        shutil.copyfile(wal, _sidecar(copy, "-wal"))
        return _open(copy, "mode=ro"), scratch
    except BaseException:
        discard(scratch)
        raise


def discard(scratch: Path | None) -> None:
    """Remove a temporary folder made by ``connect`` (the copy may hold personal data)."""
    if scratch is not None:
        shutil.rmtree(scratch, ignore_errors=True)
