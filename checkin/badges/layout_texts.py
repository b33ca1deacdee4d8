"""The descriptions of the bundled badge layouts (resources/badges/layouts.json), marked for
translation: the UI shows them in its language (``translate_core``); a layout file of the
user's own is shown as written."""

from __future__ import annotations

from checkin.i18n import QT_TRANSLATE_NOOP

DESCRIPTIONS = (
    QT_TRANSLATE_NOOP("core", "A6 single badge (105 × 148 mm), one per page"),
    QT_TRANSLATE_NOOP("core", "4 × A6 badges on A4, for cutting"),
    QT_TRANSLATE_NOOP("core", "8 badge inserts 90 × 54 mm on A4 (perforated badge sheets)"),
    QT_TRANSLATE_NOOP("core", "8 badges 90 × 54 mm on plain A4 with gaps and crop marks"),
    QT_TRANSLATE_NOOP("core", "CR80 plastic card (85.6 × 54 mm), one per page"),
    QT_TRANSLATE_NOOP("core", "62 mm continuous label (Brother QL), 62 × 100 mm, one per page"),
    QT_TRANSLATE_NOOP("core", "US badge 4 × 3 inch (101.6 × 76.2 mm), one per page"),
    QT_TRANSLATE_NOOP(
        "core",
        "2 fold-over A6 badges on A4: front below, programme on the back above, fold in the middle",
    ),
    QT_TRANSLATE_NOOP(
        "core",
        "4 × A6 on A4, double-sided: programme and table on the back (print long-edge duplex)",
    ),
    QT_TRANSLATE_NOOP(
        "core", "8 badges 90 × 54 mm on A4, double-sided: table on the back (long-edge duplex)"
    ),
)
