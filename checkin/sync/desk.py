"""A desk in step with the others: its Syncthing instance, its journal, and the apply loop.

The desk window calls ``tick()`` from its sync thread, ``checkin sync --run`` from a loop;
both are the same. ``health`` says how Syncthing is doing; an instance that died is started
again on the next tick.
"""

from __future__ import annotations

import contextlib
import threading
import time
from pathlib import Path

from checkin.event import Event
from checkin.sync import pairing
from checkin.sync.apply import ApplyReport, apply_all
from checkin.sync.journal import EVENT_ID, Journal, ensure_identity
from checkin.sync.syncthing import Syncthing, SyncthingError

ACCEPT_EVERY_S = 1.0
RETRY_SILENT_S = 10.0  # a Syncthing that did not answer is asked again after this long
FLUSH_EVERY_S = 5.0


class SyncedDesk:
    def __init__(
        self,
        event: Event,
        instance: Syncthing,
        *,
        folder: Path | None = None,
        desk_name: str | None = None,
    ):
        self.event = event
        self.instance = instance
        self.folder = Path(folder) if folder else pairing.default_folder(event.path)
        self.desk_id, self.desk_name = ensure_identity(event, desk_name)
        self.journal: Journal | None = None
        self._last_accept = self._last_flush = 0.0
        self.last_report = ApplyReport()
        self.removed = False  # another desk unpaired this one: it says so when we knock
        self.health = "starting"  # running / not_answering / stopped
        self.restarts = 0  # times Syncthing died and was started again
        self._seen: dict = {}  # journal files as last read: unchanged ones are skipped

    @property
    def folder_id(self) -> str:
        return self.event.setting(EVENT_ID)

    def start(self) -> SyncedDesk:
        """Journal this desk's changes (from now on, whatever Syncthing does), start Syncthing."""
        if self.journal is None:  # one writer per journal, attached once
            self.journal = Journal.attach(
                self.event,
                self.folder,
                desk_name=self.desk_name,
                on_written=self._announce,
                device_id=self.instance.device_id,
            )
        try:
            self.instance.start()
            self.instance.share_folder(self.folder_id, self.event.info.name, self.folder, [])
        except (OSError, SyncthingError):
            self.health = "not_answering" if self.instance.running else "stopped"
            raise
        self.health = "running"
        self.tick()
        return self

    def _revive(self) -> None:
        """Syncthing died under us (a crash, the OOM killer): start it again."""
        if self.instance.process is None or self.instance.running:
            return
        self.instance.process = None
        self.restarts += 1
        with contextlib.suppress(OSError, SyncthingError):
            self.start()

    def _announce(self) -> None:
        """Have Syncthing look at our journal now rather than after its watcher delay."""
        if not self.instance.running:
            return
        sub = f"journal/{self.desk_id}"
        folder_id = self.folder_id  # read here: the event's connection stays on its thread

        def scan():
            # if this fails, the watcher picks the change up a second later
            with contextlib.suppress(OSError, SyncthingError):
                self.instance.scan(folder_id, sub)

        threading.Thread(target=scan, daemon=True).start()

    def tick(self) -> ApplyReport:
        """Apply what arrived from the other desks; accept desks that joined with our code."""
        now = time.monotonic()
        self._revive()
        every = RETRY_SILENT_S if self.health == "not_answering" else ACCEPT_EVERY_S
        if self.instance.running and now - self._last_accept >= every:
            self._last_accept = now
            try:
                pairing.accept_pending(self.event, self.instance, self.folder)
                pairing.enforce_unpaired(self.event, self.instance)
                self.removed = pairing.refusal(self.instance) == "removed"
                self.health = "running"
            except (OSError, SyncthingError):  # busy, restarting or hung: the journals go on
                self.health = "not_answering"
                self._last_accept = time.monotonic()
        if self.journal is not None and now - self._last_flush >= FLUSH_EVERY_S:
            self._last_flush = now
            self.journal.flush()  # changes made by other code paths (seating, badge prints)
        self.last_report = apply_all(self.event, self.folder, self._seen)
        return self.last_report

    def unpair(self, device_id: str) -> None:
        """Stop sharing with a desk, here and (through the journal) at every other desk."""
        pairing.unpair(self.event, self.instance, device_id, self.journal)

    def run(self, seconds: float | None = None, interval: float = 0.2, wait=time.sleep) -> None:
        """Tick until ``seconds`` passed (or this desk was removed); ``wait(interval)`` between
        ticks may do other work (``checkin sync --run`` runs forwarded commands there)."""
        deadline = None if seconds is None else time.monotonic() + seconds
        while deadline is None or time.monotonic() < deadline:
            self.tick()
            if self.removed:
                return
            wait(interval)

    def stop(self) -> None:
        if self.journal is not None:
            self.journal.flush()
            self.journal.detach()
            self.journal = None
        self.instance.stop()
        self.health = "stopped"
