"""The images of a design: logos (PNG, JPEG, SVG) and artwork (a PDF page or an image).

An asset is known by the SHA-256 of its bytes, so the same logo used twice is stored once,
and a design refers to it by that name wherever it travels. Bytes from outside (a file the
user picks, an imported design, another desk) are checked here before anything keeps them.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from pathlib import Path

from checkin.errors import InvalidInput

MAX_BYTES = 20 * 1024 * 1024  # artwork PDFs from designers are a few MB
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
KINDS = {"png": "image/png", "jpeg": "image/jpeg", "svg": "image/svg+xml", "pdf": "application/pdf"}
SUFFIXES = {"png": ".png", "jpeg": ".jpg", "svg": ".svg", "pdf": ".pdf"}


@dataclass(frozen=True)
class Asset:
    sha: str
    kind: str  # png, jpeg, svg, pdf
    data: bytes

    @property
    def suffix(self) -> str:
        return SUFFIXES[self.kind]


def sha_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sniff(data: bytes) -> str | None:
    """The kind of image ``data`` holds, by its first bytes (never by a file name)."""
    head = data[:1024].lstrip()
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    if head.startswith(b"<?xml") or head.startswith(b"<svg") or b"<svg" in head:
        return "svg"
    return None


def _check_raster(data: bytes, name: str) -> None:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise InvalidInput("design_image_unreadable", name=name, detail="too many pixels")
            image.verify()
    except InvalidInput:
        raise
    except Exception as exc:  # Pillow raises many kinds for damaged files
        raise InvalidInput("design_image_unreadable", name=name, detail=str(exc)[:80]) from exc


def _check_svg(data: bytes, name: str) -> None:
    from checkin.badges.designs import svg

    try:
        svg.drawing(data)
    except Exception as exc:
        raise InvalidInput("design_image_unreadable", name=name, detail=str(exc)[:80]) from exc


def _check_pdf(data: bytes, name: str) -> None:
    import pypdfium2

    try:
        pdf = pypdfium2.PdfDocument(data)
        try:
            if len(pdf) < 1:
                raise ValueError("no pages")
        finally:
            pdf.close()
    except Exception as exc:
        raise InvalidInput("design_image_unreadable", name=name, detail=str(exc)[:80]) from exc


def make(data: bytes, name: str = "image") -> Asset:
    """An asset from bytes, checked: a PNG, JPEG, SVG or PDF that can be read."""
    if len(data) > MAX_BYTES:
        raise InvalidInput("design_image_too_large", name=name, limit=MAX_BYTES // 1024 // 1024)
    kind = sniff(data)
    if kind is None:
        raise InvalidInput("design_image_unsupported", name=name)
    if kind in ("png", "jpeg"):
        _check_raster(data, name)
    elif kind == "svg":
        _check_svg(data, name)
    else:
        _check_pdf(data, name)
    return Asset(sha_of(data), kind, data)


def read(path: str | Path) -> Asset:
    """An asset from a file the user chose."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(
                "design_image_too_large", name=path.name, limit=MAX_BYTES // 1024 // 1024
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput("import_unreadable", path=str(path), detail=exc.strerror) from exc
    return make(data, path.name)


def pixel_size(asset: Asset) -> tuple[float, float]:
    """Width and height, for keeping proportions: pixels, SVG units or PDF points."""
    if asset.kind in ("png", "jpeg"):
        from PIL import Image

        with Image.open(io.BytesIO(asset.data)) as image:
            return float(image.width), float(image.height)
    if asset.kind == "svg":
        from checkin.badges.designs import svg

        d = svg.drawing(asset.data)
        return float(d.width), float(d.height)
    import pypdfium2

    pdf = pypdfium2.PdfDocument(asset.data)
    try:
        w, h = pdf[0].get_size()
        return float(w), float(h)
    finally:
        pdf.close()
