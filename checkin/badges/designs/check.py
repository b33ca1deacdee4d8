"""Check a design against the real guest list before anything is printed.

Text: which guests would get a line below the readable size (7 pt), a text cut short with
"…" (too long even on all the lines it may take), or a line outside its place or the
badge. QR code: modules below 0.5 mm, anything drawn on its quiet zone, or no QR code on
the front at all make the design unprintable (``refused``): a badge the scanner cannot read
is worse than none. Images the event file does not have are reported too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from checkin.badges import qr
from checkin.badges.design import MM, QR_MODULES, Box
from checkin.badges.designs.model import Design, Element, Face
from checkin.badges.designs.paint import Geometry, face_runs
from checkin.badges.designs.values import BadgeValues
from checkin.i18n import QT_TRANSLATE_NOOP

READABLE_PT = 7.0
ELLIPSIS = "…"
# Problems that make a design unprintable; the rest are warnings about single guests.
REFUSING = ("qr_too_small", "qr_quiet_zone", "no_qr")
# What each problem means, for the CLI (English) and the UI (translated, context "core").
PROBLEMS = {
    "too_small": QT_TRANSLATE_NOOP("core", "{guest}: {element} shrinks to {size} pt (below 7 pt)"),
    "cut": QT_TRANSLATE_NOOP("core", "{guest}: {element} is cut short: {shown}"),
    "overflow": QT_TRANSLATE_NOOP("core", "{guest}: {element} runs out of its place"),
    "image_missing": QT_TRANSLATE_NOOP(
        "core", "{element}: the image has not reached this desk yet"
    ),
    "qr_too_small": QT_TRANSLATE_NOOP(
        "core", "{element}: the QR code's modules are {size} mm; at least 0.5 mm scan reliably"
    ),
    "qr_quiet_zone": QT_TRANSLATE_NOOP(
        "core", "{element} lies on the QR code or its quiet zone (4 modules of white all round)"
    ),
    "no_qr": QT_TRANSLATE_NOOP("core", "the front has no QR code"),
}


@dataclass(frozen=True)
class Finding:
    problem: str  # too_small, cut, overflow, image_missing, qr_too_small, qr_quiet_zone, no_qr
    face: str  # "front" or "back"
    element: str  # the element's name, or its kind and number
    guest_id: int | None = None
    guest: str = ""  # the guest's name as printed
    text: str = ""
    size: float = 0.0  # points (text) or millimetres (a QR module)
    field: str = ""  # the text's field (given_name, organisation, …), for naming it

    @property
    def refuses(self) -> bool:
        return self.problem in REFUSING

    def params(self) -> dict:
        size = f"{self.size:.2f}" if self.problem == "qr_too_small" else f"{self.size:.1f}"
        return {"guest": self.guest, "element": self.element, "shown": self.text, "size": size}

    def message(self) -> str:
        """In English; the UI translates ``PROBLEMS[problem]`` with ``params()``."""
        return PROBLEMS[self.problem].format(**self.params())


@dataclass
class CheckReport:
    design: str
    checked: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return any(f.refuses for f in self.findings)

    @property
    def guests_affected(self) -> set[int]:
        return {f.guest_id for f in self.findings if f.guest_id is not None}

    def problems(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.problem == kind]


def _label(e: Element, index: int) -> str:
    return e.name or f"{e.kind} {index + 1}"


def qr_findings(design: Design, width: float, height: float) -> list[Finding]:
    """The QR code of each front: big enough, clear of everything else, present."""
    g = Geometry(design, width, height)
    out = []
    fronts = [design.front] + [v.front for v in design.variants]
    for face in fronts:
        qrs = [(i, e) for i, e in enumerate(face.elements) if e.kind == "qr"]
        if not qrs:
            out.append(Finding("no_qr", "front", "qr"))
            continue
        for i, e in qrs:
            square = g.square(e)
            module = square.w / MM / (QR_MODULES + 2 * qr.QUIET_MODULES)
            if module < qr.MIN_MODULE_MM - 1e-6:
                out.append(Finding("qr_too_small", "front", _label(e, i), size=module))
            for j, other in enumerate(face.elements):
                if j == i or not _draws(other):
                    continue
                if not square.overlaps(_ink_box(g, other)):
                    continue
                if j < i and e.fill:  # under the code, but the code has its white backing
                    continue
                out.append(Finding("qr_quiet_zone", "front", _label(other, j)))
    return out


def _draws(e: Element) -> bool:
    if e.kind in ("image", "background"):
        return bool(e.asset)
    if e.kind == "shape":
        return bool(e.fill or (e.stroke and e.stroke_width > 0))
    return e.kind in ("text", "programme", "qr")


def _ink_box(g: Geometry, e: Element) -> Box:
    b = g.box(e)
    if e.kind == "shape" and e.stroke and e.stroke_width > 0:
        half = e.stroke_width * MM / 2
        return Box(b.x - half, b.y - half, b.w + 2 * half, b.h + 2 * half)
    return b


def _text_findings(
    g: Geometry, face: Face, which: str, values: BadgeValues, guest: str
) -> list[Finding]:
    out = []
    badge = Box(0, 0, g.width, g.height)
    gid = values.content.guest_id
    for index, runs in face_runs(g, face, values):
        e = face.elements[index]
        label = _label(e, index)
        source = " ".join(values.texts(e.parts))
        reported = set()
        for run in runs:
            if run.size < READABLE_PT - 0.01 and "too_small" not in reported:
                reported.add("too_small")
                out.append(Finding("too_small", which, label, gid, guest, run.text, run.size,
                                   run.field))  # fmt: skip
            if run.text.endswith(ELLIPSIS) and ELLIPSIS not in source and "cut" not in reported:
                reported.add("cut")
                out.append(Finding("cut", which, label, gid, guest, source, run.size, run.field))
            inside = run.box.contains(run.bounds, 0.5) and badge.contains(run.bounds, 0.5)
            if not inside and "overflow" not in reported:
                reported.add("overflow")
                out.append(Finding("overflow", which, label, gid, guest, run.text, run.size,
                                   run.field))  # fmt: skip
    return out


def check_design(
    design: Design,
    values: list[BadgeValues],
    width: float,
    height: float,
    missing_assets: set[str] = frozenset(),
) -> CheckReport:
    """Every guest's badge laid out with ``design`` at ``width`` × ``height`` mm, checked."""
    report = CheckReport(design.name, checked=len(values))
    report.findings += qr_findings(design, width, height)
    for face in design.all_faces():
        for i, e in enumerate(face.elements):
            if e.asset in missing_assets:
                report.findings.append(Finding("image_missing", "front", _label(e, i)))
    g = Geometry(design, width, height)
    for v in values:
        c = v.content
        guest = " ".join(p for p in (c.given_name, c.family_name) if p)
        front, back = design.faces_for(v.category)
        report.findings += _text_findings(g, front, "front", v, guest)
        if back is not None:
            report.findings += _text_findings(g, back, "back", v, guest)
    return report


def refuse_unprintable(design: Design, width: float, height: float) -> None:
    """Raise InvalidInput ``design_refused`` if the design's QR code would not scan."""
    refusals = [f for f in qr_findings(design, width, height) if f.refuses]
    if refusals:
        from checkin.errors import InvalidInput

        problems = "; ".join(dict.fromkeys(f.message() for f in refusals))
        raise InvalidInput("design_refused", name=design.name, problems=problems)


def check_print(
    event,
    guests,
    width: float,
    height: float,
    design_name: str | None = None,
    logo=None,
    **options,
) -> CheckReport:
    """The check of one print run: the design as it will print, against these guests."""
    from checkin.badges.designs import prepare, store

    prepared = prepare.resolve(event, design_name, width, height, logo)
    values = prepare.badge_values(event, guests, **options)
    missing = set() if prepared.design.name == store.STANDARD else (
        prepared.design.assets() - set(prepared.assets)
    )  # fmt: skip
    return check_design(prepared.design, values, width, height, missing)
