"""Duplicate customers: finding them (the keys imports use: phone, e-mail, credit code, name, a similar
name) and merging two or more into one.

A merge is one unit of work — one undoable, audited action: the survivor takes the value chosen for each
field, the others' contacts, follow-ups and tags move to it (a tag it already has is not doubled), and the
others become tombstones in the recycle bin. Undo puts everything back."""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select, text

from ..data.models import Activity, Contact, Customer, CustomerTag
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import FieldError, ValidationError
from .base import UserService

# The fields a merge lets the user choose between (the survivor's value unless another is chosen).
MERGE_FIELDS = ("name", "short_name", "customer_type", "level", "industry", "source", "status", "province", "city",
                "district", "address", "phone", "mobile", "email", "website", "credit_code", "notes", "owner_id")
FUZZY_SCORE = 90
FUZZY_BLOCK = 300  # names sharing a pinyin prefix are compared pairwise only in blocks up to this size


@dataclass(frozen=True)
class DuplicateGroup:
    key: str  # phone | email | credit_code | name | fuzzy_name
    value: str
    customers: tuple[tuple[uuid.UUID, str], ...]  # (id, name), oldest first


class MergeService(UserService):
    def _scope_sql(self) -> tuple[str, dict]:
        conds, params = ["c.deleted_at IS NULL", "c.pool_id IS NULL"], {}
        if self.access.owner_ids is not None:
            ids = [o.hex for o in self.access.owner_ids if o]
            conds.append(f"c.owner_id IN ({','.join(f':o{i}' for i in range(len(ids))) or 'NULL'})")
            params.update({f"o{i}": v for i, v in enumerate(ids)})
        if self.access.department_ids is not None:
            ids = [d.hex for d in self.access.department_ids if d]
            conds.append(f"c.department_id IN ({','.join(f':d{i}' for i in range(len(ids))) or 'NULL'})")
            params.update({f"d{i}": v for i, v in enumerate(ids)})
        return " AND ".join(conds), params

    def find(self, limit: int = 500, fuzzy: bool = True) -> list[DuplicateGroup]:
        """Groups of customers in the user's scope that share a key; a customer may appear in several."""
        self.access.require("customers", "view")
        where, params = self._scope_sql()
        groups: list[DuplicateGroup] = []
        seen: set[frozenset] = set()

        def add(key: str, value: str, members: list[tuple[str, str]]) -> None:
            ids = frozenset(m[0] for m in members)
            if len(ids) > 1 and ids not in seen:
                seen.add(ids)
                groups.append(DuplicateGroup(key, value, tuple((uuid.UUID(i), n) for i, n in members)))

        with self.db.connect() as conn:
            for key, expr in (("credit_code", "c.credit_code"), ("email", "lower(c.email)"),
                              ("phone", "c.phone"), ("phone", "c.mobile"), ("name", "c.name_key")):
                rows = conn.execute(text(
                    f"SELECT {expr} AS v, group_concat(c.id || char(31) || c.name, char(30)) FROM customer c "
                    f"WHERE {where} AND {expr} != '' GROUP BY v HAVING count(*) > 1 LIMIT :limit"),
                    {**params, "limit": limit}).all()
                for value, members in rows:
                    add(key, value, sorted((tuple(m.split("\x1f", 1)) for m in members.split("\x1e")),
                                           key=lambda m: m[0]))
            if fuzzy and len(groups) < limit:
                blocks: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
                for cid, name, key in conn.execute(text(
                        f"SELECT c.id, c.name, c.name_key FROM customer c WHERE {where}"), params):
                    blocks[re.sub(r"\s", "", key)[:6]].append((cid, name, key))
                for members in blocks.values():
                    if len(members) < 2 or len(members) > FUZZY_BLOCK:
                        continue
                    for i, (a_id, a_name, _a) in enumerate(members):
                        close = [(b_id, b_name) for b_id, b_name, _b in members[i + 1:]
                                 if b_name != a_name and fuzz.ratio(a_name, b_name) >= FUZZY_SCORE]
                        if close:
                            add("fuzzy_name", a_name, sorted([(a_id, a_name), *close]))
                    if len(groups) >= limit:
                        break
        return groups[:limit]

    def merge(self, survivor_id: uuid.UUID, other_ids: list[uuid.UUID], chosen: dict | None = None) -> Changes:
        """Merge `other_ids` into `survivor_id`, taking `chosen` {field: value} over the survivor's values."""
        self.access.require("customers", "edit")
        self.access.require("customers", "delete")
        others = [o for o in dict.fromkeys(other_ids) if o != survivor_id]
        if not others:
            raise ValidationError([FieldError("customers", "merge_needs_two")])
        chosen = dict(chosen or {})
        unknown = set(chosen) - set(MERGE_FIELDS)
        if unknown:
            raise ValidationError([FieldError(f, "unknown_field") for f in sorted(unknown)])
        with self.db.unit_of_work(self.actor, f"merge {len(others) + 1} customers") as uow:
            s = uow.session
            survivor = uow.get(Customer, survivor_id)
            rows = [survivor] + [uow.get(Customer, o) for o in others]
            for row in rows:
                if not self.access.covers(row.owner_id, row.department_id):
                    raise PermissionDenied(module="customers", action="edit", reason="out_of_scope")
            owner = chosen.pop("owner_id", None)
            if owner is not None:
                owner = owner if isinstance(owner, uuid.UUID) else uuid.UUID(str(owner))
                match = next((r for r in rows if r.owner_id == owner), None)
                if match is None:
                    raise ValidationError([FieldError("owner_id", "not_a_choice")])
                if owner != survivor.owner_id:
                    chosen.update(owner_id=owner, department_id=match.department_id)
            taken = {r.tag_id for r in s.scalars(select(CustomerTag).where(CustomerTag.customer_id == survivor.id,
                                                                           CustomerTag.deleted_at.is_(None)))}
            for other in rows[1:]:
                for model in (Contact, Activity):
                    for child in s.scalars(select(model).where(model.customer_id == other.id,
                                                               model.deleted_at.is_(None))):
                        uow.update(child, customer_id=survivor.id)
                for link in s.scalars(select(CustomerTag).where(CustomerTag.customer_id == other.id,
                                                                CustomerTag.deleted_at.is_(None))):
                    if link.tag_id in taken:
                        uow.delete(link)
                    else:
                        uow.update(link, customer_id=survivor.id)
                        taken.add(link.tag_id)
                # The follow-up clocks: the latest of all.
                for clock in ("last_follow_up_at", "last_deal_at"):
                    theirs = getattr(other, clock)
                    if theirs and (getattr(survivor, clock) is None or theirs > getattr(survivor, clock)):
                        chosen.setdefault(clock, theirs)
                uow.delete(other)
            if chosen:
                uow.update(survivor, **chosen)
            return uow.commit() | Changes(customers=True, contacts=True, activities=True, recycle_bin=True)

    def merge_contacts(self, survivor_id: uuid.UUID, other_ids: list[uuid.UUID], chosen: dict | None = None
                       ) -> Changes:
        """Merge contacts (of one customer or of several in scope): follow-ups that name the others name the
        survivor, the others are tombstoned; chosen {field: value} fills the survivor."""
        self.access.require("contacts", "edit")
        self.access.require("contacts", "delete")
        others = [o for o in dict.fromkeys(other_ids) if o != survivor_id]
        if not others:
            raise ValidationError([FieldError("contacts", "merge_needs_two")])
        chosen = dict(chosen or {})
        unknown = set(chosen) - set(CONTACT_MERGE_FIELDS)
        if unknown:
            raise ValidationError([FieldError(f, "unknown_field") for f in sorted(unknown)])
        with self.db.unit_of_work(self.actor, f"merge {len(others) + 1} contacts") as uow:
            survivor = uow.get(Contact, survivor_id)
            rows = [survivor] + [uow.get(Contact, o) for o in others]
            for row in rows:
                if not self.access.covers(row.owner_id, row.department_id):
                    raise PermissionDenied(module="contacts", action="edit", reason="out_of_scope")
            for other in rows[1:]:
                for activity in uow.session.scalars(select(Activity).where(Activity.contact_id == other.id,
                                                                           Activity.deleted_at.is_(None))):
                    uow.update(activity, contact_id=survivor.id)
                uow.delete(other)
            if chosen:
                uow.update(survivor, **chosen)
            return uow.commit() | Changes(contacts=True, activities=True, recycle_bin=True)


CONTACT_MERGE_FIELDS = ("name", "title", "department", "phone", "mobile", "other_phone", "email", "wechat",
                        "birthday", "is_primary", "notes")

__all__ = ["MergeService", "DuplicateGroup", "MERGE_FIELDS", "CONTACT_MERGE_FIELDS"]
