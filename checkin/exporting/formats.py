"""Every export by name, as data: the CLI and the export dialog offer the same list."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import EventFileError, InvalidInput
from checkin.event import Event
from checkin.exporting import csv_export, door_list, log_export, pdf_report, xlsx_export


@dataclass(frozen=True)
class ExportFormat:
    key: str
    suffix: str
    write: Callable[..., object]  # (event, path, *, item_id, lang)
    per_item: bool = True  # honours item_id


def _log(event: Event, path, *, item_id=None, lang="en"):
    return log_export.export_log(event, path, lang=lang)


FORMATS: dict[str, ExportFormat] = {
    f.key: f
    for f in (
        ExportFormat("csv", ".csv", csv_export.export_csv),
        ExportFormat(
            "csv-semicolon",
            ".csv",
            lambda event, path, **kw: csv_export.export_csv(event, path, delimiter=";", **kw),
        ),
        ExportFormat("xlsx", ".xlsx", xlsx_export.export_xlsx),
        ExportFormat("pdf", ".pdf", pdf_report.export_pdf),
        ExportFormat("doorlist", ".pdf", door_list.write_door_list),
        ExportFormat("log", ".csv", _log, per_item=False),
    )
}


def open_for_export(path: str | os.PathLike) -> Event:
    """Open the event file read-only (a desk may be working in it); a file from an older
    checkin cannot be read that way and is opened normally, which upgrades it first."""
    try:
        return Event.open(path, read_only=True)
    except EventFileError as exc:
        if exc.key != "read_only":
            raise
    return Event.open(path)


def export(
    event: Event,
    fmt: str,
    path: str | os.PathLike,
    *,
    item_id: int | None = None,
    lang: str = "en",
) -> Path:
    """Write export ``fmt`` to ``path``: into a temporary file first, so a failed export
    never leaves half a file behind or destroys an older export of the same name."""
    if fmt not in FORMATS:
        raise InvalidInput("invalid_value", field="format", value=fmt)
    path = Path(path)
    if not path.parent.is_dir():
        raise InvalidInput("export_write_failed", path=str(path), detail="no such folder")
    partial = path.with_name(f".{path.name}.partial")
    try:
        FORMATS[fmt].write(event, partial, item_id=item_id, lang=lang)
        os.replace(partial, path)
    except OSError as exc:
        _discard(partial)
        raise InvalidInput(
            "export_write_failed", path=str(path), detail=exc.strerror or str(exc)
        ) from None  # one clear line: the OSError is in the message
    except BaseException:
        _discard(partial)
        raise
    return path


def _discard(partial: Path) -> None:
    """Remove a half-written export; a read-only folder refuses even that, and then there
    is nothing to remove (unlink raises EROFS, not FileNotFoundError)."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)
