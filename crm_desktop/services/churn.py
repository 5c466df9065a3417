"""Churn warning (流失预警): customers with no follow-up for N days, no deal for M days, or overdue
receivables (an instalment past due and not fully paid) are flagged, with thresholds an administrator sets
(an organisation-wide setting that syncs). The warning list is the customer list narrowed by the same
rules, within the reader's scope."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select

from ..data.models import AppSetting
from ..domain.access import setting_right
from ..domain.changes import Changes
from ..domain.customer_filter import CustomerFilter
from ..domain.errors import FieldError, ValidationError
from .base import UserService

KEY = "churn_warning"


@dataclass(frozen=True)
class ChurnRules:
    no_follow_up_days: int = 30  # 0: the rule is off
    no_deal_days: int = 180
    overdue_receivables: bool = True

    def filter(self, now: datetime, base: CustomerFilter = CustomerFilter()) -> CustomerFilter:
        """`base` narrowed to the customers these rules flag at `now`."""
        from dataclasses import replace
        return replace(base,
                       stale_follow_up_before=now - timedelta(days=self.no_follow_up_days)
                       if self.no_follow_up_days else None,
                       stale_deal_before=now - timedelta(days=self.no_deal_days) if self.no_deal_days else None,
                       overdue_receivables_before=now.date() if self.overdue_receivables else None)

    @property
    def any(self) -> bool:
        return bool(self.no_follow_up_days or self.no_deal_days or self.overdue_receivables)

    def flags(self, now: datetime, created_at: datetime, last_follow_up_at: datetime | None,
              last_deal_at: datetime | None, overdue_receivable: bool = False) -> list[tuple[str, int]]:
        """Which rules flag one customer and for how many days: [("no_follow_up", 45), ...]
        (("overdue_receivable", 0) for receivables)."""
        out = []
        for rule, days, since in (("no_follow_up", self.no_follow_up_days, last_follow_up_at or created_at),
                                  ("no_deal", self.no_deal_days, last_deal_at or created_at)):
            if days and since < now - timedelta(days=days):
                out.append((rule, (now - since).days))
        if self.overdue_receivables and overdue_receivable:
            out.append(("overdue_receivable", 0))
        return out


def read_rules(db) -> ChurnRules:
    with db.connect() as conn:
        value = conn.execute(select(AppSetting.value).where(AppSetting.key == KEY, AppSetting.deleted_at.is_(None))
                             .order_by(AppSetting.updated_at.desc())).scalar()
    if not value:
        return ChurnRules()
    return ChurnRules(int(value.get("no_follow_up_days", 30)), int(value.get("no_deal_days", 180)),
                      bool(value.get("overdue_receivables", True)))


class ChurnService(UserService):
    def rules(self) -> ChurnRules:
        return read_rules(self.db)

    def set_rules(self, no_follow_up_days: int, no_deal_days: int, overdue_receivables: bool = True) -> Changes:
        self.access.require(*setting_right(KEY))
        for name, value in (("no_follow_up_days", no_follow_up_days), ("no_deal_days", no_deal_days)):
            if not isinstance(value, int) or value < 0:
                raise ValidationError([FieldError(name, "wrong_type", {"expected": "days >= 0"})])
        value = {"no_follow_up_days": no_follow_up_days, "no_deal_days": no_deal_days,
                 "overdue_receivables": bool(overdue_receivables)}
        with self.db.unit_of_work(self.actor, "set churn warning thresholds") as uow:
            row = uow.session.scalars(select(AppSetting).where(AppSetting.key == KEY,
                                                               AppSetting.deleted_at.is_(None))).first()
            if row is None:
                uow.create(AppSetting, key=KEY, value=value)
            else:
                uow.update(row, value=value)
            return uow.commit() | Changes(customers=True)

    def filter(self, base: CustomerFilter = CustomerFilter(), now: datetime | None = None) -> CustomerFilter:
        return self.rules().filter(now or self.db.now(), base)


__all__ = ["ChurnService", "ChurnRules", "read_rules"]
