"""Draw a badge face from a design: every element, in order, as PDF operators.

One face becomes one block of operators under the face's own matrix (the back of a
fold-over badge is upside down), so a thousand badges cost a thousand short strings.
Text is written as PDF text operators directly (reportlab's drawString costs ten times as
much), QR codes as run-length rectangles (qr.py), images as form XObjects (images.py).
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics

from checkin.badges import fit, qr
from checkin.badges.design import MM, Box, TextRun
from checkin.badges.designs import assets as assets_mod
from checkin.badges.designs import images, text
from checkin.badges.designs.assets import Asset
from checkin.badges.designs.model import CATEGORY_COLOUR, Design, Element, Face
from checkin.badges.designs.values import BadgeValues
from checkin.badges.layouts import Slot

KAPPA = 0.5523  # Bézier handle length of a quarter circle


class Geometry:
    """A design's millimetres on a badge face of ``width`` × ``height`` mm, in points."""

    def __init__(self, design: Design, width: float, height: float):
        self.width, self.height = width * MM, height * MM
        self.sx, self.sy = width / design.width, height / design.height
        self.text_scale = min(self.sx, self.sy)

    def box(self, e: Element) -> Box:
        x, y = e.x * self.sx * MM, e.y * self.sy * MM
        w, h = e.w * self.sx * MM, e.h * self.sy * MM
        return Box(x, self.height - y - h, w, h)

    def square(self, e: Element) -> Box:
        """The largest square centred in the element's box (a QR code stays square)."""
        b = self.box(e)
        side = min(b.w, b.h)
        return Box(b.x + (b.w - side) / 2, b.y + (b.h - side) / 2, side, side)


def face_runs(
    geometry: Geometry,
    face: Face,
    values: BadgeValues,
    caps: dict[int, dict[str, float]] | None = None,
) -> list[tuple[int, list[TextRun]]]:
    """The fitted lines of every text element of a face, by element index; ``caps``: the
    largest size of some lines, by element index and line name (sizes alike on a sheet)."""
    out = []
    for i, e in enumerate(face.elements):
        if e.kind == "text" and e.w > 0 and e.h > 0:
            out.append((i, element_runs(geometry, face, values, i, (caps or {}).get(i))))
    return out


def element_runs(
    geometry: Geometry,
    face: Face,
    values: BadgeValues,
    index: int,
    caps: dict[str, float] | None = None,
) -> list[TextRun]:
    """The fitted lines of the text element at ``index`` of a face."""
    e = face.elements[index]
    box = geometry.box(e)
    return text.element_runs(e, box, values, geometry.text_scale, values.content.colour, caps)


class DesignPainter:
    """Draws faces of one design on a reportlab canvas; images defined once per document."""

    def __init__(self, canvas, design: Design, assets: dict[str, Asset], width, height):
        self.c = canvas
        self.design = design
        self.geometry = Geometry(design, width, height)
        self._colours: dict[str, str] = {}
        self.forms: dict[tuple[str, int], str] = {}
        self.sizes: dict[str, tuple[float, float]] = {}
        for face in design.all_faces():
            for e in face.elements:
                asset = assets.get(e.asset) if e.asset else None
                if asset is None or (asset.sha, e.page) in self.forms:
                    continue
                self.forms[(asset.sha, e.page)] = images.define_form(canvas, asset, e.page)
                if asset.sha not in self.sizes:
                    self.sizes[asset.sha] = assets_mod.pixel_size(asset)

    # -- colours ------------------------------------------------------------------------------
    def _rgb(self, hex_value: str, stroke: bool = False) -> str:
        key = hex_value + ("S" if stroke else "")
        if key not in self._colours:
            c = HexColor(hex_value)
            op = "RG" if stroke else "rg"
            self._colours[key] = f"{c.red:.3f} {c.green:.3f} {c.blue:.3f} {op}"
        return self._colours[key]

    # -- elements ---------------------------------------------------------------------------
    def text_ops(self, runs: list[TextRun]) -> str:
        if not runs:
            return ""
        doc, escape = self.c._doc, self.c._escape
        out = ["BT"]
        colour = None
        for run in runs:
            if run.colour != colour:
                colour = run.colour
                out.append(self._rgb(colour))
            font = pdfmetrics.getFont(run.font)
            out.append(f"1 0 0 1 {run.x:.2f} {run.baseline:.2f} Tm")
            for subset, chunk in font.splitString(run.text, doc):
                name = font.getSubsetInternalName(subset, doc)
                out.append(f"{name} {run.size:.2f} Tf ({escape(chunk)}) Tj")
        out.append("ET")
        return " ".join(out)

    def _path(self, e: Element, b: Box) -> str:
        if e.shape == "ellipse":
            rx, ry, cx, cy = b.w / 2, b.h / 2, b.x + b.w / 2, b.y + b.h / 2
            kx, ky = rx * KAPPA, ry * KAPPA
            return (
                f"{cx + rx:.2f} {cy:.2f} m "
                f"{cx + rx:.2f} {cy + ky:.2f} {cx + kx:.2f} {cy + ry:.2f} {cx:.2f} {cy + ry:.2f} c "
                f"{cx - kx:.2f} {cy + ry:.2f} {cx - rx:.2f} {cy + ky:.2f} {cx - rx:.2f} {cy:.2f} c "
                f"{cx - rx:.2f} {cy - ky:.2f} {cx - kx:.2f} {cy - ry:.2f} {cx:.2f} {cy - ry:.2f} c "
                f"{cx + kx:.2f} {cy - ry:.2f} {cx + rx:.2f} {cy - ky:.2f} {cx + rx:.2f} {cy:.2f} c h"
            )
        if e.shape == "rounded" and e.radius > 0:
            r = min(e.radius * MM * self.geometry.text_scale, b.w / 2, b.h / 2)
            k = r * (1 - KAPPA)
            x0, y0, x1, y1 = b.x, b.y, b.x + b.w, b.top
            return (
                f"{x0 + r:.2f} {y0:.2f} m {x1 - r:.2f} {y0:.2f} l "
                f"{x1 - k:.2f} {y0:.2f} {x1:.2f} {y0 + k:.2f} {x1:.2f} {y0 + r:.2f} c "
                f"{x1:.2f} {y1 - r:.2f} l {x1:.2f} {y1 - k:.2f} {x1 - k:.2f} {y1:.2f} "
                f"{x1 - r:.2f} {y1:.2f} c {x0 + r:.2f} {y1:.2f} l "
                f"{x0 + k:.2f} {y1:.2f} {x0:.2f} {y1 - k:.2f} {x0:.2f} {y1 - r:.2f} c "
                f"{x0:.2f} {y0 + r:.2f} l {x0:.2f} {y0 + k:.2f} {x0 + k:.2f} {y0:.2f} "
                f"{x0 + r:.2f} {y0:.2f} c h"
            )
        if e.shape == "line":
            return f"{b.x:.2f} {b.top:.2f} m {b.x + b.w:.2f} {b.y:.2f} l"
        return f"{b.x:.2f} {b.y:.2f} {b.w:.2f} {b.h:.2f} re"

    def shape_ops(self, e: Element, category_colour: str) -> str:
        b = self.geometry.box(e)
        fill = category_colour if e.fill == CATEGORY_COLOUR else e.fill
        stroke = category_colour if e.stroke == CATEGORY_COLOUR else e.stroke
        if e.shape == "line":  # a line has no inside: its fill colour strokes it
            stroke, fill = stroke or fill or "#111111", ""
        ops = []
        if fill:
            ops.append(self._rgb(fill))
        if stroke and e.stroke_width > 0:
            ops.append(f"{self._rgb(stroke, True)} {e.stroke_width * MM:.2f} w")
        paint = ("B" if stroke and e.stroke_width > 0 else "f") if fill else "S"
        if not fill and not (stroke and e.stroke_width > 0):
            return ""
        return f"q {' '.join(ops)} {self._path(e, b)} {paint} Q"

    def image_ops(self, e: Element) -> str:
        form = self.forms.get((e.asset, e.page))
        if form is None:  # an empty logo place, or an image this desk has not received yet
            return ""
        b = self.geometry.box(e)
        img_w, img_h = self.sizes[e.asset]
        fit_mode = e.fit if e.kind == "image" else ("cover" if e.fit == "contain" else e.fit)
        dx, dy, w, h = images.placed(b.w, b.h, img_w, img_h, fit_mode)
        if fit_mode == "contain":  # a logo sits at the side of its place it is aligned to
            dx = {"left": 0.0, "right": b.w - w}.get(e.align, dx)
            dy = {"bottom": 0.0, "top": b.h - h}.get(e.valign, dy)
        clip = f"{b.x:.2f} {b.y:.2f} {b.w:.2f} {b.h:.2f} re W n " if fit_mode == "cover" else ""
        return (
            f"q {clip}{w:.3f} 0 0 {h:.3f} {b.x + dx:.3f} {b.y + dy:.3f} cm "
            f"{images.use_form(self.c, form)} Q"
        )

    def qr_ops(self, e: Element, code: str) -> str:
        b = self.geometry.square(e)
        backing = ""
        if e.fill and e.fill != CATEGORY_COLOUR:  # a white square on artwork
            backing = f"q {self._rgb(e.fill)} {b.x:.2f} {b.y:.2f} {b.w:.2f} {b.h:.2f} re f Q "
        sym = qr.symbol(code)
        return backing + qr.pdf_operators(sym, b.x / MM, b.y / MM, b.w / MM)

    def programme_ops(self, e: Element, lines: list[str], colour: str) -> str:
        if not lines:
            return ""
        part = e.parts[0]
        font = text.font_of(part)
        b = self.geometry.box(e)
        size = part.max_size * self.geometry.text_scale
        line_h = min(b.h / len(lines), size * fit.LINE * 1.3)
        line_h = max(line_h, part.min_size * fit.LINE / 0.85)
        shown = lines[: max(int(b.h // line_h), 1)]
        runs = []
        ink = colour if part.colour == CATEGORY_COLOUR else part.colour
        for i, line in enumerate(shown):
            box = Box(b.x, b.top - (i + 1) * line_h, b.w, line_h * 0.85)
            result = fit.fit(line, font, box.w, box.h, size, part.min_size, 1)
            for t, width, baseline in zip(
                result.lines, result.widths, result.baselines(box.top), strict=True
            ):
                runs.append(TextRun(f"programme_{i}", t, font, result.size, b.x, baseline,
                                    width, ink, box))  # fmt: skip
        return self.text_ops(runs)

    # -- faces ------------------------------------------------------------------------------
    def face_ops(
        self,
        face: Face,
        values: BadgeValues,
        programme: list[str] = (),
        runs: dict[int, list[TextRun]] | None = None,
    ) -> str:
        """Every element of ``face`` for one badge, in the face's coordinates."""
        if runs is None:
            runs = dict(face_runs(self.geometry, face, values))
        colour = values.content.colour
        ops = []
        for i, e in enumerate(face.elements):
            if e.kind == "text":
                ops.append(self.text_ops(runs.get(i, [])))
            elif e.kind in ("image", "background"):
                ops.append(self.image_ops(e))
            elif e.kind == "shape":
                ops.append(self.shape_ops(e, colour))
            elif e.kind == "qr":
                ops.append(self.qr_ops(e, values.content.code))
            elif e.kind == "programme":
                ops.append(self.programme_ops(e, list(programme), colour))
        return " ".join(op for op in ops if op)

    def draw(self, slot: Slot, ops: str) -> None:
        """Put a face's operators on the page at ``slot`` (upside down when rotated)."""
        if slot.rotated:  # back of a fold-over badge: reads right once folded
            x, y = (slot.x + slot.width) * MM, (slot.y + slot.height) * MM
            matrix = f"-1 0 0 -1 {x:.3f} {y:.3f} cm"
        else:
            matrix = f"1 0 0 1 {slot.x * MM:.3f} {slot.y * MM:.3f} cm"
        self.c.addLiteral(f"q {matrix} {ops} Q")
