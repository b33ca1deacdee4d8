"""Admin ▸ pretix…: connect the event to pretix, pull the attendees, push the check-ins, and
choose which guest category each pretix product gives.

Everything that talks to the server runs off the UI thread (jobs.py); the dialog shows the
core's errors in the staff's language, one line each, and says what is pending.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from checkin import programme
from checkin.pretix import connection, tokens
from checkin.pretix.status import status
from checkin.ui.bridge import run_in_background
from checkin.ui.language import error_text, locale_format
from checkin.ui.pretix import jobs
from checkin.ui.pretix.products_model import CATEGORY, CategoryDelegate, ProductsModel

ERROR_STYLE = "color: #b71c1c; font-weight: bold;"


class PretixDialog(QDialog):
    connected = Signal(object)  # connection.Connected
    pulled = Signal(object)  # merge.PullReport
    pushed = Signal(object)  # push.PushReport
    failed = Signal(str)

    def __init__(self, event, parent=None):
        super().__init__(parent)
        self.checkin_event = getattr(event, "target", event)
        self.task = None
        self.setWindowTitle(self.tr("pretix"))
        self.setMinimumWidth(680)
        self._build()
        self._fill_from_connection()
        self.refresh()

    # -- layout -------------------------------------------------------------------------------
    def _build(self) -> None:
        self.url_field = QLineEdit(objectName="pretix_url")
        self.url_field.setPlaceholderText("https://pretix.eu")
        self.organizer_field = QLineEdit(objectName="pretix_organizer")
        self.event_field = QLineEdit(objectName="pretix_event")
        self.token_field = QLineEdit(objectName="pretix_token")
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.list_combo = QComboBox(objectName="pretix_list")
        self.item_combo = QComboBox(objectName="pretix_item")
        for item in programme.list_items(self.checkin_event):
            self.item_combo.addItem(item.name, item.id)
        self.connect_button = QPushButton(self.tr("&Connect"), objectName="pretix_connect")
        self.connect_button.clicked.connect(self.start_connect)
        form = QFormLayout()
        form.addRow(self.tr("Server address:"), self.url_field)
        form.addRow(self.tr("Organizer (short name):"), self.organizer_field)
        form.addRow(self.tr("Event (short name):"), self.event_field)
        form.addRow(self.tr("API token:"), self.token_field)
        form.addRow(self.tr("Check-in list:"), self.list_combo)
        form.addRow(self.tr("Programme item:"), self.item_combo)
        form.addRow("", self.connect_button)
        box = QGroupBox(self.tr("Connection"))
        box.setLayout(form)

        self.status_label = self._plain_label("pretix_status")
        self.message = self._plain_label("pretix_message")
        self.progress = QProgressBar(objectName="pretix_progress")
        self.progress.hide()
        self.pull_button = QPushButton(self.tr("&Pull attendees"), objectName="pretix_pull")
        self.pull_button.clicked.connect(self.start_pull)
        self.push_button = QPushButton(self.tr("P&ush check-ins"), objectName="pretix_push")
        self.push_button.clicked.connect(self.start_push)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pull_button)
        buttons.addWidget(self.push_button)
        buttons.addStretch(1)

        self.products = ProductsModel(self.checkin_event, self)
        self.products.changed.connect(self._categories_changed)
        self.products.failed.connect(self.show_error)
        self.products_view = QTableView(objectName="pretix_products")
        self.products_view.setModel(self.products)
        self.products_view.setItemDelegateForColumn(CATEGORY, CategoryDelegate(self))
        self.products_view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.products_view.verticalHeader().hide()
        header = self.products_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.products_view.setMinimumHeight(120)
        products_box = QGroupBox(self.tr("Guest category of each product (double-click to change)"))
        products_layout = QVBoxLayout(products_box)
        products_layout.addWidget(self.products_view)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self.status_label)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addWidget(products_box, 1)
        layout.addWidget(close)

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(objectName=name)
        label.setTextFormat(Qt.TextFormat.PlainText)  # server texts are data, never markup
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def _fill_from_connection(self) -> None:
        conn = connection.load(self.checkin_event)
        if conn is None:
            self.token_field.setPlaceholderText(self.tr("kept on this computer only"))
            return
        self.url_field.setText(conn.url)
        self.organizer_field.setText(conn.organizer)
        self.event_field.setText(conn.event)
        self.list_combo.clear()
        self.list_combo.addItem(f"{conn.list_id} – {conn.list_name}", conn.list_id)
        found = self.item_combo.findData(conn.item_id)
        if found >= 0:
            self.item_combo.setCurrentIndex(found)
        if tokens.load(self.checkin_event, conn.url, conn.organizer):
            self.token_field.setPlaceholderText(
                self.tr("on this computer – leave empty to keep it")
            )
        else:
            self.token_field.setPlaceholderText(self.tr("kept on this computer only"))

    # -- status -------------------------------------------------------------------------------
    def refresh(self) -> None:
        st = status(self.checkin_event)
        ready = st.connection is not None and st.token_here
        busy = self.task is not None
        self.pull_button.setEnabled(ready and not busy)
        self.push_button.setEnabled(ready and not busy)
        self.connect_button.setEnabled(not busy)
        self.status_label.setText("\n".join(self._status_lines(st)))
        self.products.reload()

    def _status_lines(self, st) -> list[str]:
        conn = st.connection
        if conn is None:
            return [self.tr("Not connected to pretix yet.")]
        item = self.item_combo.itemText(max(self.item_combo.findData(conn.item_id), 0))
        lines = [
            self.tr("Connected to %1 – event %2, check-in list %3, for the programme item %4.")
            .replace("%1", conn.url)
            .replace("%2", f"{conn.organizer}/{conn.event}")
            .replace("%3", f"{conn.list_id} ({conn.list_name})")
            .replace("%4", item)
        ]
        if not st.token_here:
            lines.append(
                self.tr("The API token is not on this computer: connect here to pull and push.")
            )
        if st.last_pull:
            lines.append(
                self.tr("Last pull: %1 – tickets: %2.")
                .replace("%1", locale_format.day_month_time(st.last_pull))
                .replace("%2", str(st.pulled_guests))
            )
        else:
            lines.append(self.tr("Not pulled yet."))
        pending = self.tr("Check-ins and check-outs waiting to be pushed: %1.").replace(
            "%1", str(st.pending)
        )
        if st.pending_annulments:
            pending += " " + self.tr("To annul: %1.").replace("%1", str(st.pending_annulments))
        lines.append(pending)
        pushed = self.tr("In pretix: %1.").replace("%1", str(st.pushed))
        if st.last_push:
            pushed += " " + self.tr("Last push: %1.").replace(
                "%1", locale_format.day_month_time(st.last_push)
            )
        lines.append(pushed)
        if st.refused:
            names = ", ".join(f"{r['name']} ({r['detail']})" for r in st.refused)
            lines.append(self.tr("Refused by pretix: %1.").replace("%1", names))
        if st.walk_ins:
            names = ", ".join(w["name"] for w in st.walk_ins)
            lines.append(self.tr("Walk-ins, not in pretix: %1.").replace("%1", names))
        return lines

    # -- connect ------------------------------------------------------------------------------
    def _token(self) -> str:
        typed = self.token_field.text().strip()
        if typed:
            return typed
        conn = connection.load(self.checkin_event)
        if conn is not None and conn.url == self.url_field.text().strip():
            return tokens.load(self.checkin_event, conn.url, conn.organizer) or ""
        return ""

    def start_connect(self) -> None:
        token = self._token()
        missing = [
            label
            for label, field in (
                (self.tr("server address"), self.url_field),
                (self.tr("organizer"), self.organizer_field),
                (self.tr("event"), self.event_field),
            )
            if not field.text().strip()
        ]
        if not token:
            missing.append(self.tr("API token"))
        if missing:
            self.show_error(self.tr("Please fill in: %1.").replace("%1", ", ".join(missing)))
            return
        job = jobs.ConnectJob(
            event_path=self.checkin_event.path,
            url=self.url_field.text().strip(),
            organizer=self.organizer_field.text().strip(),
            event=self.event_field.text().strip(),
            token=token,
            list_id=self.list_combo.currentData(),
            item_id=self.item_combo.currentData(),
        )
        clock = self.checkin_event.clock
        self._start(lambda: jobs.run_connect(job, clock), self._connected)

    def _connected(self, result) -> None:
        self._finish()
        if isinstance(result, jobs.Lists):
            self.list_combo.clear()
            for list_id, name in result.lists:
                self.list_combo.addItem(f"{list_id} – {name}", list_id)
            self.list_combo.setFocus()
            self.show_info(
                self.tr("The event has several check-in lists: choose one, then Connect.")
            )
            return
        self.token_field.clear()  # it is in the token file now, not in a widget
        self._fill_from_connection()
        self.refresh()
        self.show_info(
            self.tr("Connected: %1 – tickets on the list: %2. Next: Pull attendees.")
            .replace("%1", result.event_name)
            .replace("%2", str(result.positions))
        )
        self.connected.emit(result)

    # -- pull and push ------------------------------------------------------------------------
    def start_pull(self) -> None:
        path, clock = self.checkin_event.path, self.checkin_event.clock
        self._start(lambda progress: jobs.run_pull(path, clock, progress), self._pulled, True)

    def _pulled(self, report) -> None:
        self._finish()
        c = report.counts()
        self.show_info(
            self.tr(
                "Pulled – added: %1, updated: %2, cancelled: %3, restored: %4 (orders read: %5)."
            )
            .replace("%1", str(c["added"]))
            .replace("%2", str(c["updated"]))
            .replace("%3", str(c["cancelled"]))
            .replace("%4", str(c["restored"]))
            .replace("%5", str(c["orders"]))
        )
        self.pulled.emit(report)

    def start_push(self) -> None:
        path, clock = self.checkin_event.path, self.checkin_event.clock
        self._start(lambda progress: jobs.run_push(path, clock, progress), self._pushed, True)

    def _pushed(self, report) -> None:
        self._finish()
        text = (
            self.tr("Pushed to pretix – check-ins: %1, annulled: %2, refused: %3.")
            .replace("%1", str(report.pushed))
            .replace("%2", str(report.annulled))
            .replace("%3", str(len(report.refused)))
        )
        self.show_info(text)
        self.pushed.emit(report)

    # -- running jobs -------------------------------------------------------------------------
    def _start(self, fn, on_done, with_progress: bool = False) -> None:
        self.message.clear()
        self.progress.setRange(0, 0)  # busy until the first progress arrives
        self.progress.show()
        self.task = run_in_background(
            fn, on_done, self._failed, self._progress if with_progress else None
        )
        self.refresh()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.refresh()

    def _failed(self, exc: Exception) -> None:
        self._finish()
        self.show_error(error_text(exc))
        self.failed.emit(error_text(exc))

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet("")
        self.message.setText(text)

    def _categories_changed(self, count: int) -> None:
        self.show_info(
            self.tr("Category saved; guests changed with their product: %1.").replace(
                "%1", str(count)
            )
        )
