"""The local SQLite engine: WAL so a crash mid-write never corrupts the file, foreign keys on, and explicit
BEGIN so SQLAlchemy (not the sqlite3 module's guesswork) decides where transactions start."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

from ..domain.errors import StorageError
from . import kb_index, search_index


CACHE_SIZE = -32000  # KiB when negative: every connection's page cache


def sqlite_engine(path: Path, *, readonly: bool = False) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False, "timeout": 5})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")  # durable with WAL except for the last commit on power loss
        cur.execute("PRAGMA busy_timeout=5000")
        cur.execute(f"PRAGMA cache_size={CACHE_SIZE}")
        if readonly:
            cur.execute("PRAGMA query_only=ON")
        cur.close()
        search_index.register_functions(dbapi_conn)
        kb_index.register_functions(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        conn.exec_driver_sql("BEGIN")

    return engine


def check_database_file(path: Path) -> None:
    """Fail with a StorageError (not a traceback) if the file is not a healthy SQLite database."""
    if not path.exists():
        return
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            # Reading the schema touches the header and the first pages: cheap enough for every start-up
            # at a million rows, and it catches "file is not a database" and a truncated file.
            row = con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StorageError("database_locked", path=str(path)) from exc
        raise StorageError("database_corrupt", path=str(path), detail=str(exc)) from exc
    if row is None:
        raise StorageError("database_corrupt", path=str(path), detail="no schema")
