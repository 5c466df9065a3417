"""The Users tab: who works where, for whom, in which roles; users are deactivated, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QLineEdit, QListWidget, QListWidgetItem

from ...services.organisation import DepartmentItem, OrganisationService, RoleItem, UserItem
from ..common.combos import combo_select
from .base import AdminForm, AdminTab, RowsModel


class UserModel(RowsModel):
    CONTEXT = "UserModel"
    COLUMNS = (QT_TRANSLATE_NOOP("UserModel", "Login"), QT_TRANSLATE_NOOP("UserModel", "Name"),
               QT_TRANSLATE_NOOP("UserModel", "Department"), QT_TRANSLATE_NOOP("UserModel", "Manager"),
               QT_TRANSLATE_NOOP("UserModel", "Roles"), QT_TRANSLATE_NOOP("UserModel", "Status"))
    ACTIVE = (QT_TRANSLATE_NOOP("UserModel", "Inactive"), QT_TRANSLATE_NOOP("UserModel", "Active"))

    def cells(self, row: UserItem) -> tuple:
        return (row.login, row.display_name, row.department_name, row.manager_name, ", ".join(row.role_codes),
                QCoreApplication.translate(self.CONTEXT, self.ACTIVE[row.active]))


class UserForm(AdminForm):
    def __init__(self, service: OrganisationService, users: list[UserItem], departments: list[DepartmentItem],
                 roles: list[RoleItem], row: UserItem | None, parent=None):
        super().__init__(parent)
        self.setObjectName("userForm")
        self.service, self.row = service, row
        self.setWindowTitle(self.tr("New user") if row is None else self.tr("Edit user"))
        self.login = self.form.add("login", self.tr("Login"), QLineEdit())
        self.login.setPlaceholderText(self.tr("e.g. zhang.wei"))
        self.display_name = self.form.add("display_name", self.tr("Name"), QLineEdit())
        self.department = self.form.add("department_id", self.tr("Department"), QComboBox())
        self.department.addItem(self.tr("(choose a department)"), None)
        for d in departments:
            self.department.addItem(d.path, d.id)
        self.manager = self.form.add("manager_id", self.tr("Manager"), QComboBox())
        self.manager.addItem(self.tr("(none)"), None)
        for u in users:
            if (row is None or u.id != row.id) and (u.active or (row is not None and u.id == row.manager_id)):
                self.manager.addItem(f"{u.display_name} ({u.login})", u.id)
        # Roles: shown to whoever may view roles, changeable only by whoever may administer them.
        self.may_set_roles = service.can("roles", "administer")
        self.roles = self.form.add("roles", self.tr("Roles"), QListWidget())
        held = set(row.role_codes) if row is not None else set()
        for r in roles:
            item = QListWidgetItem(f"{r.name} ({r.code})", self.roles)
            item.setData(Qt.ItemDataRole.UserRole, r.code)
            item.setCheckState(Qt.CheckState.Checked if r.code in held else Qt.CheckState.Unchecked)
        self.roles.setEnabled(self.may_set_roles)
        self.roles.setMaximumHeight(140)
        self.form.set_visible("roles", service.can("roles", "view"))
        if row is not None:
            self.login.setText(row.login)
            self.display_name.setText(row.display_name)
            combo_select(self.department, row.department_id)
            combo_select(self.manager, row.manager_id)
        self.finish_layout()
        self.resize(440, self.sizeHint().height())

    def role_codes(self) -> list[str]:
        return [self.roles.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.roles.count())
                if self.roles.item(i).checkState() == Qt.CheckState.Checked]

    def submit(self):
        values = (self.login.text(), self.display_name.text(), self.department.currentData(),
                  self.manager.currentData())
        if self.row is None:
            new_id, changes = self.service.create_user(*values, self.role_codes() if self.may_set_roles else ())
            return changes, new_id
        roles = self.role_codes() if self.may_set_roles else None  # None: leave the roles as they are
        return self.service.update_user(self.row.id, *values, roles), self.row.id


class UsersTab(AdminTab):
    def __init__(self, service: OrganisationService, tasks, bus, parent=None, auth=None):
        super().__init__(tasks, bus, UserModel(), may_view=service.can("organisation", "view"),
                         may_write=service.can("organisation", "administer"), parent=parent)
        self.model.setParent(self)
        self.service = service
        self.departments: list[DepartmentItem] = []
        self.roles: list[RoleItem] = []
        self.setObjectName("usersTab")
        self.view.setObjectName("userTable")
        self.filter.setPlaceholderText(self.tr("Filter users…"))
        self.new_action.setText(self.tr("New user…"))
        self.edit_action.setText(self.tr("Edit…"))
        self.delete_action.setText(self.tr("Deactivate"))
        self.activate_action = QAction(self.tr("Activate"), self)
        self.activate_action.triggered.connect(self.activate_current)
        self.toolbar.addAction(self.activate_action)
        self.auth = auth
        self.password_action = QAction(self.tr("Set password…"), self)
        self.password_action.setObjectName("actionSetPassword")
        self.password_action.triggered.connect(self.set_password)
        if auth is not None:
            self.toolbar.addAction(self.password_action)
        for action, name in ((self.new_action, "actionNewUser"), (self.edit_action, "actionEditUser"),
                             (self.delete_action, "actionDeactivateUser"),
                             (self.activate_action, "actionActivateUser")):
            action.setObjectName(name)
        self.update_actions()

    def fetch(self):
        # The form needs the departments and roles to choose from; one trip to the database lane for all.
        svc = self.service
        return svc.list_users(), svc.list_departments(), svc.list_roles() if svc.can("roles", "view") else []

    def set_data(self, result) -> None:
        users, self.departments, self.roles = result
        self.model.set_rows(users)

    def update_actions(self) -> None:
        super().update_actions()
        row = self.current()
        self.delete_action.setEnabled(self.may_write and row is not None and row.active)
        if hasattr(self, "activate_action"):
            self.activate_action.setEnabled(self.may_write and row is not None and not row.active)
        if hasattr(self, "password_action"):
            self.password_action.setEnabled(self.may_write and row is not None and self.auth is not None)

    def open_form(self, row):
        return UserForm(self.service, self.model.rows, self.departments, self.roles, row, self)

    def delete_row(self, row: UserItem) -> None:
        if row.active and self.confirm(self.tr("Deactivate user"),
                                       self.tr("Deactivate %1? They will no longer be able to sign in.")
                                       .replace("%1", row.display_name)):
            self.write(lambda: self.service.set_active(row.id, False),
                       self.tr("Deactivated %1.").replace("%1", row.display_name))

    def set_password(self) -> None:
        """An administrator sets a user's password (new users have none until then; it also lifts a lockout)."""
        from ..login.dialogs import SetPasswordDialog
        row = self.current()
        if row is None or self.auth is None or not self.may_write:
            return
        dialog = SetPasswordDialog(self.auth, self.service.actor, row.id, row.display_name, self.tasks, self)
        dialog.accepted.connect(lambda: self.status.emit(self.tr("Password set for %1.")
                                                         .replace("%1", row.display_name)))
        dialog.open()

    def activate_current(self) -> None:
        row = self.current()
        if row is not None and not row.active and self.may_write:
            self.write(lambda: self.service.set_active(row.id, True),
                       self.tr("Activated %1.").replace("%1", row.display_name))
