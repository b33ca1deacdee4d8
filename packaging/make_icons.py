"""Render the app icon in the formats each platform needs (PNG sizes, .ico, .icns).

Run from the repository root: ``python packaging/make_icons.py``. The drawing matches
``resources/icons/checkin.svg``; Pillow (a reportlab dependency) does the rendering.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "resources" / "icons"
GREEN, DARK, WHITE = (46, 125, 50, 255), (27, 94, 32, 255), (255, 255, 255, 255)


def draw(size: int) -> Image.Image:
    scale = 4  # supersample, then shrink for smooth edges
    s = size * scale
    img = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([0.04 * s, 0.04 * s, 0.96 * s, 0.96 * s], radius=0.2 * s, fill=GREEN)
    # a badge clip at the top
    d.rounded_rectangle([0.38 * s, 0.1 * s, 0.62 * s, 0.2 * s], radius=0.04 * s, fill=DARK)
    # the check mark
    w = int(0.11 * s)
    d.line(
        [(0.24 * s, 0.55 * s), (0.43 * s, 0.74 * s), (0.78 * s, 0.34 * s)],
        fill=WHITE,
        width=w,
        joint="curve",
    )
    for x, y in ((0.24, 0.55), (0.78, 0.34)):
        d.ellipse([x * s - w / 2, y * s - w / 2, x * s + w / 2, y * s + w / 2], fill=WHITE)
    return img.resize((size, size), Image.LANCZOS)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for size in (16, 32, 48, 64, 128, 256, 512):
        draw(size).save(OUT / f"checkin-{size}.png")
    big = draw(1024)
    big.save(
        OUT / "checkin.ico", sizes=[(16, 16), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]
    )
    big.save(OUT / "checkin.icns")


if __name__ == "__main__":
    main()
