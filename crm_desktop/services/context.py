"""The services' view of who is working: the local user this replica acts as (the full login comes with the
security model), and the one Database they all share."""

from __future__ import annotations

import uuid

from sqlalchemy import select

from ..data.database import Database
from ..data.models import Department, User, UserRole
from ..data.unit_of_work import Actor
from . import access, classifications

LOCAL_USER_KEY = "local_user_id"


def system_actor(db: Database) -> Actor:
    return Actor(None, None, db.device_id)


def ensure_local_user(db: Database, login: str = "me", display_name: str = "Me") -> Actor:
    """The user this replica writes as; created on first start when no demo user was chosen. The built-in
    roles exist afterwards, and if nobody holds the administrator role this user gets it (the first user of
    a new database administers it)."""
    actor = _local_user(db, login, display_name)
    roles = access.ensure_roles(db, system_actor(db))
    with db.connect() as conn:
        admin_held = conn.execute(select(UserRole.id).where(UserRole.role_id == roles["administrator"],
                                                            UserRole.deleted_at.is_(None))).first()
    if admin_held is None:
        access.grant(db, system_actor(db), actor.user_id, "administrator")
    classifications.ensure_defaults(db, system_actor(db))
    return actor


def _local_user(db: Database, login: str, display_name: str) -> Actor:
    stored = db.meta(LOCAL_USER_KEY)
    if stored:
        with db.connect() as conn:
            row = conn.execute(select(User.id, User.department_id).where(User.id == uuid.UUID(stored))).first()
        if row:
            return Actor(row[0], row[1], db.device_id)
    with db.unit_of_work(system_actor(db), "create local user") as uow:
        dept = uow.create(Department, name="Local")
        user = uow.create(User, login=login, display_name=display_name, department_id=dept.id)
        uow.commit()
    db.set_meta(LOCAL_USER_KEY, user.id.hex)
    return Actor(user.id, dept.id, db.device_id)


def act_as(db: Database, user_id: uuid.UUID) -> Actor:
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.id == user_id)).first()
    db.set_meta(LOCAL_USER_KEY, row[0].hex)
    return Actor(row[0], row[1], db.device_id)
