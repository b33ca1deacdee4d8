"""A short generated 'video': real badges, a phone screen and a printed ticket in front of a
webcam — blurred, at an angle, on a noisy background, at 1280×720 and 15 frames a second."""

from __future__ import annotations

import numpy as np
import pypdfium2
import zxingcpp
from PIL import Image, ImageDraw, ImageFilter

WIDTH, HEIGHT, FPS = 1280, 720, 15


def _perspective_coeffs(src, dst):
    """Coefficients for PIL's PERSPECTIVE transform mapping dst corners onto src corners."""
    rows = []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(a, b).tolist()


def background(rng: np.random.Generator) -> Image.Image:
    """A dim desk scene: a gradient with sensor noise."""
    y = np.linspace(60, 140, HEIGHT)[:, None]
    x = np.linspace(0, 40, WIDTH)[None, :]
    base = y + x + rng.normal(0, 6, (HEIGHT, WIDTH))
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8)).convert("RGB")


def badge_image(pdf_path, page: int = 0, dpi: int = 110) -> Image.Image:
    """The first badge of a rendered badge PDF, as a picture."""
    doc = pypdfium2.PdfDocument(str(pdf_path))
    image = doc[page].render(scale=dpi / 72).to_pil().convert("RGB")
    doc.close()
    # crop to the printed area (drop the white page margin around the badge)
    gray = np.asarray(image.convert("L"))
    ys, xs = np.nonzero(gray < 250)
    return image.crop((max(xs.min() - 8, 0), max(ys.min() - 8, 0), xs.max() + 8, ys.max() + 8))


def phone_image(text: str) -> Image.Image:
    """A code on a phone screen: dark bezel, slightly grey 'white', a little glare."""
    qr = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.QRCode, ec_level="M")
    code = Image.fromarray(qr.to_image(scale=7, add_quiet_zones=True)).convert("L")
    code = code.point(lambda v: 225 if v > 128 else 35).convert("RGB")
    phone = Image.new("RGB", (code.width + 60, code.height + 220), (20, 20, 24))
    screen = Image.new("RGB", (code.width + 30, code.height + 160), (225, 225, 228))
    screen.paste(code, (15, 100))
    ImageDraw.Draw(screen).rectangle([15, 20, screen.width - 15, 60], fill=(40, 90, 160))
    phone.paste(screen, (15, 40))
    glare = Image.new("L", phone.size, 0)
    ImageDraw.Draw(glare).polygon([(0, 0), (phone.width // 2, 0), (0, phone.height // 2)], fill=40)
    return Image.composite(Image.new("RGB", phone.size, (255, 255, 255)), phone, glare)


def ticket_image(text: str) -> Image.Image:
    """A printed ticket of another system with a Code 128 barcode."""
    bars = zxingcpp.create_barcode(text, zxingcpp.BarcodeFormat.Code128)
    code = Image.fromarray(bars.to_image(scale=3, add_quiet_zones=True)).convert("RGB")
    code = code.resize((code.width, 110))
    ticket = Image.new("RGB", (code.width + 80, 260), (250, 248, 240))
    draw = ImageDraw.Draw(ticket)
    draw.rectangle([0, 0, ticket.width - 1, 50], fill=(200, 60, 40))
    draw.text((20, 15), "TICKET  Kooperationsbörse", fill=(255, 255, 255))
    ticket.paste(code, (40, 90))
    draw.text((40, 210), text, fill=(0, 0, 0))
    return ticket


def place(scene: Image.Image, item: Image.Image, *, centre, width, tilt, turn, blur) -> Image.Image:
    """Put ``item`` into the scene at an angle (tilt: perspective, turn: rotation), blurred."""
    mask = Image.new("L", item.size, 255).rotate(turn, expand=True, fillcolor=0)
    item = item.rotate(turn, expand=True, fillcolor=(0, 0, 0))
    scale = width / item.width
    w, h = item.width * scale, item.height * scale
    cx, cy = centre
    # a rectangle seen from the side: one vertical edge shorter than the other
    dst = [
        (cx - w / 2, cy - h / 2 + tilt * h),
        (cx + w / 2, cy - h / 2),
        (cx + w / 2, cy + h / 2),
        (cx - w / 2, cy + h / 2 - tilt * h),
    ]
    src = [(0, 0), (item.width, 0), (item.width, item.height), (0, item.height)]
    coeffs = _perspective_coeffs(src, dst)
    warped = item.transform(scene.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    warped_mask = mask.transform(scene.size, Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    out = scene.copy()
    out.paste(warped, (0, 0), warped_mask)
    return out.filter(ImageFilter.GaussianBlur(blur)) if blur else out


def clip(
    rng,
    scene_item: Image.Image | None,
    frames: int,
    *,
    start_centre,
    drift,
    width,
    tilt,
    turn,
    blur,
) -> list[np.ndarray]:
    """Frames of one item held up and moved a little (or of the empty desk, item None)."""
    out = []
    for i in range(frames):
        scene = background(rng)
        if scene_item is not None:
            centre = (start_centre[0] + drift[0] * i, start_centre[1] + drift[1] * i)
            scene = place(
                scene,
                scene_item,
                centre=centre,
                width=width,
                tilt=tilt,
                turn=turn + 0.5 * i,
                blur=blur,
            )
        out.append(np.asarray(scene.convert("L")))
    return out
