"""Provisioning the shared server (an administrator's job, `crm-desktop server ...`): the schema from the
server Alembic tree, a group role holding the table grants, the built-in roles, and one PostgreSQL login
per app user mapped in `user_login`. Every step checks before it acts, so re-running is safe.

Login roles are cluster-wide in PostgreSQL, so their names carry a per-database prefix
(`crm_<database>_<login>`): two CRM databases on one cluster never share a login.
"""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime

import psycopg
from alembic import command
from alembic.config import Config
from psycopg import sql
from sqlalchemy import create_engine

from ..domain.access import SEED_ROLES
from ..domain.errors import CrmError, FieldError, ValidationError
from ..domain.ids import new_id
from ..domain.records import DEFAULT_LOOKUPS, DEFAULT_PIPELINE, DEFAULT_STAGES
from ..domain.service_desk import (
    BUILTIN_STATUSES,
    DEFAULT_CALENDAR,
    DEFAULT_POLICIES,
    OFFICE_HOURS,
)
from ..paths import migrations_dir
from .registry import SYNCED

LOGIN_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,39}$")


class ServerError(CrmError):
    """The server cannot be used: unreachable, wrong password, not provisioned, schema too old or new."""

    code = "server_error"


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _sqlalchemy_url(url: str) -> str:
    return re.sub(r"^postgres(ql)?(\+\w+)?://", "postgresql+psycopg://", url)


def connect(url: str, **kwargs) -> psycopg.Connection:
    try:
        return psycopg.connect(url, **kwargs)
    except psycopg.OperationalError as exc:
        raise ServerError("server_unreachable", detail=str(exc).strip().splitlines()[0]) from exc


def _ensure_database(url: str) -> None:
    """Create the database named in `url` when it does not exist yet (connecting to `postgres` to do so)."""
    info = psycopg.conninfo.conninfo_to_dict(url)
    name = info.get("dbname")
    try:
        psycopg.connect(url).close()
        return
    except psycopg.OperationalError as exc:
        if not name or "does not exist" not in str(exc):
            raise ServerError("server_unreachable", detail=str(exc).strip().splitlines()[0]) from exc
    maintenance = psycopg.conninfo.make_conninfo(url, dbname="postgres")
    with connect(maintenance, autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def db_role_name(database: str, login: str = "") -> str:
    """The PostgreSQL login of an app user (or, with no login, the prefix): `crm_<database>_<login>`. The
    one rule the server's provisioning and every client agree on."""
    return "crm_" + re.sub(r"[^a-z0-9_]", "_", database.lower()) + "_" + login.strip().lower()


def classify_connect_error(exc: psycopg.Error) -> ServerError:
    """A refused connection as the user should read it: a login problem, or the server out of reach."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    login_problem = "password" in message or "not permitted" in message or \
        ("role" in message and "does not exist" in message)
    if login_problem:
        return ServerError("server_login_failed", detail=message)
    # TLS refused or not verifiable (no TLS on the server, an untrusted or missing certificate, a name that
    # does not match): the address is right, the security settings are what to check.
    if any(word in message for word in ("SSL", "certificate", "sslmode", "TLS")):
        return ServerError("server_tls_failed", detail=message)
    return ServerError("server_unreachable", detail=message)


def role_prefix(conn: psycopg.Connection) -> str:
    return db_role_name(conn.execute("SELECT current_database()").fetchone()[0])


def group_role(conn: psycopg.Connection) -> str:
    return role_prefix(conn) + "users"


def login_role(conn: psycopg.Connection, login: str) -> str:
    return role_prefix(conn) + login


def head_revision() -> str:
    """The newest server schema revision this version of the app brings."""
    from alembic.script import ScriptDirectory
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir("server")))
    return ScriptDirectory.from_config(cfg).get_current_head()


def upgrade(url: str) -> dict:
    """Bring the server schema to the newest revision and (re)apply the grants."""
    _ensure_database(url)
    engine = create_engine(_sqlalchemy_url(url))
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir("server")))
    try:
        with engine.begin() as conn:
            before = conn.exec_driver_sql(
                "SELECT version_num FROM server_alembic_version").scalar() if conn.exec_driver_sql(
                "SELECT to_regclass('server_alembic_version')").scalar() else None
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            after = conn.exec_driver_sql("SELECT version_num FROM server_alembic_version").scalar()
    finally:
        engine.dispose()
    with connect(url) as conn:
        _grant(conn)
    return {"from": before, "to": after}


def _grant(conn: psycopg.Connection) -> None:
    group = group_role(conn)
    exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (group,)).fetchone()
    if not exists:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(group)))
    g = sql.Identifier(group)
    conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(g))
    for table in SYNCED:
        # No DELETE: rows are tombstoned, never removed.
        conn.execute(sql.SQL("GRANT SELECT, INSERT, UPDATE ON {} TO {}").format(sql.Identifier(table), g))
    for table, rights in (("applied_op", "SELECT, INSERT"), ("op_log", "SELECT, INSERT"),
                          ("row_move", "SELECT"), ("server_meta", "SELECT"), ("user_login", "SELECT"),
                          # Server-only: which desk sends a campaign's message to an address (s0006).
                          ("email_send_claim", "SELECT, INSERT, DELETE")):
        conn.execute(sql.SQL(f"GRANT {rights} ON {{}} TO {{}}").format(sql.Identifier(table), g))
    conn.execute(sql.SQL("GRANT USAGE ON SEQUENCE op_log_seq_seq TO {}").format(g))  # op_log's order
    conn.commit()


def init(url: str, admin_login: str, admin_password: str, admin_name: str = "系统管理员") -> dict:
    """Provision a server: schema, grants, built-in roles, a root department and the first administrator."""
    migration = upgrade(url)
    with connect(url) as conn:
        now = _now()
        roles = dict(conn.execute("SELECT code, id FROM role WHERE deleted_at IS NULL").fetchall())
        for spec in SEED_ROLES:
            if spec.code not in roles:
                roles[spec.code] = new_id()
                conn.execute(
                    "INSERT INTO role (id, code, name, data_scope, permissions, field_rules, builtin, created_at,"
                    " updated_at) VALUES (%s, %s, %s, %s, %s::json, %s::json, true, %s, %s)",
                    (roles[spec.code], spec.code, spec.name, spec.scope.name,
                     psycopg.types.json.Json(sorted(spec.permissions)),
                     psycopg.types.json.Json({k: v.name for k, v in spec.field_rules.items()}), now, now))
        root = conn.execute("SELECT id FROM department WHERE parent_id IS NULL AND deleted_at IS NULL "
                            "ORDER BY created_at LIMIT 1").fetchone()
        if root is None:
            root = (new_id(),)
            conn.execute("INSERT INTO department (id, name, created_at, updated_at) VALUES (%s, %s, %s, %s)",
                         (root[0], "总部", now, now))
        if conn.execute("SELECT 1 FROM lookup LIMIT 1").fetchone() is None:  # the classification lists
            for kind, names in DEFAULT_LOOKUPS.items():
                for position, name in enumerate(names):
                    conn.execute("INSERT INTO lookup (id, kind, name, position, created_at, updated_at) "
                                 "VALUES (%s, %s, %s, %s, %s, %s)", (new_id(), kind, name, position, now, now))
        if conn.execute("SELECT 1 FROM pipeline LIMIT 1").fetchone() is None:  # the default sales pipeline
            pipeline_id = new_id()
            conn.execute("INSERT INTO pipeline (id, name, is_default, position, created_at, updated_at) "
                         "VALUES (%s, %s, true, 0, %s, %s)", (pipeline_id, DEFAULT_PIPELINE, now, now))
            for position, (name, probability, kind) in enumerate(DEFAULT_STAGES):
                conn.execute("INSERT INTO pipeline_stage (id, pipeline_id, name, position, probability, kind, "
                             "created_at, updated_at) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                             (new_id(), pipeline_id, name, position, probability, kind, now, now))
        if conn.execute("SELECT 1 FROM ticket_status LIMIT 1").fetchone() is None:  # the service desk's setup
            seed_service_desk(conn, now)
        conn.execute("INSERT INTO server_meta (key, value) VALUES ('server_id', %s) ON CONFLICT (key) DO NOTHING",
                     (new_id().hex,))
        conn.commit()
    admin = add_user(url, admin_login, admin_password, display_name=admin_name, department_id=root[0],
                     roles=("administrator",))
    return {"ok": True, "migration": migration, "group_role": admin["group_role"], "administrator": admin}


def seed_service_desk(conn, now) -> None:
    """The ticket workflow, the office calendar and the SLA policies a new server starts with."""
    json = psycopg.types.json.Json
    for position, (code, name, kind, following) in enumerate(BUILTIN_STATUSES):
        conn.execute("INSERT INTO ticket_status (id, code, name, kind, position, next, builtin, created_at, "
                     "updated_at) VALUES (%s, %s, %s, %s, %s, %s, true, %s, %s)",
                     (new_id(), code, name, kind, position, json(list(following)), now, now))
    calendar_id = new_id()
    conn.execute("INSERT INTO business_calendar (id, name, hours, holidays, workdays, created_at, updated_at) "
                 "VALUES (%s, %s, %s, '[]', '[]', %s, %s)", (calendar_id, DEFAULT_CALENDAR, json(OFFICE_HOURS),
                                                             now, now))
    for position, (name, priority, response, resolve, warn) in enumerate(DEFAULT_POLICIES):
        conn.execute("INSERT INTO sla_policy (id, name, priority, calendar_id, first_response_minutes, "
                     "resolve_minutes, warn_minutes, position, created_at, updated_at) "
                     "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                     (new_id(), name, priority, calendar_id, response, resolve, warn, position, now, now))


def add_user(url: str, login: str, password: str, *, display_name: str | None = None,
             department_id: uuid.UUID | None = None, roles: tuple[str, ...] = ()) -> dict:
    """Give an app user a database login (creating the app user when the server does not have it yet)."""
    login = login.strip().lower()
    if not LOGIN_PATTERN.match(login):
        raise ValidationError([FieldError("login", "bad_identifier")])
    if not password:
        raise ValidationError([FieldError("password", "required")])
    with connect(url) as conn:
        now = _now()
        row = conn.execute("SELECT id, active FROM app_user WHERE lower(login) = %s AND deleted_at IS NULL",
                           (login,)).fetchone()
        if row is None:
            if department_id is None:
                found = conn.execute("SELECT id FROM department WHERE parent_id IS NULL AND deleted_at IS NULL "
                                     "ORDER BY created_at LIMIT 1").fetchone()
                department_id = found[0] if found else None
            user_id = new_id()
            conn.execute("INSERT INTO app_user (id, login, display_name, department_id, active, created_at, "
                         "updated_at) VALUES (%s, %s, %s, %s, true, %s, %s)",
                         (user_id, login, display_name or login, department_id, now, now))
        else:
            user_id = row[0]
            conn.execute("UPDATE app_user SET active = true, updated_at = %s WHERE id = %s AND NOT active",
                         (now, user_id))
        for code in roles:
            role = conn.execute("SELECT id FROM role WHERE code = %s AND deleted_at IS NULL", (code,)).fetchone()
            if role is None:
                raise ValidationError([FieldError("roles", "not_a_choice", {"value": code})])
            held = conn.execute("SELECT 1 FROM user_role WHERE user_id = %s AND role_id = %s AND deleted_at IS NULL",
                                (user_id, role[0])).fetchone()
            if not held:
                conn.execute("INSERT INTO user_role (id, user_id, role_id, created_at, updated_at) "
                             "VALUES (%s, %s, %s, %s, %s)", (new_id(), user_id, role[0], now, now))
        name = login_role(conn, login)
        ident = sql.Identifier(name)
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            conn.execute(sql.SQL("ALTER ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password)))
        else:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password)))
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group_role(conn)), ident))
        conn.execute("INSERT INTO user_login (db_role, user_id) VALUES (%s, %s) "
                     "ON CONFLICT (db_role) DO UPDATE SET user_id = excluded.user_id", (name, user_id))
        group = group_role(conn)
        conn.commit()
    return {"login": login, "user_id": str(user_id), "db_role": name, "group_role": group}


def disable_user(url: str, login: str) -> dict:
    """Revoke a user's database login and mark the app user inactive (their rows stay)."""
    login = login.strip().lower()
    with connect(url) as conn:
        name = login_role(conn, login)
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone():
            conn.execute(sql.SQL("ALTER ROLE {} NOLOGIN").format(sql.Identifier(name)))
            # Sessions already open end now, not whenever they happen to disconnect.
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = %s", (name,))
        updated = conn.execute("UPDATE app_user SET active = false, updated_at = %s WHERE lower(login) = %s "
                               "AND active RETURNING id", (_now(), login)).fetchone()
        conn.commit()
    return {"login": login, "db_role": name, "was_active": updated is not None}
