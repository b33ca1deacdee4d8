"""A CUPS print queue (Linux, macOS) through the command-line tools ``lp`` and ``lpstat``.

No library binding: the tools come with every CUPS installation and speak the same on
both systems. A stopped (``cupsdisable``) or paused queue keeps its jobs; the queue shows
them as waiting and they print when it is resumed. ``ipptool``, when installed, tells a
finished job from one the driver aborted.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from checkin.printing.jobs import FailReason
from checkin.printing.printers import READY, Printer, PrinterError, PrinterStatus, RemoteState

TIMEOUT = 15  # seconds for one lp/lpstat call; a hung print service must not hang the queue
_REQUEST = re.compile(r"request id is (\S+)")
_EMPTY = ("media-empty", "media-needed", "media-jam", "marker-supply-empty")
_OFFLINE = ("offline", "paused", "stopped", "connecting-to-device", "shutdown")
_JOB_TEST = """{
  OPERATION Get-Job-Attributes
  GROUP operation-attributes-tag
  ATTR charset attributes-charset utf-8
  ATTR naturalLanguage attributes-natural-language en
  ATTR uri printer-uri $uri
  ATTR integer job-id $job_id
  ATTR name requesting-user-name $user
  ATTR keyword requested-attributes job-state
  STATUS successful-ok
  DISPLAY job-state
}
"""


def available() -> bool:
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}  # parse English output
    try:
        return subprocess.run(
            args, capture_output=True, text=True, timeout=TIMEOUT, env=env, check=False
        )
    except FileNotFoundError as exc:
        raise PrinterError(FailReason.DRIVER_ERROR, f"{args[0]} is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise PrinterError(FailReason.PRINTER_OFFLINE, "the print service does not answer") from exc


def printer_names() -> list[str]:
    """The CUPS queues on this machine."""
    if not available():
        return []
    done = _run("lpstat", "-e")
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


class CupsPrinter(Printer):
    def __init__(self, name: str):
        self.name = name
        self._job_test: Path | None = None

    def __repr__(self) -> str:
        return f"CupsPrinter({self.name!r})"

    # -- state of the queue -----------------------------------------------------------------
    def status(self) -> PrinterStatus:
        done = _run("lpstat", "-l", "-p", self.name)
        text = (done.stdout + done.stderr).strip()
        if done.returncode != 0 or not text.startswith(f"printer {self.name} "):
            return PrinterStatus(False, FailReason.PRINTER_OFFLINE, text or "unknown printer")
        alerts = " ".join(
            line.split(":", 1)[1].strip()
            for line in text.splitlines()
            if line.strip().startswith("Alerts:")
        )
        message = text.splitlines()[1].strip() if len(text.splitlines()) > 1 else ""
        if any(word in alerts for word in _EMPTY):
            return PrinterStatus(False, FailReason.OUT_OF_LABELS, alerts)
        first = text.splitlines()[0]
        if " disabled " in first or any(word in alerts for word in _OFFLINE):
            return PrinterStatus(False, FailReason.PRINTER_OFFLINE, message or alerts or "stopped")
        return READY

    # -- jobs -----------------------------------------------------------------------------
    def submit(self, pdf: Path, title: str) -> str:
        done = _run("lp", "-d", self.name, "-t", title, "--", str(pdf))
        found = _REQUEST.search(done.stdout)
        if done.returncode != 0 or not found:
            detail = (done.stderr or done.stdout).strip()
            lowered = detail.lower()
            offline = "not accepting" in lowered or "does not exist" in lowered
            offline = offline or "unable to connect" in lowered or "not exist" in lowered
            reason = FailReason.PRINTER_OFFLINE if offline else FailReason.DRIVER_ERROR
            raise PrinterError(reason, detail or f"lp exited with {done.returncode}")
        return found.group(1)

    def _pending(self) -> set[str]:
        done = _run("lpstat", "-W", "not-completed", "-o", self.name)
        return {line.split()[0] for line in done.stdout.splitlines() if line.strip()}

    def poll(self, handle: str) -> RemoteState:
        if handle in self._pending():
            return RemoteState("pending")
        final = self._final_state(handle)
        if final == "aborted":
            return RemoteState("failed", FailReason.DRIVER_ERROR, "the printer driver aborted it")
        if final == "canceled":
            return RemoteState("cancelled", detail="cancelled at the printer")
        return RemoteState("done")

    def _final_state(self, handle: str) -> str:
        """completed / canceled / aborted (ipptool), or "" when that cannot be told."""
        if shutil.which("ipptool") is None:
            return ""
        if self._job_test is None:
            fd, path = tempfile.mkstemp(prefix="checkin-job-", suffix=".test")
            with os.fdopen(fd, "w") as fh:
                fh.write(_JOB_TEST)
            self._job_test = Path(path)
        job_id = handle.rsplit("-", 1)[-1]
        uri = f"ipp://localhost/printers/{self.name}"
        done = _run("ipptool", "-c", "-d", f"job_id={job_id}", uri, str(self._job_test))
        lines = done.stdout.split()
        return lines[-1].strip() if done.returncode == 0 and len(lines) >= 2 else ""

    def cancel(self, handle: str) -> None:
        _run("cancel", handle)
