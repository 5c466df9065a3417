"""Receivable plan status and aging buckets: pure rules over amounts and dates."""

from __future__ import annotations

from datetime import date

AGING_BUCKETS = (("not_due", None, 0), ("1_30", 1, 30), ("31_60", 31, 60), ("61_90", 61, 90), ("over_90", 91, None))


def plan_status(amount: int, received: int, void: bool, due_on: date, today: date) -> str:
    """pending / partly_paid / paid / overdue / void (overdue wins over partly paid once the date passed)."""
    if void:
        return "void"
    if received >= amount:
        return "paid"
    if due_on < today:
        return "overdue"
    return "partly_paid" if received > 0 else "pending"


def bucket(due_on: date, today: date) -> str:
    late = (today - due_on).days
    for name, low, high in AGING_BUCKETS:
        if low is None and late < 1:
            return name
        if low is not None and late >= low and (high is None or late <= high):
            return name
    return "not_due"
