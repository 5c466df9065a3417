"""A list's columns as its user left them — widths, order, hidden columns, sort indicator — from one start of the
app to the next, kept in the settings file per kind of list. The customer list keeps its own (with its column
chooser); this is for the others."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QTableView

from .. import settings as S
from .window_size import settings_of


class _ColumnMemory(QObject):
    """Restores on the view's first showing, when it sits in the main window and the settings can be found (a
    screen is built before it is placed there); saves on every change of a column."""

    def __init__(self, view: QTableView, kind: str):
        super().__init__(view)
        self.view, self.kind = view, kind
        self.settings: S.Settings | None = None
        view.installEventFilter(self)

    def _setting(self) -> S.Setting:
        # Keyed by the number of columns too: after an update that adds a column, the list starts from its
        # default layout instead of a state saved for other columns.
        columns = self.view.horizontalHeader().count()
        return S.Setting(f"columns/{self.kind}/{columns}", QByteArray, QByteArray())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Show and self.view.horizontalHeader().count():
            self.view.removeEventFilter(self)
            self.settings = settings_of(self.view)
            if self.settings is not None:
                header = self.view.horizontalHeader()
                state = self.settings.get(self._setting())
                if state:
                    header.restoreState(state)
                header.sectionResized.connect(self._save)
                header.sectionMoved.connect(self._save)
                header.sortIndicatorChanged.connect(self._save)
        return False

    def _save(self, *_args) -> None:
        self.settings.set(self._setting(), self.view.horizontalHeader().saveState())


def remember_columns(view: QTableView, kind: str) -> None:
    _ColumnMemory(view, kind)


__all__ = ["remember_columns"]
