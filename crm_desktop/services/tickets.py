"""Service tickets (服务请求 -> 派单 -> 处理 -> 反馈): creation (a form, a phone call, a dropped e-mail),
assignment by team rules, the workflow, replies and internal notes, the SLA clock on the team's business
calendar with warnings and escalation, satisfaction, work orders for field visits, and return visits.

Every change goes through the unit of work like any record, and the ticket's timeline is its comments (kind
"event" for what the system did: the UI words the event's code), its work orders and its return visits.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import and_, func, or_, select, union_all

from ..data.models import (
    Attachment,
    Contact,
    Customer,
    Product,
    ReturnVisit,
    ServiceTeam,
    Ticket,
    TicketComment,
    User,
    WorkOrder,
)
from ..domain.access import PermissionDenied
from ..domain.business_hours import BusinessCalendar as Calendar
from ..domain.business_hours import CalendarError
from ..domain.changes import Changes
from ..domain.errors import CrmError, FieldError, NotFound, ValidationError
from . import service_setup
from .base import UserService
from .contracts import next_number

if TYPE_CHECKING:
    from .eml import EmailDraft

MAX_ATTACHMENT = 25 * 1024 * 1024
OPEN_KINDS = ("new", "open", "waiting")
RETURN_VISIT_AFTER = timedelta(days=3)


@dataclass(frozen=True)
class TicketRow:
    """One line of a queue."""
    id: uuid.UUID
    number: str
    subject: str
    ticket_type: str
    channel: str
    priority: str
    status: str
    customer_name: str
    assignee_name: str
    created_at: datetime
    response_due: datetime | None
    resolve_due: datetime | None
    responded_at: datetime | None
    resolved_at: datetime | None
    breached: bool


@dataclass(frozen=True)
class TimelineItem:
    at: datetime
    kind: str  # comment note event work_order return_visit attachment
    author: str
    body: str
    event: dict
    row_id: uuid.UUID


@dataclass(frozen=True)
class TicketDetail:
    id: uuid.UUID
    number: str
    subject: str
    description: str
    ticket_type: str
    channel: str
    priority: str
    status: str
    customer_id: uuid.UUID | None
    customer_name: str
    contact_id: uuid.UUID | None
    contact_name: str
    product_id: uuid.UUID | None
    province: str
    team_id: uuid.UUID | None
    owner_id: uuid.UUID | None
    assignee_name: str
    created_at: datetime
    response_due: datetime | None
    resolve_due: datetime | None
    responded_at: datetime | None
    resolved_at: datetime | None
    closed_at: datetime | None
    response_minutes: int | None
    resolve_minutes: int | None
    response_breached: bool
    resolve_breached: bool
    escalated_at: datetime | None
    satisfaction: int | None
    satisfaction_comment: str
    source_ref: str
    timeline: tuple[TimelineItem, ...]
    attachments: tuple[tuple[uuid.UUID, str, int], ...]
    work_orders: tuple[WorkOrderItem, ...]
    return_visits: tuple[ReturnVisitItem, ...]


@dataclass(frozen=True)
class WorkOrderItem:
    id: uuid.UUID
    ticket_id: uuid.UUID
    number: str
    status: str
    technician_id: uuid.UUID | None
    technician_name: str
    scheduled_at: datetime | None
    address: str
    instructions: str
    visited_at: datetime | None
    result: str
    parts: tuple[dict, ...]
    signed_by: str
    signed_at: datetime | None


@dataclass(frozen=True)
class ReturnVisitItem:
    id: uuid.UUID
    ticket_id: uuid.UUID | None
    customer_id: uuid.UUID | None
    customer_name: str
    due_at: datetime
    done_at: datetime | None
    outcome: str
    score: int | None
    notes: str


@dataclass(frozen=True)
class SlaState:
    """Where a ticket's clocks stand now, in business minutes (negative: overdue by that much)."""
    response_left: int | None
    resolve_left: int | None
    response_breached: bool
    resolve_breached: bool
    paused: bool


@dataclass(frozen=True)
class SlaAlert:
    ticket_id: uuid.UUID
    number: str
    subject: str
    kind: str  # warning | response_breach | resolve_breach
    lead_id: uuid.UUID | None  # whom an escalation goes to


class TicketService(UserService):
    # -- scope ---------------------------------------------------------------------------------------
    def _my_teams(self, conn) -> list[uuid.UUID]:
        me = self.actor.user_id.hex
        return [t.id for t in service_setup.teams(conn) if t.lead_id == self.actor.user_id
                or any(m.hex == me for m in t.members)]

    def _scope(self, conn) -> list:
        clauses = [Ticket.deleted_at.is_(None)]
        inside = []
        if self.access.owner_ids is not None:
            inside.append(Ticket.owner_id.in_(list(self.access.owner_ids)))
        if self.access.department_ids is not None:
            inside.append(Ticket.department_id.in_(list(self.access.department_ids)))
        if inside:
            mine = and_(*inside)
            teams = self._my_teams(conn)
            clauses.append(or_(mine, Ticket.team_id.in_(teams)) if teams else mine)
        return clauses

    def _check(self, conn, ticket, action: str) -> None:
        self.access.require("tickets", action)
        if self.access.covers(ticket.owner_id, ticket.department_id):
            return
        if ticket.team_id is not None and ticket.team_id in self._my_teams(conn):
            return
        raise PermissionDenied(module="tickets", action=action, reason="out_of_scope")

    def _status_kinds(self, conn) -> dict[str, str]:
        return {s.code: s.kind for s in service_setup.statuses(conn)}

    def _calendar(self, conn, policy) -> Calendar | None:
        if policy is None or policy.calendar_id is None:
            return None
        for item in service_setup.calendars(conn):
            if item.id == policy.calendar_id:
                return item.calendar()
        return None

    # -- queues --------------------------------------------------------------------------------------
    def _queue_clauses(self, conn, queue: str) -> tuple[list, list[str]]:
        """The filter of a queue and the statuses it walks: mine, unassigned, team:<id>, open, breached,
        resolved, work_orders, return_visits, all."""
        kinds = self._status_kinds(conn)
        open_codes = [c for c, k in kinds.items() if k in OPEN_KINDS]
        clauses = self._scope(conn)
        codes = open_codes
        if queue == "mine":
            clauses.append(Ticket.owner_id == self.actor.user_id)
        elif queue == "unassigned":  # nobody was given it yet: it is still in a step of kind "new"
            codes = [c for c, k in kinds.items() if k == "new"]
        elif queue.startswith("team:"):
            clauses.append(Ticket.team_id == uuid.UUID(queue[5:]))
        elif queue == "breached":
            clauses.append(or_(Ticket.response_breached.is_(True), Ticket.resolve_breached.is_(True)))
        elif queue == "resolved":
            codes = [c for c, k in kinds.items() if k in ("resolved", "closed")]
        elif queue == "all":
            codes = list(kinds)
        elif queue == "work_orders":  # tickets with a visit of mine still to make (a technician's list)
            codes = list(kinds)
            clauses = [Ticket.deleted_at.is_(None), Ticket.id.in_(select(WorkOrder.ticket_id).where(
                WorkOrder.owner_id == self.actor.user_id, WorkOrder.status.in_(("dispatched", "visited")),
                WorkOrder.deleted_at.is_(None)))]
        elif queue == "return_visits":  # resolved tickets with a return visit of mine still to make
            codes = list(kinds)
            clauses.append(Ticket.id.in_(select(ReturnVisit.ticket_id).where(
                ReturnVisit.owner_id == self.actor.user_id, ReturnVisit.done_at.is_(None),
                ReturnVisit.deleted_at.is_(None))))
        elif queue != "open":
            raise ValueError(f"unknown queue {queue!r}")
        return clauses, codes

    def window(self, queue: str, *, after: uuid.UUID | None = None, limit: int = 200,
               status: str | None = None) -> list[TicketRow]:
        """Newest first, `limit` rows after the ticket `after` (keyset on the time-ordered id). Each status is
        walked through its own (status, id) index and the walks merged, so a queue opens at once over a
        million tickets whatever the mix of statuses."""
        self.access.require("tickets", "view")
        with self.db.reading() as conn:
            clauses, codes = self._queue_clauses(conn, queue)
            if status:
                codes = [c for c in codes if c == status]
            if not codes:
                return []
            parts = []
            for code in codes:
                part = select(Ticket.id).where(*clauses, Ticket.status == code)
                if after is not None:
                    part = part.where(Ticket.id < after)
                parts.append(part.order_by(Ticket.id.desc()).limit(limit))
            merged = union_all(*[select(p.subquery()) for p in parts]).subquery()
            ids = [r[0] for r in conn.execute(select(merged.c.id).order_by(merged.c.id.desc()).limit(limit))]
            return self._rows(conn, ids)

    def count(self, queue: str, status: str | None = None) -> int:
        self.access.require("tickets", "view")
        with self.db.reading() as conn:
            clauses, codes = self._queue_clauses(conn, queue)
            if status:
                codes = [c for c in codes if c == status]
            if not codes:
                return 0
            return conn.execute(select(func.count()).select_from(Ticket).where(
                *clauses, Ticket.status.in_(codes))).scalar()

    def _rows(self, conn, ids: list[uuid.UUID]) -> list[TicketRow]:
        if not ids:
            return []
        rows = {r.id: r for r in conn.execute(
            select(Ticket.id, Ticket.number, Ticket.subject, Ticket.ticket_type, Ticket.channel, Ticket.priority,
                   Ticket.status, Ticket.created_at, Ticket.response_due, Ticket.resolve_due, Ticket.responded_at,
                   Ticket.resolved_at, Ticket.response_breached, Ticket.resolve_breached, Ticket.owner_id,
                   Customer.name.label("customer_name"))
            .outerjoin(Customer, Customer.id == Ticket.customer_id).where(Ticket.id.in_(ids)))}
        users = self._user_names(conn, {r.owner_id for r in rows.values() if r.owner_id})
        return [TicketRow(r.id, r.number, r.subject, r.ticket_type, r.channel, r.priority, r.status,
                          r.customer_name or "", users.get(r.owner_id, ""), r.created_at, r.response_due,
                          r.resolve_due, r.responded_at, r.resolved_at,
                          bool(r.response_breached or r.resolve_breached))
                for r in (rows[i] for i in ids if i in rows)]

    @staticmethod
    def _user_names(conn, ids) -> dict:
        ids = {i for i in ids if i}
        if not ids:
            return {}
        return dict(conn.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())

    # -- one ticket ----------------------------------------------------------------------------------
    def get(self, ticket_id: uuid.UUID) -> TicketDetail:
        self.access.require("tickets", "view")
        with self.db.reading() as conn:
            t = conn.execute(select(Ticket.__table__).where(Ticket.id == ticket_id,
                                                           Ticket.deleted_at.is_(None))).first()
            if t is None:
                raise NotFound(entity="ticket", id=str(ticket_id))
            self._check(conn, t, "view")
            customer = conn.execute(select(Customer.name).where(Customer.id == t.customer_id)).scalar() \
                if t.customer_id else None
            contact = conn.execute(select(Contact.name).where(Contact.id == t.contact_id)).scalar() \
                if t.contact_id else None
            comments = conn.execute(select(TicketComment.__table__).where(
                TicketComment.ticket_id == ticket_id, TicketComment.deleted_at.is_(None))
                .order_by(TicketComment.created_at, TicketComment.id)).all()
            files = conn.execute(select(Attachment.id, Attachment.file_name, Attachment.size, Attachment.created_at,
                                        Attachment.created_by).where(
                Attachment.entity == "ticket", Attachment.row_id == ticket_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.created_at)).all()
            orders = self._work_orders(conn, WorkOrder.ticket_id == ticket_id)
            visits = self._visits(conn, ReturnVisit.ticket_id == ticket_id)
            names = self._user_names(conn, {t.owner_id} | {c.created_by for c in comments}
                                     | {f.created_by for f in files})
        timeline = [TimelineItem(c.created_at, c.kind, names.get(c.created_by, ""), c.body, dict(c.event or {}),
                                 c.id) for c in comments]
        timeline += [TimelineItem(f.created_at, "attachment", names.get(f.created_by, ""), f.file_name, {}, f.id)
                     for f in files]
        timeline += [TimelineItem(w.visited_at or w.scheduled_at or t.created_at, "work_order", w.technician_name,
                                  w.result or w.instructions, {"number": w.number, "status": w.status}, w.id)
                     for w in orders]
        timeline += [TimelineItem(v.done_at or v.due_at, "return_visit", "", v.notes,
                                  {"outcome": v.outcome, "score": v.score}, v.id) for v in visits]
        timeline.sort(key=lambda i: i.at)
        return TicketDetail(
            t.id, t.number, t.subject, t.description, t.ticket_type, t.channel, t.priority, t.status,
            t.customer_id, customer or "", t.contact_id, contact or "", t.product_id, t.province, t.team_id,
            t.owner_id, names.get(t.owner_id, ""), t.created_at, t.response_due, t.resolve_due, t.responded_at,
            t.resolved_at, t.closed_at, t.response_minutes, t.resolve_minutes, bool(t.response_breached),
            bool(t.resolve_breached), t.escalated_at, t.satisfaction, t.satisfaction_comment, t.source_ref,
            tuple(timeline), tuple((f.id, f.file_name, f.size) for f in files), tuple(orders), tuple(visits))

    def attachment(self, attachment_id: uuid.UUID) -> tuple[str, bytes]:
        self.access.require("tickets", "view")
        with self.db.reading() as conn:
            row = conn.execute(select(Attachment.file_name, Attachment.data, Attachment.row_id).where(
                Attachment.id == attachment_id, Attachment.entity == "ticket")).first()
            if row is None:
                raise NotFound(entity="attachment", id=str(attachment_id))
            ticket = conn.execute(select(Ticket.__table__).where(Ticket.id == row.row_id)).first()
            self._check(conn, ticket, "view")
        return row.file_name, row.data

    def sla_state(self, ticket_id: uuid.UUID, now: datetime) -> SlaState:
        """Business minutes left on each clock at `now` (what the ticket screen shows, ticking)."""
        with self.db.reading() as conn:
            t = conn.execute(select(Ticket.__table__).where(Ticket.id == ticket_id)).first()
            if t is None:
                raise NotFound(entity="ticket", id=str(ticket_id))
            kind = self._status_kinds(conn).get(t.status, "open")
            calendar = self._calendar(conn, self._policy_item(conn, t.sla_policy_id))
        return self._state(t, kind, calendar, now)

    @staticmethod
    def _state(t, kind: str, calendar: Calendar | None, now: datetime) -> SlaState:
        def left(due, stopped):
            if due is None or stopped is not None:
                return None
            if calendar is None:
                return int((due - now).total_seconds() // 60)
            return calendar.minutes_between(now, due) if due > now else -calendar.minutes_between(due, now)
        return SlaState(left(t.response_due, t.responded_at), left(t.resolve_due, t.resolved_at),
                        bool(t.response_breached), bool(t.resolve_breached), kind == "waiting")

    @staticmethod
    def _policy_item(conn, policy_id):
        if policy_id is None:
            return None
        return next((p for p in service_setup.policies(conn) if p.id == policy_id), None)

    # -- creating ------------------------------------------------------------------------------------
    def create(self, values: dict, *, attachments: tuple[tuple[str, bytes], ...] = ()) -> tuple[uuid.UUID, Changes]:
        """subject, description, ticket_type, channel, priority, customer_id, contact_id, product_id, province,
        team_id, owner_id (the assignee; otherwise the team's rule decides), source_ref."""
        self.access.require("tickets", "create")
        values = dict(values)
        assignee = values.pop("owner_id", None)
        with self.db.unit_of_work(self.actor, "new ticket") as uow:
            conn = uow.session.connection()
            now = self.db.now()
            if values.get("contact_id") and not values.get("customer_id"):
                values["customer_id"] = uow.get(Contact, values["contact_id"]).customer_id
            if values.get("customer_id") and not values.get("province"):
                values["province"] = uow.get(Customer, values["customer_id"]).province or ""
            values["number"] = next_number(uow, "ticket", now.date(), Ticket)
            values.setdefault("status", "new")
            # Until someone is assigned, the ticket is its creator's (scope needs an owner); the "new" step
            # is what marks it unassigned.
            ticket = uow.create(Ticket, **values)
            self._event(uow, ticket, "created", channel=ticket.channel)
            self._start_clock(conn, uow, ticket, now)
            team = self._route(conn, ticket)
            if team is not None and ticket.team_id is None:
                uow.update(ticket, team_id=team.id)
            if assignee is None and team is not None:
                assignee = self._pick(conn, team)
            if assignee is not None:
                self._assign(uow, ticket, assignee)
            for name, data in attachments:
                self._attach(uow, ticket, name, data)
            return ticket.id, uow.commit()

    def create_from_email(self, draft: EmailDraft, values: dict | None = None) -> tuple[uuid.UUID, bool, Changes]:
        """A ticket from an e-mail: subject, body, the sender matched to a contact by address (and so to a
        customer), attachments kept. The same message dropped twice gives the ticket it made the first time
        (created False)."""
        self.access.require("tickets", "create")
        with self.db.reading() as conn:
            if draft.message_id:
                known = conn.execute(select(Ticket.id).where(Ticket.source_ref == draft.message_id,
                                                             Ticket.deleted_at.is_(None))).scalar()
                if known is not None:
                    return known, False, Changes()
            contact = None
            if draft.sender_email:
                contact = conn.execute(select(Contact.id, Contact.customer_id).where(
                    func.lower(Contact.email) == draft.sender_email, Contact.deleted_at.is_(None)).limit(1)).first()
            customer = None
            if contact is None and draft.sender_email:
                customer = conn.execute(select(Customer.id).where(
                    func.lower(Customer.email) == draft.sender_email, Customer.deleted_at.is_(None)).limit(1)).scalar()
        body = draft.body
        if draft.sender_email and contact is None and customer is None:
            body = f"{draft.sender_name} <{draft.sender_email}>\n\n{body}".strip()
        fields = {"subject": (draft.subject or draft.sender_email or "(no subject)")[:200],
                  "description": body[:20000], "channel": "email", "source_ref": draft.message_id[:250],
                  "contact_id": contact.id if contact else None,
                  "customer_id": contact.customer_id if contact else customer, **(values or {})}
        ticket_id, changes = self.create(fields, attachments=draft.attachments)
        return ticket_id, True, changes

    def _start_clock(self, conn, uow, ticket, now: datetime) -> None:
        policy = service_setup.policy_for(service_setup.policies(conn), ticket.priority, ticket.ticket_type)
        if policy is None:
            return
        calendar = self._calendar(conn, policy)
        try:
            if calendar is not None:
                response = calendar.add_minutes(now, policy.first_response_minutes)
                resolve = calendar.add_minutes(now, policy.resolve_minutes)
            else:
                response = now + timedelta(minutes=policy.first_response_minutes)
                resolve = now + timedelta(minutes=policy.resolve_minutes)
        except CalendarError as exc:
            raise CrmError("sla_unreachable", policy=policy.name, reason=exc.code) from exc
        uow.update(ticket, sla_policy_id=policy.id, response_due=response, resolve_due=resolve)

    def _route(self, conn, ticket):
        """The team a new ticket goes to: the one named, else the first whose products or provinces match,
        else the first active team without any (the catch-all)."""
        all_teams = [t for t in service_setup.teams(conn) if t.active]
        if ticket.team_id is not None:
            return next((t for t in all_teams if t.id == ticket.team_id), None)
        for team in all_teams:
            if (ticket.product_id and ticket.product_id in team.product_ids) or \
                    (ticket.province and ticket.province in team.provinces):
                return team
        return next((t for t in all_teams if not t.product_ids and not t.provinces), None)

    def _pick(self, conn, team) -> uuid.UUID | None:
        if team.rule == "manual" or not team.members:
            return None
        members = list(team.members)
        if team.rule == "round_robin":
            last = conn.execute(select(Ticket.owner_id).where(
                Ticket.team_id == team.id, Ticket.owner_id.in_(members), Ticket.deleted_at.is_(None))
                .order_by(Ticket.created_at.desc(), Ticket.id.desc()).limit(1)).scalar()
            if last not in members:
                return members[0]
            return members[(members.index(last) + 1) % len(members)]
        kinds = self._status_kinds(conn)
        open_codes = [c for c, k in kinds.items() if k in OPEN_KINDS]
        load = dict(conn.execute(select(Ticket.owner_id, func.count()).where(
            Ticket.owner_id.in_(members), Ticket.status.in_(open_codes), Ticket.deleted_at.is_(None))
            .group_by(Ticket.owner_id)).all())
        return min(members, key=lambda m: (load.get(m, 0), members.index(m)))

    def _assign(self, uow, ticket, user_id: uuid.UUID) -> None:
        user = uow.get(User, user_id)
        before = ticket.owner_id
        uow.update(ticket, owner_id=user.id, department_id=user.department_id or ticket.department_id)
        if ticket.status in ("new", "reopened"):
            uow.update(ticket, status="assigned")
        self._event(uow, ticket, "assigned", to=user.display_name, previous=str(before) if before else "")

    def _event(self, uow, ticket, code: str, **args) -> None:
        uow.create(TicketComment, ticket_id=ticket.id, kind="event", body="", event={"code": code, **args},
                   owner_id=ticket.owner_id, department_id=ticket.department_id)

    def _attach(self, uow, ticket, name: str, data: bytes) -> None:
        if len(data) > MAX_ATTACHMENT:
            raise ValidationError([FieldError("file", "too_large", {"max_mb": MAX_ATTACHMENT // (1024 * 1024)})])
        uow.create(Attachment, entity="ticket", row_id=ticket.id, file_name=(name or "attachment")[:200],
                   size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data,
                   owner_id=ticket.owner_id, department_id=ticket.department_id)

    # -- working a ticket ----------------------------------------------------------------------------
    def _open(self, uow, ticket_id, action: str = "edit"):
        ticket = uow.get(Ticket, ticket_id)
        self._check(uow.session.connection(), ticket, action)
        return ticket

    def update(self, ticket_id: uuid.UUID, values: dict) -> Changes:
        """Edit the ticket's own fields (subject, description, type, channel, priority, customer, contact,
        product). A new priority or type re-targets the SLA from the ticket's creation."""
        with self.db.unit_of_work(self.actor, "edit ticket") as uow:
            ticket = self._open(uow, ticket_id)
            diff = uow.update(ticket, **values)
            if ("priority" in diff or "ticket_type" in diff) and ticket.resolved_at is None:
                self._start_clock(uow.session.connection(), uow, ticket, ticket.created_at)
                self._event(uow, ticket, "sla_retargeted", priority=ticket.priority)
            return uow.commit()

    def assign(self, ticket_id: uuid.UUID, user_id: uuid.UUID, team_id: uuid.UUID | None = None) -> Changes:
        with self.db.unit_of_work(self.actor, "assign ticket") as uow:
            ticket = self._open(uow, ticket_id)
            if team_id is not None and team_id != ticket.team_id:
                uow.get(ServiceTeam, team_id)
                uow.update(ticket, team_id=team_id)
            self._assign(uow, ticket, user_id)
            return uow.commit()

    def allowed_moves(self, ticket_id: uuid.UUID) -> list[str]:
        with self.db.reading() as conn:
            status = conn.execute(select(Ticket.status).where(Ticket.id == ticket_id)).scalar()
            return next((list(s.next) for s in service_setup.statuses(conn) if s.code == status), [])

    def move(self, ticket_id: uuid.UUID, status: str, comment: str = "") -> Changes:
        """Move along the workflow (only to a step the current one allows). Resolving stops the resolution
        clock and schedules a return visit; reopening starts it again."""
        with self.db.unit_of_work(self.actor, "move ticket") as uow:
            ticket = self._open(uow, ticket_id)
            conn = uow.session.connection()
            steps = {s.code: s for s in service_setup.statuses(conn)}
            current = steps.get(ticket.status)
            if status not in steps or (current is not None and status not in current.next):
                raise CrmError("move_not_allowed", source=ticket.status, target=status)
            now = self.db.now()
            kind = steps[status].kind
            values: dict = {"status": status}
            if current is not None and current.kind == "waiting" and kind != "waiting":
                values.update(self._resume_clock(uow, conn, ticket, now))
            if kind == "resolved" and ticket.resolved_at is None:
                values.update(resolved_at=now, resolve_minutes=self._taken(conn, ticket, now),
                              resolve_breached=bool(ticket.resolve_breached or (ticket.resolve_due and now > ticket.resolve_due)))
                if ticket.responded_at is None:
                    values.update(self._responded(conn, ticket, now))
            elif kind == "closed":
                values["closed_at"] = now
                if ticket.resolved_at is None:
                    values.update(resolved_at=now, resolve_minutes=self._taken(conn, ticket, now))
            elif kind in OPEN_KINDS and ticket.resolved_at is not None:  # reopened
                values.update(resolved_at=None, closed_at=None, resolve_minutes=None)
            uow.update(ticket, **values)
            self._event(uow, ticket, "status", source=current.name if current else "", target=steps[status].name,
                        code_to=status)
            if comment.strip():
                uow.create(TicketComment, ticket_id=ticket.id, kind="comment", body=comment,
                           owner_id=ticket.owner_id, department_id=ticket.department_id)
            if kind == "resolved" and ticket.customer_id is not None:
                pending = uow.session.scalar(select(ReturnVisit.id).where(
                    ReturnVisit.ticket_id == ticket.id, ReturnVisit.done_at.is_(None),
                    ReturnVisit.deleted_at.is_(None)).limit(1))
                if pending is None:
                    uow.create(ReturnVisit, ticket_id=ticket.id, customer_id=ticket.customer_id,
                               due_at=now + RETURN_VISIT_AFTER, owner_id=self.actor.user_id,
                               department_id=self.actor.department_id)
            return uow.commit()

    def _resume_clock(self, uow, conn, ticket, now: datetime) -> dict:
        """Leaving a waiting step: the clocks stood still while the customer had the ball, so each target
        still running moves later by the business minutes spent waiting (from when it entered the step)."""
        events = uow.session.scalars(select(TicketComment).where(
            TicketComment.ticket_id == ticket.id, TicketComment.kind == "event",
            TicketComment.deleted_at.is_(None)).order_by(TicketComment.created_at.desc())).all()
        since = next((e.created_at for e in events if e.event.get("code") == "status"
                      and e.event.get("code_to") == ticket.status), None)
        if since is None:
            return {}
        calendar = self._calendar(conn, self._policy_item(conn, ticket.sla_policy_id))
        waited = calendar.minutes_between(since, now) if calendar else int((now - since).total_seconds() // 60)
        if waited <= 0:
            return {}
        values = {}
        for field, stopped in (("response_due", ticket.responded_at), ("resolve_due", ticket.resolved_at)):
            due = getattr(ticket, field)
            if due is not None and stopped is None:
                values[field] = calendar.add_minutes(due, waited) if calendar else due + timedelta(minutes=waited)
        if values:
            self._event(uow, ticket, "sla_paused", minutes=waited)
        return values

    def _taken(self, conn, ticket, now: datetime) -> int:
        """Business minutes since the minute the ticket was raised."""
        start = ticket.created_at.replace(second=0, microsecond=0)
        calendar = self._calendar(conn, self._policy_item(conn, ticket.sla_policy_id))
        if calendar is None:
            return int((now - start).total_seconds() // 60)
        return calendar.minutes_between(start, now)

    def _responded(self, conn, ticket, now: datetime) -> dict:
        return {"responded_at": now, "response_minutes": self._taken(conn, ticket, now),
                "response_breached": bool(ticket.response_breached or (ticket.response_due and now > ticket.response_due))}

    def comment(self, ticket_id: uuid.UUID, body: str, *, internal: bool = False) -> tuple[uuid.UUID, Changes]:
        """A reply to the customer (stops the first-response clock) or an internal note (does not)."""
        if not body.strip():
            raise ValidationError([FieldError("body", "required")])
        with self.db.unit_of_work(self.actor, "note on ticket" if internal else "reply on ticket") as uow:
            ticket = self._open(uow, ticket_id)
            row = uow.create(TicketComment, ticket_id=ticket.id, kind="note" if internal else "comment", body=body,
                             owner_id=ticket.owner_id, department_id=ticket.department_id)
            if not internal and ticket.responded_at is None:
                uow.update(ticket, **self._responded(uow.session.connection(), ticket, self.db.now()))
                if ticket.status in ("new", "assigned"):
                    uow.update(ticket, status="in_progress")
            return row.id, uow.commit()

    def attach(self, ticket_id: uuid.UUID, name: str, data: bytes) -> Changes:
        with self.db.unit_of_work(self.actor, "attach file to ticket") as uow:
            ticket = self._open(uow, ticket_id)
            self._attach(uow, ticket, name, data)
            return uow.commit()

    def rate(self, ticket_id: uuid.UUID, score: int, comment: str = "") -> Changes:
        """The customer's satisfaction (1-5) with a resolved ticket."""
        if not isinstance(score, int) or not 1 <= score <= 5:
            raise ValidationError([FieldError("satisfaction", "out_of_range", {"min": 1, "max": 5})])
        with self.db.unit_of_work(self.actor, "record satisfaction") as uow:
            ticket = self._open(uow, ticket_id)
            if ticket.resolved_at is None:
                raise CrmError("not_resolved", number=ticket.number)
            uow.update(ticket, satisfaction=score, satisfaction_comment=comment)
            self._event(uow, ticket, "rated", score=score)
            return uow.commit()

    def delete(self, ticket_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "delete ticket") as uow:
            uow.delete(self._open(uow, ticket_id, "delete"))
            return uow.commit()

    # -- SLA watch -----------------------------------------------------------------------------------
    def check_sla(self, now: datetime) -> list[SlaAlert]:
        """Warn before a breach (once per ticket), mark breaches, and escalate a resolution breach to the
        team's lead (an event on the timeline, and the alert names the lead). Tickets waiting on the
        customer are paused: they neither warn nor breach. Returns what is new, for notifications."""
        alerts: list[SlaAlert] = []
        with self.db.unit_of_work(self.actor, "check SLA") as uow:
            conn = uow.session.connection()
            kinds = self._status_kinds(conn)
            running = [c for c, k in kinds.items() if k in ("new", "open")]
            all_policies = {p.id: p for p in service_setup.policies(conn)}
            horizon = now + timedelta(minutes=max([p.warn_minutes for p in all_policies.values()] or [0]) + 1)
            due = uow.session.scalars(select(Ticket).where(
                *self._scope(conn), Ticket.status.in_(running), Ticket.resolved_at.is_(None),
                or_(Ticket.resolve_due <= horizon,
                    and_(Ticket.responded_at.is_(None), Ticket.response_due <= horizon)))
                .limit(5000)).all()
            leads = {t.id: t.lead_id for t in service_setup.teams(conn)}
            for ticket in due:
                policy = all_policies.get(ticket.sla_policy_id)
                warn = timedelta(minutes=policy.warn_minutes if policy else 0)
                if ticket.responded_at is None and ticket.response_due and now > ticket.response_due \
                        and not ticket.response_breached:
                    uow.update(ticket, response_breached=True)
                    self._event(uow, ticket, "response_breach")
                    alerts.append(SlaAlert(ticket.id, ticket.number, ticket.subject, "response_breach", None))
                if ticket.resolve_due and now > ticket.resolve_due and not ticket.resolve_breached:
                    lead = leads.get(ticket.team_id)
                    uow.update(ticket, resolve_breached=True, escalated_at=now)
                    self._event(uow, ticket, "escalated", lead=str(lead) if lead else "")
                    alerts.append(SlaAlert(ticket.id, ticket.number, ticket.subject, "resolve_breach", lead))
                elif ticket.warned_at is None and ticket.resolve_due and not ticket.resolve_breached \
                        and now >= ticket.resolve_due - warn:
                    uow.update(ticket, warned_at=now)
                    self._event(uow, ticket, "sla_warning")
                    alerts.append(SlaAlert(ticket.id, ticket.number, ticket.subject, "warning", None))
            uow.commit()
        return alerts

    def escalated_to_me(self) -> list[TicketRow]:
        """Escalated, unresolved tickets of the teams I lead."""
        with self.db.reading() as conn:
            led = [t.id for t in service_setup.teams(conn) if t.lead_id == self.actor.user_id]
            if not led:
                return []
            ids = [r[0] for r in conn.execute(select(Ticket.id).where(
                Ticket.team_id.in_(led), Ticket.escalated_at.is_not(None), Ticket.resolved_at.is_(None),
                Ticket.deleted_at.is_(None)).order_by(Ticket.escalated_at.desc()).limit(500))]
            return self._rows(conn, ids)

    # -- work orders ---------------------------------------------------------------------------------
    def _work_orders(self, conn, where) -> list[WorkOrderItem]:
        rows = conn.execute(select(WorkOrder.__table__).where(where, WorkOrder.deleted_at.is_(None))
                            .order_by(WorkOrder.created_at)).all()
        names = self._user_names(conn, {r.owner_id for r in rows})
        return [WorkOrderItem(r.id, r.ticket_id, r.number, r.status, r.owner_id, names.get(r.owner_id, ""),
                              r.scheduled_at, r.address, r.instructions, r.visited_at, r.result,
                              tuple(r.parts or ()), r.signed_by, r.signed_at) for r in rows]

    def dispatch(self, ticket_id: uuid.UUID, technician_id: uuid.UUID, *, scheduled_at: datetime | None = None,
                 address: str = "", instructions: str = "") -> tuple[uuid.UUID, Changes]:
        """Send a technician (派单): the work order is theirs, so it reaches their replica to work offline."""
        with self.db.unit_of_work(self.actor, "dispatch work order") as uow:
            ticket = self._open(uow, ticket_id)
            technician = uow.get(User, technician_id)
            if not address and ticket.customer_id:
                address = uow.get(Customer, ticket.customer_id).address or ""
            order = uow.create(WorkOrder, ticket_id=ticket.id, number=next_number(uow, "work_order", self.db.now().date(),
                                                                                  WorkOrder),
                               scheduled_at=scheduled_at, address=address, instructions=instructions,
                               owner_id=technician.id, department_id=technician.department_id)
            self._event(uow, ticket, "dispatched", number=order.number, to=technician.display_name)
            if ticket.status in ("new", "assigned", "reopened"):
                uow.update(ticket, status="in_progress")
            return order.id, uow.commit()

    def work_orders(self, *, mine: bool = True, open_only: bool = True) -> list[WorkOrderItem]:
        """A technician's visits (or every visit in scope)."""
        self.access.require("tickets", "view")
        with self.db.reading() as conn:
            where = [WorkOrder.deleted_at.is_(None)]
            if mine:
                where.append(WorkOrder.owner_id == self.actor.user_id)
            if open_only:
                where.append(WorkOrder.status.in_(("dispatched", "visited")))
            return self._work_orders(conn, and_(*where))

    def record_visit(self, order_id: uuid.UUID, *, result: str, parts: list[dict] | None = None,
                     signed_by: str = "", completed: bool = True, visited_at: datetime | None = None) -> Changes:
        """The technician records the visit: result, parts used, the customer's sign-off. A completed work
        order resolves its ticket (if the workflow allows it from where the ticket stands)."""
        if not result.strip():
            raise ValidationError([FieldError("result", "required")])
        if completed and not signed_by.strip():
            raise ValidationError([FieldError("signed_by", "required")])
        clean_parts = []
        for part in parts or []:
            name = str(part.get("name", "")).strip()
            if not name:
                continue
            clean_parts.append({"name": name[:120], "quantity": str(part.get("quantity", "1")).strip() or "1"})
        with self.db.unit_of_work(self.actor, "record visit") as uow:
            order = uow.get(WorkOrder, order_id)
            self.access.require("tickets", "edit")
            if order.owner_id != self.actor.user_id and not self.access.covers(order.owner_id, order.department_id):
                raise PermissionDenied(module="tickets", action="edit", reason="out_of_scope")
            now = self.db.now()
            uow.update(order, result=result, parts=clean_parts, signed_by=signed_by,
                       visited_at=visited_at or now, signed_at=now if signed_by else None,
                       status="completed" if completed else "visited")
            ticket = uow.get(Ticket, order.ticket_id)
            self._event(uow, ticket, "visit_recorded", number=order.number, completed=completed)
            changes = uow.commit()
        if completed:
            with self.db.reading() as conn:
                steps = {s.code: s for s in service_setup.statuses(conn)}
                status = conn.execute(select(Ticket.status).where(Ticket.id == order.ticket_id)).scalar()
            if "resolved" in steps and status in steps and "resolved" in steps[status].next:
                changes = changes | self.move(order.ticket_id, "resolved")
        return changes

    # -- return visits -------------------------------------------------------------------------------
    def _visits(self, conn, where) -> list[ReturnVisitItem]:
        rows = conn.execute(select(ReturnVisit.__table__, Customer.name.label("customer_name"))
                            .outerjoin(Customer, Customer.id == ReturnVisit.customer_id)
                            .where(where, ReturnVisit.deleted_at.is_(None)).order_by(ReturnVisit.due_at)).all()
        return [ReturnVisitItem(r.id, r.ticket_id, r.customer_id, r.customer_name or "", r.due_at, r.done_at,
                                r.outcome, r.score, r.notes) for r in rows]

    def return_visits(self, *, due_before: datetime | None = None, open_only: bool = True) -> list[ReturnVisitItem]:
        self.access.require("tickets", "view")
        with self.db.reading() as conn:
            where = [ReturnVisit.owner_id == self.actor.user_id]
            if open_only:
                where.append(ReturnVisit.done_at.is_(None))
            if due_before is not None:
                where.append(ReturnVisit.due_at <= due_before)
            return self._visits(conn, and_(*where))

    def schedule_return_visit(self, ticket_id: uuid.UUID, due_at: datetime) -> tuple[uuid.UUID, Changes]:
        with self.db.unit_of_work(self.actor, "schedule return visit") as uow:
            ticket = self._open(uow, ticket_id)
            row = uow.create(ReturnVisit, ticket_id=ticket.id, customer_id=ticket.customer_id, due_at=due_at,
                             owner_id=self.actor.user_id, department_id=self.actor.department_id)
            return row.id, uow.commit()

    def record_return_visit(self, visit_id: uuid.UUID, *, outcome: str, score: int | None = None,
                            notes: str = "") -> Changes:
        """回访: the outcome (satisfied / unsatisfied / unreachable), a score 1-5 when reached, notes. A score
        given on the return visit becomes the ticket's satisfaction when it has none yet."""
        if score is not None and not 1 <= score <= 5:
            raise ValidationError([FieldError("score", "out_of_range", {"min": 1, "max": 5})])
        if outcome not in ("satisfied", "unsatisfied", "unreachable"):
            raise ValidationError([FieldError("outcome", "not_a_choice")])
        with self.db.unit_of_work(self.actor, "record return visit") as uow:
            visit = uow.get(ReturnVisit, visit_id)
            self.access.require("tickets", "edit")
            uow.update(visit, outcome=outcome, score=score, notes=notes, done_at=self.db.now())
            if visit.ticket_id is not None and score is not None:
                ticket = uow.get(Ticket, visit.ticket_id)
                if ticket.satisfaction is None:
                    uow.update(ticket, satisfaction=score, satisfaction_comment=notes)
                self._event(uow, ticket, "return_visit", outcome=outcome, score=score)
            return uow.commit()

    # -- lookups for forms ---------------------------------------------------------------------------
    def of_customer(self, customer_id: uuid.UUID) -> list[TicketRow]:
        self.access.require("tickets", "view")
        with self.db.reading() as conn:
            ids = [r[0] for r in conn.execute(select(Ticket.id).where(
                *self._scope(conn), Ticket.customer_id == customer_id).order_by(Ticket.id.desc()).limit(500))]
            return self._rows(conn, ids)

    def products(self) -> list[tuple[uuid.UUID, str]]:
        with self.db.reading() as conn:
            return [(r.id, r.name) for r in conn.execute(select(Product.id, Product.name).where(
                Product.deleted_at.is_(None), Product.active.is_(True)).order_by(Product.name).limit(2000))]

    def agents(self) -> list[tuple[uuid.UUID, str]]:
        with self.db.reading() as conn:
            return [(r.id, r.display_name) for r in conn.execute(select(User.id, User.display_name).where(
                User.deleted_at.is_(None), User.active.is_(True)).order_by(User.display_name))]
