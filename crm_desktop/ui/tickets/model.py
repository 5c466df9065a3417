"""A ticket queue as a table: rows arrive in windows of 200 (keyset on the time-ordered id, newest first) on
the database lane as the view scrolls, never the whole queue."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from ...domain.times import local_time
from ..tasks import TaskRunner

WINDOW = 200
_ROOT = QModelIndex()
TYPES = {"inquiry": QT_TRANSLATE_NOOP("tickets", "Inquiry"), "complaint": QT_TRANSLATE_NOOP("tickets", "Complaint"),
         "suggestion": QT_TRANSLATE_NOOP("tickets", "Suggestion"),
         "repair": QT_TRANSLATE_NOOP("tickets", "Service request"),
         "feedback": QT_TRANSLATE_NOOP("tickets", "Feedback")}
CHANNELS = {"phone": QT_TRANSLATE_NOOP("tickets", "Phone"), "email": QT_TRANSLATE_NOOP("tickets", "E-mail"),
            "wechat": QT_TRANSLATE_NOOP("tickets", "WeChat"), "visit": QT_TRANSLATE_NOOP("tickets", "Visit"),
            "other": QT_TRANSLATE_NOOP("tickets", "Other")}
PRIORITIES = {"low": QT_TRANSLATE_NOOP("tickets", "Low"), "normal": QT_TRANSLATE_NOOP("tickets", "Normal"),
              "high": QT_TRANSLATE_NOOP("tickets", "High"), "urgent": QT_TRANSLATE_NOOP("tickets", "Urgent")}
STATUSES = {"new": QT_TRANSLATE_NOOP("tickets", "New"), "assigned": QT_TRANSLATE_NOOP("tickets", "Assigned"),
            "in_progress": QT_TRANSLATE_NOOP("tickets", "In progress"),
            "waiting": QT_TRANSLATE_NOOP("tickets", "Waiting on customer"),
            "resolved": QT_TRANSLATE_NOOP("tickets", "Resolved"), "closed": QT_TRANSLATE_NOOP("tickets", "Closed"),
            "reopened": QT_TRANSLATE_NOOP("tickets", "Reopened")}


def word(table: dict, code: str, fallback: str = "") -> str:
    """A built-in code in the user's language; an administrator's own status shows its own name."""
    if code in table:
        return QCoreApplication.translate("tickets", table[code])
    return fallback or code


def local(at, short: bool = False) -> str:
    return local_time(at, fmt="%m-%d %H:%M" if short else None)


class TicketQueueModel(QAbstractTableModel):
    loaded = Signal()  # a window arrived
    counted = Signal(int)
    failed = Signal(object)

    def __init__(self, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._tasks = tasks
        self._rows: list = []
        self._window = None
        self._count = None
        self._generation = 0
        self._pending = False
        self._exhausted = True
        self._names: dict[str, str] = {}

    def columns(self) -> list[str]:
        return [self.tr("Number"), self.tr("Subject"), self.tr("Customer"), self.tr("Type"), self.tr("Priority"),
                self.tr("Status"), self.tr("Assignee"), self.tr("Created"), self.tr("Resolve by")]

    def load(self, window, count, status_names: dict[str, str]) -> None:
        """window(after, limit) -> rows; count() -> int. Starts over (a new queue, filter or refresh)."""
        self._generation += 1
        self._window, self._count, self._names = window, count, status_names
        self.beginResetModel()
        self._rows, self._exhausted, self._pending = [], False, False
        self.endResetModel()
        self._fetch()
        generation = self._generation
        self._tasks.submit(count, on_done=lambda n: self._on_count(generation, n), on_error=self.failed.emit)

    def _on_count(self, generation: int, total: int) -> None:
        if generation == self._generation:
            self.counted.emit(total)

    def _fetch(self) -> None:
        if self._pending or self._exhausted or self._window is None:
            return
        self._pending = True
        generation, after = self._generation, (self._rows[-1].id if self._rows else None)
        self._tasks.submit(self._window, after, WINDOW, on_done=lambda rows: self._on_rows(generation, rows),
                           on_error=self._on_error)

    def _on_error(self, exc) -> None:
        self._pending = False
        self.failed.emit(exc)

    def _on_rows(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._pending = False
        self._exhausted = len(rows) < WINDOW
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        self.loaded.emit()

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and not self._exhausted and not self._pending

    def fetchMore(self, parent=_ROOT) -> None:
        if not parent.isValid():
            self._fetch()

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else 9

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns()[section]
        return None

    def row_value(self, row: int):
        return self._rows[row]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (r.number, r.subject, r.customer_name, word(TYPES, r.ticket_type), word(PRIORITIES, r.priority),
                    word(STATUSES, r.status, self._names.get(r.status, "")), r.assignee_name, local(r.created_at, True),
                    local(r.resolve_due, True))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and r.breached:
            return QColor("#c0392b")
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (1, 2):
            return r.subject if index.column() == 1 else r.customer_name
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        return None
