"""A real CUPS queue for tests: cupsd (started if needed) and a cups-pdf printer.

cups-pdf writes every job as a PDF into its output folder (``Out`` in
/etc/cups/cups-pdf.conf, ``${HOME}/PDF`` by default: the home of the user who printed).
Needs root (lpadmin), as on CI; elsewhere the tests using it are skipped with the reason.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pypdfium2
import zxingcpp

PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
CONF = Path("/etc/cups/cups-pdf.conf")


def why_not() -> str | None:
    """Why a real CUPS queue cannot be made here (None: it can)."""
    for tool in ("cupsd", "lpadmin", "lpstat", "lp", "cupsenable", "cupsdisable"):
        if shutil.which(tool) is None:
            return f"{tool} not installed (apt-get install cups printer-driver-cups-pdf)"
    if not Path("/usr/lib/cups/backend/cups-pdf").exists():
        return "printer-driver-cups-pdf not installed"
    if os.geteuid() != 0:
        return "adding a CUPS queue needs root"
    return None


def _scheduler_running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, check=False,
                          env={**os.environ, "LC_ALL": "C"})  # fmt: skip
    return "is running" in done.stdout and "not" not in done.stdout


def start_cupsd(timeout: float = 20) -> None:
    if _scheduler_running():
        return
    subprocess.run(["cupsd"], check=True)  # forks into the background
    deadline = time.monotonic() + timeout
    while not _scheduler_running():
        if time.monotonic() > deadline:
            raise RuntimeError("cupsd did not start")
        time.sleep(0.2)


def add_pdf_printer() -> str:
    name = f"checkin-test-{uuid.uuid4().hex[:8]}"
    subprocess.run(["lpadmin", "-p", name, "-E", "-v", "cups-pdf:/", "-m", PPD],
                   check=True, capture_output=True)  # fmt: skip
    return name


def remove_printer(name: str) -> None:
    subprocess.run(["cancel", "-a", name], check=False, capture_output=True)
    subprocess.run(["lpadmin", "-x", name], check=False, capture_output=True)


def output_dir() -> Path:
    """Where cups-pdf puts the PDFs of jobs this user prints."""
    out = "${HOME}/PDF"
    if CONF.exists():
        for line in CONF.read_text(errors="replace").splitlines():
            if line.strip().startswith("Out "):
                out = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home))


STARTED = time.time()  # files from before this test run are someone else's


def wait_for_job_pdf(handle: str, timeout: float = 60) -> Path:
    """The PDF cups-pdf wrote for the CUPS job ``handle`` ("queue-12") during this run."""
    number = handle.rsplit("-", 1)[-1]
    pattern = re.compile(rf"-job_{number}\.pdf$")
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        folder = output_dir()
        if folder.is_dir():
            for path in folder.iterdir():
                fresh = path.stat().st_mtime >= STARTED - 1
                if pattern.search(path.name) and fresh and _complete(path):
                    return path
        time.sleep(0.2)
    raise TimeoutError(f"no PDF for job {handle} in {output_dir()}")


def wait_for_title_pdf(title: str, timeout: float = 60) -> Path:
    """The PDF cups-pdf wrote for a job titled ``title`` (Qt does not say the job number)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        folder = output_dir()
        if folder.is_dir():
            for path in folder.glob(f"{title}*.pdf"):
                if _complete(path):
                    return path
        time.sleep(0.2)
    raise TimeoutError(f"no PDF titled {title} in {output_dir()}")


def _complete(path: Path) -> bool:
    try:
        size = path.stat().st_size
        time.sleep(0.1)
        if size == 0 or path.stat().st_size != size:
            return False
        pypdfium2.PdfDocument(str(path)).close()
        return True
    except Exception:
        return False


def decode_pdf(path: Path, dpi: int = 200) -> list[str]:
    """Every QR code in the PDF, page by page (pdfium renders, zxing-cpp decodes).

    The PDF is removed afterwards: cups-pdf's folder is the user's own ~/PDF.
    """
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        texts = []
        for page in pdf:
            image = page.render(scale=dpi / 72).to_pil()
            texts += [
                c.text for c in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
            ]
        return texts
    finally:
        pdf.close()
        path.unlink(missing_ok=True)
