"""Closing a form over changes that are not saved: the user is asked Save / Discard / Cancel, as in any editor.
Esc, the Close or Cancel button and the window's X all reach a dialog's reject(), so that is where it asks. An
editor inside a screen (the knowledge base's) asks the same before it shows another record or the window closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QComboBox, QDialog, QLineEdit, QListWidget,
                               QMessageBox, QPlainTextEdit, QTextEdit, QWidget)


def may_close(dialog: QWidget, changed: bool, save: Callable[[], bool], question: str) -> bool:
    """Whether `dialog` may go on closing (or an editor on leaving its record). Unchanged: yes. Otherwise the
    user chooses: Discard goes on, Cancel stays, Save saves first and stays if the save is refused (its reasons
    show in the form) — or if saving already closed the dialog, which then has nothing left to do."""
    if not changed:
        return True
    button = QMessageBox.StandardButton
    answer = QMessageBox.question(dialog, QCoreApplication.translate("unsaved", "Unsaved changes"), question,
                                  button.Save | button.Discard | button.Cancel, button.Save)
    if answer == button.Discard:
        return True
    if answer == button.Save:
        return save() and (dialog.isVisible() or not isinstance(dialog, QDialog))
    return False


def editor_values(root: QWidget) -> tuple:
    """What every editor under `root` holds, in a fixed order: equal before and after means nothing was edited.
    A spin box or date edit is read by its text, a combo box by its choice, a check box by its state, a list
    by its checked items."""
    out = []
    for w in root.findChildren(QWidget):
        if isinstance(w, QLineEdit):
            out.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            out.append(w.toPlainText())
        elif isinstance(w, QAbstractSpinBox):
            out.append(w.text())
        elif isinstance(w, QComboBox):
            out.append((w.currentIndex(), w.currentText()))
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            out.append(w.isChecked())
        elif isinstance(w, QListWidget):
            out.append(tuple(w.item(i).checkState() == Qt.CheckState.Checked for i in range(w.count())))
    return tuple(out)


class AsksBeforeDiscarding:
    """For an edit dialog whose accept() validates and saves (mixed in before QDialog): Esc, Cancel and the
    window's X ask Save / Discard / Cancel once any editor holds something other than what it opened with.
    The editors are read when the dialog is first shown, after its fields are filled."""

    _opened_with: tuple | None = None

    def showEvent(self, event) -> None:
        if self._opened_with is None:
            self._opened_with = editor_values(self)
        super().showEvent(event)

    def has_unsaved_changes(self) -> bool:
        return self._opened_with is not None and editor_values(self) != self._opened_with

    def save_from_question(self) -> None:
        self.accept()

    def reject(self) -> None:
        def save() -> bool:
            self.save_from_question()
            return not self.isVisible()  # saved and closed; refused: stays open, reasons under the fields
        if may_close(self, self.has_unsaved_changes(), save,
                     QCoreApplication.translate("unsaved", "This form has changes that are not saved. Save them?")):
            super().reject()


__all__ = ["may_close", "editor_values", "AsksBeforeDiscarding"]
