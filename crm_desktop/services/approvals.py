"""Approvals (审批): flows an administrator configures per kind of record (contracts, receivable plans,
invoices, quote discounts) above a threshold, an approver chain by role, approve or reject with a comment,
a "my approvals" inbox, and records locked while their request is pending.

A decision is an ApprovalDecision row written with the request's new state in one action. On a shared server
the server arbitrates it (crm_approval_guard, s0003): a decision on a request no longer pending at that step,
or from someone not holding the step's role, is refused and rolled back on the decider's replica.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..data.models import (ApprovalDecision, ApprovalFlow, ApprovalRequest, Contract, Invoice, Quote, ReceivablePlan,
                           User)
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import CrmError, FieldError, NotFound, ValidationError
from ..domain.records import APPROVAL_ENTITIES
from .base import UserService

DEPARTMENT_STEP = "department:"  # a step decided by a department's approvers rather than a role's holders
RECORDS = {"contract": Contract, "receivable_plan": ReceivablePlan, "invoice": Invoice, "quote": Quote}
# The status a record shows while it waits, and after each outcome (records without a status: none).
WAITING = {"contract": "pending", "invoice": "pending", "quote": None, "receivable_plan": None}
OUTCOME = {("contract", "approved"): "active", ("contract", "rejected"): "draft",
           ("invoice", "approved"): "draft", ("invoice", "rejected"): "draft"}


class Locked(CrmError):
    """The record waits for approval: nobody changes it until the approvers decide."""
    code = "locked_pending_approval"


class NotPending(CrmError):
    code = "not_pending"


@dataclass(frozen=True)
class FlowItem:
    id: uuid.UUID
    name: str
    entity: str
    threshold: int
    steps: tuple[str, ...]
    active: bool


@dataclass(frozen=True)
class RequestItem:
    id: uuid.UUID
    entity: str
    row_id: uuid.UUID
    summary: str
    amount: int
    step: int
    steps: tuple[str, ...]
    status: str
    requested_by: str
    requested_at: datetime
    decisions: tuple[tuple[int, str, str, str, datetime], ...]  # step, decision, comment, who, when

    @property
    def waiting_for(self) -> str:
        return self.steps[self.step] if self.status == "pending" and self.step < len(self.steps) else ""


def _flow_for(session, entity: str, amount: int) -> ApprovalFlow | None:
    """The active flow with the highest threshold the amount reaches."""
    return session.scalars(select(ApprovalFlow).where(ApprovalFlow.entity == entity, ApprovalFlow.active.is_(True),
                                                      ApprovalFlow.deleted_at.is_(None),
                                                      ApprovalFlow.threshold <= amount)
                           .order_by(ApprovalFlow.threshold.desc())).first()


def pending_request(session, entity: str, row_id: uuid.UUID) -> ApprovalRequest | None:
    return session.scalars(select(ApprovalRequest).where(ApprovalRequest.entity == entity,
                                                         ApprovalRequest.row_id == row_id,
                                                         ApprovalRequest.status == "pending",
                                                         ApprovalRequest.deleted_at.is_(None))).first()


def refuse_if_pending(uow, entity: str, row_id: uuid.UUID) -> None:
    if pending_request(uow.session, entity, row_id) is not None:
        raise Locked(entity=entity, id=str(row_id))


def submit_if_needed(uow, actor, entity: str, row, amount: int, summary: str) -> ApprovalRequest | None:
    """Within the write that creates or changes `row`: open a request when a flow's threshold is reached."""
    flow = _flow_for(uow.session, entity, amount)
    if flow is None or not flow.steps or pending_request(uow.session, entity, row.id) is not None:
        return None
    request = uow.create(ApprovalRequest, flow_id=flow.id, entity=entity, row_id=row.id, summary=summary[:200],
                         amount=amount, step=0, status="pending", owner_id=actor.user_id,
                         department_id=row.department_id)
    if WAITING.get(entity):
        uow.update(row, status=WAITING[entity])
    return request


class ApprovalService(UserService):
    # -- flows ---------------------------------------------------------------------------------------
    def flows(self) -> list[FlowItem]:
        with self.db.reading() as conn:
            return [FlowItem(r.id, r.name, r.entity, r.threshold, tuple(r.steps or ()), bool(r.active))
                    for r in conn.execute(select(ApprovalFlow.__table__).where(ApprovalFlow.deleted_at.is_(None))
                                          .order_by(ApprovalFlow.entity, ApprovalFlow.threshold))]

    def save_flow(self, flow_id: uuid.UUID | None, values: dict) -> tuple[uuid.UUID, Changes]:
        """name, entity (contract / receivable_plan / invoice / quote), threshold (minor units; for quotes the
        largest line discount in percent), steps (in order: role codes, or "department:<id hex>"), active."""
        self.access.require("approvals", "administer")
        steps = values.get("steps")
        if steps is not None and (not isinstance(steps, list) or not steps or not all(isinstance(s, str) and s
                                                                                    for s in steps)):
            raise ValidationError([FieldError("steps", "required")])
        if values.get("entity") not in (None, *APPROVAL_ENTITIES):
            raise ValidationError([FieldError("entity", "not_a_choice")])
        with self.db.unit_of_work(self.actor, "save approval flow") as uow:
            if flow_id is None:
                flow = uow.create(ApprovalFlow, **values)
            else:
                flow = uow.get(ApprovalFlow, flow_id)
                uow.update(flow, **values)
            return flow.id, uow.commit()

    # -- requests ------------------------------------------------------------------------------------
    def _items(self, conn, requests) -> list[RequestItem]:
        flows = {r.id: tuple(r.steps or ()) for r in conn.execute(select(ApprovalFlow.id, ApprovalFlow.steps))}
        names = dict(conn.execute(select(User.id, User.display_name)).all())
        ids = [r.id for r in requests]
        decisions: dict = {}
        if ids:
            for d in conn.execute(select(ApprovalDecision.__table__).where(ApprovalDecision.request_id.in_(ids),
                                                                          ApprovalDecision.deleted_at.is_(None))
                                  .order_by(ApprovalDecision.created_at)):
                decisions.setdefault(d.request_id, []).append((d.step, d.decision, d.comment,
                                                               names.get(d.created_by, ""), d.created_at))
        return [RequestItem(r.id, r.entity, r.row_id, r.summary, r.amount, r.step, flows.get(r.flow_id, ()),
                            r.status, names.get(r.owner_id, ""), r.created_at, tuple(decisions.get(r.id, ())))
                for r in requests]

    def _decides(self, step: str) -> bool:
        """Whether this user decides a step: "<role code>" (holders of the role) or "department:<id>" (those
        of that department who may approve)."""
        if step.startswith(DEPARTMENT_STEP):
            return self.access.can("approvals", "approve") and self.actor.department_id is not None \
                and step[len(DEPARTMENT_STEP):] == self.actor.department_id.hex
        return step in self.access.role_codes

    def inbox(self) -> list[RequestItem]:
        """Pending requests whose current step I decide ("my approvals")."""
        self.access.require("approvals", "view")
        with self.db.reading() as conn:
            rows = conn.execute(select(ApprovalRequest.__table__).where(ApprovalRequest.status == "pending",
                                                                        ApprovalRequest.deleted_at.is_(None))
                                .order_by(ApprovalRequest.created_at)).all()
            items = self._items(conn, rows)
        return [i for i in items if i.waiting_for and self._decides(i.waiting_for)]

    def requests_of(self, entity: str, row_id: uuid.UUID) -> list[RequestItem]:
        with self.db.reading() as conn:
            rows = conn.execute(select(ApprovalRequest.__table__).where(ApprovalRequest.entity == entity,
                                                                        ApprovalRequest.row_id == row_id,
                                                                        ApprovalRequest.deleted_at.is_(None))
                                .order_by(ApprovalRequest.created_at)).all()
            return self._items(conn, rows)

    def mine(self) -> list[RequestItem]:
        """Requests I submitted, newest first."""
        with self.db.reading() as conn:
            rows = conn.execute(select(ApprovalRequest.__table__).where(ApprovalRequest.owner_id == self.actor.user_id,
                                                                        ApprovalRequest.deleted_at.is_(None))
                                .order_by(ApprovalRequest.created_at.desc())).all()
            return self._items(conn, rows)

    def decide(self, request_id: uuid.UUID, decision: str, comment: str = "") -> Changes:
        """Approve (the chain moves on, or the record is approved at the last step) or reject (a comment is
        required) the request's current step, as a holder of that step's role."""
        self.access.require("approvals", "approve")
        if decision not in ("approved", "rejected"):
            raise ValidationError([FieldError("decision", "not_a_choice")])
        if decision == "rejected" and not comment.strip():
            raise ValidationError([FieldError("comment", "required")])
        with self.db.unit_of_work(self.actor, f"approval: {decision}") as uow:
            request = uow.get(ApprovalRequest, request_id)
            if request.status != "pending":
                raise NotPending(id=str(request_id), status=request.status)
            flow = uow.get(ApprovalFlow, request.flow_id, include_deleted=True)
            steps = list(flow.steps or [])
            role = steps[request.step] if request.step < len(steps) else ""
            if not role or not self._decides(role):
                raise PermissionDenied(module="approvals", action="approve", reason="not_your_step")
            uow.create(ApprovalDecision, request_id=request.id, step=request.step, decision=decision,
                       comment=comment.strip(), owner_id=self.actor.user_id, department_id=request.department_id)
            now = self.db.now()
            if decision == "rejected":
                uow.update(request, status="rejected", decided_at=now)
            elif request.step + 1 < len(steps):
                uow.update(request, step=request.step + 1)
            else:
                uow.update(request, status="approved", decided_at=now)
            if request.status != "pending":
                record = uow.get(RECORDS[request.entity], request.row_id)
                outcome = OUTCOME.get((request.entity, request.status))
                if outcome and getattr(record, "status", None) == WAITING.get(request.entity):
                    uow.update(record, status=outcome)
            return uow.commit() | Changes(contracts=True, receivables=True, quotes=True)

    def cancel(self, request_id: uuid.UUID) -> Changes:
        """The requester withdraws a pending request; the record unlocks (back to draft)."""
        with self.db.unit_of_work(self.actor, "withdraw approval request") as uow:
            request = uow.get(ApprovalRequest, request_id)
            if request.owner_id != self.actor.user_id:
                raise PermissionDenied(module="approvals", action="view", reason="not_requester")
            if request.status != "pending":
                raise NotPending(id=str(request_id), status=request.status)
            uow.update(request, status="cancelled", decided_at=self.db.now())
            record = uow.get(RECORDS[request.entity], request.row_id)
            if WAITING.get(request.entity) and getattr(record, "status", None) == WAITING[request.entity]:
                uow.update(record, status="draft")
            return uow.commit() | Changes(contracts=True, receivables=True)


__all__ = ["ApprovalService", "Locked", "NotPending", "submit_if_needed", "refuse_if_pending", "NotFound"]
