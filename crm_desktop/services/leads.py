"""Leads (线索): who may become a customer. Assigned by hand or by rules (round robin over a list of reps, by
region or by source), or left in the lead pool (no owner) for reps to claim; converted in one step into a
customer (or an existing one, found by duplicate detection), a contact and an opportunity.

The rules row holds only what an administrator sets. Round robin rotates per desk: each desk deals its new
leads to the reps in turn, keeping its position in local_meta; across desks the distribution stays even on
average."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import and_, func, select, text

from ..data.database import write_meta
from ..data.models import AppSetting, Contact, Customer, Lead, Opportunity, OpportunityStageSpan, User
from ..domain.access import PermissionDenied, setting_right
from ..domain.changes import Changes
from ..domain.contact_points import normalize_email, normalize_phone
from ..domain.errors import CrmError, FieldError, ValidationError
from ..domain.sort_keys import pinyin_key
from . import pipelines
from .base import UserService
from .import_keys import digits

RULES_KEY = "lead_assignment"
MODES = ("none", "round_robin", "region", "source")
# local_meta: this desk's round-robin position. Kept out of the shared rules row, which only holders of
# leads.administer may write: a rep creating a lead must not need that right, nor push a copy of the rules.
POSITION_KEY = "lead_round_robin"


@dataclass(frozen=True)
class LeadItem:
    id: uuid.UUID
    name: str
    company: str
    title: str
    phone: str
    email: str
    source: str
    province: str
    city: str
    status: str
    owner_id: uuid.UUID | None
    owner_name: str
    created_at: datetime
    converted_customer_id: uuid.UUID | None


@dataclass(frozen=True)
class Candidate:
    """An existing customer the lead may be: which keys matched."""
    customer_id: uuid.UUID
    name: str
    reasons: tuple[str, ...]  # name / phone / email


@dataclass(frozen=True)
class Conversion:
    customer_id: uuid.UUID
    contact_id: uuid.UUID
    opportunity_id: uuid.UUID | None
    changes: Changes


@dataclass(frozen=True)
class AssignmentRules:
    mode: str = "none"
    users: tuple[uuid.UUID, ...] = ()  # round robin, in this order
    by_region: dict | None = None  # province -> user id (hex)
    by_source: dict | None = None  # source -> user id (hex)
    next_index: int = 0  # only rows written before the position moved to local_meta have one; seeds a desk once


def _rules_row(session) -> AppSetting | None:
    return session.scalars(select(AppSetting).where(AppSetting.key == RULES_KEY, AppSetting.deleted_at.is_(None))
                           ).first()


def read_rules(conn) -> AssignmentRules:
    value = conn.execute(select(AppSetting.value).where(AppSetting.key == RULES_KEY,
                                                        AppSetting.deleted_at.is_(None))).scalar() or {}
    return AssignmentRules(value.get("mode", "none"), tuple(uuid.UUID(u) for u in value.get("users", [])),
                           value.get("by_region") or {}, value.get("by_source") or {}, int(value.get("next", 0)))


def _deal(session, rules: AssignmentRules) -> uuid.UUID:
    """The next rep of the round robin on this desk, advancing the desk's position in the caller's transaction
    (a lead that is not saved does not use up a turn). The position remembers the member list it counts in:
    when the administrator changes the list, dealing continues after the last rep this desk dealt to if they
    are still a member, else at the old position within the new list's length."""
    members = [u.hex for u in rules.users]
    stored = session.execute(text("SELECT value FROM local_meta WHERE key = :k"), {"k": POSITION_KEY}).scalar()
    state = json.loads(stored) if stored else None
    if state is None:
        index = rules.next_index  # an old rules row's shared position, taken over once
    elif state.get("users") == members:
        index = state.get("next", 0)
    elif state.get("last") in members:
        index = members.index(state["last"]) + 1
    else:
        index = state.get("next", 0)
    index %= len(members)
    write_meta(session, POSITION_KEY, json.dumps({"users": members, "next": (index + 1) % len(members),
                                                  "last": members[index]}))
    return rules.users[index]


class LeadService(UserService):
    def _scope(self):
        clauses = [Lead.deleted_at.is_(None)]
        if self.access.owner_ids is not None:
            clauses.append(Lead.owner_id.in_(list(self.access.owner_ids)))
        if self.access.department_ids is not None:
            clauses.append(Lead.department_id.in_(list(self.access.department_ids)))
        return clauses

    def _check(self, lead: Lead, action: str) -> None:
        self.access.require("leads", action)
        if lead.owner_id is None and self.access.can("leads", "claim"):
            return  # the lead pool
        if not self.access.covers(lead.owner_id, lead.department_id):
            raise PermissionDenied(module="leads", action=action, reason="out_of_scope")

    # -- reads ---------------------------------------------------------------------------------------
    def leads(self, *, pool: bool = False, status: str | None = None, limit: int = 1000) -> list[LeadItem]:
        """My scope's leads (or the lead pool: no owner), newest first."""
        self.access.require("leads", "view")
        clauses = [Lead.deleted_at.is_(None), Lead.owner_id.is_(None)] if pool else self._scope()
        if status:
            clauses.append(Lead.status == status)
        with self.db.reading() as conn:
            names = dict(conn.execute(select(User.id, User.display_name)).all())
            return [LeadItem(r.id, r.name, r.company, r.title, r.phone, r.email, r.source, r.province, r.city, r.status,
                             r.owner_id, names.get(r.owner_id, ""), r.created_at, r.converted_customer_id)
                    for r in conn.execute(select(Lead.__table__).where(and_(*clauses))
                                          .order_by(Lead.created_at.desc()).limit(limit))]

    def user_id_of(self, login: str) -> uuid.UUID | None:
        with self.db.reading() as conn:
            return conn.execute(select(User.id).where(User.login == login.lower(), User.deleted_at.is_(None))).scalar()

    def rules(self) -> AssignmentRules:
        with self.db.reading() as conn:
            return read_rules(conn)

    def candidates(self, lead_id: uuid.UUID, limit: int = 10) -> list[Candidate]:
        """Existing customers this lead may be, by the pinyin key of the company (or person) name, phone digits
        and e-mail (the customer's own or a contact's), strongest match first."""
        with self.db.reading() as conn:
            lead = conn.execute(select(Lead.__table__).where(Lead.id == lead_id)).first()
            found: dict[uuid.UUID, tuple[str, set]] = {}

            def add(rows, reason):
                for cid, name in rows:
                    found.setdefault(cid, (name, set()))[1].add(reason)
            live = Customer.deleted_at.is_(None)
            name = lead.company or lead.name
            if name:
                add(conn.execute(select(Customer.id, Customer.name).where(live, Customer.name_key == pinyin_key(name))
                                 .limit(limit)), "name")
            phone = digits(lead.phone)
            if len(phone) >= 7:
                like = f"%{phone[-8:]}"
                add(conn.execute(select(Customer.id, Customer.name).where(
                    live, (Customer.phone.like(like)) | (Customer.mobile.like(like))).limit(limit)), "phone")
                add(conn.execute(select(Customer.id, Customer.name).join(Contact, Contact.customer_id == Customer.id)
                                 .where(live, Contact.deleted_at.is_(None),
                                        Contact.phone.like(like) | Contact.mobile.like(like)).limit(limit)), "phone")
            if lead.email:
                email = lead.email.lower()
                add(conn.execute(select(Customer.id, Customer.name).where(live, func.lower(Customer.email) == email)
                                 .limit(limit)), "email")
                add(conn.execute(select(Customer.id, Customer.name).join(Contact, Contact.customer_id == Customer.id)
                                 .where(live, Contact.deleted_at.is_(None), func.lower(Contact.email) == email)
                                 .limit(limit)), "email")
        ranked = sorted(found.items(), key=lambda kv: (-len(kv[1][1]), kv[1][0]))
        return [Candidate(cid, name, tuple(sorted(reasons))) for cid, (name, reasons) in ranked[:limit]]

    # -- writes --------------------------------------------------------------------------------------
    def create(self, values: dict, *, to_pool: bool = False, auto_assign: bool = True) -> tuple[uuid.UUID, Changes]:
        """A new lead: the creator's, assigned by the rules (auto_assign), or into the lead pool."""
        self.access.require("leads", "create")
        with self.db.unit_of_work(self.actor, "new lead") as uow:
            lead = uow.create(Lead, **values)
            if to_pool:
                uow.update(lead, owner_id=None)
            elif auto_assign:
                self._assign_by_rules(uow, lead)
            return lead.id, uow.commit()

    def update(self, lead_id: uuid.UUID, values: dict) -> Changes:
        with self.db.unit_of_work(self.actor, "edit lead") as uow:
            lead = uow.get(Lead, lead_id)
            self._check(lead, "edit")
            uow.update(lead, **values)
            return uow.commit()

    def assign(self, lead_ids: list[uuid.UUID], owner_id: uuid.UUID | None) -> Changes:
        """Hand leads to someone (or back to the pool with None): managers and administrators."""
        self.access.require("leads", "administer")
        with self.db.unit_of_work(self.actor, "assign leads") as uow:
            department = uow.get(User, owner_id).department_id if owner_id else None
            for lead_id in lead_ids:
                lead = uow.get(Lead, lead_id)
                self._check(lead, "edit")
                uow.update(lead, owner_id=owner_id, department_id=department or lead.department_id)
            return uow.commit()

    def claim(self, lead_ids: list[uuid.UUID]) -> Changes:
        """Take leads from the pool."""
        self.access.require("leads", "claim")
        with self.db.unit_of_work(self.actor, "claim leads") as uow:
            for lead_id in lead_ids:
                lead = uow.get(Lead, lead_id)
                if lead.owner_id is not None:
                    raise CrmError("not_in_pool", id=str(lead_id))
                uow.update(lead, owner_id=self.actor.user_id, department_id=self.actor.department_id)
            return uow.commit()

    def set_rules(self, mode: str, *, users: list[uuid.UUID] = (), by_region: dict | None = None,
                  by_source: dict | None = None) -> Changes:
        self.access.require(*setting_right(RULES_KEY))
        if mode not in MODES:
            raise ValidationError([FieldError("mode", "not_a_choice")])
        value = {"mode": mode, "users": [u.hex for u in users],
                 "by_region": {k: (v.hex if isinstance(v, uuid.UUID) else v) for k, v in (by_region or {}).items()},
                 "by_source": {k: (v.hex if isinstance(v, uuid.UUID) else v) for k, v in (by_source or {}).items()}}
        with self.db.unit_of_work(self.actor, "lead assignment rules") as uow:
            row = _rules_row(uow.session)
            if row is None:
                uow.create(AppSetting, key=RULES_KEY, value=value)
            else:
                uow.update(row, value=value)
            return uow.commit()

    def _assign_by_rules(self, uow, lead: Lead) -> None:
        """The rules' choice of owner, among the users this desk's user may hand a lead to (their data scope):
        the server refuses a lead written for someone outside it, so a plain rep (own scope) keeps the leads
        they create, and a round robin deals only among the members the creator's scope covers."""
        rules = read_rules(uow.session.connection())
        owner = None
        if rules.mode == "round_robin" and rules.users:
            members = tuple(u for u in rules.users if self._may_hand_to(uow, u))
            if members:
                owner = _deal(uow.session, replace(rules, users=members))
        elif rules.mode == "region":
            chosen = (rules.by_region or {}).get(lead.province) or (rules.by_region or {}).get("*")
            owner = uuid.UUID(chosen) if chosen else None
        elif rules.mode == "source":
            chosen = (rules.by_source or {}).get(lead.source) or (rules.by_source or {}).get("*")
            owner = uuid.UUID(chosen) if chosen else None
        if owner is not None and self._may_hand_to(uow, owner):
            uow.update(lead, owner_id=owner, department_id=uow.session.get(User, owner).department_id)

    def _may_hand_to(self, uow, user_id: uuid.UUID) -> bool:
        user = uow.session.get(User, user_id)
        return (user is not None and user.active and user.deleted_at is None
                and self.access.covers(user.id, user.department_id))

    def convert(self, lead_id: uuid.UUID, *, customer_id: uuid.UUID | None = None,
                opportunity: dict | None = None) -> Conversion:
        """One step: a new customer (or the existing `customer_id`), a contact for the person, and an
        opportunity when `opportunity` ({name, amount}) is given; the lead is marked converted."""
        self.access.require("leads", "edit")
        self.access.require("customers", "create" if customer_id is None else "edit")
        with self.db.unit_of_work(self.actor, "convert lead") as uow:
            lead = uow.get(Lead, lead_id)
            self._check(lead, "edit")
            if lead.status == "converted":
                raise CrmError("already_converted", id=str(lead_id))
            owner = lead.owner_id or self.actor.user_id
            department = lead.department_id or self.actor.department_id
            phone = normalize_phone(lead.phone, "phone") if lead.phone else ""
            if isinstance(phone, FieldError):
                phone = ""
            email = normalize_email(lead.email, "email") if lead.email else ""
            if isinstance(email, FieldError):
                email = ""
            if customer_id is None:
                customer = uow.create(Customer, name=lead.company or lead.name, source=lead.source,
                                      province=lead.province, city=lead.city, phone=phone, email=email,
                                      customer_type="enterprise" if lead.company else "individual",
                                      owner_id=owner, department_id=department)
            else:
                customer = uow.get(Customer, customer_id)
                if not self.access.covers(customer.owner_id, customer.department_id):
                    raise PermissionDenied(module="customers", action="edit", reason="out_of_scope")
            contact = uow.create(Contact, customer_id=customer.id, name=lead.name, title=lead.title, mobile=phone,
                                 email=email, owner_id=customer.owner_id or owner,
                                 department_id=customer.department_id or department)
            opportunity_id = None
            if opportunity:
                pipeline = pipelines.load(uow.session.connection())[0]
                stage = pipeline.first_open()
                now = self.db.now()
                made = uow.create(Opportunity, customer_id=customer.id, name=opportunity.get("name") or lead.company
                                  or lead.name, amount=opportunity.get("amount") or 0, pipeline_id=pipeline.id,
                                  stage_id=stage.id, probability=stage.probability, status="open",
                                  stage_entered_at=now, owner_id=owner, department_id=department,
                                  campaign_id=lead.campaign_id)  # the campaign's ROI counts what it led to
                uow.create(OpportunityStageSpan, opportunity_id=made.id, stage_id=stage.id, entered_at=now,
                           owner_id=owner, department_id=department)
                opportunity_id = made.id
            uow.update(lead, status="converted", converted_customer_id=customer.id, converted_at=self.db.now(),
                       owner_id=owner, department_id=department)
            changes = uow.commit()
        return Conversion(customer.id, contact.id, opportunity_id, changes | Changes(customers=True))
