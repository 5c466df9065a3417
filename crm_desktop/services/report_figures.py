"""The reports' figures (报表与仪表盘): the home dashboard's key figures and the report panes, as the shared
DTOs of services/report_dto.py.

Every figure is an SQL aggregate over the records in the viewer's data scope, through the scope helpers the
other services use (customer_queries' CustomerFilter for customers, opportunity_queries.where for
opportunities, TicketService._scope for tickets, LeadService._scope for leads, ReceivableService._scoped_plans
for instalments, and the owner/department clause every other service writes for contracts, payments and
follow-ups): nothing walks the records in Python. Python sees only grouped rows (a month, a stage, a rep); the
revenue forecast hands the monthly payment totals to analytics.forecast (statsmodels), and the RFM pane
segments customers by analytics.rfm's rule in SQL.

Periods: a ReportFilter's [start, end) are local dates (Asia/Shanghai unless told otherwise); stored times are
UTC, so datetime columns are compared with the local midnights in UTC and grouped by local month. Money is
exact: minor units summed in SQL, handed out as Decimal yuan (unit "CNY"); records in other currencies are
left out of money figures. The queries use SQLite's date functions: reports read the local replica.

Filters: owner and department narrow every figure whose records carry them; product narrows opportunities
(a line of that product), contracts (made from such an opportunity) and tickets (about it); figures about
customers, follow-ups and leads ignore the product.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import and_, case, func, literal, literal_column, or_, select

from ..data import customer_queries, opportunity_queries
from ..data.database import Database
from ..data.models import (
    Activity,
    Contract,
    Customer,
    Department,
    Lead,
    Opportunity,
    OpportunityLine,
    Payment,
    Product,
    ReceivablePlan,
    Ticket,
    User,
)
from ..data.unit_of_work import Actor
from ..domain import periods
from ..domain.access import Access, PermissionDenied
from ..domain.customer_filter import CustomerFilter
from ..domain.opportunity_filter import OpportunityFilter
from ..domain.receivables import AGING_BUCKETS
from . import pipelines, service_setup
from .base import UserService
from .leads import LeadService
from .receivables import ReceivableService
from .report_dto import REPORT_PANES, Kpi, Pane, ReportFilter, Series
from .targets import SIGNED, TargetService
from .tickets import OPEN_KINDS, TicketService

SHANGHAI = timedelta(hours=8)
CURRENCY = "CNY"
FORECAST_MONTHS = 6  # the revenue forecast's horizon
FORECAST_HISTORY = 24  # ... fitted on at most this many months of payments before the period's end
FORECAST_LEVEL = 0.8
TOP = 20  # ranking panes: the best this many reps

# Which permission each pane needs (a viewer sees only the panes they may; `pane` refuses the others).
PANE_PERMISSIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "funnel": (("opportunities", "view"),),
    "revenue_trend": (("contracts", "view"),),
    "rep_ranking": (("contracts", "view"),),
    "department_ranking": (("contracts", "view"),),
    "customers_by_industry": (("customers", "view"),),
    "customers_by_region": (("customers", "view"),),
    "customers_by_level": (("customers", "view"),),
    "customers_by_source": (("customers", "view"),),
    "lead_conversion": (("leads", "view"),),
    "win_loss": (("opportunities", "view"),),
    "loss_reasons": (("opportunities", "view"),),
    "receivables_aging": (("receivables", "view"),),
    "ticket_volume": (("tickets", "view"),),
    "service_times": (("tickets", "view"),),
    "sla_compliance": (("tickets", "view"),),
    "satisfaction_trend": (("tickets", "view"),),
    "target_vs_actual": (("targets", "view"),),
    "weighted_pipeline": (("opportunities", "view"),),
    "revenue_forecast": (("receivables", "view"),),
    "rfm_segments": (("receivables", "view"), ("customers", "view")),
}

# Which permission each key figure needs: a service agent without opportunity rights gets no pipeline tiles.
KPI_PERMISSIONS: dict[str, tuple[str, str]] = {
    "new_customers": ("customers", "view"),
    "follow_ups_done": ("activities", "view"),
    "follow_ups_overdue": ("customers", "view"),
    "pipeline_value": ("opportunities", "view"),
    "pipeline_weighted": ("opportunities", "view"),
    "forecast_month": ("opportunities", "view"),
    "forecast_quarter": ("opportunities", "view"),
    "contracts_signed": ("contracts", "view"),
    "payments_received": ("receivables", "view"),
    "receivables_overdue": ("receivables", "view"),
    "open_tickets": ("tickets", "view"),
    "sla_breaches": ("tickets", "view"),
    "satisfaction": ("tickets", "view"),
}

# RFM segments as codes (the UI words them), keyed like analytics.rfm.SEGMENTS: (recent, frequent, valuable).
RFM_CODES: dict[tuple[bool, bool, bool], str] = {
    (True, True, True): "important_value", (True, False, True): "important_develop",
    (False, True, True): "important_keep", (False, False, True): "important_retain",
    (True, True, False): "general_value", (True, False, False): "general_develop",
    (False, True, False): "general_keep", (False, False, False): "general_retain",
}


def yuan(minor) -> Decimal:
    """Minor units (fen) as exact yuan."""
    return (Decimal(int(minor or 0)) / 100).quantize(Decimal("0.01"))


def months_between(start: date, end: date) -> list[str]:
    """"YYYY-MM" of every month touching [start, end), in order."""
    if end <= start:
        return []
    last = end - timedelta(days=1)
    out, y, m = [], start.year, start.month
    while (y, m) <= (last.year, last.month):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _add_months(day: date, n: int) -> date:
    index = day.year * 12 + day.month - 1 + n
    return date(index // 12, index % 12 + 1, 1)


class ReportFigureService(UserService):
    def __init__(self, db: Database, actor: Actor, access: Access | None = None, *,
                 utc_offset: timedelta = SHANGHAI):
        super().__init__(db, actor, access)
        self.utc_offset = utc_offset

    # -- what this viewer may see --------------------------------------------------------------------
    def panes(self) -> tuple[str, ...]:
        """The REPORT_PANES this user may open, in REPORT_PANES order."""
        return tuple(k for k in REPORT_PANES if all(self.can(m, a) for m, a in PANE_PERMISSIONS[k]))

    def kpis(self) -> tuple[str, ...]:
        """The KPI_KEYS this user gets on the dashboard."""
        return tuple(k for k, (m, a) in KPI_PERMISSIONS.items() if self.can(m, a))

    def filter_options(self) -> dict:
        """{"owners": [(id, name)], "departments": [(id, name)], "products": [(id, name)]}: the users and
        departments inside the viewer's scope, and the active products, each in name order."""
        with self.db.reading() as conn:
            users = conn.execute(select(User.id, User.display_name, User.department_id)
                                 .where(User.deleted_at.is_(None), User.active.is_(True))
                                 .order_by(User.display_name)).all()
            departments = conn.execute(select(Department.id, Department.name).where(Department.deleted_at.is_(None))
                                       .order_by(Department.name)).all()
            products = conn.execute(select(Product.id, Product.name).where(Product.deleted_at.is_(None),
                                                                           Product.active.is_(True))
                                    .order_by(Product.code)).all()
        inside = self.access.department_ids
        return {"owners": [(u.id, u.display_name) for u in users if self.access.covers(u.id, u.department_id)],
                "departments": [(d.id, d.name) for d in departments if inside is None or d.id in inside],
                "products": [(p.id, p.name) for p in products]}

    # -- helpers -------------------------------------------------------------------------------------
    def _utc(self, day: date) -> datetime:
        """Local midnight of `day`, as a stored (naive UTC) time."""
        return datetime.combine(day, time()) - self.utc_offset

    def _shift(self) -> str:
        return f"{int(self.utc_offset.total_seconds() // 60):+d} minutes"

    def _local_month(self, column):
        return func.strftime("%Y-%m", column, self._shift())

    @staticmethod
    def _date_month(column):
        return func.substr(column, 1, 7)

    def _today(self, now: datetime | None) -> tuple[datetime, date]:
        now = now or self.db.now()
        return now, (now + self.utc_offset).date()

    def _owned(self, model, flt: ReportFilter) -> list:
        """Live rows of `model` inside the scope (the clause contracts, tasks, leads and receivables use) and
        narrowed by the filter's owner and department."""
        clauses = [model.deleted_at.is_(None)]
        if self.access.owner_ids is not None:
            clauses.append(model.owner_id.in_(list(self.access.owner_ids)))
        if self.access.department_ids is not None:
            clauses.append(model.department_id.in_(list(self.access.department_ids)))
        return clauses + self._narrowed(model, flt)

    @staticmethod
    def _narrowed(model, flt: ReportFilter) -> list:
        out = []
        if flt.owner_id is not None:
            out.append(model.owner_id == flt.owner_id)
        if flt.department_id is not None:
            out.append(model.department_id == flt.department_id)
        return out

    def _customers(self, conn, flt: ReportFilter) -> list:
        """The customer list's own clauses (CustomerService._scoped) plus the filter's department."""
        scoped = CustomerFilter(owner_id=flt.owner_id).scoped(self.access.owner_ids, self.access.department_ids)
        clauses, _params = customer_queries._where(conn, scoped)
        if flt.department_id is not None:
            clauses.append(Customer.department_id == flt.department_id)
        return clauses

    def _opportunities(self, flt: ReportFilter, **narrow) -> list:
        """OpportunityService._scoped + opportunity_queries.where, plus department and product; CNY only."""
        scoped = OpportunityFilter(owner_id=flt.owner_id, **narrow).scoped(self.access.owner_ids,
                                                                          self.access.department_ids)
        clauses = opportunity_queries.where(scoped) + [Opportunity.currency == CURRENCY]
        if flt.department_id is not None:
            clauses.append(Opportunity.department_id == flt.department_id)
        if flt.product_id is not None:
            clauses.append(self._with_product(flt.product_id))
        return clauses

    @staticmethod
    def _with_product(product_id: uuid.UUID):
        return select(OpportunityLine.id).where(OpportunityLine.opportunity_id == Opportunity.id,
                                                OpportunityLine.product_id == product_id,
                                                OpportunityLine.deleted_at.is_(None)).exists()

    def _contracts(self, flt: ReportFilter) -> list:
        clauses = self._owned(Contract, flt) + [Contract.currency == CURRENCY]
        if flt.product_id is not None:
            clauses.append(Contract.opportunity_id.in_(
                select(OpportunityLine.opportunity_id).where(OpportunityLine.product_id == flt.product_id,
                                                             OpportunityLine.deleted_at.is_(None))))
        return clauses

    def _signed(self, flt: ReportFilter, start: date, end: date) -> list:
        return self._contracts(flt) + [Contract.status.in_(SIGNED), Contract.signed_on >= start,
                                       Contract.signed_on < end]

    def _payments(self, flt: ReportFilter, start: date | None, end: date) -> list:
        """Payments in scope received in [start, end), on CNY contracts (the product: of such contracts)."""
        clauses = self._owned(Payment, flt) + [Payment.received_on < end]
        if start is not None:
            clauses.append(Payment.received_on >= start)
        clauses.append(Payment.contract_id.not_in(_foreign_contracts()))
        if flt.product_id is not None:
            clauses.append(Payment.contract_id.in_(select(Contract.id).where(*self._contracts(flt))))
        return clauses

    def _tickets(self, conn, flt: ReportFilter) -> list:
        clauses = TicketService(self.db, self.actor, self.access)._scope(conn) + self._narrowed(Ticket, flt)
        if flt.product_id is not None:
            clauses.append(Ticket.product_id == flt.product_id)
        return clauses

    def _overdue_plans(self, flt: ReportFilter, today: date) -> list:
        receivables = ReceivableService(self.db, self.actor, self.access)
        clauses = receivables._scoped_plans(today) + self._narrowed(ReceivablePlan, flt)
        clauses.append(ReceivablePlan.contract_id.not_in(_foreign_contracts()))
        if flt.product_id is not None:
            clauses.append(ReceivablePlan.contract_id.in_(select(Contract.id).where(*self._contracts(flt))))
        return clauses

    def _require(self, key: str) -> None:
        for module, action in PANE_PERMISSIONS[key]:
            if not self.can(module, action):
                raise PermissionDenied(module=module, action=action, reason="report", report=key)

    @staticmethod
    def _drill_filter(flt: ReportFilter, **extra) -> dict:
        out = dict(extra)
        if flt.owner_id is not None:
            out["owner_id"] = flt.owner_id
        if flt.department_id is not None:
            out["department_id"] = flt.department_id
        if flt.product_id is not None:
            out["product_id"] = flt.product_id
        return out

    # -- the dashboard -------------------------------------------------------------------------------
    def dashboard(self, flt: ReportFilter, *, now: datetime | None = None) -> tuple[Kpi, ...]:
        """The key figures this user may see (KPI_KEYS order), of the period [flt.start, flt.end), each with
        the same figure over the same-length period before (`previous`) where it is a period figure, and the
        list behind it (`drill`: a screen key and a filter dict). Point-in-time figures (overdue, pipeline,
        open tickets) have no previous.

        Drill filter keys: "owner_id", "department_id", "product_id" (UUIDs, from the filter); CustomerFilter
        and OpportunityFilter field names where one fits:
          customers: "created_from", "created_to", "followed_up_from", "followed_up_to" (stored UTC times,
                     [from, to): customers last followed up in the period stand for the follow-ups done);
                     "follow_up_due_before": today (a next follow-up overdue);
        and these, which the lists' filters do not have yet:
          opportunities: "status": "open" with "close_from"/"close_to" (dates, inclusive) for the forecasts;
          contracts: "signed_from", "signed_to" ([from, to)); "received_from", "received_to" (payments);
                     "overdue_on": today (an instalment due before it and open);
          tickets:   "queue": "open" | "breached"; "created_from", "created_to" (UTC datetimes),
                     "rated": True."""
        now, today = self._today(now)
        keys = set(self.kpis())
        span = flt.end - flt.start
        before = replace(flt, start=flt.start - span, end=flt.start)
        out: dict[str, Kpi] = {}
        with self.db.reading() as conn:
            def both(figure: Callable[[ReportFilter], object]) -> tuple:
                return figure(flt), figure(before)

            if "new_customers" in keys:
                def new_customers(f):
                    return conn.execute(select(func.count()).select_from(Customer).where(
                        *self._customers(conn, f), Customer.created_at >= self._utc(f.start),
                        Customer.created_at < self._utc(f.end))).scalar_one()
                value, previous = both(new_customers)
                out["new_customers"] = Kpi("new_customers", value, "count", previous, (
                    "customers", self._drill_filter(flt, created_from=self._utc(flt.start),
                                                    created_to=self._utc(flt.end))))
            if "follow_ups_done" in keys:
                def done(f):
                    return conn.execute(select(func.count()).select_from(Activity).where(
                        *self._owned(Activity, f), Activity.happened_at >= self._utc(f.start),
                        Activity.happened_at < self._utc(f.end))).scalar_one()
                value, previous = both(done)
                out["follow_ups_done"] = Kpi("follow_ups_done", value, "count", previous, (
                    "customers", self._drill_filter(flt, followed_up_from=self._utc(flt.start),
                                                    followed_up_to=self._utc(flt.end))))
            if "follow_ups_overdue" in keys:
                value = conn.execute(select(func.count()).select_from(Customer).where(
                    *self._customers(conn, flt), Customer.owner_id.is_not(None),
                    Customer.next_follow_up < today)).scalar_one()
                out["follow_ups_overdue"] = Kpi("follow_ups_overdue", value, "count", None,
                                                ("customers", self._drill_filter(flt, follow_up_due_before=today)))
            if keys & {"pipeline_value", "pipeline_weighted", "forecast_month", "forecast_quarter"}:
                month_start, month_end = periods.bounds(periods.month_of(today))
                quarter_start, quarter_end = periods.bounds(periods.quarter_of(today))
                weighted = Opportunity.amount * Opportunity.probability

                def within(a, b):
                    return func.coalesce(func.sum(case((and_(Opportunity.expected_close >= a,
                                                             Opportunity.expected_close < b), weighted), else_=0)), 0)
                row = conn.execute(select(func.coalesce(func.sum(Opportunity.amount), 0),
                                          func.coalesce(func.sum(weighted), 0),
                                          within(month_start, month_end), within(quarter_start, quarter_end))
                                   .where(*self._opportunities(flt, status="open"))).one()
                drill = self._drill_filter(flt, status="open")
                out["pipeline_value"] = Kpi("pipeline_value", yuan(row[0]), CURRENCY, None, ("opportunities", drill))
                out["pipeline_weighted"] = Kpi("pipeline_weighted", yuan(Decimal(row[1]) / 100), CURRENCY, None,
                                               ("opportunities", drill))
                out["forecast_month"] = Kpi("forecast_month", yuan(Decimal(row[2]) / 100), CURRENCY, None, (
                    "opportunities", {**drill, "close_from": month_start, "close_to": month_end - timedelta(days=1)}))
                out["forecast_quarter"] = Kpi("forecast_quarter", yuan(Decimal(row[3]) / 100), CURRENCY, None, (
                    "opportunities", {**drill, "close_from": quarter_start,
                                      "close_to": quarter_end - timedelta(days=1)}))
            if "contracts_signed" in keys:
                def signed(f):
                    return yuan(conn.execute(select(func.coalesce(func.sum(Contract.amount), 0)).where(
                        *self._signed(f, f.start, f.end))).scalar_one())
                value, previous = both(signed)
                out["contracts_signed"] = Kpi("contracts_signed", value, CURRENCY, previous, (
                    "contracts", self._drill_filter(flt, signed_from=flt.start, signed_to=flt.end)))
            if "payments_received" in keys:
                def received(f):
                    return yuan(conn.execute(select(func.coalesce(func.sum(Payment.amount), 0)).where(
                        *self._payments(f, f.start, f.end))).scalar_one())
                value, previous = both(received)
                out["payments_received"] = Kpi("payments_received", value, CURRENCY, previous, (
                    "contracts", self._drill_filter(flt, received_from=flt.start, received_to=flt.end)))
            if "receivables_overdue" in keys:
                late = func.coalesce(func.sum(ReceivablePlan.amount - ReceivablePlan.received), 0)
                value = yuan(conn.execute(select(late).where(*self._overdue_plans(flt, today),
                                                             ReceivablePlan.due_on < today)).scalar_one())
                out["receivables_overdue"] = Kpi("receivables_overdue", value, CURRENCY, None,
                                                 ("contracts", self._drill_filter(flt, overdue_on=today)))
            if keys & {"open_tickets", "sla_breaches", "satisfaction"}:
                scope = self._tickets(conn, flt)
                kinds = {s.code: s.kind for s in service_setup.statuses(conn)}
                open_codes = [c for c, k in kinds.items() if k in OPEN_KINDS]
                is_open = Ticket.status.in_(open_codes) if open_codes else literal(False)
                open_now = conn.execute(select(func.count()).select_from(Ticket).where(*scope, is_open)).scalar_one()
                breached = or_(Ticket.response_breached.is_(True), Ticket.resolve_breached.is_(True))

                def period(f):
                    row = conn.execute(select(func.coalesce(func.sum(case((breached, 1), else_=0)), 0),
                                              func.avg(Ticket.satisfaction)).where(
                        *scope, Ticket.created_at >= self._utc(f.start), Ticket.created_at < self._utc(f.end))).one()
                    return row[0], None if row[1] is None else round(float(row[1]), 2)
                (breaches, rating), (breaches_before, rating_before) = both(period)
                window = {"created_from": self._utc(flt.start), "created_to": self._utc(flt.end)}
                out["open_tickets"] = Kpi("open_tickets", open_now, "count", None,
                                          ("tickets", self._drill_filter(flt, queue="open")))
                out["sla_breaches"] = Kpi("sla_breaches", breaches, "count", breaches_before,
                                          ("tickets", self._drill_filter(flt, queue="breached", **window)))
                out["satisfaction"] = Kpi("satisfaction", rating, "score", rating_before,
                                          ("tickets", self._drill_filter(flt, rated=True, **window)))
        return tuple(out[k] for k in KPI_PERMISSIONS if k in out)

    # -- the panes -----------------------------------------------------------------------------------
    def pane(self, key: str, flt: ReportFilter, *, now: datetime | None = None) -> Pane:
        """One report pane over [flt.start, flt.end) (see each builder for what it counts). Raises
        PermissionDenied for a pane this user may not see, KeyError for an unknown key.

        Drill filters per category, besides the dashboard's keys: opportunities "pipeline_id", "stage_id",
        "loss_reason"; customers "industry", "level", "source" (CustomerFilter's names) and "province";
        contracts "aging" (a domain.receivables bucket code) with "overdue_on"."""
        if key not in REPORT_PANES:
            raise KeyError(key)
        self._require(key)
        return getattr(self, f"_pane_{key}")(flt, now)

    # sales ------------------------------------------------------------------------------------------
    def _pane_funnel(self, flt: ReportFilter, now) -> Pane:
        """The default pipeline's stages in order: open opportunities now (count, amount), and the won and
        lost stages with the opportunities closed in the period."""
        pipeline = pipelines.PipelineService(self.db, self.actor, self.access).pipeline(None)
        figures = (Opportunity.stage_id, func.count(), func.coalesce(func.sum(Opportunity.amount), 0))
        with self.db.reading() as conn:
            # Two aggregates, each read from its own index: the open ones by stage, the closed ones by when.
            rows = {r[0]: (r[1], r[2]) for r in conn.execute(
                select(*figures).where(*self._opportunities(flt, pipeline_id=pipeline.id, status="open"))
                .group_by(Opportunity.stage_id))}
            rows.update({r[0]: (r[1], r[2]) for r in conn.execute(
                select(*figures).where(*self._opportunities(flt, pipeline_id=pipeline.id),
                                       Opportunity.status.in_(("won", "lost")),
                                       Opportunity.closed_at >= self._utc(flt.start),
                                       Opportunity.closed_at < self._utc(flt.end))
                .group_by(Opportunity.stage_id))})
        stages = pipeline.stages
        return Pane("funnel", "funnel", tuple(s.name for s in stages),
                    (Series("count", tuple(rows.get(s.id, (0, 0))[0] for s in stages)),
                     Series("amount", tuple(yuan(rows.get(s.id, (0, 0))[1]) for s in stages), CURRENCY)),
                    drill=tuple(("opportunities", self._drill_filter(flt, pipeline_id=pipeline.id, stage_id=s.id))
                                for s in stages))

    def _pane_revenue_trend(self, flt: ReportFilter, now) -> Pane:
        """Per month of the period: contract amount signed, and (with receivables.view) payments received."""
        months = months_between(flt.start, flt.end)
        with self.db.reading() as conn:
            month = self._date_month(Contract.signed_on)
            signed = dict(conn.execute(select(month, func.sum(Contract.amount))
                                       .where(*self._signed(flt, flt.start, flt.end)).group_by(month)).all())
            series = [Series("contract_amount", tuple(yuan(signed.get(m, 0)) for m in months), CURRENCY)]
            if self.can("receivables", "view"):
                month = self._date_month(Payment.received_on)
                paid = dict(conn.execute(select(month, func.sum(Payment.amount))
                                         .where(*self._payments(flt, flt.start, flt.end)).group_by(month)).all())
                series.append(Series("payments", tuple(yuan(paid.get(m, 0)) for m in months), CURRENCY))
        return Pane("revenue_trend", "line", tuple(months), tuple(series), time_axis=True,
                    drill=tuple(("contracts", self._drill_filter(flt, signed_from=_month_start(m),
                                                                  signed_to=_add_months(_month_start(m), 1)))
                                for m in months))

    def _pane_rep_ranking(self, flt: ReportFilter, now) -> Pane:
        """The reps by contract amount signed in the period (best first, at most TOP), with their count."""
        with self.db.reading() as conn:
            total = func.sum(Contract.amount)
            rows = conn.execute(select(Contract.owner_id, func.coalesce(User.display_name, ""), total, func.count())
                                .outerjoin(User, User.id == Contract.owner_id)
                                .where(*self._signed(flt, flt.start, flt.end), Contract.owner_id.is_not(None))
                                .group_by(Contract.owner_id, User.display_name)
                                .order_by(total.desc(), User.display_name).limit(TOP)).all()
        return Pane("rep_ranking", "hbar", tuple(r[1] for r in rows),
                    (Series("contract_amount", tuple(yuan(r[2]) for r in rows), CURRENCY),
                     Series("contracts", tuple(r[3] for r in rows))),
                    drill=tuple(("contracts", {**self._drill_filter(flt, signed_from=flt.start, signed_to=flt.end),
                                               "owner_id": r[0]}) for r in rows))

    def _pane_department_ranking(self, flt: ReportFilter, now) -> Pane:
        """The departments by contract amount signed in the period (best first)."""
        with self.db.reading() as conn:
            total = func.sum(Contract.amount)
            rows = conn.execute(select(Contract.department_id, func.coalesce(Department.name, ""), total,
                                       func.count())
                                .outerjoin(Department, Department.id == Contract.department_id)
                                .where(*self._signed(flt, flt.start, flt.end))
                                .group_by(Contract.department_id, Department.name)
                                .order_by(total.desc(), Department.name)).all()
        return Pane("department_ranking", "hbar", tuple(r[1] for r in rows),
                    (Series("contract_amount", tuple(yuan(r[2]) for r in rows), CURRENCY),
                     Series("contracts", tuple(r[3] for r in rows))),
                    drill=tuple(("contracts", {**self._drill_filter(flt, signed_from=flt.start, signed_to=flt.end),
                                               "department_id": r[0]}) for r in rows))

    # customers --------------------------------------------------------------------------------------
    def _customers_by(self, key: str, column, drill_key: str, flt: ReportFilter) -> Pane:
        """The customer base (live customers in scope, whenever created) by one column, most first; an empty
        value is its own category ("")."""
        with self.db.reading() as conn:
            rows = conn.execute(select(column, func.count()).where(*self._customers(conn, flt))
                                .group_by(column).order_by(func.count().desc(), column)).all()
        return Pane(key, "pie" if key != "customers_by_region" else "bar", tuple(r[0] or "" for r in rows),
                    (Series("customers", tuple(r[1] for r in rows)),),
                    drill=tuple(("customers", self._drill_filter(flt, **{drill_key: r[0] or ""})) for r in rows))

    def _pane_customers_by_industry(self, flt, now) -> Pane:
        return self._customers_by("customers_by_industry", Customer.industry, "industry", flt)

    def _pane_customers_by_region(self, flt, now) -> Pane:
        return self._customers_by("customers_by_region", Customer.province, "province", flt)

    def _pane_customers_by_level(self, flt, now) -> Pane:
        return self._customers_by("customers_by_level", Customer.level, "level", flt)

    def _pane_customers_by_source(self, flt, now) -> Pane:
        return self._customers_by("customers_by_source", Customer.source, "source", flt)

    def _pane_lead_conversion(self, flt: ReportFilter, now) -> Pane:
        """Leads raised in the period by source: how many, how many converted, the rate (percent)."""
        clauses = LeadService(self.db, self.actor, self.access)._scope() + self._narrowed(Lead, flt)
        converted = func.coalesce(func.sum(case((Lead.status == "converted", 1), else_=0)), 0)
        with self.db.reading() as conn:
            rows = conn.execute(select(Lead.source, func.count(), converted).where(
                *clauses, Lead.created_at >= self._utc(flt.start), Lead.created_at < self._utc(flt.end))
                .group_by(Lead.source).order_by(func.count().desc(), Lead.source)).all()
        return Pane("lead_conversion", "bar", tuple(r[0] or "" for r in rows),
                    (Series("leads", tuple(r[1] for r in rows)), Series("converted", tuple(r[2] for r in rows)),
                     Series("conversion_rate", tuple(round(100 * r[2] / r[1], 1) if r[1] else None for r in rows),
                            "percent")))

    def _pane_win_loss(self, flt: ReportFilter, now) -> Pane:
        """Opportunities won and lost in the period: how many, their amount, the win rate (notes)."""
        with self.db.reading() as conn:
            rows = {r[0]: (r[1], r[2]) for r in conn.execute(
                select(Opportunity.status, func.count(), func.coalesce(func.sum(Opportunity.amount), 0))
                .where(*self._opportunities(flt), Opportunity.status.in_(("won", "lost")),
                       Opportunity.closed_at >= self._utc(flt.start), Opportunity.closed_at < self._utc(flt.end))
                .group_by(Opportunity.status))}
        won, lost = rows.get("won", (0, 0)), rows.get("lost", (0, 0))
        notes = (("win_rate", round(100 * won[0] / (won[0] + lost[0]), 1)),) if won[0] + lost[0] else ()
        return Pane("win_loss", "bar", ("won", "lost"),
                    (Series("count", (won[0], lost[0])), Series("amount", (yuan(won[1]), yuan(lost[1])), CURRENCY)),
                    categories_are_codes=True, notes=notes,
                    drill=tuple(("opportunities", self._drill_filter(flt, status=s)) for s in ("won", "lost")))

    def _pane_loss_reasons(self, flt: ReportFilter, now) -> Pane:
        """Opportunities lost in the period by reason, most first."""
        with self.db.reading() as conn:
            rows = conn.execute(select(Opportunity.loss_reason, func.count(),
                                       func.coalesce(func.sum(Opportunity.amount), 0))
                                .where(*self._opportunities(flt, status="lost"),
                                       Opportunity.closed_at >= self._utc(flt.start),
                                       Opportunity.closed_at < self._utc(flt.end))
                                .group_by(Opportunity.loss_reason)
                                .order_by(func.count().desc(), Opportunity.loss_reason)).all()
        return Pane("loss_reasons", "hbar", tuple(r[0] or "" for r in rows),
                    (Series("count", tuple(r[1] for r in rows)),
                     Series("amount", tuple(yuan(r[2]) for r in rows), CURRENCY)),
                    drill=tuple(("opportunities", self._drill_filter(flt, status="lost", loss_reason=r[0] or ""))
                                for r in rows))

    def _pane_receivables_aging(self, flt: ReportFilter, now) -> Pane:
        """What is open on the instalments in scope today, by how late it is (domain.receivables buckets),
        one grouped aggregate; the same buckets as ReceivableService.aging."""
        _now, today = self._today(now)
        due = ReceivablePlan.due_on
        bucket = case((due >= today, "not_due"), (due >= today - timedelta(days=30), "1_30"),
                      (due >= today - timedelta(days=60), "31_60"), (due >= today - timedelta(days=90), "61_90"),
                      else_="over_90")
        open_amount = ReceivablePlan.amount - ReceivablePlan.received
        with self.db.reading() as conn:
            rows = {r[0]: (r[1], r[2]) for r in conn.execute(
                select(bucket, func.sum(open_amount), func.count())
                .join(Contract, Contract.id == ReceivablePlan.contract_id)
                .where(*self._overdue_plans(flt, today), Contract.currency == CURRENCY).group_by(bucket))}
        names = tuple(name for name, _low, _high in AGING_BUCKETS)
        return Pane("receivables_aging", "bar", names,
                    (Series("open_amount", tuple(yuan(rows.get(n, (0, 0))[0]) for n in names), CURRENCY),
                     Series("instalments", tuple(rows.get(n, (0, 0))[1] for n in names))),
                    categories_are_codes=True,
                    drill=tuple(("contracts", self._drill_filter(flt, aging=n, overdue_on=today)) for n in names))

    # service ----------------------------------------------------------------------------------------
    def _ticket_months(self, flt: ReportFilter, *columns) -> tuple[list[str], dict]:
        months = months_between(flt.start, flt.end)
        month = self._local_month(Ticket.created_at)
        with self.db.reading() as conn:
            rows = {r[0]: r[1:] for r in conn.execute(
                select(month, *columns).where(*self._tickets(conn, flt), Ticket.created_at >= self._utc(flt.start),
                                              Ticket.created_at < self._utc(flt.end)).group_by(month))}
        return months, rows

    def _pane_ticket_volume(self, flt: ReportFilter, now) -> Pane:
        """Tickets raised and tickets resolved per month of the period."""
        months = months_between(flt.start, flt.end)
        created_month, resolved_month = self._local_month(Ticket.created_at), self._local_month(Ticket.resolved_at)
        with self.db.reading() as conn:
            scope = self._tickets(conn, flt)
            created = dict(conn.execute(select(created_month, func.count()).where(
                *scope, Ticket.created_at >= self._utc(flt.start), Ticket.created_at < self._utc(flt.end))
                .group_by(created_month)).all())
            resolved = dict(conn.execute(select(resolved_month, func.count()).where(
                *scope, Ticket.resolved_at >= self._utc(flt.start), Ticket.resolved_at < self._utc(flt.end))
                .group_by(resolved_month)).all())
        return Pane("ticket_volume", "line", tuple(months),
                    (Series("created", tuple(created.get(m, 0) for m in months)),
                     Series("resolved", tuple(resolved.get(m, 0) for m in months))), time_axis=True)

    def _pane_service_times(self, flt: ReportFilter, now) -> Pane:
        """First response and resolution in business minutes (average and median) of the tickets raised in the
        period, the period's volume and resolved count as notes. The same figures as ServiceFigureService (its
        scope, TicketService._scope; its medians, the middle row or the mean of the middle two), computed
        alone: its `figures` also builds the mix, products, articles and daily trend, 0.9 s at 100,000 tickets
        a year, where this pane needs four numbers."""
        with self.db.reading() as conn:
            where = [*self._tickets(conn, flt), Ticket.created_at >= self._utc(flt.start),
                     Ticket.created_at < self._utc(flt.end)]
            row = conn.execute(select(func.avg(Ticket.response_minutes), func.avg(Ticket.resolve_minutes),
                                      func.count(Ticket.response_minutes), func.count(Ticket.resolve_minutes),
                                      func.count(), func.count(Ticket.resolved_at)).where(*where)).one()

            def median(column, n: int) -> float | None:
                if not n:
                    return None
                middle = conn.execute(select(column).where(*where, column.is_not(None)).order_by(column)
                                      .limit(2 - n % 2).offset((n - 1) // 2)).scalars().all()
                return sum(middle) / len(middle)
            medians = (median(Ticket.response_minutes, row[2]), median(Ticket.resolve_minutes, row[3]))
        return Pane("service_times", "bar", ("response", "resolve"),
                    (Series("average", (_round(row[0]), _round(row[1])), "minutes"),
                     Series("median", tuple(_round(m) for m in medians), "minutes")),
                    categories_are_codes=True, notes=(("volume", row[4]), ("resolved", row[5])))

    def _pane_sla_compliance(self, flt: ReportFilter, now) -> Pane:
        """Per month: of the tickets raised that month and resolved, the share resolved with neither SLA
        breached (percent; None for a month with none resolved), and the breaches."""
        resolved = Ticket.resolved_at.is_not(None)
        breached = or_(Ticket.response_breached.is_(True), Ticket.resolve_breached.is_(True))
        months, rows = self._ticket_months(
            flt, func.coalesce(func.sum(case((resolved, 1), else_=0)), 0),
            func.coalesce(func.sum(case((and_(resolved, ~breached), 1), else_=0)), 0),
            func.coalesce(func.sum(case((breached, 1), else_=0)), 0))
        rate = tuple(round(100 * rows[m][1] / rows[m][0], 1) if m in rows and rows[m][0] else None for m in months)
        return Pane("sla_compliance", "line", tuple(months),
                    (Series("sla_compliance", rate, "percent"),
                     Series("breaches", tuple(rows[m][2] if m in rows else 0 for m in months))), time_axis=True)

    def _pane_satisfaction_trend(self, flt: ReportFilter, now) -> Pane:
        """Per month: the average satisfaction (1-5) of the tickets raised that month, and how many rated."""
        months, rows = self._ticket_months(flt, func.avg(Ticket.satisfaction), func.count(Ticket.satisfaction))
        return Pane("satisfaction_trend", "line", tuple(months),
                    (Series("satisfaction", tuple(_round(rows[m][0]) if m in rows else None for m in months), "score"),
                     Series("rated", tuple(rows[m][1] if m in rows else 0 for m in months))), time_axis=True)

    # targets and forecasts --------------------------------------------------------------------------
    def _pane_target_vs_actual(self, flt: ReportFilter, now) -> Pane:
        """Each rep's contract target against the amount signed (TargetService.performance) for the target
        period the filter is: its quarter when it spans exactly one, else the month it starts in."""
        quarter = periods.quarter_of(flt.start)
        period = quarter if periods.bounds(quarter) == (flt.start, flt.end) else periods.month_of(flt.start)
        people = TargetService(self.db, self.actor, self.access).performance(period, "contracts")
        if flt.owner_id is not None:
            people = [p for p in people if p.user_id == flt.owner_id]
        if flt.department_id is not None:
            people = [p for p in people if p.department_id == flt.department_id]
        return Pane("target_vs_actual", "bar", tuple(p.name for p in people),
                    (Series("target", tuple(yuan(p.target) for p in people), CURRENCY),
                     Series("actual", tuple(yuan(p.actual) for p in people), CURRENCY),
                     Series("achieved", tuple(None if p.achieved is None else round(p.achieved, 1) for p in people),
                            "percent")))

    def _pane_weighted_pipeline(self, flt: ReportFilter, now) -> Pane:
        """Open opportunities by expected close month (those with a date): amount and weighted amount."""
        month = self._date_month(Opportunity.expected_close)
        with self.db.reading() as conn:
            rows = conn.execute(select(month, func.sum(Opportunity.amount),
                                       func.sum(Opportunity.amount * Opportunity.probability))
                                .where(*self._opportunities(flt, status="open"),
                                       Opportunity.expected_close.is_not(None))
                                .group_by(month).order_by(month)).all()
        return Pane("weighted_pipeline", "bar", tuple(r[0] for r in rows),
                    (Series("amount", tuple(yuan(r[1]) for r in rows), CURRENCY),
                     Series("weighted", tuple(yuan(Decimal(r[2]) / 100) for r in rows), CURRENCY)), time_axis=True,
                    drill=tuple(("opportunities", self._drill_filter(
                        flt, status="open", close_from=_month_start(r[0]),
                        close_to=_add_months(_month_start(r[0]), 1) - timedelta(days=1))) for r in rows))

    def _pane_revenue_forecast(self, flt: ReportFilter, now) -> Pane:
        """Payments received per month over up to FORECAST_HISTORY months before the period's end, and the
        next FORECAST_MONTHS months forecast (analytics.forecast: ETS on the monthly totals) with its 80 %
        band. With fewer than three months of history the forecast is left empty (None)."""
        from ..analytics import forecast

        end_month = _month_start(f"{flt.end - timedelta(days=1):%Y-%m}")
        first = _add_months(end_month, -(FORECAST_HISTORY - 1))
        history = months_between(first, _add_months(end_month, 1))
        month = self._date_month(Payment.received_on)
        with self.db.reading() as conn:
            paid = dict(conn.execute(select(month, func.sum(Payment.amount)).where(
                *self._payments(flt, first, _add_months(end_month, 1))).group_by(month)).all())
        # From the first month with a payment: months before any business are not zero revenue.
        known = [m for m in history if paid.get(m)]
        history = history[history.index(known[0]):] if known else []
        future = months_between(_add_months(end_month, 1), _add_months(end_month, 1 + FORECAST_MONTHS))
        actual = [yuan(paid.get(m, 0)) for m in history]
        points, notes = None, ()
        if len(actual) >= forecast.MIN_MONTHS:
            result = forecast.monthly_forecast([float(v) for v in actual], FORECAST_MONTHS, level=FORECAST_LEVEL)
            points = result.points
            notes = (("level", int(FORECAST_LEVEL * 100)), ("history_months", len(actual)))

        def money(x: float) -> Decimal:
            return Decimal(str(round(x, 2))).quantize(Decimal("0.01"))
        pad = (None,) * len(history)
        predicted = tuple(money(p.value) for p in points) if points else (None,) * len(future)
        lower = tuple(money(max(p.lower, 0.0)) for p in points) if points else (None,) * len(future)
        upper = tuple(money(p.upper) for p in points) if points else (None,) * len(future)
        return Pane("revenue_forecast", "line", tuple(history + future),
                    (Series("payments", tuple(actual) + (None,) * len(future), CURRENCY),
                     Series("forecast", pad + predicted, CURRENCY, lower=pad + lower, upper=pad + upper)),
                    time_axis=True, notes=notes)

    def _pane_rfm_segments(self, flt: ReportFilter, now) -> Pane:
        """Customers who paid in the period by RFM segment, as analytics.rfm segments them (rfm.SEGMENTS: R,
        F and M each above or below its mean over these customers; R = days from the last payment to the
        period's last day, F = days with a payment, M = total paid), all in SQL: per customer the days, the
        last day and the total, then one grouping by the three comparisons (exact, in whole numbers:
        x > mean  <=>  x * count > sum)."""
        day = Payment.received_on
        last_day = (flt.end - timedelta(days=1)).isoformat()
        with self.db.reading() as conn:
            per_day = (select(Contract.customer_id.label("customer"), day.label("day"),
                              func.sum(Payment.amount).label("amount"))
                       .join(Contract, Contract.id == Payment.contract_id)
                       .where(*self._payments(flt, flt.start, flt.end))
                       .group_by(Contract.customer_id, day).subquery())
            per_customer = select(
                (func.julianday(last_day) - func.julianday(func.max(per_day.c.day))).label("r"),
                func.count().label("f"), func.sum(per_day.c.amount).label("m")
            ).group_by(per_day.c.customer).cte("per_customer")
            totals = select(func.count().label("n"), func.sum(per_customer.c.r).label("r"),
                            func.sum(per_customer.c.f).label("f"), func.sum(per_customer.c.m).label("m")
                            ).cte("totals")
            recent = per_customer.c.r * totals.c.n < totals.c.r
            frequent = per_customer.c.f * totals.c.n > totals.c.f
            valuable = per_customer.c.m * totals.c.n > totals.c.m
            rows = conn.execute(select(recent, frequent, valuable, func.count(), func.sum(per_customer.c.m))
                                .select_from(per_customer).join(totals, literal(True))
                                .group_by(recent, frequent, valuable)).all()
        counts = {code: 0 for code in RFM_CODES.values()}
        spend = {code: 0 for code in RFM_CODES.values()}
        for r, f, m, customers, amount in rows:
            code = RFM_CODES[(bool(r), bool(f), bool(m))]
            counts[code], spend[code] = customers, amount
        codes = tuple(RFM_CODES.values())
        return Pane("rfm_segments", "pie", codes,
                    (Series("customers", tuple(counts[c] for c in codes)),
                     Series("amount", tuple(yuan(spend[c]) for c in codes), CURRENCY)), categories_are_codes=True)


def _foreign_contracts():
    """The contracts not in yuan, read from their partial index (ix_contract_foreign_currency: the condition is
    written out as a literal so SQLite can match it to the index's)."""
    return select(Contract.id).where(Contract.currency.op("!=")(literal_column(f"'{CURRENCY}'")))


def _round(value) -> float | None:
    return None if value is None else round(float(value), 2)


def _month_start(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


__all__ = ["KPI_PERMISSIONS", "PANE_PERMISSIONS", "RFM_CODES", "ReportFigureService", "months_between", "yuan"]
