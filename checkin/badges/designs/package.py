"""One file per design, images included, to pass a design between events and people.

A design file (``.checkin-design``) is a ZIP archive: ``design.json`` (model.to_dict) and
``images/<sha256>.<ext>`` for every image it uses. Reading one is reading untrusted input:
sizes are limited before anything is unpacked, every image must match its SHA-256 and be
a readable PNG, JPEG, SVG or PDF, and the design is checked value by value.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from checkin.badges.designs import assets as assets_mod
from checkin.badges.designs import model, store
from checkin.badges.designs.assets import Asset
from checkin.errors import InvalidInput
from checkin.event import Event

SUFFIX = ".checkin-design"
DESIGN_JSON = "design.json"
MAX_ENTRIES = 100
MAX_JSON = 2 * 1024 * 1024


def pack(design: model.Design, images: dict[str, Asset]) -> bytes:
    """The design file's bytes (the same design always packs to the same bytes)."""
    missing = design.assets() - set(images)
    if missing:
        raise InvalidInput("design_image_missing", name=design.name, sha=sorted(missing)[0])
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        text = json.dumps(model.to_dict(design), ensure_ascii=False, indent=1, sort_keys=True)
        archive.writestr(zipfile.ZipInfo(DESIGN_JSON, (2027, 1, 1, 0, 0, 0)), text)
        for sha in sorted(design.assets()):
            asset = images[sha]
            info = zipfile.ZipInfo(f"images/{sha}{asset.suffix}", (2027, 1, 1, 0, 0, 0))
            archive.writestr(info, asset.data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def unpack(data: bytes, source: str = "design") -> tuple[model.Design, dict[str, Asset]]:
    """The design and its images from a design file's bytes, every part checked."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        entries = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InvalidInput("design_file_unreadable", path=source, detail=str(exc)[:80]) from exc
    with archive:
        if len(entries) > MAX_ENTRIES:
            raise InvalidInput("design_file_unreadable", path=source, detail="too many files")
        by_name = {e.filename: e for e in entries}
        spec = by_name.get(DESIGN_JSON)
        if spec is None or spec.file_size > MAX_JSON:
            raise InvalidInput("design_file_unreadable", path=source, detail=DESIGN_JSON)
        try:
            design = model.from_dict(json.loads(archive.read(spec).decode("utf-8")))
        except (ValueError, zipfile.BadZipFile) as exc:  # JSON, UTF-8 or a damaged entry
            raise InvalidInput("design_file_unreadable", path=source, detail=str(exc)[:80]) from exc
        images = {}
        for sha in sorted(design.assets()):
            entry = next((e for e in entries if e.filename.startswith(f"images/{sha}.")), None)
            if entry is None:
                raise InvalidInput("design_image_missing", name=design.name, sha=sha)
            if entry.file_size > assets_mod.MAX_BYTES:
                raise InvalidInput(
                    "design_image_too_large",
                    name=entry.filename,
                    limit=assets_mod.MAX_BYTES // 1024 // 1024,
                )
            try:
                raw = archive.read(entry)
            except (zipfile.BadZipFile, OSError) as exc:
                raise InvalidInput(
                    "design_file_unreadable", path=source, detail=str(exc)[:80]
                ) from exc
            asset = assets_mod.make(raw, entry.filename)
            if asset.sha != sha:
                raise InvalidInput("design_image_missing", name=design.name, sha=sha)
            images[sha] = asset
    return design, images


def export_design(event: Event, name: str, out: str | Path) -> Path:
    """Write the event's design ``name`` with its images to ``out``."""
    design = store.get_design(event, name)
    data = pack(design, store.assets_of(event, design))
    out = Path(out)
    try:
        out.write_bytes(data)
    except OSError as exc:
        raise InvalidInput("export_write_failed", path=str(out), detail=exc.strerror) from exc
    return out


def import_design(event: Event, path: str | Path, name: str | None = None) -> model.Design:
    """Read a design file into the event (replacing a design of the same name)."""
    path = Path(path)
    try:
        if path.stat().st_size > assets_mod.MAX_BYTES * 4:
            raise InvalidInput("design_file_unreadable", path=str(path), detail="too large")
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput("import_unreadable", path=str(path), detail=exc.strerror) from exc
    design, images = unpack(data, str(path))
    if name:
        from dataclasses import replace

        design = replace(design, name=model.clean_name(name))
    store.save_design(event, design, images.values())
    return design
