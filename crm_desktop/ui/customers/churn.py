"""The churn warning screen (流失预警): the customers in the user's scope that the thresholds flag, in the
customer list's columns (the last column says why), opened with Enter or a double click. "Retrain churn
model" fits the churn risk model (services/churn_scoring.py) on the database lane, with progress, and says
how well it did on the customers it held out."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.customer_filter import CustomerFilter
from ...domain.errors import Cancelled, CrmError
from ...domain.times import local_time
from ...services.churn import ChurnService
from ...services.churn_scoring import ChurnScoringService, TrainingResult
from ...services.customers import CustomerService
from ..bus import ChangeBus
from ..common.empty_state import EmptyState
from ..common.errors import error_message
from ..common.layout_memory import remember_columns
from ..common.windowed_model import Fetcher
from ..tasks import when_alive
from .form import CustomerDialog
from .model import CustomerTableModel, setup_list_view


class ChurnScreen(QWidget):
    status = Signal(str)

    def __init__(self, customers: CustomerService, tasks, bus: ChangeBus, parent=None, *,
                 options: Callable[[], dict] = dict):
        super().__init__(parent)
        self.setObjectName("churnScreen")
        self.customers, self.bus, self.tasks = customers, bus, tasks
        # The form's choices, as the customer list already loaded them in the background.
        self.options = options
        self.churn = ChurnService(customers.db, customers.actor, customers.access)
        self.scoring = ChurnScoringService(customers.db, customers.actor, customers.access)
        self.training_task = None
        self.retrain_button = QPushButton(self.tr("Retrain churn model"))
        self.retrain_button.setObjectName("retrainChurnModel")
        self.retrain_button.setToolTip(self.tr("Learn the churn risk score again from the customers' history "
                                               "(in the background)"))
        self.retrain_button.clicked.connect(self.retrain)
        self.training_bar = QProgressBar()
        self.training_bar.setObjectName("churnTrainingProgress")
        self.training_bar.setMaximumWidth(200)
        self.training_bar.hide()
        self.model_label = QLabel()
        self.model_label.setObjectName("churnModelStatus")
        self.model_label.setWordWrap(True)
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
        remember_columns(self.view, "churn")
        self.view.doubleClicked.connect(lambda index: self.open_customer(index.data(Qt.ItemDataRole.UserRole)))
        self.empty = EmptyState(self.view)
        self.model.loaded.connect(lambda: self._counted(self.model.rowCount()))
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_label, 1)
        model_row.addWidget(self.training_bar)
        model_row.addWidget(self.retrain_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_label)
        layout.addLayout(model_row)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        bus.changed.connect(self._on_changes)
        self.refresh()
        self._show_model(self.scoring.model_info())

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

    # -- the churn model ------------------------------------------------------------------------------
    def _show_model(self, info: TrainingResult | None) -> None:
        self.model_label.setStyleSheet("")
        if info is None:
            self.model_label.setText(self.tr("No churn model has been trained yet: risk scores follow the warning "
                                             "rules alone."))
        else:
            self.model_label.setText(self.tr("Churn model trained %1 on %2 customers; held-out AUC %3.")
                                     .replace("%1", local_time(info.trained_at))
                                     .replace("%2", str(info.n_train + info.n_test))
                                     .replace("%3", f"{info.auc:.2f}"))

    def retrain(self) -> None:
        if self.training_task is not None and self.tasks.is_live(self.training_task):
            return
        self.retrain_button.setEnabled(False)
        self.training_bar.setRange(0, 0)
        self.training_bar.show()
        self.model_label.setStyleSheet("")
        self.model_label.setText(self.tr("Training the churn model…"))
        self.training_task = self.tasks.submit(self.scoring.train, on_done=self._trained,
                                               on_error=self._training_failed, on_progress=self._training_progress)

    @when_alive
    def _training_progress(self, done: int, total: int) -> None:
        self.training_bar.setRange(0, total)
        self.training_bar.setValue(done)

    def _training_ended(self) -> None:
        self.training_bar.hide()
        self.retrain_button.setEnabled(True)

    @when_alive
    def _trained(self, result: TrainingResult) -> None:
        self._training_ended()
        self.model_label.setStyleSheet("color: #1e8449;")
        self.model_label.setText(
            self.tr("Churn model trained: held-out AUC %1 on %2 customers (trained on %3); %4 churned and %5 "
                    "retained customers in all.")
            .replace("%1", f"{result.auc:.2f}").replace("%2", str(result.n_test)).replace("%3", str(result.n_train))
            .replace("%4", str(result.churned)).replace("%5", str(result.retained)))

    @when_alive
    def _training_failed(self, exc) -> None:
        self._training_ended()
        self.model_label.setStyleSheet("color: #c0392b;")
        if isinstance(exc, Cancelled):
            self.model_label.setText(self.tr("Training the churn model was cancelled."))
        elif isinstance(exc, CrmError) and exc.code == "too_few_examples":
            a = exc.args_map
            self.model_label.setText(
                self.tr("Not enough history to train the churn model: %1 churned and %2 retained customers; at "
                        "least %3 of each are needed. Risk scores follow the warning rules alone.")
                .replace("%1", str(a.get("churned", 0))).replace("%2", str(a.get("retained", 0)))
                .replace("%3", str(a.get("needed", 0))))
        else:
            self.model_label.setText(self.tr("Training the churn model failed: %1").replace("%1", error_message(exc)))

    def _counted(self, total) -> None:
        self.count_label.setText(self.tr("%n customer(s) at risk.", "", int(total or 0)))
        if not total:
            self.empty.show_message(self.tr("No customer is at risk under the rules above."))

    def _on_changes(self, changes) -> None:
        if getattr(changes, "customers", False) or getattr(changes, "activities", False):
            self.refresh()

    def open_customer(self, customer_id) -> None:
        if customer_id is None:
            return
        CustomerDialog(self.customers, self.bus, customer_id, self.options(), self, tasks=self.tasks).exec()


__all__ = ["ChurnScreen"]
