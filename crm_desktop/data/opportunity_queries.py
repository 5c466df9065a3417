"""SQL for opportunities: pipeline totals (aggregates read from one covering index), kanban cards per stage
and the list, both as keyset windows, never all rows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import Connection, and_, func, literal_column, or_, select, tuple_

from ..domain.opportunity_filter import OpportunityFilter
from .models import Customer, Opportunity as O, User

LIVE = O.deleted_at.is_(None)


@dataclass(frozen=True)
class OpportunityRow:
    id: uuid.UUID
    name: str
    customer_id: uuid.UUID
    customer_name: str
    amount: int
    currency: str
    probability: int
    pipeline_id: uuid.UUID
    stage_id: uuid.UUID
    status: str
    expected_close: date | None
    owner_id: uuid.UUID | None
    owner_name: str
    updated_at: datetime
    key: tuple


@dataclass(frozen=True)
class StageTotal:
    stage_id: uuid.UUID
    currency: str
    count: int
    amount: int  # minor units
    weighted_x100: int  # sum of amount x probability: weighted total = this / 100, exact


def _in(column, values) -> object:
    return column.in_(list(values)) if values else literal_column("0") == 1


def where(flt: OpportunityFilter) -> list:
    clauses = [LIVE]
    if flt.scope_owners is not None:
        clauses.append(_in(O.owner_id, flt.scope_owners))
    if flt.scope_departments is not None:
        clauses.append(_in(O.department_id, flt.scope_departments))
    if flt.pipeline_id is not None:
        clauses.append(O.pipeline_id == flt.pipeline_id)
    if flt.owner_id is not None:
        clauses.append(O.owner_id == flt.owner_id)
    if flt.customer_id is not None:
        clauses.append(O.customer_id == flt.customer_id)
    if flt.status:
        clauses.append(O.status == flt.status)
    if flt.min_amount is not None:
        clauses.append(O.amount >= flt.min_amount)
    if flt.close_from is not None:
        clauses.append(O.expected_close >= flt.close_from)
    if flt.close_to is not None:
        clauses.append(O.expected_close <= flt.close_to)
    if flt.expired_on is not None:
        clauses.extend([O.status == "open", O.expected_close < flt.expired_on])
    text = flt.text.strip()
    if text:
        pattern = f"%{text.replace('%', '').replace('_', '')}%"
        named = select(Customer.id).where(Customer.name.like(pattern), Customer.deleted_at.is_(None))
        clauses.append(or_(O.name.like(pattern), O.customer_id.in_(named)))
    return clauses


def totals(conn: Connection, flt: OpportunityFilter) -> list[StageTotal]:
    stmt = (select(O.stage_id, O.currency, func.count(), func.coalesce(func.sum(O.amount), 0),
                   func.coalesce(func.sum(O.amount * O.probability), 0))
            .where(and_(*where(flt))).group_by(O.stage_id, O.currency))
    return [StageTotal(*r) for r in conn.execute(stmt)]


def _rows(conn: Connection, stmt) -> list[OpportunityRow]:
    rows = conn.execute(stmt).all()
    customers = {r.customer_id for r in rows}
    names = dict(conn.execute(select(Customer.id, Customer.name).where(Customer.id.in_(customers))).all()) \
        if customers else {}
    owners = {r.owner_id for r in rows if r.owner_id}
    users = dict(conn.execute(select(User.id, User.display_name).where(User.id.in_(owners))).all()) if owners else {}
    return [OpportunityRow(r.id, r.name, r.customer_id, names.get(r.customer_id, ""), r.amount,
                                       r.currency, r.probability, r.pipeline_id, r.stage_id, r.status,
                                       r.expected_close, r.owner_id, users.get(r.owner_id, ""), r.updated_at,
                                       r.key) for r in rows]


_COLUMNS = (O.id, O.name, O.customer_id, O.amount, O.currency, O.probability, O.pipeline_id, O.stage_id,
            O.status, O.expected_close, O.owner_id, O.updated_at)


def cards(conn: Connection, flt: OpportunityFilter, stage_id: uuid.UUID, *, after: tuple | None = None,
          limit: int = 100) -> list[OpportunityRow]:
    """One kanban column: the stage's opportunities, largest amount first; `after` the last card's key."""
    clauses = where(flt) + [O.stage_id == stage_id]
    if after is not None:
        clauses.append(tuple_(O.amount, O.id) < tuple_(*after))
    stmt = (select(*_COLUMNS, literal_column("0").label("key")).where(and_(*clauses))
            .order_by(O.amount.desc(), O.id.desc()).limit(limit))
    return [_with_key(r, (r.amount, r.id)) for r in _rows(conn, stmt)]


def _with_key(row: OpportunityRow, key: tuple) -> OpportunityRow:
    return replace(row, key=key)


def window(conn: Connection, flt: OpportunityFilter, *, after: tuple | None = None, inclusive: bool = False,
           limit: int = 200) -> list[OpportunityRow]:
    """The list: most recently changed first, keyset on (updated_at, id)."""
    clauses = where(flt)
    if after is not None:
        key = tuple_(O.updated_at, O.id)
        clauses.append(key <= tuple_(*after) if inclusive else key < tuple_(*after))
    stmt = (select(*_COLUMNS, literal_column("0").label("key")).where(and_(*clauses))
            .order_by(O.updated_at.desc(), O.id.desc()).limit(limit))
    return [_with_key(r, (r.updated_at, r.id)) for r in _rows(conn, stmt)]


def count(conn: Connection, flt: OpportunityFilter) -> int:
    return conn.execute(select(func.count()).select_from(O).where(and_(*where(flt)))).scalar_one()


def anchors(conn: Connection, flt: OpportunityFilter, every: int) -> list[tuple]:
    numbered = (select(O.updated_at, O.id, func.row_number().over(order_by=(O.updated_at.desc(), O.id.desc()))
                       .label("n")).where(and_(*where(flt))).subquery())
    stmt = select(numbered.c.updated_at, numbered.c.id).where((numbered.c.n - 1) % every == 0) \
        .order_by(numbered.c.n)
    return [tuple(r) for r in conn.execute(stmt)]
