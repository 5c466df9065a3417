"""Jumping far in a windowed table without a flash of placeholders.

When the user drags the scroll bar to a part of the table that is not loaded, the view would paint "…"
rows, then paint again when the page arrives: two full paints plus the query, and a visible flicker.
`ScrollPrefetch` asks for the visible pages the moment the scroll position changes, before the view paints,
and holds the view's painting until they arrive (at most HOLD_MS, after which placeholders are shown).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTableView

from .windowed_model import PAGE, WindowedTableModel

HOLD_MS = 120


class ScrollPrefetch(QObject):
    def __init__(self, view: QTableView, model: WindowedTableModel):
        super().__init__(view)
        self._view, self._model = view, model
        self._held = False
        self._release = QTimer(self)
        self._release.setSingleShot(True)
        self._release.setInterval(HOLD_MS)
        self._release.timeout.connect(self._resume)
        view.verticalScrollBar().valueChanged.connect(self._on_scroll)
        model.page_loaded.connect(self._on_page)
        model.modelReset.connect(self._resume)

    def _visible_rows(self) -> range:
        total = self._model.rowCount()
        if total == 0:
            return range(0)
        viewport = self._view.viewport()
        top = self._view.rowAt(0)
        bottom = self._view.rowAt(viewport.height() - 1)
        top = 0 if top < 0 else top
        bottom = total - 1 if bottom < 0 else bottom
        return range(top, bottom + 1)

    def _missing_pages(self) -> list[int]:
        rows = self._visible_rows()
        if not rows:
            return []
        pages = range(rows.start // PAGE, (rows.stop - 1) // PAGE + 1)
        return [p for p in pages if not self._model.is_loaded(max(p * PAGE, rows.start))]

    def _on_scroll(self, _value: int) -> None:
        missing = self._missing_pages()
        for page in missing:
            self._model.ensure_row(page * PAGE)
        if missing and not self._held:
            self._held = True
            self._view.viewport().setUpdatesEnabled(False)
            self._release.start()

    def _on_page(self, _page: int) -> None:
        if self._held and not self._missing_pages():
            self._resume()

    def _resume(self) -> None:
        self._release.stop()
        if self._held:
            self._held = False
            self._view.viewport().setUpdatesEnabled(True)
            self._view.viewport().update()
