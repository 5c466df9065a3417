"""Layouts as their user left them, from one start of the app to the next, kept in the settings file: a list's
columns (widths, order, hidden columns, sort indicator) and where a splitter divides its panes. The customer list
keeps its own columns (with its column chooser); this is for the rest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QSplitter, QTableView, QWidget

from .. import settings as S
from .window_size import settings_of


class _Memory(QObject):
    """Restores on the widget's first showing, when it sits in the main window and the settings can be found (a
    screen is built before it is placed there), then saves on every change."""

    def __init__(self, widget: QWidget, key: Callable[[], str | None], save_state: Callable[[], QByteArray],
                 restore_state: Callable[[QByteArray], object], changes: tuple):
        super().__init__(widget)
        self.widget, self.key = widget, key
        self.save_state, self.restore_state, self.changes = save_state, restore_state, changes
        self.settings: S.Settings | None = None
        self.restored = False  # whether a layout the user left was put back
        widget.installEventFilter(self)

    def _setting(self, key: str) -> S.Setting:
        return S.Setting(key, QByteArray, QByteArray())

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Show and self.key() is not None:
            self.widget.removeEventFilter(self)
            self.settings = settings_of(self.widget)
            if self.settings is not None:
                state = self.settings.get(self._setting(self.key()))
                if state:
                    self.restore_state(state)
                    self.restored = True
                for signal in self.changes:
                    signal.connect(self._save)
        return False

    def _save(self, *_args) -> None:
        self.settings.set(self._setting(self.key()), self.save_state())


def remember_columns(view: QTableView, kind: str) -> _Memory:
    """Returns the memory, whose `restored` tells a list that fits its columns to its first rows whether the
    user's own layout came back instead."""
    header = view.horizontalHeader()

    def key() -> str | None:
        # Keyed by the number of columns too: after an update that adds a column, the list starts from its
        # default layout instead of a state saved for other columns. None until the model gives it columns.
        return f"columns/{kind}/{header.count()}" if header.count() else None
    return _Memory(view, key, header.saveState, header.restoreState,
                   (header.sectionResized, header.sectionMoved, header.sortIndicatorChanged))


def remember_splitter(splitter: QSplitter, kind: str) -> None:
    _Memory(splitter, lambda: f"splitters/{kind}/{splitter.count()}", splitter.saveState, splitter.restoreState,
            (splitter.splitterMoved,))


__all__ = ["remember_columns", "remember_splitter"]
