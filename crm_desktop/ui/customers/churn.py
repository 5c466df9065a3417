"""The churn warning screen (流失预警): the customers in the user's scope that the thresholds flag, in the
customer list's columns (the last column says why), opened with Enter or a double click."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from ...domain.customer_filter import CustomerFilter
from ...services.churn import ChurnService
from ...services.customers import CustomerService
from ..bus import ChangeBus
from ..common.windowed_model import Fetcher
from .form import CustomerDialog
from .model import CustomerTableModel, setup_list_view


class ChurnScreen(QWidget):
    status = Signal(str)

    def __init__(self, customers: CustomerService, tasks, bus: ChangeBus, parent=None, *,
                 options: Callable[[], dict] = dict):
        super().__init__(parent)
        self.setObjectName("churnScreen")
        self.customers, self.bus = customers, bus
        # The form's choices, as the customer list already loaded them in the background.
        self.options = options
        self.churn = ChurnService(customers.db, customers.actor, customers.access)
        self.rules_label = QLabel()
        self.rules_label.setWordWrap(True)
        self.rules_label.setObjectName("churnRules")
        self.count_label = QLabel()
        self.model = CustomerTableModel(customers, tasks, self)
        self.model.now = customers.db.now
        self.view = QTableView()
        self.view.setObjectName("churnTable")
        self.view.setModel(self.model)
        setup_list_view(self.view)
        self.view.doubleClicked.connect(lambda index: self.open_customer(index.data(Qt.ItemDataRole.UserRole)))
        self.model.loaded.connect(lambda: self._counted(self.model.rowCount()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        bus.changed.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        rules = self.churn.rules()
        self.model.churn_rules = rules
        parts = []
        if rules.no_follow_up_days:
            parts.append(self.tr("no follow-up for %1 days").replace("%1", str(rules.no_follow_up_days)))
        if rules.no_deal_days:
            parts.append(self.tr("no deal for %1 days").replace("%1", str(rules.no_deal_days)))
        if rules.overdue_receivables:
            parts.append(self.tr("overdue receivables"))
        self.rules_label.setText(self.tr("Customers flagged by: %1 (an administrator sets the thresholds under "
                                         "Administration > Lists and pools).")
                                 .replace("%1", self.tr(" or ").join(parts) if parts else self.tr("nothing (off)")))
        if parts:
            self.model.apply(rules.filter(self.customers.db.now(), CustomerFilter()))
        else:  # the rules are off: nobody is flagged
            self.model.load(Fetcher(count=lambda cancelled=None: 0, window=lambda **_kw: [],
                                    anchors=lambda every, cancelled=None: []))

    def _counted(self, total) -> None:
        self.count_label.setText(self.tr("%n customer(s) at risk.", "", int(total or 0)))

    def _on_changes(self, changes) -> None:
        if getattr(changes, "customers", False) or getattr(changes, "activities", False):
            self.refresh()

    def open_customer(self, customer_id) -> None:
        if customer_id is None:
            return
        CustomerDialog(self.customers, self.bus, customer_id, self.options(), self).exec()


__all__ = ["ChurnScreen"]
