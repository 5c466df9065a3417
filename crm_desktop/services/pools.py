"""Public pools (公海): the rules an administrator sets, claiming and releasing customers, the customers about
to return, and the sweep that returns them.

Claim and release are journaled as domain operations (kinds "claim" and "release"): on a shared server the
sync engine has the server arbitrate them against its own state (sync/engine.py, crm_pool_guard), so two
reps who claim the same customer offline cannot both keep it. The checks here are the same rules applied
to what this replica knows.

Return rules are per customer level ("*" for the others): no follow-up for N days, no deal for M days,
counted from the later of the last follow-up (or deal), the claim and the creation. A customer goes to
the pool of its department (a pool's `departments`), else to the default pool.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select

from ..data import customer_queries as q
from ..data.models import Customer, Pool, User
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.customer_filter import CustomerFilter, CustomerOrder
from ..domain.errors import CrmError, FieldError, ValidationError
from ..domain.times import local_time
from .base import UserService
from .dto import CustomerListRow


class PoolRefused(CrmError):
    """A claim or release the pool's rules do not allow (code: not_in_pool, claim_limit, reclaim_wait,
    reason_required, no_pool)."""


@dataclass(frozen=True)
class PoolItem:
    id: uuid.UUID
    name: str
    rules: dict
    warn_days: int
    claim_limit: int
    reclaim_wait_days: int
    departments: tuple[uuid.UUID, ...]
    is_default: bool
    customers: int


@dataclass(frozen=True)
class ReturnDue:
    """A customer of the user's that goes back to a pool on `due` unless someone follows up (or closes)."""
    customer_id: uuid.UUID
    name: str
    owner_name: str
    pool_name: str
    due: date
    rule: str  # no_follow_up | no_deal
    days: int


RULE_KEYS = ("no_follow_up_days", "no_deal_days")


def _rule(pool: Pool, level: str) -> dict:
    rules = pool.rules or {}
    return rules.get(level) or rules.get("*") or {}


class PoolService(UserService):
    # -- pools and their rules -----------------------------------------------------------------------
    def pools(self) -> list[PoolItem]:
        self.access.require("pools", "view")
        with self.db.connect() as conn:
            counts = dict(conn.execute(select(Customer.pool_id, func.count()).where(
                Customer.deleted_at.is_(None), Customer.pool_id.is_not(None)).group_by(Customer.pool_id)).all())
            rows = conn.execute(select(Pool.__table__).where(Pool.deleted_at.is_(None))
                                .order_by(Pool.is_default.desc(), Pool.name)).all()
        return [PoolItem(r.id, r.name, dict(r.rules or {}), r.warn_days, r.claim_limit, r.reclaim_wait_days,
                         tuple(uuid.UUID(str(d)) for d in (r.departments or [])), bool(r.is_default),
                         counts.get(r.id, 0)) for r in rows]

    def save_pool(self, pool_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        """Create or change a pool (administrators). `rules` {level: {no_follow_up_days, no_deal_days}};
        `departments` a list of department ids; one pool is the default."""
        self.access.require("pools", "administer")
        values = dict(values)
        if "departments" in values:
            values["departments"] = [str(d) for d in values["departments"]]
        if "rules" in values:
            values["rules"] = self._clean_rules(values["rules"])
        for name in ("warn_days", "claim_limit", "reclaim_wait_days"):
            if name in values and (not isinstance(values[name], int) or values[name] < 0):
                raise ValidationError([FieldError(name, "wrong_type", {"expected": "int >= 0"})])
        with self.db.unit_of_work(self.actor, "save pool") as uow:
            if pool_id is None:
                pool = uow.create(Pool, **values)
            else:
                pool = uow.get(Pool, pool_id)
                uow.update(pool, **values)
            if values.get("is_default"):
                for other in uow.session.scalars(select(Pool).where(Pool.deleted_at.is_(None), Pool.id != pool.id,
                                                                    Pool.is_default.is_(True))):
                    uow.update(other, is_default=False)
            return pool.id, uow.commit() | Changes(customers=True)

    @staticmethod
    def _clean_rules(rules: dict) -> dict:
        clean = {}
        for level, rule in (rules or {}).items():
            kept = {}
            for key in RULE_KEYS:
                value = (rule or {}).get(key, 0) or 0
                if not isinstance(value, int) or value < 0:
                    raise ValidationError([FieldError("rules", "wrong_type", {"expected": "days >= 0"})])
                if value:
                    kept[key] = value
            if kept:
                clean[str(level)] = kept
        return clean

    def delete_pool(self, pool_id: uuid.UUID) -> Changes:
        """Only an empty pool can go (its customers would otherwise belong to nobody and no pool)."""
        self.access.require("pools", "administer")
        with self.db.unit_of_work(self.actor, "delete pool") as uow:
            pool = uow.get(Pool, pool_id)
            held = uow.session.scalar(select(func.count()).select_from(Customer).where(
                Customer.pool_id == pool_id, Customer.deleted_at.is_(None)))
            if held:
                raise ValidationError([FieldError("pool", "in_use", {"customers": held})])
            uow.delete(pool)
            return uow.commit()

    # -- a pool's customers --------------------------------------------------------------------------
    def count(self, pool_id: uuid.UUID, search: str = "", *, cancelled: Callable[[], bool] | None = None) -> int:
        self.access.require("pools", "view")
        with self.db.reading(cancelled) as conn:
            return q.count(conn, CustomerFilter(search=search, pool_id=pool_id))

    def window(self, pool_id: uuid.UUID, search: str = "", order: CustomerOrder = CustomerOrder("name"), *,
               after: tuple | None = None, inclusive: bool = False, limit: int = 200,
               cancelled: Callable[[], bool] | None = None) -> list[CustomerListRow]:
        self.access.require("pools", "view")
        with self.db.reading(cancelled) as conn:
            return q.window(conn, CustomerFilter(search=search, pool_id=pool_id), order, after=after,
                            inclusive=inclusive, limit=limit)

    def anchors(self, pool_id: uuid.UUID, search: str, order: CustomerOrder, every: int, *,
                cancelled: Callable[[], bool] | None = None) -> list[tuple]:
        self.access.require("pools", "view")
        with self.db.reading(cancelled) as conn:
            return q.anchors(conn, CustomerFilter(search=search, pool_id=pool_id), order, every)

    # -- claim and release ---------------------------------------------------------------------------
    def claim(self, ids: Iterable[uuid.UUID]) -> Changes:
        self.access.require("pools", "claim")
        ids = list(ids)
        now = self.db.now()
        with self.db.unit_of_work(self.actor, f"claim {len(ids)} customer(s) from the pool") as uow:
            s = uow.session
            owned = s.scalar(select(func.count()).select_from(Customer).where(
                Customer.owner_id == self.actor.user_id, Customer.deleted_at.is_(None), Customer.pool_id.is_(None)))
            for customer_id in ids:
                c = uow.get(Customer, customer_id)
                if c.pool_id is None:
                    raise PoolRefused("not_in_pool", customer=c.name)
                pool = s.get(Pool, c.pool_id)
                if pool is not None and pool.claim_limit and owned >= pool.claim_limit:
                    raise PoolRefused("claim_limit", owned=owned, limit=pool.claim_limit)
                if pool is not None and pool.reclaim_wait_days and c.previous_owner_id == self.actor.user_id \
                        and c.released_at is not None:
                    allowed = c.released_at + timedelta(days=pool.reclaim_wait_days)
                    if allowed > now:
                        # Said to the user: in his local time, as the screens show times.
                        raise PoolRefused("reclaim_wait", customer=c.name, **{"from": local_time(allowed)})
                uow.update(c, operation="claim", owner_id=self.actor.user_id,
                           department_id=self.actor.department_id, pool_id=None, claimed_at=now)
                owned += 1
            return uow.commit()

    def release(self, ids: Iterable[uuid.UUID], reason: str, pool_id: uuid.UUID | None = None) -> Changes:
        """Put customers (in the user's scope) back into a pool, saying why; the pool of their department
        when none is named."""
        self.access.require("pools", "release")
        reason = (reason or "").strip()
        if not reason:
            raise PoolRefused("reason_required")
        ids = list(ids)
        with self.db.unit_of_work(self.actor, f"release {len(ids)} customer(s) to the pool") as uow:
            pools = list(uow.session.scalars(select(Pool).where(Pool.deleted_at.is_(None))))
            for customer_id in ids:
                c = uow.get(Customer, customer_id)
                if c.pool_id is not None:
                    continue
                if not self.access.covers(c.owner_id, c.department_id):
                    raise PermissionDenied(module="pools", action="release", reason="out_of_scope")
                target = pool_id or self._pool_for(pools, c.department_id)
                if target is None:
                    raise PoolRefused("no_pool")
                self._release(uow, c, target, reason)
            return uow.commit()

    def _release(self, uow, c: Customer, pool_id: uuid.UUID, reason: str) -> None:
        uow.update(c, operation="release", owner_id=None, pool_id=pool_id, previous_owner_id=c.owner_id,
                   released_at=self.db.now(), release_reason=reason[:200], next_follow_up=None)

    @staticmethod
    def _pool_for(pools: list[Pool], department_id: uuid.UUID | None) -> uuid.UUID | None:
        for pool in pools:
            if department_id is not None and str(department_id) in (pool.departments or []):
                return pool.id
        default = next((p for p in pools if p.is_default), None) or (pools[0] if pools else None)
        return default.id if default else None

    # -- the return rules ----------------------------------------------------------------------------
    def _candidates(self, conn, now: datetime, ahead_days: int) -> list[tuple]:
        """(customer id, name, owner name, pool, due date, rule, days) for customers in the user's scope
        whose rule falls due within `ahead_days` (0: due now). One query per pool, level and rule, each a
        range condition on the stored clocks."""
        pools = list(conn.execute(select(Pool.__table__).where(Pool.deleted_at.is_(None))).all())
        if not pools:
            return []
        found: dict[uuid.UUID, tuple] = {}
        owner = select(User.display_name).where(User.id == Customer.owner_id).scalar_subquery()
        levels_named = {lvl for p in pools for lvl in (p.rules or {}) if lvl != "*"}
        for pool in pools:
            mine = [str(d) for d in (pool.departments or [])]
            others = {str(d) for p in pools if p.id != pool.id for d in (p.departments or [])}
            if mine:
                routed = Customer.department_id.in_([uuid.UUID(d) for d in mine])
            elif pool.is_default or pool.id == pools[0].id and not any(p.is_default for p in pools):
                routed = or_(Customer.department_id.is_(None),
                             Customer.department_id.not_in([uuid.UUID(d) for d in others])) if others else None
            else:
                continue
            for level, rule in (pool.rules or {}).items():
                for key, clock in (("no_follow_up_days", Customer.last_follow_up_at),
                                   ("no_deal_days", Customer.last_deal_at)):
                    days = rule.get(key, 0)
                    if not days:
                        continue
                    start = func.max(func.coalesce(clock, Customer.created_at),
                                     func.coalesce(Customer.claimed_at, Customer.created_at))
                    cutoff = now - timedelta(days=days) + timedelta(days=ahead_days)
                    conds = [Customer.deleted_at.is_(None), Customer.pool_id.is_(None),
                             Customer.owner_id.is_not(None), start <= cutoff]
                    if routed is not None:
                        conds.append(routed)
                    if level == "*":
                        if levels_named:
                            conds.append(Customer.level.not_in(sorted(levels_named)))
                    else:
                        conds.append(Customer.level == level)
                    if self.access.owner_ids is not None:
                        conds.append(Customer.owner_id.in_([o for o in self.access.owner_ids if o]))
                    if self.access.department_ids is not None:
                        conds.append(Customer.department_id.in_([d for d in self.access.department_ids if d]))
                    stmt = select(Customer.id, Customer.name, owner, start).where(and_(*conds))
                    for cid, name, owner_name, started in conn.execute(stmt):
                        started = started if isinstance(started, datetime) else datetime.fromisoformat(str(started))
                        due = (started + timedelta(days=days)).date()
                        if cid not in found or due < found[cid][4]:
                            found[cid] = (cid, name, owner_name or "", pool, due,
                                          key.removesuffix("_days"), days)
        return sorted(found.values(), key=lambda r: (r[4], r[1]))

    def returning_soon(self, now: datetime | None = None) -> list[ReturnDue]:
        """The user's customers that return to a pool within the pool's warning period (or are overdue)."""
        self.access.require("customers", "view")
        now = now or self.db.now()
        with self.db.connect() as conn:
            ahead = max((p.warn_days for p in conn.execute(select(Pool.warn_days).where(Pool.deleted_at.is_(None)))),
                        default=0)
            rows = self._candidates(conn, now, ahead)
        return [ReturnDue(cid, name, owner, pool.name, due, rule, days)
                for cid, name, owner, pool, due, rule, days in rows
                if due <= (now + timedelta(days=pool.warn_days)).date()]

    def sweep(self, now: datetime | None = None) -> tuple[int, Changes]:
        """Return every customer in the user's scope whose rule is due to its pool, journaled as releases
        with the rule as the reason. Run in the background at start-up and daily."""
        self.access.require("pools", "release")
        now = now or self.db.now()
        with self.db.connect() as conn:
            due = self._candidates(conn, now, 0)
        if not due:
            return 0, Changes()
        with self.db.unit_of_work(self.actor, f"return {len(due)} customer(s) to the pool") as uow:
            for cid, _name, _owner, pool, _due, rule, days in due:
                c = uow.get(Customer, cid)
                if c.pool_id is None:
                    self._release(uow, c, pool.id, f"auto:{rule}:{days}")
            return len(due), uow.commit()


__all__ = ["PoolService", "PoolItem", "ReturnDue", "PoolRefused"]
