"""Headless subcommands: each prints one JSON object and returns an exit code (0 ok, 1 failure)."""

from __future__ import annotations

import json
import time

from .data.database import Database
from .domain.errors import CrmError, ValidationError
from .paths import DataPaths
from .services import demo


def emit(obj: dict) -> None:
    print(json.dumps(obj, ensure_ascii=False, default=str), flush=True)


def fail(message: str, **extra) -> int:
    emit({"ok": False, "error": message, **extra})
    return 1


def db_upgrade(args) -> int:
    paths = DataPaths.resolve(args.data_dir)
    with Database(paths) as db:
        emit({"ok": True, "database": str(paths.database), **db.migration})
    return 0


def demo_data(args) -> int:
    paths = DataPaths.resolve(args.data_dir)
    started = time.perf_counter()
    with Database(paths) as db:
        if db.meta("demo_seeded"):
            return fail("this data folder already holds demo data; use an empty --data-dir",
                        database=str(paths.database))
        counts = demo.seed(db, args.customers, seed_value=args.seed)
        db.set_meta("demo_seeded", str(args.customers))
    emit({"ok": True, "database": str(paths.database), **counts,
          "seconds": round(time.perf_counter() - started, 2)})
    return 0


def backup_command(args) -> int:
    from .services import backups
    paths = DataPaths.resolve(args.data_dir)
    if args.list:
        emit({"ok": True, "backups": [{"file": str(b.path), "reason": b.reason, "taken_at": b.taken_at.isoformat(),
                                       "size": b.size} for b in backups.list_backups(paths)]})
        return 0
    if not paths.database.exists():
        return fail(f"no database in {paths.root}", code="no_database")
    started = time.perf_counter()
    # Opening the database first makes sure the folder is not in use by the app, and migrates it.
    with Database(paths):
        info = backups.take(paths, "manual")
    emit({"ok": True, "file": str(info.path), "size": info.size, "seconds": round(time.perf_counter() - started, 2)})
    return 0


def restore_command(args) -> int:
    from .services import backups
    paths = DataPaths.resolve(args.data_dir)
    paths.root.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    facts = backups.restore(paths, args.file)
    with Database(paths) as db:  # the restored file may be an older schema: bring it up to date
        migration = db.migration
    emit({"ok": True, "database": str(paths.database), **facts, "migration": migration,
          "seconds": round(time.perf_counter() - started, 2)})
    return 0


def audit_verify(args) -> int:
    from .services import audit
    paths = DataPaths.resolve(args.data_dir)
    if not paths.database.exists():
        return fail(f"no database in {paths.root}", code="no_database")
    started = time.perf_counter()
    with Database(paths) as db:
        verdict = audit.verify(db)
    emit({**verdict, "database": str(paths.database), "seconds": round(time.perf_counter() - started, 2)})
    return 0 if verdict["ok"] else 1


def sign_in(db: Database, login: str):
    """Headless sign-in as `login`: the password from CRM_PASSWORD, else a prompt on a terminal; a second
    factor from CRM_TOTP. The same throttling and audit events as the dialog."""
    import os

    from .services.auth import AuthService
    password = _secret("CRM_PASSWORD", f"Password for {login}: ")
    return AuthService(db).login(login, password, totp=os.environ.get("CRM_TOTP"))


def export_command(args) -> int:
    from pathlib import Path

    from .domain.customer_filter import CustomerFilter
    from .services.customers import CustomerService
    from .services.exports import export_customers, export_vcards
    paths = DataPaths.resolve(args.data_dir)
    if not paths.database.exists():
        return fail(f"no database in {paths.root}", code="no_database")
    target = args.out_file or args.out
    if not target:
        return fail("say where to write: crm-desktop export [--format csv|xlsx|vcf] OUT", code="no_output")
    out = Path(target)
    fmt = args.format or {".xlsx": "xlsx", ".vcf": "vcf"}.get(out.suffix.lower(), "csv")
    started = time.perf_counter()
    with Database(paths) as db:
        actor = _acting_user(db, args.user)
        service = CustomerService(db, actor)
        flt = CustomerFilter(search=args.search)
        rows = export_vcards(service, flt, out, args.vcard_version) if fmt == "vcf" else \
            export_customers(service, flt, out, fmt)
        login = db_login(db, actor.user_id)
    emit({"ok": True, "file": str(out), "format": fmt, "rows": rows, "user": login,
          "seconds": round(time.perf_counter() - started, 2)})
    return 0


def db_login(db: Database, user_id) -> str:
    from sqlalchemy import select

    from .data.models import User
    with db.connect() as conn:
        return conn.execute(select(User.login).where(User.id == user_id)).scalar() or ""


def _acting_user(db: Database, login: str | None):
    """The actor of a headless command: LOGIN signed in (password from CRM_PASSWORD or a prompt), else the
    folder's current user (whoever can open the database file can read it anyway)."""
    import uuid

    from sqlalchemy import select

    from .data.models import User
    from .data.unit_of_work import Actor
    from .services.context import LOCAL_USER_KEY
    if login:
        return sign_in(db, login).actor
    stored = db.meta(LOCAL_USER_KEY)
    if not stored:
        raise CrmError("no_user", detail="this folder has no current user; pass --user")
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.id == uuid.UUID(stored))).one()
    return Actor(row[0], row[1], db.device_id)


def import_command(args) -> int:
    from .services.imports import ImportService
    paths = DataPaths.resolve(args.data_dir)
    if not paths.database.exists():
        return fail(f"no database in {paths.root}", code="no_database")
    with Database(paths) as db:
        service = ImportService(db, _acting_user(db, args.user))
        result = service.run(args.file, preset=args.preset, on_duplicate=args.on_duplicate, restart=args.restart)
    emit({"ok": True, **result.summary()})
    return 0


def search_command(args) -> int:
    """The customer list's own search (service, scope, masking), printed as JSON lines in list order."""
    from .domain.customer_filter import CustomerFilter, CustomerOrder
    from .services.customers import CustomerService
    paths = DataPaths.resolve(args.data_dir)
    if not paths.database.exists():
        return fail(f"no database in {paths.root}", code="no_database")
    with Database(paths) as db:
        service = CustomerService(db, _acting_user(db, args.user))
        rows = service.window(CustomerFilter(search=args.query), CustomerOrder("name"), limit=args.limit) \
            if args.query.strip() else []
    for r in rows:
        print(json.dumps({"id": str(r.id), "name": r.name, "phone": r.phone, "email": r.email,
                          "owner": r.owner_name}, ensure_ascii=False))
    return 0


def _secret(env: str, prompt: str) -> str:
    import getpass
    import os
    import sys
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise CrmError("password_required", detail=f"set {env} or run on a terminal")
        value = getpass.getpass(prompt)
    return value


def server_command(args) -> int:
    from .sync import provision
    action = args.server_command
    if action == "init":
        result = provision.init(args.url, args.admin, _secret("CRM_ADMIN_PASSWORD", f"Password for {args.admin}: "))
    elif action == "upgrade":
        result = {"ok": True, "migration": provision.upgrade(args.url)}
    elif action == "add-user":
        result = {"ok": True, **provision.add_user(args.url, args.login,
                                                   _secret("CRM_PASSWORD", f"Password for {args.login}: "),
                                                   display_name=args.name, roles=tuple(args.role))}
    else:
        result = {"ok": True, **provision.disable_user(args.url, args.login)}
    emit(result)
    return 0


def _server_key(db: Database) -> str:
    return f"server@{db.device_id}"


def connect_command(args) -> int:
    from .credentials import CredentialStore
    from .sync import engine
    paths = DataPaths.resolve(args.data_dir)
    import os
    import sys
    # Without CRM_PASSWORD and without a terminal, try without a password (servers using peer/trust
    # authentication); a server that wants one answers server_login_failed.
    password = os.environ.get("CRM_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = _secret("CRM_PASSWORD", f"Server password for {args.user}: ")
    with Database(paths) as db:
        linked = engine.link(db, args.url, args.user, password)
        store = CredentialStore()
        kept = store.set(_server_key(db), password) if password else False
    emit({"ok": True, **linked, "password_in_keyring": kept,
          **({} if kept else {"note": "no OS keyring: give the password in CRM_PASSWORD each time you sync"})})
    return 0


def sync_command(args) -> int:
    import os

    from .credentials import CredentialStore
    from .services.sync import SyncService
    from .sync import engine
    paths = DataPaths.resolve(args.data_dir)
    if not paths.database.exists():
        return fail(f"no database in {paths.root}", code="no_database")
    with Database(paths) as db:
        password = CredentialStore().get(_server_key(db)) or os.environ.get("CRM_PASSWORD")
        result = engine.sync(db, password)
        if password:
            SyncService(db, None).sync_local_password(password)
        emit({"ok": True, **result.as_dict(), "pending": engine.pending(db)})
    return 0


def _said(value) -> str:
    return " | ".join(map(str, value)) if isinstance(value, list | tuple) else str(value)


def run(args) -> int:
    handlers = {("export", None): export_command, ("search", None): search_command, ("import", None): import_command, ("connect", None): connect_command, ("sync", None): sync_command,
                ("server", "init"): server_command, ("server", "upgrade"): server_command,
                ("server", "add-user"): server_command, ("server", "disable-user"): server_command,
                ("audit", "verify"): audit_verify, ("db", "upgrade"): db_upgrade, ("demo", None): demo_data, ("backup", None): backup_command,
                ("restore", None): restore_command}
    action = getattr(args, "db_command", None) or getattr(args, "audit_command", None) or \
        getattr(args, "server_command", None)
    handler = handlers[(args.command, action)]
    try:
        return handler(args)
    except ValidationError as exc:
        # Each field's code and its facts, so a script (or a person) sees what to change without the UI.
        said = [f"{e.field}: {e.code}" + (" (" + ", ".join(f"{k}: {_said(v)}" for k, v in e.args.items()) + ")"
                                          if e.args else "") for e in exc.errors]
        return fail("invalid: " + "; ".join(said), code=exc.code,
                    errors=[{"field": e.field, "code": e.code, **e.args} for e in exc.errors])
    except CrmError as exc:
        facts = exc.args_map
        message = exc.code + (f": {facts['detail']}" if facts.get("detail") else "") + \
            (f" ({facts['path']})" if facts.get("path") else "")
        return fail(message, code=exc.code, **facts)
    except KeyboardInterrupt:
        return fail("interrupted")


__all__ = ["run", "emit", "fail"]
