"""Tables menu: Seating…, Edit tables…, Floor plan and the seating printouts.

Every seat or table change emits ``window.data_changed`` so the guest list, the result
card and badges show the new table at once.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from checkin.seating import place
from checkin.ui.bridge import run_in_background
from checkin.ui.language import error_text
from checkin.ui.seating.floor_plan import FloorPlanView
from checkin.ui.seating.seating_view import SeatingView
from checkin.ui.seating.table_dialog import TablesDialog

translate = QCoreApplication.translate


def _open_pdf(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class SeatingFeature:
    """Owns the seating window and the tables dialog of one main window."""

    pdf_opener = staticmethod(_open_pdf)  # swapped in tests

    def __init__(self, ctx):
        self.ctx = ctx
        self.window = window = ctx.window
        self.seating_view: SeatingView | None = None
        self.floor_plan: FloorPlanView | None = None
        self.tables_dialog: TablesDialog | None = None
        self._tasks = []  # printouts being rendered in the background
        menu = window.menu("tables")
        self.actions = {}
        for name, slot in (
            ("seating", self.show_seating),
            ("edit_tables", self.edit_tables),
            ("floor_plan", self.show_floor_plan),
            ("guest_floor_plan", self.show_guest_floor_plan),
            ("host_lists", self.print_host_lists),
            ("door_overview", self.print_door_overview),
        ):
            action = QAction(window)
            action.setObjectName(f"action_{name}")
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[name] = action
        window.data_changed.connect(self._reload)
        window.updates.guests_checked.connect(lambda _ids: self._reload())  # check-ins too
        self.guest_floor_plan: FloorPlanView | None = None
        for view_name in ("scan_view", "guest_list"):  # check-ins light up the guest's table
            view = getattr(window, view_name, None)
            if view is not None and hasattr(view, "checked"):
                view.checked.connect(self.show_way)
        ctx.retranslated(self.retranslate)

    def retranslate(self) -> None:
        texts = {
            "seating": translate("feature_seating", "&Seating…"),
            "edit_tables": translate("feature_seating", "&Edit tables…"),
            "floor_plan": translate("feature_seating", "&Floor plan"),
            "guest_floor_plan": translate(
                "feature_seating", "Floor plan for &guests (shows the way)"
            ),
            "host_lists": translate("feature_seating", "Print &lists for table hosts"),
            "door_overview": translate("feature_seating", "Print seating &overview for the door"),
        }
        for name, text in texts.items():
            self.actions[name].setText(text)
        if self.floor_plan is not None:
            self.floor_plan.setWindowTitle(translate("feature_seating", "Floor plan"))
        if self.guest_floor_plan is not None:
            self.guest_floor_plan.setWindowTitle(
                translate("feature_seating", "Floor plan for guests")
            )

    def _core(self):
        return self.ctx.event

    def show_seating(self) -> SeatingView:
        if self.seating_view is None:
            self.seating_view = SeatingView(self._core(), self.window)
            self.seating_view.changed.connect(self._seating_changed)
        self.seating_view.show()
        self.seating_view.raise_()
        return self.seating_view

    def edit_tables(self) -> TablesDialog:
        if self.tables_dialog is None:
            self.tables_dialog = TablesDialog(self._core(), self.window)
            self.tables_dialog.changed.connect(self.window.data_changed.emit)
        self.tables_dialog.model.reload()
        self.tables_dialog.show()
        return self.tables_dialog

    def show_floor_plan(self) -> FloorPlanView:
        if self.floor_plan is None:
            self.floor_plan = FloorPlanView(self._core(), self.window)
            self.floor_plan.setWindowFlag(Qt.WindowType.Window)
            self.floor_plan.setWindowTitle(translate("feature_seating", "Floor plan"))
            self.floor_plan.resize(900, 640)
        self.floor_plan.show()
        return self.floor_plan

    def show_guest_floor_plan(self) -> FloorPlanView:
        """A dark floor plan for a screen guests see; each check-in highlights their table."""
        if self.guest_floor_plan is None:
            plan = FloorPlanView(self._core(), self.window, dark=True)
            plan.setWindowFlag(Qt.WindowType.Window)
            plan.setWindowTitle(translate("feature_seating", "Floor plan for guests"))
            plan.resize(1024, 640)
            self.guest_floor_plan = plan
        self.guest_floor_plan.show()
        return self.guest_floor_plan

    def show_way(self, result) -> None:
        """After a check-in: light up the guest's table on the guests' floor plan."""
        plan = self.guest_floor_plan
        if plan is None or not plan.isVisible():
            return
        guest = getattr(result, "guest", None)
        seat = place.place_of(self.ctx.event, guest.id, result.item) if guest else None
        plan.highlight(seat.table_number if seat is not None else None)  # as card and display

    def _seating_changed(self) -> None:
        self._from_seating = True
        try:
            self.window.data_changed.emit()
        finally:
            self._from_seating = False

    def _reload(self) -> None:
        """Data changed (here or elsewhere): open seating windows show it."""
        if self.seating_view is not None and not getattr(self, "_from_seating", False):
            self.seating_view.reload()
        for plan in (self.floor_plan, self.guest_floor_plan):
            if plan is not None:
                plan.reload()
        if self.tables_dialog is not None:
            self.tables_dialog.model.reload()

    def _pdf(self, kind: str, stem: str):
        """Read the seating now, render the PDF in the background, then open it."""
        from checkin import fonts  # the PDF machinery loads when first used
        from checkin.seating import printouts

        make = getattr(printouts, kind)
        path = Path(tempfile.mkdtemp(prefix="checkin-seating-")) / f"{stem}.pdf"
        snapshot = printouts.Snapshot.of(self._core())
        fonts.register()  # once, on the UI thread
        task = run_in_background(lambda: make(snapshot, path), self._printed, self._print_failed)
        self._tasks.append(task)  # keep it alive until it reports (queued to this thread)
        task.signals.done.connect(lambda _result, t=task: self._forget(t))
        task.signals.failed.connect(lambda _exc, t=task: self._forget(t))
        return task

    def _forget(self, task) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    def _printed(self, path: Path) -> None:
        self.ctx.notify(translate("feature_seating", "Written: %1").replace("%1", str(path)))
        self.pdf_opener(path)

    def _print_failed(self, exc: Exception) -> None:
        message = translate("feature_seating", "The list could not be written: %1")
        self.ctx.notify(message.replace("%1", error_text(exc)), error=True)

    def print_host_lists(self):
        return self._pdf("host_lists", "table-hosts")

    def print_door_overview(self):
        return self._pdf("door_overview", "seating-overview")


def install(ctx) -> None:
    ctx.seating = SeatingFeature(ctx)
