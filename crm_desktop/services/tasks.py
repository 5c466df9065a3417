"""Tasks, calls, visits and meetings (开发计划) on customers, contacts, opportunities and contracts: due
time, reminder, done; the agenda (overdue / today / upcoming); reminders read from the local database, so
they fire offline too. Times are stored in UTC like every timestamp; the UI shows local time."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, select

from ..data.models import Contact, Contract, Customer, Opportunity, Task
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import FieldError, NotFound, ValidationError
from .base import UserService

LINKS = {"customer": Customer, "contact": Contact, "opportunity": Opportunity, "contract": Contract}


@dataclass(frozen=True)
class TaskItem:
    id: uuid.UUID
    kind: str
    title: str
    entity: str
    row_id: uuid.UUID | None
    customer_id: uuid.UUID | None
    customer_name: str
    due_at: datetime
    ends_at: datetime | None
    remind_at: datetime | None
    done_at: datetime | None
    location: str
    notes: str
    ical_uid: str


@dataclass(frozen=True)
class Agenda:
    overdue: list[TaskItem]
    today: list[TaskItem]
    upcoming: list[TaskItem]


class TaskService(UserService):
    def _scope(self):
        clauses = [Task.deleted_at.is_(None)]
        if self.access.owner_ids is not None:
            clauses.append(Task.owner_id.in_(list(self.access.owner_ids)))
        if self.access.department_ids is not None:
            clauses.append(Task.department_id.in_(list(self.access.department_ids)))
        return clauses

    def _items(self, conn, stmt) -> list[TaskItem]:
        rows = conn.execute(stmt).all()
        ids = {r.customer_id for r in rows if r.customer_id}
        names = dict(conn.execute(select(Customer.id, Customer.name).where(Customer.id.in_(ids))).all()) if ids else {}
        return [TaskItem(r.id, r.kind, r.title, r.entity, r.row_id, r.customer_id, names.get(r.customer_id, ""),
                         r.due_at, r.ends_at, r.remind_at, r.done_at, r.location, r.notes, r.ical_uid) for r in rows]

    # -- reads ---------------------------------------------------------------------------------------
    def agenda(self, now: datetime, day_start: datetime, upcoming_days: int = 7, *, mine_only: bool = True) -> Agenda:
        """Open tasks: overdue (due before now, from before today), today's (due between the start of the
        day and its end, in the user's own day: `day_start` is local midnight in UTC), upcoming (the next
        days). The user's own unless mine_only is False (then the scope's)."""
        self.access.require("tasks", "view")
        end_of_day = day_start + timedelta(days=1)
        clauses = self._scope() + [Task.done_at.is_(None)]
        if mine_only:
            clauses.append(Task.owner_id == self.actor.user_id)
        with self.db.reading() as conn:
            def part(*extra):
                return self._items(conn, select(Task.__table__).where(and_(*clauses, *extra)).order_by(Task.due_at)
                                   .limit(500))
            return Agenda(part(Task.due_at < day_start), part(Task.due_at >= day_start, Task.due_at < end_of_day),
                          part(Task.due_at >= end_of_day, Task.due_at < end_of_day + timedelta(days=upcoming_days)))

    def of(self, entity: str, row_id: uuid.UUID) -> list[TaskItem]:
        """The tasks linked to one record (or, for a customer, to it and its records), newest due first."""
        self.access.require("tasks", "view")
        link = (Task.customer_id == row_id) if entity == "customer" else and_(Task.entity == entity,
                                                                                Task.row_id == row_id)
        with self.db.reading() as conn:
            return self._items(conn, select(Task.__table__).where(and_(*self._scope(), link))
                               .order_by(Task.due_at.desc()).limit(500))

    def get(self, task_id: uuid.UUID) -> TaskItem:
        self.access.require("tasks", "view")
        with self.db.reading() as conn:
            items = self._items(conn, select(Task.__table__).where(Task.id == task_id))
        if not items:
            raise NotFound(entity="task", id=str(task_id))
        return items[0]

    def reminders(self, since: datetime, until: datetime) -> list[TaskItem]:
        """Open tasks of mine whose reminder time falls in (since, until]: what to notify now."""
        self.access.require("tasks", "view")
        with self.db.reading() as conn:
            return self._items(conn, select(Task.__table__).where(
                Task.deleted_at.is_(None), Task.done_at.is_(None), Task.owner_id == self.actor.user_id,
                Task.remind_at > since, Task.remind_at <= until).order_by(Task.remind_at))

    def all_open(self) -> list[TaskItem]:
        self.access.require("tasks", "view")
        with self.db.reading() as conn:
            return self._items(conn, select(Task.__table__).where(and_(*self._scope(), Task.done_at.is_(None)))
                               .order_by(Task.due_at).limit(5000))

    # -- writes --------------------------------------------------------------------------------------
    def _link(self, uow, values: dict) -> dict:
        entity, row_id = values.get("entity") or "", values.get("row_id")
        if not entity:
            values.update(entity="", row_id=None)
            return values
        if entity not in LINKS or row_id is None:
            raise ValidationError([FieldError("entity", "not_a_choice")])
        row = uow.get(LINKS[entity], row_id)
        values["customer_id"] = row.id if entity == "customer" else row.customer_id
        return values

    def create(self, values: dict) -> tuple[uuid.UUID, Changes]:
        """title, kind (task / call / meeting / visit), due_at, ends_at, remind_at, entity + row_id (what it
        is about), location, notes, ical_uid."""
        self.access.require("tasks", "create")
        with self.db.unit_of_work(self.actor, "new task") as uow:
            task = uow.create(Task, **self._link(uow, dict(values)))
            self._check_times(task)
            return task.id, uow.commit()

    def update(self, task_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("tasks", "edit")
        with self.db.unit_of_work(self.actor, "edit task") as uow:
            task = uow.get(Task, task_id)
            if not self.access.covers(task.owner_id, task.department_id):
                raise PermissionDenied(module="tasks", action="edit", reason="out_of_scope")
            if "entity" in values or "row_id" in values:
                values = self._link(uow, {"entity": task.entity, "row_id": task.row_id, **values})
            uow.update(task, **values)
            self._check_times(task)
            return uow.commit()

    def complete(self, task_id: uuid.UUID, done: bool = True) -> Changes:
        return self.update(task_id, {"done_at": self.db.now() if done else None})

    def delete(self, task_id: uuid.UUID) -> Changes:
        self.access.require("tasks", "delete")
        with self.db.unit_of_work(self.actor, "delete task") as uow:
            task = uow.get(Task, task_id)
            if not self.access.covers(task.owner_id, task.department_id):
                raise PermissionDenied(module="tasks", action="delete", reason="out_of_scope")
            uow.delete(task)
            return uow.commit()

    @staticmethod
    def _check_times(task: Task) -> None:
        if task.ends_at is not None and task.ends_at < task.due_at:
            raise ValidationError([FieldError("ends_at", "before_start")])

    def by_uid(self, uid: str) -> uuid.UUID | None:
        """The user's task an iCalendar UID names: one imported with it, or one of ours exported as
        "<task id>@crm-desktop" (so exporting and importing back updates instead of duplicating)."""
        own = None
        if uid.endswith("@crm-desktop"):
            try:
                own = uuid.UUID(uid.removesuffix("@crm-desktop"))
            except ValueError:
                own = None
        with self.db.reading() as conn:
            match = Task.ical_uid == uid if own is None else (Task.ical_uid == uid) | (Task.id == own)
            return conn.execute(select(Task.id).where(match, Task.deleted_at.is_(None),
                                                      Task.owner_id == self.actor.user_id)).scalar()
