"""Tasks and meetings to and from iCalendar (.ics, RFC 5545) for Outlook and other calendars (icalendar).

Export: meetings, calls and visits as VEVENT, tasks as VTODO, times in UTC, a VALARM for a reminder, the
task's UID kept so a calendar updates instead of duplicating. Import: VEVENT and VTODO with their time zones
(a TZID from the IANA database, or a VTIMEZONE the file carries, such as Asia/Shanghai), floating times read
as local time, all-day entries at the day's start; a UID seen before updates its task. A component that
cannot be read is reported with why, and the rest still import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar

from ..domain.errors import CrmError
from .tasks import TaskItem, TaskService

PRODID = "-//crm-desktop//CRM Desktop//ZH"
EVENT_KINDS = ("meeting", "call", "visit")


@dataclass
class IcsImport:
    created: int = 0
    updated: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (summary or uid, why)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC)


def to_ics(tasks: list[TaskItem]) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    for t in tasks:
        component = icalendar.Event() if t.kind in EVENT_KINDS else icalendar.Todo()
        component.add("uid", t.ical_uid or f"{t.id}@crm-desktop")
        component.add("summary", t.title)
        component.add("dtstamp", datetime.now(UTC))
        if t.kind in EVENT_KINDS:
            component.add("dtstart", _utc(t.due_at))
            component.add("dtend", _utc(t.ends_at or t.due_at + timedelta(hours=1)))
        else:
            component.add("dtstart", _utc(t.due_at))
            component.add("due", _utc(t.due_at))
            if t.done_at:
                component.add("status", "COMPLETED")
                component.add("completed", _utc(t.done_at))
        if t.location:
            component.add("location", t.location)
        description = "\n".join(x for x in (t.customer_name, t.notes) if x)
        if description:
            component.add("description", description)
        component.add("categories", [t.kind.upper()])
        if t.remind_at:
            alarm = icalendar.Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", t.title)
            alarm.add("trigger", t.remind_at - t.due_at)
            component.add_component(alarm)
        cal.add_component(component)
    return cal.to_ical()


def _as_utc_naive(value, local_tz) -> datetime:
    if isinstance(value, datetime):
        if value.tzinfo is None:  # a floating time: the user's own clock
            value = value.replace(tzinfo=local_tz)
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, date):  # an all-day entry starts at the day's beginning, locally
        return datetime.combine(value, time(0, 0), local_tz).astimezone(UTC).replace(tzinfo=None)
    raise ValueError(f"not a date or time: {value!r}")


def _decoded(component, name: str):
    prop = component.get(name)
    return None if prop is None else prop.dt


def import_ics(service: TaskService, path: str | Path, *, local_tz=None) -> IcsImport:
    """Read an .ics file into tasks (the importing user's)."""
    local_tz = local_tz or datetime.now().astimezone().tzinfo
    try:
        raw = Path(path).read_bytes()
        calendars = icalendar.Calendar.from_ical(raw, multiple=True)
    except (OSError, ValueError) as exc:
        raise CrmError("file_unreadable", path=str(path), detail=str(exc)) from exc
    result = IcsImport()
    for cal in calendars:
        for component in cal.walk():
            if component.name not in ("VEVENT", "VTODO"):
                continue
            label = str(component.get("summary") or component.get("uid") or component.name)
            try:
                start = _decoded(component, "dtstart") or _decoded(component, "due")
                if start is None:
                    result.skipped.append((label, "no start or due time"))
                    continue
                due_at = _as_utc_naive(start, local_tz)
                end = _decoded(component, "dtend") or (
                    _decoded(component, "due") if component.name == "VTODO" else None)
                ends_at = _as_utc_naive(end, local_tz) if end is not None else None
                if ends_at is not None and ends_at < due_at:
                    ends_at = None
                duration = _decoded(component, "duration")
                if ends_at is None and isinstance(duration, timedelta) and component.name == "VEVENT":
                    ends_at = due_at + duration
                remind_at = None
                for alarm in component.walk("VALARM"):
                    trigger = _decoded(alarm, "trigger")
                    if isinstance(trigger, timedelta):
                        remind_at = due_at + trigger
                    elif trigger is not None:
                        remind_at = _as_utc_naive(trigger, local_tz)
                    break
                status = str(component.get("status") or "").upper()
                completed = _decoded(component, "completed")
                values = {
                    "kind": "meeting" if component.name == "VEVENT" else "task",
                    "title": (str(component.get("summary") or "").strip() or "(untitled)")[:200],
                    "due_at": due_at, "ends_at": ends_at if component.name == "VEVENT" else None,
                    "remind_at": remind_at, "location": str(component.get("location") or "")[:200],
                    "notes": str(component.get("description") or "")[:4000],
                    "done_at": _as_utc_naive(completed, local_tz) if completed else (
                        due_at if status == "COMPLETED" else None),
                    "ical_uid": str(component.get("uid") or "")[:200]}
            except (ValueError, TypeError, AttributeError) as exc:
                result.skipped.append((label, str(exc)))
                continue
            existing = service.by_uid(values["ical_uid"]) if values["ical_uid"] else None
            try:
                if existing:
                    service.update(existing, {k: v for k, v in values.items() if k != "kind"})
                    result.updated += 1
                else:
                    service.create(values)
                    result.created += 1
            except CrmError as exc:
                result.skipped.append((label, exc.code))
    return result


def export_ics(service: TaskService, path: str | Path, tasks: list[TaskItem] | None = None) -> int:
    tasks = service.all_open() if tasks is None else tasks
    Path(path).write_bytes(to_ics(tasks))
    return len(tasks)
