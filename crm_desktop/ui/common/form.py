"""Form helpers: a field row with an inline error label under the editor."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ...domain.errors import ValidationError
from .errors import field_message


class FieldRow(QWidget):
    def __init__(self, editor: QWidget, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setStyleSheet("color: #c0392b;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def set_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))


class ValidatedForm:
    """Keeps field rows by name, shows a ValidationError inline, clears errors on the next try."""

    def __init__(self, layout: QFormLayout):
        self.layout = layout
        self.rows: dict[str, FieldRow] = {}

    def add(self, name: str, label: str, editor: QWidget) -> QWidget:
        row = FieldRow(editor)
        editor.setObjectName(f"field_{name}")
        self.rows[name] = row
        self.layout.addRow(label, row)
        return editor

    def set_visible(self, name: str, visible: bool) -> None:
        """Show or hide a field together with its label (a field the user may not see)."""
        row = self.rows.get(name)
        if row is not None:
            self.layout.setRowVisible(row, visible)

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error(None)

    def show(self, exc: ValidationError) -> list[str]:
        """Show each error under its field; returns the fields that had no row to show it in."""
        unplaced = []
        for err in exc.errors:
            row = self.rows.get(err.field)
            if row is None:
                unplaced.append(f"{err.field}: {field_message(err)}")
            else:
                row.set_error(field_message(err))
        first = next((self.rows[e.field] for e in exc.errors if e.field in self.rows), None)
        if first is not None:
            first.editor.setFocus()
        return unplaced
