"""Opening the local replica: one process at a time (a lock file), a healthy file, the newest schema, this
device's identity and its hybrid clock. Everything that writes gets its UnitOfWork from here."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import filelock
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from ..domain.clock import HybridClock
from ..domain.errors import Cancelled, StorageError
from ..domain.ids import new_id
from ..paths import DataPaths
from . import backup, migrate
from .engine import check_database_file, sqlite_engine
from .models import JournalEntry, LocalMeta
from .unit_of_work import Actor, UnitOfWork


# Virtual-machine steps between cancellation checks: about a millisecond of work, a negligible cost.
_INTERRUPT_STEPS = 20_000

# How far the marketing automation has read this replica's journal (services/automation.py). It is set when the
# replica is opened, before anything can be written, so the rules act on every change made here from then on
# however late the first pass runs (set at that pass, it would skip what was written before it).
AUTOMATION_CURSOR_KEY = "automation_cursor"


def write_meta(conn, key: str, value: str) -> None:
    """Set a local_meta value in the caller's transaction (a connection or a session), so it commits or rolls
    back with the work it describes (an import's progress, a pull's cursor, a round-robin position)."""
    conn.execute(text("INSERT INTO local_meta(key, value) VALUES (:k, :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": key, "v": value})


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Database:
    def __init__(self, paths: DataPaths, *, now=utcnow, lock: bool = True):
        self.paths = paths
        self.now = now
        self._lock: filelock.BaseFileLock | None = None
        _ensure_writable(paths.root)
        if lock:
            self._lock = filelock.FileLock(str(paths.lock), timeout=0)
            try:
                self._lock.acquire()
            except filelock.Timeout as exc:
                raise StorageError("database_in_use", path=str(paths.root)) from exc
        try:
            check_database_file(paths.database)
            self.engine = sqlite_engine(paths.database)
            if migrate.pending(self.engine):  # a migration rewrites tables: keep the way back first
                backup.take(paths, "before-upgrade")
            self.migration = migrate.upgrade(self.engine)
            self.device_id = self._meta("device_id", lambda: new_id().hex[:12])
            with self.engine.connect() as conn:
                last = conn.execute(select(JournalEntry.seq, JournalEntry.hlc).order_by(JournalEntry.seq.desc())
                                    .limit(1)).first()
            self.clock = HybridClock(self.device_id, last.hlc if last else None)
            self._meta(AUTOMATION_CURSOR_KEY, lambda: str(last.seq if last else 0))
        except (OperationalError, sqlite3.DatabaseError) as exc:
            self.close()
            raise StorageError(_classify(exc), path=str(paths.database), detail=str(exc)) from exc
        except BaseException:
            self.close()
            raise

    def unit_of_work(self, actor: Actor, label: str) -> UnitOfWork:
        return UnitOfWork(self.engine, actor, self.clock, label, self.now)

    def connect(self):
        """A read-only connection for queries (services wrap it; the UI never sees it)."""
        return self.engine.connect()

    @contextmanager
    def reading(self, cancelled: Callable[[], bool] | None = None) -> Iterator:
        """A connection for queries that stops (raising Cancelled) soon after `cancelled()` turns true.

        SQLite calls the progress handler every few thousand virtual-machine steps, so even a query walking a
        million rows ends within milliseconds of the request: a superseded search or anchor pass must not
        hold the database lane while the user's next keystroke waits behind it."""
        with self.engine.connect() as conn:
            if cancelled is None:
                yield conn
                return
            raw = conn.connection.dbapi_connection
            if cancelled():
                raise Cancelled()
            raw.set_progress_handler(lambda: 1 if cancelled() else 0, _INTERRUPT_STEPS)
            try:
                yield conn
            except OperationalError as exc:
                if cancelled() and "interrupt" in str(exc).lower():
                    raise Cancelled() from exc
                raise
            finally:
                raw.set_progress_handler(None, 0)

    def meta(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(LocalMeta.value).where(LocalMeta.key == key)).scalar()

    def set_meta(self, key: str, value: str) -> None:
        # Local bookkeeping about this replica, not business data: no journal entry.
        with self.engine.begin() as conn:
            write_meta(conn, key, value)

    def _meta(self, key: str, default) -> str:
        value = self.meta(key)
        if value is None:
            value = default()
            self.set_meta(key, value)
        return value

    def close(self) -> None:
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.dispose()
        if self._lock is not None and self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _ensure_writable(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError("folder_not_writable", path=str(root), detail=exc.strerror or str(exc)) from exc
    if not os.access(root, os.W_OK | os.X_OK):
        raise StorageError("folder_not_writable", path=str(root), detail="permission denied")


def _classify(exc: Exception) -> str:
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return "database_locked"
    if "not a database" in message or "malformed" in message or "corrupt" in message:
        return "database_corrupt"
    if "readonly" in message or "read-only" in message or "unable to open" in message:
        return "folder_not_writable"
    return "database_error"
