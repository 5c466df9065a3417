"""`crm-desktop bench sync`: the sync engine against the real PostgreSQL, each figure beside the raw database
doing the same work in the same run.

    initial sync     N customers server -> a new replica (pages, upserts, search index)
                     vs  COPY (SELECT ...) TO STDOUT into the same migrated SQLite schema, index built
    1,000 operations the replica edits 1,000 customers and syncs (push), then pulls 1,000 changed elsewhere
                     vs  the same UPDATEs sent with executemany, the same rows read back and upserted
    nothing to do    a sync with no changes either way
                     vs  connecting and running one query

The server database is created for the run and dropped afterwards (`--keep` keeps it and the folders).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

from .report import Row, render

ADMIN_URL = os.environ.get("CRM_BENCH_PG", "postgresql://postgres@127.0.0.1:5432")
OPERATIONS = 1000
COLUMNS = ("id", "name", "name_key", "short_name", "level", "industry", "province", "city", "address", "phone",
           "email", "notes", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "version",
           "owner_id", "department_id")


def main(args) -> int:
    from crm_desktop.sync import provision
    n = args.customers
    log = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    name = f"crm_bench_{os.getpid()}_{secrets.token_hex(2)}"
    url = f"{ADMIN_URL}/{name}"
    root = Path(args.data_dir) if args.data_dir else Path(tempfile.mkdtemp(prefix="crm-bench-sync-"))
    root.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    replica = None
    try:
        log(f"provisioning {name} and loading {n:,} customers on the server…")
        provision.init(url, "admin", "bench-password")
        _load_server(url, n)
        log("initial sync…")
        replica, initial = _initial_sync(url, root / "replica")
        log("raw floor: COPY into SQLite…")
        rows.append(Row("initial sync", initial, _raw_initial(url, root / "raw"), "s", "<= 2x raw"))
        log("1,000 operations each way…")
        rows += _operations(url, replica)
        log("a sync with nothing to do…")
        rows.append(_nothing_to_do(url, replica))
    finally:
        if replica is not None:
            replica.close()
        if not args.keep:
            _drop(name)
            if not args.data_dir:
                shutil.rmtree(root, ignore_errors=True)
    print(render(rows, args.json, header=f"crm-desktop bench sync — {n:,} customers"))
    return 0


def _drop(name: str) -> None:
    with psycopg.connect(f"{ADMIN_URL}/postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s",
                                    (f"crm_{name}_%",)).fetchall():
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


def _load_server(url: str, n: int) -> None:
    """N customers owned by the administrator, generated in SQL (the load is not what is measured)."""
    with psycopg.connect(url) as conn:
        admin, dept = conn.execute("SELECT id, department_id FROM app_user WHERE login = 'admin'").fetchone()
        conn.execute("""
            INSERT INTO customer (id, name, name_key, level, city, phone, email, owner_id, department_id,
                                  created_at, updated_at)
            SELECT gen_random_uuid(), '客户' || i || '有限公司', 'ke hu ' || lpad(i::text, 8, '0'),
                   (ARRAY['A','B','C','D'])[1 + i %% 4], (ARRAY['上海','北京','广州','深圳'])[1 + i %% 4],
                   '+86138' || lpad((i %% 100000000)::text, 8, '0'), 'c' || i || '@example.cn', %s, %s,
                   now(), now()
            FROM generate_series(1, %s) AS i""", (admin, dept, n))
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE customer")


def _initial_sync(url: str, folder: Path):
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    from crm_desktop.sync import engine
    db = Database(DataPaths(folder))
    engine.link(db, url.replace("postgres@", ""), "admin", None)
    started = time.perf_counter()
    engine.sync(db, None)
    return db, time.perf_counter() - started


def _raw_initial(url: str, folder: Path) -> float:
    """The same rows streamed with COPY into the same (migrated) SQLite schema, then the search index."""
    from crm_desktop.data import search_index
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    Database(DataPaths(folder)).close()  # the schema, with the same indexes
    started = time.perf_counter()
    target = sqlite3.connect(folder / "crm.sqlite3")
    search_index.register_functions(target)
    insert = f"INSERT INTO customer ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    with psycopg.connect(url) as conn:
        with conn.cursor().copy(f"COPY (SELECT {', '.join(COLUMNS)} FROM customer) TO STDOUT") as copy:
            batch = []
            for row in copy.rows():
                batch.append(tuple(None if v is None else v.replace("-", "") if k in (0, 13, 15, 18, 19) else v
                                   for k, v in enumerate(row)))
                if len(batch) == 5000:
                    target.executemany(insert, batch)
                    batch.clear()
            target.executemany(insert, batch)
    target.commit()
    from sqlalchemy import create_engine
    engine = create_engine(f"sqlite:///{folder / 'crm.sqlite3'}")
    target.close()

    @__import__("sqlalchemy").event.listens_for(engine, "connect")
    def _functions(dbapi, _record):
        search_index.register_functions(dbapi)

    with engine.begin() as conn:
        search_index.rebuild(conn)
    engine.dispose()
    return time.perf_counter() - started


def _operations(url: str, db) -> list[Row]:
    from sqlalchemy import select

    from crm_desktop.data.models import Customer, User
    from crm_desktop.data.unit_of_work import Actor
    from crm_desktop.sync import engine
    with db.connect() as conn:
        user = conn.execute(select(User.id, User.department_id).where(User.login == "admin")).one()
        ids = list(conn.execute(select(Customer.id).order_by(Customer.id).limit(2 * OPERATIONS)).scalars())
    actor = Actor(user[0], user[1], db.device_id)
    mine, theirs = ids[:OPERATIONS], ids[OPERATIONS:]
    with db.unit_of_work(actor, "bench edits") as uow:
        for cid in mine:
            uow.update(uow.get(Customer, cid), notes="本机修改")
        uow.commit()
    started = time.perf_counter()
    pushed = engine.sync(db, None)
    push = time.perf_counter() - started
    with psycopg.connect(url) as conn:
        conn.cursor().executemany("UPDATE customer SET notes = '别处修改', updated_at = now() WHERE id = %s",
                                  [(i,) for i in theirs])
        conn.commit()
    started = time.perf_counter()
    pulled = engine.sync(db, None)
    pull = time.perf_counter() - started
    assert pushed.pushed == OPERATIONS and pulled.pulled >= OPERATIONS, (pushed, pulled)

    # Raw: the same 1,000 UPDATEs sent as one batch, and 1,000 rows read back and upserted into SQLite.
    started = time.perf_counter()
    with psycopg.connect(url) as conn:
        conn.cursor().executemany("UPDATE customer SET notes = %s, updated_at = now() WHERE id = %s",
                                  [("raw", i) for i in mine])
        conn.commit()
    raw_push = time.perf_counter() - started
    started = time.perf_counter()
    with psycopg.connect(url) as conn:
        fetched = conn.execute(f"SELECT {', '.join(COLUMNS)} FROM customer WHERE id = ANY(%s)", (theirs,)).fetchall()
    target = sqlite3.connect(db.paths.database)
    target.executemany("UPDATE customer SET notes = ? WHERE id = ?", [(r[11], r[0].hex) for r in fetched])
    target.commit()
    target.close()
    raw_pull = time.perf_counter() - started
    return [Row("push 1,000 operations", push, raw_push, "s", "round trip < 1 s"),
            Row("pull 1,000 changes", pull, raw_pull, "s", "round trip < 1 s"),
            Row("1,000 operations round trip", push + pull, raw_push + raw_pull, "s", "< 1 s")]


def _nothing_to_do(url: str, db) -> Row:
    from crm_desktop.sync import engine
    engine.sync(db, None)  # settle
    times = []
    for _ in range(5):
        started = time.perf_counter()
        engine.sync(db, None)
        times.append(time.perf_counter() - started)
    raw = []
    for _ in range(5):
        started = time.perf_counter()
        with psycopg.connect(url) as conn:
            conn.execute("SELECT 1").fetchone()
        raw.append(time.perf_counter() - started)
    return Row("sync with nothing to do", sorted(times)[2] * 1000, sorted(raw)[2] * 1000, "ms", "< 50 ms")
