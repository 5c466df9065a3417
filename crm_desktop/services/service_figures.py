"""The service desk's figures for the reports (服务报表): how many tickets came in over a period and how they were
handled — first response and resolution times, SLA compliance, satisfaction, what is still open or breached,
the mix by type, channel, product and priority, the top issues, and a daily trend.

Every figure is an SQL aggregate over the tickets in the user's data scope (the same clause the queues use,
TicketService._scope): nothing walks the tickets in Python, so a year of a million tickets costs a few
indexed scans, not a million objects. Medians are the middle row(s) of a window-numbered list, which
SQLite and PostgreSQL both answer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, literal, or_, select

from ..data.models import KbArticle, Product, Ticket, TicketArticle
from . import service_setup
from .base import UserService
from .tickets import OPEN_KINDS, TicketService

TOP = 10


@dataclass(frozen=True)
class ProductCount:
    product_id: uuid.UUID | None  # None: tickets about no product
    name: str
    count: int


@dataclass(frozen=True)
class ArticleCount:
    article_id: uuid.UUID
    title: str
    count: int  # tickets it is linked to


@dataclass(frozen=True)
class DayCount:
    day: date  # local to the utc_offset asked for
    created: int
    resolved: int


@dataclass(frozen=True)
class ServiceFigures:
    """Figures of the tickets created in [start, end). Minutes are business minutes (the SLA calendar's), as
    the ticket recorded them when each clock stopped; None where no ticket has the figure yet."""
    start: datetime
    end: datetime
    volume: int
    response_avg: float | None
    response_median: float | None
    resolve_avg: float | None
    resolve_median: float | None
    resolved: int
    sla_compliance: float | None  # resolved with neither breach / resolved; None when none is resolved
    satisfaction_avg: float | None
    rated: int
    open_now: int  # still in an open step (new, open or waiting kinds) now
    breached_now: int  # ... of which a response or resolution breach is marked (the "breached" queue)
    by_type: tuple[tuple[str, int], ...]  # (code, count), most first
    by_channel: tuple[tuple[str, int], ...]
    by_priority: tuple[tuple[str, int], ...]
    by_product: tuple[ProductCount, ...]  # every product, most first (product_id None: none named)
    top_products: tuple[ProductCount, ...]  # the most frequent named products
    top_articles: tuple[ArticleCount, ...]  # the knowledge articles linked to most of these tickets
    trend: tuple[DayCount, ...]  # every day of the period: tickets created, tickets resolved that day


class ServiceFigureService(UserService):
    def figures(self, start: datetime, end: datetime, *, product_id: uuid.UUID | None = None,
                team_id: uuid.UUID | None = None, utc_offset: timedelta = timedelta(0),
                top: int = TOP) -> ServiceFigures:
        """The figures of the tickets created in [start, end) (UTC, as stored), optionally of one product or
        one team. The trend's days are local to `utc_offset` (Asia/Shanghai: 8 hours); its `resolved` counts
        the tickets resolved on each day of the period, whenever they were raised."""
        self.access.require("tickets", "view")
        tickets = TicketService(self.db, self.actor, self.access)
        with self.db.reading() as conn:
            scope = tickets._scope(conn)
            if product_id is not None:
                scope.append(Ticket.product_id == product_id)
            if team_id is not None:
                scope.append(Ticket.team_id == team_id)
            where = [*scope, Ticket.created_at >= start, Ticket.created_at < end]
            kinds = {s.code: s.kind for s in service_setup.statuses(conn)}
            open_codes = [c for c, k in kinds.items() if k in OPEN_KINDS]
            is_open = Ticket.status.in_(open_codes) if open_codes else literal(False)
            resolved = Ticket.resolved_at.is_not(None)
            breached = or_(Ticket.response_breached.is_(True), Ticket.resolve_breached.is_(True))

            def counted(condition):
                return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

            totals = conn.execute(select(
                func.count().label("volume"),
                func.avg(Ticket.response_minutes).label("response_avg"),
                func.avg(Ticket.resolve_minutes).label("resolve_avg"),
                counted(resolved).label("resolved"),
                counted(and_(resolved, ~breached)).label("kept"),
                func.avg(Ticket.satisfaction).label("satisfaction_avg"),
                func.count(Ticket.satisfaction).label("rated"),
                counted(is_open).label("open_now"),
                counted(and_(is_open, breached)).label("breached_now"),
            ).where(*where)).one()

            def median(column) -> float | None:
                numbered = select(column.label("x"), func.row_number().over(order_by=column).label("rn"),
                                  func.count().over().label("n")).where(*where, column.is_not(None)).subquery()
                n = numbered.c.n
                value = conn.execute(select(func.avg(numbered.c.x)).where(
                    numbered.c.rn.in_([(n + 1) // 2, (n + 2) // 2]))).scalar()
                return None if value is None else float(value)

            def by(column) -> tuple[tuple[str, int], ...]:
                return tuple((r[0], r[1]) for r in conn.execute(
                    select(column, func.count().label("n")).where(*where).group_by(column)
                    .order_by(func.count().desc(), column)))

            products = select(Ticket.product_id, func.coalesce(Product.name, "").label("name"),
                              func.count().label("n")).outerjoin(Product, Product.id == Ticket.product_id) \
                .where(*where).group_by(Ticket.product_id, Product.name) \
                .order_by(func.count().desc(), func.coalesce(Product.name, ""))
            by_product = tuple(ProductCount(r.product_id, r.name, r.n) for r in conn.execute(products))
            top_products = tuple(ProductCount(r.product_id, r.name, r.n) for r in conn.execute(
                products.where(Ticket.product_id.is_not(None)).limit(top)))

            linked = func.count(func.distinct(TicketArticle.ticket_id))
            top_articles = tuple(ArticleCount(r.id, r.title, r.n) for r in conn.execute(
                select(KbArticle.id, KbArticle.title, linked.label("n"))
                .select_from(TicketArticle)
                .join(Ticket, Ticket.id == TicketArticle.ticket_id)
                .join(KbArticle, KbArticle.id == TicketArticle.article_id)
                .where(*where, TicketArticle.deleted_at.is_(None), KbArticle.deleted_at.is_(None))
                .group_by(KbArticle.id, KbArticle.title).order_by(linked.desc(), KbArticle.title).limit(top)))

            shift = f"{int(utc_offset.total_seconds() // 60):+d} minutes"
            created_day = func.date(Ticket.created_at, shift)
            created = dict(conn.execute(select(created_day, func.count()).where(*where).group_by(created_day)).all())
            resolved_day = func.date(Ticket.resolved_at, shift)
            closed = dict(conn.execute(select(resolved_day, func.count()).where(
                *scope, Ticket.resolved_at >= start, Ticket.resolved_at < end).group_by(resolved_day)).all())
            response_median = median(Ticket.response_minutes)
            resolve_median = median(Ticket.resolve_minutes)
            by_type, by_channel, by_priority = by(Ticket.ticket_type), by(Ticket.channel), by(Ticket.priority)

        trend = []
        if end > start:
            day, last = (start + utc_offset).date(), (end + utc_offset - timedelta(microseconds=1)).date()
            while day <= last:
                key = day.isoformat()
                trend.append(DayCount(day, created.get(key, 0), closed.get(key, 0)))
                day += timedelta(days=1)

        def number(value) -> float | None:
            return None if value is None else float(value)

        return ServiceFigures(
            start=start, end=end, volume=totals.volume, response_avg=number(totals.response_avg),
            response_median=response_median, resolve_avg=number(totals.resolve_avg), resolve_median=resolve_median,
            resolved=totals.resolved, sla_compliance=totals.kept / totals.resolved if totals.resolved else None,
            satisfaction_avg=number(totals.satisfaction_avg), rated=totals.rated, open_now=totals.open_now,
            breached_now=totals.breached_now, by_type=by_type, by_channel=by_channel, by_priority=by_priority,
            by_product=by_product, top_products=top_products,
            top_articles=top_articles, trend=tuple(trend))
