"""What an empty list says instead of a blank grid: why it is empty (nothing matches the search, or there is
nothing yet) and the one action that helps, as a button in the middle of the table."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Lies over a table's viewport, at its size, while shown; the table's header stays visible above it. The
    screen says when to show it; it hides itself as soon as the table's model has rows again."""

    def __init__(self, view: QAbstractItemView):
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self._viewport = view.viewport()
        self._action: Callable[[], None] | None = None
        self.message = QLabel()
        self.message.setObjectName("emptyStateMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.setObjectName("emptyStateButton")
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.message)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self._viewport.installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted):
            signal.connect(lambda *_args: model.rowCount() and self.hide())
        self.hide()

    def show_message(self, text: str, button: str = "", action: Callable[[], None] | None = None) -> None:
        self.message.setText(text)
        self._action = action
        self.button.setText(button)
        self.button.setVisible(bool(button and action))
        self.setGeometry(self._viewport.rect())
        self.show()
        self.raise_()

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._viewport.rect())
        return False
