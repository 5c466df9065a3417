"""Marketing automation rules (营销自动化): the rules list, an editor (trigger, condition, action and its
parameters), "Run now" (in the background) and the audit of what the rules did."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.errors import CrmError, ValidationError
from ...domain.times import local_time
from ...services.automation import AutomationService, RuleItem
from ..common.errors import show_error

TRIGGERS = {"lead_created": QT_TRANSLATE_NOOP("AutomationScreen", "A lead is created"),
            "segment_entered": QT_TRANSLATE_NOOP("AutomationScreen", "A customer enters a segment"),
            "opportunity_stage_changed": QT_TRANSLATE_NOOP("AutomationScreen", "An opportunity changes stage")}
ACTIONS = {"assign_owner": QT_TRANSLATE_NOOP("AutomationScreen", "Assign an owner"),
           "create_task": QT_TRANSLATE_NOOP("AutomationScreen", "Create a task"),
           "add_to_campaign": QT_TRANSLATE_NOOP("AutomationScreen", "Add to a campaign"),
           "send_email": QT_TRANSLATE_NOOP("AutomationScreen", "Send a template e-mail")}
STATUSES = {"done": QT_TRANSLATE_NOOP("AutomationScreen", "Done"),
            "skipped": QT_TRANSLATE_NOOP("AutomationScreen", "Skipped"),
            "failed": QT_TRANSLATE_NOOP("AutomationScreen", "Failed")}


def _t(text: str) -> str:
    return QCoreApplication.translate("AutomationScreen", text)


class RuleEditor(QDialog):
    """A rule's fields. Condition and parameters are JSON objects (e.g. {"source": "展会"} and
    {"owner_id": "…"}); the hint under them names what each trigger and action reads."""

    def __init__(self, rule: RuleItem | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("ruleEditor")
        self.setWindowTitle(self.tr("Automation rule"))
        self.name = QLineEdit(rule.name if rule else "")
        self.name.setObjectName("ruleName")
        self.trigger = QComboBox()
        self.trigger.setObjectName("ruleTrigger")
        for code, text in TRIGGERS.items():
            self.trigger.addItem(_t(text), code)
        self.action = QComboBox()
        self.action.setObjectName("ruleAction")
        for code, text in ACTIONS.items():
            self.action.addItem(_t(text), code)
        self.condition = QPlainTextEdit(json.dumps(rule.condition if rule else {}, ensure_ascii=False))
        self.condition.setObjectName("ruleCondition")
        self.params = QPlainTextEdit(json.dumps(rule.params if rule else {}, ensure_ascii=False))
        self.params.setObjectName("ruleParams")
        self.active = QCheckBox(self.tr("Active"))
        self.active.setObjectName("ruleActive")
        self.active.setChecked(rule.active if rule else True)
        self.position = QSpinBox()
        self.position.setObjectName("rulePosition")
        self.position.setRange(0, 9999)
        self.position.setValue(rule.position if rule else 0)
        if rule:
            self.trigger.setCurrentIndex(self.trigger.findData(rule.trigger))
            self.action.setCurrentIndex(self.action.findData(rule.action))
        self.hint = QLabel()
        self.hint.setObjectName("ruleHint")
        self.hint.setWordWrap(True)
        self.trigger.currentIndexChanged.connect(self._hint)
        self.action.currentIndexChanged.connect(self._hint)
        self._hint()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("When:"), self.trigger)
        form.addRow(self.tr("Only if (JSON):"), self.condition)
        form.addRow(self.tr("Then:"), self.action)
        form.addRow(self.tr("With (JSON):"), self.params)
        form.addRow(self.tr("Order:"), self.position)
        form.addRow("", self.active)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.values: dict | None = None

    def _hint(self) -> None:
        condition = {"lead_created": self.tr("Condition fields: the lead's, e.g. source, province, city."),
                     "segment_entered": self.tr("Condition: segment_id (required), and the customer's fields."),
                     "opportunity_stage_changed": self.tr(
                         "Condition fields: to_stage_id, from_stage_id, status (open / won / lost), amount.")}
        params = {"assign_owner": self.tr("Parameters: owner_id."),
                  "create_task": self.tr("Parameters: title ({name} is replaced), kind, due_days, owner_id."),
                  "add_to_campaign": self.tr("Parameters: campaign_id."),
                  "send_email": self.tr("Parameters: campaign_id (its template is sent).")}
        self.hint.setText(condition[self.trigger.currentData()] + "\n" + params[self.action.currentData()])

    def _accept(self) -> None:
        try:
            condition = json.loads(self.condition.toPlainText() or "{}")
            params = json.loads(self.params.toPlainText() or "{}")
            if not isinstance(condition, dict) or not isinstance(params, dict):
                raise ValueError
        except ValueError:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Condition and parameters must be JSON objects."))
            return
        self.values = {"name": self.name.text(), "trigger": self.trigger.currentData(), "condition": condition,
                       "action": self.action.currentData(), "params": params, "active": self.active.isChecked(),
                       "position": self.position.value()}
        self.accept()


class AutomationScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: AutomationService, tasks=None, bus=None, parent=None):
        super().__init__(parent)
        self.setObjectName("automationScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        self.rules: list[RuleItem] = []
        administer = service.can("automation", "administer")
        self.new_button = self._button("newRule", self.tr("New rule…"), self.new_rule, administer)
        self.edit_button = self._button("editRule", self.tr("Edit…"), self.edit_rule, administer)
        self.delete_button = self._button("deleteRule", self.tr("Delete"), self.delete_rule, administer)
        self.run_button = self._button("runRules", self.tr("Run now"), self.run_now, administer)
        self.table = self._table("rulesTable", [self.tr("Name"), self.tr("When"), self.tr("Then"), self.tr("Active")])
        self.table.doubleClicked.connect(lambda _i: self.edit_rule() if administer else None)
        self.runs = self._table("runsTable", [self.tr("Time"), self.tr("Rule"), self.tr("Record"), self.tr("Result"),
                                              self.tr("Detail")])
        row = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.delete_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.run_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("What the rules did")))
        layout.addWidget(self.runs, 1)
        if bus is not None:
            bus.changed.connect(lambda c: self.refresh() if getattr(c, "automation", False) and self.isVisible()
                                else None)

    def _button(self, name, text, slot, enabled) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: slot())
        button.setEnabled(enabled)
        return button

    @staticmethod
    def _table(name: str, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.rules = self.service.rules()
            runs = self.service.runs(limit=200)
        except CrmError:
            return
        self.table.setRowCount(len(self.rules))
        for r, rule in enumerate(self.rules):
            cells = (rule.name, _t(TRIGGERS.get(rule.trigger, rule.trigger)), _t(ACTIONS.get(rule.action, rule.action)),
                     self.tr("Yes") if rule.active else self.tr("No"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, rule.id)
                self.table.setItem(r, c, item)
        self.runs.setRowCount(len(runs))
        for r, run in enumerate(runs):
            cells = (local_time(run.at), run.rule_name, run.target_entity,
                     _t(STATUSES.get(run.status, run.status)), run.detail)
            for c, text in enumerate(cells):
                self.runs.setItem(r, c, QTableWidgetItem(text))

    def _selected(self) -> RuleItem | None:
        rows = {i.row() for i in self.table.selectedIndexes()}
        if len(rows) != 1:
            self.status.emit(self.tr("Choose a rule first."))
            return None
        return self.rules[rows.pop()]

    def _save(self, rule: RuleItem | None) -> None:
        editor = RuleEditor(rule, self)
        if editor.exec() != QDialog.DialogCode.Accepted or editor.values is None:
            return
        try:
            _rule_id, changes = self.service.save_rule(editor.values, rule.id if rule else None)
        except (CrmError, ValidationError) as exc:
            show_error(self, exc)
            return
        self._publish(changes)
        self.refresh()

    def new_rule(self) -> None:
        self._save(None)

    def edit_rule(self) -> None:
        rule = self._selected()
        if rule is not None:
            self._save(rule)

    def delete_rule(self) -> None:
        rule = self._selected()
        if rule is None:
            return
        try:
            self._publish(self.service.delete_rule(rule.id))
        except CrmError as exc:
            show_error(self, exc)
            return
        self.refresh()

    def run_now(self) -> None:
        self.run_button.setEnabled(False)
        if self.tasks is None:
            try:
                self._ran(self.service.run_pending())
            except CrmError as exc:
                self._failed(exc)
            return
        self.tasks.submit(self.service.run_pending, on_done=self._ran, on_error=self._failed)

    def _ran(self, report) -> None:
        self.run_button.setEnabled(True)
        self.status.emit(self.tr("Rules ran: %1 done, %2 skipped, %3 failed.").replace("%1", str(report.done))
                         .replace("%2", str(report.skipped)).replace("%3", str(report.failed)))
        self._publish(report.changes)
        self.refresh()

    def _failed(self, exc) -> None:
        self.run_button.setEnabled(True)
        show_error(self, exc)

    def _publish(self, changes) -> None:
        if self.bus is not None:
            self.bus.publish(changes)


__all__ = ["AutomationScreen", "RuleEditor"]
