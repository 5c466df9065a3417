"""The customer list model: columns, formatting and which columns sort (in SQL, by keyset)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...domain.contact_points import display_phone
from ...domain.customer_filter import CustomerFilter, CustomerOrder
from ...domain.times import local_day, local_time
from ...services.customers import CustomerService
from ..common.windowed_model import Fetcher, WindowedTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("CustomerTableModel", text)


# (title, attribute, sort key or None)
COLUMNS = [
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Name"), "name", "name"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Phone"), "phone", None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Email"), "email", None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "City"), "city", "city"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Industry"), "industry", None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Level"), "level", None),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Owner"), "owner_name", "owner"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Created"), "created_at", "created"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Updated"), "updated_at", "updated"),
    (QT_TRANSLATE_NOOP("CustomerTableModel", "Last follow-up"), "last_follow_up_at", None),
]


USER = int(Qt.ItemDataRole.UserRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
_EXTRA_ROLES = frozenset({USER, TOOLTIP, FOREGROUND})
WARNING_COLOR = QColor("#c0392b")
BADGE = "⚠ "  # the churn-warning badge before the last follow-up date


def setup_list_view(view) -> None:
    """The customer list's look for any view over this model: one line per row, fixed height, dates whole."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(True)
    for column, width in enumerate((220, 120, 160, 70, 90, 50, 80, 130, 130)):
        view.setColumnWidth(column, width)


class CustomerTableModel(WindowedTableModel):
    def __init__(self, service: CustomerService, tasks, parent=None):
        super().__init__(tasks, parent)
        self.service = service
        self.filter = CustomerFilter()
        self.order = CustomerOrder("name")
        # The churn-warning rules (services.churn.ChurnRules) the badge follows; None: no badge.
        self.churn_rules = None
        self.now = datetime.now

    def columns(self) -> list[str]:
        return [_t(title) for title, _a, _s in COLUMNS]

    def _flags(self, row) -> list:
        if self.churn_rules is None or not row.owner_name:
            return []
        return self.churn_rules.flags(self.now(), row.created_at, row.last_follow_up_at, row.last_deal_at,
                                      row.overdue_receivable)

    def display(self, row) -> tuple:
        last = local_day(row.last_follow_up_at) if row.last_follow_up_at else _t(QT_TRANSLATE_NOOP("CustomerTableModel", "never"))
        return (row.name, display_phone(row.phone), row.email, row.city, row.industry, row.level, row.owner_name,
                local_time(row.created_at), local_time(row.updated_at),
                (BADGE + last) if self._flags(row) else last)

    def extra_roles(self) -> frozenset[int]:
        return _EXTRA_ROLES

    def cell(self, row, column: int, role: int):
        if role == USER:
            return row.id
        if role == TOOLTIP and column == 0:
            return row.name
        if column == len(COLUMNS) - 1 and role in (TOOLTIP, FOREGROUND):
            flags = self._flags(row)
            if not flags:
                return None
            if role == FOREGROUND:
                return WARNING_COLOR
            words = {"no_follow_up": _t(QT_TRANSLATE_NOOP("CustomerTableModel",
                                                          "Churn warning: no follow-up for %1 days")),
                     "no_deal": _t(QT_TRANSLATE_NOOP("CustomerTableModel", "Churn warning: no deal for %1 days")),
                     "overdue_receivable": _t(QT_TRANSLATE_NOOP("CustomerTableModel",
                                                                "Churn warning: overdue receivables"))}
            return "\n".join(words[rule].replace("%1", str(days)) for rule, days in flags)
        return None

    def sort_key_for(self, column: int) -> str | None:
        return COLUMNS[column][2] if 0 <= column < len(COLUMNS) else None

    def column_for(self, sort_key: str) -> int:
        return next(i for i, c in enumerate(COLUMNS) if c[2] == sort_key)

    def apply(self, flt: CustomerFilter | None = None, order: CustomerOrder | None = None) -> None:
        self.filter = flt if flt is not None else self.filter
        self.order = order if order is not None else self.order
        flt, order, svc = self.filter, self.order, self.service
        self.load(Fetcher(
            count=lambda cancelled=None: svc.count(flt, cancelled=cancelled),
            window=lambda after=None, inclusive=False, limit=200, cancelled=None: svc.window(
                flt, order, after=after, inclusive=inclusive, limit=limit, cancelled=cancelled),
            anchors=lambda every, cancelled=None: svc.anchors(flt, order, every, cancelled=cancelled)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.sort_key_for(column)
        if key is None:
            return
        self.apply(order=CustomerOrder(key, order == Qt.SortOrder.DescendingOrder))
