"""The pipeline kanban: one column per stage with its count, total and weighted total, cards largest first.
Drag a card to another column to move the opportunity (into a lost stage it asks why).

Each column loads its first cards with the totals in one read on the database lane and more as it is
scrolled (fetchMore), so a board over 10,000 open opportunities paints a screenful, not 10,000 cards."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import (QAbstractListModel, QByteArray, QMimeData, QModelIndex, QRect, QSize, Qt, Signal)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListView, QMenu, QScrollArea,
                               QStyle, QStyledItemDelegate, QVBoxLayout, QWidget)

from ...services.opportunities import ColumnTotal
from ..tasks import TaskRunner, when_alive
from . import words

MIME = "application/x-crm-opportunity"
FIRST_CARDS = 40  # per column in the first read: more than a tall screen shows
MORE_CARDS = 100
ROW = int(Qt.ItemDataRole.UserRole.value)


class CardModel(QAbstractListModel):
    """One column's cards: loaded rows plus whether the stage has more."""

    def __init__(self, stage_id: uuid.UUID, fetch, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.stage_id, self._fetch, self._tasks = stage_id, fetch, tasks
        self.rows: list = []
        self._more = False
        self._loading = False
        self._generation = 0

    def reset(self, rows: list, more: bool) -> None:
        self._generation += 1
        self.beginResetModel()
        self.rows, self._more, self._loading = list(rows), more, False
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == ROW:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.name}\n{row.customer_name}\n{words.money(row.amount, row.currency)} · {row.probability}%"
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = ",".join(self.rows[i.row()].id.hex for i in indexes if i.isValid())
        data.setData(MIME, QByteArray(f"{self.stage_id.hex};{ids}".encode()))
        return data

    def supportedDragActions(self):
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent) or not self.rows:
            return
        self._loading = True
        generation = self._generation
        self._tasks.submit(self._fetch, self.stage_id, self.rows[-1].key, MORE_CARDS,
                           on_done=lambda rows, g=generation: self._more_arrived(g, rows),
                           on_error=lambda _e: setattr(self, "_loading", False))

    @when_alive
    def _more_arrived(self, generation: int, rows: list) -> None:
        if generation != self._generation:
            return
        self._loading = False
        self._more = len(rows) == MORE_CARDS
        if rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(rows) - 1)
            self.rows.extend(rows)
            self.endInsertRows()


class CardDelegate(QStyledItemDelegate):
    """A card: the opportunity's name and owner, its customer, then amount, probability and expected close."""

    HEIGHT = 78

    def __init__(self, today=date.today, parent=None):
        super().__init__(parent)
        self.today = today

    def sizeHint(self, option, index) -> QSize:
        return QSize(120, self.HEIGHT)  # the width follows the column (the list lays out at its own width)

    def paint(self, painter: QPainter, option, index) -> None:
        row = index.data(ROW)
        if row is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.setPen(QPen(palette.highlight().color() if selected else QColor("#c8ccd2"), 1.2))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(rect, 5, 5)
        inner = rect.adjusted(8, 5, -8, -5)
        line = inner.height() // 3
        top, middle, bottom = (QRect(inner.left(), inner.top() + i * line, inner.width(), line) for i in range(3))
        left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
        bold = QFont(option.font)
        bold.setBold(True)
        name, owner = top_line(QFontMetrics(bold), QFontMetrics(option.font), row.name, row.owner_name,
                               inner.width())
        painter.setFont(bold)
        painter.setPen(palette.text().color())
        painter.drawText(top, left, name)
        painter.setFont(option.font)
        metrics = painter.fontMetrics()
        painter.setPen(palette.placeholderText().color())
        painter.drawText(top, right, owner)
        painter.drawText(middle, left, metrics.elidedText(row.customer_name, Qt.TextElideMode.ElideRight,
                                                          inner.width()))
        due = f"{row.expected_close:%m-%d}" if row.expected_close else ""
        amount, due = bottom_line(metrics, words.money(row.amount, row.currency), row.probability, due,
                                  inner.width())
        painter.setPen(palette.text().color())
        painter.drawText(bottom, left, amount)
        late = row.expected_close and row.status == "open" and row.expected_close < self.today()
        painter.setPen(QColor("#c0392b") if late else palette.placeholderText().color())
        painter.drawText(bottom, right, due)
        painter.restore()


def top_line(bold, plain, name: str, owner: str, width: int) -> tuple[str, str]:
    """A card's first line: its name (bold) on the left and its owner on the right, never overlapping. The
    owner takes at most two fifths of the card, and the name is elided in what is left."""
    gap = plain.horizontalAdvance("  ")
    owner = plain.elidedText(owner, Qt.TextElideMode.ElideRight, width * 2 // 5)
    room = width - (plain.horizontalAdvance(owner) + gap if owner else 0)
    return bold.elidedText(name, Qt.TextElideMode.ElideRight, room), owner


def bottom_line(metrics, money: str, probability: int, due: str, width: int) -> tuple[str, str]:
    """A card's last line: the amount and probability on the left and the expected close on the right, never
    overlapping in a narrow column. The probability gives way first (the column's title shows the stage's),
    then the date, and the amount is elided only when it alone is wider than the card."""
    gap = metrics.horizontalAdvance("  ")
    amount = f"{money} · {probability}%"
    if metrics.horizontalAdvance(amount) + (gap + metrics.horizontalAdvance(due) if due else 0) <= width:
        return amount, due
    amount = metrics.elidedText(money, Qt.TextElideMode.ElideRight, width)
    if metrics.horizontalAdvance(amount) + gap + metrics.horizontalAdvance(due) <= width:
        return amount, due
    return amount, ""


class StageList(QListView):
    """A column's card list; a drop of a card from another column asks for the move."""

    dropped = Signal(object, object)  # opportunity ids (list of uuid.UUID), this column's stage id

    def __init__(self, stage_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.stage_id = stage_id
        self.setObjectName(f"stage-{stage_id.hex}")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.CopyAction)  # the source column is refreshed, not edited
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setUniformItemSizes(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSpacing(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)

    @staticmethod
    def _payload(event) -> tuple[uuid.UUID, list[uuid.UUID]] | None:
        data = event.mimeData()
        if not data.hasFormat(MIME):
            return None
        source, _, ids = bytes(data.data(MIME)).decode().partition(";")
        return uuid.UUID(source), [uuid.UUID(i) for i in ids.split(",") if i]

    def dragEnterEvent(self, event) -> None:
        payload = self._payload(event)
        if payload and payload[0] != self.stage_id:
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        payload = self._payload(event)
        if not payload or payload[0] == self.stage_id:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.dropped.emit(payload[1], self.stage_id)


class StageColumn(QFrame):
    def __init__(self, stage, model: CardModel, parent=None):
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"column-{stage.id.hex}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(200)
        self.setMaximumWidth(320)
        self.title = QLabel(f"<b>{stage.name}</b> · {stage.probability}%")
        self.figures = QLabel()
        self.figures.setObjectName("columnFigures")
        self.figures.setWordWrap(True)
        self.list = StageList(stage.id)
        self.list.setModel(model)
        self.list.setItemDelegate(CardDelegate(parent=self.list))
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.figures)
        layout.addWidget(self.list, 1)

    def show_totals(self, total: ColumnTotal) -> None:
        weighted = {c: int(v.quantize(Decimal(1), rounding=ROUND_HALF_UP)) for c, v in total.weighted.items()}
        self.figures.setText(self.tr("%1 opportunities · %2\nweighted %3")
                             .replace("%1", f"{total.count:,}").replace("%2", words.money_totals(total.amounts))
                             .replace("%3", words.money_totals(weighted)))
        self.total = total


class KanbanBoard(QWidget):
    """Columns for a pipeline's stages. `load(pipeline, flt)` reads totals and first cards in one task."""

    move_requested = Signal(object, object)  # [opportunity ids], target stage id
    open_requested = Signal(object)  # opportunity id
    task_requested = Signal(object, str)  # opportunity id, its name
    loaded = Signal()
    failed = Signal(object)

    def __init__(self, service, tasks: TaskRunner, parent=None):
        super().__init__(parent)
        self.service, self.tasks = service, tasks
        self.columns: list[StageColumn] = []
        self._pipeline_id = None
        self._filter = None
        self._generation = 0
        self.strip = QWidget()
        self.strip_layout = QHBoxLayout(self.strip)
        self.strip_layout.setContentsMargins(4, 4, 4, 4)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setWidget(self.strip)
        area.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(area)

    def column(self, stage_id: uuid.UUID) -> StageColumn:
        return next(c for c in self.columns if c.stage.id == stage_id)

    def _fetch_more(self, stage_id, after, limit):
        return self.service.cards(self._filter, stage_id, after=after, limit=limit)

    def _build(self, pipeline) -> None:
        for column in self.columns:
            column.setParent(None)
            column.deleteLater()
        self.columns = []
        while self.strip_layout.count():
            self.strip_layout.takeAt(0)
        for stage in pipeline.stages:
            column = StageColumn(stage, CardModel(stage.id, self._fetch_more, self.tasks, self))
            column.list.dropped.connect(self.move_requested)
            column.list.doubleClicked.connect(lambda index: self.open_requested.emit(index.data(ROW).id))
            column.list.activated.connect(lambda index: self.open_requested.emit(index.data(ROW).id))  # Enter
            column.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.list.customContextMenuRequested.connect(
                lambda pos, c=column: self._menu(c, c.list.viewport().mapToGlobal(pos)))
            self.columns.append(column)
            self.strip_layout.addWidget(column, 1)
        self._pipeline_id = pipeline.id

    def _menu(self, column: StageColumn, at) -> None:
        """The same moves without a mouse drag: Open, and Move to each other stage (keyboard: the menu key)."""
        ids = [i.data(ROW).id for i in column.list.selectionModel().selectedIndexes()]
        if not ids:
            return
        menu = self.move_menu(column.stage.id, ids)
        menu.exec(at)

    def move_menu(self, current_stage: uuid.UUID, ids: list) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("cardMenu")
        menu.addAction(self.tr("Open"), lambda: self.open_requested.emit(ids[0]))
        card = next((r for c in self.columns for r in c.model.rows if r.id == ids[0]), None)
        if card is not None:
            menu.addAction(self.tr("New task…"), lambda: self.task_requested.emit(card.id, card.name))
        moves = menu.addMenu(self.tr("Move to"))
        for column in self.columns:
            if column.stage.id != current_stage:
                moves.addAction(column.stage.name, lambda s=column.stage.id: self.move_requested.emit(ids, s))
        return menu

    def load(self, pipeline, flt) -> None:
        if pipeline.id != self._pipeline_id or [c.stage for c in self.columns] != list(pipeline.stages):
            self._build(pipeline)
        self._filter = flt
        self._generation += 1
        generation = self._generation
        service, stages = self.service, [s.id for s in pipeline.stages]

        def read():
            totals = service.totals(flt)
            return totals, {stage: service.cards(flt, stage, limit=FIRST_CARDS) for stage in stages}
        self.tasks.submit(read, on_done=lambda result, g=generation, p=pipeline: self._loaded(g, p, result),
                          on_error=self.failed.emit)

    @when_alive
    def _loaded(self, generation: int, pipeline, result) -> None:
        if generation != self._generation:
            return
        totals, cards = result
        for column, total in zip(self.columns, self.service.columns(pipeline, totals), strict=True):
            column.show_totals(total)
            rows = cards.get(column.stage.id, [])
            column.model.reset(rows, len(rows) == FIRST_CARDS)
        self.loaded.emit()

    def selected_ids(self) -> list[uuid.UUID]:
        out = []
        for column in self.columns:
            out += [i.data(ROW).id for i in column.list.selectionModel().selectedIndexes()]
        return out
