"""The Roles tab: each role's permissions (a module x action matrix), data scope and field rules."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...domain.access import ACTIONS, MODULES, DataScope, FieldRule
from ...services.organisation import ADMINISTRATOR, RULE_FIELDS, OrganisationService, RoleItem
from ..common.combos import combo_select
from ..common.errors import action_label, module_label
from ..common.window_size import open_at_remembered_size
from .base import AdminForm, AdminTab, RowsModel

_SCOPES = {"OWN": QT_TRANSLATE_NOOP("DataScope", "Own records"),
           "OWN_AND_SUBORDINATES": QT_TRANSLATE_NOOP("DataScope", "Own and subordinates' records"),
           "DEPARTMENT": QT_TRANSLATE_NOOP("DataScope", "Own department"),
           "DEPARTMENT_TREE": QT_TRANSLATE_NOOP("DataScope", "Own department and its sub-departments"),
           "ALL": QT_TRANSLATE_NOOP("DataScope", "All records")}
_RULES = {"HIDDEN": QT_TRANSLATE_NOOP("FieldRule", "Hidden"), "MASKED": QT_TRANSLATE_NOOP("FieldRule", "Masked"),
          "READ_ONLY": QT_TRANSLATE_NOOP("FieldRule", "Read-only"),
          "EDITABLE": QT_TRANSLATE_NOOP("FieldRule", "Editable")}


def scope_label(name: str) -> str:
    return QCoreApplication.translate("DataScope", _SCOPES[name]) if name in _SCOPES else name


def rule_label(name: str) -> str:
    return QCoreApplication.translate("FieldRule", _RULES[name]) if name in _RULES else name


class RoleModel(RowsModel):
    CONTEXT = "RoleModel"
    COLUMNS = (QT_TRANSLATE_NOOP("RoleModel", "Code"), QT_TRANSLATE_NOOP("RoleModel", "Name"),
               QT_TRANSLATE_NOOP("RoleModel", "Data scope"), QT_TRANSLATE_NOOP("RoleModel", "Permissions"),
               QT_TRANSLATE_NOOP("RoleModel", "Users"))

    def cells(self, row: RoleItem) -> tuple:
        return (row.code, row.name, scope_label(row.scope), len(row.permissions), row.user_count)


class RoleForm(AdminForm):
    def __init__(self, service: OrganisationService, row: RoleItem | None, parent=None):
        super().__init__(parent)
        self.setObjectName("roleForm")
        self.service, self.row = service, row
        self.setWindowTitle(self.tr("New role") if row is None else self.tr("Edit role"))
        open_at_remembered_size(self, "role", 760, 640)
        self.code = self.form.add("code", self.tr("Code"), QLineEdit())
        self.code.setPlaceholderText(self.tr("e.g. team_lead"))
        self.code.setReadOnly(row is not None)  # the app and other replicas know a role by its code
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.scope = self.form.add("data_scope", self.tr("Data scope"), QComboBox())
        for scope in DataScope:
            self.scope.addItem(scope_label(scope.name), scope.name)
        self.matrix = self.form.add("permissions", self.tr("Permissions"), self._matrix())
        self.rules = self.form.add("field_rules", self.tr("Field rules"), self._rules_editor())
        protected = row is not None and row.code == ADMINISTRATOR
        if row is not None:
            self.code.setText(row.code)
            self.name.setText(row.name)
            combo_select(self.scope, row.scope)
            for (module, action), box in self.checks.items():
                box.setChecked(protected or f"{module}.{action}" in row.permissions)
            for key, rule in sorted(row.field_rules.items()):
                self.add_rule(key, rule)
        else:
            combo_select(self.scope, DataScope.OWN.name)
        if protected:  # every permission, always (the service refuses anything less)
            self.matrix.setEnabled(False)
            self.matrix.setToolTip(self.tr("The administrator role always has every permission."))
        self.finish_layout()

    # -- the permission matrix: modules as rows, actions as columns, a box where the module has it -----
    def _matrix(self) -> QTableWidget:
        table = QTableWidget(len(MODULES), len(ACTIONS))
        table.setObjectName("permissionMatrix")
        table.setHorizontalHeaderLabels([action_label(a) for a in ACTIONS])
        table.setVerticalHeaderLabels([module_label(m) for m in MODULES])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.checks: dict[tuple[str, str], QCheckBox] = {}
        for r, (module, (_entities, actions)) in enumerate(MODULES.items()):
            for c, action in enumerate(ACTIONS):
                if action not in actions:
                    continue
                box = QCheckBox()
                box.setObjectName(f"perm_{module}_{action}")
                box.setToolTip(f"{module}.{action}")
                cell = QWidget()  # centres the box in its cell
                layout = QHBoxLayout(cell)
                layout.setContentsMargins(0, 0, 0, 0)
                layout.addStretch()
                layout.addWidget(box)
                layout.addStretch()
                table.setCellWidget(r, c, cell)
                self.checks[(module, action)] = box
        table.setMinimumHeight(table.verticalHeader().length() + table.horizontalHeader().height() + 4)
        return table

    def permissions(self) -> set[str]:
        return {f"{m}.{a}" for (m, a), box in self.checks.items() if box.isChecked()}

    # -- field rules: rows of (entity.field, rule) -----------------------------------------------------
    def _rules_editor(self) -> QWidget:
        box = QWidget()
        self.rules_table = QTableWidget(0, 2)
        self.rules_table.setObjectName("fieldRules")
        self.rules_table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Rule")])
        self.rules_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.rules_table.verticalHeader().hide()
        self.rules_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rules_table.setMinimumHeight(120)
        add = QPushButton(self.tr("Add rule"))
        add.setObjectName("addRule")
        add.clicked.connect(lambda: self.add_rule())
        remove = QPushButton(self.tr("Remove rule"))
        remove.setObjectName("removeRule")
        remove.clicked.connect(self.remove_rule)
        hint = QLabel(self.tr("A field without a rule is editable."))
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addWidget(hint, 1)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rules_table)
        layout.addLayout(buttons)
        return box

    def add_rule(self, key: str | None = None, rule: str = FieldRule.MASKED.name) -> None:
        row = self.rules_table.rowCount()
        self.rules_table.insertRow(row)
        field = QComboBox()
        field.addItems(list(RULE_FIELDS) if key is None or key in RULE_FIELDS else [key, *RULE_FIELDS])
        if key is not None:
            field.setCurrentText(key)
        choice = QComboBox()
        for r in FieldRule:
            choice.addItem(rule_label(r.name), r.name)
        combo_select(choice, rule)
        self.rules_table.setCellWidget(row, 0, field)
        self.rules_table.setCellWidget(row, 1, choice)
        self.rules_table.setItem(row, 0, QTableWidgetItem())  # so the row can be selected for removal

    def remove_rule(self) -> None:
        row = self.rules_table.currentRow()
        if row >= 0:
            self.rules_table.removeRow(row)

    def field_rules(self) -> dict[str, str]:
        # A field listed twice: the later row wins, as it would read top to bottom.
        return {self.rules_table.cellWidget(r, 0).currentText(): self.rules_table.cellWidget(r, 1).currentData()
                for r in range(self.rules_table.rowCount())}

    def submit(self):
        values = (self.permissions(), self.scope.currentData(), self.field_rules())
        if self.row is None:
            new_id, changes = self.service.create_role(self.code.text(), self.name.text(), *values)
            return changes, new_id
        return self.service.update_role(self.row.id, self.name.text(), *values), self.row.id


class RolesTab(AdminTab):
    def __init__(self, service: OrganisationService, tasks, bus, parent=None):
        super().__init__(tasks, bus, RoleModel(), may_view=service.can("roles", "view"),
                         may_write=service.can("roles", "administer"), parent=parent)
        self.model.setParent(self)
        self.service = service
        self.setObjectName("rolesTab")
        self.view.setObjectName("roleTable")
        self.filter.setPlaceholderText(self.tr("Filter roles…"))
        self.new_action.setText(self.tr("New role…"))
        self.edit_action.setText(self.tr("Edit…"))
        self.delete_action.setText(self.tr("Delete"))
        for action, name in ((self.new_action, "actionNewRole"), (self.edit_action, "actionEditRole"),
                             (self.delete_action, "actionDeleteRole")):
            action.setObjectName(name)

    def fetch(self):
        return self.service.list_roles()

    def open_form(self, row):
        return RoleForm(self.service, row, self)

    def delete_row(self, row: RoleItem) -> None:
        if self.confirm(self.tr("Delete role"), self.tr("Delete the role %1?").replace("%1", row.name)):
            self.write(lambda: self.service.delete_role(row.id),
                       self.tr("Deleted the role %1.").replace("%1", row.name))
