"""Closing a form over changes that are not saved: the user is asked Save / Discard / Cancel, as in any editor.
Esc, the Close or Cancel button and the window's X all reach a dialog's reject(), so that is where it asks. An
editor inside a screen (the knowledge base's) asks the same before it shows another record or the window closes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


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


__all__ = ["may_close"]
