"""Badges ▸ Print badges…: choose a layout and who gets a badge, then a PDF or a printer.

Rendering (and printing) runs in the thread pool with a progress bar. The batch goes into
the print log (and its guests count as printed) once the printer has taken every page; a
batch written to a PDF counts only when staff say its sheets were printed ("They were
printed"), so nobody is taken for having a badge that was only saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from checkin import categories, tables
from checkin.badges import (
    BadgeBatch,
    BadgeOptions,
    get_layout,
    list_layouts,
    preferred_layout,
    record_batch,
    select_guests,
)
from checkin.badges.designs import check, store
from checkin.errors import CheckinError
from checkin.ui import printing as badge_printing
from checkin.ui.badges.badge_job import PrintJob, run_job
from checkin.ui.bridge import run_in_background
from checkin.ui.designer import CheckPanel
from checkin.ui.language import category_name, error_text, locale_format, translate_core


class BadgeDialog(QDialog):
    finished_batch = Signal(object)  # the BadgeBatch, once written/printed and logged

    # Swappable in tests: where the PDF goes, and the printer backend.
    @staticmethod
    def ask_pdf_path(parent, start: str) -> str:
        return QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("BadgeDialog", "Save badges as PDF"),
            start,
            QCoreApplication.translate("BadgeDialog", "PDF files (*.pdf)"),
        )[0]

    print_pdf = staticmethod(badge_printing.print_pdf)
    make_printer = staticmethod(badge_printing.make_printer)

    def __init__(self, event, parent=None, *, selected_ids=(), desk=None, operator=None):
        super().__init__(parent)
        self.checkin_event = event
        self.selected_ids = list(selected_ids)
        self.desk, self.operator = desk, operator
        self.task = None
        self.last_batch: BadgeBatch | None = None
        self.setWindowTitle(self.tr("Print badges"))
        self._build()
        self.update_count()

    # -- building ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.layout_box = QComboBox(objectName="badge_layout")
        for lay in list_layouts():
            self.layout_box.addItem(translate_core(lay.description), lay.name)
        self.layout_box.setCurrentIndex(
            self.layout_box.findData(preferred_layout(self.checkin_event).name)
        )
        self.layout_box.currentIndexChanged.connect(self._layout_changed)
        self.design_box = QComboBox(objectName="badge_design")
        self.design_box.addItem(self.tr("Standard (built in)"), store.STANDARD)
        for name in store.list_designs(self.checkin_event):
            self.design_box.addItem(name, name)
        chosen = store.chosen_design(self.checkin_event)
        self.design_box.setCurrentIndex(max(self.design_box.findData(chosen), 0))
        self.design_box.currentIndexChanged.connect(self.update_count)
        self.check = CheckPanel(self)
        self.check.list.setMaximumHeight(70)
        self.check.checked.connect(lambda _report: self._update_button())

        self.category_list = QListWidget(objectName="badge_categories")
        for key in categories.CATEGORIES:
            item = QListWidgetItem(category_name(key))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.category_list.addItem(item)
        self.category_list.setMaximumHeight(120)
        self.category_list.itemChanged.connect(self.update_count)
        self.table_box = QComboBox(objectName="badge_table")
        self.table_box.addItem(self.tr("All tables"), None)
        for table in tables.list_tables(self.checkin_event):
            self.table_box.addItem(table.label, table.number)
        self.table_box.currentIndexChanged.connect(self.update_count)
        self.unprinted = QCheckBox(self.tr("Only badges not printed yet"), objectName="unprinted")
        self.unprinted.toggled.connect(self.update_count)
        text = self.tr("Only the selected guests (%1)").replace(
            "%1", locale_format.number(len(self.selected_ids))
        )
        self.only_selected = QCheckBox(text, objectName="only_selected")
        self.only_selected.setEnabled(bool(self.selected_ids))
        self.only_selected.setChecked(bool(self.selected_ids))
        self.only_selected.toggled.connect(self.update_count)
        self.count_label = QLabel(objectName="badge_count")

        self.crop_marks = QCheckBox(self.tr("Crop marks"), objectName="crop_marks")
        self.cyrillic_line = QCheckBox(
            self.tr("Cyrillic line under Latin names"), objectName="cyrillic_line"
        )
        self.cyrillic_line.toggled.connect(self.update_count)
        self.proof = QCheckBox(
            self.tr("Proof copy: do not count these badges as printed"), objectName="proof"
        )
        self.back_box = QComboBox(objectName="badge_back")
        self.back_box.addItem(self.tr("Programme and table"), "programme")
        self.back_box.addItem(self.tr("Table in large print"), "table")

        self.to_pdf = QRadioButton(self.tr("PDF file"), objectName="to_pdf")
        self.to_printer = QRadioButton(self.tr("Printer"), objectName="to_printer")
        group = QButtonGroup(self)
        group.addButton(self.to_pdf)
        group.addButton(self.to_printer)
        self.pdf_path = QLineEdit(objectName="pdf_path")
        self.pdf_path.setText(
            str(self.checkin_event.path.with_name(self.checkin_event.path.stem + "-badges.pdf"))
        )
        browse = QPushButton(self.tr("Browse…"), objectName="browse")
        browse.clicked.connect(self._browse)
        self.printer_box = QComboBox(objectName="printer")
        self.printer_box.addItem(self.tr("Default printer"), "")
        default = badge_printing.default_printer_name()
        for name in badge_printing.printer_names():
            self.printer_box.addItem(name + (" ✓" if name == default else ""), name)
        has_printer = self.printer_box.count() > 1 or bool(default)
        self.to_printer.setEnabled(has_printer)
        self.to_pdf.setChecked(True)

        pdf_row = QHBoxLayout()
        pdf_row.addWidget(self.to_pdf)
        pdf_row.addWidget(self.pdf_path, 1)
        pdf_row.addWidget(browse)
        printer_row = QHBoxLayout()
        printer_row.addWidget(self.to_printer)
        printer_row.addWidget(self.printer_box, 1)
        if not has_printer:
            printer_row.addWidget(QLabel(self.tr("(no printer installed)")))

        form = QFormLayout()
        form.addRow(self.tr("&Layout:"), self.layout_box)
        form.addRow(self.tr("&Design:"), self.design_box)
        form.addRow(self.tr("&Categories (none: all):"), self.category_list)
        form.addRow(self.tr("&Table:"), self.table_box)
        form.addRow("", self.unprinted)
        form.addRow("", self.only_selected)
        form.addRow("", self.count_label)
        form.addRow("", self.check)
        form.addRow(self.tr("Options:"), self.crop_marks)
        form.addRow("", self.cyrillic_line)
        form.addRow("", self.proof)
        form.addRow(self.tr("&Back side:"), self.back_box)
        output = QWidget()
        out_layout = QVBoxLayout(output)
        out_layout.setContentsMargins(0, 0, 0, 0)
        out_layout.addLayout(pdf_row)
        out_layout.addLayout(printer_row)
        form.addRow(self.tr("Output:"), output)

        self.progress = QProgressBar(objectName="badge_progress")
        self.progress.setVisible(False)
        self.status = QLabel(objectName="badge_status")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = self.buttons.addButton(
            self.tr("&Print badges"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.print_button.setObjectName("print_badges")
        self.print_button.setDefault(True)
        self.printed_button = self.buttons.addButton(
            self.tr("They were &printed"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.printed_button.setObjectName("mark_printed")
        self.printed_button.hide()
        self.printed_button.clicked.connect(self.mark_printed)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._layout_changed()

    def _layout_changed(self) -> None:
        if hasattr(self, "count_label"):
            self.update_count()
        layout = get_layout(self.layout_box.currentData())
        self.crop_marks.setChecked(layout.crop_marks)
        self.back_box.setEnabled(layout.has_back)
        self.back_box.setCurrentIndex(self.back_box.findData(layout.back))

    def _browse(self) -> None:
        name = self.ask_pdf_path(self, self.pdf_path.text())
        if name:
            self.pdf_path.setText(name if name.lower().endswith(".pdf") else name + ".pdf")

    # -- selection ---------------------------------------------------------------------------
    def chosen_categories(self) -> list[str]:
        out = []
        for row in range(self.category_list.count()):
            item = self.category_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def chosen_guests(self):
        table = self.table_box.currentData()
        return select_guests(
            self.checkin_event,
            categories_=self.chosen_categories(),
            table_numbers=[table] if table is not None else None,
            unprinted=self.unprinted.isChecked(),
            guest_ids=self.selected_ids if self.only_selected.isChecked() else None,
        )

    def update_count(self) -> None:
        chosen = self.chosen_guests()
        count = self._count = len(chosen)
        again = sum(1 for g in chosen if g.badge_printed_count)
        text = self.tr("%n badge(s) will be printed.", None, count)
        if again:
            text += " " + self.tr("%n of them were printed before.", None, again)
        self.count_label.setText(text)
        self.check.schedule(self.check_job(chosen))
        self._update_button()

    def check_job(self, chosen=None):
        """The guest-list check of what this dialog would print (run off the UI thread)."""
        people = list(self.chosen_guests() if chosen is None else chosen)
        layout = get_layout(self.layout_box.currentData())
        path, design = self.checkin_event.path, self.design_box.currentData()
        reverse = self.cyrillic_line.isChecked()
        clock = self.checkin_event.clock

        def job():
            from checkin.event import Event

            with Event.open(path, clock=clock, read_only=True) as event:
                return check.check_print(event, people, layout.badge_width,
                                         layout.badge_height, design,
                                         reverse_transliteration=reverse)  # fmt: skip

        return job

    def _update_button(self) -> None:
        report = self.check.report
        refused = report is not None and report.refused
        has_guests = getattr(self, "_count", 0) > 0
        self.print_button.setEnabled(has_guests and self.task is None and not refused)

    # -- running -----------------------------------------------------------------------------
    def job(self) -> PrintJob:
        pdf = Path(self.pdf_path.text()).expanduser() if self.to_pdf.isChecked() else None
        options = BadgeOptions(
            crop_marks=self.crop_marks.isChecked(),
            reverse_transliteration=self.cyrillic_line.isChecked(),
            back=self.back_box.currentData() if self.back_box.isEnabled() else None,
            design=self.design_box.currentData(),
            desk=self.desk,
            operator=self.operator,
        )
        return PrintJob(
            self.checkin_event.path,
            [g.id for g in self.chosen_guests()],
            self.layout_box.currentData(),
            options,
            pdf,
            self.printer_box.currentData() or "",
            log=pdf is None and not self.proof.isChecked(),  # a PDF is not printed yet
            remember_layout=not self.proof.isChecked(),
        )

    def start(self) -> None:
        self.printed_button.hide()
        job = self.job()
        if not job.guest_ids:
            self.status.setText(self.tr("No guests selected: there are no badges to print."))
            return
        if job.pdf_path is not None and not job.pdf_path.parent.is_dir():
            self.status.setText(
                self.tr("The folder %1 does not exist.").replace("%1", str(job.pdf_path.parent))
            )
            return
        self.print_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, len(job.guest_ids))
        self.progress.setValue(0)
        self.status.setText(self.tr("Rendering badges…"))
        clock = self.checkin_event.clock
        print_pdf, make_printer = self.print_pdf, self.make_printer
        self.task = run_in_background(
            lambda progress: run_job(job, clock, progress, print_pdf, make_printer),
            self._done,
            self._failed,
            self._progress,
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, batch: BadgeBatch) -> None:
        self.task = None
        self.last_batch = batch
        self.progress.setValue(self.progress.maximum())
        badges = self.tr("%n badge(s)", None, len(batch.order))
        sheets = self.tr("%n sheet(s)", None, batch.sheets)
        if self.to_pdf.isChecked():
            text = self.tr(
                "%1 on %2 saved as %3 – not counted as printed. Once the sheets are "
                "printed, press “They were printed”."
            ).replace("%3", str(batch.path))
            self.printed_button.setVisible(not self.proof.isChecked())
        else:
            text = self.tr("%1 on %2 printed on %3.").replace("%3", self.printer_box.currentText())
        self.status.setText(text.replace("%1", badges).replace("%2", sheets))
        self.update_count()
        self.finished_batch.emit(batch)

    def mark_printed(self) -> None:
        """The PDF's sheets were printed: now its badges count, with box, sheet and slot."""
        batch = self.last_batch
        if batch is None or self.printed_button.isHidden():
            return
        record_batch(self.checkin_event, batch, desk=self.desk, operator=self.operator)
        self.printed_button.hide()
        self.status.setText(
            self.tr("%1 counted as printed.").replace(
                "%1", self.tr("%n badge(s)", None, len(batch.order))
            )
        )
        self.update_count()
        self.finished_batch.emit(batch)

    def _failed(self, exc: Exception) -> None:
        self.task = None
        detail = error_text(exc) if isinstance(exc, CheckinError | OSError) else repr(exc)
        self.status.setText(self.tr("Badges were not printed: %1").replace("%1", detail))
        self.progress.setVisible(False)
        self.update_count()
