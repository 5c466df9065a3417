"""Resolving a user's Access from their roles, and seeding the built-in roles.

The union of a user's roles: every permission any role grants, the widest data scope, and per field the most
open rule (a field is masked only if every role masks it). The scope is turned into the sets of owners and
departments whose records the user may see: own (the user), own + subordinates (the manager chain, any
depth), own department, the department and its children (any depth), or all.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.engine import Connection

from ..data.database import Database
from ..data.models import Department, Role, User, UserRole
from ..data.unit_of_work import Actor
from ..domain.access import MODULES, SEED_ROLES, Access, DataScope, FieldRule, PermissionDenied

# The modules the built-in roles have been offered their permissions for (local_meta, comma-separated). A
# module added by a later version grants the built-in roles its seed permissions once; after that an
# administrator's edits to those roles stand.
SEEDED_MODULES_KEY = "seeded_modules"


def resolve(conn: Connection, user_id: uuid.UUID | None) -> Access:
    if user_id is None:
        return Access.unrestricted()
    user = conn.execute(select(User.id, User.department_id, User.active, User.deleted_at)
                        .where(User.id == user_id)).first()
    if user is None or user.deleted_at is not None or not user.active:
        raise PermissionDenied(reason="user_inactive", user=str(user_id))
    roles = conn.execute(select(Role.code, Role.data_scope, Role.permissions, Role.field_rules)
                         .join(UserRole, UserRole.role_id == Role.id)
                         .where(UserRole.user_id == user_id, UserRole.deleted_at.is_(None),
                                Role.deleted_at.is_(None))).all()
    permissions: set[str] = set()
    scope = DataScope.OWN
    for role in roles:
        permissions.update(role.permissions or [])
        scope = max(scope, DataScope[role.data_scope])
    rules: dict[str, FieldRule] = {}
    if roles:
        restricted = set().union(*[(r.field_rules or {}).keys() for r in roles])
        for key in restricted:
            # A role that says nothing about a field leaves it editable.
            rules[key] = max(FieldRule[(r.field_rules or {}).get(key, "EDITABLE")] for r in roles)
        rules = {k: v for k, v in rules.items() if v != FieldRule.EDITABLE}
    owners = departments = None
    if scope == DataScope.OWN:
        owners = frozenset({user_id})
    elif scope == DataScope.OWN_AND_SUBORDINATES:
        owners = frozenset(_subordinates(conn, user_id) | {user_id})
    elif scope == DataScope.DEPARTMENT:
        departments = frozenset({user.department_id})
    elif scope == DataScope.DEPARTMENT_TREE:
        departments = frozenset(_subtree(conn, user.department_id))
    return Access(user_id, frozenset(permissions), scope, owners, departments, rules,
                  tuple(sorted(r.code for r in roles)))


def _subordinates(conn: Connection, manager_id: uuid.UUID) -> set[uuid.UUID]:
    links = conn.execute(select(User.id, User.manager_id).where(User.deleted_at.is_(None))).all()
    reports: dict = {}
    for uid, mid in links:
        reports.setdefault(mid, []).append(uid)
    found, todo = set(), [manager_id]
    while todo:
        for uid in reports.get(todo.pop(), []):
            if uid not in found and uid != manager_id:  # a cycle in the data must not loop forever
                found.add(uid)
                todo.append(uid)
    return found


def _subtree(conn: Connection, root: uuid.UUID | None) -> set[uuid.UUID | None]:
    if root is None:
        return {None}
    links = conn.execute(select(Department.id, Department.parent_id).where(Department.deleted_at.is_(None))).all()
    children: dict = {}
    for did, parent in links:
        children.setdefault(parent, []).append(did)
    found, todo = {root}, [root]
    while todo:
        for did in children.get(todo.pop(), []):
            if did not in found:
                found.add(did)
                todo.append(did)
    return found


def ensure_roles(db: Database, actor: Actor) -> dict[str, uuid.UUID]:
    """Create the built-in roles that are missing (journaled like any write); code -> role id."""
    with db.connect() as conn:
        have = dict(conn.execute(select(Role.code, Role.id).where(Role.deleted_at.is_(None))).all())
    if any(spec.code not in have for spec in SEED_ROLES):
        with db.unit_of_work(actor, "create built-in roles") as uow:
            have = create_missing_roles(uow)
            uow.commit()
        db.set_meta(SEEDED_MODULES_KEY, ",".join(MODULES))
    seeded = db.meta(SEEDED_MODULES_KEY)
    if seeded is None:  # a database from before modules were tracked: the original modules are seeded
        seeded = "customers,contacts,activities,tags,organisation,roles,audit,backup"
    new = [m for m in MODULES if m not in seeded.split(",")]
    if new:
        with db.unit_of_work(actor, "grant new modules to built-in roles") as uow:
            for spec in SEED_ROLES:
                role = uow.session.scalar(select(Role).where(Role.code == spec.code, Role.deleted_at.is_(None)))
                grants = sorted(p for p in spec.permissions if p.split(".")[0] in new)
                if role is not None and grants:
                    uow.update(role, permissions=sorted(set(role.permissions) | set(grants)))
            uow.commit()
        db.set_meta(SEEDED_MODULES_KEY, ",".join(MODULES))
    return have


def create_missing_roles(uow) -> dict[str, uuid.UUID]:
    """Within a unit of work: create the built-in roles not present yet; code -> role id."""
    have = dict(uow.session.execute(select(Role.code, Role.id).where(Role.deleted_at.is_(None))).all())
    for spec in SEED_ROLES:
        if spec.code not in have:
            have[spec.code] = uow.create(Role, code=spec.code, name=spec.name, data_scope=spec.scope.name,
                                         permissions=sorted(spec.permissions),
                                         field_rules={k: v.name for k, v in spec.field_rules.items()},
                                         builtin=True).id
    return have


def grant(db: Database, actor: Actor, user_id: uuid.UUID, role_code: str) -> None:
    roles = ensure_roles(db, actor)
    with db.connect() as conn:
        held = conn.execute(select(UserRole.id).where(UserRole.user_id == user_id,
                                                      UserRole.role_id == roles[role_code],
                                                      UserRole.deleted_at.is_(None))).first()
    if held is None:
        with db.unit_of_work(actor, f"grant role {role_code}") as uow:
            uow.create(UserRole, user_id=user_id, role_id=roles[role_code])
            uow.commit()


def administrator_remains(session) -> bool:
    """Whether some active user still holds the administrator role (an undo must not remove the last one)."""
    return session.execute(
        select(UserRole.id).join(Role, Role.id == UserRole.role_id).join(User, User.id == UserRole.user_id)
        .where(Role.code == "administrator", Role.deleted_at.is_(None), UserRole.deleted_at.is_(None),
               User.deleted_at.is_(None), User.active.is_(True)).limit(1)).first() is not None
