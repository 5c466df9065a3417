"""How the customer list is narrowed and ordered; a plain value shared by the screen, services and queries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime

SORT_KEYS = ("name", "created", "updated", "owner", "city")


@dataclass(frozen=True)
class CustomerFilter:
    search: str = ""
    owner_id: uuid.UUID | None = None
    tag_id: uuid.UUID | None = None
    city: str = ""
    industry: str = ""
    level: str = ""
    status: str = ""
    source: str = ""
    # A pool's customers (the pool screen); the main list is not narrowed by pool.
    pool_id: uuid.UUID | None = None
    # Churn warning (流失预警): owned, not invalid, and no follow-up since / no deal since these moments
    # (either one flags the customer; None: that rule is off).
    stale_follow_up_before: datetime | None = None
    stale_deal_before: datetime | None = None
    # ... or an instalment of a contract of theirs due before this day and not fully paid.
    overdue_receivables_before: date | None = None
    # The dashboard's drill-downs (stored times, naive UTC): created in [created_from, created_to), last
    # followed up in [followed_up_from, followed_up_to), a next follow-up due before a day.
    created_from: datetime | None = None
    created_to: datetime | None = None
    followed_up_from: datetime | None = None
    followed_up_to: datetime | None = None
    follow_up_due_before: date | None = None
    # The data scope, set by the service from the user's access (None: no restriction on that dimension).
    owner_ids: frozenset[uuid.UUID | None] | None = None
    department_ids: frozenset[uuid.UUID | None] | None = None

    def scoped(self, owner_ids, department_ids) -> CustomerFilter:
        return replace(self, owner_ids=owner_ids, department_ids=department_ids)


@dataclass(frozen=True)
class CustomerOrder:
    key: str = "name"
    descending: bool = False

    def __post_init__(self):
        if self.key not in SORT_KEYS:
            raise ValueError(f"unknown sort key {self.key!r}")
