"""The opportunities screen: the pipeline kanban, the list, and the expired list (past the expected close and
still open), with a filter bar (pipeline, owner, text) and win / lose / delete actions."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QLineEdit, QPushButton, QTableView, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from ...domain.errors import CrmError
from ...domain.opportunity_filter import OpportunityFilter
from ...services.opportunities import OpportunityService
from ..bus import ChangeBus
from ..common.drill_bar import DrillBar
from ..common.errors import error_message, show_error
from ..common.layout_memory import remember_columns
from ..tasks import when_alive
from . import words
from .board import KanbanBoard
from .form import OpportunityDialog
from .model import OpportunityTableModel


class SalesScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: OpportunityService, customers, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("salesScreen")
        self.service, self.customers, self.tasks, self.bus = service, customers, tasks, bus
        self.pipelines = []
        self.pipeline_combo = QComboBox()
        self.pipeline_combo.setObjectName("pipelineCombo")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerFilter")
        self.owner_combo.addItem(self.tr("All owners"), "")
        self.search = QLineEdit()
        self.search.setObjectName("salesSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Filter: opportunity or customer name…"))
        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.new_button = QPushButton(self.tr("&New opportunity"))
        self.new_button.setObjectName("newOpportunity")
        self.new_button.clicked.connect(self.new_opportunity)
        self.new_button.setEnabled(service.can("opportunities", "create"))
        self.win_button = QPushButton(self.tr("&Won"))
        self.win_button.setObjectName("winButton")
        self.win_button.clicked.connect(self.win_selected)
        self.lose_button = QPushButton(self.tr("&Lost…"))
        self.lose_button.setObjectName("loseButton")
        self.lose_button.clicked.connect(self.lose_selected)
        for button in (self.win_button, self.lose_button):
            button.setEnabled(service.can("opportunities", "edit"))
        self.summary = QLabel()
        self.summary.setObjectName("pipelineSummary")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pipeline:")))
        top.addWidget(self.pipeline_combo)
        top.addWidget(self.owner_combo)
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.win_button)
        top.addWidget(self.lose_button)

        self.board = KanbanBoard(service, tasks, self)
        self.board.move_requested.connect(self.move_cards)
        self.board.open_requested.connect(self.open_opportunity)
        self.board.loaded.connect(self._board_loaded)
        self.board.failed.connect(lambda exc: show_error(self, exc))
        self.model = OpportunityTableModel(service, tasks, self)
        self.list = QTableView()
        self.list.setObjectName("opportunityTable")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setDefaultSectionSize(24)
        self.list.horizontalHeader().setStretchLastSection(True)
        self.list.setColumnWidth(0, 200)
        self.list.setColumnWidth(1, 220)
        remember_columns(self.list, "opportunities")
        self.list.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.expired = QTableWidget(0, 5)
        self.expired.setObjectName("expiredTable")
        self.expired.setHorizontalHeaderLabels([self.tr("Opportunity"), self.tr("Customer"), self.tr("Amount"),
                                                self.tr("Expected close"), self.tr("Owner")])
        self.expired.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.expired.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.expired.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.expired.verticalHeader().hide()
        self.expired.doubleClicked.connect(
            lambda index: self.open_opportunity(self.expired.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("salesTabs")
        self.tabs.addTab(self.board, self.tr("Board"))
        self.tabs.addTab(self.list, self.tr("List"))
        self.tabs.addTab(self.expired, self.tr("Expired"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        # A dashboard figure's drill-down (open opportunities closing in a month, say), said and undone here.
        self.drill: dict = {}
        self.drill_bar = DrillBar()
        self.drill_label, self.drill_clear = self.drill_bar.label, self.drill_bar.clear_button
        self.drill_bar.cleared.connect(lambda: self.set_drill({}, ""))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.drill_bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)

        self.delete_action = QAction(self.tr("Delete opportunity"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.addAction(self.delete_action)
        bus.changed.connect(self._on_changes)
        self._loaded_options = False

    # -- loading -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded_options:
            self.load_options()

    def load_options(self) -> None:
        """Pipelines and owners (small reads), then the board."""
        self._loaded_options = True
        try:
            self.pipelines = self.service.pipelines()
            owners = self.customers.filter_options()["owners"]
        except CrmError as exc:
            self.summary.setText(error_message(exc))
            return
        self.pipeline_combo.blockSignals(True)
        self.pipeline_combo.clear()
        for pipeline in self.pipelines:
            self.pipeline_combo.addItem(pipeline.name, pipeline.id.hex)
        self.pipeline_combo.blockSignals(False)
        self.owner_combo.blockSignals(True)
        for owner in owners:
            self.owner_combo.addItem(owner.label, owner.id.hex)
        self.owner_combo.blockSignals(False)
        self.pipeline_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.owner_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        if not self.pipelines:
            self.summary.setText(self.tr("There is no sales pipeline yet; sync with the server (F9) or ask an "
                                         "administrator."))
            return
        self.refresh()

    def pipeline(self):
        data = self.pipeline_combo.currentData()
        return next((p for p in self.pipelines if p.id.hex == data), self.pipelines[0] if self.pipelines else None)

    def filter(self) -> OpportunityFilter:
        owner = self.owner_combo.currentData()
        pipeline = self.pipeline()
        return OpportunityFilter(pipeline_id=pipeline.id if pipeline else None,
                                 owner_id=uuid.UUID(owner) if owner else None, text=self.search.text(),
                                 **self.drill)

    DRILL_KEYS = ("status", "close_from", "close_to")

    def set_drill(self, values: dict, label: str) -> None:
        """Narrow the board and the list by OpportunityFilter fields without a control here (status, an
        expected-close range), with `label` beside a button that shows all again; a drill opens the list."""
        self.drill = {k: v for k, v in values.items() if k in self.DRILL_KEYS and v is not None}
        self.drill_bar.show_drill(label, bool(self.drill))
        if self.drill and self.tabs.currentWidget() is not self.list:
            self.tabs.setCurrentWidget(self.list)  # (refreshes)
        else:
            self.refresh()

    def refresh(self) -> None:
        pipeline = self.pipeline()
        if pipeline is None:
            return
        flt = self.filter()
        current = self.tabs.currentWidget()
        if current is self.board:
            self.board.load(pipeline, flt)
        elif current is self.list:
            self.model.stage_names = {s.id: s.name for s in pipeline.stages}
            self.model.apply(flt)
        else:
            self.tasks.submit(self.service.expired, date.today(), on_done=self._show_expired,
                              on_error=lambda exc: show_error(self, exc))

    def _board_loaded(self) -> None:
        totals = [c.total for c in self.board.columns]
        open_ = [t for t in totals if t.stage.kind == "open"]
        amounts, weighted = {}, {}
        for t in open_:
            for c, v in t.amounts.items():
                amounts[c] = amounts.get(c, 0) + v
            for c, v in t.weighted.items():
                weighted[c] = weighted.get(c, 0) + v
        self.summary.setText(self.tr("Open: %1 opportunities · %2 · weighted %3")
                             .replace("%1", f"{sum(t.count for t in open_):,}")
                             .replace("%2", words.money_totals(amounts))
                             .replace("%3", words.money_totals({c: int(round(v)) for c, v in weighted.items()})))

    @when_alive
    def _show_expired(self, rows) -> None:
        self.expired.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (row.name, row.customer_name, words.money(row.amount, row.currency),
                     row.expected_close.isoformat() if row.expected_close else "", row.owner_name)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.id)
                self.expired.setItem(r, c, item)
        self.summary.setText(self.tr("%n open opportunity(ies) past the expected close date.", "", len(rows)))

    def _on_changes(self, changes) -> None:
        if changes.opportunities and self.isVisible():
            self.refresh()

    # -- actions -------------------------------------------------------------------------------------
    def _run(self, write, done_text: str) -> None:
        try:
            changes = write()
        except CrmError as exc:
            show_error(self, exc)
            self.refresh()
            return
        self.bus.publish(changes)
        self.status.emit(done_text)
        if not changes.opportunities:
            self.refresh()

    def move_cards(self, ids: list, stage_id: uuid.UUID) -> None:
        stage = self.pipeline().stage(stage_id)
        reason = ""
        if stage.kind == "lost":
            reason, ok = QInputDialog.getText(self, self.tr("Lost"), self.tr("Why was it lost?"))
            if not ok or not reason.strip():
                self.status.emit(self.tr("Not moved: a lost opportunity needs a reason."))
                return

        def write():
            changes = None
            for oid in ids:
                moved = self.service.move(oid, stage_id, loss_reason=reason)
                changes = moved if changes is None else changes | moved
            return changes
        self._run(write, self.tr("Moved to %1.").replace("%1", stage.name))

    def selected_ids(self) -> list[uuid.UUID]:
        current = self.tabs.currentWidget()
        if current is self.board:
            return self.board.selected_ids()
        if current is self.list:
            rows = {i.row() for i in self.list.selectionModel().selectedIndexes()}
            return [self.model.row_value(r).id for r in sorted(rows) if self.model.is_loaded(r)]
        rows = {i.row() for i in self.expired.selectedIndexes()}
        return [self.expired.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in sorted(rows)]

    def win_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(lambda: _each(self.service.win, ids), self.tr("Marked as won."))

    def lose_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Lost"), self.tr("Why was it lost?"))
        if ok and reason.strip():
            self._run(lambda: _each(lambda oid: self.service.lose(oid, reason), ids), self.tr("Marked as lost."))

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run(lambda: self.service.delete(ids), self.tr("%n opportunity(ies) deleted (Ctrl+Z undoes).", "",
                                                                 len(ids)))

    def _open_row(self, row: int) -> None:
        if self.model.is_loaded(row):
            self.open_opportunity(self.model.row_value(row).id)

    def open_opportunity(self, opportunity_id: uuid.UUID) -> None:
        try:
            dialog = OpportunityDialog(self.service, self.customers, self.bus, opportunity_id=opportunity_id,
                                       parent=self)
        except CrmError as exc:
            show_error(self, exc)
            return
        dialog.exec()

    def new_opportunity(self, customer: tuple | None = None) -> None:
        try:
            dialog = OpportunityDialog(self.service, self.customers, self.bus, customer=customer or None,
                                       pipeline=self.pipeline(), parent=self)
        except CrmError as exc:
            show_error(self, exc)
            return
        dialog.exec()


def _each(write, ids):
    changes = None
    for oid in ids:
        done = write(oid)
        changes = done if changes is None else changes | done
    return changes
