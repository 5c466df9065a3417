"""A business-hours calendar that SLA clocks run on: weekly opening hours, holidays, and make-up working
days (调休), in the office's time zone.

The app stores naive UTC everywhere, so every datetime in and out of this module is naive UTC; each
working interval is turned into a UTC window of its own, which keeps the arithmetic right in zones with
daylight saving too. Windows are half-open [open, close): a ticket raised at 12:00 sharp waits for the
afternoon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .errors import CrmError

Window = tuple[datetime, datetime]

# A Chinese office week: Monday to Friday with a lunch break.
DEFAULT_HOURS: dict[str, list[list[str]]] = {
    str(day): [["09:00", "12:00"], ["13:30", "18:00"]] for day in range(1, 6)
}
# Three years of nothing but holidays means the calendar is broken, not that the SLA is far away.
MAX_CLOSED_DAYS = 3 * 366
# "24:00" closes a day that runs to midnight; time() cannot say 24:00, so time.max stands for it.
END_OF_DAY = time.max


class CalendarError(CrmError):
    """Codes: calendar_bad_hours (weekday, value), calendar_bad_date (value), calendar_bad_time_zone
    (value), calendar_no_hours."""

    code = "calendar_bad_hours"


@dataclass(frozen=True)
class BusinessCalendar:
    hours: dict[int, tuple[tuple[time, time], ...]]
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    time_zone: str = "Asia/Shanghai"
    # 调休 days are worked "as a Monday" unless the office says otherwise.
    makeup_weekday: int = 1
    # The per-day windows in UTC, filled on demand; excluded from == so two equal calendars stay equal.
    _windows_cache: dict[date, tuple[Window, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        for weekday, intervals in self.hours.items():
            if weekday not in range(1, 8):
                raise CalendarError("calendar_bad_hours", weekday=weekday, value=weekday)
            _check_intervals(weekday, intervals)
        if self.makeup_weekday not in range(1, 8):
            raise CalendarError("calendar_bad_hours", weekday=self.makeup_weekday, value="makeup_weekday")
        try:
            ZoneInfo(self.time_zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise CalendarError("calendar_bad_time_zone", value=self.time_zone) from exc

    @classmethod
    def from_record(
        cls,
        hours: dict,
        holidays: list[str],
        workdays: list[str],
        time_zone: str = "Asia/Shanghai",
        makeup_weekday: int = 1,
    ) -> BusinessCalendar:
        """From the JSON-shaped record: {"1": [["09:00", "18:00"]], ...} and ISO date strings."""
        parsed: dict[int, tuple[tuple[time, time], ...]] = {}
        for key, intervals in (hours or {}).items():
            weekday = _weekday(key)
            if not isinstance(intervals, list | tuple):
                raise CalendarError("calendar_bad_hours", weekday=key, value=intervals)
            # Admins type intervals in any order; overlaps are still refused after sorting.
            parsed[weekday] = tuple(sorted(_parse_interval(weekday, pair) for pair in intervals))
        return cls(
            hours=parsed,
            holidays=frozenset(_parse_date(text) for text in holidays or ()),
            workdays=frozenset(_parse_date(text) for text in workdays or ()),
            time_zone=time_zone,
            makeup_weekday=makeup_weekday,
        )

    def check(self) -> None:
        """Refuse a calendar with no working minute in a whole week: no SLA could ever be met on it."""
        if not any(self.hours.get(weekday) for weekday in range(1, 8)):
            raise CalendarError("calendar_no_hours")

    def is_open(self, at: datetime) -> bool:
        day = self._local_date(at)
        return any(start <= at < end for start, end in self._windows(day))

    def add_minutes(self, start: datetime, minutes: int) -> datetime:
        """The moment `minutes` business minutes after `start`; with 0, the first business moment at or
        after `start` (when the clock of a ticket raised out of hours starts)."""
        if minutes < 0:
            raise ValueError("minutes must not be negative")
        self.check()
        remaining = timedelta(minutes=minutes)
        day = self._local_date(start)
        closed_days = 0
        while True:
            windows = [(max(lo, start), hi) for lo, hi in self._windows(day) if hi > start]
            if windows:
                closed_days = 0
                first_open = windows[0][0]
                if minutes == 0:
                    return first_open
                # Most of a long SLA is whole days: take a day in one step when it does not finish there.
                total = sum((hi - lo for lo, hi in windows), timedelta())
                if remaining > total:
                    remaining -= total
                else:
                    for lo, hi in windows:
                        if remaining <= hi - lo:
                            return lo + remaining
                        remaining -= hi - lo
            else:
                closed_days += 1
                if closed_days > MAX_CLOSED_DAYS:
                    raise CalendarError("calendar_no_hours")
            day += timedelta(days=1)

    def minutes_between(self, start: datetime, end: datetime) -> int:
        """Whole business minutes in [start, end); 0 when end is not after start."""
        if end <= start:
            return 0
        worked = timedelta()
        day, last = self._local_date(start), self._local_date(end)
        while day <= last:
            for lo, hi in self._windows(day):
                lo, hi = max(lo, start), min(hi, end)
                if hi > lo:
                    worked += hi - lo
            day += timedelta(days=1)
        return worked // timedelta(minutes=1)

    @cached_property
    def _zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    def _local_date(self, moment: datetime) -> date:
        return moment.replace(tzinfo=UTC).astimezone(self._zone).date()

    def _intervals(self, day: date) -> tuple[tuple[time, time], ...]:
        if day in self.holidays:
            return ()
        if day in self.workdays:
            return self.hours.get(self.makeup_weekday, ())
        return self.hours.get(day.isoweekday(), ())

    def _windows(self, day: date) -> tuple[Window, ...]:
        """The day's working intervals as naive UTC windows."""
        cached = self._windows_cache.get(day)
        if cached is None:
            cached = tuple((self._utc(day, lo), self._utc(day, hi)) for lo, hi in self._intervals(day))
            self._windows_cache[day] = cached
        return cached

    def _utc(self, day: date, at: time) -> datetime:
        local = (
            datetime.combine(day + timedelta(days=1), time(), self._zone)
            if at == END_OF_DAY
            else datetime.combine(day, at, self._zone)
        )
        return local.astimezone(UTC).replace(tzinfo=None)


def _weekday(key) -> int:
    try:
        weekday = int(key)
    except (TypeError, ValueError):
        weekday = 0
    if weekday not in range(1, 8):
        raise CalendarError("calendar_bad_hours", weekday=key, value=key)
    return weekday


def _parse_interval(weekday: int, pair) -> tuple[time, time]:
    if not isinstance(pair, list | tuple) or len(pair) != 2:
        raise CalendarError("calendar_bad_hours", weekday=weekday, value=pair)
    return _parse_time(weekday, pair[0], pair), _parse_time(weekday, pair[1], pair)


def _parse_time(weekday: int, text, pair) -> time:
    if text == "24:00":
        return END_OF_DAY
    try:
        hour, minute = (int(part) for part in str(text).split(":"))
        return time(hour, minute)
    except ValueError as exc:
        raise CalendarError("calendar_bad_hours", weekday=weekday, value=pair) from exc


def _check_intervals(weekday: int, intervals) -> None:
    previous_end: time | None = None
    for lo, hi in intervals:
        if hi <= lo or (previous_end is not None and lo < previous_end):
            raise CalendarError("calendar_bad_hours", weekday=weekday, value=[_hhmm(lo), _hhmm(hi)])
        previous_end = hi


def _hhmm(at: time) -> str:
    return "24:00" if at == END_OF_DAY else at.strftime("%H:%M")


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except (TypeError, ValueError) as exc:
        raise CalendarError("calendar_bad_date", value=text) from exc
