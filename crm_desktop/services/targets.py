"""Sales targets and performance (业绩目标): monthly or quarterly targets per user and per department for the
contract amount signed and the payments received; actual against target, and the ranking, by SQL sums."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import and_, func, select

from ..data.models import Contract, Department, Payment, SalesTarget, User
from ..domain import periods
from ..domain.changes import Changes
from ..domain.errors import FieldError, ValidationError
from ..domain.records import TARGET_METRICS
from .base import UserService

SIGNED = ("active", "completed")  # contracts that count as signed business (not drafts awaiting approval)


@dataclass(frozen=True)
class Performance:
    user_id: uuid.UUID | None
    name: str
    department_id: uuid.UUID | None
    target: int
    actual: int
    rank: int

    @property
    def achieved(self) -> float | None:
        return 100.0 * self.actual / self.target if self.target else None


class TargetService(UserService):
    def set_target(self, period: str, metric: str, amount: int, *, user_id: uuid.UUID | None = None,
                   department_id: uuid.UUID | None = None) -> Changes:
        """A user's target (user_id) or a department's (department_id, no user); replaces the one there is."""
        self.access.require("targets", "administer")
        problem = periods.check(period)
        if problem:
            raise ValidationError([problem])
        if metric not in TARGET_METRICS:
            raise ValidationError([FieldError("metric", "not_a_choice")])
        if (user_id is None) == (department_id is None):
            raise ValidationError([FieldError("user_id", "required")])
        with self.db.unit_of_work(self.actor, "set sales target") as uow:
            if user_id is not None:
                department_id = uow.get(User, user_id).department_id
            else:
                uow.get(Department, department_id)
            found = uow.session.scalars(select(SalesTarget).where(
                SalesTarget.period == period, SalesTarget.metric == metric, SalesTarget.deleted_at.is_(None),
                SalesTarget.owner_id.is_(user_id) if user_id is None else SalesTarget.owner_id == user_id,
                SalesTarget.department_id == department_id)).first()
            if found is None:
                # A department's target has no owner: created with the actor as owner (the write path stamps
                # one), then cleared in the same action.
                target = uow.create(SalesTarget, period=period, metric=metric, amount=amount,
                                    owner_id=user_id, department_id=department_id)
                if user_id is None:
                    uow.update(target, owner_id=None)
            else:
                uow.update(found, amount=amount)
            return uow.commit()

    def _actuals(self, conn, period: str, metric: str) -> dict[uuid.UUID, int]:
        start, end = periods.bounds(period)
        if metric == "contracts":
            stmt = (select(Contract.owner_id, func.sum(Contract.amount))
                    .where(Contract.deleted_at.is_(None), Contract.status.in_(SIGNED), Contract.signed_on >= start,
                           Contract.signed_on < end).group_by(Contract.owner_id))
        else:
            stmt = (select(Payment.owner_id, func.sum(Payment.amount))
                    .where(Payment.deleted_at.is_(None), Payment.received_on >= start, Payment.received_on < end)
                    .group_by(Payment.owner_id))
        return {owner: amount for owner, amount in conn.execute(stmt) if owner is not None}

    def performance(self, period: str, metric: str) -> list[Performance]:
        """Each user in scope with a target or a result: target, actual, rank by actual (1 = best)."""
        self.access.require("targets", "view")
        problem = periods.check(period)
        if problem:
            raise ValidationError([problem])
        with self.db.reading() as conn:
            actual = self._actuals(conn, period, metric)
            targets = dict(conn.execute(select(SalesTarget.owner_id, SalesTarget.amount).where(
                SalesTarget.period == period, SalesTarget.metric == metric, SalesTarget.deleted_at.is_(None),
                SalesTarget.owner_id.is_not(None))).all())
            users = conn.execute(select(User.id, User.display_name, User.department_id)
                                 .where(User.deleted_at.is_(None))).all()
        rows = [(u.id, u.display_name, u.department_id, targets.get(u.id, 0), actual.get(u.id, 0)) for u in users
                if (u.id in targets or u.id in actual) and self.access.covers(u.id, u.department_id)]
        rows.sort(key=lambda r: (-r[4], r[1]))
        out, rank = [], 0
        for i, row in enumerate(rows):
            if i == 0 or row[4] != rows[i - 1][4]:
                rank = i + 1
            out.append(Performance(*row, rank))
        return out

    def departments(self, period: str, metric: str) -> list[Performance]:
        """Per department: its own target (or the sum of its people's) against the sum of its people's
        results."""
        self.access.require("targets", "view")
        people = self.performance(period, metric)
        with self.db.reading() as conn:
            names = dict(conn.execute(select(Department.id, Department.name)).all())
            own = dict(conn.execute(select(SalesTarget.department_id, SalesTarget.amount).where(
                and_(SalesTarget.period == period, SalesTarget.metric == metric, SalesTarget.deleted_at.is_(None),
                     SalesTarget.owner_id.is_(None)))).all())
        by: dict = {}
        for p in people:
            target, actual = by.get(p.department_id, (0, 0))
            by[p.department_id] = (target + p.target, actual + p.actual)
        for department_id in own:
            by.setdefault(department_id, (0, 0))
        rows = sorted(((d, names.get(d, ""), d, own.get(d, t), a) for d, (t, a) in by.items()),
                      key=lambda r: (-r[4], r[1]))
        return [Performance(None, name, d, target, actual, i + 1) for i, (_d, name, d, target, actual) in enumerate(rows)]
