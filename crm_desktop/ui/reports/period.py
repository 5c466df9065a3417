"""The period selector shared by the dashboard and the report screen: this month, last month, this quarter,
this year, or a custom range; it hands out [start, end) as local dates (ReportFilter's convention)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

PERIODS = ("this_month", "last_month", "this_quarter", "this_year", "custom")


def period_range(kind: str, today: date) -> tuple[date, date]:
    """[start, end) of a named period around `today` (custom: the current month, as a starting point)."""
    month_start = today.replace(day=1)
    if kind == "last_month":
        start = (month_start - timedelta(days=1)).replace(day=1)
        return start, month_start
    if kind == "this_quarter":
        start = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
        end_month = start.month + 3
        return start, date(start.year + (end_month > 12), (end_month - 1) % 12 + 1, 1)
    if kind == "this_year":
        return date(today.year, 1, 1), date(today.year + 1, 1, 1)
    next_month = date(today.year + (today.month == 12), today.month % 12 + 1, 1)
    return month_start, next_month


class PeriodSelector(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, today=date.today):
        super().__init__(parent)
        self._today = today
        self.combo = QComboBox()
        self.combo.setObjectName("periodCombo")
        for key, text in zip(PERIODS, (self.tr("This month"), self.tr("Last month"), self.tr("This quarter"),
                                       self.tr("This year"), self.tr("Custom…"))):
            self.combo.addItem(text, key)
        self.start_edit, self.end_edit = QDateEdit(), QDateEdit()
        for edit, name in ((self.start_edit, "periodStart"), (self.end_edit, "periodEnd")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.to_label = QLabel(self.tr("to"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Period:")))
        for widget in (self.combo, self.start_edit, self.to_label, self.end_edit):
            layout.addWidget(widget)
        self._set_dates(*period_range("this_month", self._today()))
        self._custom(False)
        self.combo.currentIndexChanged.connect(self._kind_chosen)
        self.start_edit.dateChanged.connect(self._dates_edited)
        self.end_edit.dateChanged.connect(self._dates_edited)

    @property
    def kind(self) -> str:
        return self.combo.currentData()

    def set_kind(self, kind: str) -> None:
        self.combo.setCurrentIndex(PERIODS.index(kind))

    def set_custom(self, start: date, end_inclusive: date) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(PERIODS.index("custom"))
        self.combo.blockSignals(False)
        self._custom(True)
        self._set_dates(start, end_inclusive + timedelta(days=1))
        self.changed.emit()

    def range(self) -> tuple[date, date]:
        """[start, end): the end date edit shows the last day included."""
        if self.kind != "custom":
            return period_range(self.kind, self._today())
        start, last = self.start_edit.date().toPython(), self.end_edit.date().toPython()
        return start, max(last, start) + timedelta(days=1)

    def _custom(self, on: bool) -> None:
        for widget in (self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(on)

    def _set_dates(self, start: date, end: date) -> None:
        for edit, value in ((self.start_edit, start), (self.end_edit, end - timedelta(days=1))):
            edit.blockSignals(True)
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.blockSignals(False)

    def _kind_chosen(self, _index: int) -> None:
        custom = self.kind == "custom"
        if not custom:
            self._set_dates(*period_range(self.kind, self._today()))
        self._custom(custom)
        self.changed.emit()

    def _dates_edited(self) -> None:
        if self.kind == "custom":
            self.changed.emit()
