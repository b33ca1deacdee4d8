"""``checkin badges ... --printer NAME``: the batch goes to a printer instead of a file.

The badges are rendered exactly as for ``--out`` (same command, a temporary PDF), then
handed to the system's print service, which keeps its own copy.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import tempfile
from pathlib import Path

from checkin.cli.output import Failure, emit
from checkin.printing import JobState
from checkin.printing.send import check_printer, send_pdf


def run(args, render_to_file) -> int:
    if args.out:
        raise Failure("badges: give either --out or --printer, not both")
    printer = args.printer
    check_printer(printer)  # before rendering: a typo in the name fails at once
    folder = Path(tempfile.mkdtemp(prefix="checkin-print-"))
    try:
        args.out = str(folder / "badges.pdf")
        wanted_json, args.json, args.printer = args.json, True, None
        captured = io.StringIO()
        try:
            with contextlib.redirect_stdout(captured):
                render_to_file(args)
        finally:
            args.json, args.printer = wanted_json, printer
        data = json.loads(captured.getvalue())
        title = f"checkin badges {data['batch_id']}"
        sent = send_pdf(Path(args.out), args.printer, title, wait=args.wait)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    job = sent.job
    data.pop("path", None)
    data.update(
        printer=args.printer,
        job=job.handle,
        state=job.state.value,
        reason=job.reason.value if job.reason else None,
        printer_ready=sent.printer_status.ready,
        printer_problem=sent.printer_status.problem.value if sent.printer_status.problem else None,
    )
    text = (
        f"{data['badges']} badge(s) on {data['pages']} page(s) ({data['layout']}) → {args.printer}"
    )
    if job.state is JobState.FAILED:
        emit(args, data, f"{text}: not printed ({job.reason.value}: {job.detail})")
        return 1
    text += f" as job {job.handle}"
    if job.state is JobState.DONE:
        text += ": printed"
    elif not sent.printer_status.ready:
        problem = sent.printer_status.problem.value.replace("_", " ")
        text += f": waiting ({problem}); it prints when the printer is back"
    if data.get("printed_before"):
        text += f"\n{data['printed_before']} of them had been printed before"
    emit(args, data, text)
    return 0
