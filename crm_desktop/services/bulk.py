"""Bulk actions on many customers: on a selection (ids) or on everything a filter matches in the user's
scope: assign an owner, add or remove a tag, move to the public pool, delete to the recycle bin.

Work goes in batches of BATCH customers, each one unit of work (validated, journaled, undoable like any
write), so a job over a whole filter never holds a giant transaction, reports progress after each batch and
stops cleanly between batches when cancelled: what was done stays done and is listed in the journal."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import select

from ..data.models import Customer, CustomerTag, Tag, User
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.customer_filter import CustomerFilter, CustomerOrder
from ..domain.errors import Cancelled, FieldError, ValidationError
from .customers import CustomerService
from .pools import PoolRefused, PoolService
from .tags import require_known

BATCH = 1000
ACTIONS = ("assign_owner", "add_tag", "remove_tag", "move_to_pool", "delete")


class BulkService(CustomerService):
    def targets(self, ids: Iterable[uuid.UUID] | None, flt: CustomerFilter | None) -> Iterator[list[uuid.UUID]]:
        """Batches of customer ids: the given ids, or every customer the filter matches in the user's scope
        (read ahead by keyset so batches that change the list do not skip or repeat anyone)."""
        if ids is not None:
            ids = list(ids)
            for start in range(0, len(ids), BATCH):
                yield ids[start:start + BATCH]
            return
        order = CustomerOrder("created")  # a key the actions below never change
        collected, after = [], None
        while True:
            rows = self.window(flt or CustomerFilter(), order, after=after, limit=5000)
            collected += [r.id for r in rows]
            if len(rows) < 5000:
                break
            after = rows[-1].key
        for start in range(0, len(collected), BATCH):
            yield collected[start:start + BATCH]

    def run(self, action: str, *, ids: Iterable[uuid.UUID] | None = None, flt: CustomerFilter | None = None,
            value: str | uuid.UUID | None = None, progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> tuple[int, Changes]:
        """Apply `action` (ACTIONS) with its value (an owner id, a tag name, a release reason). Returns how
        many customers it applied to and the changes."""
        if action not in ACTIONS:
            raise ValidationError([FieldError("action", "not_a_choice", {"value": action})])
        self._check(action, value)
        total = len(list(ids)) if ids is not None else self.count(flt or CustomerFilter())
        done, changes = 0, Changes()
        for batch in self.targets(list(ids) if ids is not None else None, flt):
            if cancelled is not None and cancelled():
                raise Cancelled()
            changes = changes | self._apply(action, batch, value)
            done += len(batch)
            if progress is not None:
                progress(done, max(total, done))
        return done, changes

    def _check(self, action: str, value) -> None:
        if action == "assign_owner":
            self.access.require("customers", "edit")
            with self.db.connect() as conn:
                user = conn.execute(select(User.id, User.department_id, User.active).where(
                    User.id == value, User.deleted_at.is_(None))).first()
            if user is None or not user.active:
                raise ValidationError([FieldError("owner_id", "not_found")])
            if not self.access.covers(user.id, user.department_id):
                raise PermissionDenied(module="customers", action="edit", reason="out_of_scope")
            self._owner = user
        elif action in ("add_tag", "remove_tag"):
            self.access.require("customers", "edit")
            if not (value or "").strip():
                raise ValidationError([FieldError("tag", "required")])
            if action == "add_tag":
                with self.db.connect() as conn:
                    known = conn.execute(select(Tag.name).where(Tag.name == str(value).strip(),
                                                                Tag.deleted_at.is_(None))).scalars().all()
                require_known(self.access, known, [str(value).strip()], "tag")
        elif action == "move_to_pool":
            self.access.require("pools", "release")
            if not (value or "").strip():
                raise PoolRefused("reason_required")
        else:
            self.access.require("customers", "delete")

    def _apply(self, action: str, batch: list[uuid.UUID], value) -> Changes:
        if action == "move_to_pool":
            return PoolService(self.db, self.actor, self.access).release(batch, str(value))
        if action == "delete":
            return self.delete(batch)
        label = {"assign_owner": "assign owner", "add_tag": f"add tag {value}",
                 "remove_tag": f"remove tag {value}"}[action]
        with self.db.unit_of_work(self.actor, f"{label}: {len(batch)} customer(s)") as uow:
            s = uow.session
            rows = list(s.scalars(select(Customer).where(Customer.id.in_(batch), Customer.deleted_at.is_(None))))
            for c in rows:
                if not self.access.covers(c.owner_id, c.department_id):
                    raise PermissionDenied(module="customers", action="edit", reason="out_of_scope")
            if action == "assign_owner":
                for c in rows:
                    if c.pool_id is None:  # a pool's customers are claimed from the pool (server-arbitrated)
                        uow.update(c, owner_id=self._owner.id, department_id=self._owner.department_id)
            else:
                name = str(value).strip()
                tag = s.scalars(select(Tag).where(Tag.name == name, Tag.deleted_at.is_(None))).first()
                if tag is None and action == "add_tag":
                    tag = uow.create(Tag, name=name)
                    s.flush()
                if tag is not None:
                    linked = {link.customer_id: link for link in s.scalars(select(CustomerTag).where(
                        CustomerTag.tag_id == tag.id, CustomerTag.customer_id.in_(batch),
                        CustomerTag.deleted_at.is_(None)))}
                    for c in rows:
                        if action == "add_tag" and c.id not in linked:
                            uow.create(CustomerTag, customer_id=c.id, tag_id=tag.id, owner_id=c.owner_id,
                                       department_id=c.department_id)
                        elif action == "remove_tag" and c.id in linked:
                            uow.delete(linked[c.id])
            return uow.commit() | Changes(customers=True)


__all__ = ["BulkService", "ACTIONS", "BATCH"]
