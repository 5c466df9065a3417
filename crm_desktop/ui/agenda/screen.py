"""The agenda (日程): my open tasks and meetings, overdue / today / upcoming, in local time; new task, done,
delete, and iCalendar import and export for Outlook and other calendars."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, QTimer, Signal
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...domain.changes import Changes
from ...domain.errors import CrmError, ValidationError
from ...services import ical
from ...services.tasks import TaskService
from ..bus import ChangeBus
from ..common.errors import error_message, show_error
from ..common.form import ValidatedForm
from ..common.unsaved import AsksBeforeDiscarding
from ..tasks import when_alive

KINDS = (("task", QT_TRANSLATE_NOOP("TaskDialog", "Task")), ("call", QT_TRANSLATE_NOOP("TaskDialog", "Call")),
         ("visit", QT_TRANSLATE_NOOP("TaskDialog", "Visit")), ("meeting", QT_TRANSLATE_NOOP("TaskDialog", "Meeting")))
REMIND = ((None, QT_TRANSLATE_NOOP("TaskDialog", "No reminder")), (0, QT_TRANSLATE_NOOP("TaskDialog", "At the time")),
          (15, QT_TRANSLATE_NOOP("TaskDialog", "15 minutes before")),
          (60, QT_TRANSLATE_NOOP("TaskDialog", "1 hour before")),
          (24 * 60, QT_TRANSLATE_NOOP("TaskDialog", "1 day before")))


def to_local(utc_naive: datetime) -> datetime:
    return utc_naive.replace(tzinfo=UTC).astimezone()


def to_utc(local: datetime) -> datetime:
    return local.astimezone(UTC).replace(tzinfo=None)


def local_day_start(now_utc: datetime) -> datetime:
    """Midnight of the user's local today, in UTC (what the agenda calls "today")."""
    local = to_local(now_utc)
    return to_utc(local.replace(hour=0, minute=0, second=0, microsecond=0))


class TaskDialog(AsksBeforeDiscarding, QDialog):
    def __init__(self, search, customer: tuple[uuid.UUID, str] | None = None, parent=None, *,
                 link: tuple[str, uuid.UUID, str] | None = None, contacts=None):
        """`link`: (entity, id, label) of the opportunity or contract the task is about (fixed);
        `contacts(customer_id)` -> [(id, name)]: whom of the chosen customer the task is with."""
        self._contacts = contacts
        super().__init__(parent)
        self.setObjectName("taskDialog")
        self.setWindowTitle(self.tr("New task"))
        self._search = search
        self.link = link
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self.kind = self.form.add("kind", self.tr("Kind"), QComboBox())
        for code, label in KINDS:
            self.kind.addItem(self.tr(label), code)
        self.title = self.form.add("title", self.tr("Title"), QLineEdit())
        start = QDateTime.currentDateTime().addSecs(3600)
        self.due = self.form.add("due_at", self.tr("When"), QDateTimeEdit(start))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ends = self.form.add("ends_at", self.tr("Until"), QDateTimeEdit(start.addSecs(3600)))
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.remind = self.form.add("remind_at", self.tr("Reminder"), QComboBox())
        for minutes, label in REMIND:
            self.remind.addItem(self.tr(label), minutes)
        self.remind.setCurrentIndex(2)
        self.customer = self.form.add("row_id", self.tr("Customer"), QComboBox())
        self.customer.setEditable(True)
        self.customer.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.customer.lineEdit().setPlaceholderText(self.tr("(optional) type to search customers…"))
        if customer:
            self.customer.addItem(customer[1], customer[0].hex)
        if link:
            self.customer.addItem(link[2], link[1].hex)
            self.customer.setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self._find)
        self.customer.lineEdit().textEdited.connect(lambda _t: self._timer.start())
        self.contact = self.form.add("contact", self.tr("Contact"), QComboBox())
        self.contact.addItem(self.tr("(none)"), "")
        self.contact.setEnabled(False)
        self.customer.currentIndexChanged.connect(lambda _i: self._load_contacts())
        self._load_contacts()
        self.location = self.form.add("location", self.tr("Location"), QLineEdit())
        self.notes = self.form.add("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(70)
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

    def _load_contacts(self) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(none)"), "")
        data = self.customer.currentData()
        if self._contacts is None or self.link or not data:
            self.contact.setEnabled(False)
            return
        for cid, name in self._contacts(uuid.UUID(data)):
            self.contact.addItem(name, cid.hex)
        self.contact.setEnabled(self.contact.count() > 1)

    def values(self) -> dict:
        due = to_utc(self.due.dateTime().toPython().astimezone())
        kind = self.kind.currentData()
        ends = to_utc(self.ends.dateTime().toPython().astimezone()) if kind != "task" else None
        minutes = self.remind.currentData()
        data = self.customer.currentData()
        linked = data and self.customer.currentText() == self.customer.itemText(self.customer.currentIndex())
        entity = self.link[0] if self.link else "customer"
        contact = self.contact.currentData()
        if linked and contact and not self.link:  # with one of the customer's contacts
            entity, data = "contact", contact
        return {"kind": kind, "title": self.title.text(), "due_at": due, "ends_at": ends,
                "remind_at": due - timedelta(minutes=minutes) if minutes is not None else None,
                "entity": entity if linked else "", "row_id": uuid.UUID(data) if linked else None,
                "location": self.location.text(), "notes": self.notes.toPlainText()}

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.submit(self.values())
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show(exc)))
            return
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()


class AgendaScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: TaskService, customers, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("agendaScreen")
        self.service, self.customers, self.tasks, self.bus = service, customers, tasks, bus
        self.tree = QTreeWidget()
        self.tree.setObjectName("agendaTree")
        self.tree.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Customer"), self.tr("Where")])
        self.tree.setColumnWidth(0, 170)
        self.tree.setColumnWidth(1, 320)
        self.tree.setColumnWidth(2, 260)
        self.new_button = QPushButton(self.tr("&New task…"))
        self.new_button.setObjectName("newTask")
        self.new_button.clicked.connect(lambda: self.new_task())
        self.new_button.setEnabled(service.can("tasks", "create"))
        self.done_button = QPushButton(self.tr("&Done"))
        self.done_button.setObjectName("taskDone")
        self.done_button.clicked.connect(self.mark_done)
        self.import_button = QPushButton(self.tr("Import .ics…"))
        self.import_button.setObjectName("importIcs")
        self.import_button.clicked.connect(self.choose_import)
        self.import_button.setEnabled(service.can("tasks", "import"))
        self.export_button = QPushButton(self.tr("Export .ics…"))
        self.export_button.setObjectName("exportIcs")
        self.export_button.clicked.connect(self.choose_export)
        self.export_button.setEnabled(service.can("tasks", "export"))
        self.message = QLabel()
        self.message.setObjectName("agendaMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        for b in (self.new_button, self.done_button, self.import_button, self.export_button):
            row.addWidget(b)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.message)
        bus.changed.connect(lambda changes: self.refresh() if changes.tasks and self._loaded else None)
        self._loaded = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def refresh(self) -> None:
        now = self.service.db.now()
        self.tasks.submit(self.service.agenda, now, local_day_start(now), on_done=self._show,
                          on_error=lambda exc: show_error(self, exc))

    @when_alive
    def _show(self, agenda) -> None:
        self.tree.clear()
        for title, items in ((self.tr("Overdue (%1)"), agenda.overdue), (self.tr("Today (%1)"), agenda.today),
                             (self.tr("Next 7 days (%1)"), agenda.upcoming)):
            group = QTreeWidgetItem(self.tree, [title.replace("%1", str(len(items)))])
            group.setFirstColumnSpanned(True)
            for t in items:
                when = to_local(t.due_at).strftime("%m-%d %H:%M")
                item = QTreeWidgetItem(group, [when, t.title, t.customer_name, t.location])
                item.setData(0, Qt.ItemDataRole.UserRole, t.id)
                if items is agenda.overdue:
                    item.setForeground(0, Qt.GlobalColor.red)
            group.setExpanded(True)
        self.counts = (len(agenda.overdue), len(agenda.today), len(agenda.upcoming))

    def _chosen(self) -> list[uuid.UUID]:
        return [i.data(0, Qt.ItemDataRole.UserRole) for i in self.tree.selectedItems()
                if i.data(0, Qt.ItemDataRole.UserRole) is not None]

    def new_task(self, customer: tuple | None = None, link: tuple | None = None) -> None:
        dialog = TaskDialog(lambda text: [(r.id, r.name) for r in self.customers.search(text, limit=20)], customer,
                            self, link=link,
                            contacts=lambda cid: [(c.id, c.name) for c in self.customers.get(cid).contacts])
        dialog.submit = lambda values: self.bus.publish(self.service.create(values)[1])
        dialog.exec()

    def mark_done(self) -> None:
        try:
            for task_id in self._chosen():
                self.bus.publish(self.service.complete(task_id))
        except CrmError as exc:
            show_error(self, exc)

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import calendar"), "", self.tr("iCalendar (*.ics)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        service = self.service

        def done(result):
            self.message.setText(self.tr("Imported: %1 new, %2 updated, %3 skipped.")
                                 .replace("%1", str(result.created)).replace("%2", str(result.updated))
                                 .replace("%3", str(len(result.skipped)))
                                 + "".join(f"\n· {label}: {why}" for label, why in result.skipped[:5]))
            self.bus.publish(Changes(tasks=True))
        self.tasks.submit(ical.import_ics, service, path, on_done=done, lane="io",
                          on_error=lambda exc: self.message.setText(error_message(exc)))

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export calendar"), "crm-agenda.ics",
                                              self.tr("iCalendar (*.ics)"))
        if path:
            self.export_file(path)

    def export_file(self, path: str) -> None:
        self.tasks.submit(ical.export_ics, self.service, path, lane="io",
                          on_done=lambda n: self.message.setText(self.tr("%n task(s) exported.", "", n)),
                          on_error=lambda exc: self.message.setText(error_message(exc)))
