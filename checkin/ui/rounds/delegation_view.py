"""Reports ▸ Delegation…: who of a delegation has arrived, who is missing, which tables lose
their partner, and one button that re-plans the remaining rounds around the no-shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
)

from checkin.errors import CheckinError
from checkin.models import ProgrammeItem
from checkin.rounds import delegations, schedules, service
from checkin.ui.language import error_text, on_language_change, with_reading
from checkin.ui.rounds.rounds_view import RowsModel

translate = QCoreApplication.translate


class DelegationView(QDialog):
    replanned = Signal(object)  # the set of guest ids whose schedule changed

    # Swappable in tests: returns the PDF path to write changed schedules to, or "".
    ask_pdf_path = staticmethod(
        lambda parent: QFileDialog.getSaveFileName(
            parent, translate("DelegationView", "Save changed schedules"), "", "PDF (*.pdf)"
        )[0]
    )

    def __init__(self, event, item: ProgrammeItem, parent=None):
        super().__init__(parent)
        on_language_change(self, self._language_changed)
        self._event = event
        self.item = item
        self.changed: set[int] = set()
        self.delegation_box = QComboBox()
        for d in delegations.list_delegations(self._event):
            self.delegation_box.addItem(d.name, d.id)
        self.delegation_box.currentIndexChanged.connect(self.reload)
        self.from_round = QSpinBox()
        self.from_round.setRange(1, max(1, len(service.load(self._event, item).rounds)))
        self.from_round.valueChanged.connect(self.reload)
        self.replan_button = QPushButton()
        self.replan_button.clicked.connect(self.replan)
        self.print_button = QPushButton()
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_changed)

        self.arrived_model = RowsModel(["", ""], self)
        self.missing_model = RowsModel(["", ""], self)
        self.affected_model = RowsModel(["", "", "", ""], self)
        views = []
        for m in (self.arrived_model, self.missing_model, self.affected_model):
            view = QTableView()
            view.setModel(m)
            view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            view.verticalHeader().hide()
            views.append(view)
        self.arrived_view, self.missing_view, self.affected_view = views
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        top = QHBoxLayout()
        self.delegation_label, self.from_label = QLabel(), QLabel()
        self.affected_title = QLabel()
        top.addWidget(self.delegation_label)
        top.addWidget(self.delegation_box, 1)
        top.addWidget(self.from_label)
        top.addWidget(self.from_round)
        top.addWidget(self.replan_button)
        top.addWidget(self.print_button)
        grid = QGridLayout()
        grid.addWidget(self.arrived_view, 0, 0)
        grid.addWidget(self.missing_view, 0, 1)
        grid.addWidget(self.affected_title, 1, 0, 1, 2)
        grid.addWidget(self.affected_view, 2, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        layout.addWidget(self.summary)
        self.resize(900, 640)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Delegation – %1").replace("%1", self.item.name))
        self.replan_button.setText(self.tr("Re-plan remaining rounds"))
        self.print_button.setText(self.tr("Print changed schedules…"))
        self.arrived_model.set_headers([self.tr("Arrived"), self.tr("Organisation")])
        self.missing_model.set_headers([self.tr("Missing"), self.tr("Organisation")])
        self.affected_model.set_headers(
            [self.tr("Round"), self.tr("Table"), self.tr("Missing"),
             self.tr("Left without a partner")]
        )  # fmt: skip
        self.delegation_label.setText(self.tr("Delegation:"))
        self.from_label.setText(self.tr("From round:"))
        self.affected_title.setText(self.tr("Tables that lose their partner"))

    def _language_changed(self) -> None:
        self.retranslate()
        self._say_summary()  # from the figures already read

    def reload(self, *_args) -> None:
        delegation_id = self.delegation_box.currentData()
        if delegation_id is None:
            self.summary.setText(self.tr("This event has no delegation."))
            self.replan_button.setEnabled(False)
            return
        delegation = delegations.get(self._event, delegation_id)
        status = delegations.status(self._event, self.item, delegation, self.from_round.value())
        people = {p.id: p for p in status.arrived + status.missing}
        plan = service.load(self._event, self.item)
        leader = delegation.leader_id

        def row(p):
            mark = " ★" if p.id == leader else ""
            return (with_reading(p.full_name) + mark, p.organisation)

        self.arrived_model.set_rows([row(p) for p in status.arrived])
        self.missing_model.set_rows([row(p) for p in status.missing])
        self.affected_model.set_rows(
            [
                (
                    a.round,
                    plan.tables[a.table_id].label,
                    ", ".join(with_reading(people[g].full_name) for g in a.missing if g in people),
                    ", ".join(
                        with_reading(plan.people[g].full_name) for g in a.left_without_partner
                    )
                    or "–",  # fmt: skip
                )
                for a in status.affected
            ]
        )
        self._figures = (len(status.arrived), len(delegation.members), len(status.missing))
        self._say_summary()

    def _say_summary(self) -> None:
        figures = getattr(self, "_figures", None)
        if figures is None:
            if self.delegation_box.currentData() is None:
                self.summary.setText(self.tr("This event has no delegation."))
            return
        self.summary.setText(
            self.tr("%1 of %2 arrived, %3 missing.")
            .replace("%1", str(figures[0]))
            .replace("%2", str(figures[1]))
            .replace("%3", str(figures[2]))
        )

    def replan(self) -> None:
        try:
            _plan, self.changed = delegations.replan_remaining(
                self._event, self.item, self.from_round.value()
            )
        except CheckinError as exc:
            self.summary.setText(error_text(exc))
            return
        self.reload()
        self.summary.setText(
            self.summary.text()
            + " "
            + self.tr("Re-planned from round %1: %2 schedules changed.")
            .replace("%1", str(self.from_round.value()))
            .replace("%2", str(len(self.changed)))
        )
        self.print_button.setEnabled(bool(self.changed))
        self.replanned.emit(self.changed)

    def print_changed(self) -> None:
        path = self.ask_pdf_path(self)
        if not path:
            return
        plan = service.load(self._event, self.item)
        people = [p for p in schedules.schedule_order(plan) if p.id in self.changed]
        schedules.write_schedules(self._event, plan, people, path)
        self.summary.setText(
            self.tr("%1 changed schedules written to %2")
            .replace("%1", str(len(people)))
            .replace("%2", path)
        )
