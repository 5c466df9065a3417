"""Receivables (回款): a contract's receivable plan (instalments), payments received against it, invoices,
the aging of what is open, and reminders before an instalment falls due.

Invariants, enforced on every write: the plan's live instalments never add up to more than the contract
amount; a payment never exceeds what is open (on its instalment, or on the contract) unless it is recorded
as an overpayment; invoices never add up to more than the contract amount. `received` on plans and
contracts is kept by the same write as the payment, so lists read it without summing payments.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from ..data.models import ApprovalRequest, Contract, Customer, Invoice, Payment, ReceivablePlan
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import FieldError, NotFound, ValidationError
from ..domain.receivables import AGING_BUCKETS, bucket, plan_status
from . import approvals, loyalty
from .base import UserService


@dataclass(frozen=True)
class PlanItem:
    id: uuid.UUID
    contract_id: uuid.UUID
    instalment: int
    amount: int
    due_on: date
    method: str
    remind_days: int
    received: int
    void: bool
    status: str
    locked: bool  # waiting for approval

    @property
    def open(self) -> int:
        return 0 if self.void else max(self.amount - self.received, 0)


@dataclass(frozen=True)
class PaymentItem:
    id: uuid.UUID
    plan_id: uuid.UUID | None
    amount: int
    received_on: date
    method: str
    overpayment: bool
    reference: str


@dataclass(frozen=True)
class InvoiceItem:
    id: uuid.UUID
    number: str
    title_type: str
    title: str
    tax_number: str
    amount: int
    status: str
    issued_on: date | None
    payment_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True)
class DueReminder:
    plan_id: uuid.UUID
    contract_id: uuid.UUID
    contract_number: str
    customer_name: str
    instalment: int
    open: int
    currency: str
    due_on: date


class ReceivableService(UserService):
    def _contract(self, uow, contract_id: uuid.UUID, action: str) -> Contract:
        self.access.require("receivables", action)
        contract = uow.get(Contract, contract_id)
        if not self.access.covers(contract.owner_id, contract.department_id):
            raise PermissionDenied(module="receivables", action=action, reason="out_of_scope")
        return contract

    @staticmethod
    def _planned(uow, contract_id: uuid.UUID, without: uuid.UUID | None = None) -> int:
        stmt = select(func.coalesce(func.sum(ReceivablePlan.amount), 0)).where(
            ReceivablePlan.contract_id == contract_id, ReceivablePlan.void.is_(False),
            ReceivablePlan.deleted_at.is_(None))
        if without is not None:
            stmt = stmt.where(ReceivablePlan.id != without)
        return uow.session.scalar(stmt)

    # -- plans ---------------------------------------------------------------------------------------
    def plans(self, contract_id: uuid.UUID, today: date | None = None) -> list[PlanItem]:
        self.access.require("receivables", "view")
        today = today or date.today()
        with self.db.reading() as conn:
            c = conn.execute(select(Contract.owner_id, Contract.department_id).where(Contract.id == contract_id)).first()
            if c is None or not self.access.covers(c.owner_id, c.department_id):
                raise PermissionDenied(module="receivables", action="view", reason="out_of_scope")
            rows = conn.execute(select(ReceivablePlan.__table__).where(ReceivablePlan.contract_id == contract_id,
                                                                       ReceivablePlan.deleted_at.is_(None))
                                .order_by(ReceivablePlan.instalment, ReceivablePlan.due_on)).all()
            locked = {r[0] for r in conn.execute(select(ApprovalRequest.row_id).where(
                ApprovalRequest.entity == "receivable_plan", ApprovalRequest.status == "pending",
                ApprovalRequest.deleted_at.is_(None)))}
        return [PlanItem(r.id, r.contract_id, r.instalment, r.amount, r.due_on, r.method, r.remind_days, r.received,
                         bool(r.void), plan_status(r.amount, r.received, bool(r.void), r.due_on, today), r.id in locked)
                for r in rows]

    def add_plan(self, contract_id: uuid.UUID, values: dict) -> tuple[uuid.UUID, Changes]:
        """An instalment: amount, due_on, method, remind_days (instalment numbers follow on)."""
        with self.db.unit_of_work(self.actor, "add receivable plan") as uow:
            contract = self._contract(uow, contract_id, "create")
            amount = values.get("amount") or 0
            if amount <= 0:
                raise ValidationError([FieldError("amount", "required")])
            planned = self._planned(uow, contract.id)
            if planned + amount > contract.amount:
                raise ValidationError([FieldError("amount", "plans_exceed_contract",
                                                  {"left": contract.amount - planned})])
            instalment = values.get("instalment") or (uow.session.scalar(
                select(func.coalesce(func.max(ReceivablePlan.instalment), 0)).where(
                    ReceivablePlan.contract_id == contract.id, ReceivablePlan.deleted_at.is_(None))) + 1)
            values = {"method": "bank", **values, "instalment": instalment}
            plan = uow.create(ReceivablePlan, contract_id=contract.id, **values,
                              owner_id=contract.owner_id, department_id=contract.department_id)
            approvals.submit_if_needed(uow, self.actor, "receivable_plan", plan, plan.amount,
                                       f"{contract.number} 第 {instalment} 期")
            return plan.id, uow.commit()

    def update_plan(self, plan_id: uuid.UUID, values: dict) -> Changes:
        allowed = {"amount", "due_on", "method", "remind_days"}
        if set(values) - allowed:
            raise ValidationError([FieldError(n, "read_only") for n in sorted(set(values) - allowed)])
        with self.db.unit_of_work(self.actor, "edit receivable plan") as uow:
            plan = uow.get(ReceivablePlan, plan_id)
            contract = self._contract(uow, plan.contract_id, "edit")
            approvals.refuse_if_pending(uow, "receivable_plan", plan.id)
            if "amount" in values:
                if values["amount"] < plan.received:
                    raise ValidationError([FieldError("amount", "below_received", {"received": plan.received})])
                if self._planned(uow, contract.id, without=plan.id) + values["amount"] > contract.amount:
                    raise ValidationError([FieldError("amount", "plans_exceed_contract",
                                                      {"left": contract.amount - self._planned(uow, contract.id,
                                                                                               without=plan.id)})])
            uow.update(plan, **values)
            return uow.commit()

    def void_plan(self, plan_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "void receivable plan") as uow:
            plan = uow.get(ReceivablePlan, plan_id)
            self._contract(uow, plan.contract_id, "edit")
            approvals.refuse_if_pending(uow, "receivable_plan", plan.id)
            if plan.received:
                raise ValidationError([FieldError("void", "has_payments")])
            uow.update(plan, void=True)
            return uow.commit()

    # -- payments ------------------------------------------------------------------------------------
    def payments(self, contract_id: uuid.UUID) -> list[PaymentItem]:
        self.access.require("receivables", "view")
        with self.db.reading() as conn:
            return [PaymentItem(r.id, r.plan_id, r.amount, r.received_on, r.method, bool(r.overpayment), r.reference)
                    for r in conn.execute(select(Payment.__table__).where(Payment.contract_id == contract_id,
                                                                          Payment.deleted_at.is_(None))
                                          .order_by(Payment.received_on, Payment.created_at))]

    def record_payment(self, contract_id: uuid.UUID, values: dict) -> tuple[uuid.UUID, Changes]:
        """A payment received: amount, received_on, method, plan_id (optional), overpayment, reference."""
        with self.db.unit_of_work(self.actor, "record payment") as uow:
            contract = self._contract(uow, contract_id, "create")
            amount = values.get("amount") or 0
            if amount <= 0:
                raise ValidationError([FieldError("amount", "required")])
            overpayment = bool(values.get("overpayment"))
            plan = None
            if values.get("plan_id"):
                plan = uow.get(ReceivablePlan, values["plan_id"])
                if plan.contract_id != contract.id or plan.void:
                    raise ValidationError([FieldError("plan_id", "not_a_choice")])
                approvals.refuse_if_pending(uow, "receivable_plan", plan.id)
                open_amount = plan.amount - plan.received
            else:
                open_amount = contract.amount - contract.received
            if amount > open_amount and not overpayment:
                raise ValidationError([FieldError("amount", "exceeds_open", {"open": max(open_amount, 0)})])
            payment = uow.create(Payment, contract_id=contract.id, **{"method": "bank", **values},
                                 owner_id=contract.owner_id,
                                 department_id=contract.department_id)
            if plan is not None:
                uow.update(plan, received=plan.received + amount)
            uow.update(contract, received=contract.received + amount)
            loyalty.earn_for_payment_in(uow, payment, self.db.now())  # the points commit with the payment
            return payment.id, uow.commit() | Changes(contracts=True)

    def delete_payment(self, payment_id: uuid.UUID) -> Changes:
        """A payment recorded by mistake: removed (recycle bin) and taken off what was received."""
        with self.db.unit_of_work(self.actor, "delete payment") as uow:
            payment = uow.get(Payment, payment_id)
            contract = self._contract(uow, payment.contract_id, "delete")
            if payment.plan_id:
                plan = uow.get(ReceivablePlan, payment.plan_id)
                uow.update(plan, received=max(plan.received - payment.amount, 0))
            uow.update(contract, received=max(contract.received - payment.amount, 0))
            loyalty.reverse_payment_in(uow, payment, self.db.now())
            uow.delete(payment)
            return uow.commit() | Changes(contracts=True)

    # -- invoices ------------------------------------------------------------------------------------
    def invoices(self, contract_id: uuid.UUID) -> list[InvoiceItem]:
        self.access.require("receivables", "view")
        with self.db.reading() as conn:
            return [InvoiceItem(r.id, r.number, r.title_type, r.title, r.tax_number, r.amount, r.status, r.issued_on,
                                tuple(uuid.UUID(str(p)) for p in (r.payment_ids or [])))
                    for r in conn.execute(select(Invoice.__table__).where(Invoice.contract_id == contract_id,
                                                                          Invoice.deleted_at.is_(None))
                                          .order_by(Invoice.created_at))]

    def add_invoice(self, contract_id: uuid.UUID, values: dict) -> tuple[uuid.UUID, Changes]:
        """title_type (company / individual), title, tax_number (a company's credit code), amount, payment_ids."""
        values = dict(values)
        values["payment_ids"] = [str(p) for p in values.get("payment_ids", [])]
        with self.db.unit_of_work(self.actor, "add invoice") as uow:
            contract = self._contract(uow, contract_id, "create")
            if values.get("title_type", "company") == "company" and not values.get("tax_number"):
                raise ValidationError([FieldError("tax_number", "required")])
            invoiced = uow.session.scalar(select(func.coalesce(func.sum(Invoice.amount), 0)).where(
                Invoice.contract_id == contract.id, Invoice.status != "void", Invoice.deleted_at.is_(None)))
            if invoiced + (values.get("amount") or 0) > contract.amount:
                raise ValidationError([FieldError("amount", "invoices_exceed_contract",
                                                  {"left": contract.amount - invoiced})])
            known = {p.hex for p in uow.session.scalars(select(Payment.id).where(Payment.contract_id == contract.id))}
            if any(uuid.UUID(p).hex not in known for p in values["payment_ids"]):
                raise ValidationError([FieldError("payment_ids", "not_a_choice")])
            invoice = uow.create(Invoice, contract_id=contract.id, **values, owner_id=contract.owner_id,
                                 department_id=contract.department_id)
            approvals.submit_if_needed(uow, self.actor, "invoice", invoice, invoice.amount,
                                       f"{contract.number} {invoice.title}")
            return invoice.id, uow.commit()

    def issue_invoice(self, invoice_id: uuid.UUID, number: str = "", issued_on: date | None = None) -> Changes:
        from .contracts import next_number
        with self.db.unit_of_work(self.actor, "issue invoice") as uow:
            invoice = uow.get(Invoice, invoice_id)
            self._contract(uow, invoice.contract_id, "edit")
            approvals.refuse_if_pending(uow, "invoice", invoice.id)
            if invoice.status not in ("draft",):
                raise ValidationError([FieldError("status", "not_a_choice")])
            today = issued_on or self.db.now().date()
            uow.update(invoice, status="issued", issued_on=today,
                       number=number or next_number(uow, "invoice", today, Invoice))
            return uow.commit()

    def void_invoice(self, invoice_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "void invoice") as uow:
            invoice = uow.get(Invoice, invoice_id)
            self._contract(uow, invoice.contract_id, "edit")
            uow.update(invoice, status="void")
            return uow.commit()

    # -- figures -------------------------------------------------------------------------------------
    def _scoped_plans(self, today: date):
        clauses = [ReceivablePlan.deleted_at.is_(None), ReceivablePlan.void.is_(False),
                   ReceivablePlan.received < ReceivablePlan.amount]
        if self.access.owner_ids is not None:
            clauses.append(ReceivablePlan.owner_id.in_(list(self.access.owner_ids)))
        if self.access.department_ids is not None:
            clauses.append(ReceivablePlan.department_id.in_(list(self.access.department_ids)))
        return clauses

    def aging(self, today: date | None = None) -> dict[str, dict[str, int]]:
        """Open amounts by how late they are: {bucket: {currency: minor}} for not_due, 1_30, 31_60, 61_90,
        over_90 (one aggregate per bucket boundary, in SQL)."""
        self.access.require("receivables", "view")
        today = today or date.today()
        out: dict[str, dict[str, int]] = {name: {} for name, _l, _h in AGING_BUCKETS}
        stmt = (select(ReceivablePlan.due_on, Contract.currency,
                       func.sum(ReceivablePlan.amount - ReceivablePlan.received))
                .join(Contract, Contract.id == ReceivablePlan.contract_id)
                .where(*self._scoped_plans(today)).group_by(ReceivablePlan.due_on, Contract.currency))
        with self.db.reading() as conn:
            for due_on, currency, amount in conn.execute(stmt):
                name = bucket(due_on, today)
                out[name][currency] = out[name].get(currency, 0) + amount
        return out

    def overdue_customers(self, today: date | None = None) -> set[uuid.UUID]:
        """Customers with an instalment past due and not fully paid (the churn warning's receivables rule)."""
        self.access.require("receivables", "view")
        today = today or date.today()
        stmt = (select(Contract.customer_id).join(ReceivablePlan, ReceivablePlan.contract_id == Contract.id)
                .where(*self._scoped_plans(today), ReceivablePlan.due_on < today, Contract.deleted_at.is_(None))
                .distinct())
        with self.db.reading() as conn:
            return {r[0] for r in conn.execute(stmt)}

    def due_reminders(self, today: date | None = None) -> list[DueReminder]:
        """Open instalments whose reminder day (due date minus its remind days) has come, due soonest first."""
        self.access.require("receivables", "view")
        today = today or date.today()
        horizon = today + timedelta(days=365)
        stmt = (select(ReceivablePlan.id, ReceivablePlan.contract_id, Contract.number, Customer.name,
                       ReceivablePlan.instalment, ReceivablePlan.amount - ReceivablePlan.received, Contract.currency,
                       ReceivablePlan.due_on, ReceivablePlan.remind_days)
                .join(Contract, Contract.id == ReceivablePlan.contract_id)
                .join(Customer, Customer.id == Contract.customer_id)
                .where(*self._scoped_plans(today), ReceivablePlan.due_on <= horizon)
                .order_by(ReceivablePlan.due_on))
        with self.db.reading() as conn:
            return [DueReminder(*r[:8]) for r in conn.execute(stmt)
                    if r.due_on - timedelta(days=r.remind_days) <= today]


__all__ = ["ReceivableService", "PlanItem", "PaymentItem", "InvoiceItem", "DueReminder", "NotFound"]
