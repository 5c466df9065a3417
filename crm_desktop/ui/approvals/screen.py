"""My approvals: requests waiting for a decision at my step (approve, or reject with a comment), and the
requests I submitted with where they stand."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...domain.errors import CrmError, ValidationError
from ...domain.times import local_time
from ...services.approvals import ApprovalService
from ..bus import ChangeBus
from ..common.errors import error_message
from ..sales import words
from ..tasks import when_alive

ENTITIES = {"contract": QT_TRANSLATE_NOOP("approvals", "Contract"),
            "receivable_plan": QT_TRANSLATE_NOOP("approvals", "Receivable instalment"),
            "invoice": QT_TRANSLATE_NOOP("approvals", "Invoice"),
            "quote": QT_TRANSLATE_NOOP("approvals", "Quote discount")}
STATUSES = {"pending": QT_TRANSLATE_NOOP("approvals", "Pending"),
            "approved": QT_TRANSLATE_NOOP("approvals", "Approved"),
            "rejected": QT_TRANSLATE_NOOP("approvals", "Rejected"),
            "cancelled": QT_TRANSLATE_NOOP("approvals", "Withdrawn")}


def _t(table: dict, code: str) -> str:
    return QCoreApplication.translate("approvals", table.get(code, code))


def _amount(item) -> str:
    """Money, or for a quote's discount its percentage."""
    return f"{item.amount}%" if item.entity == "quote" else words.money(item.amount)


class ApprovalsScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: ApprovalService, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("approvalsScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        headers = [self.tr("Kind"), self.tr("Summary"), self.tr("Amount"), self.tr("Step"), self.tr("Requested by"),
                   self.tr("Requested")]
        self.inbox = self._table("approvalInbox", headers)
        self.mine = self._table("myRequests", [self.tr("Kind"), self.tr("Summary"), self.tr("Amount"),
                                               self.tr("Status"), self.tr("Decisions")])
        self.comment = QLineEdit()
        self.comment.setObjectName("approvalComment")
        self.comment.setPlaceholderText(self.tr("Comment (required to reject)"))
        self.approve_button = QPushButton(self.tr("&Approve"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(lambda: self.decide("approved"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setObjectName("rejectButton")
        self.reject_button.clicked.connect(lambda: self.decide("rejected"))
        for button in (self.approve_button, self.reject_button):
            button.setEnabled(service.can("approvals", "approve"))
        self.message = QLabel()
        self.message.setObjectName("approvalMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.comment, 1)
        row.addWidget(self.approve_button)
        row.addWidget(self.reject_button)
        inbox_page = QWidget()
        inbox_layout = QVBoxLayout(inbox_page)
        inbox_layout.addWidget(self.inbox, 1)
        inbox_layout.addLayout(row)
        inbox_layout.addWidget(self.message)
        self.tabs = QTabWidget()
        self.tabs.addTab(inbox_page, self.tr("Waiting for me"))
        self.tabs.addTab(self.mine, self.tr("My requests"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        bus.changed.connect(lambda changes: self.refresh() if changes.approvals and self.isVisible() else None)

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        service = self.service
        self.tasks.submit(lambda: (service.inbox(), service.mine()), on_done=self._show,
                          on_error=lambda exc: self.message.setText(error_message(exc)))

    @when_alive
    def _show(self, result) -> None:
        inbox, mine = result
        self.inbox.setRowCount(len(inbox))
        for r, item in enumerate(inbox):
            cells = (_t(ENTITIES, item.entity), item.summary, _amount(item),
                     f"{item.step + 1} / {len(item.steps)}", item.requested_by, local_time(item.requested_at))
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if c == 0:
                    cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.inbox.setItem(r, c, cell)
        self.mine.setRowCount(len(mine))
        for r, item in enumerate(mine):
            decisions = "; ".join(f"{who}: {_t(STATUSES, decision)} {comment}".strip()
                                  for _s, decision, comment, who, _w in item.decisions)
            for c, text in enumerate((_t(ENTITIES, item.entity), item.summary, _amount(item),
                                      _t(STATUSES, item.status), decisions)):
                self.mine.setItem(r, c, QTableWidgetItem(text))
        self.tabs.setTabText(0, self.tr("Waiting for me (%1)").replace("%1", str(len(inbox))))

    def decide(self, decision: str) -> None:
        rows = {i.row() for i in self.inbox.selectedIndexes()}
        if not rows:
            self.message.setText(self.tr("Choose a request first."))
            return
        try:
            changes = None
            for row in sorted(rows):
                request_id = self.inbox.item(row, 0).data(Qt.ItemDataRole.UserRole)
                done = self.service.decide(request_id, decision, self.comment.text())
                changes = done if changes is None else changes | done
        except (CrmError, ValidationError) as exc:
            self.message.setText(error_message(exc))
            return
        self.comment.clear()
        self.message.setText(self.tr("Approved.") if decision == "approved" else self.tr("Rejected."))
        self.bus.publish(changes)
        self.refresh()
