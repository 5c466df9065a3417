"""Target periods: a month ("2026-11") or a quarter ("2026-Q4"), as [start, end) dates."""

from __future__ import annotations

import re
from datetime import date

from .errors import FieldError

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")


def bounds(period: str) -> tuple[date, date]:
    if m := _MONTH.match(period):
        year, month = int(m.group(1)), int(m.group(2))
        return date(year, month, 1), date(year + month // 12, month % 12 + 1, 1)
    if m := _QUARTER.match(period):
        year, quarter = int(m.group(1)), int(m.group(2))
        start = date(year, 3 * quarter - 2, 1)
        return start, date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    raise ValueError(period)


def check(period: str) -> FieldError | None:
    try:
        bounds(period)
    except ValueError:
        return FieldError("period", "not_a_period")
    return None


def month_of(day: date) -> str:
    return f"{day:%Y-%m}"


def quarter_of(day: date) -> str:
    return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
