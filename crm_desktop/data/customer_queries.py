"""Reads behind the customer list: counts, windows of rows by keyset pagination, and anchors.

Keyset pagination (`WHERE (sort..., id) > (:last...)`) costs the same at row 900,000 as at row 0, where
OFFSET would walk every row before it. To jump to an arbitrary row, one background pass over the sort index
records an *anchor* (the key of every Nth row); a window then starts from the nearest anchor.

Sorting by owner or city is *grouped*: users expect owners and cities in the pinyin order of what they
read (陈静, 李娜, 王芳; 北京, 成都, 重庆), which no stored column holds (an owner's name lives on the user and
can change). Those columns have few distinct values, so the groups are ranked in Python and each group is
read from the (group, name_key, id) index in turn; keys stay (group value, name_key, id).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import String, exists, func, or_, select, text, tuple_, type_coerce
from sqlalchemy.engine import Connection

from ..domain.customer_filter import CustomerFilter, CustomerOrder
from ..domain.sort_keys import pinyin_key
from . import search_index
from .models import Contract, Customer, CustomerTag, ReceivablePlan, User

_SORT_COLUMNS = {
    "name": (Customer.name_key,),
    "created": (Customer.created_at,),
    "updated": (Customer.updated_at,),
    "owner": (Customer.owner_id, Customer.name_key),
    "city": (Customer.city, Customer.name_key),
}
_GROUPED = {"owner": Customer.owner_id, "city": Customer.city}


@dataclass(frozen=True)
class CustomerListRow:
    id: uuid.UUID
    name: str
    phone: str
    email: str
    city: str
    industry: str
    level: str
    owner_name: str
    created_at: datetime
    updated_at: datetime
    key: tuple  # the keyset position of this row in the order it was fetched
    last_follow_up_at: datetime | None = None
    last_deal_at: datetime | None = None
    overdue_receivable: bool = False  # an instalment of one of its contracts is past due and not fully paid


def _where(conn: Connection, flt: CustomerFilter, *, deleted: bool = False,
           purpose: str = "window") -> tuple[list, dict]:
    conds = [Customer.deleted_at.is_not(None) if deleted else Customer.deleted_at.is_(None)]
    params: dict = {}
    if flt.owner_ids is not None:  # the data scope: always applied by the service, never optional
        conds.append(_in(Customer.owner_id, flt.owner_ids))
    if flt.department_ids is not None:
        conds.append(_in(Customer.department_id, flt.department_ids))
    if flt.search.strip():
        conds.append(search_index.condition(conn, flt.search, purpose=purpose))
    if flt.owner_id:
        conds.append(Customer.owner_id == flt.owner_id)
    if flt.city:
        conds.append(Customer.city == flt.city)
    if flt.industry:
        conds.append(Customer.industry == flt.industry)
    if flt.level:
        conds.append(Customer.level == flt.level)
    if flt.status:
        conds.append(Customer.status == flt.status)
    if flt.source:
        conds.append(Customer.source == flt.source)
    if flt.pool_id:
        conds.append(Customer.pool_id == flt.pool_id)
    if flt.stale_follow_up_before or flt.stale_deal_before or flt.overdue_receivables_before:
        conds += [Customer.pool_id.is_(None), Customer.status != "invalid"]
        stale = []
        if flt.stale_follow_up_before:
            stale.append(func.coalesce(Customer.last_follow_up_at, Customer.created_at) < flt.stale_follow_up_before)
        if flt.stale_deal_before:
            stale.append(func.coalesce(Customer.last_deal_at, Customer.created_at) < flt.stale_deal_before)
        if flt.overdue_receivables_before:
            stale.append(_overdue_receivable(flt.overdue_receivables_before))
        conds.append(or_(*stale))
    if flt.created_from is not None:
        conds.append(Customer.created_at >= flt.created_from)
    if flt.created_to is not None:
        conds.append(Customer.created_at < flt.created_to)
    if flt.followed_up_from is not None:
        conds.append(Customer.last_follow_up_at >= flt.followed_up_from)
    if flt.followed_up_to is not None:
        conds.append(Customer.last_follow_up_at < flt.followed_up_to)
    if flt.follow_up_due_before is not None:
        conds += [Customer.owner_id.is_not(None), Customer.next_follow_up < flt.follow_up_due_before]
    if flt.tag_id:
        conds.append(exists().where(CustomerTag.customer_id == Customer.id, CustomerTag.tag_id == flt.tag_id,
                                    CustomerTag.deleted_at.is_(None)))
    return conds, params


def _overdue_receivable(before):
    """Whether the customer has a live contract with an instalment due before `before` and not fully paid."""
    return (select(ReceivablePlan.id).join(Contract, Contract.id == ReceivablePlan.contract_id)
            .where(Contract.customer_id == Customer.id, Contract.deleted_at.is_(None),
                   ReceivablePlan.deleted_at.is_(None), ReceivablePlan.void.is_(False),
                   ReceivablePlan.received < ReceivablePlan.amount, ReceivablePlan.due_on < before)
            .exists())


def _in(column, values: frozenset):
    if len(values) == 1:
        (value,) = values
        return column.is_(None) if value is None else column == value
    return column.in_([v for v in values if v is not None]) if None not in values else \
        (column.in_([v for v in values if v is not None]) | column.is_(None))


def _order_columns(order: CustomerOrder) -> tuple:
    return (*_SORT_COLUMNS[order.key], Customer.id)


def count(conn: Connection, flt: CustomerFilter) -> int:
    if flt.search.strip() and flt == CustomerFilter(search=flt.search):
        # (a scoped filter carries owner_ids/department_ids, so it never takes this path)
        # A search alone is counted in the index (milliseconds for 40,000 matches, where looking each one up
        # in the customer table takes a hundred).
        return search_index.count_matches(conn, flt.search)
    conds, params = _where(conn, flt, purpose="count")
    return conn.execute(select(func.count()).select_from(Customer).where(*conds), params).scalar_one()


def window(conn: Connection, flt: CustomerFilter, order: CustomerOrder, *, after: tuple | None = None,
           inclusive: bool = False, limit: int = 200) -> list[CustomerListRow]:
    """Up to `limit` rows following the keyset position `after` (or from the start)."""
    if order.key in _GROUPED:
        return _grouped_window(conn, flt, order, after, inclusive, limit)
    return _window(conn, _where(conn, flt), order, after, inclusive, limit)


def _window(conn: Connection, where: tuple[list, dict], order: CustomerOrder, after: tuple | None,
            inclusive: bool, limit: int, extra: tuple = ()) -> list[CustomerListRow]:
    cols = _order_columns(order)
    conds, params = [*where[0], *extra], where[1]
    if after is not None:
        position = tuple_(*cols)
        bound = tuple_(*after)
        if order.descending:
            conds.append(position <= bound if inclusive else position < bound)
        else:
            conds.append(position >= bound if inclusive else position > bound)
    owner = select(User.display_name).where(User.id == Customer.owner_id).scalar_subquery()
    stmt = (select(Customer.id, Customer.name, Customer.phone, Customer.email, Customer.city,
                   Customer.industry, Customer.level, owner, Customer.created_at, Customer.updated_at,
                   *cols[:-1], Customer.last_follow_up_at, Customer.last_deal_at,
                   _overdue_receivable(date.today()))
            .where(*conds)
            .order_by(*[c.desc() if order.descending else c.asc() for c in cols])
            .limit(limit))
    rows = []
    width = len(cols) - 1
    for r in conn.execute(stmt, params):
        sort_values = tuple(r[10:10 + width])
        rows.append(CustomerListRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7] or "", r[8], r[9],
                                    (*sort_values, r[0]), r[10 + width], r[11 + width], bool(r[12 + width])))
    return rows


def export_window(conn: Connection, flt: CustomerFilter, order: CustomerOrder, *, after: tuple | None = None,
                  limit: int = 1000) -> tuple[list[tuple], tuple | None]:
    """The export's read: the list's rows in the list's order, as plain text tuples (id as 8-4-4-4-12, name,
    phone as stored, email, city, industry, level, owner's name, created, updated — timestamps to the second)
    and the key to continue after. SQLite spells the values out and they skip SQLAlchemy's per-row type
    conversion: per-row Python is most of an export's time (a million rows)."""
    if order.key in _GROUPED:  # grouped orders page through the list's own reader
        rows = window(conn, flt, order, after=after, limit=limit)
        return ([(str(r.id), r.name, r.phone, r.email, r.city, r.industry, r.level, r.owner_name,
                  str(r.created_at)[:19], str(r.updated_at)[:19]) for r in rows],
                rows[-1].key if rows else None)
    cols = _order_columns(order)
    conds, params = _where(conn, flt)
    if after is not None:
        position, bound = tuple_(*cols), tuple_(*after)
        conds = [*conds, (position < bound) if order.descending else (position > bound)]
    hexed = type_coerce(Customer.id, String)
    dashed = (func.substr(hexed, 1, 8) + "-" + func.substr(hexed, 9, 4) + "-" + func.substr(hexed, 13, 4) + "-"
              + func.substr(hexed, 17, 4) + "-" + func.substr(hexed, 21))
    owner = func.coalesce(select(User.display_name).where(User.id == Customer.owner_id).scalar_subquery(), "")
    second = lambda c: func.substr(type_coerce(c, String), 1, 19)  # noqa: E731 - as stored, no conversion
    stmt = (select(dashed, Customer.name, Customer.phone, Customer.email, Customer.city, Customer.industry,
                   Customer.level, owner, second(Customer.created_at), second(Customer.updated_at), *cols[:-1])
            .where(*conds).order_by(*[c.desc() if order.descending else c.asc() for c in cols]).limit(limit))
    rows = conn.execute(stmt, params).all()
    if not rows:
        return [], None
    last = rows[-1]
    return [r[:10] for r in rows], (*last[10:], uuid.UUID(last[0]))


def anchors(conn: Connection, flt: CustomerFilter, order: CustomerOrder, every: int) -> list[tuple]:
    """The keys of rows 0, every, 2*every, ... in this order: one pass over the sort index."""
    where = _where(conn, flt, purpose="anchors")
    if order.key not in _GROUPED:
        return _anchors(conn, where, order, every)
    column = _GROUPED[order.key]
    conds, params = where
    sizes = dict(conn.execute(select(column, func.count()).where(*conds).group_by(column), params).all())
    found, offset = [], 0
    for group in _ranked_groups(conn, order):
        size = sizes.get(group, 0)
        if size:
            found += _anchors(conn, where, CustomerOrder("name", order.descending), every, offset,
                              (column == group,), prefix=(group,))
            offset += size
    return found


def _anchors(conn: Connection, where: tuple[list, dict], order: CustomerOrder, every: int, offset: int = 0,
             extra: tuple = (), prefix: tuple = ()) -> list[tuple]:
    cols = _order_columns(order)
    conds, params = [*where[0], *extra], where[1]
    ordering = [c.desc() if order.descending else c.asc() for c in cols]
    numbered = (select(*cols, func.row_number().over(order_by=ordering).label("rn"))
                .where(*conds).subquery())
    stmt = select(*[numbered.c[i] for i in range(len(cols))]).where((numbered.c.rn - 1 + offset) % every == 0)
    return [(*prefix, *r) for r in conn.execute(stmt, params)]


def _ranked_groups(conn: Connection, order: CustomerOrder) -> list:
    """The distinct values of a grouped order's column, in the order the list shows them."""
    if order.key == "owner":
        users = conn.execute(select(User.id, User.display_name)).all()
        # Customers in a public pool have no owner: they come after everyone's (column == None is IS NULL).
        ranked = [uid for uid, _n in sorted(users, key=lambda u: (pinyin_key(u[1]), u[0].hex))] + [None]
    else:
        ranked = sorted(_distinct_cities(conn), key=lambda c: (pinyin_key(c), c))
    return ranked[::-1] if order.descending else ranked


def _distinct_cities(conn: Connection) -> list[str]:
    # A skip scan: one index seek per city instead of reading every row of the city index.
    return [r[0] for r in conn.execute(text(
        "WITH RECURSIVE c(v) AS ("
        " SELECT min(city) FROM customer WHERE deleted_at IS NULL"
        " UNION ALL"
        " SELECT (SELECT min(city) FROM customer WHERE deleted_at IS NULL AND city > c.v) FROM c"
        " WHERE c.v IS NOT NULL)"
        " SELECT v FROM c WHERE v IS NOT NULL"))]


def _grouped_window(conn: Connection, flt: CustomerFilter, order: CustomerOrder, after: tuple | None,
                    inclusive: bool, limit: int) -> list[CustomerListRow]:
    column = _GROUPED[order.key]
    groups = _ranked_groups(conn, order)
    where = _where(conn, flt)  # once: a search condition costs an index probe to shape
    start = 0
    if after is not None:
        if after[0] in groups:
            start = groups.index(after[0])
        else:  # the city emptied since the key was read: go on with the cities ranked after it
            gone = (pinyin_key(after[0]), after[0])
            later = [i for i, g in enumerate(groups) if ((pinyin_key(g), g) < gone) == order.descending]
            start = later[0] if later else len(groups)
    inner = CustomerOrder("name", order.descending)
    rows: list[CustomerListRow] = []
    for i in range(start, len(groups)):
        group = groups[i]
        within = after[1:] if after is not None and i == start and group == after[0] else None
        part = _window(conn, where, inner, within, inclusive, limit - len(rows), (column == group,))
        rows += [replace(r, key=(group, *r.key)) for r in part]
        if len(rows) >= limit:
            break
    return rows


def recycle_bin(conn: Connection, flt: CustomerFilter = CustomerFilter(), limit: int = 500) -> list[CustomerListRow]:
    conds, _ = _where(conn, flt, deleted=True)
    owner = select(User.display_name).where(User.id == Customer.owner_id).scalar_subquery()
    stmt = (select(Customer.id, Customer.name, Customer.phone, Customer.email, Customer.city,
                   Customer.industry, Customer.level, owner, Customer.created_at, Customer.deleted_at)
            .where(*conds).order_by(Customer.deleted_at.desc()).limit(limit))
    return [CustomerListRow(*r[:7], r[7] or "", r[8], r[9], (r[9], r[0])) for r in conn.execute(stmt)]


def distinct_values(conn: Connection, column: str, limit: int = 500) -> list[str]:
    col = {"city": Customer.city, "industry": Customer.industry, "level": Customer.level}[column]
    stmt = select(col).where(Customer.deleted_at.is_(None), col != "").group_by(col).order_by(col).limit(limit)
    return [r[0] for r in conn.execute(stmt)]


__all__ = ["count", "window", "anchors", "recycle_bin", "distinct_values", "CustomerListRow"]
