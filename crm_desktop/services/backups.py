"""Backups for the app and the command line: take one, list them, decide when the next automatic one is due,
restore one. The UI calls this module, never the data layer."""

from __future__ import annotations

from pathlib import Path

import filelock

from ..data import backup as _backup
from ..data.backup import AUTO_EVERY, KEEP, BackupInfo, Progress
from ..domain.errors import StorageError
from ..paths import DataPaths

__all__ = ["AUTO_EVERY", "KEEP", "BackupInfo", "take", "list_backups", "auto_backup_due", "auto_backup_if_due",
           "inspect", "restore", "backup_dir"]

take = _backup.take
list_backups = _backup.list_backups
auto_backup_due = _backup.auto_backup_due
inspect = _backup.inspect
backup_dir = _backup.backup_dir


def restore(paths: DataPaths, file: str | Path, *, progress: Progress | None = None) -> dict:
    """Restore `file` over the folder's database. No one may have the database open: the folder's lock is
    taken for the whole restore, and a folder in use gives StorageError("database_in_use")."""
    lock = filelock.FileLock(str(paths.lock), timeout=0)
    try:
        lock.acquire()
    except filelock.Timeout as exc:
        raise StorageError("database_in_use", path=str(paths.root)) from exc
    try:
        return _backup.restore(paths, Path(file), progress=progress)
    finally:
        lock.release()


def auto_backup_if_due(paths: DataPaths, *, progress: Progress | None = None) -> BackupInfo | None:
    """The scheduled backup: taken when the newest automatic one is AUTO_EVERY old (or there is none)."""
    return take(paths, "auto", progress=progress) if auto_backup_due(paths) else None
