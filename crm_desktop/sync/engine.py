"""One sync of a replica with the server: push the outbox, then pull what changed (SYNC.md).

Push replays the journal's pending operations in order, one server transaction per batch and a savepoint
per operation, as the user's own database login (row-level security and the permission triggers decide what
is allowed). A field is merged when the server still holds the value the client started from; otherwise the
field's policy settles it and the conflict is kept for the user. Every applied operation's id is recorded on
the server in the same transaction, so a retried push (the acknowledgement was lost) skips it. The local
entries are marked synced only after the server committed.

Pull reads whole transactions: rows whose writing transaction id lies in [cursor, xmin), where xmin is the
oldest transaction still running when the pull's snapshot was taken. Every transaction below xmin has ended,
so nothing that commits late is ever skipped; the next pull starts at this xmin. Rows with local operations
still pending are left alone (they are fetched again after their push). Rows that moved out of the user's
scope are dropped locally with their contacts, follow-ups and tag links.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import psycopg
from psycopg.rows import dict_row
from psycopg.types.json import Json
from sqlalchemy import text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..data import migrate, search_index
from ..data.database import Database
from ..data.models import BUSINESS_MODELS, SyncIssue
from ..data.values import from_json, to_json
from ..domain.errors import Cancelled, CrmError
from ..domain.records import DERIVED, DOMAIN_OPS, derive
from .provision import ServerError, classify_connect_error, db_role_name
from .registry import AUDIT_ONLY_EVENTS, LATEST_WINS, SYNCED

BATCH = 500
# Fault injection for the crash tests: called with a point's name ("push:before_commit",
# "push:after_commit", "pull:after_page"); a test sets it to raise there. None in the app.
fault_hook: Callable[[str], None] | None = None


def _fault(point: str) -> None:
    if fault_hook is not None:
        fault_hook(point)
PULL_BATCH = 5000
URL_KEY, LOGIN_KEY, CURSOR_KEY, LAST_SYNC_KEY, SERVER_ID_KEY = (
    "server_url", "server_login", "sync_cursor", "last_sync", "server_id")
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


@dataclass
class SyncResult:
    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    rejected: int = 0
    dropped: int = 0  # rows that left the user's scope
    seconds: float = 0.0
    issues: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"pushed": self.pushed, "pulled": self.pulled, "conflicts": self.conflicts,
                "rejected": self.rejected, "dropped": self.dropped, "duration": round(self.seconds, 3)}


def link(db: Database, url: str, login: str, password: str | None) -> dict:
    """Connect this replica to a server as `login` (checked now). A replica holding local work that never
    came from this server is refused: merging an existing local database into a server is not supported."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    if not info.get("dbname"):
        raise ServerError("bad_url", detail="the URL must name a database: postgresql://host:port/DATABASE")
    if info.get("password"):
        raise ServerError("bad_url", detail="put the password in the keyring or CRM_PASSWORD, not in the URL")
    previous = db.meta(URL_KEY)
    replace_org = False
    if not previous:
        with db.connect() as conn:
            business = conn.execute(text(
                "SELECT count(*) FROM journal_entry WHERE entity NOT IN "
                "('department', 'app_user', 'role', 'user_role', 'lookup', 'pipeline', 'pipeline_stage', 'session', "
                "'credential', 'ticket_status', 'business_calendar', 'sla_policy')")).scalar()
            org = conn.execute(text("SELECT count(*) FROM app_user")).scalar()
        if business:
            raise ServerError("local_not_empty", detail=f"{business} local changes to business records; "
                                                        "connect a new data folder")
        # A new folder holds only what the first start made (a local administrator, the built-in roles):
        # the server's organisation replaces it.
        replace_org = bool(org)
    db.set_meta(URL_KEY, url)
    db.set_meta(LOGIN_KEY, login.strip().lower())
    try:
        with server_connection(db, password) as pg:
            check_schema(pg)
            server_id = pg.execute("SELECT value FROM server_meta WHERE key = 'server_id'").fetchone()[0]
    except CrmError:
        if previous is None:
            with db.engine.begin() as conn:
                conn.execute(text("DELETE FROM local_meta WHERE key IN (:u, :l)"), {"u": URL_KEY, "l": LOGIN_KEY})
        raise
    known = db.meta(SERVER_ID_KEY)
    if known and known != server_id:
        raise ServerError("other_server", detail="this data folder was synced with another server")
    db.set_meta(SERVER_ID_KEY, server_id)
    if replace_org:
        _forget_start_up_organisation(db)
    return {"url": url, "login": login, "server_id": server_id, "organisation_replaced": replace_org}


def _forget_start_up_organisation(db: Database) -> None:
    """Remove the local start-up organisation (users, departments, roles, their passwords, the classification
    lists, the default pipeline, the service desk's setup and the journal) so the server's arrives in its place. Only done for a folder with no business records (see `link`)."""
    with db.engine.begin() as conn:
        for table in ("remember_token", "credential", "user_role", "role", "app_user", "department", "lookup",
                      "pipeline_stage", "pipeline", "sla_policy", "business_calendar", "ticket_status",
                      "journal_entry", "journal_action"):
            conn.execute(text(f"DELETE FROM {table}"))
        conn.execute(text("DELETE FROM local_meta WHERE key IN ('audit_head', 'local_user_id')"))
    # The server's pipeline arrives by sync; a later start must not seed a second one.
    db.set_meta("pipelines_seeded", "1")
    db.set_meta("service_desk_seeded", "1")


def local_schema() -> str:
    return migrate.head_revision()


def server_connection(db: Database, password: str | None) -> psycopg.Connection:
    url, login = db.meta(URL_KEY), db.meta(LOGIN_KEY)
    if not url or not login:
        raise ServerError("not_connected")
    info = psycopg.conninfo.conninfo_to_dict(url)
    kwargs = {"user": db_role_name(info["dbname"], login)}
    if password:
        kwargs["password"] = password
    try:
        conn = psycopg.connect(url, **kwargs)
    except psycopg.OperationalError as exc:
        raise classify_connect_error(exc) from exc
    # Who this is and the schema gate, in one round trip; kept on the connection for sync().
    conn.autocommit = True
    me, minimum = conn.execute("SELECT crm_me(), (SELECT value FROM server_meta "
                               "WHERE key = 'min_client_schema')").fetchone()
    conn.autocommit = False
    if me is None:
        conn.close()
        raise ServerError("server_user_disabled", detail=login)
    conn.crm_user_id, conn.crm_min_schema = me, minimum
    return conn


def check_schema(pg: psycopg.Connection) -> None:
    """Guarantee 8: a client older than the server's minimum refuses to sync (its outbox stays)."""
    minimum = getattr(pg, "crm_min_schema", None)
    if minimum is None:
        row = pg.execute("SELECT value FROM server_meta WHERE key = 'min_client_schema'").fetchone()
        minimum = row[0] if row else None
    if minimum and local_schema() < minimum:
        raise ServerError("client_too_old", client=local_schema(), minimum=minimum)


def sync(db: Database, password: str | None, *, progress: Callable[[int, int], None] | None = None,
         cancelled: Callable[[], bool] | None = None) -> SyncResult:
    started = time.perf_counter()
    result = SyncResult()
    with server_connection(db, password) as pg:
        check_schema(pg)
        me = pg.crm_user_id
        touched = push(db, pg, me, result)
        if pull(db, pg, result, refresh=touched, progress=progress, cancelled=cancelled, me=me):
            # That finished an interrupted window; what changed since is in the next one.
            pull(db, pg, result, progress=progress, cancelled=cancelled, me=me)
        if db.meta(RESCOPE_KEY) and db.meta(CURSOR_KEY) == "0":
            # This user's scope changed: pull everything visible again now, and drop what no longer is.
            pull(db, pg, result, progress=progress, cancelled=cancelled, me=me)
    db.set_meta(LAST_SYNC_KEY, db.now().isoformat(timespec="seconds"))
    result.seconds = time.perf_counter() - started
    return result


# -- push -------------------------------------------------------------------------------------------------
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
                _fault("push:before_commit")
        except psycopg.Error:
            written = set()
            # Something was refused (a permission, a constraint): redo this batch one operation at a time,
            # each in a savepoint, so the refused ones are recorded and the rest still apply.
            issues = []
            with pg.transaction():
                for entry in entries:
                    issues += _push_one(pg, me, entry)
                _fault("push:before_commit")
        _fault("push:after_commit")
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
    if "row-level security" in message or message.startswith("permission_denied") \
            or isinstance(exc, psycopg.errors.InsufficientPrivilege):
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


# -- pull -------------------------------------------------------------------------------------------------
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
                _set_meta(conn, CURSOR_KEY, xmin)
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
            _fault("pull:after_page")
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
            conn.execute(text("INSERT INTO local_meta(key, value) VALUES (:k, '1') "
                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": RESCOPE_KEY})
        conn.execute(text("INSERT INTO local_meta(key, value) VALUES (:k, :v) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {"k": CURSOR_KEY, "v": "0" if rescope else xmin})
        conn.execute(text("DELETE FROM local_meta WHERE key = :k"), {"k": PULL_STATE_KEY})
    pg.commit()
    return resumed


def _column_default(column):
    default = column.default
    return default.arg if default is not None and not callable(default.arg) else None


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


def _set_meta(conn, key: str, value: str) -> None:
    conn.execute(text("INSERT INTO local_meta(key, value) VALUES (:k, :v) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value"), {"k": key, "v": value})


def _count_window(pg: psycopg.Connection, cursor: str, xmin: str) -> int:
    total = 0
    for entity in SYNCED:
        table = BUSINESS_MODELS[entity].__tablename__
        total += pg.execute(f"SELECT count(*) FROM {table} WHERE _xid >= %s::xid8 AND _xid < %s::xid8",
                            (cursor, xmin)).fetchone()[0]
    pg.commit()
    return total


def _save_state(db: Database, state: dict, conn=None) -> None:
    statement = text("INSERT INTO local_meta(key, value) VALUES (:k, :v) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    params = {"k": PULL_STATE_KEY, "v": json.dumps(state)}
    if conn is not None:
        conn.execute(statement, params)
    else:
        with db.engine.begin() as own:
            own.execute(statement, params)


def _apply_rows(conn, entity: str, rows: list[dict], *, index: bool) -> int:
    """Upsert server rows into the replica as they are (not journaled: they are not local changes)."""
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
    statement = sqlite_insert(model.__table__)
    statement = statement.on_conflict_do_update(
        index_elements=["id"], set_={c: statement.excluded[c] for c in columns if c != "id"})
    if not chunk:
        return 0  # (an empty parameter list would execute once and insert a row of defaults)
    conn.execute(statement, chunk)
    if index and entity in ("customer", "contact"):
        search_index.refresh(conn, {r["id"] if entity == "customer" else r["customer_id"] for r in rows})
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


__all__ = ["sync", "push", "pull", "pending", "SyncResult", "server_connection", "check_schema", "CrmError"]
