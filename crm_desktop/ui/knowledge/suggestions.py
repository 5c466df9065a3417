"""Articles that may answer a ticket, for the ticket form: it calls set_text() as the subject and description
change; the suggestions are fetched on the database lane after a pause in typing (the newest text wins, an
older query still running is cancelled). Opening an article emits opened(id); "It helped" counts it (and
links it to the ticket, when the form has one)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CrmError
from ...services.knowledge import KnowledgeService
from ..common.errors import show_error
from ..tasks import Cancelled, Task, TaskRunner, when_alive

DEBOUNCE_MS = 300
ID_ROLE = Qt.ItemDataRole.UserRole


class ArticleSuggestions(QWidget):
    opened = Signal(object)  # uuid.UUID of the article
    suggested = Signal(int)  # how many articles are shown, after each fetch

    def __init__(self, service: KnowledgeService, tasks: TaskRunner, bus=None, parent=None, *, limit: int = 5):
        super().__init__(parent)
        self.setObjectName("articleSuggestions")
        self.service, self.tasks, self.bus, self.limit = service, tasks, bus, limit
        self.ticket_id: uuid.UUID | None = None
        self._text = ""
        self._running: Task | None = None
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._fetch)
        self.heading = QLabel(self.tr("Knowledge base suggestions"))
        self.items = QListWidget()
        self.items.setObjectName("suggestionList")
        self.items.setWordWrap(True)
        self.items.itemActivated.connect(self._open)
        self.items.itemDoubleClicked.connect(self._open)
        self.items.currentRowChanged.connect(lambda _r: self._enable())
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setObjectName("openSuggestion")
        self.open_button.clicked.connect(lambda: self._open(self.items.currentItem()))
        self.helped_button = QPushButton(self.tr("It helped"))
        self.helped_button.setObjectName("suggestionHelped")
        self.helped_button.setToolTip(self.tr("Count that this article answered the question"))
        self.helped_button.clicked.connect(self.mark_helped)
        self.empty = QLabel(self.tr("No matching articles."))
        self.empty.setObjectName("noSuggestions")
        self.empty.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.helped_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self._hits: list = []
        self._show([])

    def set_ticket(self, ticket_id: uuid.UUID | None) -> None:
        """The ticket being edited: "It helped" links the article to it."""
        self.ticket_id = ticket_id

    def set_text(self, text: str) -> None:
        """The ticket's subject and description; suggestions follow after a pause in typing."""
        if text == self._text:
            return
        self._text = text
        self._timer.start()

    def _fetch(self) -> None:
        if self._running is not None:
            self._running.cancel()
        self._generation += 1
        generation = self._generation
        if not self._text.strip():
            self._show([])
            return
        self._running = self.tasks.submit(self.service.suggest, self._text, self.limit,
                                          on_done=lambda hits, g=generation: self._on_done(g, hits),
                                          on_error=self._on_error)

    @when_alive
    def _on_done(self, generation: int, hits: list) -> None:
        if generation == self._generation:
            self._running = None
            self._show(hits)

    @when_alive
    def _on_error(self, error: Exception) -> None:
        if not isinstance(error, Cancelled):
            self._show([])

    def _show(self, hits: list) -> None:
        self._hits = list(hits)
        self.items.clear()
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}" if hit.snippet else hit.title)
            item.setData(ID_ROLE, hit.id.hex)
            item.setToolTip(hit.snippet)
            self.items.addItem(item)
        if hits:
            self.items.setCurrentRow(0)
        self.empty.setVisible(not hits and bool(self._text.strip()))
        self._enable()
        self.suggested.emit(len(hits))

    def _enable(self) -> None:
        chosen = self.items.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.helped_button.setEnabled(chosen)

    def current_article(self) -> uuid.UUID | None:
        item = self.items.currentItem()
        return uuid.UUID(item.data(ID_ROLE)) if item is not None else None

    def _open(self, item) -> None:
        if item is not None:
            self.opened.emit(uuid.UUID(item.data(ID_ROLE)))

    def mark_helped(self) -> None:
        article_id = self.current_article()
        if article_id is None:
            return
        try:
            changes = self.service.mark_helped(article_id, self.ticket_id)
        except CrmError as exc:
            show_error(self, exc)
            return
        if self.bus is not None:
            self.bus.publish(changes)
        self.helped_button.setEnabled(False)  # once per suggestion shown
        self.helped_button.setText(self.tr("Thanks!"))
        QTimer.singleShot(1500, self._reset_helped_button)

    @when_alive
    def _reset_helped_button(self) -> None:
        self.helped_button.setText(self.tr("It helped"))
        self._enable()
