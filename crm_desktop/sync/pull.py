"""Pull: read whole transactions — rows whose writing transaction id lies in [cursor, xmin), where xmin is the
oldest transaction still running when the pull's snapshot was taken. Every transaction below xmin has ended,
so nothing that commits late is ever skipped; the next pull starts at this xmin. Rows with local operations
still pending are left alone (they are fetched again after their push). Rows that moved out of the user's
scope are dropped locally with what hangs off them; rows that moved in bring it."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

import psycopg
from psycopg.rows import dict_row
from sqlalchemy import bindparam, select, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..data import search_index
from ..data.database import Database, write_meta
from ..data.models import BUSINESS_MODELS
from ..domain.errors import Cancelled
from ..domain.records import DERIVED, derive
from . import faults
from .keys import CURSOR_KEY
from .registry import SYNCED

if TYPE_CHECKING:
    from .engine import SyncResult

PULL_BATCH = 5000


def children_of(entity: str) -> list[tuple[str, str]]:
    """(child entity, its column) for every synced table whose rows reference `entity`'s rows: a customer's
    contacts, follow-ups, tag links and opportunities; an opportunity's product lines and stage stays."""
    parent = BUSINESS_MODELS[entity].__table__
    found = []
    for child in SYNCED:
        table = BUSINESS_MODELS[child].__table__
        if table is parent:
            continue
        found += [(child, fk.parent.name) for fk in table.foreign_keys if fk.column.table is parent]
    return found


PULL_STATE_KEY = "pull_state"
RESCOPE_KEY = "rescope_pending"
# Tables whose changes can change which rows a user sees (roles, memberships, the department tree, managers).
SCOPE_TABLES = frozenset({"app_user", "role", "user_role", "department"})  # see _changes_scope


def pull(db: Database, pg: psycopg.Connection, result: SyncResult, *, refresh: dict[str, set] | None = None,
         progress: Callable[[int, int], None] | None = None, cancelled: Callable[[], bool] | None = None,
         me: uuid.UUID | None = None) -> bool:
    """Pull the window [cursor, xmin) table by table in pages ordered by id. Each page is applied in its own
    local transaction together with how far the pull got (`pull_state`), so an interrupted pull (cancel,
    crash, network) resumes at the next page of the same window: rows changed since the window was fixed
    carry a newer transaction id and arrive with the next window. The first pull of a replica (an initial
    sync of perhaps a million customers) builds the search index once at the end instead of per page."""
    pg.commit()
    autocommit, pg.autocommit = pg.autocommit, True  # reads only: no BEGIN/COMMIT round trips
    try:
        return _pull(db, pg, result, refresh, progress, cancelled, me)
    finally:
        pg.autocommit = autocommit


def _pull(db, pg, result, refresh, progress, cancelled, me) -> bool:
    cursor = db.meta(CURSOR_KEY) or "0"
    state = json.loads(db.meta(PULL_STATE_KEY) or "null")
    resumed = state is not None and state.get("cursor") == cursor
    if not resumed:
        # The window's end; saved with the first page applied (before that there is nothing to resume).
        xmin = str(pg.execute("SELECT crm_pull_horizon()").fetchone()[0])
        state = {"cursor": cursor, "xmin": xmin, "entity": None, "last_id": None}
        if not refresh and cursor != "0" and not _anything_new(pg, cursor, xmin):
            with db.engine.begin() as conn:  # nothing to do: one round trip, and the cursor moves on
                write_meta(conn, CURSOR_KEY, xmin)
            return False
    xmin, initial = state["xmin"], cursor == "0"
    with db.connect() as conn:
        waiting = {uuid.UUID(r[0]) if isinstance(r[0], str) else r[0] for r in conn.execute(text(
            "SELECT DISTINCT row_id FROM journal_entry WHERE synced_at IS NULL"))}
    total = _count_window(pg, cursor, xmin) if progress else 0
    done = 0
    rescope = False
    entities = list(SYNCED)
    first = entities.index(state["entity"]) if state["entity"] in entities else 0
    for entity in entities[first:]:
        model = BUSINESS_MODELS[entity]
        table = model.__tablename__
        last_id = uuid.UUID(state["last_id"]) if state["entity"] == entity and state["last_id"] else None
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            cur = pg.cursor(row_factory=dict_row)
            if initial:  # everything: walk the primary key
                query = (f"SELECT * FROM {table} WHERE _xid < %s::xid8 AND (%s::uuid IS NULL OR id > %s::uuid) "
                         "ORDER BY id LIMIT %s")
                params = (xmin, last_id, last_id, PULL_BATCH)
            else:  # a window of recent changes: find them through the _xid index, then order the few found
                query = (f"SELECT * FROM (SELECT * FROM {table} WHERE _xid >= %s::xid8 AND _xid < %s::xid8 "
                         "AND (%s::uuid IS NULL OR id > %s::uuid) OFFSET 0) AS w ORDER BY id LIMIT %s")
                params = (cursor, xmin, last_id, last_id, PULL_BATCH)
            rows = cur.execute(query, params).fetchall()
            pg.commit()
            if not rows:
                break
            last_id = rows[-1]["id"]
            state.update(entity=entity, last_id=str(last_id))
            with db.engine.begin() as conn:
                applied = _apply_rows(conn, entity, [r for r in rows if r["id"] not in waiting],
                                      index=not initial)
                _save_state(db, state, conn)
            result.pulled += applied
            if not initial and _changes_scope(entity, rows, me):
                rescope = True  # who sees what may have changed: the next pull starts over
            faults.fault("pull:after_page")
            done += len(rows)
            if progress:
                progress(done, max(total, done))
            if len(rows) < PULL_BATCH:
                break
    # Rows pushed just now (a rejected one must be rolled back to the server's state), and rows that moved:
    # re-read; those no longer visible leave the replica.
    gone: dict[str, set] = {}
    moved = pg.execute("SELECT entity, row_id FROM row_move WHERE _xid >= %s::xid8 AND _xid < %s::xid8",
                       (cursor, xmin)).fetchall()
    recheck: dict[str, set] = {e: set(ids) for e, ids in (refresh or {}).items()}
    for entity, row_id in moved:
        recheck.setdefault(entity, set()).add(row_id)
    moved_by_entity: dict[str, set] = {}
    for entity, row_id in moved:
        moved_by_entity.setdefault(entity, set()).add(row_id)
    # A row that moved into this user's scope brings the rows that hang off it (a customer's contacts, an
    # opportunity's lines), whose own rows did not change (so they are not in the window).
    brought: dict[str, list[tuple[str, set]]] = {}
    for parent, ids in moved_by_entity.items():
        for child, column in children_of(parent):
            brought.setdefault(child, []).append((column, ids))
        brought.setdefault("attachment", []).append(("row_id", ids))  # files hang off by (entity, row_id)
    with db.engine.begin() as conn:
        for entity in SYNCED:
            ids = recheck.get(entity)
            table = BUSINESS_MODELS[entity].__tablename__
            cur = pg.cursor(row_factory=dict_row)
            rows = cur.execute(f"SELECT * FROM {table} WHERE id = ANY(%s)", (list(ids),)).fetchall() if ids else []
            for column, parents in brought.get(entity, ()):
                rows += cur.execute(f"SELECT * FROM {table} WHERE {column} = ANY(%s)", (list(parents),)).fetchall()
            if not rows and not ids:
                continue
            _apply_rows(conn, entity, [r for r in rows if r["id"] not in waiting], index=True)  # re-reads
            gone[entity] = set(ids or ()) - {r["id"] for r in rows}
        for entity, ids in gone.items():
            result.dropped += _drop(conn, entity, ids)
        if initial and db.meta(RESCOPE_KEY):
            # A full pull after a scope change: what the server no longer shows this user leaves the replica.
            result.dropped += _drop_unseen(conn, pg, waiting)
            conn.execute(text("DELETE FROM local_meta WHERE key = :k"), {"k": RESCOPE_KEY})
        if initial:
            search_index.rebuild(conn)
        if rescope:
            write_meta(conn, RESCOPE_KEY, "1")
        write_meta(conn, CURSOR_KEY, "0" if rescope else xmin)
        conn.execute(text("DELETE FROM local_meta WHERE key = :k"), {"k": PULL_STATE_KEY})
    pg.commit()
    return resumed



def _changes_scope(entity: str, rows: list[dict], me: uuid.UUID | None) -> bool:
    """Whether pulled organisation rows can change what this user sees: any role or department change, a
    change to their own memberships or user record, or to someone who reports to them."""
    if entity in ("role", "department"):
        return True
    if entity == "user_role":
        return any(r["user_id"] == me for r in rows)
    if entity == "app_user":
        return any(r["id"] == me or r["manager_id"] == me for r in rows)
    return False


def _drop_unseen(conn, pg: psycopg.Connection, waiting: set) -> int:
    """Drop local customers (and their children) that the server no longer lets this user see."""
    with pg.transaction(), pg.cursor(name="visible_customers") as cur:  # server-side: ids stream, not load
        cur.itersize = 20000
        cur.execute("SELECT id FROM customer")
        visible = {r[0] for r in cur}
    local = {uuid.UUID(v) if isinstance(v, str) else v for (v,) in conn.execute(text("SELECT id FROM customer"))}
    return _drop(conn, "customer", local - visible - waiting)


def _anything_new(pg: psycopg.Connection, cursor: str, xmin: str) -> bool:
    """One query: does any table (as this user sees it) or the move log have rows in the window?"""
    probes = [f"EXISTS (SELECT 1 FROM {BUSINESS_MODELS[e].__tablename__} WHERE _xid >= %(c)s::xid8 "
              "AND _xid < %(x)s::xid8)" for e in SYNCED]
    probes.append("EXISTS (SELECT 1 FROM row_move WHERE _xid >= %(c)s::xid8 AND _xid < %(x)s::xid8)")
    return pg.execute("SELECT " + " OR ".join(probes), {"c": cursor, "x": xmin}).fetchone()[0]


def _count_window(pg: psycopg.Connection, cursor: str, xmin: str) -> int:
    total = 0
    for entity in SYNCED:
        table = BUSINESS_MODELS[entity].__tablename__
        total += pg.execute(f"SELECT count(*) FROM {table} WHERE _xid >= %s::xid8 AND _xid < %s::xid8",
                            (cursor, xmin)).fetchone()[0]
    pg.commit()
    return total


def _save_state(db: Database, state: dict, conn=None) -> None:
    if conn is not None:
        write_meta(conn, PULL_STATE_KEY, json.dumps(state))
    else:
        db.set_meta(PULL_STATE_KEY, json.dumps(state))


def _apply_rows(conn, entity: str, rows: list[dict], *, index: bool) -> int:
    """Upsert server rows into the replica as they are (not journaled: they are not local changes).

    With `index` (every pull but a replica's first) the rows already here are compared with what arrived and
    only the fields that differ are written: SQLite rewrites the entries of every index covering a column
    the UPDATE sets, changed or not, and a customer has many indexes over a million rows. A pull mostly
    brings back rows this replica just pushed (new version and stamps, the rest the same), and a row that
    is the same is not touched at all; the search index is refreshed only where its text may have changed."""
    if not rows:
        return 0
    model = BUSINESS_MODELS[entity]
    columns = [c.name for c in model.__table__.columns]
    rows = _with_parents(conn, model, rows)
    chunk = []
    for r in rows:
        values = {c: r[c] for c in columns if c in r}
        # Derived fields (a customer's pinyin sort key) come from the client that wrote the row; computed here
        # only when the server has none (a row written on the server directly).
        if any(not values.get(f) for f in DERIVED.get(entity, {})):
            values.update(derive(entity, values))
        chunk.append(values)
    if not chunk:
        return 0  # (an empty parameter list would execute once and insert a row of defaults)
    table = model.__table__
    statement = sqlite_insert(table)
    statement = statement.on_conflict_do_update(
        index_elements=["id"], set_={c: statement.excluded[c] for c in columns if c != "id"})
    if not index:  # a first pull into an empty replica: nothing to compare with
        conn.execute(statement, chunk)
        return len(rows)
    here: dict = {}
    for start in range(0, len(chunk), 500):
        ids = [v["id"] for v in chunk[start:start + 500]]
        here.update((r["id"], r) for r in conn.execute(select(table).where(table.c.id.in_(ids))).mappings())
    searched = search_index.SOURCE_COLUMNS.get(entity)
    new, updates, dirty = [], {}, set()
    for values in chunk:
        old = here.get(values["id"])
        if old is None:
            new.append(values)
            changed: tuple = tuple(values)
        else:
            changed = tuple(c for c in values if c != "id" and values[c] != old[c])
            if changed:
                updates.setdefault(changed, []).append(values)
        if searched is not None and searched.intersection(changed):
            dirty.add(values["id"] if entity == "customer" else values["customer_id"])
            if old is not None and entity != "customer" and old["customer_id"] != values["customer_id"]:
                dirty.add(old["customer_id"])
    if new:
        conn.execute(statement, new)
    for changed, group in updates.items():
        conn.execute(table.update().where(table.c.id == bindparam("_id"))
                     .values({c: bindparam(c) for c in changed}),
                     [{"_id": v["id"], **{c: v[c] for c in changed}} for v in group])
    if dirty:
        search_index.refresh(conn, dirty)
    return len(rows)


def _with_parents(conn, model, rows: list[dict]) -> list[dict]:
    """Only rows whose referenced records (a contact's customer, ...) are on this replica. Visibility is
    decided when a row is read, windows by when it was written: a contact can become visible (its customer
    moved into this user's scope) in a window before the one that carries the customer. Such a row is left
    out here and arrives with its customer's move (pull re-reads a moved customer's children)."""
    out = rows
    for fk in model.__table__.foreign_keys:
        column, parent = fk.parent.name, fk.column.table.name
        if parent == model.__tablename__:
            continue  # a department's parent arrives in the same table's pages, parents first is not promised
        wanted = {r[column] for r in out if r.get(column) is not None}
        if not wanted:
            continue
        present: set = set()
        listed = list(wanted)
        for start in range(0, len(listed), 500):
            chunk = listed[start:start + 500]
            marks = ",".join("'" + i.hex + "'" for i in chunk)  # 32 hex digits each: safe to inline
            present |= {uuid.UUID(v) if isinstance(v, str) else v for (v,) in conn.execute(
                text(f"SELECT id FROM {parent} WHERE id IN ({marks})"))}
        out = [r for r in out if r.get(column) is None or r[column] in present]
    return out


def _drop(conn, entity: str, ids: set) -> int:
    """Remove rows that left this user's scope (not a delete: nothing is journaled, the server keeps them)."""
    if not ids:
        return 0
    hexes = [i.hex for i in ids]
    marks = ",".join(f"'{h}'" for h in hexes)  # 32 hex digits each: safe to inline
    for child, column in children_of(entity):
        # What hangs off the dropped rows leaves with them (a contact's follow-ups too): foreign keys hold.
        child_ids = {uuid.UUID(v) if isinstance(v, str) else v for (v,) in conn.execute(text(
            f"SELECT id FROM {BUSINESS_MODELS[child].__tablename__} WHERE {column} IN ({marks})"))}
        _drop(conn, child, child_ids)
    if entity == "customer":
        search_index.forget(conn, ids)
    # Files hang off their record by (entity, row_id), not a foreign key: they leave with it too.
    conn.execute(text(f"DELETE FROM attachment WHERE entity = :e AND row_id IN ({marks})"), {"e": entity})
    table = BUSINESS_MODELS[entity].__tablename__
    return conn.execute(text(f"DELETE FROM {table} WHERE id IN ({marks})")).rowcount


