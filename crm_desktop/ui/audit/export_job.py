"""Exporting to a file chosen by the user, in the background, behind a progress dialog that can cancel.

Shared by the audit trail and the customer list (it belongs in ui/common; kept here while that package is
being edited elsewhere). The export itself is a plain callable below the UI taking (..., path, fmt,
progress=, cancelled=): the task runner hands it a progress callback and a cancellation flag.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ..common.errors import show_error
from ..tasks import Cancelled, Task, TaskRunner


class ExportJob(QObject):
    finished = Signal(int, str)  # lines written, path
    cancelled = Signal()
    failed = Signal(object)
    status = Signal(str)

    def __init__(self, parent: QWidget, tasks: TaskRunner):
        super().__init__(parent)
        self._parent = parent
        self._tasks = tasks
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def choose_file(self, title: str, default_name: str) -> tuple[str, str] | None:
        """(path, "csv"|"xlsx") from a save dialog, or None if the user cancelled."""
        csv_filter, xlsx_filter = self.tr("CSV file (*.csv)"), self.tr("Excel workbook (*.xlsx)")
        path, chosen = QFileDialog.getSaveFileName(self._parent, title, default_name,
                                                   f"{xlsx_filter};;{csv_filter}")
        if not path:
            return None
        suffix = Path(path).suffix.lower()
        if suffix in (".csv", ".xlsx"):
            return path, suffix[1:]
        fmt = "csv" if chosen == csv_filter else "xlsx"
        return f"{path}.{fmt}", fmt

    def start(self, fn: Callable, *args, title: str, default_name: str, **kwargs) -> bool:
        """Ask for a file, then run fn(*args, path, fmt, **kwargs) on the I/O lane (it only reads the
        database, so list reads on the database lane are not held up behind a long export)."""
        if self.running:
            self.status.emit(self.tr("An export is already running."))
            return False
        chosen = self.choose_file(title, default_name)
        if chosen is None:
            return False
        path, fmt = chosen
        dialog = self.dialog = QProgressDialog(self.tr("Exporting to %1…").replace("%1", Path(path).name),
                                               self.tr("Cancel"), 0, 0, self._parent)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(300)
        self.task = self._tasks.submit(fn, *args, path, fmt, lane="io", on_progress=self._progress,
                                       on_done=lambda n: self._done(n, path),
                                       on_error=self._error, **kwargs)
        dialog.canceled.connect(self.cancel)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, done, 1))
            self.dialog.setValue(done)

    def _close_dialog(self) -> None:
        self.task = None
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self.cancel)
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, written: int, path: str) -> None:
        self._close_dialog()
        self.status.emit(self.tr("Exported %1 line(s) to %2").replace("%1", str(written)).replace("%2", path))
        self.finished.emit(written, path)

    def _error(self, exc: Exception) -> None:
        self._close_dialog()
        if isinstance(exc, Cancelled):
            self.status.emit(self.tr("Export cancelled."))
            self.cancelled.emit()
            return
        self.failed.emit(exc)
        show_error(self._parent, exc, self.tr("Export"))
