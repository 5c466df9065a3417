"""Push: replay the journal's pending operations on the server, in order, one server transaction per batch
and a savepoint per operation, as the user's own database login (row-level security and the permission
triggers decide what is allowed). A field is merged when the server still holds the value the client started
from; otherwise the field's policy settles it and the conflict is kept for the user. Every applied
operation's id is recorded on the server in the same transaction, so a retried push (the acknowledgement was
lost) skips it. The local entries are marked synced only after the server committed."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Json
from sqlalchemy import text

from ..data.database import Database
from ..data.models import BUSINESS_MODELS, SyncIssue
from ..data.values import from_json, to_json
from ..domain.records import DOMAIN_OPS, derive
from . import faults
from .registry import AUDIT_ONLY_EVENTS, LATEST_WINS, SYNCED

if TYPE_CHECKING:
    from .engine import SyncResult

BATCH = 500

_ENTRY_COLUMNS = ("seq", "op_id", "action_id", "entity", "row_id", "kind", "changes", "base_version", "hlc",
                  "user_id", "device_id", "at", "chain_hash")


def pending(db: Database) -> int:
    with db.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM journal_entry WHERE synced_at IS NULL")).scalar()


def push(db: Database, pg: psycopg.Connection, me: uuid.UUID, result: SyncResult) -> dict[str, set]:
    """Push this user's pending operations; returns the rows they touched (entity -> ids) to re-read."""
    touched: dict[str, set] = {}
    last = 0
    while True:
        with db.connect() as conn:
            rows = conn.execute(text(
                f"SELECT {', '.join(_ENTRY_COLUMNS)} FROM journal_entry WHERE synced_at IS NULL AND seq > :last "
                "AND (user_id IS NULL OR user_id = :me) ORDER BY seq LIMIT :n"),
                {"last": last, "me": me.hex, "n": BATCH}).mappings().all()
        if not rows:
            return touched
        entries = [_entry(r) for r in rows]
        try:
            # Fast path: read what the batch needs in a few queries, decide in Python, write in one pipeline.
            with pg.transaction():
                issues, written = _push_batch(pg, me, entries)
                faults.fault("push:before_commit")
        except psycopg.Error:
            written = set()
            # Something was refused (a permission, a constraint): redo this batch one operation at a time,
            # each in a savepoint, so the refused ones are recorded and the rest still apply.
            issues = []
            with pg.transaction():
                for entry in entries:
                    issues += _push_one(pg, me, entry)
                faults.fault("push:before_commit")
        faults.fault("push:after_commit")
        # The server committed: only now are the entries done locally (a crash before this line re-pushes
        # them, and applied_op makes the retry a no-op).
        now = db.now()
        with db.engine.begin() as conn:
            conn.execute(text("UPDATE journal_entry SET synced_at = :now WHERE seq IN (%s)"
                              % ",".join(str(e["seq"]) for e in entries)), {"now": now})
            for issue in issues:
                conn.execute(SyncIssue.__table__.insert().values(at=now, **issue))
        for entry in entries:
            # A row this push wrote carries this push's transaction id, so the pull's window brings it back
            # anyway; the others (refused, or left as the server had them) are re-read explicitly.
            if entry["entity"] in SYNCED and (entry["entity"], entry["row_id"]) not in written:
                touched.setdefault(entry["entity"], set()).add(entry["row_id"])
        result.pushed += len(entries)
        result.conflicts += sum(1 for i in issues if i["kind"] == "conflict")
        result.rejected += sum(1 for i in issues if i["kind"] == "rejected")
        result.issues += issues
        last = entries[-1]["seq"]


def _entry(row) -> dict:
    entry = dict(row)
    for key in ("op_id", "action_id", "row_id", "user_id"):
        if entry[key] is not None and not isinstance(entry[key], uuid.UUID):
            entry[key] = uuid.UUID(entry[key])
    if isinstance(entry["changes"], str):
        entry["changes"] = json.loads(entry["changes"])
    if isinstance(entry["at"], str):
        entry["at"] = datetime.fromisoformat(entry["at"])
    return entry


def _push_one(pg: psycopg.Connection, me: uuid.UUID, entry: dict) -> list[dict]:
    if pg.execute("SELECT 1 FROM applied_op WHERE op_id = %s", (entry["op_id"],)).fetchone():
        return []
    try:
        with pg.transaction():
            if entry["entity"] in AUDIT_ONLY_EVENTS:
                issues, outcome = [], "logged"
            else:
                issues, outcome = _apply(pg, entry)
            _record(pg, me, entry, outcome)
        return issues
    except psycopg.Error as exc:
        reason = _reason(exc)
    try:
        with pg.transaction():  # remembered as handled, so a retry does not try again
            pg.execute("INSERT INTO applied_op (op_id, user_id, outcome) VALUES (%s, %s, %s)",
                       (entry["op_id"], me, "rejected: " + reason))
    except psycopg.Error:
        pass
    return [_issue("rejected", entry, detail=reason)]


def _reason(exc: psycopg.Error) -> str:
    message = (exc.diag.message_primary or str(exc)).strip()
    if message.startswith("permission_denied"):  # the server's guards name the code themselves
        return message
    if "row-level security" in message or isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return "permission_denied: " + message
    return message


def _record(pg: psycopg.Connection, me: uuid.UUID, entry: dict, outcome: str) -> None:
    pg.execute("INSERT INTO applied_op (op_id, user_id, outcome) VALUES (%s, %s, %s)",
               (entry["op_id"], me, outcome))
    if not outcome.startswith("rejected"):
        pg.execute(*_op_log_statement(entry))


def _issue(kind: str, entry: dict, *, field_name: str = "", mine=None, theirs=None, winner: str = "",
           detail: str = "") -> dict:
    return {"kind": kind, "op_id": entry["op_id"], "entity": entry["entity"], "row_id": entry["row_id"],
            "field": field_name, "mine": mine, "theirs": theirs, "winner": winner, "detail": detail}


def _apply(pg: psycopg.Connection, entry: dict) -> tuple[list[dict], str]:
    """One operation on its own (the slow path): read the row, decide, write."""
    model = BUSINESS_MODELS[entry["entity"]]
    table = model.__tablename__
    if entry["kind"] != "create":
        row = pg.cursor(row_factory=dict_row).execute(f"SELECT * FROM {table} WHERE id = %s FOR UPDATE",
                                                      (entry["row_id"],)).fetchone()
    else:
        row = pg.execute(f"SELECT 1 FROM {table} WHERE id = %s", (entry["row_id"],)).fetchone()
    write, issues, outcome, _state = _decide(entry, row)
    if write is not None:
        _execute_writes(pg, [write])
    return issues, outcome


# A write: ("insert", entity, {column: value}) or ("update", entity, row id, {column: value}, clock).
Write = tuple


def _decide(entry: dict, row) -> tuple[Write | None, list[dict], str, dict | None]:
    """What one operation does to the row as the server holds it (None: absent or not visible): the write,
    the issues for the user, the outcome to record, and the row as it will be afterwards."""
    entity, row_id, kind = entry["entity"], entry["row_id"], entry["kind"]
    model = BUSINESS_MODELS[entity]
    changes = entry["changes"]
    if kind == "create":
        if row is not None:
            return None, [_issue("rejected", entry, detail="already_exists")], "rejected: already_exists", None
        values = {f: from_json(model, f, new) for f, (_old, new) in changes.items()}
        values.update(derive(entity, values))
        values.update(id=row_id, created_at=entry["at"], created_by=entry["user_id"], updated_at=entry["at"],
                      updated_by=entry["user_id"], _hlc=entry["hlc"])
        # Fields the create left out hold their column defaults on the server too (an amount of 0): later
        # operations in this push compare against what the row really holds.
        state = {c.name: _column_default(c) for c in model.__table__.columns}
        state.update(values, deleted_at=None)
        return ("insert", entity, values), [], "applied", state
    if kind in DOMAIN_OPS:
        refusal = _arbitrate(kind, row)
        if refusal:
            return None, [_issue("rejected", entry, detail=refusal)], "rejected: " + refusal, \
                (dict(row) if row is not None else None)
    if row is None:
        return None, [_issue("rejected", entry, detail="not_found_or_out_of_scope")], "rejected: not visible", None
    state = dict(row)
    stamp = {"updated_at": entry["at"], "updated_by": entry["user_id"]}
    if kind in ("delete", "restore"):
        if (row["deleted_at"] is None) != (kind == "delete"):
            return None, [], "applied: no change", state
        values = {"deleted_at": entry["at"] if kind == "delete" else None, **stamp}
        state.update(values, _hlc=max(row["_hlc"] or "", entry["hlc"]))
        return ("update", entity, row_id, values, entry["hlc"]), [], "applied", state
    sets, issues = {}, []
    policy = SYNCED[entity]
    for name, (old, new) in changes.items():
        current = to_json(row[name])
        if current == new:
            continue
        if current == old or kind in DOMAIN_OPS:  # an arbitrated operation applies whole or not at all
            sets[name] = new
            continue
        mine_wins = policy.policy(name) == LATEST_WINS and entry["hlc"] > (row["_hlc"] or "")
        if mine_wins:
            sets[name] = new
        issues.append(_issue("conflict", entry, field_name=name, mine=new, theirs=current,
                             winner="mine" if mine_wins else "theirs",
                             detail=f"changed on the server by {row['updated_by']} at {row['updated_at']}"))
    kept = [i["field"] for i in issues if i["winner"] == "theirs"]
    outcome = "applied" + (f"; kept: {','.join(kept)}" if kept else "")
    if not sets:
        return None, issues, outcome, state
    values = {f: from_json(model, f, v) for f, v in sets.items()}
    values.update(derive(entity, values))
    values.update(stamp)
    state.update(values, _hlc=max(row["_hlc"] or "", entry["hlc"]))
    return ("update", entity, row_id, values, entry["hlc"]), issues, outcome, state


def _arbitrate(kind: str, row) -> str:
    """Why the server refuses a pool operation given the customer as it holds it now ('' to go ahead). The
    claim limit and the reclaim wait are checked by the server's own trigger (crm_pool_guard), which also
    guards writes that do not come through this engine."""
    if kind == "claim" and (row is None or row["pool_id"] is None):
        return "not_in_pool"  # claimed first by someone else (and perhaps out of sight now)
    if kind == "release" and row is not None and row["pool_id"] is not None:
        return "already_in_pool"
    return ""


_PG_TYPES: dict[tuple[str, str], str] = {}


def _pg_type(entity: str, column: str) -> str:
    """The PostgreSQL type of a column, for the typed arrays a multi-row statement unnests."""
    key = (entity, column)
    if key not in _PG_TYPES:
        from sqlalchemy.dialects import postgresql
        if column == "_hlc":
            _PG_TYPES[key] = "text"
        else:
            col = BUSINESS_MODELS[entity].__table__.c[column]
            _PG_TYPES[key] = col.type.compile(dialect=postgresql.dialect())
    return _PG_TYPES[key]


def _execute_writes(pg: psycopg.Connection, writes: list[Write]) -> None:
    """Run writes in order, consecutive ones of the same shape as one multi-row statement (row-level
    security's checks and the permission trigger then run once per statement, not once per row). A row
    written twice starts a new statement, so each statement touches a row at most once."""
    group: list[Write] = []

    def shape(w: Write) -> tuple:
        return (w[0], w[1], tuple(sorted(w[2] if w[0] == "insert" else w[3])))

    def flush() -> None:
        if not group:
            return
        kind, entity, columns = shape(group[0])
        table = BUSINESS_MODELS[entity].__tablename__
        if kind == "insert":
            arrays = [[_adapt(w[2][c]) for w in group] for c in columns]
            casts = ", ".join(f"%s::{_pg_type(entity, c)}[]" for c in columns)
            pg.execute(f"INSERT INTO {table} ({', '.join(columns)}) SELECT * FROM unnest({casts})", arrays)
        else:
            arrays = [[w[2] for w in group]] + [[_adapt(w[3][c]) for w in group] for c in columns] + \
                [[w[4] for w in group]]
            names = ["id", *columns, "_clock"]
            casts = ", ".join(["%s::uuid[]"] + [f"%s::{_pg_type(entity, c)}[]" for c in columns] + ["%s::text[]"])
            assignments = ", ".join(f"{c} = v.{c}" for c in columns)
            # The extra `id = ANY` lets the planner reach the rows through the primary key instead of joining
            # the whole table (where row-level security would be checked on every row).
            pg.execute(f"UPDATE {table} SET {assignments}, _hlc = GREATEST({table}._hlc, v._clock) "
                       f"FROM unnest({casts}) AS v({', '.join(names)}) WHERE {table}.id = v.id "
                       f"AND {table}.id = ANY(%s::uuid[])", arrays + [arrays[0]])
        group.clear()

    seen: set = set()
    for write in writes:
        key = write[2]["id"] if write[0] == "insert" else write[2]
        if group and (shape(write) != shape(group[0]) or key in seen):
            flush()
            seen.clear()
        group.append(write)
        seen.add(key)
    flush()


def _push_batch(pg: psycopg.Connection, me: uuid.UUID, entries: list[dict]) -> tuple[list[dict], set]:
    """The batch in a handful of statements: which ops were applied already, the rows the rest touch
    (locked), then the writes grouped into multi-row statements and the bookkeeping in two more. Raises
    psycopg.Error if the server refuses any of it (the caller then goes one operation at a time)."""
    done = {r[0] for r in pg.execute("SELECT op_id FROM applied_op WHERE op_id = ANY(%s)",
                                     ([e["op_id"] for e in entries],))}
    todo = [e for e in entries if e["op_id"] not in done]
    wanted: dict[str, set] = {}
    for e in todo:
        if e["entity"] in SYNCED:
            wanted.setdefault(e["entity"], set()).add(e["row_id"])
    rows: dict[tuple, dict | None] = {}
    cur = pg.cursor(row_factory=dict_row)
    for entity, ids in wanted.items():
        table = BUSINESS_MODELS[entity].__tablename__
        for r in cur.execute(f"SELECT * FROM {table} WHERE id = ANY(%s) ORDER BY id FOR UPDATE", (list(ids),)):
            rows[(entity, r["id"])] = r
    writes, issues, applied, logged = [], [], [], []
    for e in todo:
        if e["entity"] in AUDIT_ONLY_EVENTS:
            outcome = "logged"
        else:
            key = (e["entity"], e["row_id"])
            write, found, outcome, state = _decide(e, rows.get(key))
            rows[key] = state if state is not None else rows.get(key)
            issues += found
            if write is not None:
                writes.append(write)
        applied.append((e["op_id"], outcome))
        if not outcome.startswith("rejected"):
            logged.append(e)
    _execute_writes(pg, writes)
    if applied:
        pg.execute("INSERT INTO applied_op (op_id, user_id, outcome) SELECT o, %s, t FROM unnest(%s::uuid[], "
                   "%s::text[]) AS x(o, t)", (me, [a[0] for a in applied], [a[1] for a in applied]))
    if logged:
        columns = ("op_id", "action_id", "entity", "row_id", "kind", "changes", "hlc", "user_id", "device_id", "at",
                   "chain_hash")
        types = ("uuid", "uuid", "text", "uuid", "text", "jsonb", "text", "uuid", "text", "timestamp", "text")
        arrays = [[Json(e[c]) if c == "changes" else e[c] for e in logged] for c in columns]
        pg.execute(f"INSERT INTO op_log ({', '.join(columns)}) SELECT * FROM unnest("
                   + ", ".join(f"%s::{t}[]" for t in types) + ")", arrays)
    written = {(w[1], w[2]["id"] if w[0] == "insert" else w[2]) for w in writes}
    return issues, written


def _op_log_statement(entry: dict) -> tuple:
    return ("INSERT INTO op_log (op_id, action_id, entity, row_id, kind, changes, hlc, user_id, device_id, at,"
            " chain_hash) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (entry["op_id"], entry["action_id"], entry["entity"], entry["row_id"], entry["kind"],
             Json(entry["changes"]), entry["hlc"], entry["user_id"], entry["device_id"], entry["at"],
             entry["chain_hash"]))


def _adapt(value):
    return Json(value) if isinstance(value, (dict, list)) else value

def _column_default(column):
    default = column.default
    return default.arg if default is not None and not callable(default.arg) else None
