"""The PDF report: figures and Cyrillic names in its text, and pages that render."""

import re

import pypdf
import pypdfium2 as pdfium
import pytest

from checkin.exporting.pdf_report import export_pdf


def pdf_text(path) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


@pytest.fixture
def report_en(scenario, tmp_path):
    out = tmp_path / "report.pdf"
    export_pdf(scenario.event, out, lang="en")
    return out


def test_summary_page_has_the_event_and_every_items_figures(report_en, scenario):
    first = pdf_text(report_en)[0]
    assert "Attendance report" in first and "Testbörse" in first and "Rathaus" in first
    assert "Guests in total: 4" in first
    # Summary row: expected, checked in, rate, present, checked out, no-shows
    assert re.search(r"Kooperationsbörse\s+4\s+3\s+75%\s+2\s+1\s+1", first)
    assert re.search(r"Firmenbesuche\s+1\s+1\s+100%\s+1\s+0\s+0", first)


def test_item_page_breakdowns_and_no_shows(report_en, scenario):
    pages = pdf_text(report_en)
    exchange = next(p for p in pages if p.startswith("Di 24.04 Kooperationsbörse"))
    for heading in ("Arrivals over time", "By category", "By table", "By organisation"):
        assert heading in exchange
    assert re.search(r"Delegation\s+1\s+1\s+100%", exchange)
    assert re.search(r"Press\s+0\s+1\s+0%", exchange)
    assert re.search(r"1 – Medizintechnik\s+1\s+1\s+100%", exchange)
    assert "ООО «СибМед»" in exchange  # Cyrillic, extractable: a real Unicode font
    no_shows = exchange.split("No-shows (1)")[1]
    assert "Weiß, Jörg" in no_shows and "Müller" not in no_shows


def test_a_report_during_the_item_lists_who_is_still_to_come(scenario, clock, tmp_path):
    from datetime import UTC, datetime

    clock.now = datetime(2027, 4, 20, 9, 30, tzinfo=UTC)  # the exchange is running
    out = tmp_path / "now.pdf"
    export_pdf(scenario.event, out, lang="en")
    pages = pdf_text(out)
    assert re.search(r"Kooperationsbörse\s+4\s+3\s+75%\s+2\s+1\s+–", pages[0])
    exchange = next(p for p in pages if p.startswith("Di 24.04 Kooperationsbörse"))
    assert "No-shows" not in exchange
    assert "Weiß, Jörg" in exchange.split("Not arrived yet (1)")[1]


def test_russian_report_with_cyrillic_names(scenario, tmp_path):
    out = tmp_path / "report-ru.pdf"
    export_pdf(scenario.event, out, lang="ru")
    text = "\n".join(pdf_text(out))
    assert "Отчёт о присутствии" in text and "Не пришли" in text
    visits = next(p for p in pdf_text(out) if p.startswith("Mo 23.04 Firmenbesuche"))
    assert "Не пришли (0)" in visits


def test_pages_render_with_a_chart(report_en):
    pdf = pdfium.PdfDocument(str(report_en))
    assert len(pdf) == 3  # summary + one page per item
    image = pdf[2].render(scale=1).to_pil().convert("RGB")  # the exchange
    data = image.tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    blue = sum(1 for r, g, b in pixels if b > 140 and r < 60 and g < 120)
    assert blue > 2000  # the bars and headings of the arrival chart are drawn


def test_the_secret_is_never_exported(scenario, tmp_path):
    from checkin import guests

    code = guests.badge_code(scenario.event, scenario.anna)
    out = tmp_path / "r.pdf"
    export_pdf(scenario.event, out)
    text = "\n".join(pdf_text(out))
    assert scenario.event.secret not in text and code not in text


@pytest.mark.parametrize("lang", ["de", "en", "ru"])
def test_the_summary_headers_are_whole_words(scenario, tmp_path, lang):
    """A header word never ends in "…" (the Russian "Ожидалось" was cut to "Ожидал…")."""
    from checkin import labels

    out = tmp_path / f"report-{lang}.pdf"
    export_pdf(scenario.event, out, lang=lang)
    summary = pdf_text(out)[0]
    assert "…" not in summary.split(labels.text("summary", lang), 1)[1].splitlines()[1]
    for key in ("expected", "checked_in", "checked_out", "no_shows"):
        for word in labels.text(key, lang).split():
            assert word in summary, (lang, word)
