"""The recycle bin: deleted customers (tombstones), newest first, with restore."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from ...domain.times import local_time
from ...services.customers import CustomerService
from ..bus import ChangeBus
from ..common.errors import show_error
from ..common.layout_memory import remember_columns
from ..tasks import TaskRunner


class RecycleBinModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return [self.tr("Name"), self.tr("City"), self.tr("Owner"), self.tr("Deleted")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return [row.name, row.city, row.owner_name, local_time(row.updated_at)][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class RecycleBinScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: CustomerService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("recycleBinScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        self.model = RecycleBinModel(self)
        self.view = QTableView()
        self.view.setObjectName("recycleBinTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        remember_columns(self.view, "recycle_bin")
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_button.setEnabled(service.can("customers", "delete"))
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        hint = QLabel(self.tr("Deleted customers stay here until restored. The newest 500 are shown."))
        row = QHBoxLayout()
        row.addWidget(hint, 1)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        bus.changed.connect(lambda c: self.reload() if c.recycle_bin or c.customers else None)
        self.reload()

    def reload(self) -> None:
        self.tasks.submit(self.service.recycle_bin, on_done=self.model.set_rows,
                          on_error=lambda exc: show_error(self, exc))

    def restore_selected(self) -> None:
        ids = [self.model.rows[i.row()].id for i in self.view.selectionModel().selectedRows()]
        if not ids:
            return
        try:
            changes = self.service.restore(ids)
        except Exception as exc:  # shown, and the unit of work rolled back
            show_error(self, exc)
            return
        self.bus.publish(changes)
        self.status.emit(self.tr("Restored %n customer(s).", "", len(ids)))
