"""Tags as a classification list: the tags there are, with how many customers carry each, and what those who
may administer them do (add, rename, merge one into another, delete it from every customer it is on).

Tagging a customer with a tag that does not exist creates it, which is the `tags.create` right: the server
refuses a new tag from anyone without it, so the local services refuse it first (`require_known`) rather
than let the tag vanish at the next sync. A merge or a delete touches every link to the tag, so it goes in
batches (each one unit of work, journaled and synced like any other write) with progress and cancel; the tag
row itself goes with the last batch, so a tag on fewer than BATCH customers comes back whole with one undo.
A tag belongs to the whole organisation, so only someone who sees every customer may merge or delete one: a
department's manager would move only the links in his replica and leave the others on a deleted tag.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import func, select

from ..data.models import Customer, CustomerTag, Tag
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import Cancelled, FieldError, NotFound, ValidationError
from ..domain.sort_keys import pinyin_key
from .base import UserService

BATCH = 2000
NAME_MAX = 40
# What separates tags in one cell of an import or in the tags field: a tag cannot contain one.
SEPARATOR = re.compile(r"[,，;；、]")


@dataclass(frozen=True)
class TagItem:
    id: uuid.UUID
    name: str
    customers: int  # live customers carrying it, in this replica (the user's scope)


def tag_name(raw: str | None, field: str = "name") -> str:
    """The name as stored (trimmed), or ValidationError."""
    name = (raw or "").strip()
    if not name:
        raise ValidationError([FieldError(field, "required")])
    if len(name) > NAME_MAX:
        raise ValidationError([FieldError(field, "too_long", {"max": NAME_MAX})])
    if SEPARATOR.search(name):
        raise ValidationError([FieldError(field, "tag_separator", {"value": name})])
    return name


def require_known(access, known: Iterable[str], wanted: Iterable[str], field: str = "tags") -> None:
    """Tags that do not exist yet may be created only with `tags.create`; without it, name them in an error."""
    if access.can("tags", "create"):
        return
    unknown = sorted(set(wanted) - set(known), key=pinyin_key)
    if unknown:
        raise ValidationError([FieldError(field, "tag_unknown", {"names": "、".join(unknown)})])


class TagService(UserService):
    def list_tags(self) -> list[TagItem]:
        self.access.require("tags", "view")
        with self.db.connect() as conn:
            counts = dict(conn.execute(
                select(CustomerTag.tag_id, func.count())
                .join(Customer, Customer.id == CustomerTag.customer_id)
                .where(CustomerTag.deleted_at.is_(None), Customer.deleted_at.is_(None))
                .group_by(CustomerTag.tag_id)).all())
            tags = conn.execute(select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None))).all()
        return sorted((TagItem(t.id, t.name, counts.get(t.id, 0)) for t in tags),
                      key=lambda t: (pinyin_key(t.name), t.name))

    def may_merge_or_delete(self) -> bool:
        """For the UI to mirror; merge and delete check again."""
        return self.access.can("tags", "delete") and self.access.sees_everything

    def _require_everyone(self, action: str) -> None:
        if not self.access.sees_everything:
            raise PermissionDenied(module="tags", action=action, reason="out_of_scope")

    def add(self, name: str) -> tuple[uuid.UUID, Changes]:
        self.access.require("tags", "create")
        name = tag_name(name)
        with self.db.unit_of_work(self.actor, f"add tag {name}") as uow:
            self._refuse_taken(uow.session, name)
            tag = uow.create(Tag, name=name)
            return tag.id, uow.commit() | Changes(tags=True)

    def rename(self, tag_id: uuid.UUID, name: str) -> Changes:
        """Every customer carrying the tag shows the new name (they refer to the tag, not its text). A name
        another tag has is refused with `tag_exists` and that tag's id: merging is a separate, larger step."""
        self.access.require("tags", "edit")
        name = tag_name(name)
        with self.db.unit_of_work(self.actor, f"rename tag {name}") as uow:
            tag = self._live(uow.session, tag_id)
            if tag.name != name:
                self._refuse_taken(uow.session, name, tag_id)
                uow.update(tag, name=name)
            return uow.commit() | Changes(tags=True, customers=True)

    def merge(self, tag_id: uuid.UUID, into_id: uuid.UUID, progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> tuple[int, Changes]:
        """Move the tag's customers to `into_id` (a customer carrying both keeps one) and delete the tag.
        Returns how many customers it was on."""
        self.access.require("tags", "edit")
        self.access.require("tags", "delete")
        self._require_everyone("delete")
        if tag_id == into_id:
            raise ValidationError([FieldError("name", "tag_exists", {"name": "", "id": str(into_id)})])
        with self.db.connect() as conn:
            into = conn.execute(select(Tag.name).where(Tag.id == into_id, Tag.deleted_at.is_(None))).scalar()
        if into is None:
            raise NotFound(entity="tag")
        return self._each_link(tag_id, f"merge tag into {into}", progress, cancelled,
                               lambda uow, links: self._move(uow, links, into_id))

    def delete(self, tag_id: uuid.UUID, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> tuple[int, Changes]:
        """Take the tag off every customer and delete it. Returns how many customers it was on."""
        self.access.require("tags", "delete")
        self._require_everyone("delete")
        return self._each_link(tag_id, "delete tag", progress, cancelled,
                               lambda uow, links: [uow.delete(link) for link in links])

    # -- inside ------------------------------------------------------------------------------------------
    @staticmethod
    def _live(session, tag_id: uuid.UUID) -> Tag:
        tag = session.get(Tag, tag_id)
        if tag is None or tag.deleted_at is not None:
            raise NotFound(entity="tag")
        return tag

    @staticmethod
    def _refuse_taken(session, name: str, other_than: uuid.UUID | None = None) -> None:
        taken = session.scalars(select(Tag.id).where(Tag.name == name, Tag.deleted_at.is_(None))).first()
        if taken is not None and taken != other_than:
            raise ValidationError([FieldError("name", "tag_exists", {"name": name, "id": str(taken)})])

    def _each_link(self, tag_id: uuid.UUID, label: str, progress, cancelled, apply) -> tuple[int, Changes]:
        with self.db.connect() as conn:
            total = conn.execute(select(func.count()).select_from(CustomerTag).where(
                CustomerTag.tag_id == tag_id, CustomerTag.deleted_at.is_(None))).scalar_one()
            label = f"{label}: {conn.execute(select(Tag.name).where(Tag.id == tag_id)).scalar() or ''}"
        done, changes = 0, Changes()
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            with self.db.unit_of_work(self.actor, label) as uow:
                tag = self._live(uow.session, tag_id)
                links = list(uow.session.scalars(select(CustomerTag).where(
                    CustomerTag.tag_id == tag_id, CustomerTag.deleted_at.is_(None))
                    .order_by(CustomerTag.id).limit(BATCH)))
                apply(uow, links)
                last = len(links) < BATCH
                if last:
                    uow.delete(tag)
                changes = changes | uow.commit() | Changes(tags=True, customers=True)
            done += len(links)
            if progress is not None:
                progress(done, max(total, done))
            if last:
                return done, changes

    @staticmethod
    def _move(uow, links: list[CustomerTag], into_id: uuid.UUID) -> None:
        carrying = set(uow.session.scalars(select(CustomerTag.customer_id).where(
            CustomerTag.tag_id == into_id, CustomerTag.deleted_at.is_(None),
            CustomerTag.customer_id.in_([link.customer_id for link in links]))))
        for link in links:
            if link.customer_id in carrying:
                uow.delete(link)
            else:
                uow.update(link, tag_id=into_id)
                carrying.add(link.customer_id)


__all__ = ["TagService", "TagItem", "tag_name", "require_known", "BATCH", "SEPARATOR"]
