"""The table behind a chart pane: one row per category, one column per series (and its band, where it has one)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ...services.report_dto import Pane
from ..charts.format import format_value

RAW = Qt.ItemDataRole.UserRole


class PaneTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.pane: Pane | None = None
        self.headers: list[str] = []
        self.categories: list[str] = []  # the category words, one per row
        self._columns: list[tuple[int, str]] = []  # (series index, "values" | "lower" | "upper")

    def set_pane(self, pane: Pane | None, *, series_title: Callable[[str], str] = str,
                 category_title: Callable[[str], str] = str, column_title: str = "") -> None:
        self.beginResetModel()
        self.pane = pane
        self.headers, self._columns = [column_title], []
        if pane is not None:
            for j, series in enumerate(pane.series):
                title = series_title(series.key)
                self.headers.append(title)
                self._columns.append((j, "values"))
                if series.lower is not None and series.upper is not None:
                    self.headers += [self.tr("%1 (low)").replace("%1", title),
                                     self.tr("%1 (high)").replace("%1", title)]
                    self._columns += [(j, "lower"), (j, "upper")]
        self.categories = [] if pane is None else [category_title(c) if pane.categories_are_codes else c
                                                   for c in pane.categories]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() or self.pane is None else len(self.pane.categories)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def value(self, row: int, column: int):
        if column == 0:
            return self.categories[row]
        j, part = self._columns[column - 1]
        values = getattr(self.pane.series[j], part)
        return values[row] if row < len(values) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= self.rowCount() or index.column() >= self.columnCount():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.categories[row]
            unit = self.pane.series[self._columns[column - 1][0]].unit
            return format_value(self.value(row, column), unit)
        if role == RAW:
            return self.value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.headers):
            return self.headers[section]
        return super().headerData(section, orientation, role)

    def rows_as_text(self) -> list[list[str]]:
        """Every cell as shown (for printing)."""
        return [[self.data(self.index(r, c)) for c in range(self.columnCount())] for r in range(self.rowCount())]
