"""The article list: a windowed table over the chosen category, status and search text (most recently
changed first); words for the article statuses."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...domain.times import local_time
from ..common.windowed_model import Fetcher, WindowedTableModel

CONTEXT = "ArticleTableModel"
COLUMNS = [QT_TRANSLATE_NOOP("ArticleTableModel", "Title"),
           QT_TRANSLATE_NOOP("ArticleTableModel", "Category"),
           QT_TRANSLATE_NOOP("ArticleTableModel", "Status"),
           QT_TRANSLATE_NOOP("ArticleTableModel", "Helped"),
           QT_TRANSLATE_NOOP("ArticleTableModel", "Updated")]
STATUS_WORDS = {"draft": QT_TRANSLATE_NOOP("ArticleTableModel", "Draft"),
                "published": QT_TRANSLATE_NOOP("ArticleTableModel", "Published"),
                "archived": QT_TRANSLATE_NOOP("ArticleTableModel", "Archived")}
ALIGN = int(Qt.ItemDataRole.TextAlignmentRole.value)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def status_word(status: str) -> str:
    return QCoreApplication.translate(CONTEXT, STATUS_WORDS[status]) if status in STATUS_WORDS else status


class ArticleTableModel(WindowedTableModel):
    def __init__(self, service, tasks, parent=None):
        super().__init__(tasks, parent)
        self.service = service

    def columns(self) -> list[str]:
        return [QCoreApplication.translate(CONTEXT, c) for c in COLUMNS]

    def display(self, row) -> tuple:
        return (row.title, row.category_name, status_word(row.status), str(row.helped),
                local_time(row.updated_at))

    def cell(self, row, column: int, role: int):
        return RIGHT if role == ALIGN and column == 3 else None

    def extra_roles(self) -> frozenset[int]:
        return frozenset({ALIGN})

    def apply(self, category_id=None, status: str | None = None, query: str = "") -> None:
        """Show the articles of a category (with its sub-categories), of a status, matching the search text."""
        service = self.service
        self.load(Fetcher(
            count=lambda cancelled=None: service.count(category_id, status, query, cancelled=cancelled),
            window=lambda after=None, inclusive=False, limit=200, cancelled=None: service.list(
                category_id, status, query, limit=limit, after=after, inclusive=inclusive, cancelled=cancelled),
            anchors=lambda every, cancelled=None: service.anchors(every, category_id, status, query,
                                                                  cancelled=cancelled)))
