"""Customer use cases: the only API the customer screens call. Each write is one unit of work (one undoable
action) and returns a Changes value; each read returns DTOs.

Access is enforced here for every call, whatever the screen shows: the permission (module.action), the data
scope (a filter on every read; a check on every write), and field rules (masked or hidden values never
leave this class unmasked; a read-only field cannot be changed).
"""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import select

from ..data import customer_queries as q
from ..data.database import Database
from ..data.models import (Activity, Contact, Contract, Customer, CustomerTag, Department, JournalEntry, LoyaltyTier,
                           Opportunity, Payment, Pool, Tag, Task, Ticket, User)
from ..data.undo import undo_last
from ..data.unit_of_work import Actor
from ..domain.access import MASK_KIND, Access, FieldRule, PermissionDenied, mask, require_row_write
from ..domain.changes import Changes
from ..domain.contact_points import display_phone
from ..domain.customer_filter import CustomerFilter, CustomerOrder
from ..domain.errors import FieldError, NotFound, ValidationError
from ..domain.money import Money
from ..domain.sort_keys import pinyin_key
from ..domain.times import local_time
from . import access as access_service
from . import classifications
from .base import UserService
from .dto import (ActivityItem, ContactItem, CustomerDetail, CustomerListRow, DueFollowUp, FieldChange, Option,
                  TimelineItem, UndoResult)
from .tags import require_known, tag_name


PHONE_FIELDS = frozenset({"phone", "mobile", "other_phone"})
# The customer's date-and-time fields: the journal keeps them to the second in ISO form ("2026-04-08T19:46:24");
# the history shows them as the rest of the app shows times.
HISTORY_TIMES = frozenset({"last_follow_up_at", "last_deal_at", "claimed_at", "released_at", "deleted_at"})


def people_options(rows) -> list[Option]:
    """Users, from (id, display name, login, active) rows, as people pick them: in the pinyin order of their
    names (Chinese and Latin interleaved), a name two users share shown with each one's login (two 张伟 in one
    company are common, and a picker that tells them apart by position alone gives work to the wrong one)."""
    rows = sorted(rows, key=lambda r: (pinyin_key(r[1] or ""), r[1] or "", r[2] or "", str(r[0])))
    shared = {name for name, times in Counter(r[1] for r in rows).items() if times > 1}
    return [Option(uid, f"{name} ({login})" if name in shared else name, bool(active))
            for uid, name, login, active in rows]


class CustomerService(UserService):
    def __init__(self, db: Database, actor: Actor, access: Access | None = None):
        super().__init__(db, actor, access)
        self._list_rules = tuple((f, r) for f in ("phone", "email") if (r := self.access.rule("customer", f))
                                 <= FieldRule.MASKED)

    # -- access helpers ------------------------------------------------------------------------------
    def _scoped(self, flt: CustomerFilter) -> CustomerFilter:
        return flt.scoped(self.access.owner_ids, self.access.department_ids)

    def _check_scope(self, row, action: str) -> None:
        if not self.access.covers(row.owner_id, row.department_id):
            raise PermissionDenied(module="customers", action=action, reason="out_of_scope")

    def _shown(self, entity: str, field: str, value: str) -> str:
        rule = self.access.rule(entity, field)
        if rule == FieldRule.HIDDEN:
            return ""
        if rule == FieldRule.MASKED:
            return mask(value, MASK_KIND.get(field, "text"))
        return value

    def _present(self, row: CustomerListRow) -> CustomerListRow:
        changes = {}
        for field, rule in self._list_rules:
            value = getattr(row, field)
            changes[field] = "" if rule == FieldRule.HIDDEN else mask(value, MASK_KIND.get(field, "text"))
        return replace(row, **changes)

    def _writable(self, entity: str, values: dict, shown: dict | None = None) -> dict:
        """Values the user may write. A restricted field passes only unchanged from what the user was shown
        (a form sends every field back) or, on create, empty; anything else is a read_only error."""
        out, errors = {}, []
        for name, value in values.items():
            if self.access.rule(entity, name) == FieldRule.EDITABLE:
                out[name] = value
            elif (shown is not None and value == shown.get(name)) or (shown is None and not value):
                continue
            else:
                errors.append(FieldError(name, "read_only"))
        if errors:
            raise ValidationError(errors)
        return out

    # -- reads ---------------------------------------------------------------------------------------
    # The list reads take `cancelled`: a callable the caller flips when it no longer wants the answer; the
    # query then stops with Cancelled instead of finishing.
    def count(self, flt: CustomerFilter, *, cancelled: Callable[[], bool] | None = None) -> int:
        self.access.require("customers", "view")
        with self.db.reading(cancelled) as conn:
            return q.count(conn, self._scoped(flt))

    def window(self, flt: CustomerFilter, order: CustomerOrder, *, after: tuple | None = None,
               inclusive: bool = False, limit: int = 200,
               cancelled: Callable[[], bool] | None = None) -> list[CustomerListRow]:
        self.access.require("customers", "view")
        with self.db.reading(cancelled) as conn:
            rows = q.window(conn, self._scoped(flt), order, after=after, inclusive=inclusive, limit=limit)
        return [self._present(r) for r in rows] if self._list_rules else rows

    def export_window(self, flt: CustomerFilter, order: CustomerOrder, *, after: tuple | None = None,
                      limit: int = 1000, cancelled: Callable[[], bool] | None = None) -> tuple[list[list], tuple | None]:
        """Rows for an export, already as the list shows them (scope, masking, owner names), as lists of
        text: id, name, phone, email, city, industry, level, owner, created, updated; and the key to go on
        from. Needs customers.export."""
        self.access.require("customers", "export")
        with self.db.reading(cancelled) as conn:
            rows, key = q.export_window(conn, self._scoped(flt), order, after=after, limit=limit)
        rules = dict(self._list_rules)
        phone_rule, email_rule = rules.get("phone"), rules.get("email")
        if phone_rule is None and email_rule is None:  # most users: one pass, no per-field checks
            out = [[i, name, display_phone(phone), *rest] for i, name, phone, *rest in rows]
            return out, key
        out = []
        for i, name, phone, email, *rest in rows:
            if phone_rule is not None:
                phone = "" if phone_rule == FieldRule.HIDDEN else mask(phone, "phone")
            if email_rule is not None:
                email = "" if email_rule == FieldRule.HIDDEN else mask(email, "email")
            out.append([i, name, display_phone(phone), email, *rest])
        return out, key

    def anchors(self, flt: CustomerFilter, order: CustomerOrder, every: int, *,
                cancelled: Callable[[], bool] | None = None) -> list[tuple]:
        self.access.require("customers", "view")
        with self.db.reading(cancelled) as conn:
            return q.anchors(conn, self._scoped(flt), order, every)

    def search(self, text: str, limit: int = 50) -> list[CustomerListRow]:
        return self.window(CustomerFilter(search=text), CustomerOrder("name"), limit=limit)

    def recycle_bin(self) -> list[CustomerListRow]:
        self.access.require("customers", "view")
        with self.db.connect() as conn:
            rows = q.recycle_bin(conn, self._scoped(CustomerFilter()))
        return [self._present(r) for r in rows] if self._list_rules else rows

    def filter_options(self) -> dict[str, list]:
        with self.db.connect() as conn:
            owners = people_options(conn.execute(select(User.id, User.display_name, User.login, User.active)
                                                 .where(User.deleted_at.is_(None))).all())
            tags = sorted((Option(r[0], r[1]) for r in conn.execute(
                select(Tag.id, Tag.name).where(Tag.deleted_at.is_(None)))),
                key=lambda o: (pinyin_key(o.label), o.label))  # in pinyin order, as the lists are
            lists = classifications.read(self.db)

            def merged(kind: str, column: str) -> list[str]:
                listed = lists.get(kind, [])
                return listed + [v for v in q.distinct_values(conn, column) if v not in listed]
            return {"owners": owners, "tags": tags, "cities": q.distinct_values(conn, "city"),
                    "industries": merged("industry", "industry"), "levels": merged("level", "level"),
                    "sources": lists.get("source", [])}

    def get(self, customer_id: uuid.UUID) -> CustomerDetail:
        self.access.require("customers", "view")
        with self.db.unit_of_work(self.actor, "read") as uow:
            s = uow.session
            c = uow.get(Customer, customer_id, include_deleted=True)
            self._check_scope(c, "view")
            shown = self._shown
            names = dict(s.execute(select(User.id, User.display_name)).all())
            contacts = tuple(ContactItem(k.id, k.name, k.title, shown("contact", "phone", display_phone(k.phone)),
                                         shown("contact", "email", k.email), shown("contact", "notes", k.notes),
                                         k.department, shown("contact", "mobile", display_phone(k.mobile)),
                                         shown("contact", "other_phone", display_phone(k.other_phone)),
                                         shown("contact", "wechat", k.wechat), k.birthday, bool(k.is_primary))
                             for k in s.scalars(select(Contact).where(Contact.customer_id == c.id,
                                                                      Contact.deleted_at.is_(None))
                                                .order_by(Contact.is_primary.desc(), Contact.name)))
            activities = tuple(ActivityItem(a.id, a.kind, a.happened_at, a.content, a.next_follow_up,
                                            # Imported and demo records were written by the system;
                                            # their owner is the rep who followed up.
                                            names.get(a.created_by) or names.get(a.owner_id, ""))
                               for a in s.scalars(select(Activity).where(Activity.customer_id == c.id,
                                                                         Activity.deleted_at.is_(None))
                                                  .order_by(Activity.happened_at.desc()).limit(500)))
            tags = tuple(Option(t.id, t.name) for t in s.scalars(
                select(Tag).join(CustomerTag, CustomerTag.tag_id == Tag.id)
                .where(CustomerTag.customer_id == c.id, CustomerTag.deleted_at.is_(None), Tag.deleted_at.is_(None))
                .order_by(Tag.name)))
            if not self.access.can("activities", "view"):
                activities = ()
            if not self.access.can("contacts", "view"):
                contacts = ()
            fields = CustomerDetail.__dataclass_fields__["editable_fields"].default
            editable = tuple(f for f in fields if self.access.rule("customer", f) == FieldRule.EDITABLE) \
                if self.access.can("customers", "edit") else ()
            hidden = tuple(f for f in fields if self.access.rule("customer", f) == FieldRule.HIDDEN)
            return CustomerDetail(c.id, c.name, c.short_name, c.level, c.industry, c.province, c.city,
                                  c.address, shown("customer", "phone", display_phone(c.phone)),
                                  shown("customer", "email", c.email), shown("customer", "notes", c.notes),
                                  c.owner_id, names.get(c.owner_id, ""), c.created_at, c.updated_at,
                                  c.deleted_at, tags, contacts, activities, c.customer_type, c.source, c.status,
                                  c.district, shown("customer", "mobile", display_phone(c.mobile)), c.website,
                                  shown("customer", "credit_code", c.credit_code), c.next_follow_up,
                                  c.last_follow_up_at, c.pool_id, editable, hidden)

    def history(self, customer_id: uuid.UUID, limit: int = 500) -> list[FieldChange]:
        """The customer's field history from the journal, newest first: who changed which field when, old ->
        new. Anyone who may view the customer may read it; restricted fields are masked or left out as the
        reader's roles say (the journal keeps the real values)."""
        self.access.require("customers", "view")
        with self.db.connect() as conn:
            row = conn.execute(select(Customer.owner_id, Customer.department_id).where(
                Customer.id == customer_id)).first()
            if row is None:
                raise NotFound(entity="customer", id=str(customer_id))
            self._check_scope(row, "view")
            names = dict(conn.execute(select(User.id, User.display_name)).all())
            # A reference reads as the name it points at (names as they are now: a renamed department shows its
            # new name, as the rest of the app does).
            referred = {"owner_id": names, "previous_owner_id": names,
                        "department_id": dict(conn.execute(select(Department.id, Department.name)).all()),
                        "pool_id": dict(conn.execute(select(Pool.id, Pool.name)).all()),
                        "loyalty_tier_id": dict(conn.execute(select(LoyaltyTier.id, LoyaltyTier.name)).all())}
            entries = conn.execute(select(JournalEntry.at, JournalEntry.user_id, JournalEntry.kind,
                                          JournalEntry.changes)
                                   .where(JournalEntry.entity == "customer", JournalEntry.row_id == customer_id)
                                   .order_by(JournalEntry.seq.desc()).limit(limit)).all()
        out = []
        for at, user_id, kind, changes in entries:
            changes = json.loads(changes) if isinstance(changes, str) else changes
            for field_name, (old, new) in sorted(changes.items()):
                rule = self.access.rule("customer", field_name)
                if rule == FieldRule.HIDDEN or field_name in ("name_key",):
                    continue
                old, new = ("" if old is None else str(old)), ("" if new is None else str(new))
                if field_name in PHONE_FIELDS:
                    old, new = display_phone(old), display_phone(new)
                if field_name in referred:
                    old, new = _referred(referred[field_name], old), _referred(referred[field_name], new)
                if field_name in HISTORY_TIMES:
                    old, new = local_time(old), local_time(new)
                if rule == FieldRule.MASKED:
                    kind_ = MASK_KIND.get(field_name, "text")
                    old, new = mask(old, kind_), mask(new, kind_)
                # No user: a system job (the demo seeder, a return to the pool by its rules); the screen says so.
                who = "" if user_id is None else names.get(user_id, str(user_id)[:8])
                out.append(FieldChange(at, who, kind, field_name, old, new))
        return out

    def timeline(self, customer_id: uuid.UUID, limit: int = 300, *,
                 detail: CustomerDetail | None = None) -> list[TimelineItem]:
        """The customer's 360° view on one timeline, newest first: follow-ups, contacts added, the record's
        own milestones from the journal (created, status, owner, pool), and (as far as the reader may see
        them) its opportunities opened and won or lost, contracts signed, payments received and tasks.
        Tickets join when the service desk lands."""
        if detail is None or detail.id != customer_id:  # a caller that just read the record passes it
            detail = self.get(customer_id)  # permission, scope and masking as for the record itself
        items = [TimelineItem(a.happened_at, "follow_up", a.kind, a.content, a.author) for a in detail.activities]
        with self.db.connect() as conn:
            names = dict(conn.execute(select(User.id, User.display_name)).all())
            if self.access.can("contacts", "view"):
                for name, title, at, by in conn.execute(select(Contact.name, Contact.title, Contact.created_at,
                                                               Contact.created_by)
                                                        .where(Contact.customer_id == customer_id,
                                                               Contact.deleted_at.is_(None))):
                    items.append(TimelineItem(at, "contact", name, title, names.get(by, "")))
            for at, user_id, kind, changes in conn.execute(
                    select(JournalEntry.at, JournalEntry.user_id, JournalEntry.kind, JournalEntry.changes)
                    .where(JournalEntry.entity == "customer", JournalEntry.row_id == customer_id)
                    .order_by(JournalEntry.seq.desc()).limit(limit)):
                changes = json.loads(changes) if isinstance(changes, str) else changes
                by = names.get(user_id, "")
                if kind == "create":
                    items.append(TimelineItem(at, "created", detail.name, "", by))
                elif kind in ("claim", "release"):
                    items.append(TimelineItem(at, kind, "", str((changes.get("release_reason") or [None, ""])[1]
                                                                or ""), by))
                elif "status" in changes:
                    items.append(TimelineItem(at, "status", str(changes["status"][1]), str(changes["status"][0]), by))
                elif "owner_id" in changes:
                    new = changes["owner_id"][1]
                    items.append(TimelineItem(at, "owner", names.get(uuid.UUID(new), "") if new else "", "", by))
            items += self._sales_events(conn, customer_id, names)
        return sorted(items, key=lambda i: i.at, reverse=True)[:limit]

    def _sales_events(self, conn, customer_id: uuid.UUID, names: dict) -> list[TimelineItem]:
        """Opportunities, contracts, payments and tasks of this customer that the reader's permissions and
        scope let them see."""
        out: list[TimelineItem] = []
        day = lambda d: datetime.combine(d, datetime.min.time())  # noqa: E731 - dates sort among timestamps
        if self.access.can("opportunities", "view"):
            for o in conn.execute(select(Opportunity.name, Opportunity.amount, Opportunity.currency,
                                         Opportunity.status, Opportunity.created_at, Opportunity.closed_at,
                                         Opportunity.owner_id, Opportunity.department_id, Opportunity.loss_reason)
                                  .where(Opportunity.customer_id == customer_id, Opportunity.deleted_at.is_(None))):
                if not self.access.covers(o.owner_id, o.department_id):
                    continue
                money = Money(o.amount, o.currency).format()
                out.append(TimelineItem(o.created_at, "opportunity", o.name, money, names.get(o.owner_id, "")))
                if o.status in ("won", "lost") and o.closed_at:
                    out.append(TimelineItem(o.closed_at, f"opportunity_{o.status}", o.name,
                                            o.loss_reason or money, names.get(o.owner_id, "")))
        if self.access.can("contracts", "view"):
            contracts = conn.execute(select(Contract.id, Contract.number, Contract.title, Contract.amount,
                                            Contract.currency, Contract.signed_on, Contract.created_at,
                                            Contract.owner_id, Contract.department_id)
                                     .where(Contract.customer_id == customer_id, Contract.deleted_at.is_(None))).all()
            visible = [c for c in contracts if self.access.covers(c.owner_id, c.department_id)]
            for c in visible:
                out.append(TimelineItem(day(c.signed_on) if c.signed_on else c.created_at, "contract",
                                        f"{c.number} {c.title}", Money(c.amount, c.currency).format(),
                                        names.get(c.owner_id, "")))
            if visible and self.access.can("receivables", "view"):
                currency = {c.id: c.currency for c in visible}
                for p in conn.execute(select(Payment.contract_id, Payment.amount, Payment.received_on,
                                             Payment.created_by)
                                      .where(Payment.contract_id.in_(list(currency)), Payment.deleted_at.is_(None))):
                    out.append(TimelineItem(day(p.received_on), "payment", Money(p.amount, currency[p.contract_id])
                                            .format(), "", names.get(p.created_by, "")))
        if self.access.can("tasks", "view"):
            for t in conn.execute(select(Task.title, Task.kind, Task.due_at, Task.done_at, Task.owner_id,
                                         Task.department_id)
                                  .where(Task.customer_id == customer_id, Task.deleted_at.is_(None))):
                if self.access.covers(t.owner_id, t.department_id):
                    out.append(TimelineItem(t.due_at, "task", t.title, "✓" if t.done_at else "",
                                            names.get(t.owner_id, "")))
        if self.access.can("tickets", "view"):
            for t in conn.execute(select(Ticket.number, Ticket.subject, Ticket.created_at, Ticket.resolved_at,
                                         Ticket.satisfaction, Ticket.owner_id, Ticket.department_id)
                                  .where(Ticket.customer_id == customer_id, Ticket.deleted_at.is_(None))
                                  .order_by(Ticket.created_at.desc()).limit(300)):
                if self.access.covers(t.owner_id, t.department_id):
                    out.append(TimelineItem(t.created_at, "ticket", f"{t.number} {t.subject}", "",
                                            names.get(t.owner_id, "")))
                    if t.resolved_at is not None:
                        out.append(TimelineItem(t.resolved_at, "ticket_resolved", f"{t.number} {t.subject}",
                                                f"{t.satisfaction}/5" if t.satisfaction else "",
                                                names.get(t.owner_id, "")))
        return out

    def due_follow_ups(self, today: date | None = None, ahead_days: int = 0) -> list[DueFollowUp]:
        """The user's own customers whose next follow-up is due (today + ahead_days or earlier): the
        reminders, read from the local database, offline too."""
        self.access.require("customers", "view")
        today = today or self.db.now().date()
        with self.db.connect() as conn:
            rows = conn.execute(select(Customer.id, Customer.name, Customer.next_follow_up).where(
                Customer.owner_id == self.actor.user_id, Customer.deleted_at.is_(None),
                Customer.next_follow_up.is_not(None),
                Customer.next_follow_up <= today + timedelta(days=ahead_days))
                .order_by(Customer.next_follow_up, Customer.name_key).limit(500)).all()
        return [DueFollowUp(r[0], r[1], r[2], (today - r[2]).days) for r in rows]

    def get_user_name(self) -> str:
        with self.db.connect() as conn:
            return conn.execute(select(User.display_name).where(User.id == self.actor.user_id)).scalar() or ""

    # -- writes --------------------------------------------------------------------------------------
    def create(self, values: dict) -> tuple[uuid.UUID, Changes]:
        self.access.require("customers", "create")
        values = self._writable("customer", values)
        if not self.access.covers(values.get("owner_id", self.actor.user_id),
                                  values.get("department_id", self.actor.department_id)):
            raise PermissionDenied(module="customers", action="create", reason="out_of_scope")
        with self.db.unit_of_work(self.actor, "create customer") as uow:
            c = uow.create(Customer, **values)
            return c.id, uow.commit()

    def update(self, customer_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("customers", "edit")
        with self.db.unit_of_work(self.actor, "edit customer") as uow:
            c = uow.get(Customer, customer_id)
            self._check_scope(c, "edit")
            shown = {f: self._shown("customer", f, display_phone(getattr(c, f)) if f in PHONE_FIELDS
                                    else getattr(c, f)) for f in values if hasattr(c, f)}
            values = self._writable("customer", values, shown)
            if not self.access.covers(values.get("owner_id", c.owner_id),
                                      values.get("department_id", c.department_id)):
                raise PermissionDenied(module="customers", action="edit", reason="out_of_scope")
            if values.get("status") == "closed" and c.status != "closed":
                values["last_deal_at"] = self.db.now()  # a deal resets the pool's no-deal clock
            uow.update(c, **values)
            return uow.commit()

    def delete(self, ids: Iterable[uuid.UUID]) -> Changes:
        self.access.require("customers", "delete")
        ids = list(ids)
        with self.db.unit_of_work(self.actor, f"delete {len(ids)} customer(s)") as uow:
            for customer_id in ids:
                c = uow.get(Customer, customer_id)
                self._check_scope(c, "delete")
                uow.delete(c)
            return uow.commit()

    def restore(self, ids: Iterable[uuid.UUID]) -> Changes:
        self.access.require("customers", "delete")
        ids = list(ids)
        with self.db.unit_of_work(self.actor, f"restore {len(ids)} customer(s)") as uow:
            for customer_id in ids:
                c = uow.get(Customer, customer_id, include_deleted=True)
                self._check_scope(c, "delete")
                uow.restore(c)
            return uow.commit()

    def add_contact(self, customer_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("contacts", "create")
        values = self._writable("contact", values)
        with self.db.unit_of_work(self.actor, "add contact") as uow:
            c = uow.get(Customer, customer_id)
            self._check_scope(c, "edit")
            uow.create(Contact, customer_id=c.id, owner_id=c.owner_id, department_id=c.department_id, **values)
            return uow.commit()

    def update_contact(self, contact_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("contacts", "edit")
        with self.db.unit_of_work(self.actor, "edit contact") as uow:
            k = uow.get(Contact, contact_id)
            self._check_scope(k, "edit")
            shown = {f: self._shown("contact", f, display_phone(getattr(k, f)) if f in PHONE_FIELDS
                                    else getattr(k, f)) for f in values if hasattr(k, f)}
            uow.update(k, **self._writable("contact", values, shown))
            return uow.commit()

    def delete_contact(self, contact_id: uuid.UUID) -> Changes:
        self.access.require("contacts", "delete")
        with self.db.unit_of_work(self.actor, "delete contact") as uow:
            k = uow.get(Contact, contact_id)
            self._check_scope(k, "delete")
            uow.delete(k)
            return uow.commit()

    def add_activity(self, customer_id: uuid.UUID, kind: str, content: str, *,
                     happened_at: datetime | None = None, next_follow_up: date | None = None) -> Changes:
        self.access.require("activities", "create")
        with self.db.unit_of_work(self.actor, "add follow-up") as uow:
            c = uow.get(Customer, customer_id)
            self._check_scope(c, "edit")
            happened_at = happened_at or self.db.now()
            uow.create(Activity, customer_id=c.id, kind=kind, content=content, happened_at=happened_at,
                       next_follow_up=next_follow_up, owner_id=c.owner_id, department_id=c.department_id)
            # The customer carries its follow-up clocks, so lists, reminders and the pool rules read one row.
            stamps = {}
            if c.last_follow_up_at is None or happened_at > c.last_follow_up_at:
                stamps["last_follow_up_at"] = happened_at
                stamps["next_follow_up"] = next_follow_up
            elif next_follow_up is not None:
                stamps["next_follow_up"] = next_follow_up
            uow.update(c, **stamps)
            return uow.commit() | Changes(customers=True)

    def check_tags(self, tag_names: list[str]) -> None:
        """The error set_tags would give for these names, asked before anything is saved (a new customer
        must not be created and then refused its tags)."""
        with self.db.connect() as conn:
            known = set(conn.execute(select(Tag.name).where(Tag.deleted_at.is_(None))).scalars())
        self._check_new_tags(known, {n.strip() for n in tag_names if n.strip()})

    def _check_new_tags(self, known, wanted: set[str]) -> None:
        require_known(self.access, known, wanted)
        for name in wanted - set(known):
            tag_name(name, "tags")

    def set_tags(self, customer_id: uuid.UUID, tag_names: list[str]) -> Changes:
        """Make the customer's tags exactly these names, creating unknown tags (with tags.create)."""
        self.access.require("customers", "edit")
        wanted = {n.strip() for n in tag_names if n.strip()}
        with self.db.unit_of_work(self.actor, "edit tags") as uow:
            c = uow.get(Customer, customer_id)
            self._check_scope(c, "edit")
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
            self._check_new_tags(tags.keys(), wanted)
            for name in sorted(wanted - present):
                tag = tags.get(name) or uow.create(Tag, name=name)
                uow.create(CustomerTag, customer_id=c.id, tag_id=tag.id, owner_id=c.owner_id,
                           department_id=c.department_id)
            return uow.commit()

    def _allow_undo(self, entity: str, kind: str, row) -> None:
        """An undo is a write like any other: the user needs the permission it exercises now (not when the
        action was done) and the record must still be in their scope."""
        # Undoing a create deletes; undoing a delete or restore flips the tombstone; undoing an update edits.
        action = {"create": "delete", "delete": "delete", "restore": "delete", "update": "edit",
                  "claim": "edit", "release": "edit"}[kind]
        require_row_write(self.access, entity, action, row)

    def undo(self) -> tuple[UndoResult, Changes]:
        with self.db.unit_of_work(self.actor, "undo") as uow:
            action = undo_last(uow, self._allow_undo)
            uow.session.flush()
            if not access_service.administrator_remains(uow.session):
                raise PermissionDenied(module="roles", action="administer", reason="last_admin")
            changes = uow.commit()
        return UndoResult(action.label), changes | Changes(customers=True, contacts=True, activities=True,
                                                           recycle_bin=True)


def _referred(names: dict, value: str) -> str:
    """The name a journaled id refers to; the id itself if the row is gone (or the value is not an id)."""
    if not value:
        return ""
    try:
        return names.get(uuid.UUID(value), value)
    except ValueError:
        return value
