"""The Customers screen: a filter bar over a windowed table of all customers."""

from __future__ import annotations

import json
import uuid
from datetime import datetime

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QInputDialog, QMenu, QMessageBox, QTableView, QVBoxLayout, QWidget)

from ...domain.customer_filter import CustomerFilter, CustomerOrder
from ...services.customers import CustomerService
from ...services.exports import export_customers
from ...services.churn import read_rules
from ...services.imports import ImportService
from ...services.pools import PoolService
from .. import settings as S
from ..bus import ChangeBus
from ..common.combos import find_data
from ..common.drill_bar import DrillBar
from ..common.empty_state import EmptyState
from ..common.errors import show_error
from ..common.scroll_prefetch import ScrollPrefetch
from ..audit.export_job import ExportJob
from ..tasks import TaskRunner
from .bulk_actions import BulkActions
from .duplicates import DuplicatesDialog
from .form import CustomerDialog
from .import_dialog import ImportDialog
from .model import CustomerTableModel

SEARCH_DELAY_MS = 180


class CustomersScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: CustomerService, tasks: TaskRunner, bus: ChangeBus, settings: S.Settings,
                 parent=None):
        super().__init__(parent)
        self.setObjectName("customersScreen")
        self.new_ticket_for = None  # (customer id, name) -> opens a new ticket; set when the service desk is there
        self.service = service
        self.tasks = tasks
        self.bus = bus
        self.settings = settings
        self.options: dict = {}

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search name, phone, e-mail or contact…  (Ctrl+F)"))
        self.owner = self._combo("ownerFilter", self.tr("All owners"))
        self.tag = self._combo("tagFilter", self.tr("All tags"))
        self.city = self._combo("cityFilter", self.tr("All cities"))
        self.industry = self._combo("industryFilter", self.tr("All industries"))
        self.level = self._combo("levelFilter", self.tr("All levels"))
        self.status_filter = self._combo("statusFilter", self.tr("All statuses"))
        for code, label in (("potential", self.tr("Potential")), ("closed", self.tr("Closed deal")),
                            ("invalid", self.tr("Invalid"))):
            self.status_filter.addItem(label, code)
        self.source = self._combo("sourceFilter", self.tr("All sources"))
        self.views = self._combo("savedViews", "")
        self.views.clear()
        self.views.setToolTip(self.tr("Saved views: a named set of filters"))
        self._fill_views()
        self.views.activated.connect(self._view_chosen)
        bar = QHBoxLayout()  # the search and saved views above, the filters below: fits a narrow window
        bar.addWidget(self.search, 3)
        bar.addWidget(self.views, 1)
        filters = QHBoxLayout()
        for combo in self._filters():
            filters.addWidget(combo, 1)

        self.model = CustomerTableModel(service, tasks, self)
        self.model.churn_rules = read_rules(service.db)
        self.model.now = service.db.now
        self.view = QTableView()
        self.view.setObjectName("customerTable")
        self.view.setModel(self.model)
        self.prefetch = ScrollPrefetch(self.view, self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(False)  # sorting is asked of SQL through the header click below
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setSectionsMovable(True)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.sectionClicked.connect(self._header_clicked)
        self.view.doubleClicked.connect(lambda index: self.open_customer(index.data(Qt.ItemDataRole.UserRole)))
        self.empty = EmptyState(self.view)

        self.count_label = QLabel()
        self.count_label.setObjectName("customerCount")
        # A dashboard figure's drill-down narrows the list beyond the filters above; said and undone here.
        self.drill: dict = {}
        self.drill_bar = DrillBar()
        self.drill_label, self.drill_clear = self.drill_bar.label, self.drill_bar.clear_button
        self.drill_bar.cleared.connect(lambda: self.set_drill({}, ""))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(filters)
        layout.addWidget(self.drill_bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_filter)
        for combo in self._filters():
            combo.currentIndexChanged.connect(self.apply_filter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.choose_columns)
        self.model.loaded.connect(self._on_loaded)
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.bus.changed.connect(self._on_changes)
        self._build_actions()

        order = CustomerOrder(settings.get(S.CUSTOMER_SORT), settings.get(S.CUSTOMER_SORT_DESC))
        state = settings.get(S.CUSTOMER_HEADER)
        if state:
            header.restoreState(state)
        else:
            for column, width in ((0, 250), (1, 120), (2, 170), (3, 60), (4, 80), (5, 45), (6, 70), (7, 130),
                                  (8, 130)):
                self.view.setColumnWidth(column, width)
        header.setSortIndicator(self.model.column_for(order.key),
                                Qt.SortOrder.DescendingOrder if order.descending else Qt.SortOrder.AscendingOrder)
        self.model.apply(CustomerFilter(), order)
        self.load_options()

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        # Shrinks with the window (a narrow window is still usable); the popup shows the full texts.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(4)
        return combo

    def _build_actions(self) -> None:
        def act(text, shortcut, slot, name):
            action = QAction(text, self)
            action.setObjectName(name)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            return action

        self.new_action = act(self.tr("&New customer…"), QKeySequence.StandardKey.New, self.new_customer,
                              "actionNewCustomer")
        self.find_action = act(self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search, "actionFind")
        self.delete_action = act(self.tr("&Delete to recycle bin"), QKeySequence(Qt.Key.Key_Delete),
                                 self.delete_selected, "actionDelete")
        self.open_action = act(self.tr("&Open customer"), QKeySequence(Qt.Key.Key_Return),
                               self.open_current, "actionOpen")
        self.open_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.open_action)
        self.import_action = act(self.tr("&Import customers…"), QKeySequence("Ctrl+Shift+I"), self.import_customers,
                                 "actionImportCustomers")
        self.duplicates_action = act(self.tr("Find &duplicates…"), QKeySequence(), self.find_duplicates,
                                     "actionFindDuplicates")
        self.release_action = act(self.tr("Move to &public pool…"), QKeySequence(), self.release_selected,
                                  "actionRelease")
        self.refresh_action = act(self.tr("&Refresh"), QKeySequence.StandardKey.Refresh, self.refresh,
                                  "actionRefresh")
        self.export_action = act(self.tr("E&xport…"), QKeySequence(), self.export_customers,
                                 "actionExportCustomers")
        # Copy what the table shows (masked values stay masked): the view's own Ctrl+C copies one cell.
        self.copy_action = act(self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.copy_selection,
                               "actionCopy")
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.copy_action)
        self.view.installEventFilter(self)
        self.search.installEventFilter(self)
        self.bulk = BulkActions(self)
        self.bulk.status.connect(self.status)
        # Mirror the user's permissions (the service refuses anyway): what they may not do is not offered.
        self.new_action.setEnabled(self.service.can("customers", "create"))
        self.release_action.setEnabled(self.service.can("pools", "release"))
        self.import_action.setEnabled(self.service.can("customers", "import"))
        self.duplicates_action.setEnabled(self.service.can("customers", "edit")
                                          and self.service.can("customers", "delete"))
        self.delete_action.setEnabled(self.service.can("customers", "delete"))
        self.export_action.setEnabled(self.service.can("customers", "export"))
        self.export_job = ExportJob(self, self.tasks)
        self.export_job.status.connect(self.status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The view takes Ctrl+C itself (to copy the current cell) before any shortcut sees it.
        if watched is self.view and event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) \
                and event.matches(QKeySequence.StandardKey.Copy):
            if event.type() == QEvent.Type.KeyPress:
                self.copy_selection()
            event.accept()
            return True
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            # From the search box: Esc clears the search, Down goes to the results (first row selected).
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self.apply_filter()
                return True
            if event.key() == Qt.Key.Key_Down:
                if self.current_filter() != self.model.filter:  # typed faster than the search delay
                    self.model.first_page.connect(self._select_first, Qt.ConnectionType.SingleShotConnection)
                    self.apply_filter()
                else:
                    self._select_first()
                self.view.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- filter options (distinct values over the whole table: off the GUI thread) -------------------
    def load_options(self) -> None:
        self.tasks.submit(self.service.filter_options, on_done=self._fill_options,
                          on_error=lambda exc: show_error(self, exc))

    def _fill_options(self, options: dict) -> None:
        self.options = options
        owners = [(o.label if o.active else self.tr("%1 (deactivated)").replace("%1", o.label), o.id)
                  for o in options["owners"]]
        fills = ((self.owner, owners),
                 (self.tag, [(o.label, o.id) for o in options["tags"]]),
                 (self.city, [(c, c) for c in options["cities"]]),
                 (self.industry, [(c, c) for c in options["industries"]]),
                 (self.level, [(c, c) for c in options["levels"]]),
                 (self.source, [(c, c) for c in options.get("sources", [])]))
        for combo, items in fills:
            current, shown = combo.currentData(), combo.currentText()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, data in items:
                combo.addItem(label, data)
            index = find_data(combo, current) if current is not None else 0
            if index < 0:
                # The chosen value is gone from the options (its last customer moved away) but the list is
                # still narrowed by it: keep showing it, so what the bar says is what the list shows.
                combo.addItem(shown, current)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    # -- list ----------------------------------------------------------------------------------------
    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.owner, self.tag, self.city, self.industry, self.level, self.status_filter, self.source)

    def current_filter(self) -> CustomerFilter:
        return CustomerFilter(search=self.search.text().strip(), owner_id=self.owner.currentData(),
                              tag_id=self.tag.currentData(), city=self.city.currentData() or "",
                              industry=self.industry.currentData() or "", level=self.level.currentData() or "",
                              status=self.status_filter.currentData() or "", source=self.source.currentData() or "",
                              **self.drill)

    def set_drill(self, values: dict, label: str) -> None:
        """Narrow the list by CustomerFilter fields the filter bar has no control for (a dashboard figure's
        period, overdue follow-ups), with `label` saying so beside a button that shows all again."""
        self.drill = dict(values)
        self.drill_bar.show_drill(label, bool(values))
        self.apply_filter()

    # -- saved views and columns ---------------------------------------------------------------------
    def saved_views(self) -> dict[str, dict]:
        try:
            views = json.loads(self.settings.get(S.CUSTOMER_VIEWS) or "{}")
        except ValueError:
            views = {}
        return views if isinstance(views, dict) else {}

    def _fill_views(self) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        self.views.addItem(self.tr("Views…"), None)
        for name in sorted(self.saved_views()):
            self.views.addItem(name, ("view", name))
        self.views.addItem(self.tr("Save the current filters as a view…"), ("save", None))
        if self.saved_views():
            self.views.addItem(self.tr("Delete a view…"), ("delete", None))
        self.views.setCurrentIndex(0)
        self.views.blockSignals(False)

    def _view_chosen(self, index: int) -> None:
        kind, name = self.views.itemData(index) or (None, None)
        if kind == "view":
            self.apply_view(name)
        elif kind == "save":
            name, ok = QInputDialog.getText(self, self.tr("Save view"), self.tr("Name of the view:"))
            if ok and name.strip():
                self.save_view(name.strip())
        elif kind == "delete":
            names = sorted(self.saved_views())
            name, ok = QInputDialog.getItem(self, self.tr("Delete view"), self.tr("View:"), names, 0, False)
            if ok:
                self.delete_view(name)
        if kind != "view":
            self.views.setCurrentIndex(0)

    def save_view(self, name: str) -> None:
        flt = self.current_filter()
        views = self.saved_views()
        views[name] = {"search": flt.search, "owner_id": str(flt.owner_id) if flt.owner_id else None,
                       "tag_id": str(flt.tag_id) if flt.tag_id else None, "city": flt.city,
                       "industry": flt.industry, "level": flt.level, "status": flt.status, "source": flt.source}
        self.settings.set(S.CUSTOMER_VIEWS, json.dumps(views, ensure_ascii=False))
        self._fill_views()
        self.views.setCurrentIndex(self.views.findText(name))
        self.status.emit(self.tr("View “%1” saved.").replace("%1", name))

    def delete_view(self, name: str) -> None:
        views = self.saved_views()
        views.pop(name, None)
        self.settings.set(S.CUSTOMER_VIEWS, json.dumps(views, ensure_ascii=False))
        self._fill_views()

    def apply_view(self, name: str) -> None:
        view = self.saved_views().get(name)
        if view is None:
            return
        combos = {"owner_id": self.owner, "tag_id": self.tag, "city": self.city, "industry": self.industry,
                  "level": self.level, "status": self.status_filter, "source": self.source}
        for combo in combos.values():
            combo.blockSignals(True)
        for key, combo in combos.items():
            value = view.get(key)
            index = next((i for i in range(combo.count()) if value and str(combo.itemData(i)) == str(value)), 0)
            if value and index == 0:  # a city or tag not in the list yet: keep it selectable
                combo.addItem(str(value), uuid.UUID(value) if key.endswith("_id") else value)
                index = combo.count() - 1
            combo.setCurrentIndex(index)
        for combo in combos.values():
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.setText(view.get("search", ""))
        self.search.blockSignals(False)
        self.apply_filter()

    def choose_columns(self, pos=None) -> QMenu:
        """The header's context menu: every column with a check mark; unticked ones are hidden (remembered
        with the rest of the layout). The name column always shows."""
        header = self.view.horizontalHeader()
        menu = QMenu(self)
        menu.setObjectName("columnChooser")
        for column, title in enumerate(self.model.columns()):
            action = menu.addAction(title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)
            action.toggled.connect(lambda on, c=column: (header.setSectionHidden(c, not on), self.save_layout()))
        if pos is not None:
            menu.popup(header.mapToGlobal(pos))
        return menu

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if flt != self.model.filter:
            self.model.apply(flt)

    def _header_clicked(self, column: int) -> None:
        key = self.model.sort_key_for(column)
        header = self.view.horizontalHeader()
        if key is None:
            current = self.model.column_for(self.model.order.key)
            header.setSortIndicator(current, Qt.SortOrder.DescendingOrder if self.model.order.descending
                                    else Qt.SortOrder.AscendingOrder)
            self.status.emit(self.tr("This column cannot be sorted."))
            return
        descending = key == self.model.order.key and not self.model.order.descending
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        self.model.apply(order=CustomerOrder(key, descending))
        self.settings.set(S.CUSTOMER_SORT, key)
        self.settings.set(S.CUSTOMER_SORT_DESC, descending)

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def _on_loaded(self) -> None:
        self.count_label.setText(self.tr("%n customer(s)", "", self.model.rowCount()))
        if self.model.rowCount():
            return
        flt = self.model.filter
        if flt.search:
            self.empty.show_message(self.tr("No customer matches “%1”.").replace("%1", flt.search),
                                    self.tr("Clear the search and filters"), self.clear_filters)
        elif flt != CustomerFilter():
            self.empty.show_message(self.tr("No customer matches these filters."),
                                    self.tr("Clear the filters"), self.clear_filters)
        elif self.new_action.isEnabled():
            self.empty.show_message(self.tr("No customers yet. Create one, or import a file of them "
                                            "(Ctrl+Shift+I)."), self.tr("New customer…"), self.new_customer)
        else:
            self.empty.show_message(self.tr("No customers to show."))

    def clear_filters(self) -> None:
        """Every filter, the search and a drill-down back to "all": the whole list again."""
        for combo in self._filters():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.views.blockSignals(True)
        self.views.setCurrentIndex(0)  # "Views…": no saved view is what the list shows now
        self.views.blockSignals(False)
        self.drill = {}
        self.drill_bar.show_drill("", False)
        self.apply_filter()

    def _on_changes(self, changes) -> None:
        if changes.customers or changes.recycle_bin or changes.contacts:
            self.model.refresh()
        if changes.tags or changes.users:
            self.load_options()

    def refresh(self) -> None:
        self.model.refresh()
        self.load_options()

    def save_layout(self) -> None:
        self.settings.set(S.CUSTOMER_HEADER, self.view.horizontalHeader().saveState())

    # -- actions -------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.row_value(r).id for r in rows if self.model.is_loaded(r)]
        return ids

    def open_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.open_customer(index.data(Qt.ItemDataRole.UserRole))

    def open_customer(self, customer_id: uuid.UUID | None) -> None:
        if customer_id is None:
            return
        dialog = CustomerDialog(self.service, self.bus, customer_id, self.options, self,
                                new_ticket=self.new_ticket_for)
        dialog.exec()

    def new_customer(self) -> None:
        dialog = CustomerDialog(self.service, self.bus, None, self.options, self)
        dialog.exec()

    def delete_selected(self, confirm: bool = True) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if confirm and QMessageBox.question(
                self, self.tr("Delete"),
                self.tr("Move %n customer(s) to the recycle bin?", "", len(ids))) != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.service.delete(ids)
        except Exception as exc:  # shown to the user, nothing half-done: the unit of work rolled back
            show_error(self, exc)
            return
        self.bus.publish(changes)
        self.status.emit(self.tr("Moved %n customer(s) to the recycle bin (Ctrl+Z to undo).", "", len(ids)))

    def import_customers(self) -> ImportDialog:
        dialog = ImportDialog(ImportService(self.service.db, self.service.actor, self.service.access), self.tasks,
                              self.bus, self)
        dialog.imported.connect(lambda r: self.status.emit(
            self.tr("Imported %n customer(s).", "", r.imported)))
        dialog.open()
        return dialog

    def find_duplicates(self) -> DuplicatesDialog:
        dialog = DuplicatesDialog(self.service, self.tasks, self.bus, self)
        dialog.open()
        return dialog

    def release_selected(self, reason: str | None = None) -> None:
        """Put the selected customers back into the public pool, asking why (the pool keeps the reason)."""
        ids = self.selected_ids()
        if not ids:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Move to public pool"),
                self.tr("Why does %n customer(s) go back to the pool?", "", len(ids)))
            if not ok:
                return
        try:
            changes = PoolService(self.service.db, self.service.actor, self.service.access).release(ids, reason)
        except Exception as exc:  # the reason is required, the scope is checked: shown, nothing half-done
            show_error(self, exc)
            return
        self.bus.publish(changes)
        self.status.emit(self.tr("Moved %n customer(s) to the public pool (Ctrl+Z to undo).", "", len(ids)))

    def selected_text(self) -> str:
        """The selected cells as the table shows them: one line per row, cells tab-separated, columns in the
        order they are shown. Rows not loaded yet are left out rather than copied as placeholders."""
        header = self.view.horizontalHeader()
        rows: dict[int, set[int]] = {}
        for index in self.view.selectionModel().selectedIndexes():
            rows.setdefault(index.row(), set()).add(index.column())
        lines = []
        for row in sorted(rows):
            if not self.model.is_loaded(row):
                continue
            columns = sorted((c for c in rows[row] if not header.isSectionHidden(c)), key=header.visualIndex)
            lines.append("\t".join(str(self.model.index(row, c).data() or "").replace("\t", " ")
                                   .replace("\n", " ") for c in columns))
        return "\n".join(lines)

    def copy_selection(self) -> None:
        text = self.selected_text()
        if text:
            QGuiApplication.clipboard().setText(text)

    def export_customers(self) -> None:
        # The columns of services.exports.CUSTOMER_COLUMNS, in the user's language.
        headers = [self.tr("ID"), self.tr("Name"), self.tr("Phone"), self.tr("Email"), self.tr("City"),
                   self.tr("Industry"), self.tr("Level"), self.tr("Owner"), self.tr("Created (UTC)"),
                   self.tr("Updated (UTC)")]
        self.export_job.start(export_customers, self.service, self.model.filter,
                              title=self.tr("Export customers"),
                              default_name=f"customers-{datetime.now():%Y%m%d-%H%M}.xlsx",
                              order=self.model.order, headers=headers)

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
