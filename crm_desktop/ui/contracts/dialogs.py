"""Small forms of the contracts screen: a new contract, an instalment, a payment, an invoice."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QSpinBox, QVBoxLayout)

from ...domain.errors import FieldError, ValidationError
from ...domain.money import parse_amount
from ..common.form import ValidatedForm
from ..common.unsaved import AsksBeforeDiscarding

METHODS = (("bank", QT_TRANSLATE_NOOP("payment", "Bank transfer")), ("cash", QT_TRANSLATE_NOOP("payment", "Cash")),
           ("cheque", QT_TRANSLATE_NOOP("payment", "Cheque")), ("alipay", QT_TRANSLATE_NOOP("payment", "Alipay")),
           ("wechat", QT_TRANSLATE_NOOP("payment", "WeChat Pay")),
           ("acceptance", QT_TRANSLATE_NOOP("payment", "Bank acceptance")),
           ("other", QT_TRANSLATE_NOOP("payment", "Other")))


def method_label(code: str) -> str:
    return QCoreApplication.translate("payment", dict(METHODS).get(code, code))


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ValuesDialog(AsksBeforeDiscarding, QDialog):
    """A form whose values() raises ValidationError; accept() keeps it open while the service refuses."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.layout_ = QFormLayout()
        self.form = ValidatedForm(self.layout_)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.submit = None  # callable(values) -> None, raising ValidationError / CrmError
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self.layout_)
        outer.addWidget(self.message)
        outer.addWidget(box)

    def amount(self, edit: QLineEdit, field: str = "amount") -> int:
        value = parse_amount(edit.text(), field=field)
        if isinstance(value, FieldError):
            raise ValidationError([value])
        return value

    def accept(self) -> None:
        from ...domain.errors import CrmError
        from ..common.errors import error_message
        self.form.clear_errors()
        self.message.setText("")
        try:
            self.submit(self.values())
        except ValidationError as exc:
            unplaced = self.form.show(exc)
            self.message.setText("\n".join(unplaced))
            return
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()

    def methods(self) -> QComboBox:
        combo = QComboBox()
        for code, label in METHODS:
            combo.addItem(QCoreApplication.translate("payment", label), code)
        return combo


class ContractDialog(ValuesDialog):
    def __init__(self, search, parent=None):
        """`search(text)` -> customers [(id, name)] matching what the user types."""
        super().__init__(self.tr("New contract"), parent)
        self._search = search
        self.kind = self.form.add("kind", self.tr("Kind"), QComboBox())
        self.kind.addItem(self.tr("Contract"), "contract")
        self.kind.addItem(self.tr("Order"), "order")
        self.customer = self.form.add("customer_id", self.tr("Customer"), QComboBox())
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.lineEdit().setPlaceholderText(self.tr("Type to search customers…"))
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._find)
        self.customer.lineEdit().textEdited.connect(lambda _t: self._timer.start())
        self.title = self.form.add("title", self.tr("Title"), QLineEdit())
        self.amount_edit = self.form.add("amount", self.tr("Amount"), QLineEdit())
        today = date.today()
        self.signed = self.form.add("signed_on", self.tr("Signed on"), _date_edit(today))
        self.starts = self.form.add("starts_on", self.tr("Starts on"), _date_edit(today))
        self.ends = self.form.add("ends_on", self.tr("Ends on"), _date_edit(today + timedelta(days=365)))
        self.notes = self.form.add("notes", self.tr("Terms"), QLineEdit())

    def _find(self) -> None:
        text = self.customer.currentText().strip()
        if not text:
            return
        found = self._search(text)
        self.customer.blockSignals(True)
        self.customer.clear()
        for cid, name in found:
            self.customer.addItem(name, cid.hex)
        self.customer.setEditText(text)
        self.customer.blockSignals(False)
        if found:
            self.customer.showPopup()

    def values(self) -> dict:
        data = self.customer.currentData()
        if not data or self.customer.currentText() != self.customer.itemText(self.customer.currentIndex()):
            raise ValidationError([FieldError("customer_id", "required")])
        return {"kind": self.kind.currentData(), "customer_id": uuid.UUID(data), "title": self.title.text(),
                "amount": self.amount(self.amount_edit), "signed_on": self.signed.date().toPython(),
                "starts_on": self.starts.date().toPython(), "ends_on": self.ends.date().toPython(),
                "notes": self.notes.text()}


class PlanDialog(ValuesDialog):
    def __init__(self, left: int, parent=None):
        super().__init__(self.tr("Add instalment"), parent)
        self.amount_edit = self.form.add("amount", self.tr("Amount"), QLineEdit())
        self.amount_edit.setPlaceholderText(self.tr("at most %1").replace("%1", f"{left / 100:,.2f}"))
        self.due = self.form.add("due_on", self.tr("Due on"), _date_edit(date.today() + timedelta(days=30)))
        self.method = self.form.add("method", self.tr("Method"), self.methods())
        self.remind = self.form.add("remind_days", self.tr("Remind days before"), QSpinBox())
        self.remind.setRange(0, 365)
        self.remind.setValue(3)

    def values(self) -> dict:
        return {"amount": self.amount(self.amount_edit), "due_on": self.due.date().toPython(),
                "method": self.method.currentData(), "remind_days": self.remind.value()}


class PaymentDialog(ValuesDialog):
    def __init__(self, plans: list, parent=None):
        super().__init__(self.tr("Record payment"), parent)
        self.plan = self.form.add("plan_id", self.tr("Instalment"), QComboBox())
        self.plan.addItem(self.tr("(the contract, no instalment)"), "")
        for plan in plans:
            if not plan.void and plan.open:
                self.plan.addItem(self.tr("Instalment %1 · open %2").replace("%1", str(plan.instalment))
                                  .replace("%2", f"{plan.open / 100:,.2f}"), plan.id.hex)
        if self.plan.count() > 1:
            self.plan.setCurrentIndex(1)
        self.amount_edit = self.form.add("amount", self.tr("Amount"), QLineEdit())
        self.received = self.form.add("received_on", self.tr("Received on"), _date_edit(date.today()))
        self.method = self.form.add("method", self.tr("Method"), self.methods())
        self.reference = self.form.add("reference", self.tr("Reference"), QLineEdit())
        self.overpayment = self.form.add("overpayment", self.tr("Overpayment"),
                                         QCheckBox(self.tr("More than is open, on purpose")))

    def values(self) -> dict:
        plan = self.plan.currentData()
        return {"plan_id": uuid.UUID(plan) if plan else None, "amount": self.amount(self.amount_edit),
                "received_on": self.received.date().toPython(), "method": self.method.currentData(),
                "reference": self.reference.text(), "overpayment": self.overpayment.isChecked()}


class InvoiceDialog(ValuesDialog):
    def __init__(self, default_title: str, credit_code: str, payments: list, parent=None):
        super().__init__(self.tr("Add invoice"), parent)
        self.title_type = self.form.add("title_type", self.tr("Title type"), QComboBox())
        self.title_type.addItem(self.tr("Company"), "company")
        self.title_type.addItem(self.tr("Individual"), "individual")
        self.title = self.form.add("title", self.tr("Invoice title"), QLineEdit(default_title))
        self.tax_number = self.form.add("tax_number", self.tr("Tax number"), QLineEdit(credit_code))
        self.amount_edit = self.form.add("amount", self.tr("Amount"), QLineEdit())
        self.payments = payments

    def values(self) -> dict:
        return {"title_type": self.title_type.currentData(), "title": self.title.text(),
                "tax_number": self.tax_number.text(), "amount": self.amount(self.amount_edit),
                "payment_ids": [p.id for p in self.payments]}
