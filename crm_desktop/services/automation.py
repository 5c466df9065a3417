"""Marketing automation (营销自动化): rules that run from the journal's change stream.

`run_pending` reads the journal entries written since its cursor (kept in local_meta), turns them into
changes (a lead created; an opportunity moved to another stage; customers changed, for segment entry) and,
for each rule a change fires, performs the rule's action through the existing services (LeadService.assign,
CustomerService.update, OpportunityService.update, TaskService.create) or, for campaign members and queued
e-mails, through a unit of work of its own.

Every run is one unit of work that holds both the action's writes and its automation_run row; the run's key
(rule, target, source desk, source journal entry's number) is unique, so running again after a crash or a
second click never does anything twice. The unit is labelled "automation: <rule> (<what>)", which marks every
journal entry it writes as automation's; the runner never reads such entries as triggers (the loop guard), so
rules cannot feed each other.

Segment entry: a customer changed since the cursor (not by automation) who matches the segment now and was
not a member at the rule's last look (no run yet, or the last run recorded that it left) enters it; one who
was a member and no longer matches is recorded as having left, so entering again fires again. A dynamic
segment's filter (segment.filter: CustomerFilter fields as JSON) is evaluated in SQL with the customer list's
own conditions, restricted to the changed customers; a static segment's members are its segment_member rows.

Across desks: rules act where the change was made. The rules are organisation-wide rows that sync to every
desk, but each desk runs them on its own journal only, which holds the changes made on that desk (by its user,
by its imports and bulk jobs) and not the rows it pulls. So a change is acted on once for the whole team, by
the desk that made it, at that desk's next pass; what the action wrote (the task, the new owner, the run's
record) reaches the other desks by sync like any change, and no desk acts on it again. The run's key names the
desk (`source_device`) because each desk numbers its journal itself: two desks' changes of one record can carry
the same number. Consequences, each by design:
- a desk acts on its changes only when it runs a pass (the app does, a moment after each burst of writes and
  every few minutes, for whoever is signed in); what it wrote just before it was closed waits for its next
  pass after it is opened again;
- a pass acts with the rules the desk has then: a change made before a new rule reached the desk is acted on
  if the rule arrives before the desk's next pass, and not if that pass ran first (it moves the cursor on);
- a desk never acts on the changes it pulls (their own desk does), and rows written straight into the server
  database (psql, a script, another system) are in no desk's journal: no rule acts on them.
The cursor starts where the journal ends when the replica is first opened (data/database.py), before anything
can be written, and starts again at 0 when joining a server empties the journal (sync/engine.py).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.exc import IntegrityError

from ..data import customer_queries
from ..data.database import AUTOMATION_CURSOR_KEY
from ..data.models import (AutomationRule, AutomationRun, Campaign, CampaignMember, Customer, CustomerTag,
                           EmailDelivery, EmailUnsubscribe, JournalAction, JournalEntry, Lead, Opportunity,
                           PipelineStage, Segment, SegmentMember, Task, User)
from ..data.unit_of_work import UnitOfWork
from ..domain import automation as rules_of
from ..domain.access import Access
from ..domain.changes import Changes
from ..domain.errors import CrmError, FieldError, NotFound, ValidationError
from .base import UserService
from .segments import filter_from_json

CURSOR_KEY = AUTOMATION_CURSOR_KEY  # set when the replica is opened (data/database.py says why)
_STREAM = ("lead", "opportunity", "customer", "customer_tag", "segment_member")


@dataclass(frozen=True)
class RuleItem:
    id: uuid.UUID
    name: str
    trigger: str
    condition: dict
    action: str
    params: dict
    active: bool
    position: int


@dataclass(frozen=True)
class RunItem:
    id: uuid.UUID
    rule_id: uuid.UUID
    rule_name: str
    source_action_id: int | None
    target_entity: str
    target_id: uuid.UUID
    status: str
    detail: str
    at: datetime


@dataclass(frozen=True)
class RunReport:
    entries: int  # journal entries read
    done: int
    skipped: int
    failed: int
    cursor: int
    changes: Changes


def _uuid(value) -> uuid.UUID | None:
    if value in (None, ""):
        return None
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


class _RunUnit(UnitOfWork):
    """A unit of work that writes the run's record with whatever the action writes, in one transaction."""

    def __init__(self, *args, run: dict, **kwargs):
        super().__init__(*args, **kwargs)
        self._run = run

    def commit(self) -> Changes:
        if self._run is not None:
            self.create(AutomationRun, **self._run)
            self._run = None
        return super().commit()


class _RunDatabase:
    """The Database as the services see it during one run: their units of work are run units, labelled as
    automation's."""

    def __init__(self, db, rule: rules_of.RuleSpec, run: dict):
        self._db = db
        self._rule = rule
        self._run = run

    def __getattr__(self, name):
        return getattr(self._db, name)

    def unit_of_work(self, actor, label: str) -> _RunUnit:
        return _RunUnit(self._db.engine, actor, self._db.clock,
                        rules_of.automation_label(f"{self._rule.name} ({label})"), self._db.now, run=self._run)


class AutomationService(UserService):
    # -- rules ---------------------------------------------------------------------------------------
    def rules(self) -> list[RuleItem]:
        self.access.require("automation", "view")
        with self.db.reading() as conn:
            return [RuleItem(r.id, r.name, r.trigger, r.condition or {}, r.action, r.params or {}, bool(r.active),
                             r.position)
                    for r in conn.execute(select(AutomationRule.__table__).where(AutomationRule.deleted_at.is_(None))
                                          .order_by(AutomationRule.position, AutomationRule.name))]

    def save_rule(self, values: dict, rule_id: uuid.UUID | None = None) -> tuple[uuid.UUID, Changes]:
        """name, trigger, condition, action, params, active, position (see domain/automation.py)."""
        self.access.require("automation", "administer")
        if self.db.meta(CURSOR_KEY) is None or (rule_id is None and not any(r.active for r in self._specs())):
            # Rules act on what happens from now on, not on the past: with no rule active, nothing is pending.
            self.db.set_meta(CURSOR_KEY, str(self._last_seq()))
        with self.db.unit_of_work(self.actor, "save automation rule") as uow:
            if rule_id is not None:
                rule = uow.get(AutomationRule, rule_id)
                values = {"name": rule.name, "trigger": rule.trigger, "condition": rule.condition,
                          "action": rule.action, "params": rule.params, **values}
            clean = rules_of.validate_rule(values)
            self._check_references(uow, clean)
            if rule_id is None:
                rule = uow.create(AutomationRule, **clean)
            else:
                uow.update(rule, **clean)
            return rule.id, uow.commit()

    @staticmethod
    def _check_references(uow, values: dict) -> None:
        params, condition = values["params"], values["condition"]
        try:
            if params.get("owner_id"):
                user = uow.get(User, _uuid(params["owner_id"]))
                if not user.active:
                    raise ValidationError([FieldError("params", "inactive_user")])
            if params.get("campaign_id"):
                uow.get(Campaign, _uuid(params["campaign_id"]))
            if condition.get("segment_id"):
                uow.get(Segment, _uuid(condition["segment_id"]))
        except (NotFound, ValueError) as exc:
            raise ValidationError([FieldError("params", "not_a_choice")]) from exc

    def delete_rule(self, rule_id: uuid.UUID) -> Changes:
        self.access.require("automation", "administer")
        with self.db.unit_of_work(self.actor, "delete automation rule") as uow:
            uow.delete(uow.get(AutomationRule, rule_id))
            return uow.commit()

    def runs(self, rule_id: uuid.UUID | None = None, limit: int = 500) -> list[RunItem]:
        """The audit of what the rules did, newest first."""
        self.access.require("automation", "view")
        stmt = (select(AutomationRun.__table__, AutomationRule.name.label("rule_name"))
                .join(AutomationRule, AutomationRule.id == AutomationRun.rule_id)
                .where(AutomationRun.deleted_at.is_(None)))
        if rule_id is not None:
            stmt = stmt.where(AutomationRun.rule_id == rule_id)
        with self.db.reading() as conn:
            return [RunItem(r.id, r.rule_id, r.rule_name, r.source_action_id, r.target_entity, r.target_id, r.status,
                            r.detail, r.created_at)
                    for r in conn.execute(stmt.order_by(AutomationRun.created_at.desc()).limit(limit))]

    # -- the runner ----------------------------------------------------------------------------------
    def _last_seq(self) -> int:
        with self.db.reading() as conn:
            return conn.execute(select(func.coalesce(func.max(JournalEntry.seq), 0))).scalar_one()

    def run_pending(self, progress: Callable[[int, int], None] | None = None, *, batch: int = 2000,
                    background: bool = False) -> RunReport:
        """Act on everything journaled since the last run; returns what was done. Safe to run again at any
        time (after a crash too): the cursor moves after each batch and the runs are idempotent.

        A person running it needs automation.administer. `background`: the app's own runner on this
        replica, for whoever is signed in — the journal holds this replica's changes only, so the rules an
        administrator set must run where a change is made (a rep's new lead on the rep's desktop); what they
        do is as the administrator defined it, journaled as automation."""
        if not background:
            self.access.require("automation", "administer")
        stored = self.db.meta(CURSOR_KEY)
        if stored is None:
            cursor = self._last_seq()
            self.db.set_meta(CURSOR_KEY, str(cursor))
            return RunReport(0, 0, 0, 0, cursor, Changes())
        cursor = int(stored)
        end = self._last_seq()
        start = cursor
        counts = {"done": 0, "skipped": 0, "failed": 0}
        changes = Changes()
        read = 0
        while True:
            with self.db.reading() as conn:
                rows = conn.execute(
                    select(JournalEntry.seq, JournalEntry.entity, JournalEntry.row_id, JournalEntry.kind,
                           JournalEntry.changes, JournalAction.label)
                    .join(JournalAction, JournalAction.id == JournalEntry.action_id)
                    .where(JournalEntry.seq > cursor, JournalEntry.seq <= end, JournalEntry.entity.in_(_STREAM))
                    .order_by(JournalEntry.seq).limit(batch)).all()
            if not rows:
                break
            rules = [r for r in self._specs() if r.active]
            if rules:
                changes = changes | self._process(rows, rules, counts)
            read += len(rows)
            cursor = rows[-1].seq
            self.db.set_meta(CURSOR_KEY, str(cursor))
            if progress:
                progress(cursor - start, max(end - start, 1))
        if end > cursor:
            cursor = end
            self.db.set_meta(CURSOR_KEY, str(cursor))
        return RunReport(read, counts["done"], counts["skipped"], counts["failed"], cursor, changes)

    def _specs(self) -> list[rules_of.RuleSpec]:
        with self.db.reading() as conn:
            return [rules_of.RuleSpec(r.id, r.name, r.trigger, r.condition or {}, r.action, r.params or {},
                                      bool(r.active), r.position)
                    for r in conn.execute(select(AutomationRule.__table__).where(
                        AutomationRule.deleted_at.is_(None)))]

    def _process(self, rows, rules: list[rules_of.RuleSpec], counts: dict) -> Changes:
        found: list[rules_of.Change] = []
        touched: dict[uuid.UUID, int] = {}  # customer -> the latest entry that changed it
        with self.db.reading() as conn:
            for r in rows:
                if rules_of.is_automation_label(r.label):
                    continue  # the loop guard
                if r.entity == "lead" and r.kind == "create":
                    lead = conn.execute(select(Lead.__table__).where(Lead.id == r.row_id,
                                                                     Lead.deleted_at.is_(None))).first()
                    if lead is not None:
                        found.append(rules_of.Change("lead_created", "lead", r.row_id, r.seq, dict(lead._mapping)))
                elif r.entity == "opportunity" and r.kind == "update":
                    moved = rules_of.stage_change(r.changes or {})
                    if moved is None:
                        continue
                    o = conn.execute(select(Opportunity.__table__).where(Opportunity.id == r.row_id,
                                                                         Opportunity.deleted_at.is_(None))).first()
                    if o is not None:
                        values = dict(o._mapping)
                        # As of this move (a later move in the same batch has changed the row since).
                        values.update(from_stage_id=moved[0], to_stage_id=moved[1], stage_id=_uuid(moved[1]))
                        kind = conn.execute(select(PipelineStage.kind).where(
                            PipelineStage.id == _uuid(moved[1]))).scalar()
                        if kind:
                            values["status"] = kind
                        found.append(rules_of.Change("opportunity_stage_changed", "opportunity", r.row_id, r.seq,
                                                     values))
                elif r.entity == "customer":
                    touched[r.row_id] = r.seq
                elif r.entity in ("customer_tag", "segment_member"):
                    model = CustomerTag if r.entity == "customer_tag" else SegmentMember
                    customer_id = conn.execute(select(model.customer_id).where(model.id == r.row_id)).scalar()
                    if customer_id is not None:
                        touched[customer_id] = r.seq
            if touched:
                found += self._segment_changes(conn, rules, touched, counts)
        changes = Changes()
        for change in found:
            for rule in rules_of.fired(rules, change):
                changes = changes | self._run(rule, change, counts)
        return changes

    # -- segments ------------------------------------------------------------------------------------
    def _segment_changes(self, conn, rules, touched: dict[uuid.UUID, int], counts: dict) -> list[rules_of.Change]:
        """Segment entries among the touched customers, as changes (trigger segment_entered), one per rule
        (the rule's own condition decides); leaving is recorded at once."""
        out = []
        ids = list(touched)
        for rule in [r for r in rules if r.trigger == "segment_entered"]:
            segment_id = _uuid(rule.condition.get("segment_id"))
            segment = conn.execute(select(Segment.__table__).where(Segment.id == segment_id,
                                                                   Segment.deleted_at.is_(None))).first()
            if segment is None:
                continue
            conds: list = []
            params: dict = {}
            if segment.kind != "static":
                # The segment service's reading of the stored filter, and the customer list's own conditions,
                # restricted to the changed customers (no data scope: rules are organisation-wide).
                try:
                    conds, params = customer_queries._where(conn, filter_from_json(segment.filter))
                except (ValidationError, ValueError):
                    continue  # a filter this version cannot read: judge nobody (neither entering nor leaving)
            members: set[uuid.UUID] = set()
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                if segment.kind == "static":
                    stmt = (select(SegmentMember.customer_id)
                            .join(Customer, Customer.id == SegmentMember.customer_id)
                            .where(SegmentMember.segment_id == segment_id, SegmentMember.deleted_at.is_(None),
                                   Customer.deleted_at.is_(None), SegmentMember.customer_id.in_(chunk)))
                else:
                    stmt = select(Customer.id).where(*conds, Customer.id.in_(chunk))
                members |= {r[0] for r in conn.execute(stmt, params)}
            last = self._last_states(conn, rule.id, ids)
            extra = {k: v for k, v in rule.condition.items() if k != "segment_id"}
            customers = {}
            if members:
                customers = {r.id: dict(r._mapping) for r in conn.execute(
                    select(Customer.__table__).where(Customer.id.in_(list(members))))}
            for customer_id in ids:
                inside = customer_id in members
                if rules_of.entered(inside, last.get(customer_id)):
                    values = {**customers[customer_id], "segment_id": segment_id}
                    if rules_of.condition_holds(extra, values):
                        out.append(_SegmentChange("segment_entered", "customer", customer_id, touched[customer_id],
                                                  values, rule_id=rule.id))
                elif rules_of.left(inside, last.get(customer_id)):
                    self._record(rule, "customer", customer_id, touched[customer_id], "skipped", "left", counts)
        return out

    @staticmethod
    def _last_states(conn, rule_id: uuid.UUID, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
        out: dict[uuid.UUID, str] = {}
        for start in range(0, len(ids), 500):
            rows = conn.execute(select(AutomationRun.target_id, AutomationRun.status, AutomationRun.detail)
                                .where(AutomationRun.rule_id == rule_id, AutomationRun.target_entity == "customer",
                                       AutomationRun.target_id.in_(ids[start:start + 500]),
                                       AutomationRun.deleted_at.is_(None))
                                .order_by(AutomationRun.created_at))
            for target, status, detail in rows:
                out[target] = "left" if detail == "left" else status
        return out

    # -- one run -------------------------------------------------------------------------------------
    def _run_values(self, rule, entity, target_id, seq, status="done", detail="") -> dict:
        return {"rule_id": rule.id, "source_action_id": seq, "source_device": self.db.device_id,
                "target_entity": entity, "target_id": target_id, "status": status, "detail": detail}

    def _already(self, rule, entity, target_id, seq) -> bool:
        # This desk's entry `seq`: another desk's run with the same number was for another change.
        with self.db.reading() as conn:
            return conn.execute(select(AutomationRun.id).where(
                AutomationRun.rule_id == rule.id, AutomationRun.target_entity == entity,
                AutomationRun.target_id == target_id, AutomationRun.source_device == self.db.device_id,
                AutomationRun.source_action_id == seq)).first() is not None

    def _record(self, rule, entity, target_id, seq, status, detail, counts) -> Changes:
        """A run that wrote nothing but its record (skipped, failed, left)."""
        if self._already(rule, entity, target_id, seq):
            return Changes()
        run_db = _RunDatabase(self.db, rule, self._run_values(rule, entity, target_id, seq, status, detail))
        try:
            with run_db.unit_of_work(self.actor, status) as uow:
                changes = uow.commit()
        except IntegrityError:
            return Changes()
        counts[status] += 1
        return changes

    def _run(self, rule: rules_of.RuleSpec, change: rules_of.Change, counts: dict) -> Changes:
        if isinstance(change, _SegmentChange) and change.rule_id != rule.id:
            return Changes()  # each segment rule judged entry for itself
        if self._already(rule, change.entity, change.row_id, change.seq):
            return Changes()
        run_db = _RunDatabase(self.db, rule, self._run_values(rule, change.entity, change.row_id, change.seq))
        try:
            outcome = _Actions(self, run_db, rule, change).perform()
        except IntegrityError:
            return Changes()  # another runner did it first
        except CrmError as exc:
            detail = exc.code + (f" {exc.args_map}" if exc.args_map else "")
            return self._record(rule, change.entity, change.row_id, change.seq, "failed", detail, counts)
        if isinstance(outcome, str):  # nothing to do: why
            return self._record(rule, change.entity, change.row_id, change.seq, "skipped", outcome, counts)
        counts["done"] += 1
        return outcome


@dataclass(frozen=True)
class _SegmentChange(rules_of.Change):
    rule_id: uuid.UUID | None = None


class _Actions:
    """One rule's action on one target, written through run units (the services get the run database)."""

    def __init__(self, service: AutomationService, run_db: _RunDatabase, rule: rules_of.RuleSpec,
                 change: rules_of.Change):
        self.service = service
        self.db = run_db
        self.rule = rule
        self.change = change
        self.params = rule.params
        # Rules are set by administrators and run as a system job: the services' permission and scope checks
        # pass, their validation and journaling stay.
        self.access = Access.unrestricted(service.actor.user_id)

    def perform(self) -> Changes | str:
        return getattr(self, self.rule.action)()

    # helpers
    def _target(self, conn):
        model = {"lead": Lead, "customer": Customer, "opportunity": Opportunity}[self.change.entity]
        row = conn.execute(select(model.__table__).where(model.id == self.change.row_id,
                                                         model.deleted_at.is_(None))).first()
        if row is None:
            raise NotFound(entity=self.change.entity, id=str(self.change.row_id))
        return row

    def _owner(self, conn, target) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        owner = _uuid(self.params.get("owner_id")) or target.owner_id
        if owner is None:
            return None, target.department_id
        department = conn.execute(select(User.department_id).where(User.id == owner)).scalar()
        return owner, department

    def _person(self, conn, target) -> tuple[dict, str, str]:
        """Who a campaign reaches for this target: (member keys, e-mail, name)."""
        if self.change.entity == "lead":
            return {"lead_id": target.id}, target.email, target.name
        customer_id = target.id if self.change.entity == "customer" else target.customer_id
        customer = conn.execute(select(Customer.id, Customer.name, Customer.email).where(
            Customer.id == customer_id)).one()
        return {"customer_id": customer.id}, customer.email, customer.name

    # actions
    def assign_owner(self) -> Changes | str:
        from .customers import CustomerService
        from .leads import LeadService
        from .opportunities import OpportunityService
        owner = _uuid(self.params["owner_id"])
        with self.db.reading() as conn:
            target = self._target(conn)
            department = conn.execute(select(User.department_id).where(User.id == owner)).scalar()
        if target.owner_id == owner:
            return "already_owner"
        if self.change.entity == "lead":
            return LeadService(self.db, self.service.actor, self.access).assign([target.id], owner)
        if self.change.entity == "customer":
            return CustomerService(self.db, self.service.actor, self.access).update(
                target.id, {"owner_id": owner, "department_id": department})
        return OpportunityService(self.db, self.service.actor, self.access).update(target.id, {"owner_id": owner})

    def create_task(self) -> Changes:
        from .tasks import TaskService
        now = self.service.db.now()
        with self.db.reading() as conn:
            target = self._target(conn)
            owner, department = self._owner(conn, target)
        title = str(self.params.get("title", "")).replace("{name}", target.name)
        values = {"title": title, "kind": self.params.get("kind") or "task",
                  "due_at": now + timedelta(days=int(self.params.get("due_days", 1) or 0)),
                  "notes": str(self.params.get("notes", "")), "owner_id": owner, "department_id": department}
        if self.change.entity == "lead":
            # Tasks link customers, contacts, opportunities and contracts through TaskService; a lead's task
            # is linked here, in the run's own unit.
            with self.db.unit_of_work(self.service.actor, "new task") as uow:
                uow.create(Task, entity="lead", row_id=target.id, **values)
                return uow.commit()
        _task, changes = TaskService(self.db, self.service.actor, self.access).create(
            {**values, "entity": self.change.entity, "row_id": target.id})
        return changes

    def _member(self, uow, campaign: Campaign, keys: dict, email: str, name: str) -> CampaignMember:
        clauses = [CampaignMember.campaign_id == campaign.id, CampaignMember.deleted_at.is_(None)]
        clauses += [getattr(CampaignMember, k) == v for k, v in keys.items()]
        existing = uow.session.scalars(select(CampaignMember).where(and_(*clauses))).first()
        if existing is not None:
            return existing
        return uow.create(CampaignMember, campaign_id=campaign.id, email=(email or "").lower(), name=name[:120],
                          owner_id=campaign.owner_id, department_id=campaign.department_id, **keys)

    def add_to_campaign(self) -> Changes | str:
        campaign_id = _uuid(self.params["campaign_id"])
        with self.db.reading() as conn:
            keys, email, name = self._person(conn, self._target(conn))
            if conn.execute(select(CampaignMember.id).where(
                    CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None),
                    *[getattr(CampaignMember, k) == v for k, v in keys.items()])).first():
                return "already_member"
        with self.db.unit_of_work(self.service.actor, "add to campaign") as uow:
            self._member(uow, uow.get(Campaign, campaign_id), keys, email, name)
            return uow.commit()

    def send_email(self) -> Changes | str:
        with self.db.reading() as conn:
            keys, email, name = self._person(conn, self._target(conn))
            email = (email or "").strip().lower()
            if not email:
                return "no_email"
            if conn.execute(select(EmailUnsubscribe.id).where(func.lower(EmailUnsubscribe.email) == email,
                                                              EmailUnsubscribe.deleted_at.is_(None))).first():
                return "unsubscribed"
            campaign_id = _uuid(self.params["campaign_id"])
            if conn.execute(select(EmailDelivery.id).where(EmailDelivery.campaign_id == campaign_id,
                                                           EmailDelivery.email == email)).first():
                return "already_queued"
        with self.db.unit_of_work(self.service.actor, "queue e-mail") as uow:
            campaign = uow.get(Campaign, campaign_id)
            member = self._member(uow, campaign, keys, email, name)
            uow.create(EmailDelivery, campaign_id=campaign.id, member_id=member.id, email=email, status="queued",
                       owner_id=campaign.owner_id, department_id=campaign.department_id)
            return uow.commit()


__all__ = ["AutomationService", "RuleItem", "RunItem", "RunReport", "CURSOR_KEY"]
