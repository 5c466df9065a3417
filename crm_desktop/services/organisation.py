"""Organisation administration: the department tree, users and their roles, and the roles themselves.

Every write is one unit of work (one journaled, undoable action) and returns a Changes value; every read
returns frozen DTOs. Reading needs organisation.view (departments, users) or roles.view (roles); writing
needs organisation.administer or roles.administer. Changing who holds which role needs roles.administer
as well: handing out roles is handing out permissions.

The rules that keep the organisation usable live here, not in the screens: no department inside itself, no
user managing themself (directly or through others), nothing deleted while something still uses it, and
always at least one active administrator whose role keeps every permission.

Changes has a single flag for the organisation (`users`). Every write here raises it, because a department
rename or a role edit changes what the user rows show too.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select

from ..data.models import Department, Role, User, UserRole
from ..domain.access import DataScope, FieldRule, all_permissions
from ..domain.changes import Changes
from ..domain.errors import FieldError, ValidationError
from ..domain.records import RULES
from ..domain.sort_keys import pinyin_key
from .base import UserService

ADMINISTRATOR = "administrator"
# A login or role code: lower-case ASCII letters and digits, then also '.', '_' or '-'.
IDENTIFIER = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# The fields a role's field rules may name: those of the records whose service applies field rules today.
RULE_FIELDS: tuple[str, ...] = tuple(f"{entity}.{name}" for entity in ("customer", "contact")
                                     for name in RULES[entity] if not name.endswith("_id"))
ORGANISATION_CHANGED = Changes(users=True)


@dataclass(frozen=True)
class DepartmentItem:
    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None
    path: str  # "总部 / 华东销售部 / 上海销售组"
    user_count: int  # active users in this department (not counting sub-departments)


@dataclass(frozen=True)
class UserItem:
    id: uuid.UUID
    login: str
    display_name: str
    department_id: uuid.UUID | None
    department_name: str
    manager_id: uuid.UUID | None
    manager_name: str
    active: bool
    role_codes: tuple[str, ...]  # empty when the reader may not view roles


@dataclass(frozen=True)
class RoleItem:
    id: uuid.UUID
    code: str
    name: str
    permissions: frozenset[str]  # "module.action"
    scope: str  # a DataScope name
    builtin: bool
    user_count: int  # live users holding the role
    field_rules: dict[str, str] = field(default_factory=dict, hash=False)  # "entity.field" -> FieldRule name


def _chain(parent_of: dict, start) -> set:
    """`start` and everything above it, following parent_of; stops at a loop already in the data."""
    seen, current = set(), start
    while current is not None and current not in seen:
        seen.add(current)
        current = parent_of.get(current)
    return seen


def _invalid(name: str, code: str, **args) -> ValidationError:
    return ValidationError([FieldError(name, code, args)])


class OrganisationService(UserService):
    # -- reads ---------------------------------------------------------------------------------------
    def list_departments(self) -> list[DepartmentItem]:
        """In tree order: each department followed by its sub-departments, siblings by pinyin."""
        self.access.require("organisation", "view")
        with self.db.connect() as conn:
            rows = conn.execute(select(Department.id, Department.name, Department.parent_id)
                                .where(Department.deleted_at.is_(None))).all()
            counts = dict(conn.execute(select(User.department_id, func.count())
                                       .where(User.deleted_at.is_(None), User.active.is_(True))
                                       .group_by(User.department_id)).all())
        children: dict = {}
        known = {r.id for r in rows}
        for r in sorted(rows, key=lambda r: pinyin_key(r.name)):  # siblings in the order a Chinese reader expects
            # A parent that is gone (it cannot be deleted while it has children, but sync may bring one)
            # leaves the department at the top rather than invisible.
            children.setdefault(r.parent_id if r.parent_id in known else None, []).append(r)
        out: list[DepartmentItem] = []

        def walk(parent_id, prefix: str) -> None:
            for r in children.get(parent_id, []):
                path = f"{prefix} / {r.name}" if prefix else r.name
                out.append(DepartmentItem(r.id, r.name, r.parent_id, path, counts.get(r.id, 0)))
                walk(r.id, path)

        walk(None, "")
        return out

    def list_users(self) -> list[UserItem]:
        self.access.require("organisation", "view")
        with self.db.connect() as conn:
            users = conn.execute(select(User.id, User.login, User.display_name, User.department_id,
                                        User.manager_id, User.active)
                                 .where(User.deleted_at.is_(None)).order_by(User.login)).all()
            departments = dict(conn.execute(select(Department.id, Department.name)).all())
            roles: dict = {}
            if self.access.can("roles", "view"):
                for user_id, code in conn.execute(
                        select(UserRole.user_id, Role.code).join(Role, Role.id == UserRole.role_id)
                        .where(UserRole.deleted_at.is_(None), Role.deleted_at.is_(None)).order_by(Role.code)):
                    roles.setdefault(user_id, []).append(code)
        names = {u.id: u.display_name for u in users}
        return [UserItem(u.id, u.login, u.display_name, u.department_id, departments.get(u.department_id, ""),
                         u.manager_id, names.get(u.manager_id, ""), bool(u.active), tuple(roles.get(u.id, ())))
                for u in users]

    def list_roles(self) -> list[RoleItem]:
        self.access.require("roles", "view")
        with self.db.connect() as conn:
            roles = conn.execute(select(Role.id, Role.code, Role.name, Role.permissions, Role.data_scope,
                                        Role.builtin, Role.field_rules)
                                 .where(Role.deleted_at.is_(None)).order_by(Role.code)).all()
            holders = dict(conn.execute(
                select(UserRole.role_id, func.count(func.distinct(UserRole.user_id)))
                .join(User, User.id == UserRole.user_id)
                .where(UserRole.deleted_at.is_(None), User.deleted_at.is_(None))
                .group_by(UserRole.role_id)).all())
            return [RoleItem(r.id, r.code, r.name, frozenset(r.permissions or ()), r.data_scope, bool(r.builtin),
                             holders.get(r.id, 0), dict(r.field_rules or {})) for r in roles]

    # -- departments ---------------------------------------------------------------------------------
    def create_department(self, name: str, parent_id: uuid.UUID | None = None) -> tuple[uuid.UUID, Changes]:
        self.access.require("organisation", "administer")
        with self.db.unit_of_work(self.actor, "create department") as uow:
            self._check_parent(uow.session, None, parent_id)
            self._check_sibling_name(uow.session, None, name, parent_id)
            dept = uow.create(Department, name=name, parent_id=parent_id)
            return dept.id, uow.commit() | ORGANISATION_CHANGED

    def update_department(self, department_id: uuid.UUID, name: str, parent_id: uuid.UUID | None) -> Changes:
        """Rename and/or move, as one action (the department form saves both)."""
        self.access.require("organisation", "administer")
        with self.db.unit_of_work(self.actor, "edit department") as uow:
            dept = uow.get(Department, department_id)
            self._check_parent(uow.session, dept.id, parent_id)
            self._check_sibling_name(uow.session, dept.id, name, parent_id)
            uow.update(dept, name=name, parent_id=parent_id)
            return uow.commit() | ORGANISATION_CHANGED

    def rename_department(self, department_id: uuid.UUID, name: str) -> Changes:
        return self.update_department(department_id, name, self._parent_of(department_id))

    def move_department(self, department_id: uuid.UUID, parent_id: uuid.UUID | None) -> Changes:
        with self.db.connect() as conn:
            name = conn.execute(select(Department.name).where(Department.id == department_id)).scalar() or ""
        return self.update_department(department_id, name, parent_id)

    def delete_department(self, department_id: uuid.UUID) -> Changes:
        """Refused while live sub-departments or active users are in it: they would be left nowhere."""
        self.access.require("organisation", "administer")
        with self.db.unit_of_work(self.actor, "delete department") as uow:
            dept = uow.get(Department, department_id)
            s = uow.session
            subs = s.scalar(select(func.count()).where(Department.parent_id == dept.id,
                                                       Department.deleted_at.is_(None)))
            users = s.scalar(select(func.count()).where(User.department_id == dept.id, User.deleted_at.is_(None),
                                                        User.active.is_(True)))
            if subs or users:
                raise _invalid("department", "in_use", departments=subs, users=users)
            uow.delete(dept)
            return uow.commit() | ORGANISATION_CHANGED

    def _parent_of(self, department_id: uuid.UUID) -> uuid.UUID | None:
        with self.db.connect() as conn:
            return conn.execute(select(Department.parent_id).where(Department.id == department_id)).scalar()

    @staticmethod
    def _check_parent(s, department_id: uuid.UUID | None, parent_id: uuid.UUID | None) -> None:
        if parent_id is None:
            return
        parents = dict(s.execute(select(Department.id, Department.parent_id)
                                 .where(Department.deleted_at.is_(None))).all())
        if parent_id not in parents:
            raise _invalid("parent_id", "not_found")
        # Meeting the department on the way up from its new parent means it would sit inside itself.
        if department_id is not None and department_id in _chain(parents, parent_id):
            raise _invalid("parent_id", "cycle")

    @staticmethod
    def _check_sibling_name(s, department_id, name: str, parent_id) -> None:
        # Two "销售部" under one parent cannot be told apart in any list or path.
        same_parent = Department.parent_id.is_(None) if parent_id is None else Department.parent_id == parent_id
        clash = s.scalar(select(Department.id).where(Department.name == (name or "").strip(), same_parent,
                                                     Department.deleted_at.is_(None)).limit(1))
        if clash is not None and clash != department_id:
            raise _invalid("name", "duplicate")

    # -- users ---------------------------------------------------------------------------------------
    def create_user(self, login: str, display_name: str, department_id: uuid.UUID | None,
                    manager_id: uuid.UUID | None = None, roles: Iterable[str] = ()) -> tuple[uuid.UUID, Changes]:
        self.access.require("organisation", "administer")
        roles = list(roles)
        if roles:
            self.access.require("roles", "administer")
        with self.db.unit_of_work(self.actor, "create user") as uow:
            values = self._user_values(uow.session, None, login, display_name, department_id, manager_id)
            user = uow.create(User, **values, active=True)
            self._apply_roles(uow, user, roles)
            return user.id, uow.commit() | ORGANISATION_CHANGED

    def update_user(self, user_id: uuid.UUID, login: str, display_name: str, department_id: uuid.UUID | None,
                    manager_id: uuid.UUID | None, roles: Iterable[str] | None = None) -> Changes:
        """Edit a user; `roles` None leaves their roles as they are (one action either way)."""
        self.access.require("organisation", "administer")
        if roles is not None:
            self.access.require("roles", "administer")
        with self.db.unit_of_work(self.actor, "edit user") as uow:
            user = uow.get(User, user_id)
            uow.update(user, **self._user_values(uow.session, user.id, login, display_name, department_id,
                                                 manager_id))
            if roles is not None:
                self._apply_roles(uow, user, list(roles))
            return uow.commit() | ORGANISATION_CHANGED

    def set_roles(self, user_id: uuid.UUID, roles: Iterable[str]) -> Changes:
        self.access.require("organisation", "administer")
        self.access.require("roles", "administer")
        with self.db.unit_of_work(self.actor, "set user roles") as uow:
            self._apply_roles(uow, uow.get(User, user_id), list(roles))
            return uow.commit() | ORGANISATION_CHANGED

    def set_active(self, user_id: uuid.UUID, active: bool) -> Changes:
        """Users are deactivated, never deleted: their records and journal entries keep pointing at them."""
        self.access.require("organisation", "administer")
        with self.db.unit_of_work(self.actor, "activate user" if active else "deactivate user") as uow:
            user = uow.get(User, user_id)
            if not active:
                if user.id == self.actor.user_id:
                    raise _invalid("active", "own_account")
                if self._active_admins(uow.session) == {user.id}:
                    raise _invalid("active", "last_admin")
            uow.update(user, active=bool(active))
            return uow.commit() | ORGANISATION_CHANGED

    def _user_values(self, s, user_id, login: str, display_name: str, department_id, manager_id) -> dict:
        errors: list[FieldError] = []
        login = (login or "").strip().lower()
        if not login:
            errors.append(FieldError("login", "required"))
        elif not IDENTIFIER.match(login):
            errors.append(FieldError("login", "bad_identifier"))
        else:
            # Case-insensitive, and against every row: the column is unique for deactivated users too.
            clash = s.scalar(select(User.id).where(func.lower(User.login) == login).limit(1))
            if clash is not None and clash != user_id:
                errors.append(FieldError("login", "duplicate"))
        if not (display_name or "").strip():
            errors.append(FieldError("display_name", "required"))
        if department_id is None:
            errors.append(FieldError("department_id", "required"))
        elif s.scalar(select(Department.id).where(Department.id == department_id,
                                                  Department.deleted_at.is_(None))) is None:
            errors.append(FieldError("department_id", "not_found"))
        if manager_id is not None:
            managers = dict(s.execute(select(User.id, User.manager_id).where(User.deleted_at.is_(None))).all())
            if manager_id not in managers:
                errors.append(FieldError("manager_id", "not_found"))
            elif user_id is not None and user_id in _chain(managers, manager_id):
                # The user would manage themself, directly or through the people above them.
                errors.append(FieldError("manager_id", "cycle"))
        if errors:
            raise ValidationError(errors)
        # Lengths are the record rules', checked by the unit of work.
        return {"login": login, "display_name": display_name, "department_id": department_id,
                "manager_id": manager_id}

    def _apply_roles(self, uow, user: User, codes: list[str]) -> None:
        s = uow.session
        live = dict(s.execute(select(Role.code, Role.id).where(Role.deleted_at.is_(None))).all())
        unknown = [c for c in codes if c not in live]
        if unknown:
            raise _invalid("roles", "not_a_choice", value=", ".join(unknown))
        wanted = {live[c] for c in codes}
        held = list(s.scalars(select(UserRole).where(UserRole.user_id == user.id, UserRole.deleted_at.is_(None))))
        admin_id = live.get(ADMINISTRATOR)
        if admin_id not in wanted and any(link.role_id == admin_id for link in held) \
                and self._active_admins(s) == {user.id}:
            raise _invalid("roles", "last_admin")
        have = set()
        for link in held:
            if link.role_id in wanted and link.role_id not in have:
                have.add(link.role_id)
            else:  # not wanted any more, or a duplicate grant
                uow.delete(link)
        for role_id in sorted(wanted - have):
            uow.create(UserRole, user_id=user.id, role_id=role_id)

    @staticmethod
    def _active_admins(s) -> set[uuid.UUID]:
        return set(s.scalars(select(User.id).join(UserRole, UserRole.user_id == User.id)
                             .join(Role, Role.id == UserRole.role_id)
                             .where(Role.code == ADMINISTRATOR, Role.deleted_at.is_(None),
                                    UserRole.deleted_at.is_(None), User.deleted_at.is_(None),
                                    User.active.is_(True))))

    # -- roles ---------------------------------------------------------------------------------------
    def create_role(self, code: str, name: str, permissions: Iterable[str] = (), scope: str | DataScope = "OWN",
                    field_rules: Mapping[str, str | FieldRule] | None = None) -> tuple[uuid.UUID, Changes]:
        self.access.require("roles", "administer")
        code = (code or "").strip().lower()
        with self.db.unit_of_work(self.actor, "create role") as uow:
            if code and not IDENTIFIER.match(code):
                raise _invalid("code", "bad_identifier")
            if code and uow.session.scalar(select(Role.id).where(func.lower(Role.code) == code)) is not None:
                raise _invalid("code", "duplicate")
            role = uow.create(Role, code=code, name=name, builtin=False,
                              **self._role_values(code, permissions, scope, field_rules))
            return role.id, uow.commit() | ORGANISATION_CHANGED

    def update_role(self, role_id: uuid.UUID, name: str, permissions: Iterable[str], scope: str | DataScope,
                    field_rules: Mapping[str, str | FieldRule]) -> Changes:
        """The code never changes: it is how the app and other replicas know a role."""
        self.access.require("roles", "administer")
        with self.db.unit_of_work(self.actor, "edit role") as uow:
            role = uow.get(Role, role_id)
            uow.update(role, name=name, **self._role_values(role.code, permissions, scope, field_rules))
            return uow.commit() | ORGANISATION_CHANGED

    def delete_role(self, role_id: uuid.UUID) -> Changes:
        self.access.require("roles", "administer")
        with self.db.unit_of_work(self.actor, "delete role") as uow:
            role = uow.get(Role, role_id)
            if role.builtin:  # the app relies on them, and start-up would only create them again
                raise _invalid("role", "builtin")
            holders = uow.session.scalar(select(func.count()).select_from(UserRole)
                                         .join(User, User.id == UserRole.user_id)
                                         .where(UserRole.role_id == role.id, UserRole.deleted_at.is_(None),
                                                User.deleted_at.is_(None)))
            if holders:
                raise _invalid("role", "in_use", users=holders)
            uow.delete(role)
            return uow.commit() | ORGANISATION_CHANGED

    @staticmethod
    def _role_values(code: str, permissions: Iterable[str], scope, field_rules) -> dict:
        errors: list[FieldError] = []
        permissions = set(permissions)
        declared = all_permissions()
        for p in sorted(permissions - declared):
            errors.append(FieldError("permissions", "unknown_permission", {"value": p}))
        if code == ADMINISTRATOR and not declared <= permissions:
            # Without every permission nobody could administer roles any more, this one included.
            errors.append(FieldError("permissions", "admin_role_protected",
                                     {"value": ", ".join(sorted(declared - permissions))}))
        scope = scope.name if isinstance(scope, DataScope) else scope
        if scope not in DataScope.__members__:
            errors.append(FieldError("data_scope", "not_a_choice", {"value": scope}))
        rules = {}
        for key, rule in (field_rules or {}).items():
            rule = rule.name if isinstance(rule, FieldRule) else rule
            if key not in RULE_FIELDS:
                errors.append(FieldError("field_rules", "unknown_field", {"value": key}))
            elif rule not in FieldRule.__members__:
                errors.append(FieldError("field_rules", "not_a_choice", {"value": rule}))
            elif rule != FieldRule.EDITABLE.name:  # editable is what no rule means: store only restrictions
                rules[key] = rule
        if errors:
            raise ValidationError(errors)
        return {"permissions": sorted(permissions), "data_scope": scope, "field_rules": rules}


__all__ = ["OrganisationService", "DepartmentItem", "UserItem", "RoleItem", "RULE_FIELDS", "ADMINISTRATOR"]
