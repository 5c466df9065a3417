"""Times as the user reads them. The database keeps every time as naive UTC (the unit of work stamps
`utcnow()`, sync compares them across machines); a screen, or a message a service writes for one, shows it
in the computer's local time, or a rep in
Beijing (UTC+8) would see a follow-up made at 09:30 as 01:30, and one made before 08:00 on the day before."""

from __future__ import annotations

from datetime import UTC, datetime

MINUTES = "%Y-%m-%d %H:%M"
SECONDS = "%Y-%m-%d %H:%M:%S"
DAY = "%Y-%m-%d"


def local_time(value: datetime | str | None, *, seconds: bool = False, fmt: str | None = None) -> str:
    """A stored time (naive UTC, as a datetime or ISO text) in local time; "" for none."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone().strftime(fmt or (SECONDS if seconds else MINUTES))


def local_day(value: datetime | str | None) -> str:
    """The local calendar day of a stored time."""
    return local_time(value, fmt=DAY)


__all__ = ["DAY", "MINUTES", "SECONDS", "local_day", "local_time"]
