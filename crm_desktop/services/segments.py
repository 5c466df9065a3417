"""Customer segments (客户分群) for targeting campaigns.

A *dynamic* segment stores a CustomerFilter (as JSON) and is evaluated when used: its count and its
customers come from the customer list's own queries (CustomerService.count / window), so they follow the
data as it changes and the user's data scope always applies. A *static* segment is a list: customers added
by hand or, in bulk, from a filter at one moment; it does not change when the customers do.

`customer_ids(segment_id, batch)` yields the segment's customers in batches (keyset-paged, never OFFSET) for
filling a campaign.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, func, select

from ..data.models import Customer, Segment, SegmentMember, User
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.customer_filter import CustomerFilter, CustomerOrder
from ..domain.errors import CrmError, FieldError, ValidationError
from .base import UserService
from .customers import CustomerService

# The filter fields a segment may store; the data scope (owner_ids, department_ids) is never stored: it is
# the scope of whoever evaluates the segment.
_NOT_STORED = frozenset({"owner_ids", "department_ids"})
_UUID_FIELDS = frozenset({"owner_id", "tag_id", "pool_id"})
_DATETIME_FIELDS = frozenset({"stale_follow_up_before", "stale_deal_before"})
_DATE_FIELDS = frozenset({"overdue_receivables_before"})
BATCH = 1000


def filter_to_json(flt: CustomerFilter) -> dict:
    """The filter's non-default fields as JSON values (ids as hex, moments as ISO text)."""
    out: dict = {}
    for f in dataclasses.fields(CustomerFilter):
        if f.name in _NOT_STORED:
            continue
        value = getattr(flt, f.name)
        if value == f.default:
            continue
        if isinstance(value, uuid.UUID):
            value = value.hex
        elif isinstance(value, (datetime, date)):
            value = value.isoformat()
        out[f.name] = value
    return out


def filter_from_json(data: dict | None) -> CustomerFilter:
    """A CustomerFilter from what filter_to_json stored; unknown keys are an error (a renamed field must not
    silently widen a segment to every customer)."""
    known = {f.name for f in dataclasses.fields(CustomerFilter)} - _NOT_STORED
    values: dict = {}
    for name, value in (data or {}).items():
        if name not in known:
            raise ValidationError([FieldError("filter", "unknown_field", {"field": name})])
        if value is None:
            continue
        if name in _UUID_FIELDS:
            value = uuid.UUID(str(value))
        elif name in _DATETIME_FIELDS:
            value = datetime.fromisoformat(value)
        elif name in _DATE_FIELDS:
            value = date.fromisoformat(value)
        values[name] = value
    return CustomerFilter(**values)


@dataclass(frozen=True)
class SegmentItem:
    id: uuid.UUID
    name: str
    kind: str  # dynamic / static
    description: str
    filter: CustomerFilter  # dynamic: what it selects; static: what it was last filled from (may be empty)
    owner_name: str
    updated_at: datetime


class SegmentService(UserService):
    def __init__(self, db, actor, access=None):
        super().__init__(db, actor, access)
        self._customers = CustomerService(db, actor, self.access)

    # -- reads ---------------------------------------------------------------------------------------
    def segments(self) -> list[SegmentItem]:
        """Every segment (segments are organisation-wide), by name."""
        self.access.require("campaigns", "view")
        with self.db.reading() as conn:
            names = dict(conn.execute(select(User.id, User.display_name)).all())
            rows = conn.execute(select(Segment.__table__).where(Segment.deleted_at.is_(None))
                                .order_by(Segment.name, Segment.id)).all()
        return [self._item(r, names) for r in rows]

    def get(self, segment_id: uuid.UUID) -> SegmentItem:
        self.access.require("campaigns", "view")
        with self.db.reading() as conn:
            row = self._row(conn, segment_id)
            name = conn.execute(select(User.display_name).where(User.id == row.owner_id)).scalar() or ""
        return self._item(row, {row.owner_id: name})

    @staticmethod
    def _item(row, names: dict) -> SegmentItem:
        return SegmentItem(row.id, row.name, row.kind, row.description, filter_from_json(row.filter),
                           names.get(row.owner_id, ""), row.updated_at)

    @staticmethod
    def _row(conn, segment_id: uuid.UUID):
        row = conn.execute(select(Segment.__table__).where(Segment.id == segment_id,
                                                           Segment.deleted_at.is_(None))).first()
        if row is None:
            raise CrmError("not_found", entity="segment", id=str(segment_id))
        return row

    def count(self, segment_id: uuid.UUID, *, cancelled: Callable[[], bool] | None = None) -> int:
        """How many customers the segment holds now, within the user's scope. Dynamic: the customer list's
        count path (the same indexes and search); static: its live members that are live customers."""
        self.access.require("campaigns", "view")
        with self.db.reading() as conn:
            row = self._row(conn, segment_id)
        if row.kind == "dynamic":
            return self._customers.count(filter_from_json(row.filter), cancelled=cancelled)
        self.access.require("customers", "view")
        with self.db.reading(cancelled) as conn:
            return conn.execute(select(func.count()).select_from(SegmentMember)
                                .join(Customer, Customer.id == SegmentMember.customer_id)
                                .where(*self._static_where(segment_id))).scalar_one()

    def count_filter(self, flt: CustomerFilter, *, cancelled: Callable[[], bool] | None = None) -> int:
        """The live count of a filter being edited (before it is saved as a segment)."""
        self.access.require("campaigns", "view")
        return self._customers.count(flt, cancelled=cancelled)

    def _static_where(self, segment_id: uuid.UUID) -> list:
        clauses = [SegmentMember.segment_id == segment_id, SegmentMember.deleted_at.is_(None),
                   Customer.deleted_at.is_(None)]
        if self.access.owner_ids is not None:
            clauses.append(Customer.owner_id.in_([o for o in self.access.owner_ids if o is not None]))
        if self.access.department_ids is not None:
            clauses.append(Customer.department_id.in_([d for d in self.access.department_ids if d is not None]))
        return clauses

    def customer_ids(self, segment_id: uuid.UUID, batch: int = BATCH, *,
                     cancelled: Callable[[], bool] | None = None) -> Iterator[list[uuid.UUID]]:
        """The segment's customers (in the user's scope) in lists of up to `batch` ids, keyset-paged: a
        dynamic segment through the customer list's windows (creation order), a static one by customer id.
        Each batch is read in its own short read, so writes (filling a campaign) can run between them."""
        self.access.require("campaigns", "view")
        with self.db.reading() as conn:
            row = self._row(conn, segment_id)
        if row.kind == "dynamic":
            flt, order, after = filter_from_json(row.filter), CustomerOrder("created"), None
            while True:
                rows = self._customers.window(flt, order, after=after, limit=batch, cancelled=cancelled)
                if not rows:
                    return
                yield [r.id for r in rows]
                if len(rows) < batch:
                    return
                after = rows[-1].key
        self.access.require("customers", "view")
        last = None
        while True:
            clauses = self._static_where(segment_id)
            if last is not None:
                clauses.append(SegmentMember.customer_id > last)
            with self.db.reading(cancelled) as conn:
                ids = list(conn.execute(select(SegmentMember.customer_id).distinct()
                                        .join(Customer, Customer.id == SegmentMember.customer_id)
                                        .where(*clauses).order_by(SegmentMember.customer_id).limit(batch))
                           .scalars())
            if not ids:
                return
            yield ids
            if len(ids) < batch:
                return
            last = ids[-1]

    def preview(self, segment_id: uuid.UUID, limit: int = 50) -> list[tuple[uuid.UUID, str]]:
        """The first customers of the segment (id, name) to show beside its count."""
        ids = next(self.customer_ids(segment_id, limit), [])
        if not ids:
            return []
        with self.db.reading() as conn:
            names = dict(conn.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all())
        return [(i, names.get(i, "")) for i in ids]

    # -- writes --------------------------------------------------------------------------------------
    def create(self, values: dict) -> tuple[uuid.UUID, Changes]:
        """values: name, kind (dynamic/static), description, filter (a CustomerFilter or its JSON)."""
        self.access.require("campaigns", "create")
        clean = self._values(values)
        with self.db.unit_of_work(self.actor, "new segment") as uow:
            row = uow.create(Segment, **clean)
            return row.id, uow.commit()

    def update(self, segment_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("campaigns", "edit")
        clean = self._values(values)
        with self.db.unit_of_work(self.actor, "edit segment") as uow:
            row = uow.get(Segment, segment_id)
            if "kind" in clean and clean["kind"] != row.kind:
                raise ValidationError([FieldError("kind", "read_only")])
            uow.update(row, **clean)
            return uow.commit()

    def delete(self, segment_id: uuid.UUID) -> Changes:
        self.access.require("campaigns", "delete")
        with self.db.unit_of_work(self.actor, "delete segment") as uow:
            uow.delete(uow.get(Segment, segment_id))
            return uow.commit()

    @staticmethod
    def _values(values: dict) -> dict:
        clean = dict(values)
        if isinstance(clean.get("filter"), CustomerFilter):
            clean["filter"] = filter_to_json(clean["filter"])
        elif clean.get("filter") is not None:
            clean["filter"] = filter_to_json(filter_from_json(clean["filter"]))  # validated, normalised
        return clean

    def add_members(self, segment_id: uuid.UUID, customer_ids: Iterable[uuid.UUID]) -> tuple[int, Changes]:
        """Add customers to a static segment by hand; those already on it are skipped. Returns how many
        were added."""
        return self._add(segment_id, [list(customer_ids)], None, None)

    def add_from_filter(self, segment_id: uuid.UUID, flt: CustomerFilter, *, batch: int = BATCH,
                        progress: Callable[[int, int], None] | None = None,
                        cancelled: Callable[[], bool] | None = None) -> tuple[int, Changes]:
        """Fill a static segment with the customers a filter selects now (in the user's scope), in batches
        (one unit of work each, so a cancel keeps what was added and a rerun skips it). `progress(done,
        total)` after each batch. The filter is remembered on the segment."""
        self.access.require("customers", "view")
        total = self._customers.count(flt)

        def batches():
            after, order = None, CustomerOrder("created")
            while True:
                rows = self._customers.window(flt, order, after=after, limit=batch)
                if not rows:
                    return
                yield [r.id for r in rows]
                if len(rows) < batch:
                    return
                after = rows[-1].key
        added, changes = self._add(segment_id, batches(), progress, cancelled, total)
        with self.db.unit_of_work(self.actor, "remember segment filter") as uow:
            uow.update(uow.get(Segment, segment_id), filter=filter_to_json(flt))
            changes = changes | uow.commit()
        return added, changes

    def _add(self, segment_id, batches, progress, cancelled, total: int = 0) -> tuple[int, Changes]:
        self.access.require("campaigns", "edit")
        with self.db.reading() as conn:
            row = self._row(conn, segment_id)
            if row.kind != "static":
                raise CrmError("segment_not_static", id=str(segment_id))
            have = set(conn.execute(select(SegmentMember.customer_id).where(
                SegmentMember.segment_id == segment_id, SegmentMember.deleted_at.is_(None))).scalars())
        added, done, changes = 0, 0, Changes()
        for ids in batches:
            if cancelled is not None and cancelled():
                break
            new = []
            for cid in ids:
                if cid not in have:
                    have.add(cid)
                    new.append(cid)
            if new:
                with self.db.reading() as conn:
                    visible = {r.id: r for r in conn.execute(
                        select(Customer.id, Customer.owner_id, Customer.department_id)
                        .where(Customer.id.in_(new), Customer.deleted_at.is_(None)))}
                missing = [c for c in new if c not in visible]
                if missing:
                    raise CrmError("not_found", entity="customer", id=str(missing[0]))
                for cid in new:
                    if not self.access.covers(visible[cid].owner_id, visible[cid].department_id):
                        raise PermissionDenied(module="customers", action="view", reason="out_of_scope")
                with self.db.unit_of_work(self.actor, "add to segment") as uow:
                    uow.create_many(SegmentMember, ({"segment_id": segment_id, "customer_id": c} for c in new))
                    changes = changes | uow.commit()
                added += len(new)
            done += len(ids)
            if progress is not None:
                progress(done, max(total, done))
        return added, changes

    def remove_members(self, segment_id: uuid.UUID, customer_ids: Iterable[uuid.UUID]) -> Changes:
        self.access.require("campaigns", "edit")
        wanted = set(customer_ids)
        with self.db.unit_of_work(self.actor, "remove from segment") as uow:
            rows = uow.session.scalars(select(SegmentMember).where(and_(
                SegmentMember.segment_id == segment_id, SegmentMember.deleted_at.is_(None),
                SegmentMember.customer_id.in_(list(wanted))))).all()
            for member in rows:
                uow.delete(member)
            return uow.commit()


__all__ = ["BATCH", "SegmentItem", "SegmentService", "filter_from_json", "filter_to_json"]
