"""The opportunity list: a windowed table over the filter (most recently changed first)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...domain.times import local_time
from ..common.windowed_model import Fetcher, WindowedTableModel
from . import words

COLUMNS = [QT_TRANSLATE_NOOP("OpportunityTableModel", "Opportunity"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Customer"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Stage"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Amount"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Probability"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Expected close"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Status"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Owner"),
           QT_TRANSLATE_NOOP("OpportunityTableModel", "Updated")]
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class OpportunityTableModel(WindowedTableModel):
    def __init__(self, service, tasks, parent=None):
        super().__init__(tasks, parent)
        self.service = service
        self.stage_names: dict = {}

    def columns(self) -> list[str]:
        return [QCoreApplication.translate("OpportunityTableModel", c) for c in COLUMNS]

    def display(self, row) -> tuple:
        return (row.name, row.customer_name, self.stage_names.get(row.stage_id, ""),
                words.money(row.amount, row.currency), f"{row.probability}%",
                row.expected_close.isoformat() if row.expected_close else "", words.status(row.status),
                row.owner_name, local_time(row.updated_at))

    def cell(self, row, column: int, role: int):
        if role == ALIGN and column in (3, 4):
            return RIGHT
        return None

    def extra_roles(self) -> frozenset[int]:
        return frozenset({ALIGN})

    def apply(self, flt) -> None:
        service = self.service
        self.load(Fetcher(
            count=lambda cancelled=None: service.count(flt, cancelled=cancelled),
            window=lambda after=None, inclusive=False, limit=200, cancelled=None: service.window(
                flt, after=after, inclusive=inclusive, limit=limit, cancelled=cancelled),
            anchors=lambda every, cancelled=None: service.anchors(flt, every, cancelled=cancelled)))
