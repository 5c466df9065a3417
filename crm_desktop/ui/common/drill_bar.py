"""The line above a list that a dashboard figure's drill-down narrowed: what it is narrowed by, and a button
that shows everything again (the customer, opportunity and contract lists share it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class DrillBar(QWidget):
    cleared = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("drillLabel")
        self.clear_button = QPushButton(self.tr("Show all"))
        self.clear_button.setObjectName("clearDrill")
        self.clear_button.clicked.connect(self.cleared)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.clear_button)
        self.hide()

    def show_drill(self, text: str, active: bool) -> None:
        self.label.setText(text)
        self.setVisible(active)
