"""The contracts screen: every order and contract with % collected and what is overdue, the receivables
aging, and for the chosen contract its instalments, payments, invoices, files, approvals and PDF."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from ...domain.errors import CrmError
from ...domain.times import local_time
from ...services.approvals import ApprovalService
from ...services.contracts import ContractService
from ...services.receivables import ReceivableService
from ..bus import ChangeBus
from ..common.drill_bar import DrillBar
from ..common.errors import show_error
from ..common.layout_memory import remember_splitter
from ..sales import words
from ..tasks import when_alive
from .dialogs import ContractDialog, InvoiceDialog, PaymentDialog, PlanDialog, method_label

PLAN_STATUS = {"pending": QT_TRANSLATE_NOOP("ContractsScreen", "Pending"),
               "partly_paid": QT_TRANSLATE_NOOP("ContractsScreen", "Partly paid"),
               "paid": QT_TRANSLATE_NOOP("ContractsScreen", "Paid"),
               "overdue": QT_TRANSLATE_NOOP("ContractsScreen", "Overdue"),
               "void": QT_TRANSLATE_NOOP("ContractsScreen", "Void")}


def _table(name: str, headers: list[str], stretch: tuple[int, ...] | None = None) -> QTableWidget:
    """A read-only list. `stretch`: the columns that share the spare width (the others fit what they hold), so
    a contract number or a company name is not cut while a status column sits half empty; None: all share."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    if stretch is None:
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    else:
        for column in range(len(headers)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column in stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().hide()
    return table


def _fill(table: QTableWidget, rows: list[tuple], ids: list) -> None:
    table.setRowCount(len(rows))
    for r, (cells, row_id) in enumerate(zip(rows, ids, strict=True)):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, row_id)
            table.setItem(r, c, item)


class ContractsScreen(QWidget):
    status = Signal(str)
    task_requested = Signal(object, str)  # contract id, its label

    def __init__(self, contracts: ContractService, customers, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("contractsScreen")
        self.contracts, self.customers, self.tasks, self.bus = contracts, customers, tasks, bus
        self.receivables = ReceivableService(contracts.db, contracts.actor, contracts.access)
        self.approvals = ApprovalService(contracts.db, contracts.actor, contracts.access)
        self.contract_id: uuid.UUID | None = None
        self.new_button = QPushButton(self.tr("&New contract"))
        self.new_button.setObjectName("newContract")
        self.new_button.clicked.connect(self.new_contract)
        self.new_button.setEnabled(contracts.can("contracts", "create"))
        self.aging = QLabel()
        self.aging.setObjectName("agingLabel")
        self.aging.setWordWrap(True)
        # A dashboard figure's drill-down (contracts signed in a period, ...), said and undone here.
        self.drill: dict = {}
        self.drill_bar = DrillBar()
        self.drill_label, self.drill_clear = self.drill_bar.label, self.drill_bar.clear_button
        self.drill_bar.cleared.connect(lambda: self.set_drill({}, ""))
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addWidget(self.aging, 1)
        top.addWidget(self.drill_bar)
        self.list = _table("contractTable", [self.tr("Number"), self.tr("Title"), self.tr("Customer"),
                                             self.tr("Amount"), self.tr("Received"), self.tr("Collected"),
                                             self.tr("Overdue"), self.tr("Signed"), self.tr("Status"),
                                             self.tr("Owner")], stretch=(1, 2))
        self.list.itemSelectionChanged.connect(self._selected)

        self.title = QLabel()
        self.title.setObjectName("contractTitle")
        self.plans = _table("planTable", [self.tr("Instalment"), self.tr("Amount"), self.tr("Due on"),
                                          self.tr("Method"), self.tr("Received"), self.tr("Status")])
        self.payments = _table("paymentTable", [self.tr("Received on"), self.tr("Amount"), self.tr("Instalment"),
                                                self.tr("Method"), self.tr("Reference")], stretch=(4,))
        self.invoices = _table("invoiceTable", [self.tr("Number"), self.tr("Title"), self.tr("Tax number"),
                                                self.tr("Amount"), self.tr("Status")], stretch=(1,))
        self.files = _table("fileTable", [self.tr("File"), self.tr("Size")], stretch=(0,))
        self.files.doubleClicked.connect(lambda index: self.save_file(
            self.files.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)))
        self.approval_view = _table("approvalHistory", [self.tr("Requested"), self.tr("Status"), self.tr("Decisions")],
                                    stretch=(2,))
        self.add_plan_button = QPushButton(self.tr("Add instalment…"))
        self.add_plan_button.setObjectName("addPlan")
        self.add_plan_button.clicked.connect(self.add_plan)
        self.pay_button = QPushButton(self.tr("Record payment…"))
        self.pay_button.setObjectName("recordPayment")
        self.pay_button.clicked.connect(self.record_payment)
        self.invoice_button = QPushButton(self.tr("Add invoice…"))
        self.invoice_button.setObjectName("addInvoice")
        self.invoice_button.clicked.connect(self.add_invoice)
        self.issue_button = QPushButton(self.tr("Issue invoice"))
        self.issue_button.setObjectName("issueInvoice")
        self.issue_button.clicked.connect(self.issue_invoice)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setObjectName("attachFile")
        self.attach_button.clicked.connect(self.attach)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("contractStatus")
        for code in ("draft", "active", "completed", "terminated"):
            self.status_combo.addItem(self._status(code), code)
        self.status_combo.activated.connect(lambda _i: self.set_status(self.status_combo.currentData()))
        self.task_button = QPushButton(self.tr("New task…"))
        self.task_button.setObjectName("contractTask")
        self.task_button.clicked.connect(lambda: self.task_requested.emit(
            self.detail.id, f"{self.detail.number} {self.detail.title}"))
        self.pdf_button = QPushButton(self.tr("Contract PDF…"))
        self.pdf_button.setObjectName("contractPdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        actions = QHBoxLayout()
        for b in (self.status_combo, self.add_plan_button, self.pay_button, self.invoice_button, self.issue_button,
                  self.attach_button, self.task_button, self.pdf_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.plans, self.tr("Receivable plan"))
        self.tabs.addTab(self.payments, self.tr("Payments"))
        self.tabs.addTab(self.invoices, self.tr("Invoices"))
        self.tabs.addTab(self.files, self.tr("Files"))
        self.tabs.addTab(self.approval_view, self.tr("Approvals"))
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.title)
        detail_layout.addLayout(actions)
        detail_layout.addWidget(self.tabs)
        split = QSplitter(Qt.Orientation.Vertical)
        remember_splitter(split, "contracts")
        split.addWidget(self.list)
        split.addWidget(detail)
        split.setSizes([380, 320])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._show_detail(None)
        bus.changed.connect(self._on_changes)
        self._loaded = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def _on_changes(self, changes) -> None:
        if (changes.contracts or changes.receivables or changes.approvals) and self._loaded:
            self.refresh()

    # -- loading -------------------------------------------------------------------------------------
    def set_drill(self, values: dict, label: str) -> None:
        """Narrow the list by ContractService.rows' drill keys, with `label` beside "Show all"."""
        self.drill = {k: v for k, v in values.items() if k in self.contracts.DRILL_KEYS and v is not None}
        self.drill_bar.show_drill(label, bool(self.drill))
        self._loaded = True
        self.refresh()

    def refresh(self) -> None:
        contracts, receivables, drill = self.contracts, self.receivables, dict(self.drill)

        def read():
            return contracts.rows(date.today(), **drill), receivables.aging(date.today())
        self.tasks.submit(read, on_done=self._loaded_rows, on_error=lambda exc: show_error(self, exc))

    @when_alive
    def _loaded_rows(self, result) -> None:
        rows, aging = result
        self.rows = rows
        _fill(self.list, [(r.number, r.title, r.customer_name, words.money(r.amount, r.currency),
                           words.money(r.received, r.currency), f"{r.collected_percent:.1f}%",
                           words.money(r.overdue, r.currency) if r.overdue else "",
                           r.signed_on.isoformat() if r.signed_on else "", self._status(r.status), r.owner_name)
                          for r in rows], [r.id for r in rows])
        names = {"not_due": self.tr("not due"), "1_30": self.tr("1-30 days"), "31_60": self.tr("31-60 days"),
                 "61_90": self.tr("61-90 days"), "over_90": self.tr("over 90 days")}
        self.aging.setText(self.tr("Receivables aging: %1").replace("%1", " · ".join(
            f"{names[k]} {words.money_totals(v)}" for k, v in aging.items())))
        if self.contract_id is not None:
            index = next((i for i, r in enumerate(rows) if r.id == self.contract_id), None)
            if index is not None:
                self.list.selectRow(index)
                self._show_detail(self.contract_id)

    def _status(self, code: str) -> str:
        return {"draft": self.tr("Draft"), "pending": self.tr("Awaiting approval"), "active": self.tr("Active"),
                "completed": self.tr("Completed"), "terminated": self.tr("Terminated")}.get(code, code)

    def _selected(self) -> None:
        rows = {i.row() for i in self.list.selectedIndexes()}
        if len(rows) == 1:
            self.contract_id = self.list.item(rows.pop(), 0).data(Qt.ItemDataRole.UserRole)
            self._show_detail(self.contract_id)

    def _show_detail(self, contract_id) -> None:
        for button in (self.add_plan_button, self.pay_button, self.invoice_button, self.issue_button,
                       self.attach_button, self.pdf_button, self.status_combo, self.task_button):
            button.setEnabled(contract_id is not None)
        if contract_id is None:
            self.title.setText(self.tr("Choose a contract to see its receivables."))
            return
        try:
            self.detail = c = self.contracts.get(contract_id)
            plans = self.receivables.plans(contract_id)
            payments = self.receivables.payments(contract_id)
            invoices = self.receivables.invoices(contract_id)
            requests = self.approvals.requests_of("contract", contract_id)
        except CrmError as exc:
            show_error(self, exc)
            return
        self.plans_now, self.payments_now = plans, payments
        self.status_combo.blockSignals(True)
        index = self.status_combo.findData(c.status)
        self.status_combo.setCurrentIndex(index)
        self.status_combo.setEnabled(c.status != "pending")  # awaiting approval: the approvers decide
        self.status_combo.blockSignals(False)
        self.title.setText(f"<b>{c.number}</b> {c.title} · {c.customer_name} · "
                           f"{words.money(c.received, c.currency)} / {words.money(c.amount, c.currency)}"
                           + (" · " + self.tr("awaiting approval") if c.status == "pending" else ""))
        plan_status = {k: self.tr(v) for k, v in PLAN_STATUS.items()}
        _fill(self.plans, [(str(p.instalment), words.money(p.amount, c.currency), p.due_on.isoformat(),
                            method_label(p.method), words.money(p.received, c.currency),
                            plan_status.get(p.status, p.status) + (" 🔒" if p.locked else "")) for p in plans],
              [p.id for p in plans])
        by_plan = {p.id: p.instalment for p in plans}
        _fill(self.payments, [(p.received_on.isoformat(), words.money(p.amount, c.currency),
                               str(by_plan.get(p.plan_id, "")), method_label(p.method), p.reference) for p in payments],
              [p.id for p in payments])
        _fill(self.invoices, [(i.number, i.title, i.tax_number, words.money(i.amount, c.currency), i.status)
                              for i in invoices], [i.id for i in invoices])
        _fill(self.files, [(name, f"{size / 1024:.1f} KB") for _id, name, size in c.attachments],
              [a[0] for a in c.attachments])
        _fill(self.approval_view, [(f"{local_time(r.requested_at)} {r.requested_by}", r.status,
                                    "; ".join(f"{who}: {decision} {comment}".strip()
                                              for _s, decision, comment, who, _w in r.decisions)) for r in requests],
              [r.id for r in requests])

    # -- actions -------------------------------------------------------------------------------------
    def set_status(self, status: str) -> None:
        try:
            self._publish(self.contracts.set_status(self.detail.id, status), self.tr("Status changed."))
        except CrmError as exc:
            show_error(self, exc)
            self._show_detail(self.detail.id)

    def _publish(self, changes, text: str) -> None:
        self.bus.publish(changes)
        self.status.emit(text)

    def new_contract(self) -> None:
        dialog = ContractDialog(lambda text: [(r.id, r.name) for r in self.customers.search(text, limit=20)], self)

        def submit(values):
            self.contract_id, changes = self.contracts.create(values)
            self._publish(changes, self.tr("Contract saved."))
        dialog.submit = submit
        dialog.exec()

    def add_plan(self) -> None:
        c = self.detail
        left = c.amount - sum(p.amount for p in self.plans_now if not p.void)
        dialog = PlanDialog(left, self)
        dialog.submit = lambda values: self._publish(self.receivables.add_plan(c.id, values)[1],
                                                     self.tr("Instalment added."))
        dialog.exec()

    def record_payment(self) -> None:
        c = self.detail
        dialog = PaymentDialog(self.plans_now, self)
        dialog.submit = lambda values: self._publish(self.receivables.record_payment(c.id, values)[1],
                                                     self.tr("Payment recorded."))
        dialog.exec()

    def add_invoice(self) -> None:
        c = self.detail
        credit = self.customers.get(c.customer_id).credit_code
        dialog = InvoiceDialog(c.customer_name, credit, self.payments_now, self)
        dialog.submit = lambda values: self._publish(self.receivables.add_invoice(c.id, values)[1],
                                                     self.tr("Invoice added."))
        dialog.exec()

    def issue_invoice(self) -> None:
        rows = {i.row() for i in self.invoices.selectedIndexes()}
        if len(rows) != 1:
            self.status.emit(self.tr("Choose the invoice to issue."))
            return
        invoice_id = self.invoices.item(rows.pop(), 0).data(Qt.ItemDataRole.UserRole)
        try:
            self._publish(self.receivables.issue_invoice(invoice_id), self.tr("Invoice issued."))
        except CrmError as exc:
            show_error(self, exc)

    def attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if path:
            self.attach_path(path)

    def attach_path(self, path: str) -> None:
        try:
            self._publish(self.contracts.attach(self.detail.id, path)[1], self.tr("File attached."))
        except (CrmError, OSError) as exc:
            show_error(self, exc)

    def save_file(self, attachment_id) -> None:
        name, data = self.contracts.attachment(attachment_id)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save file"), name)
        if path:
            with open(path, "wb") as out:
                out.write(data)

    def save_pdf(self) -> None:
        c = self.detail
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), f"{c.number}.pdf", self.tr("PDF (*.pdf)"))
        if path:
            self.write_pdf(path)

    def write_pdf(self, path: str) -> None:
        try:
            data = self.contracts.pdf(self.detail.id)
            with open(path, "wb") as out:
                out.write(data)
        except (CrmError, OSError) as exc:
            show_error(self, exc)
            return
        self.status.emit(self.tr("Saved %1").replace("%1", path))
