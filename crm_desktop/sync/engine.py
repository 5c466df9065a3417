"""One sync of a replica with the server: push the outbox (push.py), then pull what changed (pull.py)
(SYNC.md). Here: linking a replica to a server, the connection with its schema gate, and the order of a sync.

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

import time
from collections.abc import Callable
from dataclasses import dataclass, field

import psycopg
from sqlalchemy import text

from ..data import migrate
from ..data.database import AUTOMATION_CURSOR_KEY, Database
from ..domain.errors import CrmError
from .keys import CURSOR_KEY, LAST_SYNC_KEY, LOGIN_KEY, SERVER_ID_KEY, URL_KEY
from .provision import ServerError, classify_connect_error, db_role_name
from .pull import PULL_BATCH, PULL_STATE_KEY, RESCOPE_KEY, children_of, pull
from .push import pending, push

# What callers and tests reach through the engine (the sync's one entry point).
__all__ = ["sync", "link", "push", "pull", "pending", "children_of", "SyncResult", "server_connection",
           "check_schema", "local_schema", "CrmError", "URL_KEY", "LOGIN_KEY", "CURSOR_KEY", "LAST_SYNC_KEY",
           "SERVER_ID_KEY", "PULL_BATCH", "PULL_STATE_KEY", "RESCOPE_KEY"]


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
    # The emptied journal numbers its entries from 1 again: the automation reads it from its start, or the
    # first changes made here would fall below the old cursor and never be acted on.
    db.set_meta(AUTOMATION_CURSOR_KEY, "0")


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
