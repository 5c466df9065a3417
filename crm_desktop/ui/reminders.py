"""Follow-up reminders: the signed-in user's customers whose next follow-up is due, read from the local
database in the background (offline too) at start-up and every few minutes; a desktop notification through
the system tray where there is one, and always a line in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from ..services.customers import CustomerService
from .tasks import TaskRunner

CHECK_MINUTES = 15


class FollowUpReminders(QObject):
    due = Signal(list)  # [DueFollowUp], when something newly falls due
    status = Signal(str)

    def __init__(self, service: CustomerService, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.service, self.tasks = service, tasks
        self.reminded: set = set()
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                                        self)
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        if self.service.can("customers", "view"):
            self.tasks.submit(self.service.due_follow_ups, on_done=self._checked, on_error=lambda _exc: None)

    def _checked(self, items: list) -> None:
        fresh = [i for i in items if (i.customer_id, i.due) not in self.reminded]
        if not fresh:
            return
        self.reminded |= {(i.customer_id, i.due) for i in fresh}
        names = "、".join(i.name for i in fresh[:3]) + ("…" if len(fresh) > 3 else "")
        text = self.tr("%n follow-up(s) due: %1", "", len(fresh)).replace("%1", names)
        if self.tray is not None:
            self.tray.showMessage(self.tr("Follow-ups due"), text, QSystemTrayIcon.MessageIcon.Information, 10000)
        self.status.emit(text)
        self.due.emit(fresh)


__all__ = ["FollowUpReminders"]
