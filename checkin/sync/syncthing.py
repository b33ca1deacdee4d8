"""Our own private Syncthing instance, started and configured through its REST API.

Staff never see Syncthing: it runs with its home folder in checkin's data dir, its GUI/API
on 127.0.0.1 with a random port and key, global discovery, relays and NAT traversal off
from its first second (``lockdown``), local (LAN) discovery on, a one-second watcher delay.
"""

from __future__ import annotations

import atexit
import contextlib
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import weakref
from pathlib import Path

from checkin.errors import CheckinError
from checkin.i18n import QT_TRANSLATE_NOOP
from checkin.sync import lockdown
from checkin.sync.process import (  # noqa: F401 (data_dir, free_port re-exported)
    data_dir,
    die_with_parent,
    find_binary,
    free_port,
    port_free,
)

DEFAULT_LISTEN_PORT = 22000
INSTALL_HINT = QT_TRANSLATE_NOOP(
    "core",
    "Syncthing is needed for several desks. Linux: install the package 'syncthing' "
    "(sudo apt install syncthing). Windows and macOS: download Syncthing from "
    "https://syncthing.net/downloads/ and put syncthing(.exe) next to checkin "
    "or set CHECKIN_SYNCTHING to its path.",
)


class SyncthingError(CheckinError):
    """Syncthing is missing, did not start, or refused a request."""


_started: weakref.WeakSet = weakref.WeakSet()
# Our instance is on 127.0.0.1: never ask a proxy set for this computer (a company laptop's).
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))
# Windows: no console window pops up for Syncthing (staff never see it).
_NO_WINDOW = getattr(subprocess, "CREATE_NO_WINDOW", 0)


@atexit.register
def _stop_all() -> None:
    """Stop the instances this process started when it exits normally."""
    for instance in list(_started):
        with contextlib.suppress(Exception):
            instance.stop(timeout=5)


class Syncthing:
    """One private instance. ``start()`` it, use the helpers, ``stop()`` it."""

    def __init__(
        self, home: Path | None = None, *, listen_host: str = "0.0.0.0", binary: str | None = None
    ):
        self.home = Path(home) if home else data_dir() / "syncthing"
        self.listen_host = listen_host
        self.binary = binary or find_binary()
        self.process: subprocess.Popen | None = None
        self.api_key = ""
        self.gui_port = 0
        self._device_id: str | None = None
        self._external = False  # started by another checkin process: not ours to stop
        self.timeout = 10.0  # seconds a REST call may take

    # -- files in the home folder ---------------------------------------------------------------
    @property
    def _instance_file(self) -> Path:
        return self.home / "checkin-instance.json"

    def _settings(self) -> dict:
        try:
            return json.loads(self._instance_file.read_text())
        except (OSError, ValueError):
            return {}

    def _save_settings(self, data: dict) -> None:
        tmp = self._instance_file.with_suffix(".tmp")
        tmp.write_text(json.dumps(data))
        os.chmod(tmp, 0o600)
        os.replace(tmp, self._instance_file)

    @property
    def listen_port(self) -> int:
        if "listen_port" not in self._settings():
            self.generate()
        return int(self._settings()["listen_port"])

    def _require_binary(self) -> str:
        if not self.binary:
            raise SyncthingError("syncthing_missing", hint=INSTALL_HINT)
        return self.binary

    def generate(self) -> None:
        """Create the instance's keys and config once; pick its listening port once."""
        if not (self.home / "config.xml").exists():
            self.home.mkdir(parents=True, exist_ok=True)
            subprocess.run(
                [self._require_binary(), "generate", f"--home={self.home}", "--no-default-folder"],
                check=True,
                capture_output=True,
                timeout=60,
                creationflags=_NO_WINDOW,
            )
        settings = self._settings()
        if "listen_port" not in settings:
            port = DEFAULT_LISTEN_PORT
            if self.listen_host != "0.0.0.0" or not port_free(port):
                port = free_port(self.listen_host)
            settings["listen_port"] = port
            self._save_settings(settings)

    @property
    def device_id(self) -> str:
        if self._device_id is None:
            if self.running:
                self._device_id = self.get("/rest/system/status")["myID"]
            else:
                self.generate()
                out = subprocess.run(
                    [self._require_binary(), "serve", f"--home={self.home}", "--device-id"],
                    check=True,
                    capture_output=True,
                    text=True,
                    timeout=60,
                    creationflags=_NO_WINDOW,
                )
                self._device_id = out.stdout.strip()
        return self._device_id

    @property
    def address(self) -> str:
        return f"tcp://{self.listen_host}:{self.listen_port}"

    # -- lifecycle --------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._external or (self.process is not None and self.process.poll() is None)

    def start(self, timeout: float = 30) -> Syncthing:
        if self.running:
            return self
        existing = Syncthing.connect(self.home)
        if existing is not None:  # another window or `checkin sync --run` already runs it
            self.api_key, self.gui_port = existing.api_key, existing.gui_port
            self.listen_host = existing.listen_host
            self._external = True
            return self
        self.generate()
        self.api_key = secrets.token_urlsafe(24)
        self.gui_port = free_port()
        # Written before it starts: it never listens or calls out anywhere else, not even once.
        lockdown.write(self.home, lockdown.options(self.address, self.listen_host))
        # STMONITORED: one process (no restart monitor), so stopping it stops everything.
        env = dict(
            os.environ, STNOUPGRADE="1", STNORESTART="1", STNODEFAULTFOLDER="1", STMONITORED="1"
        )
        log = open(self.home / "syncthing.log", "ab")  # noqa: SIM115 (the child keeps it)
        try:
            self.process = subprocess.Popen(
                [
                    self._require_binary(),
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                    f"--gui-address=127.0.0.1:{self.gui_port}",
                    f"--gui-apikey={self.api_key}",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                creationflags=_NO_WINDOW,
                preexec_fn=die_with_parent if sys.platform.startswith("linux") else None,
            )
        finally:
            log.close()
        _started.add(self)
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.get("/rest/system/ping")
                break
            except (OSError, SyncthingError):
                if not self.running or time.monotonic() > deadline:
                    self.stop()
                    raise SyncthingError("syncthing_failed", home=str(self.home)) from None
                time.sleep(0.1)
        self._save_settings(
            {
                **self._settings(),
                "gui_port": self.gui_port,
                "api_key": self.api_key,
                "listen_host": self.listen_host,
                "pid": self.process.pid,
            }
        )
        return self

    @classmethod
    def connect(cls, home: Path | None = None) -> Syncthing | None:
        """The instance another checkin process started, if it is still answering."""
        inst = cls(home)
        data = inst._settings()
        if not data.get("api_key"):
            return None
        inst.api_key, inst.gui_port = data["api_key"], int(data["gui_port"])
        inst.listen_host = data.get("listen_host", inst.listen_host)  # where it really listens
        inst._external = True
        try:
            inst.get("/rest/system/ping")
        except (OSError, SyncthingError):
            return None
        return inst

    def stop(self, timeout: float = 15) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                self.post("/rest/system/shutdown")
            except (OSError, SyncthingError):
                self.process.terminate()
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    # -- REST ---------------------------------------------------------------------------------------
    def request(self, method: str, path: str, body=None, params: dict | None = None):
        url = f"http://127.0.0.1:{self.gui_port}{path}"
        if params:
            url += "?" + urllib.parse.urlencode(params)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(
            url,
            data=data,
            method=method,
            headers={"X-API-Key": self.api_key, "Content-Type": "application/json"},
        )
        try:
            with _DIRECT.open(req, timeout=self.timeout) as resp:
                raw = resp.read()
        except urllib.error.HTTPError as exc:
            raise SyncthingError(
                "syncthing_refused",
                path=path,
                detail=exc.read()[:200].decode("utf-8", "replace").strip(),
            ) from exc
        return json.loads(raw) if raw.strip() else None

    def get(self, path: str, **params):
        return self.request("GET", path, params=params or None)

    def post(self, path: str, body=None, **params):
        return self.request("POST", path, body, params=params or None)

    def patch(self, path: str, body):
        return self.request("PATCH", path, body)

    def put(self, path: str, body):
        return self.request("PUT", path, body)

    def delete(self, path: str):
        return self.request("DELETE", path)

    # -- devices and folders -------------------------------------------------------------------------
    def set_own_name(self, name: str) -> None:
        self.patch(f"/rest/config/devices/{self.device_id}", {"name": name})

    def devices(self) -> list[dict]:
        return [d for d in self.get("/rest/config/devices") if d["deviceID"] != self.device_id]

    def add_device(
        self,
        device_id: str,
        name: str,
        addresses: list[str] | None = None,
        *,
        introducer: bool = False,
    ) -> None:
        self.put(
            f"/rest/config/devices/{device_id}",
            {
                "deviceID": device_id,
                "name": name,
                # the known address, and LAN discovery if the desk's address changed
                "addresses": [*(addresses or []), "dynamic"],
                "introducer": introducer,
                "autoAcceptFolders": False,
                "paused": False,
            },
        )

    def remove_device(self, device_id: str) -> None:
        with contextlib.suppress(SyncthingError):  # already gone
            self.delete(f"/rest/config/devices/{device_id}")

    def folder(self, folder_id: str) -> dict | None:
        try:
            return self.get(f"/rest/config/folders/{folder_id}")
        except SyncthingError:
            return None

    def share_folder(self, folder_id: str, label: str, path: Path, device_ids: list[str]) -> None:
        """Create the folder (or add devices to it): only the listed devices receive it."""
        current = self.folder(folder_id)
        devices = {self.device_id, *device_ids}
        if current is not None:
            devices |= {d["deviceID"] for d in current["devices"]}
        Path(path).mkdir(parents=True, exist_ok=True)
        self.put(
            f"/rest/config/folders/{folder_id}",
            {
                "id": folder_id,
                "label": label,
                "path": str(path),
                "type": "sendreceive",
                "devices": [{"deviceID": d} for d in sorted(devices)],
                "fsWatcherEnabled": True,
                "fsWatcherDelayS": 1,
                "rescanIntervalS": 60,
                "ignorePerms": True,
                "paused": False,
            },
        )

    def delete_folder(self, folder_id: str) -> None:
        with contextlib.suppress(SyncthingError):  # already gone
            self.delete(f"/rest/config/folders/{folder_id}")

    def unshare(self, folder_id: str, device_id: str) -> None:
        current = self.folder(folder_id)
        if current is not None:
            current["devices"] = [d for d in current["devices"] if d["deviceID"] != device_id]
            self.put(f"/rest/config/folders/{folder_id}", current)

    def pending_devices(self) -> dict[str, dict]:
        return self.get("/rest/cluster/pending/devices") or {}

    def dismiss_pending(self, device_id: str) -> None:
        self.delete(
            "/rest/cluster/pending/devices?" + urllib.parse.urlencode({"device": device_id})
        )

    def scan(self, folder_id: str, sub: str | None = None) -> None:
        """Tell Syncthing a file changed now, instead of waiting for the watcher."""
        params = {"folder": folder_id}
        if sub:
            params["sub"] = sub
        self.post("/rest/db/scan", **params)

    def connections(self) -> dict[str, dict]:
        return self.get("/rest/system/connections").get("connections", {})

    def device_stats(self) -> dict[str, dict]:
        return self.get("/rest/stats/device") or {}

    def completion(self, folder_id: str, device_id: str) -> dict:
        return self.get("/rest/db/completion", folder=folder_id, device=device_id)
