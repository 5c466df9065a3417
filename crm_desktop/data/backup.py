"""Backups of the local database and restoring one.

A backup is taken with SQLite's online backup API, so it is a consistent snapshot even while the app writes
(WAL content included), and it is checked (`PRAGMA quick_check`) before it is kept. Backups live in
`<data folder>/backups`, named `crm-<UTC time>-<reason>.sqlite3`, and are rotated per reason.

Restoring never touches the current database until the backup file has proved sound: a damaged or foreign
file is refused with a clear error. Then the current database is itself backed up ("before-restore"), its
WAL files are removed (an old WAL replayed onto another file would corrupt it), and the restored copy
replaces the database file in one rename.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..domain.errors import StorageError
from ..paths import DataPaths

REASONS = ("auto", "manual", "before-upgrade", "before-restore")
KEEP = {"auto": 7, "manual": 10, "before-upgrade": 3, "before-restore": 3}
AUTO_EVERY = timedelta(hours=24)
_NAME = re.compile(r"^crm-(\d{8}T\d{6}(?:\d{6})?Z)-([a-z-]+)\.sqlite3$")
_PAGES_PER_STEP = 4096  # 16 MB at a time: progress stays live and other connections get their turn

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    reason: str
    taken_at: datetime
    size: int


def backup_dir(paths: DataPaths) -> Path:
    return paths.root / "backups"


def take(paths: DataPaths, reason: str = "manual", *, now: datetime | None = None,
         progress: Progress | None = None) -> BackupInfo:
    """Snapshot the database into the backups folder, check it, keep it, rotate old ones."""
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    if not paths.database.exists():
        raise StorageError("backup_failed", path=str(paths.database), detail="there is no database to back up")
    folder = backup_dir(paths)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError("backup_failed", path=str(folder), detail=exc.strerror or str(exc)) from exc
    taken_at = (now or datetime.now(UTC)).replace(tzinfo=None)
    final = folder / f"crm-{taken_at:%Y%m%dT%H%M%S%f}Z-{reason}.sqlite3"
    part = final.with_name(final.name + ".part")
    try:
        _copy(paths.database, part, progress)
        _check(part)
        os.replace(part, final)
    except sqlite3.Error as exc:
        part.unlink(missing_ok=True)
        raise StorageError("backup_failed", path=str(paths.database), detail=str(exc)) from exc
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise StorageError("backup_failed", path=str(final), detail=exc.strerror or str(exc)) from exc
    except BaseException:  # cancelled from the progress callback, or interrupted: leave no partial file
        part.unlink(missing_ok=True)
        raise
    rotate(paths)
    return BackupInfo(final, reason, taken_at, final.stat().st_size)


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Newest first."""
    found = []
    folder = backup_dir(paths)
    if not folder.is_dir():
        return []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match:
            stamp = match.group(1)
            fmt = "%Y%m%dT%H%M%S%fZ" if len(stamp) > 16 else "%Y%m%dT%H%M%SZ"
            found.append(BackupInfo(path, match.group(2), datetime.strptime(stamp, fmt), path.stat().st_size))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def rotate(paths: DataPaths) -> list[Path]:
    """Delete all but the newest KEEP[reason] backups of each reason; returns what was deleted."""
    removed, seen = [], {}
    for info in list_backups(paths):
        seen[info.reason] = seen.get(info.reason, 0) + 1
        if seen[info.reason] > KEEP.get(info.reason, 3):
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def auto_backup_due(paths: DataPaths, *, now: datetime | None = None) -> bool:
    now = (now or datetime.now(UTC)).replace(tzinfo=None)
    autos = [b for b in list_backups(paths) if b.reason == "auto"]
    return paths.database.exists() and (not autos or now - autos[0].taken_at >= AUTO_EVERY)


def inspect(file: Path) -> dict:
    """What a backup file holds, or StorageError("backup_invalid") saying why it cannot be restored."""
    file = Path(file)
    if not file.is_file():
        raise StorageError("backup_invalid", path=str(file), detail="no such file")
    with open(file, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise StorageError("backup_invalid", path=str(file), detail="not an SQLite database")
    try:
        con = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
        try:
            problems = [r[0] for r in con.execute("PRAGMA quick_check")]
            if problems != ["ok"]:
                raise StorageError("backup_invalid", path=str(file), detail="; ".join(problems[:3]))
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not {"alembic_version", "customer", "journal_entry"} <= tables:
                raise StorageError("backup_invalid", path=str(file), detail="not a crm-desktop database")
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
            customers = con.execute("SELECT count(*) FROM customer WHERE deleted_at IS NULL").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise StorageError("backup_invalid", path=str(file), detail=str(exc)) from exc
    return {"revision": revision[0] if revision else None, "customers": customers,
            "size": file.stat().st_size}


def restore(paths: DataPaths, file: Path, *, now: datetime | None = None,
            progress: Progress | None = None) -> dict:
    """Replace the database with `file`. The caller holds the data folder's lock (no connection is open)."""
    facts = inspect(file)
    safety = take(paths, "before-restore", now=now) if paths.database.exists() and _readable(paths) else None
    part = paths.root / "crm.sqlite3.restoring"
    try:
        _copy(Path(file), part, progress)
        _check(part)
    except (sqlite3.Error, OSError) as exc:
        part.unlink(missing_ok=True)
        raise StorageError("restore_failed", path=str(file), detail=str(exc)) from exc
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    os.replace(part, paths.database)
    return {**facts, "restored_from": str(file), "safety_backup": str(safety.path) if safety else None}


def _readable(paths: DataPaths) -> bool:
    try:
        inspect(paths.database)
        return True
    except StorageError:
        return False  # a damaged current database cannot be backed up; restoring over it is the point


def _copy(source: Path, target: Path, progress: Progress | None) -> None:
    target.unlink(missing_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(target)
        try:
            def step(_status, remaining, total):
                if progress:
                    progress(total - remaining, total)
            src.backup(dst, pages=_PAGES_PER_STEP, progress=step)
            # The copy is a standalone file: no WAL beside it, so it can be moved and opened anywhere.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def _check(file: Path) -> None:
    con = sqlite3.connect(f"file:{file}?mode=ro", uri=True)
    try:
        problems = [r[0] for r in con.execute("PRAGMA quick_check")]
    finally:
        con.close()
    if problems != ["ok"]:
        raise sqlite3.DatabaseError("; ".join(problems[:3]))
