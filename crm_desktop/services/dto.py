"""Plain frozen values handed to the UI; never ORM objects."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime

from ..data.customer_queries import CustomerListRow

__all__ = ["CustomerListRow", "CustomerDetail", "ContactItem", "ActivityItem", "FieldChange", "Option",
           "UndoResult", "TimelineItem", "DueFollowUp"]


@dataclass(frozen=True)
class Option:
    id: uuid.UUID | None
    label: str
    active: bool = True  # a user who may still be given work (deactivated ones stay listed for filtering)


@dataclass(frozen=True)
class ContactItem:
    id: uuid.UUID
    name: str
    title: str
    phone: str
    email: str
    notes: str
    department: str = ""
    mobile: str = ""
    other_phone: str = ""
    wechat: str = ""
    birthday: date | None = None
    is_primary: bool = False


@dataclass(frozen=True)
class ActivityItem:
    id: uuid.UUID
    kind: str
    happened_at: datetime
    content: str
    next_follow_up: date | None
    author: str


@dataclass(frozen=True)
class CustomerDetail:
    id: uuid.UUID
    name: str
    short_name: str
    level: str
    industry: str
    province: str
    city: str
    address: str
    phone: str
    email: str
    notes: str
    owner_id: uuid.UUID | None
    owner_name: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    tags: tuple[Option, ...] = ()
    contacts: tuple[ContactItem, ...] = ()
    activities: tuple[ActivityItem, ...] = ()
    customer_type: str = "enterprise"
    source: str = ""
    status: str = "potential"
    district: str = ""
    mobile: str = ""
    website: str = ""
    credit_code: str = ""
    next_follow_up: date | None = None
    last_follow_up_at: datetime | None = None
    pool_id: uuid.UUID | None = None
    editable_fields: tuple[str, ...] = field(default=(
        "name", "short_name", "customer_type", "level", "industry", "source", "status", "province", "city",
        "district", "address", "phone", "mobile", "email", "website", "credit_code", "next_follow_up", "notes"))
    hidden_fields: tuple[str, ...] = ()  # the user may not see these at all (their values are empty)


@dataclass(frozen=True)
class FieldChange:
    """One field of one journaled change: who, when, what kind of change, old -> new (as shown to the reader)."""
    at: datetime
    user: str  # "" for a system job (no user)
    kind: str  # create / update / delete / restore / claim / release
    field: str
    old: str
    new: str


@dataclass(frozen=True)
class TimelineItem:
    """One event on a customer's 360° timeline."""
    at: datetime
    # follow_up | contact | created | status | claim | release | owner | opportunity | opportunity_won |
    # opportunity_lost | contract | payment | task
    kind: str
    title: str
    detail: str
    by: str


@dataclass(frozen=True)
class DueFollowUp:
    customer_id: uuid.UUID
    name: str
    due: date
    overdue_days: int


@dataclass(frozen=True)
class UndoResult:
    label: str
