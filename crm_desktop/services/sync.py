"""Sync as the app uses it: connection settings (the password only in the OS keyring), one sync on demand
or on a timer, the status the status bar shows, and the conflict inbox (keep mine / keep theirs / edit).

A resolution is an ordinary journaled edit through the unit of work, so it syncs like any other change; the
issue is then marked resolved.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text, update

from ..credentials import CredentialStore
from ..data.database import Database
from ..data.models import BUSINESS_MODELS, SyncIssue
from ..data.unit_of_work import Actor
from ..data.values import from_json
from ..domain.access import require_row_write
from ..domain.changes import Changes
from ..domain.errors import NotFound
from ..sync import engine
from . import access as access_service


@dataclass(frozen=True)
class SyncStatus:
    connected: bool
    url: str
    login: str
    last_sync: str  # ISO time (UTC) or ""
    pending: int  # local operations not yet on the server
    open_issues: int  # conflicts and rejections not yet looked at
    keyring: bool  # whether the password can be kept


@dataclass(frozen=True)
class IssueItem:
    id: uuid.UUID
    kind: str  # conflict | rejected
    entity: str
    row_id: uuid.UUID
    field: str
    mine: object
    theirs: object
    winner: str  # mine | theirs: what stands now
    detail: str
    at: datetime


class SyncService:
    def __init__(self, db: Database, actor: Actor, store: CredentialStore | None = None):
        self.db, self.actor = db, actor
        self.store = store or CredentialStore()

    def _key(self) -> str:
        return f"server@{self.db.device_id}"

    def _password(self) -> str | None:
        return self.store.get(self._key()) or os.environ.get("CRM_PASSWORD")

    def server_password(self) -> str | None:
        """The password sync signs in with (keyring, else CRM_PASSWORD), for other jobs that talk to the
        server (the e-mail sender's claims); None with a trusted or certificate login."""
        return self._password()

    def status(self) -> SyncStatus:
        with self.db.connect() as conn:
            open_issues = conn.execute(text("SELECT count(*) FROM sync_issue WHERE resolved_at IS NULL")).scalar()
        return SyncStatus(bool(self.db.meta(engine.URL_KEY)), self.db.meta(engine.URL_KEY) or "",
                          self.db.meta(engine.LOGIN_KEY) or "", self.db.meta(engine.LAST_SYNC_KEY) or "",
                          engine.pending(self.db), open_issues, self.store.available)

    def test_connection(self, url: str, login: str, password: str | None) -> dict:
        """Connect and check the schema without storing anything."""
        import psycopg

        from ..sync.provision import classify_connect_error, db_role_name
        info = psycopg.conninfo.conninfo_to_dict(url)
        try:
            with psycopg.connect(url, user=db_role_name(info.get("dbname", ""), login),
                                 **({"password": password} if password else {})) as pg:
                engine.check_schema(pg)
                return {"ok": True, "user": str(pg.execute("SELECT crm_me()").fetchone()[0])}
        except psycopg.Error as exc:
            raise classify_connect_error(exc) from exc

    def connect(self, url: str, login: str, password: str | None, *, remember: bool = True) -> dict:
        linked = engine.link(self.db, url, login, password)
        kept = bool(password) and remember and self.store.set(self._key(), password)
        return {**linked, "password_in_keyring": kept}

    def disconnect(self) -> None:
        """Forget the server (and its password); all local data stays."""
        with self.db.engine.begin() as conn:
            conn.execute(text("DELETE FROM local_meta WHERE key IN (:u, :l)"),
                         {"u": engine.URL_KEY, "l": engine.LOGIN_KEY})
        self.store.delete(self._key())

    def sync_now(self, password: str | None = None, progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> dict:
        """One sync; a cancelled one stops between pages and the next sync resumes where it stopped."""
        password = password or self._password()
        result = engine.sync(self.db, password, progress=progress, cancelled=cancelled)
        if password:
            self.sync_local_password(password)
        return result.as_dict()

    def sync_local_password(self, password: str) -> None:
        from .auth import ensure_local_password
        login = self.db.meta(engine.LOGIN_KEY)
        with self.db.connect() as conn:
            user = conn.execute(text("SELECT id FROM app_user WHERE lower(login) = :l"), {"l": login}).scalar()
        if user:
            ensure_local_password(self.db, uuid.UUID(user) if isinstance(user, str) else user, password)

    # -- the conflict inbox ---------------------------------------------------------------------------
    def issues(self, *, include_resolved: bool = False) -> list[IssueItem]:
        stmt = select(SyncIssue).order_by(SyncIssue.at.desc())
        if not include_resolved:
            stmt = stmt.where(SyncIssue.resolved_at.is_(None))
        with self.db.connect() as conn:
            rows = conn.execute(stmt).mappings().all()
        return [IssueItem(r["id"], r["kind"], r["entity"], r["row_id"], r["field"], r["mine"], r["theirs"],
                          r["winner"], r["detail"], r["at"]) for r in rows]

    def resolve(self, issue_id: uuid.UUID, choice: str, value: object = None) -> Changes:
        """keep "mine", keep "theirs", or "edit" to `value`. Writes what the user chose (when it is not what
        stands already) as a normal edit, then closes the issue."""
        with self.db.connect() as conn:
            issue = conn.execute(select(SyncIssue).where(SyncIssue.id == issue_id)).mappings().first()
        if issue is None:
            raise NotFound(entity="sync_issue", id=str(issue_id))
        changes = Changes()
        wanted = {"mine": issue["mine"], "theirs": issue["theirs"], "edit": value}[choice]
        if issue["kind"] == "conflict" and issue["field"] and not (choice == issue["winner"]):
            model = BUSINESS_MODELS[issue["entity"]]
            with self.db.unit_of_work(self.actor, f"resolve conflict: {issue['field']}") as uow:
                obj = uow.get(model, issue["row_id"], include_deleted=True)
                # Settling is an edit like any other: checked here as the server will check the push.
                require_row_write(access_service.resolve(uow.session.connection(), self.actor.user_id),
                                  issue["entity"], "edit", obj)
                uow.update(obj, **{issue["field"]: from_json(model, issue["field"], wanted)})
                changes = uow.commit()
        with self.db.engine.begin() as conn:
            conn.execute(update(SyncIssue).where(SyncIssue.id == issue_id).values(resolved_at=self.db.now()))
        return changes | Changes(customers=True)


__all__ = ["SyncService", "SyncStatus", "IssueItem"]
