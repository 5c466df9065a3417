"""Customer use cases: the only API the customer screens call. Each write is one unit of work (one undoable
action) and returns a Changes value; each read returns DTOs."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import date, datetime

from sqlalchemy import select

from ..data import customer_queries as q
from ..data.database import Database
from ..data.models import Activity, Contact, Customer, CustomerTag, Tag, User
from ..data.undo import undo_last
from ..data.unit_of_work import Actor
from ..domain.changes import Changes
from ..domain.contact_points import display_phone
from ..domain.customer_filter import CustomerFilter, CustomerOrder
from .dto import ActivityItem, ContactItem, CustomerDetail, CustomerListRow, Option, UndoResult


class CustomerService:
    def __init__(self, db: Database, actor: Actor):
        self.db = db
        self.actor = actor

    # -- reads ---------------------------------------------------------------------------------------
    # The list reads take `cancelled`: a callable the caller flips when it no longer wants the answer; the
    # query then stops with Cancelled instead of finishing.
    def count(self, flt: CustomerFilter, *, cancelled: Callable[[], bool] | None = None) -> int:
        with self.db.reading(cancelled) as conn:
            return q.count(conn, flt)

    def window(self, flt: CustomerFilter, order: CustomerOrder, *, after: tuple | None = None,
               inclusive: bool = False, limit: int = 200,
               cancelled: Callable[[], bool] | None = None) -> list[CustomerListRow]:
        with self.db.reading(cancelled) as conn:
            return q.window(conn, flt, order, after=after, inclusive=inclusive, limit=limit)

    def anchors(self, flt: CustomerFilter, order: CustomerOrder, every: int, *,
                cancelled: Callable[[], bool] | None = None) -> list[tuple]:
        with self.db.reading(cancelled) as conn:
            return q.anchors(conn, flt, order, every)

    def search(self, text: str, limit: int = 50) -> list[CustomerListRow]:
        return self.window(CustomerFilter(search=text), CustomerOrder("name"), limit=limit)

    def recycle_bin(self) -> list[CustomerListRow]:
        with self.db.connect() as conn:
            return q.recycle_bin(conn)

    def filter_options(self) -> dict[str, list]:
        with self.db.connect() as conn:
            owners = [Option(r[0], r[1]) for r in conn.execute(
                select(User.id, User.display_name).where(User.deleted_at.is_(None)).order_by(User.display_name))]
            tags = [Option(r[0], r[1]) for r in conn.execute(
                select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None)).order_by(Tag.name))]
            return {"owners": owners, "tags": tags, "cities": q.distinct_values(conn, "city"),
                    "industries": q.distinct_values(conn, "industry"),
                    "levels": q.distinct_values(conn, "level")}

    def get(self, customer_id: uuid.UUID) -> CustomerDetail:
        with self.db.unit_of_work(self.actor, "read") as uow:
            s = uow.session
            c = uow.get(Customer, customer_id, include_deleted=True)
            names = dict(s.execute(select(User.id, User.display_name)).all())
            contacts = tuple(ContactItem(k.id, k.name, k.title, display_phone(k.phone), k.email, k.notes)
                             for k in s.scalars(select(Contact).where(Contact.customer_id == c.id,
                                                                      Contact.deleted_at.is_(None))
                                                .order_by(Contact.name)))
            activities = tuple(ActivityItem(a.id, a.kind, a.happened_at, a.content, a.next_follow_up,
                                            # Imported and demo records were written by the system;
                                            # their owner is the rep who followed up.
                                            names.get(a.created_by) or names.get(a.owner_id, ""))
                               for a in s.scalars(select(Activity).where(Activity.customer_id == c.id,
                                                                         Activity.deleted_at.is_(None))
                                                  .order_by(Activity.happened_at.desc()).limit(500)))
            tags = tuple(Option(t.id, t.name) for t in s.scalars(
                select(Tag).join(CustomerTag, CustomerTag.tag_id == Tag.id)
                .where(CustomerTag.customer_id == c.id, CustomerTag.deleted_at.is_(None)).order_by(Tag.name)))
            return CustomerDetail(c.id, c.name, c.short_name, c.level, c.industry, c.province, c.city,
                                  c.address, display_phone(c.phone), c.email, c.notes, c.owner_id,
                                  names.get(c.owner_id, ""), c.created_at, c.updated_at, c.deleted_at,
                                  tags, contacts, activities)

    def get_user_name(self) -> str:
        with self.db.connect() as conn:
            return conn.execute(select(User.display_name).where(User.id == self.actor.user_id)).scalar() or ""

    # -- writes --------------------------------------------------------------------------------------
    def create(self, values: dict) -> tuple[uuid.UUID, Changes]:
        with self.db.unit_of_work(self.actor, "create customer") as uow:
            c = uow.create(Customer, **values)
            return c.id, uow.commit()

    def update(self, customer_id: uuid.UUID, values: dict) -> Changes:
        with self.db.unit_of_work(self.actor, "edit customer") as uow:
            uow.update(uow.get(Customer, customer_id), **values)
            return uow.commit()

    def delete(self, ids: Iterable[uuid.UUID]) -> Changes:
        ids = list(ids)
        with self.db.unit_of_work(self.actor, f"delete {len(ids)} customer(s)") as uow:
            for customer_id in ids:
                uow.delete(uow.get(Customer, customer_id))
            return uow.commit()

    def restore(self, ids: Iterable[uuid.UUID]) -> Changes:
        ids = list(ids)
        with self.db.unit_of_work(self.actor, f"restore {len(ids)} customer(s)") as uow:
            for customer_id in ids:
                uow.restore(uow.get(Customer, customer_id, include_deleted=True))
            return uow.commit()

    def add_contact(self, customer_id: uuid.UUID, values: dict) -> Changes:
        with self.db.unit_of_work(self.actor, "add contact") as uow:
            c = uow.get(Customer, customer_id)
            uow.create(Contact, customer_id=c.id, owner_id=c.owner_id, department_id=c.department_id, **values)
            return uow.commit()

    def update_contact(self, contact_id: uuid.UUID, values: dict) -> Changes:
        with self.db.unit_of_work(self.actor, "edit contact") as uow:
            uow.update(uow.get(Contact, contact_id), **values)
            return uow.commit()

    def delete_contact(self, contact_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "delete contact") as uow:
            uow.delete(uow.get(Contact, contact_id))
            return uow.commit()

    def add_activity(self, customer_id: uuid.UUID, kind: str, content: str, *,
                     happened_at: datetime | None = None, next_follow_up: date | None = None) -> Changes:
        with self.db.unit_of_work(self.actor, "add follow-up") as uow:
            c = uow.get(Customer, customer_id)
            uow.create(Activity, customer_id=c.id, kind=kind, content=content,
                       happened_at=happened_at or self.db.now(), next_follow_up=next_follow_up,
                       owner_id=c.owner_id, department_id=c.department_id)
            return uow.commit()

    def set_tags(self, customer_id: uuid.UUID, tag_names: list[str]) -> Changes:
        """Make the customer's tags exactly these names, creating unknown tags."""
        wanted = {n.strip() for n in tag_names if n.strip()}
        with self.db.unit_of_work(self.actor, "edit tags") as uow:
            c = uow.get(Customer, customer_id)
            s = uow.session
            tags = {t.name: t for t in s.scalars(select(Tag).where(Tag.deleted_at.is_(None)))}
            links = list(s.scalars(select(CustomerTag).where(CustomerTag.customer_id == c.id,
                                                             CustomerTag.deleted_at.is_(None))))
            have = {link.tag_id: link for link in links}
            by_id = {t.id: t for t in tags.values()}
            for tag_id, link in have.items():
                if by_id.get(tag_id) is None or by_id[tag_id].name not in wanted:
                    uow.delete(link)
            present = {by_id[t].name for t in have if t in by_id}
            for name in sorted(wanted - present):
                tag = tags.get(name) or uow.create(Tag, name=name)
                uow.create(CustomerTag, customer_id=c.id, tag_id=tag.id, owner_id=c.owner_id,
                           department_id=c.department_id)
            return uow.commit()

    def undo(self) -> tuple[UndoResult, Changes]:
        with self.db.unit_of_work(self.actor, "undo") as uow:
            action = undo_last(uow)
            changes = uow.commit()
        return UndoResult(action.label), changes | Changes(customers=True, contacts=True, activities=True,
                                                           recycle_bin=True)

