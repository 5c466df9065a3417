"""Performance (业绩): targets against actual contract amounts signed or payments received, for a month or a
quarter, ranked by person and by department; managers set the targets."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain import periods
from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.money import parse_amount
from ...services.targets import TargetService
from ..bus import ChangeBus
from ..common.errors import show_error
from ..sales import words


def period_choices(today: date) -> list[str]:
    last_month = today.replace(day=1) - timedelta(days=1)
    last_quarter = periods.bounds(periods.quarter_of(today))[0] - timedelta(days=1)
    return [periods.month_of(today), periods.quarter_of(today), periods.month_of(last_month),
            periods.quarter_of(last_quarter)]


class TargetsScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: TargetService, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("targetsScreen")
        self.service, self.bus = service, bus
        self.period = QComboBox()
        self.period.setObjectName("periodCombo")
        self.period.addItems(period_choices(date.today()))
        self.metric_combo = QComboBox()
        self.metric_combo.setObjectName("metricCombo")
        self.metric_combo.addItem(self.tr("Contract amount signed"), "contracts")
        self.metric_combo.addItem(self.tr("Payments received"), "payments")
        self.set_button = QPushButton(self.tr("Set target…"))
        self.set_button.setObjectName("setTarget")
        self.set_button.clicked.connect(lambda: self.set_target())
        self.set_button.setEnabled(service.can("targets", "administer"))
        self.department_button = QPushButton(self.tr("Set department target…"))
        self.department_button.setObjectName("setDepartmentTarget")
        self.department_button.clicked.connect(self.set_department_target)
        self.department_button.setEnabled(service.can("targets", "administer"))
        for combo in (self.period, self.metric_combo):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Period:")))
        row.addWidget(self.period)
        row.addWidget(self.metric_combo)
        row.addStretch(1)
        row.addWidget(self.set_button)
        row.addWidget(self.department_button)
        self.people = self._table("peopleRanking", self.tr("Person"))
        self.departments = self._table("departmentRanking", self.tr("Department"))
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Ranking by person")))
        layout.addWidget(self.people, 2)
        layout.addWidget(QLabel(self.tr("By department")))
        layout.addWidget(self.departments, 1)
        bus.changed.connect(lambda c: self.refresh() if (c.targets or c.contracts or c.receivables) and self.isVisible()
                            else None)

    def _table(self, name: str, who: str) -> QTableWidget:
        table = QTableWidget(0, 5)
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr("Rank"), who, self.tr("Target"), self.tr("Actual"),
                                         self.tr("Achieved")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().hide()
        return table

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        period, metric = self.period.currentText().strip(), self.metric_combo.currentData()
        try:
            people = self.service.performance(period, metric)
            departments = self.service.departments(period, metric)
        except (CrmError, ValidationError):
            return
        self.rows = people
        for table, rows in ((self.people, people), (self.departments, departments)):
            table.setRowCount(len(rows))
            for r, p in enumerate(rows):
                cells = (str(p.rank), p.name, words.money(p.target), words.money(p.actual),
                         f"{p.achieved:.1f}%" if p.achieved is not None else "—")
                for c, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    if c == 0:
                        item.setData(Qt.ItemDataRole.UserRole, p.user_id if table is self.people else p.department_id)
                    table.setItem(r, c, item)

    def set_department_target(self) -> None:
        rows = {i.row() for i in self.departments.selectedIndexes()}
        if len(rows) != 1:
            self.status.emit(self.tr("Choose the department whose target to set."))
            return
        self.set_target(department_id=self.departments.item(rows.pop(), 0).data(Qt.ItemDataRole.UserRole))

    def set_target(self, *, department_id=None) -> None:
        user_id = None
        if department_id is None:
            rows = {i.row() for i in self.people.selectedIndexes()}
            if len(rows) != 1:
                self.status.emit(self.tr("Choose the person whose target to set."))
                return
            user_id = self.people.item(rows.pop(), 0).data(Qt.ItemDataRole.UserRole)
        text, ok = QInputDialog.getText(self, self.tr("Set target"), self.tr("Target for %1:")
                                        .replace("%1", self.period.currentText()))
        if not ok:
            return
        amount = parse_amount(text)
        try:
            if isinstance(amount, FieldError):
                raise ValidationError([amount])
            self.bus.publish(self.service.set_target(self.period.currentText().strip(),
                                                     self.metric_combo.currentData(), amount, user_id=user_id,
                                                     department_id=department_id))
        except (CrmError, ValidationError) as exc:
            show_error(self, exc)
            return
        self.refresh()
