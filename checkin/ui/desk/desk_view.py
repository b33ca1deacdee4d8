"""The desk: the programme item and its counters above three pages (scan, search, list).

The scan view is home. A scan from any window of the desk, a guest found by name, a
walk-in or a check-in from the list all end on the result card, which also follows the
guest's badge while it prints. The guest-facing display shows each welcome.

A check-in repaints its guest's row and the counts only; a large event's list and counts
are read in the background while the scan field already takes scans (``updates.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from checkin import checkins, guests, programme, stats
from checkin.checkins import CheckinResult
from checkin.models import Guest
from checkin.ui.desk.counters_view import CountersView
from checkin.ui.desk.guest_display import GuestDisplay
from checkin.ui.desk.guest_list_view import GuestListView
from checkin.ui.desk.scan_toast import ScanToast
from checkin.ui.desk.scan_view import ScanView
from checkin.ui.desk.search_view import SearchView
from checkin.ui.desk.updates import DeskUpdates
from checkin.ui.desk.walkin_dialog import WalkInDialog
from checkin.ui.language import current_language, on_language_change


class DeskView(QWidget):
    walkin_dialog_class = WalkInDialog  # tests may swap dialogs

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        on_language_change(self, self.retranslate)
        self.ctx = ctx
        self.window_ = ctx.window  # data_changed, item_changed, the scanner filter
        self.guest_display: GuestDisplay | None = None
        self.walkin_dialog: WalkInDialog | None = None
        self.toast: ScanToast | None = None  # the card's words over a dialog that hides it
        self.closed = False
        event, item = ctx.event, ctx.item
        self.updates = DeskUpdates(self, guests.count_guests(event))
        loading = self.updates.loading  # a large event: list and counts come in the background
        self.item_box = QComboBox(objectName="item_box")
        self._counts: dict[int, str] = {}  # item id -> "(checked in/expected)" as shown
        self.item_box.setMinimumContentsLength(24)
        self.item_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.fill_items([] if loading else None)
        self.item_box.currentIndexChanged.connect(self._item_changed)
        self.item_box.activated.connect(lambda _index: self.show_scan())  # picked: back home
        self.counters = CountersView(event, item, self, load=not loading)
        self.scan_view = ScanView(event, item, self, desk=ctx.desk)
        # Every check-in through the scan view (scanner, typed code, search, camera, walk-in)
        # updates the guest display; the log entry it wrote updates the views (checked_in).
        self.scan_view.checked.connect(self._show_on_display)
        self.scan_view.print_badge_requested.connect(self.print_badge)
        self.scan_view.card.mark_printed_requested.connect(self.mark_printed)
        self.search_view = SearchView(event, self, item=item)
        self.search_view.check_in_requested.connect(self.check_in_found)
        self.search_view.back_requested.connect(self.show_scan)
        self.search_view.walkin_requested.connect(lambda _typed: self.walkin())
        self.guest_list = GuestListView(event, item, self, desk=ctx.desk, load=not loading)
        self.guest_list.changed.connect(self.window_.data_changed)
        self.guest_list.checked.connect(self._show_on_display)
        self.pages = QStackedWidget()
        for page in (self.scan_view, self.search_view, self.guest_list):
            self.pages.addWidget(page)
        self.item_label = QLabel()
        self.item_label.setBuddy(self.item_box)
        top = QHBoxLayout()
        top.addWidget(self.item_label)
        top.addWidget(self.item_box)
        top.addSpacing(12)
        top.addWidget(self.counters, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self.retranslate()
        self.show_ready()
        if loading:
            QTimer.singleShot(0, self, self.updates.read_in_background)

    def retranslate(self) -> None:
        self.item_label.setText(self.tr("&Programme item:"))

    def rename_items(self) -> None:
        """The items' names and dates in the new language (the window calls this while open),
        with the counts they showed: counting again would read every check-in (a large event
        is read in the background at start, when this runs too)."""
        lang = current_language()
        for item in programme.list_items(self.ctx.event):
            index = self.item_box.findData(item.id)
            if index >= 0:
                counts = self._counts.get(item.id)
                name = item.name_in(lang)
                self.item_box.setItemText(index, f"{name}  {counts}" if counts else name)

    def show_ready(self) -> None:
        """The card's "ready" state; an event without guests says what to do first."""
        self.scan_view.card.show_ready(empty_event=not guests.count_guests(self.ctx.event))

    # -- the programme item ---------------------------------------------------------------------
    def fill_items(self, all_items: list[stats.ItemStats] | None = None) -> None:
        """The items with their counts (``all_items``: counted already; [] names only)."""
        self.item_box.blockSignals(True)
        self.item_box.clear()
        if all_items is None:
            all_items = stats.event_stats(self.ctx.event)
        lang = current_language()
        if all_items:
            for s in all_items:
                self._counts[s.item.id] = f"({s.checked_in}/{s.expected})"
                self.item_box.addItem(
                    f"{s.item.name_in(lang)}  {self._counts[s.item.id]}", s.item.id
                )
        else:
            for item in programme.list_items(self.ctx.event):
                self.item_box.addItem(item.name_in(lang), item.id)
        self.item_box.setCurrentIndex(self.item_box.findData(self.ctx.item.id))
        self.item_box.blockSignals(False)

    def update_item_label(self, s: stats.ItemStats) -> None:
        """Refresh the active item's count; other items' counts change only with guests."""
        index = self.item_box.findData(self.ctx.item.id)
        if index >= 0:
            self._counts[s.item.id] = f"({s.checked_in}/{s.expected})"
            name = s.item.name_in(current_language())
            self.item_box.setItemText(index, f"{name}  {self._counts[s.item.id]}")

    def pick_item(self) -> None:
        self.fill_items()  # fresh counts for every item
        self.item_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.item_box.showPopup()

    def _item_changed(self, index: int) -> None:
        self.ctx.item = programme.get_item(self.ctx.event, self.item_box.itemData(index))
        self.scan_view.set_item(self.ctx.item)
        self.search_view.item = self.ctx.item
        self.guest_list.set_item(self.ctx.item)
        self.counters.reload(self.ctx.item)
        self.window_.item_changed.emit(self.ctx.item)

    def reload(self) -> None:
        """Guests, seats or items changed: read the list and the counts again."""
        self.guest_list.reload()
        self.update_item_label(self.counters.reload(self.ctx.item))
        if self.pages.currentWidget() is self.search_view:
            self.search_view.refresh_index()
        if self.scan_view.card.result is None:
            self.show_ready()

    # -- pages ----------------------------------------------------------------------------------
    def show_scan(self) -> None:
        self.pages.setCurrentWidget(self.scan_view)
        self.scan_view.code_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_search(self) -> None:
        self.pages.setCurrentWidget(self.search_view)
        self.search_view.start()

    def show_list(self) -> None:
        self.pages.setCurrentWidget(self.guest_list)
        self.guest_list.filter_field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- checking in ------------------------------------------------------------------------------
    def on_scanned(self, text: str, scanner=None) -> None:
        """A scanner burst arrived (from any window of the desk): check in, show the card."""
        self.show_scan()
        prefix = scanner.last_prefix if scanner is not None else ""
        outcome = self.scan_view.scan_text(text, prefix=prefix)
        if scanner is not None:
            if outcome is not None and outcome.used_prefix:  # None: it could not be saved
                scanner.remove_prefix()
            scanner.last_prefix = ""
            source = scanner.source
            if source is not None and source is not self.window():
                self.bring_forward()
                covering = QApplication.activeModalWidget()
                if covering is not None and covering.isVisible():
                    self.toast = self.toast or ScanToast(self.window())
                    self.toast.show_card(self.scan_view.card, covering)

    def bring_forward(self) -> None:
        """The scan came from another window: show the desk (a modal dialog stays on top)."""
        window = self.window()
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        if QApplication.activeModalWidget() is None:
            window.activateWindow()

    def check_in_found(self, guest: Guest) -> None:
        self.show_scan()
        self.scan_view.check_in_guest(guest)

    def undo_last(self) -> None:
        ctx = self.ctx
        guest_id = checkins.last_checked_in(ctx.event, ctx.item)
        if guest_id is None:
            ctx.notify(self.tr("There is no check-in to undo."), 5000)
            return
        checkins.undo(ctx.event, guest_id, ctx.item, desk=ctx.desk)
        name = guests.get_guest(ctx.event, guest_id).full_name
        self.show_ready()
        ctx.notify(self.tr("Check-in of %1 undone.").replace("%1", name), 8000)
        self.window_.data_changed.emit()

    def walkin(self) -> WalkInDialog:
        dialog = self.walkin_dialog_class(self.ctx.event, self.window())
        self.walkin_dialog = dialog
        dialog.accepted.connect(lambda: self._walkin_done(dialog))
        dialog.open()
        return dialog

    def _walkin_done(self, dialog: WalkInDialog) -> None:
        guest = dialog.guest
        if guest is None:
            return
        self.window().activateWindow()  # the desk, not the closed dialog, takes the keys again
        self.show_scan()
        if dialog.check_in or dialog.registered_guest is not None:
            self.scan_view.check_in_guest(guest)  # a new walk-in, or the guest found instead
        else:
            self.window_.data_changed.emit()
        if dialog.print_badge:
            self.print_badge(guest)

    # -- badges printed at the desk ----------------------------------------------------------------
    def print_badge(self, guest: Guest):
        badges = self.ctx.desk_badges
        return badges.print_badge(guest) if badges is not None else None

    def mark_printed(self, guest: Guest) -> None:
        badges = self.ctx.desk_badges
        if badges is not None and badges.mark_printed(guest):
            self.window_.data_changed.emit()

    def show_badge(self, badge) -> None:
        """A desk badge changed state: on the card if its guest is there, else a notice."""
        card = self.scan_view.card
        if card.result is not None and card.result.guest and card.result.guest.id == badge.guest_id:
            card.show_badge(badge)
            return
        text, _retry, _mark = card.texts.badge_state(badge)
        name = guests.get_guest(self.ctx.event, badge.guest_id).full_name
        failed = not badge.state.counts_as_printed and badge.state.value in ("failed", "not_made")
        self.ctx.notify(f"{name}: {text}", 12000, error=failed)

    # -- the guest-facing display ------------------------------------------------------------------
    def toggle_display(self) -> None:
        display = self.guest_display
        if display is not None and display.isVisible():
            display.close()
            return
        if display is None:
            display = GuestDisplay(self.ctx.event.info.name, event=self.ctx.event)
            self.guest_display = display
            self.window_.scanner.adopt(display)  # a scan while it has the focus: the desk's
        display.place()
        self.window().activateWindow()  # the desk keeps the keyboard (and the scanner)

    def _show_on_display(self, result: CheckinResult) -> None:
        if self.guest_display is not None and self.guest_display.isVisible():
            self.guest_display.show_result(result)

    def stop(self) -> None:
        """The window closes: no more updates, the display closes too."""
        self.closed = True
        self.updates.stop()
        self.close_display()

    def close_display(self) -> None:
        if self.guest_display is not None:
            self.guest_display.close()
            self.guest_display.deleteLater()
            self.guest_display = None
