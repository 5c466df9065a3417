"""What the three administration tabs share: an in-memory table model of DTOs, a filtered and sortable view
with New / Edit / Delete actions, loading on the database lane, and a form dialog with errors under fields.

Organisation tables are small (departments, users and roles number a few hundred rows at most), so each tab
loads all its rows and a QSortFilterProxyModel sorts and filters them in memory. The customer list, which
can hold millions of rows, must not do this: there sorting and filtering happen in SQL (STYLE.md habit 5).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import (QAbstractTableModel, QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt,
                            Signal)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QMessageBox, QTableView, QToolBar, QVBoxLayout, QWidget)

from ...domain.errors import CrmError, ValidationError
from ..bus import ChangeBus
from ..common.errors import error_message, field_message, show_error
from ..common.form import ValidatedForm
from ..common.layout_memory import remember_columns
from ..common.unsaved import AsksBeforeDiscarding
from ..tasks import TaskRunner

DISPLAY = Qt.ItemDataRole.DisplayRole
USER = Qt.ItemDataRole.UserRole


def explain(exc: BaseException) -> str:
    """Words for an error shown away from any form field (a refused delete): the message without the
    field name a form would have shown it under."""
    if isinstance(exc, ValidationError):
        return "\n".join(field_message(e) for e in exc.errors)
    return error_message(exc)


class RowsModel(QAbstractTableModel):
    """A flat list of frozen DTOs. Subclasses name their columns (CONTEXT + QT_TRANSLATE_NOOP titles) and
    say what each cell shows; UserRole is the row's id."""

    CONTEXT = ""
    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_of(self, row_id: uuid.UUID) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def cells(self, row) -> tuple:
        raise NotImplementedError

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section, orientation, role=DISPLAY):
        if role == DISPLAY and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section])
        return None

    def data(self, index, role=DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == DISPLAY:
            return self.cells(row)[index.column()]  # ints stay ints, so the proxy sorts them as numbers
        if role == USER:
            return row.id
        return None


class AdminTab(QWidget):
    """One administration list. Subclasses give the actions their words, `fetch` (a plain callable run on the
    database lane), `open_form` and `delete_row`."""

    status = Signal(str)
    loaded = Signal()  # rows are in the model (after every reload)

    def __init__(self, tasks: TaskRunner, bus: ChangeBus, model: RowsModel, *, may_view: bool, may_write: bool,
                 parent=None):
        super().__init__(parent)
        self.tasks, self.bus, self.model = tasks, bus, model
        self.may_view, self.may_write = may_view, may_write
        self.dialog: AdminForm | None = None  # the open form; kept so a test (or a second click) finds it
        self._select_after_load: uuid.UUID | None = None

        self.proxy = QSortFilterProxyModel(self)  # in memory on purpose: see the module docstring
        self.proxy.setSourceModel(model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter = QLineEdit()
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # Unsorted until a header is clicked: the service's order (departments as a tree, siblings by pinyin)
        # is the more useful one.
        self.view.horizontalHeader().setSortIndicatorClearable(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().hide()
        self._columns = remember_columns(self.view, f"admin/{type(self).__name__}")
        self._fitted = False
        self.view.doubleClicked.connect(lambda _index: self.edit_current())
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self.update_actions())

        self.toolbar = QToolBar()
        # New works anywhere in the tab; Edit and Delete only from the table, so Enter and Del keep their
        # meaning in the filter box.
        self.new_action = self._action(self.new, [QKeySequence(Qt.Key.Key_Insert), QKeySequence("Ctrl+N")], self)
        self.edit_action = self._action(self.edit_current, [QKeySequence(Qt.Key.Key_Return),
                                                            QKeySequence(Qt.Key.Key_Enter),
                                                            QKeySequence(Qt.Key.Key_F2)], self.view)
        self.delete_action = self._action(self.delete_current, [QKeySequence(Qt.Key.Key_Delete)], self.view)
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar)
        bar.addStretch()
        bar.addWidget(self.filter, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        bus.changed.connect(self._on_changes)
        self.update_actions()

    def _action(self, slot: Callable, keys: list[QKeySequence], owner: QWidget) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut if owner is self
                                  else Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        owner.addAction(action)
        self.toolbar.addAction(action)
        return action

    # -- loading -------------------------------------------------------------------------------------
    def fetch(self):
        raise NotImplementedError

    FIT_AT_MOST = 320  # pixels: a long path or description is elided rather than pushing the rest away

    def _fit_columns(self) -> None:
        """On the first rows, unless the user's own layout came back: each column as wide as what it holds
        (equal default widths cut '本部门及下级部门' while the last column stretched over half the screen)."""
        self._fitted = True
        header = self.view.horizontalHeader()
        self.view.resizeColumnsToContents()
        for column in range(header.count()):  # a little air between columns, as the other lists have
            header.resizeSection(column, min(header.sectionSize(column) + 12, self.FIT_AT_MOST))

    def reload(self) -> None:
        if not self.may_view:
            return
        current = self.current()
        if self._select_after_load is None and current is not None:
            self._select_after_load = current.id
        self.tasks.submit(self.fetch, on_done=self._loaded, on_error=lambda exc: show_error(self, exc))

    def _loaded(self, result) -> None:
        self.set_data(result)
        if not self._fitted and not self._columns.restored and self.proxy.rowCount():
            self._fit_columns()
        if self._select_after_load is not None:
            self.select_id(self._select_after_load)
            self._select_after_load = None
        self.update_actions()
        self.loaded.emit()

    def set_data(self, result) -> None:
        self.model.set_rows(result)

    def _on_changes(self, changes) -> None:
        if changes.users:  # the organisation's one flag: see services/organisation.py
            self.reload()

    # -- selection and actions ------------------------------------------------------------------------
    def current(self):
        index = self.proxy.mapToSource(self.view.currentIndex())
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def select_id(self, row_id: uuid.UUID) -> None:
        row = self.model.row_of(row_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.view.selectRow(index.row())
                self.view.setCurrentIndex(index)

    def update_actions(self) -> None:
        # Mirror the permissions (the service checks again); Edit and Delete need a row.
        has_row = self.current() is not None
        self.new_action.setEnabled(self.may_write)
        self.edit_action.setEnabled(self.may_write and has_row)
        self.delete_action.setEnabled(self.may_write and has_row)

    def new(self) -> None:
        if self.may_write:
            self.show_form(self.open_form(None))

    def edit_current(self) -> None:
        row = self.current()
        if row is not None and self.may_write:
            self.show_form(self.open_form(row))

    def delete_current(self) -> None:
        row = self.current()
        if row is not None and self.may_write:
            self.delete_row(row)

    def open_form(self, row) -> AdminForm:
        raise NotImplementedError

    def delete_row(self, row) -> None:
        raise NotImplementedError

    def show_form(self, dialog: AdminForm) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.saved.connect(self._saved)
        # open(), not exec(): window-modal without a nested event loop, so loads keep arriving and tests
        # can drive the dialog directly.
        dialog.open()

    def _saved(self, changes, row_id: uuid.UUID | None) -> None:
        self._select_after_load = row_id
        self.bus.publish(changes)

    def confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def write(self, call: Callable, done: str) -> bool:
        """Run a write from the list (delete, deactivate); a refusal is shown, nothing half-done (the unit of
        work rolled back)."""
        try:
            changes = call()
        except CrmError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("errors", "Error"), explain(exc))
            return False
        self.bus.publish(changes)
        self.status.emit(done)
        return True


class AdminForm(AsksBeforeDiscarding, QDialog):
    """A form that saves through the service: a validation error appears under its field, anything else
    above the buttons, and the dialog stays open until a save succeeds."""

    saved = Signal(object, object)  # Changes, the id of the saved record

    def __init__(self, parent=None):
        super().__init__(parent)
        self.form_layout = QFormLayout()
        self.form = ValidatedForm(self.form_layout)
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form_layout)

    def save_from_question(self) -> None:
        self.save()

    def finish_layout(self) -> None:
        """Subclasses call this after adding their own widgets under the form."""
        self.body.addWidget(self.message)
        self.body.addWidget(self.buttons)

    def submit(self):
        """Call the service; returns (Changes, id of the saved record)."""
        raise NotImplementedError

    def save(self) -> bool:
        self.form.clear_errors()
        self.message.hide()
        try:
            changes, row_id = self.submit()
        except ValidationError as exc:
            unplaced = self.form.show(exc)
            if unplaced:
                self.message.setText("\n".join(unplaced))
                self.message.show()
            return False
        except CrmError as exc:
            self.message.setText(error_message(exc))
            self.message.show()
            return False
        self.saved.emit(changes, row_id)
        self.accept()
        return True


__all__ = ["AdminForm", "AdminTab", "RowsModel", "explain"]
