"""Leads (线索): my leads and the lead pool; new lead, claim, assign, and conversion into customer + contact +
opportunity with the existing customers it may be shown first."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMenu, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout,
                               QWidget)

from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.money import parse_amount
from ...services.leads import LeadService
from ..bus import ChangeBus
from ..common.errors import error_message, show_error
from ..common.form import ValidatedForm
from ..common.unsaved import AsksBeforeDiscarding


def _each(write, ids, values):
    changes = None
    for row_id in ids:
        done = write(row_id, values)
        changes = done if changes is None else changes | done
    return changes

STATUS = {"new": QT_TRANSLATE_NOOP("leads", "New"), "contacted": QT_TRANSLATE_NOOP("leads", "Contacted"),
          "qualified": QT_TRANSLATE_NOOP("leads", "Qualified"), "converted": QT_TRANSLATE_NOOP("leads", "Converted"),
          "invalid": QT_TRANSLATE_NOOP("leads", "Invalid")}
REASONS = {"name": QT_TRANSLATE_NOOP("leads", "same name"), "phone": QT_TRANSLATE_NOOP("leads", "same phone"),
           "email": QT_TRANSLATE_NOOP("leads", "same e-mail")}


def _t(table: dict, code: str) -> str:
    return QCoreApplication.translate("leads", table.get(code, code))


class LeadDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, sources: list[str], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New lead"))
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.company = self.form.add("company", self.tr("Company"), QLineEdit())
        self.title_edit = self.form.add("title", self.tr("Title"), QLineEdit())
        self.phone = self.form.add("phone", self.tr("Phone"), QLineEdit())
        self.email = self.form.add("email", self.tr("Email"), QLineEdit())
        self.source = self.form.add("source", self.tr("Source"), QComboBox())
        self.source.setEditable(True)
        self.source.addItems([""] + sources)
        self.province = self.form.add("province", self.tr("Province"), QLineEdit())
        self.city = self.form.add("city", self.tr("City"), QLineEdit())
        self.pool = QCheckBox(self.tr("Put it in the lead pool"))
        layout.addRow("", self.pool)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.message)
        outer.addWidget(box)
        self.submit = None

    def values(self) -> dict:
        return {"name": self.name.text(), "company": self.company.text(), "title": self.title_edit.text(),
                "phone": self.phone.text(), "email": self.email.text(), "source": self.source.currentText(),
                "province": self.province.text(), "city": self.city.text()}

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.submit(self.values(), self.pool.isChecked())
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show(exc)))
            return
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()


class ConvertDialog(QDialog):
    """Which customer the lead becomes (a new one, or one of the existing customers it may be) and whether an
    opportunity comes with it."""

    def __init__(self, lead, candidates, parent=None):
        super().__init__(parent)
        self.setObjectName("convertDialog")
        self.setWindowTitle(self.tr("Convert lead: %1").replace("%1", lead.name))
        self.choices = QListWidget()
        self.choices.setObjectName("customerChoices")
        new = QListWidgetItem(self.tr("A new customer: %1").replace("%1", lead.company or lead.name), self.choices)
        new.setData(Qt.ItemDataRole.UserRole, None)
        for c in candidates:
            item = QListWidgetItem(self.tr("Existing: %1 (%2)").replace("%1", c.name).replace(
                "%2", "、".join(_t(REASONS, r) for r in c.reasons)), self.choices)
            item.setData(Qt.ItemDataRole.UserRole, c.customer_id)
        self.choices.setCurrentRow(1 if candidates else 0)  # a likely duplicate is the safer default
        self.with_opportunity = QCheckBox(self.tr("Create an opportunity"))
        self.with_opportunity.setChecked(True)
        self.opportunity_name = QLineEdit(lead.company or lead.name)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        form = QFormLayout()
        form.addRow(self.with_opportunity)
        form.addRow(self.tr("Opportunity"), self.opportunity_name)
        form.addRow(self.tr("Amount"), self.amount)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The lead becomes:")))
        layout.addWidget(self.choices)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(box)

    def choice(self):
        item = self.choices.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def opportunity(self) -> dict | None:
        if not self.with_opportunity.isChecked():
            return None
        amount = parse_amount(self.amount.text())
        if isinstance(amount, FieldError):
            raise ValidationError([amount])
        return {"name": self.opportunity_name.text(), "amount": amount}


class LeadsScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: LeadService, sources, bus: ChangeBus, parent=None):
        """`sources()`: the lead sources to offer (the administrators' classification list)."""
        super().__init__(parent)
        self.setObjectName("leadsScreen")
        self.service, self.sources, self.bus = service, sources, bus
        self.mine = self._table("myLeads")
        self.pool = self._table("leadPool")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mine, self.tr("My leads"))
        self.tabs.addTab(self.pool, self.tr("Lead pool"))
        buttons = []
        for name, text, slot, allowed in (
                ("newLead", self.tr("&New lead…"), self.new_lead, service.can("leads", "create")),
                ("claimLead", self.tr("&Claim"), self.claim, service.can("leads", "claim")),
                ("assignLead", self.tr("&Assign…"), self.assign, service.can("leads", "administer")),
                ("convertLead", self.tr("C&onvert…"), self.convert, service.can("leads", "edit"))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(allowed)
            buttons.append(button)
        self.status_button = QPushButton(self.tr("Mark as"))
        self.status_button.setObjectName("leadStatus")
        status_menu = QMenu(self.status_button)
        for code in ("contacted", "qualified", "invalid", "new"):
            status_menu.addAction(_t(STATUS, code), lambda c=code: self.mark(c))
        self.status_button.setMenu(status_menu)
        self.status_button.setEnabled(service.can("leads", "edit"))
        buttons.append(self.status_button)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        self.message = QLabel()
        self.message.setObjectName("leadMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        bus.changed.connect(lambda changes: self.refresh() if changes.leads and self.isVisible() else None)

    def _table(self, name: str) -> QTableWidget:
        table = QTableWidget(0, 8)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Company"), self.tr("Phone"), self.tr("Email"),
                                         self.tr("Source"), self.tr("Region"), self.tr("Status"), self.tr("Owner")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            self._fill(self.mine, self.service.leads())
            self._fill(self.pool, self.service.leads(pool=True) if self.service.can("leads", "claim") else [])
        except CrmError as exc:
            show_error(self, exc)

    def _fill(self, table: QTableWidget, leads) -> None:
        table.setRowCount(len(leads))
        for r, lead in enumerate(leads):
            cells = (lead.name, lead.company, lead.phone, lead.email, lead.source, f"{lead.province}{lead.city}",
                     _t(STATUS, lead.status), lead.owner_name)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, lead)
                table.setItem(r, c, item)

    def _selected(self):
        table = self.tabs.currentWidget()
        rows = sorted({i.row() for i in table.selectedIndexes()})
        return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]

    def _do(self, write, text: str) -> bool:
        try:
            changes = write()
        except (CrmError, ValidationError) as exc:
            show_error(self, exc)
            return False
        self.bus.publish(changes)
        self.message.setText(text)
        self.refresh()
        return True

    def new_lead(self) -> None:
        dialog = LeadDialog(self.sources(), self)

        def submit(values, to_pool):
            self.bus.publish(self.service.create(values, to_pool=to_pool)[1])
            self.refresh()
        dialog.submit = submit
        dialog.exec()

    def mark(self, status: str) -> None:
        leads = [lead for lead in self._selected() if lead.status != "converted"]
        if leads:
            self._do(lambda: _each(self.service.update, [lead.id for lead in leads], {"status": status}),
                     self.tr("Status changed."))

    def claim(self) -> None:
        leads = self._selected()
        if leads:
            self._do(lambda: self.service.claim([lead.id for lead in leads]), self.tr("Claimed."))

    def assign(self) -> None:
        leads = self._selected()
        if not leads:
            return
        login, ok = QInputDialog.getText(self, self.tr("Assign"), self.tr("Owner's sign-in name (empty: the pool):"))
        if not ok:
            return
        owner = self.service.user_id_of(login.strip()) if login.strip() else None
        if login.strip() and owner is None:
            self.message.setText(self.tr("No such user: %1").replace("%1", login))
            return
        self._do(lambda: self.service.assign([lead.id for lead in leads], owner), self.tr("Assigned."))

    def convert(self) -> None:
        leads = self._selected()
        if len(leads) != 1:
            self.message.setText(self.tr("Choose one lead to convert."))
            return
        lead = leads[0]
        dialog = ConvertDialog(lead, self.service.candidates(lead.id), self)
        while dialog.exec():
            try:
                done = self.service.convert(lead.id, customer_id=dialog.choice(), opportunity=dialog.opportunity())
            except (CrmError, ValidationError) as exc:
                dialog.message.setText(error_message(exc))
                continue
            self.bus.publish(done.changes)
            self.message.setText(self.tr("Converted."))
            self.refresh()
            return
