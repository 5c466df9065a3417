"""Opportunities (商机): create and edit, move through a pipeline's stages (the kanban), win and lose with a
reason, product lines with exact totals, stage history with the time spent in each stage, pipeline totals
and the "expired" list (past the expected close and still open).

Moving an opportunity is one journaled action: the stage, the status and probability it implies, the
stay that ends and the one that begins. Winning one makes its customer a closed-deal customer and restarts
the public pool's "no deal" clock (services/pools.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, select

from ..data import opportunity_queries as q
from ..data.models import Customer, Opportunity, OpportunityLine, OpportunityStageSpan, PipelineStage, Product, User
from ..data.opportunity_queries import OpportunityRow, StageTotal
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import FieldError, NotFound, ValidationError
from ..domain.money import Money, exponent
from ..domain.opportunity_filter import OpportunityFilter
from ..domain.records import validate
from . import pipelines
from .base import UserService
from .pipelines import PipelineItem, StageItem

__all__ = ["OpportunityService", "OpportunityDetail", "LineItem", "StageStay", "ColumnTotal", "OpportunityRow",
           "line_total"]


@dataclass(frozen=True)
class LineItem:
    id: uuid.UUID | None
    name: str
    quantity: str
    unit_price: int
    discount: str = "0"
    product_id: uuid.UUID | None = None
    line_total: int = 0


@dataclass(frozen=True)
class StageStay:
    stage_id: uuid.UUID
    stage_name: str
    entered_at: datetime
    left_at: datetime | None

    def duration(self, now: datetime) -> timedelta:
        return (self.left_at or now) - self.entered_at


@dataclass(frozen=True)
class OpportunityDetail:
    id: uuid.UUID
    name: str
    customer_id: uuid.UUID
    customer_name: str
    amount: int
    currency: str
    expected_close: date | None
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    probability: int
    status: str
    competitors: str
    loss_reason: str
    notes: str
    owner_id: uuid.UUID | None
    owner_name: str
    created_at: datetime
    closed_at: datetime | None
    lines: tuple[LineItem, ...]
    history: tuple[StageStay, ...]

    @property
    def money(self) -> Money:
        return Money(self.amount, self.currency)


@dataclass(frozen=True)
class ColumnTotal:
    """A kanban column's figures: how many, the sum and the weighted sum (amount x probability), per currency
    (most boards have only CNY)."""
    stage: StageItem
    count: int
    amounts: dict[str, int]
    weighted: dict[str, Decimal]  # minor units, exact


def line_total(quantity: str, unit_price: int, discount: str, currency: str) -> int:
    """quantity x unit price x (1 - discount%), rounded half up to the minor unit once, at the end."""
    exact = Decimal(quantity) * unit_price * (Decimal(100) - Decimal(discount)) / 100
    return int(exact.quantize(Decimal(1), rounding=ROUND_HALF_UP))


EDITABLE = ("name", "amount", "currency", "expected_close", "competitors", "notes", "probability")


class OpportunityService(UserService):
    # -- reads ---------------------------------------------------------------------------------------
    def _scoped(self, flt: OpportunityFilter) -> OpportunityFilter:
        return flt.scoped(self.access.owner_ids, self.access.department_ids)

    def _check_scope(self, row, action: str) -> None:
        if not self.access.covers(row.owner_id, row.department_id):
            raise PermissionDenied(module="opportunities", action=action, reason="out_of_scope")

    def pipeline(self, pipeline_id: uuid.UUID | None = None) -> PipelineItem:
        return pipelines.PipelineService(self.db, self.actor, self.access).pipeline(pipeline_id)

    def pipelines(self) -> list[PipelineItem]:
        return pipelines.PipelineService(self.db, self.actor, self.access).pipelines()

    def board(self, flt: OpportunityFilter) -> list[ColumnTotal]:
        """The kanban's columns with their totals, one SQL aggregate (flt.pipeline_id is required)."""
        self.access.require("opportunities", "view")
        pipeline = self.pipeline(flt.pipeline_id)
        with self.db.reading() as conn:
            totals = q.totals(conn, self._scoped(flt))
        return self.columns(pipeline, totals)

    @staticmethod
    def columns(pipeline: PipelineItem, totals: list[StageTotal]) -> list[ColumnTotal]:
        out = []
        for stage in pipeline.stages:
            mine = [t for t in totals if t.stage_id == stage.id]
            out.append(ColumnTotal(stage, sum(t.count for t in mine), {t.currency: t.amount for t in mine},
                                   {t.currency: Decimal(t.weighted_x100) / 100 for t in mine}))
        return out

    def totals(self, flt: OpportunityFilter) -> list[StageTotal]:
        self.access.require("opportunities", "view")
        with self.db.reading() as conn:
            return q.totals(conn, self._scoped(flt))

    def cards(self, flt: OpportunityFilter, stage_id: uuid.UUID, *, after: tuple | None = None,
              limit: int = 100) -> list[OpportunityRow]:
        self.access.require("opportunities", "view")
        with self.db.reading() as conn:
            return q.cards(conn, self._scoped(flt), stage_id, after=after, limit=limit)

    def window(self, flt: OpportunityFilter, *, after: tuple | None = None, inclusive: bool = False,
               limit: int = 200, cancelled: Callable[[], bool] | None = None) -> list[OpportunityRow]:
        self.access.require("opportunities", "view")
        with self.db.reading(cancelled) as conn:
            return q.window(conn, self._scoped(flt), after=after, inclusive=inclusive, limit=limit)

    def count(self, flt: OpportunityFilter, *, cancelled: Callable[[], bool] | None = None) -> int:
        self.access.require("opportunities", "view")
        with self.db.reading(cancelled) as conn:
            return q.count(conn, self._scoped(flt))

    def anchors(self, flt: OpportunityFilter, every: int, *, cancelled: Callable[[], bool] | None = None
                ) -> list[tuple]:
        self.access.require("opportunities", "view")
        with self.db.reading(cancelled) as conn:
            return q.anchors(conn, self._scoped(flt), every)

    def get(self, opportunity_id: uuid.UUID) -> OpportunityDetail:
        self.access.require("opportunities", "view")
        with self.db.reading() as conn:
            o = conn.execute(select(Opportunity.__table__).where(Opportunity.id == opportunity_id,
                                                                 Opportunity.deleted_at.is_(None))).first()
            if o is None:
                raise NotFound(entity="opportunity", id=str(opportunity_id))
            self._check_scope(o, "view")
            customer = conn.execute(select(Customer.name).where(Customer.id == o.customer_id)).scalar() or ""
            owner = conn.execute(select(User.display_name).where(User.id == o.owner_id)).scalar() or ""
            lines = tuple(LineItem(r.id, r.name, r.quantity, r.unit_price, r.discount, r.product_id, r.line_total)
                          for r in conn.execute(select(OpportunityLine.__table__).where(
                              OpportunityLine.opportunity_id == o.id, OpportunityLine.deleted_at.is_(None))
                              .order_by(OpportunityLine.position)))
            stages = dict(conn.execute(select(PipelineStage.id, PipelineStage.name)).all())
            history = tuple(StageStay(r.stage_id, stages.get(r.stage_id, "?"), r.entered_at, r.left_at)
                            for r in conn.execute(select(OpportunityStageSpan.__table__).where(
                                OpportunityStageSpan.opportunity_id == o.id,
                                OpportunityStageSpan.deleted_at.is_(None))
                                # The current stay last even if another device's clock ran behind.
                                .order_by(OpportunityStageSpan.left_at.is_(None), OpportunityStageSpan.entered_at,
                                          OpportunityStageSpan.id)))
        return OpportunityDetail(o.id, o.name, o.customer_id, customer, o.amount, o.currency, o.expected_close,
                                 o.pipeline_id, o.stage_id, o.probability, o.status, o.competitors, o.loss_reason,
                                 o.notes, o.owner_id, owner, o.created_at, o.closed_at, lines, history)

    def expired(self, today: date | None = None, limit: int = 500) -> list[OpportunityRow]:
        """Open opportunities whose expected close date has passed, the longest overdue first."""
        self.access.require("opportunities", "view")
        flt = self._scoped(OpportunityFilter(expired_on=today or date.today()))
        with self.db.reading() as conn:
            stmt = (select(*q._COLUMNS, Opportunity.id.label("key")).where(and_(*q.where(flt)))
                    .order_by(Opportunity.expected_close, Opportunity.id).limit(limit))
            return q._rows(conn, stmt)

    # -- writes --------------------------------------------------------------------------------------
    def create(self, values: dict, lines: Iterable[LineItem] = ()) -> tuple[uuid.UUID, Changes]:
        """A new opportunity on a customer the user may see; it starts in the pipeline's first open stage
        (or the stage given) with that stage's probability unless one is given."""
        self.access.require("opportunities", "create")
        values = dict(values)
        pipeline = self.pipeline(values.pop("pipeline_id", None))
        stage = pipeline.stage(values.pop("stage_id", None) or pipeline.first_open().id)
        if stage is None:
            raise ValidationError([FieldError("stage_id", "not_a_choice")])
        with self.db.unit_of_work(self.actor, "new opportunity") as uow:
            if not values.get("customer_id"):
                raise ValidationError([FieldError("customer_id", "required")])
            customer = uow.get(Customer, values["customer_id"])
            if not self.access.covers(customer.owner_id, customer.department_id) and customer.pool_id is None:
                raise PermissionDenied(module="opportunities", action="create", reason="out_of_scope")
            now = self.db.now()
            values.setdefault("probability", stage.probability)
            self._owner_department(uow, values)
            o = uow.create(Opportunity, pipeline_id=pipeline.id, stage_id=stage.id, status=stage.kind,
                           stage_entered_at=now, closed_at=now if stage.kind != "open" else None, **values)
            if not self.access.covers(o.owner_id, o.department_id):
                raise PermissionDenied(module="opportunities", action="create", reason="out_of_scope")
            uow.create(OpportunityStageSpan, opportunity_id=o.id, stage_id=stage.id, entered_at=now,
                       owner_id=o.owner_id, department_id=o.department_id)
            lines = list(lines)
            if lines:
                self._write_lines(uow, o, lines)
            if stage.kind == "won":
                self._won(uow, o, now)
            return o.id, uow.commit()

    def update(self, opportunity_id: uuid.UUID, values: dict) -> Changes:
        """Edit the opportunity's own fields (the stage moves through `move`)."""
        self.access.require("opportunities", "edit")
        unknown = set(values) - set(EDITABLE) - {"owner_id"}
        if unknown:
            raise ValidationError([FieldError(n, "read_only") for n in sorted(unknown)])
        with self.db.unit_of_work(self.actor, "edit opportunity") as uow:
            o = uow.get(Opportunity, opportunity_id)
            self._check_scope(o, "edit")
            self._owner_department(uow, values)
            uow.update(o, **values)
            self._check_scope(o, "edit")  # an owner change must stay within what the user may manage
            if "owner_id" in values:  # its lines and stage stays follow, so they sync with it
                for model in (OpportunityLine, OpportunityStageSpan):
                    for child in uow.session.scalars(select(model).where(
                            getattr(model, "opportunity_id") == o.id, model.deleted_at.is_(None))):
                        uow.update(child, owner_id=o.owner_id, department_id=o.department_id)
            return uow.commit()

    def move(self, opportunity_id: uuid.UUID, stage_id: uuid.UUID, *, loss_reason: str = "") -> Changes:
        """Move to another stage of its pipeline (a kanban drop): status and probability follow the stage;
        the current stay ends and a new one begins. Into a lost stage it needs a reason."""
        self.access.require("opportunities", "edit")
        with self.db.unit_of_work(self.actor, "move opportunity") as uow:
            o = uow.get(Opportunity, opportunity_id)
            self._check_scope(o, "edit")
            stage = uow.get(PipelineStage, stage_id)
            if stage.pipeline_id != o.pipeline_id:
                raise ValidationError([FieldError("stage_id", "other_pipeline")])
            if stage.id == o.stage_id:
                return Changes()
            reason = (loss_reason or "").strip()
            if stage.kind == "lost" and not reason:
                raise ValidationError([FieldError("loss_reason", "required")])
            now = self.db.now()
            current = uow.session.scalars(select(OpportunityStageSpan).where(
                OpportunityStageSpan.opportunity_id == o.id, OpportunityStageSpan.left_at.is_(None),
                OpportunityStageSpan.deleted_at.is_(None))).all()
            for span in current:
                uow.update(span, left_at=now)
            uow.create(OpportunityStageSpan, opportunity_id=o.id, stage_id=stage.id, entered_at=now,
                       owner_id=o.owner_id, department_id=o.department_id)
            uow.update(o, stage_id=stage.id, status=stage.kind, probability=stage.probability,
                       stage_entered_at=now, closed_at=now if stage.kind != "open" else None,
                       loss_reason=reason if stage.kind == "lost" else "")
            if stage.kind == "won":
                self._won(uow, o, now)
            return uow.commit() | Changes(customers=stage.kind == "won")

    def win(self, opportunity_id: uuid.UUID) -> Changes:
        return self.move(opportunity_id, self._closing(opportunity_id, "won"))

    def lose(self, opportunity_id: uuid.UUID, reason: str) -> Changes:
        return self.move(opportunity_id, self._closing(opportunity_id, "lost"), loss_reason=reason)

    def _closing(self, opportunity_id: uuid.UUID, kind: str) -> uuid.UUID:
        with self.db.reading() as conn:
            pipeline_id = conn.execute(select(Opportunity.pipeline_id).where(Opportunity.id == opportunity_id)
                                       ).scalar()
        stage = self.pipeline(pipeline_id).closing(kind)
        if stage is None:
            raise ValidationError([FieldError("stage_id", "no_" + kind + "_stage")])
        return stage.id

    def set_lines(self, opportunity_id: uuid.UUID, lines: Iterable[LineItem]) -> Changes:
        """Replace the product lines; the opportunity's amount becomes their exact total."""
        self.access.require("opportunities", "edit")
        with self.db.unit_of_work(self.actor, "edit opportunity products") as uow:
            o = uow.get(Opportunity, opportunity_id)
            self._check_scope(o, "edit")
            self._write_lines(uow, o, list(lines))
            return uow.commit()

    def delete(self, ids: Iterable[uuid.UUID]) -> Changes:
        self.access.require("opportunities", "delete")
        with self.db.unit_of_work(self.actor, "delete opportunities") as uow:
            for opportunity_id in ids:
                o = uow.get(Opportunity, opportunity_id)
                self._check_scope(o, "delete")
                uow.delete(o)
            return uow.commit()

    def products(self) -> list[tuple[uuid.UUID, str, str, int, str]]:
        """Active products to pick for a line: (id, code, name, list price, currency)."""
        with self.db.reading() as conn:
            return [tuple(r) for r in conn.execute(select(Product.id, Product.code, Product.name, Product.list_price,
                                                          Product.currency)
                                                   .where(Product.deleted_at.is_(None), Product.active.is_(True))
                                                   .order_by(Product.code))]

    # -- internals -----------------------------------------------------------------------------------
    def _write_lines(self, uow, o: Opportunity, lines: list[LineItem]) -> None:
        existing = {line.id: line for line in uow.session.scalars(select(OpportunityLine).where(
            OpportunityLine.opportunity_id == o.id, OpportunityLine.deleted_at.is_(None)))}
        kept = set()
        total = 0
        for position, line in enumerate(lines):
            values = {"name": line.name, "quantity": line.quantity, "unit_price": line.unit_price,
                      "discount": line.discount, "product_id": line.product_id, "position": position}
            clean = validate("opportunity_line", {**values, "opportunity_id": o.id}, partial=True)
            amount = line_total(clean["quantity"], clean["unit_price"], clean["discount"], o.currency)
            total += amount
            if line.id in existing:
                kept.add(line.id)
                uow.update(existing[line.id], line_total=amount, **values)
            else:
                uow.create(OpportunityLine, opportunity_id=o.id, line_total=amount, owner_id=o.owner_id,
                           department_id=o.department_id, **values)
        for line_id, line in existing.items():
            if line_id not in kept:
                uow.delete(line)
        if lines:
            uow.update(o, amount=total)

    @staticmethod
    def _owner_department(uow, values: dict) -> None:
        """A new owner brings their department (the scope by department follows the owner)."""
        if values.get("owner_id") is not None and "department_id" not in values:
            values["department_id"] = uow.get(User, values["owner_id"]).department_id

    @staticmethod
    def _won(uow, o: Opportunity, now: datetime) -> None:
        customer = uow.get(Customer, o.customer_id)
        uow.update(customer, status="closed", last_deal_at=now)


def format_money(minor: int, currency: str) -> str:
    return Money(minor, currency).format()


def places(currency: str) -> int:
    return exponent(currency)
