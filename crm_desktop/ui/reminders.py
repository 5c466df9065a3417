"""Reminders: the signed-in user's customers whose next follow-up is due, tasks and meetings whose reminder
time has come, and receivable instalments about to fall due, read from the local database in the background
(offline too) at start-up and every minute; a desktop notification through the system tray where there is
one, and always a line in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QStyle, QSystemTrayIcon

from ..services.customers import CustomerService
from .tasks import TaskRunner

CHECK_MINUTES = 15
TASK_CHECK_SECONDS = 60


class FollowUpReminders(QObject):
    due = Signal(list)  # [DueFollowUp], when something newly falls due
    status = Signal(str)

    def __init__(self, service: CustomerService, tasks: TaskRunner, parent=None, *, task_service=None,
                 receivables=None, approvals=None):
        super().__init__(parent)
        self.service, self.tasks = service, tasks
        self.task_service, self.receivables, self.approvals = task_service, receivables, approvals
        self._tasks_checked_until = service.db.now()
        self.reminded: set = set()
        self.tray = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation),
                                        self)
            self.tray.show()
        self.timer = QTimer(self, interval=CHECK_MINUTES * 60 * 1000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self.task_timer = QTimer(self, interval=TASK_CHECK_SECONDS * 1000)
        self.task_timer.timeout.connect(self.check_tasks)
        self.task_timer.start()

    def check(self) -> None:
        if self.service.can("customers", "view"):
            self.tasks.submit(self.service.due_follow_ups, on_done=self._checked, on_error=lambda _exc: None)
        if self.receivables is not None and self.receivables.can("receivables", "view"):
            self.tasks.submit(self.receivables.due_reminders, on_done=self._receivables_due,
                              on_error=lambda _exc: None)

    def check_tasks(self) -> None:
        """Tasks whose reminder time passed since the last check (at start-up: since the app started), and
        approval requests newly waiting for this user (a sync may have brought them)."""
        if self.approvals is not None and self.approvals.can("approvals", "approve"):
            self.tasks.submit(self.approvals.inbox, on_done=self._approvals_waiting, on_error=lambda _exc: None)
        if self.task_service is None or not self.task_service.can("tasks", "view"):
            return
        until = self.service.db.now()
        since, self._tasks_checked_until = self._tasks_checked_until, until
        self.tasks.submit(self.task_service.reminders, since, until, on_done=self._tasks_due,
                          on_error=lambda _exc: None)

    def notify(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10000)
        self.status.emit(text)

    def _tasks_due(self, items: list) -> None:
        fresh = [i for i in items if ("task", i.id, i.remind_at) not in self.reminded]
        if not fresh:
            return
        self.reminded |= {("task", i.id, i.remind_at) for i in fresh}
        titles = "、".join(i.title for i in fresh[:3]) + ("…" if len(fresh) > 3 else "")
        self.notify(self.tr("Reminder"), self.tr("%n task(s) coming up: %1", "", len(fresh)).replace("%1", titles))
        self.due.emit(fresh)

    def _approvals_waiting(self, items: list) -> None:
        fresh = [i for i in items if ("approval", i.id, i.step) not in self.reminded]
        if not fresh:
            return
        self.reminded |= {("approval", i.id, i.step) for i in fresh}
        summaries = "、".join(i.summary for i in fresh[:3]) + ("…" if len(fresh) > 3 else "")
        self.notify(self.tr("Approvals waiting"),
                     self.tr("%n request(s) wait for your approval: %1", "", len(fresh)).replace("%1", summaries))
        self.due.emit(fresh)

    def _receivables_due(self, items: list) -> None:
        fresh = [i for i in items if ("plan", i.plan_id, i.due_on) not in self.reminded]
        if not fresh:
            return
        self.reminded |= {("plan", i.plan_id, i.due_on) for i in fresh}
        names = "、".join(f"{i.contract_number} {i.customer_name}" for i in fresh[:3]) + ("…" if len(fresh) > 3 else "")
        self.notify(self.tr("Receivables due"),
                     self.tr("%n instalment(s) due or overdue: %1", "", len(fresh)).replace("%1", names))
        self.due.emit(fresh)

    def _checked(self, items: list) -> None:
        fresh = [i for i in items if (i.customer_id, i.due) not in self.reminded]
        if not fresh:
            return
        self.reminded |= {(i.customer_id, i.due) for i in fresh}
        names = "、".join(i.name for i in fresh[:3]) + ("…" if len(fresh) > 3 else "")
        text = self.tr("%n follow-up(s) due: %1", "", len(fresh)).replace("%1", names)
        self.notify(self.tr("Follow-ups due"), text)
        self.due.emit(fresh)


__all__ = ["FollowUpReminders"]
