"""The Administration screen: departments, users and roles, one tab each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ...services.auth import AuthService
from ...services.organisation import OrganisationService
from ..bus import ChangeBus
from ..tasks import TaskRunner
from .departments import DepartmentsTab
from .lists_pools import ListsAndPoolsTab
from .roles import RolesTab
from .sales_settings import SalesSettingsTab
from .service_settings import ServiceSettingsTab
from .tags import TagsTab
from .users import UsersTab


class AdminScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: OrganisationService, tasks: TaskRunner, bus: ChangeBus, parent=None, *,
                 auth: AuthService | None = None):
        super().__init__(parent)
        self.setObjectName("adminScreen")
        self.service = service
        self.departments = DepartmentsTab(service, tasks, bus, self)
        self.users = UsersTab(service, tasks, bus, self, auth=auth)
        self.roles = RolesTab(service, tasks, bus, self)
        self.lists_pools = ListsAndPoolsTab(service, tasks, bus, self)
        self.tags = TagsTab(service, tasks, bus, self)
        self.sales = SalesSettingsTab(service, tasks, bus, self)
        self.service_desk = ServiceSettingsTab(service, tasks, bus, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("adminTabs")
        for tab, title in ((self.departments, self.tr("Departments")), (self.users, self.tr("Users")),
                           (self.roles, self.tr("Roles")), (self.lists_pools, self.tr("Lists and pools")),
                           (self.tags, self.tr("Tags")),
                           (self.sales, self.tr("Sales")), (self.service_desk, self.tr("Service"))):
            index = self.tabs.addTab(tab, title)
            # A tab the user may not read stays visible but disabled, so they can see that it exists.
            self.tabs.setTabEnabled(index, tab.may_view)
            tab.status.connect(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.refresh()

    def refresh(self) -> None:
        for tab in (self.departments, self.users, self.roles, self.lists_pools, self.tags, self.sales,
                    self.service_desk):
            tab.reload()

    def _edited_tabs(self) -> list[QWidget]:
        return [tab for tab in (self.lists_pools, self.sales, self.service_desk) if tab.has_unsaved_changes()]

    def has_unsaved_changes(self) -> bool:
        """Settings edited in place and not saved yet (the main window asks before it closes)."""
        return bool(self._edited_tabs())

    def may_leave(self) -> bool:
        for tab in self._edited_tabs():
            self.tabs.setCurrentWidget(tab)  # the question is about what the user sees
            if not tab.edits.may_leave():
                return False
        return True
