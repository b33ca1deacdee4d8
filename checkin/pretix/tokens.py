"""Where the pretix API token lives: on this computer only, never in the event file.

The event file travels (sync snapshots, backups, exports, the USB stick); the token must
not. It is kept in the user's local configuration folder, one file per event (named by a
key derived from the event's secret, so a copy of the event on this laptop finds it), readable
by this user only (0600). On Windows the folder is under LOCALAPPDATA, which does not roam
to the domain's servers as APPDATA does.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import sys
from pathlib import Path

from checkin.event import Event

_FOLDER = "pretix-tokens"


def config_dir() -> Path:
    """checkin's per-user local configuration folder ($CHECKIN_CONFIG_DIR overrides it)."""
    if os.environ.get("CHECKIN_CONFIG_DIR"):
        return Path(os.environ["CHECKIN_CONFIG_DIR"])
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA", Path.home())) / "checkin"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "checkin"
    return Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "checkin"


def _key(event: Event) -> str:
    # Derived, not stored: nothing in the event file points at the token.
    digest = hmac.new(bytes.fromhex(event.secret), b"checkin pretix token", hashlib.sha256)
    return digest.hexdigest()[:24]


def token_path(event: Event) -> Path:
    return config_dir() / _FOLDER / f"{_key(event)}.json"


def save(event: Event, url: str, organizer: str, token: str) -> Path:
    """Write the token (0600, atomically); ``url`` and ``organizer`` say which server it is for."""
    path = token_path(event)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump({"url": url, "organizer": organizer, "token": token}, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o600)  # an older file of the same name may have had other bits
    os.replace(tmp, path)
    return path


def load(event: Event, url: str, organizer: str) -> str | None:
    """The token for this event and server, or None (another laptop, or connected elsewhere)."""
    try:
        data = json.loads(token_path(event).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("url") != url or data.get("organizer") != organizer:
        return None
    token = data.get("token")
    return token if isinstance(token, str) and token else None


def forget(event: Event) -> None:
    token_path(event).unlink(missing_ok=True)
