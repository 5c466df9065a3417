"""Marketing campaigns (营销活动): plan and budget, members (customers, contacts, leads) added by hand or from a
segment, their responses, the leads and opportunities attributed to the campaign, marketing resources, and
the campaign report with its ROI.

ROI = (revenue of the WON opportunities attributed to the campaign - actual cost) / actual cost, computed
from integer minor units as an exact Decimal (None when the actual cost is 0: no return on nothing spent).
Only opportunities in the campaign's currency count towards revenue; others are counted apart.

Campaigns are scoped by owner like other business records (a rep sees their own, a manager their tree);
members, deliveries and resource links go with their campaign. A campaign's report counts every attributed
record this replica holds (the report is about the campaign, not about whose the records are).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, localcontext
from pathlib import Path

from sqlalchemy import and_, case, func, select

from ..data.models import (
    Attachment,
    Campaign,
    CampaignMember,
    CampaignResource,
    Contact,
    Customer,
    Lead,
    MarketingResource,
    Opportunity,
    Segment,
    User,
)
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import FieldError, NotFound, ValidationError
from ..domain.money import Money
from .base import UserService

MAX_RESOURCE = 25 * 1024 * 1024
ATTRIBUTABLE = {"lead": (Lead, "leads"), "opportunity": (Opportunity, "opportunities")}
MEMBER_KINDS = ("customer", "contact", "lead")


@dataclass(frozen=True)
class CampaignItem:
    id: uuid.UUID
    name: str
    kind: str
    status: str
    starts_on: date | None
    ends_on: date | None
    budget: Money
    actual_cost: Money
    expected_revenue: Money
    owner_id: uuid.UUID | None
    owner_name: str
    goals: str = ""
    description: str = ""
    template_id: uuid.UUID | None = None
    segment_id: uuid.UUID | None = None


@dataclass(frozen=True)
class MemberItem:
    id: uuid.UUID
    kind: str  # customer / contact / lead
    target_id: uuid.UUID
    name: str
    email: str
    status: str  # added / responded
    response: str
    responded_at: datetime | None
    note: str


@dataclass(frozen=True)
class ResourceItem:
    id: uuid.UUID
    kind: str
    name: str
    description: str
    tags: tuple[str, ...]
    file_name: str
    size: int
    attachment_id: uuid.UUID | None


@dataclass(frozen=True)
class CampaignReport:
    campaign_id: uuid.UUID
    name: str
    currency: str
    budget: Money
    actual_cost: Money
    expected_revenue: Money
    budget_remaining: Money  # budget - actual cost (negative: over budget)
    members: int
    responded: int
    responses: dict[str, int]  # response kind -> members
    leads: int
    leads_converted: int
    opportunities: int
    open_opportunities: int
    open_amount: Money
    won: int
    won_revenue: Money  # won opportunities in the campaign's currency
    lost: int
    other_currency_won: int  # won opportunities in another currency (not in won_revenue nor the ROI)
    roi: Decimal | None  # exact ratio; None when the actual cost is 0
    response_rate: Decimal | None = None  # responded / members
    by_kind: dict[str, int] = field(default_factory=dict)  # members by kind

    @property
    def roi_percent(self) -> Decimal | None:
        """ROI in percent, rounded half up to 0.01 for display."""
        if self.roi is None:
            return None
        return (self.roi * 100).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def roi_ratio(won_revenue_minor: int, actual_cost_minor: int) -> Decimal | None:
    """(revenue - cost) / cost from integer minor units: exact whenever the ratio has a finite decimal
    expansion (it is computed with 50 significant digits otherwise). None when the cost is 0."""
    if actual_cost_minor == 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 50
        value = Decimal(won_revenue_minor - actual_cost_minor) / Decimal(actual_cost_minor)
        return value.normalize() if value != 0 else Decimal(0)


class CampaignService(UserService):
    # -- access helpers ------------------------------------------------------------------------------
    def _scope(self) -> list:
        clauses = [Campaign.deleted_at.is_(None)]
        if self.access.owner_ids is not None:
            clauses.append(Campaign.owner_id.in_([o for o in self.access.owner_ids if o is not None]))
        if self.access.department_ids is not None:
            clauses.append(Campaign.department_id.in_([d for d in self.access.department_ids if d is not None]))
        return clauses

    def _check(self, row, action: str) -> None:
        self.access.require("campaigns", action)
        if not self.access.covers(row.owner_id, row.department_id):
            raise PermissionDenied(module="campaigns", action=action, reason="out_of_scope")

    def _campaign_row(self, conn, campaign_id: uuid.UUID, action: str = "view"):
        row = conn.execute(select(Campaign.__table__).where(Campaign.id == campaign_id,
                                                            Campaign.deleted_at.is_(None))).first()
        if row is None:
            raise NotFound(entity="campaign", id=str(campaign_id))
        self._check(row, action)
        return row

    # -- campaigns -----------------------------------------------------------------------------------
    def campaigns(self, *, status: str | None = None, limit: int = 1000) -> list[CampaignItem]:
        """The campaigns in my scope, newest start first (unscheduled ones first)."""
        self.access.require("campaigns", "view")
        clauses = self._scope()
        if status:
            clauses.append(Campaign.status == status)
        with self.db.reading() as conn:
            names = dict(conn.execute(select(User.id, User.display_name)).all())
            rows = conn.execute(select(Campaign.__table__).where(and_(*clauses))
                                .order_by(Campaign.starts_on.desc().nulls_first(), Campaign.id.desc())
                                .limit(limit)).all()
        return [self._item(r, names) for r in rows]

    def get(self, campaign_id: uuid.UUID) -> CampaignItem:
        with self.db.reading() as conn:
            row = self._campaign_row(conn, campaign_id)
            names = dict(conn.execute(select(User.id, User.display_name).where(User.id == row.owner_id)).all())
        return self._item(row, names)

    @staticmethod
    def _item(r, names: dict) -> CampaignItem:
        return CampaignItem(r.id, r.name, r.kind, r.status, r.starts_on, r.ends_on, Money(r.budget, r.currency),
                            Money(r.actual_cost, r.currency), Money(r.expected_revenue, r.currency), r.owner_id,
                            names.get(r.owner_id, ""), r.goals, r.description, r.template_id, r.segment_id)

    def create(self, values: dict) -> tuple[uuid.UUID, Changes]:
        self.access.require("campaigns", "create")
        self._check_dates(values)
        with self.db.unit_of_work(self.actor, "new campaign") as uow:
            row = uow.create(Campaign, **values)
            return row.id, uow.commit()

    def update(self, campaign_id: uuid.UUID, values: dict) -> Changes:
        with self.db.unit_of_work(self.actor, "edit campaign") as uow:
            row = uow.get(Campaign, campaign_id)
            self._check(row, "edit")
            self._check_dates({"starts_on": row.starts_on, "ends_on": row.ends_on, **values})
            uow.update(row, **values)
            return uow.commit()

    def delete(self, campaign_ids: Iterable[uuid.UUID]) -> Changes:
        """Campaigns to the recycle bin; their attributed leads and opportunities keep their link (restoring
        the campaign brings its figures back)."""
        with self.db.unit_of_work(self.actor, "delete campaign") as uow:
            for campaign_id in campaign_ids:
                row = uow.get(Campaign, campaign_id)
                self._check(row, "delete")
                uow.delete(row)
            return uow.commit()

    @staticmethod
    def _check_dates(values: dict) -> None:
        starts, ends = values.get("starts_on"), values.get("ends_on")
        if isinstance(starts, date) and isinstance(ends, date) and ends < starts:
            raise ValidationError([FieldError("ends_on", "before_start")])

    # -- members -------------------------------------------------------------------------------------
    def members(self, campaign_id: uuid.UUID, *, after: uuid.UUID | None = None, limit: int = 500,
                responded: bool | None = None) -> list[MemberItem]:
        """A window of the campaign's members in id order (keyset: pass the last id as `after`)."""
        clauses = [CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None)]
        if after is not None:
            clauses.append(CampaignMember.id > after)
        if responded is not None:
            clauses.append(CampaignMember.status == ("responded" if responded else "added"))
        with self.db.reading() as conn:
            self._campaign_row(conn, campaign_id)
            rows = conn.execute(select(CampaignMember.__table__).where(*clauses).order_by(CampaignMember.id)
                                .limit(limit)).all()
        out = []
        for r in rows:
            kind, target = next((k, getattr(r, f"{k}_id")) for k in MEMBER_KINDS if getattr(r, f"{k}_id"))
            out.append(MemberItem(r.id, kind, target, r.name, r.email, r.status, r.response, r.responded_at,
                                  r.note))
        return out

    def member_count(self, campaign_id: uuid.UUID) -> int:
        with self.db.reading() as conn:
            self._campaign_row(conn, campaign_id)
            return conn.execute(select(func.count()).select_from(CampaignMember).where(
                CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None))).scalar_one()

    def add_members(self, campaign_id: uuid.UUID, *, customers: Iterable[uuid.UUID] = (),
                    contacts: Iterable[uuid.UUID] = (), leads: Iterable[uuid.UUID] = ()) -> tuple[int, Changes]:
        """Add customers, contacts and leads by hand (their name and e-mail copied for merging); anyone
        already a member is skipped. Returns how many were added."""
        wanted = {"customer": list(customers), "contact": list(contacts), "lead": list(leads)}
        with self.db.reading() as conn:
            self._campaign_row(conn, campaign_id, "edit")
            have = self._existing(conn, campaign_id)
            rows = []
            for kind, ids in wanted.items():
                fresh = [i for i in dict.fromkeys(ids) if i not in have[kind]]
                if fresh:
                    rows += self._member_rows(conn, campaign_id, kind, fresh)
        if not rows:
            return 0, Changes()
        with self.db.unit_of_work(self.actor, "add campaign members") as uow:
            uow.create_many(CampaignMember, rows)
            return len(rows), uow.commit()

    def add_from_segment(self, campaign_id: uuid.UUID, segment_id: uuid.UUID, *, batch: int = 1000,
                         progress: Callable[[int, int], None] | None = None,
                         cancelled: Callable[[], bool] | None = None) -> tuple[int, int, Changes]:
        """Add a segment's customers (as it selects them now, within my scope) in batches: one unit of work
        per batch, so a cancel keeps the batches done and running it again skips who is already a member.
        `progress(done, total)` after each batch. Returns (added, skipped, changes)."""
        from .segments import SegmentService
        segments = SegmentService(self.db, self.actor, self.access)
        with self.db.reading() as conn:
            self._campaign_row(conn, campaign_id, "edit")
            have = self._existing(conn, campaign_id)["customer"]
        total = segments.count(segment_id)
        added = skipped = done = 0
        changes = Changes()
        # Cancelling is checked between batches (each batch is one short read and one short write).
        for ids in segments.customer_ids(segment_id, batch):
            if cancelled is not None and cancelled():
                break
            fresh = [i for i in ids if i not in have]
            skipped += len(ids) - len(fresh)
            if fresh:
                with self.db.reading() as conn:
                    rows = self._member_rows(conn, campaign_id, "customer", fresh)
                with self.db.unit_of_work(self.actor, "add campaign members from a segment") as uow:
                    uow.create_many(CampaignMember, rows)
                    changes = changes | uow.commit()
                have.update(fresh)
                added += len(fresh)
            done += len(ids)
            if progress is not None:
                progress(done, max(total, done))
        with self.db.unit_of_work(self.actor, "campaign filled from a segment") as uow:
            row = uow.get(Campaign, campaign_id)
            uow.update(row, segment_id=segment_id)
            changes = changes | uow.commit()
        return added, skipped, changes

    @staticmethod
    def _existing(conn, campaign_id: uuid.UUID) -> dict[str, set]:
        have: dict[str, set] = {k: set() for k in MEMBER_KINDS}
        for cu, co, le in conn.execute(select(CampaignMember.customer_id, CampaignMember.contact_id,
                                              CampaignMember.lead_id).where(
                CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None))):
            for kind, value in zip(MEMBER_KINDS, (cu, co, le)):
                if value is not None:
                    have[kind].add(value)
        return have

    def _member_rows(self, conn, campaign_id: uuid.UUID, kind: str, ids: list[uuid.UUID]) -> list[dict]:
        model, module = {"customer": (Customer, "customers"), "contact": (Contact, "contacts"),
                         "lead": (Lead, "leads")}[kind]
        self.access.require(module, "view")
        found = {}
        for chunk in range(0, len(ids), 900):
            part = ids[chunk:chunk + 900]
            found.update({r.id: r for r in conn.execute(
                select(model.id, model.name, model.email, model.owner_id, model.department_id)
                .where(model.id.in_(part), model.deleted_at.is_(None)))})
        rows = []
        for i in ids:
            r = found.get(i)
            if r is None:
                raise NotFound(entity=kind, id=str(i))
            if not (kind == "lead" and r.owner_id is None) and not self.access.covers(r.owner_id, r.department_id):
                raise PermissionDenied(module=module, action="view", reason="out_of_scope")
            rows.append({"campaign_id": campaign_id, f"{kind}_id": i, "name": (r.name or "")[:120],
                         "email": r.email or ""})
        return rows

    def remove_members(self, member_ids: Iterable[uuid.UUID]) -> Changes:
        with self.db.unit_of_work(self.actor, "remove campaign members") as uow:
            for member_id in member_ids:
                member = uow.get(CampaignMember, member_id)
                self._check(uow.get(Campaign, member.campaign_id), "edit")
                uow.delete(member)
            return uow.commit()

    def respond(self, member_id: uuid.UUID, response: str, *, note: str = "",
                at: datetime | None = None) -> Changes:
        """Record a member's response (interested, registered, attended, bought ...)."""
        with self.db.unit_of_work(self.actor, "record campaign response") as uow:
            member = uow.get(CampaignMember, member_id)
            self._check(uow.get(Campaign, member.campaign_id), "edit")
            if not response:
                raise ValidationError([FieldError("response", "required")])
            values = {"status": "responded", "response": response, "responded_at": at or self.db.now()}
            if note:
                values["note"] = note
            uow.update(member, **values)
            return uow.commit()

    # -- attribution ---------------------------------------------------------------------------------
    def attribute(self, entity: str, row_id: uuid.UUID, campaign_id: uuid.UUID | None) -> Changes:
        """Link a lead or an opportunity to a campaign (None: unlink). Needs edit rights on the record and
        view rights on the campaign."""
        if entity not in ATTRIBUTABLE:
            raise ValidationError([FieldError("entity", "not_a_choice", {"value": entity,
                                                                        "options": list(ATTRIBUTABLE)})])
        model, module = ATTRIBUTABLE[entity]
        with self.db.unit_of_work(self.actor, "attribute to campaign") as uow:
            row = uow.get(model, row_id)
            self.access.require(module, "edit")
            if not (entity == "lead" and row.owner_id is None) and not self.access.covers(row.owner_id,
                                                                                           row.department_id):
                raise PermissionDenied(module=module, action="edit", reason="out_of_scope")
            if campaign_id is not None:
                self._check(uow.get(Campaign, campaign_id), "view")
            uow.update(row, campaign_id=campaign_id)
            return uow.commit()

    def attributed(self, campaign_id: uuid.UUID) -> dict[str, list[tuple[uuid.UUID, str, str]]]:
        """The leads and opportunities attributed to the campaign: entity -> [(id, name, status)]."""
        with self.db.reading() as conn:
            self._campaign_row(conn, campaign_id)
            return {entity: [tuple(r) for r in conn.execute(
                select(model.id, model.name, model.status).where(model.campaign_id == campaign_id,
                                                                  model.deleted_at.is_(None))
                .order_by(model.created_at, model.id))]
                for entity, (model, _m) in ATTRIBUTABLE.items()}

    # -- the report ----------------------------------------------------------------------------------
    def roi(self, campaign_id: uuid.UUID) -> CampaignReport:
        """The campaign report: members and responses, attributed leads and opportunities, won revenue,
        budget against actual cost, and the ROI (exact)."""
        with self.db.reading() as conn:
            c = self._campaign_row(conn, campaign_id)
            live_member = and_(CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None))
            responses = dict(conn.execute(select(CampaignMember.response, func.count()).where(
                live_member, CampaignMember.status == "responded").group_by(CampaignMember.response)).all())
            by_kind = {}
            for kind in MEMBER_KINDS:
                column = getattr(CampaignMember, f"{kind}_id")
                by_kind[kind] = conn.execute(select(func.count()).select_from(CampaignMember).where(
                    live_member, column.is_not(None))).scalar_one()
            members = sum(by_kind.values())
            leads, converted = conn.execute(select(
                func.count(), func.coalesce(func.sum(case((Lead.status == "converted", 1), else_=0)), 0))
                .where(Lead.campaign_id == campaign_id, Lead.deleted_at.is_(None))).one()
            opp = {(status, currency): (n, total) for status, currency, n, total in conn.execute(
                select(Opportunity.status, Opportunity.currency, func.count(),
                       func.coalesce(func.sum(Opportunity.amount), 0))
                .where(Opportunity.campaign_id == campaign_id, Opportunity.deleted_at.is_(None))
                .group_by(Opportunity.status, Opportunity.currency))}
        cur = c.currency

        def n(status, same=None):
            return sum(v[0] for (s, k), v in opp.items() if s == status and (same is None or (k == cur) == same))

        def amount(status):
            return sum(int(v[1]) for (s, k), v in opp.items() if s == status and k == cur)
        won_minor = amount("won")
        responded = sum(responses.values())
        rate = None
        if members:
            with localcontext() as ctx:
                ctx.prec = 50
                rate = (Decimal(responded) / Decimal(members)).normalize()
        return CampaignReport(
            campaign_id=c.id, name=c.name, currency=cur, budget=Money(c.budget, cur),
            actual_cost=Money(c.actual_cost, cur), expected_revenue=Money(c.expected_revenue, cur),
            budget_remaining=Money(c.budget - c.actual_cost, cur), members=members, responded=responded,
            responses={k: v for k, v in sorted(responses.items())}, leads=int(leads),
            leads_converted=int(converted), opportunities=sum(v[0] for v in opp.values()),
            open_opportunities=n("open"), open_amount=Money(amount("open"), cur), won=n("won", True),
            won_revenue=Money(won_minor, cur), lost=n("lost"), other_currency_won=n("won", False),
            roi=roi_ratio(won_minor, c.actual_cost), response_rate=rate, by_kind=by_kind)

    # -- resources -----------------------------------------------------------------------------------
    def add_resource(self, values: dict, path: str | Path | None = None, *, file_name: str | None = None,
                     data: bytes | None = None) -> tuple[uuid.UUID, Changes]:
        """A resource for the library (kind, name, description, tags) with its file: from `path`, or from
        `file_name` and `data`. The file is kept as an attachment (entity 'marketing_resource')."""
        self.access.require("campaigns", "create")
        if path is not None:
            path = Path(path)
            data, file_name = path.read_bytes(), path.name
        if data is not None and len(data) > MAX_RESOURCE:
            raise ValidationError([FieldError("file", "too_large", {"max_mb": MAX_RESOURCE // (1024 * 1024)})])
        values = dict(values)
        if "tags" in values:
            values["tags"] = [str(t).strip() for t in values["tags"] if str(t).strip()]
        with self.db.unit_of_work(self.actor, "new marketing resource") as uow:
            row = uow.create(MarketingResource, **values)
            if data is not None:
                uow.create(Attachment, entity="marketing_resource", row_id=row.id,
                           file_name=(file_name or "file")[:200], size=len(data),
                           sha256=hashlib.sha256(data).hexdigest(), data=data)
            return row.id, uow.commit()

    def update_resource(self, resource_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("campaigns", "edit")
        with self.db.unit_of_work(self.actor, "edit marketing resource") as uow:
            uow.update(uow.get(MarketingResource, resource_id), **values)
            return uow.commit()

    def delete_resource(self, resource_id: uuid.UUID) -> Changes:
        self.access.require("campaigns", "delete")
        with self.db.unit_of_work(self.actor, "delete marketing resource") as uow:
            uow.delete(uow.get(MarketingResource, resource_id))
            for link in uow.session.scalars(select(CampaignResource).where(
                    CampaignResource.resource_id == resource_id, CampaignResource.deleted_at.is_(None))).all():
                uow.delete(link)
            return uow.commit()

    def resources(self, campaign_id: uuid.UUID | None = None, *, kind: str | None = None) -> list[ResourceItem]:
        """The resource library (organisation-wide), or the resources linked to one campaign, by name."""
        self.access.require("campaigns", "view")
        clauses = [MarketingResource.deleted_at.is_(None)]
        if kind:
            clauses.append(MarketingResource.kind == kind)
        with self.db.reading() as conn:
            if campaign_id is not None:
                self._campaign_row(conn, campaign_id)
                clauses.append(MarketingResource.id.in_(select(CampaignResource.resource_id).where(
                    CampaignResource.campaign_id == campaign_id, CampaignResource.deleted_at.is_(None))))
            rows = conn.execute(select(MarketingResource.__table__).where(*clauses)
                                .order_by(MarketingResource.name, MarketingResource.id)).all()
            files = {}
            if rows:
                for a_id, row_id, name, size in conn.execute(
                        select(Attachment.id, Attachment.row_id, Attachment.file_name, Attachment.size)
                        .where(Attachment.entity == "marketing_resource", Attachment.deleted_at.is_(None),
                               Attachment.row_id.in_([r.id for r in rows]))
                        .order_by(Attachment.created_at)):
                    files[row_id] = (a_id, name, size)
        return [ResourceItem(r.id, r.kind, r.name, r.description, tuple(r.tags or ()),
                             files.get(r.id, (None, "", 0))[1], files.get(r.id, (None, "", 0))[2],
                             files.get(r.id, (None, "", 0))[0]) for r in rows]

    def resource_file(self, resource_id: uuid.UUID) -> tuple[str, bytes]:
        self.access.require("campaigns", "view")
        with self.db.reading() as conn:
            row = conn.execute(select(Attachment.file_name, Attachment.data).where(
                Attachment.entity == "marketing_resource", Attachment.row_id == resource_id,
                Attachment.deleted_at.is_(None)).order_by(Attachment.created_at.desc())).first()
        if row is None:
            raise NotFound(entity="attachment", id=str(resource_id))
        return row.file_name, row.data

    def link_resource(self, campaign_id: uuid.UUID, resource_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "link resource to campaign") as uow:
            campaign = uow.get(Campaign, campaign_id)
            self._check(campaign, "edit")
            uow.get(MarketingResource, resource_id)
            linked = uow.session.scalar(select(CampaignResource.id).where(
                CampaignResource.campaign_id == campaign_id, CampaignResource.resource_id == resource_id,
                CampaignResource.deleted_at.is_(None)))
            if linked is not None:
                return Changes()
            uow.create(CampaignResource, campaign_id=campaign_id, resource_id=resource_id,
                       owner_id=campaign.owner_id, department_id=campaign.department_id)
            return uow.commit()

    def unlink_resource(self, campaign_id: uuid.UUID, resource_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "unlink resource from campaign") as uow:
            self._check(uow.get(Campaign, campaign_id), "edit")
            for link in uow.session.scalars(select(CampaignResource).where(
                    CampaignResource.campaign_id == campaign_id, CampaignResource.resource_id == resource_id,
                    CampaignResource.deleted_at.is_(None))).all():
                uow.delete(link)
            return uow.commit()

    # -- choices for forms ---------------------------------------------------------------------------
    def segment_choices(self) -> list[tuple[uuid.UUID, str, str]]:
        self.access.require("campaigns", "view")
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(select(Segment.id, Segment.name, Segment.kind).where(
                Segment.deleted_at.is_(None)).order_by(Segment.name))]


__all__ = ["CampaignItem", "CampaignReport", "CampaignService", "MemberItem", "ResourceItem", "roi_ratio"]
