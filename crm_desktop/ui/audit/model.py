"""The audit trail list: journal entries newest first, read a page at a time in the background as the view
scrolls (canFetchMore/fetchMore over a keyset on seq), never all rows."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, \
    QPersistentModelIndex, Qt, Signal

from ...domain.times import local_time
from ...services.audit import AuditFilter, AuditRow, AuditService
from ..tasks import Cancelled, Task, TaskRunner, when_alive
from .labels import entity_label, kind_label

PAGE = 200
COLUMNS = [
    QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
    QT_TRANSLATE_NOOP("AuditTableModel", "User"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Entity"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Kind"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Fields"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Device"),
    QT_TRANSLATE_NOOP("AuditTableModel", "Seq"),
]
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditTableModel", text)


class AuditTableModel(QAbstractTableModel):
    loaded = Signal()  # the first page of a new filter is in
    page_loaded = Signal(int)  # rows added
    counted = Signal(int)  # the number of entries matching the filter
    failed = Signal(object)

    def __init__(self, service: AuditService, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.service = service
        self._tasks = tasks
        self.filter = AuditFilter()
        self._rows: list[AuditRow] = []
        self._texts: list[tuple | None] = []
        self._exhausted = True
        self._pending: Task | None = None
        self._count_task: Task | None = None
        self._generation = 0
        self._titles = [_t(c) for c in COLUMNS]
        self.total: int | None = None

    # -- loading -------------------------------------------------------------------------------------
    def apply(self, flt: AuditFilter | None = None) -> None:
        """Start over with a new filter (or the same one, after the journal grew)."""
        self.filter = flt if flt is not None else self.filter
        self._generation += 1
        for task in (self._pending, self._count_task):
            if task is not None:
                task.cancel()
        self._pending = self._count_task = None
        self.beginResetModel()
        self._rows, self._texts = [], []
        self._exhausted = True  # nothing may fetch while views react to the reset: the first page is ours
        self.total = None
        self.endResetModel()
        self._exhausted = False
        self._fetch()
        generation = self._generation
        task = self._tasks.submit(self.service.count, self.filter,
                                  on_done=lambda n, g=generation: self._on_count(g, n),
                                  on_error=lambda e, g=generation: self._on_count_error(g, e))
        self._count_task = task if self._tasks.is_live(task) else None

    def refresh(self) -> None:
        self.apply()

    def _fetch(self) -> None:
        generation = self._generation
        before = self._rows[-1].seq if self._rows else None
        task = self._tasks.submit(self.service.entries, self.filter, before, PAGE,
                                  on_done=lambda rows, g=generation, b=before: self._on_page(g, b, rows),
                                  on_error=lambda e, g=generation: self._on_error(g, e))
        # An inline runner (tests) has delivered the page already.
        self._pending = task if self._tasks.is_live(task) else None

    @when_alive
    def _on_page(self, generation: int, before: int | None, rows: list) -> None:
        if generation != self._generation or before != (self._rows[-1].seq if self._rows else None):
            return  # an older filter's page, or one that no longer continues the list
        self._pending = None
        first = not self._rows
        if len(rows) < PAGE:
            self._exhausted = True
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self._texts.extend([None] * len(rows))
            self.endInsertRows()
        if first:
            self.loaded.emit()
        self.page_loaded.emit(len(rows))

    @when_alive
    def _on_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._count_task = None
        self.total = total
        self.counted.emit(total)

    @when_alive
    def _on_count_error(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._count_task = None
            if not isinstance(error, Cancelled):
                self.failed.emit(error)

    @when_alive
    def _on_error(self, generation: int, error: Exception) -> None:
        if generation != self._generation:
            return
        self._pending = None
        self._exhausted = True
        if not isinstance(error, Cancelled):
            self.failed.emit(error)

    @property
    def busy(self) -> bool:
        return self._pending is not None

    def row_value(self, row: int) -> AuditRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel ---------------------------------------------------------------------------
    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and not self._exhausted and self._pending is None

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return str(section + 1)

    def _display(self, row: AuditRow) -> tuple:
        return (local_time(row.at, seconds=True), row.user or ("—" if row.user_id is None else str(row.user_id)[:8]), row.action,
                entity_label(row.entity), str(row.row_id) if row.row_id else "", kind_label(row.kind),
                ", ".join(row.changes),
                row.device_id, str(row.seq))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if not index.isValid() or role not in (DISPLAY, USER, TOOLTIP):
            return None
        r, column = index.row(), index.column()
        if not 0 <= r < len(self._rows) or not 0 <= column < len(COLUMNS):
            return None
        row = self._rows[r]
        if role == USER:
            return row.seq
        texts = self._texts[r]
        if texts is None:
            texts = self._texts[r] = self._display(row)
        if role == TOOLTIP:
            return texts[column] if column in (2, 4, 6) else None
        return texts[column]

    def flags(self, index):
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
