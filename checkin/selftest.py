"""``checkin --self-test``: prove that this installation works end to end, without a window.

It opens a temporary event, imports a small list, renders a badge, decodes its QR code
from the rendered page, checks the guest in, and exports the attendance. It runs the same
inside the packaged app, so a bundle that lost a font, a native library or a resource
fails here instead of at the venue.
"""

from __future__ import annotations

import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

GUEST_LIST = (
    "Teilnehmerliste Kooperationsbörse\n"
    "\n"
    "Vorname;Nachname;Firma;Tisch;E-Mail\n"
    "Ирина;Парфёнова;ООО «СибМедПрибор»;1;irina@example.org\n"
    "Jürgen;Groß-Bölting;Metallbau Krüger & Söhne GmbH;1;jgb@example.org\n"
)


class SelfTest:
    def __init__(self, folder: Path, say: Callable[[str], None]):
        self.folder = folder
        self.say = say
        self.event = None
        self.code = ""

    def create_event(self) -> str:
        from checkin import programme, tables
        from checkin.event import Event, EventInfo

        self.event = Event.create(self.folder / "selftest.checkin", EventInfo(name="Selbsttest"))
        tables.add_table(self.event, 1, name="Medizintechnik", theme="Medizintechnik", capacity=8)
        item = programme.add_item(self.event, "Kooperationsbörse")
        programme.set_active_item(self.event, item.id)
        return "event file created"

    def import_list(self) -> str:
        from checkin import guests
        from checkin.importing import import_file

        source = self.folder / "gaeste.csv"
        source.write_bytes(GUEST_LIST.encode("utf-8-sig"))
        import_file(self.event, source)
        names = sorted(g.family_name for g in guests.list_guests(self.event))
        assert names == ["Groß-Bölting", "Парфёнова"], names
        assert all(g.table_id for g in guests.list_guests(self.event)), "table column not applied"
        return f"imported {len(names)} guests"

    def render_badge(self) -> str:
        import pypdfium2
        import zxingcpp

        from checkin import guests, paths
        from checkin.badges import list_layouts, render_badges

        guest = next(g for g in guests.list_guests(self.event) if g.family_name == "Парфёнова")
        layout = list_layouts()[0].name
        pdf = self.folder / "badge.pdf"
        logo = paths.resource("demo", "logo-wiesental.svg")  # SVG logos need svglib and lxml
        render_badges(self.event, [guest], layout, pdf, options={"logo": str(logo)})
        page = pypdfium2.PdfDocument(str(pdf))[0]
        image = page.render(scale=200 / 72).to_pil()
        found = [b.text for b in zxingcpp.read_barcodes(image)]
        assert found == [guests.badge_code(self.event, guest)], found
        self.code = found[0]
        return f"badge with an SVG logo rendered ({layout}) and its QR code decoded"

    def check_in(self) -> str:
        from checkin import checkins

        first = checkins.check_in(self.event, self.code, desk="self-test")
        assert first.result is checkins.Result.CHECKED_IN, first.result
        assert first.table is not None and first.table.number == 1
        again = checkins.check_in(self.event, self.code, desk="self-test")
        assert again.result is checkins.Result.ALREADY_CHECKED_IN, again.result
        return "guest checked in (and a second scan refused)"

    def export(self) -> str:
        import openpyxl

        from checkin.exporting.formats import export

        out = self.folder / "attendance.xlsx"
        export(self.event, "xlsx", out)
        book = openpyxl.load_workbook(out, read_only=True)
        cells = {
            str(c)
            for ws in book.worksheets
            for row in ws.iter_rows(values_only=True)
            for c in row
            if c is not None
        }
        assert "Парфёнова" in cells, "checked-in guest missing from the export"
        return "attendance exported to XLSX and read back"

    def close(self) -> None:
        if self.event is not None:
            self.event.close()


def run(say: Callable[[str], None] = print) -> int:
    """Run every step; 0 only if all passed."""
    from checkin import __version__

    say(f"checkin {__version__} self-test")
    failures = 0
    with tempfile.TemporaryDirectory(prefix="checkin-selftest-") as tmp:
        test = SelfTest(Path(tmp), say)
        steps = (test.create_event, test.import_list, test.render_badge, test.check_in, test.export)
        for step in steps:
            try:
                say(f"  ok    {step()}")
            except Exception as exc:
                failures += 1
                say(f"  FAIL  {step.__name__}: {type(exc).__name__}: {exc}")
                say(traceback.format_exc().rstrip())
                break  # later steps depend on earlier ones
        test.close()
    say("self-test passed" if not failures else "self-test FAILED")
    return 0 if not failures else 1
