"""The business-hours calendar SLA clocks run on. Times in and out are naive UTC; Shanghai is UTC+8, so
09:00 in the office is 01:00 in the database. The 国庆节 dates below are this test's own data, shaped like
the 2026 schedule: 10-01..10-07 off, Sunday 09-27 and Saturday 10-10 worked (调休)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.business_hours import (
    DEFAULT_HOURS,
    BusinessCalendar,
    CalendarError,
)
from crm_desktop.domain.errors import CrmError

NATIONAL_DAY = [f"2026-10-0{day}" for day in range(1, 8)]
MAKEUP_DAYS = ["2026-09-27", "2026-10-10"]


def shanghai(year, month, day, hour=0, minute=0) -> datetime:
    """A Shanghai wall-clock time as the naive UTC the app stores."""
    return datetime(year, month, day, hour, minute) - timedelta(hours=8)


@pytest.fixture
def office() -> BusinessCalendar:
    return BusinessCalendar.from_record(DEFAULT_HOURS, NATIONAL_DAY, MAKEUP_DAYS)


def test_default_hours_are_a_chinese_office_week():
    assert set(DEFAULT_HOURS) == {"1", "2", "3", "4", "5"}
    assert DEFAULT_HOURS["1"] == [["09:00", "12:00"], ["13:30", "18:00"]]


def test_nine_in_shanghai_is_one_in_utc(office):
    assert office.is_open(datetime(2026, 11, 2, 1, 0))
    assert not office.is_open(datetime(2026, 11, 2, 0, 59))
    assert office.add_minutes(datetime(2026, 11, 2, 0, 0), 0) == datetime(2026, 11, 2, 1, 0)


def test_lunch_break_stops_the_clock(office):
    morning = shanghai(2026, 11, 2, 9)
    assert office.add_minutes(morning, 180) == shanghai(2026, 11, 2, 12)
    assert office.add_minutes(morning, 181) == shanghai(2026, 11, 2, 13, 31)
    assert not office.is_open(shanghai(2026, 11, 2, 12))
    assert office.is_open(shanghai(2026, 11, 2, 13, 30))
    assert not office.is_open(shanghai(2026, 11, 2, 18))
    assert office.minutes_between(morning, shanghai(2026, 11, 3, 9)) == 450
    assert office.minutes_between(shanghai(2026, 11, 2, 11, 30), shanghai(2026, 11, 2, 14)) == 60


def test_a_ticket_raised_friday_evening_starts_its_clock_on_monday(office):
    friday_evening = shanghai(2026, 11, 6, 20)
    assert office.add_minutes(friday_evening, 0) == shanghai(2026, 11, 9, 9)
    assert office.add_minutes(friday_evening, 60) == shanghai(2026, 11, 9, 10)
    assert office.minutes_between(friday_evening, shanghai(2026, 11, 9, 10)) == 60


def test_national_day_is_off_and_makeup_days_are_worked(office):
    assert not office.is_open(shanghai(2026, 10, 1, 10))
    assert not office.is_open(shanghai(2026, 10, 7, 10))
    assert office.is_open(shanghai(2026, 9, 27, 10))  # a Sunday, worked as a Monday
    assert office.is_open(shanghai(2026, 10, 10, 10))  # a Saturday, worked as a Monday
    assert not office.is_open(shanghai(2026, 10, 11, 10))  # an ordinary Sunday
    assert office.minutes_between(shanghai(2026, 9, 30, 17), shanghai(2026, 10, 8, 9)) == 60


def test_an_sla_runs_through_the_makeup_sunday(office):
    # Friday 17:00 + 8 h: one hour on Friday, Saturday off, then 7 h of the make-up Sunday.
    assert office.add_minutes(shanghai(2026, 9, 25, 17), 480) == shanghai(2026, 9, 27, 17, 30)


def test_an_sla_across_the_golden_week(office):
    # 60 on 09-30, 450 each on 10-08, 10-09 and the make-up 10-10, 450 on Monday 10-12, 140 on 10-13.
    assert office.add_minutes(shanghai(2026, 9, 30, 17), 2000) == shanghai(2026, 10, 13, 11, 20)
    without_makeup = BusinessCalendar.from_record(DEFAULT_HOURS, NATIONAL_DAY, [])
    assert without_makeup.add_minutes(shanghai(2026, 9, 30, 17), 2000) == shanghai(2026, 10, 14, 11, 20)


def test_makeup_days_use_the_makeup_weekdays_hours():
    hours = {"1": [["08:00", "12:00"]], "2": [["10:00", "16:00"]]}
    saturday = ["2026-10-10"]
    as_monday = BusinessCalendar.from_record(hours, [], saturday)
    as_tuesday = BusinessCalendar.from_record(hours, [], saturday, makeup_weekday=2)
    assert as_monday.is_open(shanghai(2026, 10, 10, 8, 30))
    assert not as_tuesday.is_open(shanghai(2026, 10, 10, 8, 30))
    assert as_tuesday.is_open(shanghai(2026, 10, 10, 15, 30))


@settings(max_examples=300, deadline=None)
@given(
    raw=st.datetimes(min_value=datetime(2026, 1, 1), max_value=datetime(2027, 12, 31)),
    minutes=st.integers(min_value=0, max_value=60 * 450),
)
def test_minutes_between_inverts_add_minutes(raw, minutes):
    office = BusinessCalendar.from_record(DEFAULT_HOURS, NATIONAL_DAY, MAKEUP_DAYS)
    start = office.add_minutes(raw, 0)
    assert office.is_open(start)
    due = office.add_minutes(start, minutes)
    assert office.minutes_between(start, due) == minutes
    assert office.minutes_between(due, start) == 0


def test_a_year_of_business_minutes_is_exact(office):
    start = shanghai(2026, 1, 5, 9)
    due = office.add_minutes(start, 250 * 450)
    assert office.minutes_between(start, due) == 250 * 450


def test_a_calendar_without_hours_is_refused():
    empty = BusinessCalendar.from_record({}, [], [])
    with pytest.raises(CalendarError) as caught:
        empty.check()
    assert caught.value.code == "calendar_no_hours"
    assert isinstance(caught.value, CrmError)
    with pytest.raises(CalendarError, match="calendar_no_hours"):
        empty.add_minutes(datetime(2026, 1, 1), 0)
    BusinessCalendar.from_record(DEFAULT_HOURS, [], []).check()


def test_years_of_holidays_raise_rather_than_loop():
    mondays = [(date(2026, 1, 5) + timedelta(weeks=week)).isoformat() for week in range(52 * 4)]
    only_mondays = BusinessCalendar.from_record({"1": [["09:00", "18:00"]]}, mondays, [])
    with pytest.raises(CalendarError, match="calendar_no_hours"):
        only_mondays.add_minutes(datetime(2026, 1, 1), 60)


@pytest.mark.parametrize(
    ("hours", "weekday"),
    [
        ({"3": [["09:00", "25:00"]]}, 3),
        ({"2": [["9am", "18:00"]]}, 2),
        ({"4": [["18:00", "09:00"]]}, 4),
        ({"5": [["09:00", "09:00"]]}, 5),
        ({"1": [["09:00", "12:00"], ["11:00", "13:00"]]}, 1),
        ({"6": [["09:00"]]}, 6),
        ({"8": [["09:00", "18:00"]]}, "8"),
    ],
)
def test_malformed_hours_name_the_weekday(hours, weekday):
    with pytest.raises(CalendarError) as caught:
        BusinessCalendar.from_record(hours, [], [])
    assert caught.value.code == "calendar_bad_hours"
    assert caught.value.args_map["weekday"] == weekday
    assert "value" in caught.value.args_map


def test_intervals_in_any_order_are_sorted():
    calendar = BusinessCalendar.from_record({"1": [["13:30", "18:00"], ["09:00", "12:00"]]}, [], [])
    assert calendar.hours[1] == ((time(9), time(12)), (time(13, 30), time(18)))


def test_bad_dates_and_zones_are_refused():
    with pytest.raises(CalendarError, match="calendar_bad_date"):
        BusinessCalendar.from_record(DEFAULT_HOURS, ["2026-13-01"], [])
    with pytest.raises(CalendarError, match="calendar_bad_time_zone"):
        BusinessCalendar.from_record(DEFAULT_HOURS, [], [], time_zone="Mars/Olympus")


def test_round_the_clock_desk_uses_24_00():
    always = BusinessCalendar.from_record({str(day): [["00:00", "24:00"]] for day in range(1, 8)}, [], [])
    start = shanghai(2026, 11, 2)
    assert always.add_minutes(start, 7 * 24 * 60) == start + timedelta(days=7)
    assert always.is_open(shanghai(2026, 11, 2, 23, 59))


def test_windows_follow_daylight_saving():
    # Berlin moves to summer time on 2026-03-29: 09:00 is 08:00 UTC on Friday, 07:00 UTC on Monday.
    berlin = BusinessCalendar.from_record({str(d): [["09:00", "17:00"]] for d in range(1, 6)}, [], [],
                                          time_zone="Europe/Berlin")
    friday_five = datetime(2026, 3, 27, 16, 0)
    assert berlin.add_minutes(friday_five, 60) == datetime(2026, 3, 30, 8, 0)
    assert berlin.minutes_between(friday_five, datetime(2026, 3, 30, 8, 0)) == 60


def test_negative_minutes_are_a_programming_error(office):
    with pytest.raises(ValueError):
        office.add_minutes(datetime(2026, 11, 2), -1)
