"""Automatic seating: choose the options, preview who goes where and why, then apply."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from checkin.seating import auto
from checkin.ui.seating.seating_model import reason_text


class AutoSeatDialog(QDialog):
    """Shows the plan (a dry run) and applies it on OK; ``changed`` tells how many moved."""

    def __init__(self, core_event, parent=None):
        super().__init__(parent)
        self._core = core_event
        self.changed = 0
        self.plan: auto.Plan | None = None
        self.setWindowTitle(self.tr("Seat guests automatically"))
        self.together = QCheckBox(self.tr("Keep people from the same organisation together"))
        self.together.setChecked(True)
        self.only_unseated = QCheckBox(self.tr("Only seat guests who have no table yet"))
        self.overflow = QCheckBox(
            self.tr("When a field's tables are full, use free seats at other tables")
        )
        self.overflow.setChecked(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.report = QTreeWidget()
        self.report.setHeaderLabels([self.tr("Guest"), self.tr("Table"), self.tr("Why")])
        self.report.setRootIsDecorated(True)
        self.report.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Apply"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.together, self.only_unseated, self.overflow):
            layout.addWidget(widget)
            widget.toggled.connect(self.preview)
        layout.addWidget(self.summary)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 600)
        self.preview()

    def options(self) -> auto.Options:
        return auto.Options(
            keep_organisations_together=self.together.isChecked(),
            only_unseated=self.only_unseated.isChecked(),
            overflow=self.overflow.isChecked(),
        )

    def preview(self) -> None:
        self.plan = plan = auto.plan_seating(self._core, self.options())
        moves = plan.moves
        self.summary.setText(
            self.tr("%1 guests get a seat, %2 change table, %3 cannot be seated.")
            .replace("%1", str(len(plan.placements)))
            .replace("%2", str(len(moves)))
            .replace("%3", str(len(plan.unplaced)))
        )
        self.report.clear()
        groups = [
            (self.tr("Cannot be seated"), [(u.guest_name, "–", u.reason) for u in plan.unplaced]),
            (
                self.tr("Change table"),
                [(p.guest_name, str(p.table_number), p.reason) for p in moves],
            ),
            (
                self.tr("Stay"),
                [
                    (p.guest_name, str(p.table_number), p.reason)
                    for p in plan.placements
                    if p not in moves
                ],
            ),
        ]
        for title, rows in groups:
            if not rows:
                continue
            top = QTreeWidgetItem([f"{title} ({len(rows)})"])
            self.report.addTopLevelItem(top)
            for name, table, reason in rows:
                top.addChild(QTreeWidgetItem([name, table, reason_text(reason)]))
            top.setExpanded(title != self.tr("Stay"))
            top.setFirstColumnSpanned(True)
        self.report.resizeColumnToContents(0)
        self.report.header().setStretchLastSection(True)
        self.report.sortByColumn(-1, Qt.SortOrder.AscendingOrder)

    def accept(self) -> None:
        # plan again: someone may have seated a guest by hand while the preview was open
        self.plan = auto.plan_seating(self._core, self.options())
        self.changed = auto.apply_plan(self._core, self.plan)
        super().accept()
