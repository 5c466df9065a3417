"""A table model over a query too large to load: it knows the row count and fetches windows of rows on the
database lane as the view asks for them, never all rows.

Windows are keyset pages: page p starts after the last key of page p-1 when that is loaded, or at the
anchor of page p (anchors are computed in the background after the first page), so page 4,500 costs what
page 1 costs. A new filter or sort starts a new generation: reads of the older one still queued or running
are cancelled (a running query stops within milliseconds), and any result that still arrives is dropped.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ..tasks import Cancelled, Task, TaskRunner, when_alive

PAGE = 200
FIRST = 64  # rows in the very first read: a tall screenful, so the list paints before page 0 is complete
MAX_PAGES = 64  # ~13k rows cached; older pages are dropped and refetched if scrolled back to
# A view asks data() for ~8 roles per visible cell on every paint; roles are compared as plain ints.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class Fetcher:
    """The three queries the model needs; each is a plain callable run on the database lane."""

    # Each may take a `cancelled` keyword (a callable) to stop early when its generation is superseded.
    count: Callable[..., int]
    window: Callable[..., list]  # window(after=key|None, inclusive=bool, limit=int) -> rows with .key
    anchors: Callable[..., list]  # anchors(every) -> keys of rows 0, every, 2*every, ...


class WindowedTableModel(QAbstractTableModel):
    first_page = Signal()  # the first page is in and shown (row count may still grow)
    loaded = Signal()  # the exact row count is known too (after every reset or refresh)
    page_loaded = Signal(int)
    anchors_ready = Signal()
    failed = Signal(object)

    def __init__(self, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self._tasks = tasks
        self._fetcher: Fetcher | None = None
        self._generation = 0
        self._total = 0
        self._pages: OrderedDict[int, list] = OrderedDict()
        # Display texts per loaded page, formatted on first paint of a row and reused by every repaint.
        self._texts: dict[int, list] = {}
        self._titles: list[str] | None = None
        self._pending: set[int] = set()
        self._waiting_for_anchors: set[int] = set()
        self._anchors: list | None = None
        self._counted = False
        self._reads: list[Task] = []  # this generation's reads, cancelled when a newer one starts

    # -- subclass hooks ------------------------------------------------------------------------------
    def columns(self) -> list[str]:
        """Header titles; subclasses name their columns."""
        return []

    def display(self, row_value) -> tuple:
        """The display texts of one loaded row, one per column; subclasses format their rows."""
        return ()

    def cell(self, row_value, column: int, role: int):
        """The value of one cell of a loaded row for any role but display; None by default."""
        return None

    def extra_roles(self) -> frozenset[int]:
        """Roles besides display that cell() answers (as ints); everything else returns None at once."""
        return frozenset()

    # -- loading -------------------------------------------------------------------------------------
    def load(self, fetcher: Fetcher) -> None:
        """Replace the query (new filter or sort): first page, then the exact count, then anchors."""
        self._fetcher = fetcher
        self._start(reset=True)

    def refresh(self) -> None:
        """Re-read after a write, keeping the row layout where possible (selection and scroll survive)."""
        if self._fetcher is not None:
            self._start(reset=False)

    def _submit(self, fn: Callable, *args, on_done: Callable, **kwargs) -> None:
        self._reads = [t for t in self._reads if self._tasks.is_live(t)]
        self._reads.append(self._tasks.submit(fn, *args, on_done=on_done, on_error=self._on_error, **kwargs))

    @when_alive
    def _on_error(self, error: Exception) -> None:
        if not isinstance(error, Cancelled):  # cancelled reads were superseded on purpose
            self.failed.emit(error)

    def _start(self, *, reset: bool) -> None:
        self._generation += 1
        for task in self._reads:
            task.cancel()
        self._reads = []
        generation, fetcher = self._generation, self._fetcher
        self._pending.clear()
        self._waiting_for_anchors.clear()
        self._anchors = None
        self._counted = False
        self._submit(fetcher.window, after=None, inclusive=False, limit=FIRST,
                     on_done=lambda rows, g=generation: self._on_first(g, rows, reset))

    @when_alive
    def _on_first(self, generation: int, rows: list, reset: bool) -> None:
        """The first screenful is what the user waits for; the rest of page 0 and then the exact count follow
        on the database lane."""
        if generation != self._generation:
            return
        complete = len(rows) < FIRST
        self._texts = {}
        if reset:
            self.beginResetModel()
            self._pages = OrderedDict({0: rows})
            self._total = len(rows)
            self.endResetModel()
        else:
            self._pages = OrderedDict({0: rows})
            if complete or self._total < len(rows):
                self._resize(len(rows))
            if self._total:
                self.dataChanged.emit(self.index(0, 0), self.index(self._total - 1, self.columnCount() - 1))
        self.first_page.emit()
        if complete:
            self._on_count(generation, len(rows))
        else:
            self._submit(self._fetcher.window, after=rows[-1].key, inclusive=False, limit=PAGE - FIRST,
                         on_done=lambda rest, g=generation: self._on_rest_of_first(g, rest))

    @when_alive
    def _on_rest_of_first(self, generation: int, rest: list) -> None:
        if generation != self._generation:
            return
        rows = self._pages[0] = self._pages.get(0, []) + rest
        self._texts.pop(0, None)
        complete = len(rows) < PAGE
        if complete or self._total < len(rows):
            self._resize(len(rows))
        if rest and self._total > FIRST:
            last = min(len(rows), self._total) - 1
            self.dataChanged.emit(self.index(FIRST, 0), self.index(last, self.columnCount() - 1))
        waiting, self._waiting_for_anchors = self._waiting_for_anchors, set()
        for page in sorted(waiting):  # page 1 can now follow on from page 0's last key
            self._request(page)
        if complete:
            self._on_count(generation, len(rows))
        else:
            self._submit(self._fetcher.count, on_done=lambda n, g=generation: self._on_count(g, n))

    @when_alive
    def _on_count(self, generation: int, total: int) -> None:
        if generation != self._generation:
            return
        self._resize(total)
        self._counted = True
        self.loaded.emit()
        if total > PAGE:
            self._submit(self._fetcher.anchors, PAGE, on_done=lambda a, g=generation: self._on_anchors(g, a))

    def _resize(self, total: int) -> None:
        if total > self._total:
            self.beginInsertRows(QModelIndex(), self._total, total - 1)
            self._total = total
            self.endInsertRows()
        elif total < self._total:
            self.beginRemoveRows(QModelIndex(), total, self._total - 1)
            self._total = total
            self.endRemoveRows()

    @property
    def counted(self) -> bool:
        return self._counted

    @when_alive
    def _on_anchors(self, generation: int, anchors: list) -> None:
        if generation != self._generation:
            return
        self._anchors = anchors
        waiting, self._waiting_for_anchors = self._waiting_for_anchors, set()
        for page in sorted(waiting):
            self._request(page)
        self.anchors_ready.emit()

    def _request(self, page: int) -> None:
        if page in self._pending or page in self._pages or self._fetcher is None:
            return
        previous = self._pages.get(page - 1)
        if page == 0:
            after, inclusive = None, False
        elif previous is not None and len(previous) == PAGE:
            after, inclusive = previous[-1].key, False
        elif self._anchors is not None and page < len(self._anchors):
            after, inclusive = self._anchors[page], True
        else:
            self._waiting_for_anchors.add(page)
            return
        self._pending.add(page)
        generation, fetcher = self._generation, self._fetcher
        self._submit(fetcher.window, after=after, inclusive=inclusive, limit=PAGE,
                     on_done=lambda rows, g=generation, p=page: self._on_page(g, p, rows))

    @when_alive
    def _on_page(self, generation: int, page: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self._texts.pop(page, None)
        while len(self._pages) > MAX_PAGES:
            dropped, _rows = self._pages.popitem(last=False)
            self._texts.pop(dropped, None)
        first = page * PAGE
        last = min(first + len(rows), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))
        self.page_loaded.emit(page)

    def ensure_row(self, row: int) -> bool:
        """Ask for the page holding `row`; True if it is already loaded."""
        page = row // PAGE
        if page in self._pages:
            return True
        self._request(page)
        return False

    def row_value(self, row: int):
        page = self._pages.get(row // PAGE)
        if page is None:
            return None
        offset = row % PAGE
        return page[offset] if offset < len(page) else None

    def is_loaded(self, row: int) -> bool:
        return self.row_value(row) is not None

    @property
    def anchors_loaded(self) -> bool:
        return self._anchors is not None

    # -- QAbstractTableModel ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._column_titles())

    def _column_titles(self) -> list[str]:
        if self._titles is None:
            self._titles = self.columns()
        return self._titles

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == DISPLAY:
            if orientation == Qt.Orientation.Horizontal:
                titles = self._column_titles()
                return titles[section] if 0 <= section < len(titles) else None
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if role != DISPLAY and role not in self.extra_roles():
            return None
        row = index.row()
        if row < 0 or row >= self._total:
            return None
        page, offset = divmod(row, PAGE)
        rows = self._pages.get(page)
        if rows is None or offset >= len(rows):
            if role == DISPLAY:
                self._request(page)
                return "…" if index.column() == 0 else ""
            return None
        if role != DISPLAY:
            return self.cell(rows[offset], index.column(), role)
        texts = self._texts.get(page)
        if texts is None:
            texts = self._texts[page] = [None] * len(rows)
        shown = texts[offset]
        if shown is None:
            shown = texts[offset] = self.display(rows[offset])
        column = index.column()
        return shown[column] if 0 <= column < len(shown) else None

    def flags(self, index):
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags
