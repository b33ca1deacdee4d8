"""Live counters for the active programme item: checked in / expected, by category."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from checkin import categories, stats
from checkin.event import Event
from checkin.models import ProgrammeItem
from checkin.ui.language import category_name, locale_format, on_language_change
from checkin.ui.widgets import FlowLayout


class CountersView(QWidget):
    def __init__(self, event: Event, item: ProgrammeItem, parent=None, *, load: bool = True):
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self._event = event
        self.item = item
        self.total = QLabel()
        self.total.setObjectName("counter_total")
        font = self.total.font()
        font.setPointSize(14)
        font.setBold(True)
        self.total.setFont(font)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.total)
        self._chip_row = FlowLayout()  # wraps when the chips (in German, Russian) get wide
        self._layout.addLayout(self._chip_row, 1)
        self.chips: dict[str, QLabel] = {}
        self.live: stats.LiveCounts | None = None
        self._stats: stats.ItemStats | None = None
        if load:  # else the owner counts in the background and calls install()
            self.reload()

    def _language_changed(self) -> None:
        if self._stats is not None:
            self.show_stats(self._stats)  # the same figures, in the new language

    def reload(self, item: ProgrammeItem | None = None) -> stats.ItemStats:
        if item is not None:
            self.item = item
        return self.install(stats.LiveCounts(self._event, self.item))

    def install(self, live: stats.LiveCounts) -> stats.ItemStats:
        """Show counts made (perhaps on another connection, in the background) for our item."""
        live.event = self._event
        self.live = live
        self.item = live.item
        s = live.stats()
        self.show_stats(s)
        return s

    def update_guests(self, guest_ids) -> stats.ItemStats | None:
        """Count these guests again after their check-in, check-out or undo."""
        if self.live is None:
            return None
        for guest_id in guest_ids:
            self.live.update(guest_id)
        s = self.live.stats()
        self.show_stats(s)
        return s

    def show_stats(self, s: stats.ItemStats) -> None:
        self._stats = s
        self.total.setText(
            self.tr("%1 / %2 checked in")
            .replace("%1", locale_format.number(s.checked_in))
            .replace("%2", locale_format.number(s.expected))
        )
        if set(self.chips) == set(s.by_category):  # the usual case: new figures only
            for key, (arrived, expected) in s.by_category.items():
                self.chips[key].setText(f"{category_name(key)} {arrived}/{expected}")
            return
        for chip in self.chips.values():
            chip.deleteLater()
        self.chips = {}
        for key, (arrived, expected) in sorted(s.by_category.items()):
            chip = QLabel(f"{category_name(key)} {arrived}/{expected}")
            chip.setObjectName(f"counter_{key}")
            chip.setStyleSheet(
                f"background: {categories.colour(key)}; color: white; border-radius: 8px;"
                " padding: 2px 8px;"
            )
            self._chip_row.addWidget(chip)
            self.chips[key] = chip

    def counts(self) -> dict[str, str]:
        return {key: chip.text() for key, chip in self.chips.items()}
