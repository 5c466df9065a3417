"""The customer list model: columns, formatting and which columns sort (in SQL, by keyset)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...domain.contact_points import display_phone
from ...domain.customer_filter import CustomerFilter, CustomerOrder
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
]


USER = int(Qt.ItemDataRole.UserRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_EXTRA_ROLES = frozenset({USER, TOOLTIP})


class CustomerTableModel(WindowedTableModel):
    def __init__(self, service: CustomerService, tasks, parent=None):
        super().__init__(tasks, parent)
        self.service = service
        self.filter = CustomerFilter()
        self.order = CustomerOrder("name")

    def columns(self) -> list[str]:
        return [_t(title) for title, _a, _s in COLUMNS]

    def display(self, row) -> tuple:
        return (row.name, display_phone(row.phone), row.email, row.city, row.industry, row.level, row.owner_name,
                row.created_at.strftime("%Y-%m-%d %H:%M"), row.updated_at.strftime("%Y-%m-%d %H:%M"))

    def extra_roles(self) -> frozenset[int]:
        return _EXTRA_ROLES

    def cell(self, row, column: int, role: int):
        if role == USER:
            return row.id
        if role == TOOLTIP and column == 0:
            return row.name
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
