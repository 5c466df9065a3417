"""The "Sync conflicts" screen: open conflicts (both sides changed a field; the policy picked a value) and
operations the server refused (rolled back here). For a conflict the user keeps the value standing, takes
the other, or types a new one; a refusal is dismissed once read. Each choice is an ordinary journaled edit
(SyncService.resolve), so it reaches the server with the next sync. The inbox is small: one plain table
model holding every open issue."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, \
    QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget)

from ...domain.times import local_time
from ...services.sync import IssueItem, SyncService
from ..audit.labels import entity_label
from ..bus import ChangeBus
from ..common.errors import error_message
from ..common.layout_memory import remember_columns
from ..tasks import TaskRunner, when_alive
from .words import reason_text, value_text

COLUMNS = [
    QT_TRANSLATE_NOOP("IssueTableModel", "When"),
    QT_TRANSLATE_NOOP("IssueTableModel", "Kind"),
    QT_TRANSLATE_NOOP("IssueTableModel", "Record"),
    QT_TRANSLATE_NOOP("IssueTableModel", "Field"),
    QT_TRANSLATE_NOOP("IssueTableModel", "My value"),
    QT_TRANSLATE_NOOP("IssueTableModel", "Their value"),
    QT_TRANSLATE_NOOP("IssueTableModel", "Now stands"),
    QT_TRANSLATE_NOOP("IssueTableModel", "Detail"),
]
KINDS = {"conflict": QT_TRANSLATE_NOOP("IssueTableModel", "Conflict"),
         "rejected": QT_TRANSLATE_NOOP("IssueTableModel", "Refused")}
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
USER = int(Qt.ItemDataRole.UserRole.value)
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _t(text: str) -> str:
    return QCoreApplication.translate("IssueTableModel", text)


def standing_value(item: IssueItem) -> object:
    return item.mine if item.winner == "mine" else item.theirs


def cell_texts(item: IssueItem) -> tuple[str, ...]:
    record = f"{entity_label(item.entity)} {item.row_id.hex[:8]}"
    kind = _t(KINDS[item.kind]) if item.kind in KINDS else item.kind
    if item.kind == "conflict":
        stands = (_t(QT_TRANSLATE_NOOP("IssueTableModel", "Mine: %1")) if item.winner == "mine"
                  else _t(QT_TRANSLATE_NOOP("IssueTableModel", "Theirs: %1"))).replace(
            "%1", value_text(standing_value(item)))
        return (local_time(item.at), kind, record, item.field, value_text(item.mine), value_text(item.theirs),
                stands, item.detail)
    # A refused operation: nothing of it stands; the detail says why.
    return (local_time(item.at), kind, record, item.field or "", "", "",
            _t(QT_TRANSLATE_NOOP("IssueTableModel", "Rolled back to the server's data")), reason_text(item.detail))


class IssueTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[IssueItem] = []
        self._texts: list[tuple[str, ...]] = []
        self._titles = [_t(c) for c in COLUMNS]

    def set_items(self, items: list[IssueItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._texts = [cell_texts(i) for i in self._items]
        self.endResetModel()

    def item(self, row: int) -> IssueItem:
        return self._items[row]

    def items(self) -> list[IssueItem]:
        return list(self._items)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        role = int(role.value) if hasattr(role, "value") else int(role)
        if role in (DISPLAY, TOOLTIP):
            return self._texts[index.row()][index.column()]
        if role == USER:
            return self._items[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY):
        role = int(role.value) if hasattr(role, "value") else int(role)
        if role != DISPLAY:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._titles[section] if 0 <= section < len(self._titles) else None
        return str(section + 1)


class EditValueDialog(QDialog):
    """Edit…: one line prefilled with the value standing now."""

    def __init__(self, item: IssueItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("syncEditValueDialog")
        self.setWindowTitle(self.tr("Choose the value"))
        self.item = item
        current = standing_value(item)
        self.editor = QLineEdit("" if current is None else str(current))
        self.editor.setObjectName("syncEditValue")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%1 of %2:").replace("%1", item.field)
                                .replace("%2", f"{entity_label(item.entity)} {item.row_id.hex[:8]}")))
        layout.addWidget(self.editor)
        layout.addWidget(buttons)

    def value(self) -> object:
        """The typed text, as the kind of value the field held (a number stays a number)."""
        text = self.editor.text()
        sample = standing_value(self.item)
        if sample is None:
            sample = self.item.theirs if self.item.mine is None else self.item.mine
        if text == "" and sample is None:
            return None
        if isinstance(sample, bool):
            return text.strip().lower() in ("1", "true", "yes")
        if isinstance(sample, int):
            try:
                return int(text)
            except ValueError:
                return text
        if isinstance(sample, float):
            try:
                return float(text)
            except ValueError:
                return text
        return text


class ConflictInbox(QWidget):
    status = Signal(str)
    loaded = Signal(int)  # open issues now listed
    resolved = Signal(object)  # the Changes a resolution made

    def __init__(self, service: SyncService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("syncInbox")
        self.service, self.tasks, self.bus = service, tasks, bus
        self._generation = 0
        self._busy = False

        intro = QLabel(self.tr("Changes made here and on the server to the same field, and changes the server "
                               "refused. Keep your value, take theirs, or type another; it reaches the "
                               "server with the next sync."))
        intro.setWordWrap(True)
        self.model = IssueTableModel(self)
        self.view = QTableView()
        self.view.setObjectName("syncInboxTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setDefaultSectionSize(24)
        remember_columns(self.view, "sync_inbox")
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda _i: self.edit_value())

        self.keep_mine_button = QPushButton(self.tr("Keep &mine"))
        self.keep_mine_button.setObjectName("syncKeepMine")
        self.keep_mine_button.clicked.connect(lambda: self.resolve_selected("mine"))
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs"))
        self.keep_theirs_button.setObjectName("syncKeepTheirs")
        self.keep_theirs_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.setObjectName("syncEditIssue")
        self.edit_button.clicked.connect(self.edit_value)
        self.dismiss_button = QPushButton(self.tr("&Dismiss"))
        self.dismiss_button.setObjectName("syncDismiss")
        self.dismiss_button.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.reload_button = QPushButton(self.tr("&Reload"))
        self.reload_button.setObjectName("syncInboxReload")
        self.reload_button.clicked.connect(self.reload)
        self.count_label = QLabel()
        self.count_label.setObjectName("syncInboxCount")
        self.message = QLabel()
        self.message.setObjectName("syncInboxMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label)
        buttons.addStretch(1)
        for button in (self.keep_mine_button, self.keep_theirs_button, self.edit_button, self.dismiss_button,
                       self.reload_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._update_buttons()
        bus.changed.connect(lambda _changes: self.reload())
        self.reload()

    # -- loading ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.tasks.submit(self.service.issues, lane="db",
                          on_done=lambda items: self._loaded(items, generation), on_error=self._failed)

    @when_alive  # the inbox may have been closed while the read or the resolve ran
    def _loaded(self, items: list[IssueItem], generation: int) -> None:
        if generation != self._generation:
            return  # a newer reload is on its way
        selected = self.selected()
        self.model.set_items(items)
        if selected is not None:
            row = next((r for r, i in enumerate(items) if i.id == selected.id), None)
            if row is not None:
                self.view.selectRow(row)
        if self.model.rowCount() and self.selected() is None:
            self.view.selectRow(0)
        self.count_label.setText(self.tr("%1 open").replace("%1", str(len(items))) if items
                                 else self.tr("Nothing to look at: every sync issue is settled."))
        self._update_buttons()
        self.loaded.emit(len(items))

    @when_alive
    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.message.setText(error_message(exc))
        self.message.show()
        self._update_buttons()
        self.status.emit(error_message(exc))

    # -- choosing -----------------------------------------------------------------------------------------
    def selected(self) -> IssueItem | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def select_issue(self, issue_id) -> bool:
        for row, item in enumerate(self.model.items()):
            if item.id == issue_id:
                self.view.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        item = self.selected()
        conflict = item is not None and item.kind == "conflict" and not self._busy
        self.keep_mine_button.setEnabled(conflict)
        self.keep_theirs_button.setEnabled(conflict)
        self.edit_button.setEnabled(conflict and bool(item.field))
        self.dismiss_button.setEnabled(item is not None and item.kind == "rejected" and not self._busy)

    def resolve_selected(self, choice: str, value: object = None) -> None:
        item = self.selected()
        if item is None or self._busy:
            return
        self._busy = True
        self.message.hide()
        self._update_buttons()
        self.tasks.submit(self.service.resolve, item.id, choice, value, lane="db",
                          on_done=lambda changes: self._resolved(item, choice, changes), on_error=self._failed)

    def edit_value(self) -> None:
        item = self.selected()
        if item is None or item.kind != "conflict" or not item.field or self._busy:
            return
        dialog = EditValueDialog(item, self)
        if dialog.exec():
            self.resolve_selected("edit", dialog.value())

    @when_alive
    def _resolved(self, item: IssueItem, choice: str, changes) -> None:
        self._busy = False
        words = {"mine": self.tr("Kept your value of %1."), "theirs": self.tr("Took the other value of %1."),
                 "edit": self.tr("Set %1 to the value you chose.")}
        text = words[choice] if item.kind == "conflict" else self.tr("Dismissed: %1.")
        self.status.emit(text.replace("%1", item.field or entity_label(item.entity)))
        self.resolved.emit(changes)
        self.bus.publish(changes)  # the screens refresh, and so does this list (the bus reloads it)
        if changes is None or not changes.any():
            self.reload()
