"""The service desk's setup, kept by administrators: the ticket workflow's steps and the moves between them,
service teams with their assignment rule, business calendars, and SLA policies. A new database starts with
the defaults of domain/service_desk.py (a server seeds its own at `server init`; a replica joining one
receives them by sync)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from ..data.models import BusinessCalendar, ServiceTeam, SlaPolicy, Ticket, TicketStatus
from ..domain.business_hours import BusinessCalendar as Calendar
from ..domain.business_hours import CalendarError
from ..domain.changes import Changes
from ..domain.errors import CrmError, FieldError, ValidationError
from ..domain.service_desk import (
    BUILTIN_STATUSES,
    DEFAULT_CALENDAR,
    DEFAULT_POLICIES,
    OFFICE_HOURS,
)
from .base import UserService

SEEDED_KEY = "service_desk_seeded"


def ensure_default(db, actor) -> None:
    if db.meta(SEEDED_KEY):
        return
    with db.connect() as conn:
        found = conn.execute(select(TicketStatus.id).limit(1)).first()
    if found is None:
        with db.unit_of_work(actor, "create the service desk's setup") as uow:
            for position, (code, name, kind, following) in enumerate(BUILTIN_STATUSES):
                uow.create(TicketStatus, code=code, name=name, kind=kind, position=position, next=list(following),
                           builtin=True)
            calendar = uow.create(BusinessCalendar, name=DEFAULT_CALENDAR, hours=OFFICE_HOURS, holidays=[],
                                  workdays=[])
            for position, (name, priority, response, resolve, warn) in enumerate(DEFAULT_POLICIES):
                uow.create(SlaPolicy, name=name, priority=priority, calendar_id=calendar.id,
                           first_response_minutes=response, resolve_minutes=resolve, warn_minutes=warn,
                           position=position)
            uow.commit()
    db.set_meta(SEEDED_KEY, "1")


@dataclass(frozen=True)
class StatusItem:
    id: uuid.UUID
    code: str
    name: str
    kind: str
    position: int
    next: tuple[str, ...]
    builtin: bool


@dataclass(frozen=True)
class TeamItem:
    id: uuid.UUID
    name: str
    lead_id: uuid.UUID | None
    members: tuple[uuid.UUID, ...]
    rule: str
    product_ids: tuple[uuid.UUID, ...]
    provinces: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class CalendarItem:
    id: uuid.UUID
    name: str
    hours: dict
    holidays: tuple[str, ...]
    workdays: tuple[str, ...]
    time_zone: str

    def calendar(self) -> Calendar:
        return Calendar.from_record(self.hours, list(self.holidays), list(self.workdays), self.time_zone)


@dataclass(frozen=True)
class PolicyItem:
    id: uuid.UUID
    name: str
    priority: str
    ticket_type: str
    calendar_id: uuid.UUID | None
    first_response_minutes: int
    resolve_minutes: int
    warn_minutes: int
    position: int
    active: bool


def statuses(conn) -> list[StatusItem]:
    return [StatusItem(r.id, r.code, r.name, r.kind, r.position, tuple(r.next or ()), bool(r.builtin))
            for r in conn.execute(select(TicketStatus.__table__).where(TicketStatus.deleted_at.is_(None))
                                  .order_by(TicketStatus.position, TicketStatus.code))]


def teams(conn) -> list[TeamItem]:
    return [TeamItem(r.id, r.name, r.lead_id, tuple(uuid.UUID(m) for m in r.members or ()), r.rule,
                     tuple(uuid.UUID(p) for p in r.product_ids or ()), tuple(r.provinces or ()), bool(r.active))
            for r in conn.execute(select(ServiceTeam.__table__).where(ServiceTeam.deleted_at.is_(None))
                                  .order_by(ServiceTeam.position, ServiceTeam.name))]


def calendars(conn) -> list[CalendarItem]:
    return [CalendarItem(r.id, r.name, dict(r.hours or {}), tuple(r.holidays or ()), tuple(r.workdays or ()),
                         r.time_zone)
            for r in conn.execute(select(BusinessCalendar.__table__).where(BusinessCalendar.deleted_at.is_(None))
                                  .order_by(BusinessCalendar.name))]


def policies(conn) -> list[PolicyItem]:
    return [PolicyItem(r.id, r.name, r.priority, r.ticket_type, r.calendar_id, r.first_response_minutes,
                       r.resolve_minutes, r.warn_minutes, r.position, bool(r.active))
            for r in conn.execute(select(SlaPolicy.__table__).where(SlaPolicy.deleted_at.is_(None))
                                  .order_by(SlaPolicy.position, SlaPolicy.name))]


def policy_for(all_policies: list[PolicyItem], priority: str, ticket_type: str) -> PolicyItem | None:
    """The most specific active policy: priority and type both named beats one named beats neither; then
    the administrator's order."""
    def fits(p: PolicyItem) -> bool:
        return p.active and p.priority in ("", priority) and p.ticket_type in ("", ticket_type)
    candidates = [p for p in all_policies if fits(p)]
    candidates.sort(key=lambda p: (-(bool(p.priority) + bool(p.ticket_type)), p.position))
    return candidates[0] if candidates else None


class ServiceSetupService(UserService):
    def _admin(self) -> None:
        self.access.require("tickets", "administer")

    def statuses(self) -> list[StatusItem]:
        with self.db.reading() as conn:
            return statuses(conn)

    def teams(self) -> list[TeamItem]:
        with self.db.reading() as conn:
            return teams(conn)

    def calendars(self) -> list[CalendarItem]:
        with self.db.reading() as conn:
            return calendars(conn)

    def policies(self) -> list[PolicyItem]:
        with self.db.reading() as conn:
            return policies(conn)

    # -- workflow ------------------------------------------------------------------------------------
    def save_status(self, status_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        """A step of the workflow: code, name, kind, next (codes it may move to). Built-in steps keep their
        code and kind (the ticket logic relies on them); their name and moves may change."""
        self._admin()
        with self.db.unit_of_work(self.actor, "edit ticket workflow") as uow:
            known = {s.code for s in statuses(uow.session.connection())}
            following = values.get("next")
            if following is not None:
                unknown = [c for c in following if c not in known and c != values.get("code")]
                if unknown:
                    raise ValidationError([FieldError("next", "unknown_status", {"codes": unknown})])
            if status_id is None:
                if values.get("code") in known:
                    raise ValidationError([FieldError("code", "duplicate")])
                row = uow.create(TicketStatus, builtin=False, **values)
            else:
                row = uow.get(TicketStatus, status_id)
                if row.builtin and (values.get("code", row.code) != row.code or values.get("kind", row.kind) != row.kind):
                    raise ValidationError([FieldError("code", "builtin_status")])
                uow.update(row, **values)
            return row.id, uow.commit()

    def delete_status(self, status_id: uuid.UUID) -> Changes:
        self._admin()
        with self.db.unit_of_work(self.actor, "delete ticket status") as uow:
            row = uow.get(TicketStatus, status_id)
            if row.builtin:
                raise ValidationError([FieldError("code", "builtin_status")])
            used = uow.session.scalar(select(Ticket.id).where(Ticket.status == row.code,
                                                               Ticket.deleted_at.is_(None)).limit(1))
            if used is not None:
                raise CrmError("status_in_use", status=row.name)
            uow.delete(row)
            return uow.commit()

    # -- teams ---------------------------------------------------------------------------------------
    def save_team(self, team_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        """name, lead_id, members (user ids), rule (manual / round_robin / least_open), product_ids,
        provinces."""
        self._admin()
        values = dict(values)
        for key in ("members", "product_ids"):
            if key in values:
                values[key] = [uuid.UUID(str(v)).hex for v in values[key]]
        with self.db.unit_of_work(self.actor, "edit service team") as uow:
            if team_id is None:
                row = uow.create(ServiceTeam, **values)
            else:
                row = uow.get(ServiceTeam, team_id)
                uow.update(row, **values)
            return row.id, uow.commit()

    def delete_team(self, team_id: uuid.UUID) -> Changes:
        self._admin()
        with self.db.unit_of_work(self.actor, "delete service team") as uow:
            uow.delete(uow.get(ServiceTeam, team_id))
            return uow.commit()

    # -- calendars and policies ----------------------------------------------------------------------
    def save_calendar(self, calendar_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        """name, hours ({"1": [["09:00", "18:00"]]}), holidays and workdays (ISO dates), time_zone. A calendar
        with no working time at all is refused: no SLA could ever be met on it."""
        self._admin()
        with self.db.unit_of_work(self.actor, "edit business calendar") as uow:
            row = uow.get(BusinessCalendar, calendar_id) if calendar_id else None
            merged = {"hours": row.hours if row else OFFICE_HOURS, "holidays": row.holidays if row else [],
                      "workdays": row.workdays if row else [],
                      "time_zone": row.time_zone if row else "Asia/Shanghai", **values}
            try:
                Calendar.from_record(merged["hours"], merged["holidays"], merged["workdays"],
                                     merged["time_zone"]).check()
            except CalendarError as exc:
                raise ValidationError([FieldError("hours", exc.code, exc.args_map)]) from exc
            if row is None:
                row = uow.create(BusinessCalendar, **values)
            else:
                uow.update(row, **values)
            return row.id, uow.commit()

    def save_policy(self, policy_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        self._admin()
        with self.db.unit_of_work(self.actor, "edit SLA policy") as uow:
            row = uow.get(SlaPolicy, policy_id) if policy_id else None
            calendar_id = values.get("calendar_id", row.calendar_id if row else None)
            if calendar_id is not None:
                uow.get(BusinessCalendar, calendar_id)
            response = values.get("first_response_minutes", row.first_response_minutes if row else 240)
            resolve = values.get("resolve_minutes", row.resolve_minutes if row else 2880)
            if response is not None and resolve is not None and resolve < response:
                raise ValidationError([FieldError("resolve_minutes", "before_response")])
            if row is None:
                row = uow.create(SlaPolicy, **values)
            else:
                uow.update(row, **values)
            return row.id, uow.commit()

    def delete_policy(self, policy_id: uuid.UUID) -> Changes:
        self._admin()
        with self.db.unit_of_work(self.actor, "delete SLA policy") as uow:
            uow.delete(uow.get(SlaPolicy, policy_id))
            return uow.commit()
