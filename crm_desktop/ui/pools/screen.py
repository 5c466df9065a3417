"""The public pool (公海) screen: a pool's customers in a windowed list, claim (Ctrl+Enter), and the user's
own customers about to return to a pool. Releasing is offered on the customer list (Move to public pool…)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout,
                               QWidget)

from ...domain.customer_filter import CustomerOrder
from ...services.pools import PoolService
from ..bus import ChangeBus
from ..common.combos import find_data
from ..common.empty_state import EmptyState
from ..common.errors import show_error
from ..common.layout_memory import remember_columns, remember_splitter
from ..common.windowed_model import Fetcher
from ..customers.model import CustomerTableModel, setup_list_view


class PoolTableModel(CustomerTableModel):
    """The customer list's columns over one pool's customers."""

    def __init__(self, pools: PoolService, tasks, parent=None):
        super().__init__(None, tasks, parent)
        self.pools = pools
        self.pool_id: uuid.UUID | None = None
        self.search = ""

    def apply(self, flt=None, order: CustomerOrder | None = None) -> None:
        self.order = order if order is not None else self.order
        pools, pool_id, search, order = self.pools, self.pool_id, self.search, self.order
        if pool_id is None:
            self.load(Fetcher(count=lambda cancelled=None: 0, window=lambda **_kw: [],
                              anchors=lambda every, cancelled=None: []))
            return
        self.load(Fetcher(
            count=lambda cancelled=None: pools.count(pool_id, search, cancelled=cancelled),
            window=lambda after=None, inclusive=False, limit=200, cancelled=None: pools.window(
                pool_id, search, order, after=after, inclusive=inclusive, limit=limit, cancelled=cancelled),
            anchors=lambda every, cancelled=None: pools.anchors(pool_id, search, order, every,
                                                                 cancelled=cancelled)))


def rule_label(rule: str, days: int) -> str:
    text = {"no_follow_up": QT_TRANSLATE_NOOP("PoolScreen", "No follow-up for %1 days"),
            "no_deal": QT_TRANSLATE_NOOP("PoolScreen", "No deal for %1 days")}.get(rule, rule)
    return QCoreApplication.translate("PoolScreen", text).replace("%1", str(days))


class PoolScreen(QWidget):
    status = Signal(str)  # a message for the main window's status bar

    def __init__(self, pools: PoolService, tasks, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("poolScreen")
        self.pools, self.tasks, self.bus = pools, tasks, bus
        self.pool_combo = QComboBox()
        self.pool_combo.setObjectName("poolCombo")
        self.pool_combo.currentIndexChanged.connect(self._pool_changed)
        self.search = QLineEdit()
        self.search.setObjectName("poolSearch")
        self.search.setPlaceholderText(self.tr("Search the pool: name, phone, pinyin…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._debounce.start)
        self.claim_button = QPushButton(self.tr("&Claim"))
        self.claim_button.setObjectName("claimButton")
        self.claim_button.setToolTip(self.tr("Take the selected customers as your own (Ctrl+Enter)"))
        self.claim_button.clicked.connect(self.claim_selected)
        self.claim_button.setEnabled(pools.can("pools", "claim"))
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.rules_label.setObjectName("poolRules")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Pool:")))
        top.addWidget(self.pool_combo)
        top.addWidget(self.search, 1)
        top.addWidget(self.claim_button)

        self.model = PoolTableModel(pools, tasks, self)
        self.view = QTableView()
        self.view.setObjectName("poolTable")
        self.view.setModel(self.model)
        setup_list_view(self.view)
        self.view.hideColumn(6)  # the owner: nobody owns a pool's customers
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        remember_columns(self.view, "pool")
        self.claim_action = QAction(self.tr("Claim"), self)
        self.claim_action.setObjectName("actionClaim")
        self.claim_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.claim_action.triggered.connect(self.claim_selected)
        self.view.addAction(self.claim_action)
        self.empty = EmptyState(self.view)
        self.model.loaded.connect(self._on_loaded)

        self.soon = QTableWidget(0, 4)
        self.soon.setObjectName("returningSoon")
        self.soon.setHorizontalHeaderLabels([self.tr("Customer"), self.tr("Returns on"), self.tr("Rule"),
                                             self.tr("Pool")])
        self.soon.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.soon.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.soon.verticalHeader().hide()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        self.soon_label = QLabel(self.tr("My customers returning to a pool soon (follow up to keep them)"))
        self.soon_label.setWordWrap(True)
        lower_layout.addWidget(self.soon_label)
        lower_layout.addWidget(self.soon)
        split = QSplitter(Qt.Orientation.Vertical)
        remember_splitter(split, "pool")
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("poolMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.rules_label)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        bus.changed.connect(self._on_changes)
        self.reload_pools()

    # -- data ----------------------------------------------------------------------------------------
    def reload_pools(self) -> None:
        current = self.pool_combo.currentData()
        items = self.pools.pools()
        self._items = {p.id: p for p in items}
        self.pool_combo.blockSignals(True)
        self.pool_combo.clear()
        for p in items:
            self.pool_combo.addItem(self.tr("%1 (%2)").replace("%1", p.name).replace("%2", str(p.customers)), p.id)
        index = find_data(self.pool_combo, current) if current is not None else 0
        self.pool_combo.setCurrentIndex(max(index, 0))
        self.pool_combo.blockSignals(False)
        self._pool_changed()
        self.tasks.submit(self.pools.returning_soon, on_done=self._show_soon, on_error=lambda exc: None)

    def _pool_changed(self, *_args) -> None:
        pool = self._items.get(self.pool_combo.currentData()) if hasattr(self, "_items") else None
        if pool is None:
            self.rules_label.setText(self.tr("No public pool yet: an administrator creates one under "
                                             "Administration > Lists and pools."))
        else:
            others = self.tr("other levels")
            rules = "; ".join(f"{level if level != '*' else others}: " + ", ".join(
                rule_label(k.removesuffix("_days"), v) for k, v in r.items()) for level, r in pool.rules.items())
            limit = str(pool.claim_limit) if pool.claim_limit else self.tr("none")
            self.rules_label.setText(self.tr("Rules: %1. Claim limit: %2. Wait before reclaiming: %3 days.")
                                     .replace("%1", rules or self.tr("none")).replace("%2", limit)
                                     .replace("%3", str(pool.reclaim_wait_days)))
        self.refresh()

    def refresh(self) -> None:
        self.model.pool_id = self.pool_combo.currentData()
        self.model.search = self.search.text()
        self.model.apply()

    def _on_loaded(self) -> None:
        if self.model.rowCount():
            return
        if self.model.pool_id is None:  # no pool at all: the rules line says so
            self.empty.hide()
        elif self.model.search:
            self.empty.show_message(
                self.tr("No customer in this pool matches “%1”.").replace("%1", self.model.search),
                self.tr("Clear the search"), self.search.clear)
        else:
            self.empty.show_message(self.tr("This pool is empty. Customers come here when their owner releases "
                                            "them, or when a rule above returns them."))

    def _show_soon(self, rows) -> None:
        self.soon.setRowCount(len(rows))
        for r, item in enumerate(rows):
            for c, value in enumerate((item.name, item.due.isoformat(), rule_label(item.rule, item.days),
                                       item.pool_name)):
                self.soon.setItem(r, c, QTableWidgetItem(value))
        self.soon_label.setText(self.tr("My customers returning to a pool soon (follow up to keep them): %1")
                                .replace("%1", str(len(rows))))

    def _on_changes(self, changes) -> None:
        if getattr(changes, "customers", False):
            self.reload_pools()

    # -- actions -------------------------------------------------------------------------------------
    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row_value(r).id for r in rows if self.model.is_loaded(r)]

    def claim_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            changes = self.pools.claim(ids)
        except Exception as exc:  # the rules' reason, shown; nothing half-done (one unit of work)
            show_error(self, exc, self.tr("Claim"))
            return
        text = self.tr("Claimed %n customer(s); they are in your customer list now.", "", len(ids))
        self.message.setText(text)
        self.status.emit(text)
        self.bus.publish(changes)


__all__ = ["PoolScreen", "PoolTableModel"]
