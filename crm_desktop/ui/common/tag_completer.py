"""Completion for a line of comma-separated tags ("VIP, 重点客户, 展"): the tags there are are offered for the
part after the last comma, and picking one keeps the parts before it. Those who may not make tags can only
use existing ones, so this is how they find them."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ...services.tags import SEPARATOR


class TagCompleter(QCompleter):
    def __init__(self, names: list[str], edit: QLineEdit):
        super().__init__(edit)
        self._names = QStringListModel(names, self)  # parented: a model Python alone holds would be collected
        self.setModel(self._names)
        self._edit = edit
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)  # "客户" finds 老客户 and 重点客户
        edit.setCompleter(self)

    def splitPath(self, path: str) -> list[str]:
        return [SEPARATOR.split(path)[-1].strip()]

    def pathFromIndex(self, index) -> str:
        text = self._edit.text()
        last = max((m.end() for m in SEPARATOR.finditer(text)), default=0)
        head = text[:last].rstrip()
        picked = super().pathFromIndex(index)
        return f"{head} {picked}" if head else picked
