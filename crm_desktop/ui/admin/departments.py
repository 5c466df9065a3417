"""The Departments tab: the department tree as a list of paths, with a form to create, rename and move."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QComboBox, QLineEdit

from ...services.organisation import DepartmentItem, OrganisationService
from ..common.combos import combo_select
from .base import AdminForm, AdminTab, RowsModel


class DepartmentModel(RowsModel):
    CONTEXT = "DepartmentModel"
    COLUMNS = (QT_TRANSLATE_NOOP("DepartmentModel", "Name"), QT_TRANSLATE_NOOP("DepartmentModel", "Path"),
               QT_TRANSLATE_NOOP("DepartmentModel", "Active users"))

    def cells(self, row: DepartmentItem) -> tuple:
        return (row.name, row.path, row.user_count)


def descendants(departments: list[DepartmentItem], root_id) -> set:
    """root_id and every department below it: none of them can become its parent."""
    found, todo = {root_id}, [root_id]
    while todo:
        parent = todo.pop()
        for d in departments:
            if d.parent_id == parent and d.id not in found:
                found.add(d.id)
                todo.append(d.id)
    return found


class DepartmentForm(AdminForm):
    def __init__(self, service: OrganisationService, departments: list[DepartmentItem],
                 row: DepartmentItem | None, parent=None):
        super().__init__(parent)
        self.setObjectName("departmentForm")
        self.service, self.row = service, row
        self.setWindowTitle(self.tr("New department") if row is None else self.tr("Edit department"))
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.parent_combo = self.form.add("parent_id", self.tr("Parent department"), QComboBox())
        self.parent_combo.addItem(self.tr("(top level)"), None)
        # A department cannot move under itself or its own sub-departments, so those are not offered (the
        # service refuses them anyway).
        excluded = descendants(departments, row.id) if row is not None else set()
        for d in departments:
            if d.id not in excluded:
                self.parent_combo.addItem(d.path, d.id)
        if row is not None:
            self.name.setText(row.name)
            combo_select(self.parent_combo, row.parent_id)
        self.finish_layout()
        self.resize(420, self.sizeHint().height())

    def submit(self):
        name, parent_id = self.name.text(), self.parent_combo.currentData()
        if self.row is None:
            new_id, changes = self.service.create_department(name, parent_id)
            return changes, new_id
        return self.service.update_department(self.row.id, name, parent_id), self.row.id


class DepartmentsTab(AdminTab):
    def __init__(self, service: OrganisationService, tasks, bus, parent=None):
        super().__init__(tasks, bus, DepartmentModel(), may_view=service.can("organisation", "view"),
                         may_write=service.can("organisation", "administer"), parent=parent)
        self.model.setParent(self)
        self.service = service
        self.setObjectName("departmentsTab")
        self.view.setObjectName("departmentTable")
        self.filter.setPlaceholderText(self.tr("Filter departments…"))
        self.new_action.setText(self.tr("New department…"))
        self.edit_action.setText(self.tr("Edit…"))
        self.delete_action.setText(self.tr("Delete"))
        for action, name in ((self.new_action, "actionNewDepartment"), (self.edit_action, "actionEditDepartment"),
                             (self.delete_action, "actionDeleteDepartment")):
            action.setObjectName(name)
        self.view.setColumnWidth(0, 180)
        self.view.setColumnWidth(1, 320)

    def fetch(self):
        return self.service.list_departments()

    def open_form(self, row):
        return DepartmentForm(self.service, self.model.rows, row, self)

    def delete_row(self, row: DepartmentItem) -> None:
        if self.confirm(self.tr("Delete department"), self.tr("Delete the department %1?").replace("%1", row.path)):
            self.write(lambda: self.service.delete_department(row.id),
                       self.tr("Deleted the department %1.").replace("%1", row.name))
