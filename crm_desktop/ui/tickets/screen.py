"""The service desk: queues (mine, unassigned, open, breached, resolved, all, and each team's), a new ticket,
a phone call, an e-mail dropped onto the screen (or opened), and the SLA watch that warns before a breach
and tells the team lead of an escalation."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CrmError
from ...services.eml import parse_eml
from ...services.service_setup import ServiceSetupService
from ...services.tickets import TicketService
from ..bus import ChangeBus
from ..common.errors import show_error
from ..common.layout_memory import remember_columns, remember_splitter
from ..tasks import TaskRunner
from .form import QuickCallDialog, TicketDialog
from .model import TicketQueueModel

SLA_CHECK_MS = 60_000


class TicketsScreen(QWidget):
    alert = Signal(str)  # an SLA warning, breach or escalation, for the tray and the status bar
    status = Signal(str)

    def __init__(self, service: TicketService, customers, tasks: TaskRunner, bus: ChangeBus, *,
                 suggestions_factory=None, now=None, parent=None):
        super().__init__(parent)
        self.setObjectName("ticketsScreen")
        self.service, self.customers, self.tasks, self.bus = service, customers, tasks, bus
        self.suggestions_factory = suggestions_factory
        self.now = now or (lambda: datetime.now(UTC).replace(tzinfo=None))
        self.setup = ServiceSetupService(service.db, service.actor, service.access)
        self.setAcceptDrops(True)

        self.queues = QListWidget()
        self.queues.setObjectName("ticketQueues")
        self.model = TicketQueueModel(tasks, self)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.model.counted.connect(lambda n: self.count.setText(self.tr("%n ticket(s)", "", n)))
        self.table = QTableView()
        self.table.setObjectName("ticketTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, width in enumerate((125, 0, 150, 70, 55, 65, 70, 85, 85)):
            if width:
                self.table.setColumnWidth(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        remember_columns(self.table, "tickets")
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.doubleClicked.connect(lambda index: self.open_ticket(self.model.row_value(index.row()).id))
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New ticket"))
        self.new_button.clicked.connect(lambda: self.new_ticket())
        self.call_button = QPushButton(self.tr("Phone call"))
        self.call_button.clicked.connect(self.phone_call)
        self.email_button = QPushButton(self.tr("From e-mail…"))
        self.email_button.clicked.connect(self._choose_email)
        self.hint = QLabel(self.tr("Drop an e-mail file (.eml) here to make a ticket of it."))
        self.hint.setStyleSheet("color: gray;")
        for button in (self.new_button, self.call_button, self.email_button):
            button.setEnabled(service.can("tickets", "create"))
        bar = QHBoxLayout()
        for widget in (self.new_button, self.call_button, self.email_button, self.hint):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.table, 1)
        splitter = QSplitter()
        remember_splitter(splitter, "tickets")
        splitter.addWidget(self.queues)
        splitter.addWidget(right)
        # The queue names are short: the list keeps its first width as the window grows and the tickets get the
        # rest (a width cap on the list alone left an empty strip beside it, taken from the subject column).
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([170, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, activated=self.new_ticket)
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, activated=self.phone_call)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table,
                  activated=lambda: self._open_current())
        self._fill_queues()
        self.queues.currentRowChanged.connect(lambda _row: self.reload())
        self.queues.setCurrentRow(0)
        bus.changed.connect(self._on_changes)
        self.watch = QTimer(self)
        self.watch.setInterval(SLA_CHECK_MS)
        self.watch.timeout.connect(self.check_sla)
        self.watch.start()

    def _fill_queues(self) -> None:
        entries = [("mine", self.tr("My tickets")), ("unassigned", self.tr("Unassigned")),
                   ("open", self.tr("All open")), ("breached", self.tr("SLA breached")),
                   ("resolved", self.tr("Resolved and closed")), ("work_orders", self.tr("My field visits")),
                   ("return_visits", self.tr("Return visits to make")),
                   ("all", self.tr("All tickets"))]
        entries += [(f"team:{t.id}", self.tr("Team: %1").replace("%1", t.name)) for t in self.setup.teams()]
        for key, text in entries:
            item = QListWidgetItem(text, self.queues)
            item.setData(Qt.ItemDataRole.UserRole, key)

    def queue(self) -> str:
        item = self.queues.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "mine"

    def reload(self) -> None:
        queue = self.queue()
        names = {s.code: s.name for s in self.setup.statuses()}
        self.model.load(lambda after, limit: self.service.window(queue, after=after, limit=limit),
                        lambda: self.service.count(queue), names)

    def _on_changes(self, changes) -> None:
        if changes.tickets:
            self.reload()

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.open_ticket(self.model.row_value(index.row()).id)

    # -- making and opening tickets ------------------------------------------------------------------
    def _suggestions(self):
        return self.suggestions_factory() if self.suggestions_factory else None

    def new_ticket(self, defaults: dict | None = None):
        dialog = TicketDialog(self.service, self.customers, suggestions=self._suggestions(), now=self.now,
                              defaults=defaults, parent=self)
        dialog.exec()
        self.bus.publish(dialog.changes)
        return dialog.ticket_id

    def open_ticket(self, ticket_id) -> None:
        dialog = TicketDialog(self.service, self.customers, ticket_id, now=self.now, parent=self)
        dialog.exec()
        self.bus.publish(dialog.changes)

    def phone_call(self) -> None:
        dialog = QuickCallDialog(self.service, self.customers, self)
        if dialog.exec():
            self.bus.publish(dialog.changes)

    def _choose_email(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open an e-mail"), "", self.tr("E-mail (*.eml)"))
        if path:
            self.import_emails([Path(path)])

    def import_emails(self, paths: list[Path]) -> list:
        """Each file becomes a ticket (or finds the one it made before); a file that is not an e-mail is
        reported by name and the others still go in."""
        made, problems = [], []
        for path in paths:
            try:
                draft = parse_eml(path.read_bytes())
                ticket_id, _created, changes = self.service.create_from_email(draft)
            except (OSError, CrmError) as exc:
                problems.append((path.name, exc))
                continue
            made.append(ticket_id)
            self.bus.publish(changes)
        if problems:
            from ..common.errors import error_message
            text = "\n".join(f"{name}: {error_message(exc) if isinstance(exc, CrmError) else exc}"
                             for name, exc in problems)
            self.alert.emit(text)
            QMessageBox.warning(self, self.tr("Some files were not imported"), text)
        if made:
            self.alert.emit(self.tr("%n ticket(s) from e-mail", "", len(made)))
        return made

    def dragEnterEvent(self, event) -> None:
        if any(url.toLocalFile().lower().endswith(".eml") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls()
                 if url.toLocalFile().lower().endswith(".eml")]
        if paths:
            event.acceptProposedAction()
            self.import_emails(paths)

    # -- SLA watch -----------------------------------------------------------------------------------
    def check_sla(self) -> None:
        if not self.service.can("tickets", "edit"):
            return
        now = self.now()
        self.tasks.submit(self.service.check_sla, now, on_done=self._on_alerts,
                          on_error=lambda exc: self.alert.emit(str(exc)))

    def _on_alerts(self, alerts) -> None:
        if not alerts:
            return
        me = self.service.actor.user_id
        for a in alerts:
            if a.kind == "warning":
                text = self.tr("SLA warning: %1 %2 is close to its resolution target")
            elif a.kind == "response_breach":
                text = self.tr("SLA breach: %1 %2 has had no first response in time")
            else:
                text = self.tr("Escalated: %1 %2 missed its resolution target") if a.lead_id != me else \
                    self.tr("Escalated to you: %1 %2 missed its resolution target")
            self.alert.emit(text.replace("%1", a.number).replace("%2", a.subject))
        self.reload()
