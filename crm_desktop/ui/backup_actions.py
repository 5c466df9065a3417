"""File > Back up now / Restore from backup…, and the automatic daily backup.

Backups run on the I/O lane (the online backup API reads while the app keeps writing). A restore replaces
the database file, so it cannot happen under an open database: the window asks for it with
`restore_requested`, and the application closes everything, restores and starts again on the same folder.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..paths import DataPaths
from ..services import backups
from .common.errors import show_error
from .tasks import TaskRunner

CHECK_EVERY_MS = 60 * 60 * 1000  # whether the daily backup is due is asked hourly (and soon after start)
FIRST_CHECK_MS = 30 * 1000


class BackupActions(QObject):
    restore_requested = Signal(str)
    status = Signal(str)
    backed_up = Signal(object)  # BackupInfo

    def __init__(self, window: QWidget, tasks: TaskRunner, paths: DataPaths, *, may_back_up: bool = True,
                 may_restore: bool = True):
        super().__init__(window)
        self._window, self._tasks, self.paths = window, tasks, paths
        self._running = False
        self.backup_action = QAction(self.tr("&Back up now"), self)
        self.backup_action.setObjectName("actionBackup")
        self.backup_action.triggered.connect(lambda: self.back_up("manual"))
        self.restore_action = QAction(self.tr("&Restore from backup…"), self)
        self.restore_action.setObjectName("actionRestore")
        self.restore_action.triggered.connect(self.choose_restore)
        # Backing up needs backup.create, replacing the data backup.administer (the daily backup runs anyway).
        self.backup_action.setEnabled(may_back_up)
        self.restore_action.setEnabled(may_restore)
        self._may_back_up = may_back_up
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.auto_backup)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.auto_backup)

    def back_up(self, reason: str = "manual") -> None:
        if self._running:
            self.status.emit(self.tr("A backup is already running."))
            return
        self._running = True
        self.backup_action.setEnabled(False)
        self.status.emit(self.tr("Backing up…"))
        self._tasks.submit(backups.take, self.paths, reason, lane="io", on_done=self._done,
                           on_error=self._failed)

    def auto_backup(self) -> None:
        if not self._running:
            self._running = True
            self._tasks.submit(backups.auto_backup_if_due, self.paths, lane="io",
                               on_done=lambda info: self._done(info) if info else self._idle(),
                               on_error=self._failed)

    def _idle(self) -> None:
        self._running = False
        self.backup_action.setEnabled(self._may_back_up)

    def _done(self, info: backups.BackupInfo) -> None:
        self._idle()
        self.status.emit(self.tr("Backed up to %1").replace("%1", str(info.path)))
        self.backed_up.emit(info)

    def _failed(self, exc: Exception) -> None:
        self._idle()
        show_error(self._window, exc, self.tr("Backup"))

    def choose_restore(self) -> None:
        folder = backups.backup_dir(self.paths)
        file, _ = QFileDialog.getOpenFileName(self._window, self.tr("Restore from backup"), str(folder),
                                              self.tr("Database backups (*.sqlite3)"))
        if file and self.confirm_restore(file):
            self.restore_requested.emit(file)

    def confirm_restore(self, file: str) -> bool:
        answer = QMessageBox.question(
            self._window, self.tr("Restore from backup"),
            self.tr("Replace all data in this folder with the backup\n%1?\n\nThe current data is kept as a "
                    "backup of its own, and the app restarts.").replace("%1", file))
        return answer == QMessageBox.StandardButton.Yes
