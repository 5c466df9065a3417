"""Orders and contracts (订单 / 合同): numbered by the organisation's rules, made by hand or from a quote, with
sign/start/end dates, status, attached files, a PDF, and a list showing how much of each is collected and
overdue. While an approval is pending the contract is locked (services/approvals.py)."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import and_, case, exists, func, select

from ..data.models import AppSetting, Attachment, Contract, Customer, Payment, Quote, ReceivablePlan, User
from ..domain import numbering
from ..domain.access import PermissionDenied, setting_right
from ..domain.changes import Changes
from ..domain.errors import FieldError, NotFound, ValidationError
from . import approvals
from .base import UserService

NUMBERING_KEY = "numbering"
MAX_ATTACHMENT = 20 * 1024 * 1024


@dataclass(frozen=True)
class ContractRow:
    id: uuid.UUID
    kind: str
    number: str
    title: str
    customer_name: str
    amount: int
    currency: str
    received: int
    overdue: int
    signed_on: date | None
    ends_on: date | None
    status: str
    owner_name: str

    @property
    def collected_percent(self) -> float:
        return 100.0 * self.received / self.amount if self.amount else 0.0


@dataclass(frozen=True)
class ContractDetail:
    id: uuid.UUID
    kind: str
    number: str
    title: str
    customer_id: uuid.UUID
    customer_name: str
    opportunity_id: uuid.UUID | None
    quote_id: uuid.UUID | None
    amount: int
    currency: str
    received: int
    signed_on: date | None
    starts_on: date | None
    ends_on: date | None
    status: str
    notes: str
    owner_name: str
    attachments: tuple[tuple[uuid.UUID, str, int], ...]


def numbering_rules(conn) -> dict[str, str]:
    value = conn.execute(select(AppSetting.value).where(AppSetting.key == NUMBERING_KEY,
                                                        AppSetting.deleted_at.is_(None))).scalar()
    return {**numbering.DEFAULT_RULES, **(value or {})}


def next_number(uow, kind: str, today: date, model=Contract) -> str:
    pattern = numbering_rules(uow.session.connection())[kind]
    head = numbering.prefix(pattern, today)
    taken = uow.session.scalar(select(func.count()).select_from(model).where(model.number.like(head + "%")))
    seq = taken + 1
    while uow.session.scalar(select(func.count()).select_from(model).where(
            model.number == numbering.number(pattern, today, seq))):
        seq += 1
    return numbering.number(pattern, today, seq)


class ContractService(UserService):
    def _check(self, row, action: str) -> None:
        self.access.require("contracts", action)
        if not self.access.covers(row.owner_id, row.department_id):
            raise PermissionDenied(module="contracts", action=action, reason="out_of_scope")

    # -- numbering -----------------------------------------------------------------------------------
    def numbering_rules(self) -> dict[str, str]:
        with self.db.reading() as conn:
            return numbering_rules(conn)

    def set_numbering_rule(self, kind: str, pattern: str) -> Changes:
        self.access.require(*setting_right(NUMBERING_KEY))
        problem = numbering.check(pattern)
        if problem:
            raise ValidationError([problem])
        with self.db.unit_of_work(self.actor, "numbering rule") as uow:
            row = uow.session.scalars(select(AppSetting).where(AppSetting.key == NUMBERING_KEY,
                                                               AppSetting.deleted_at.is_(None))).first()
            if row is None:
                uow.create(AppSetting, key=NUMBERING_KEY, value={kind: pattern})
            else:
                uow.update(row, value={**(row.value or {}), kind: pattern})
            return uow.commit()

    # -- reads ---------------------------------------------------------------------------------------
    def get(self, contract_id: uuid.UUID) -> ContractDetail:
        self.access.require("contracts", "view")
        with self.db.reading() as conn:
            c = conn.execute(select(Contract.__table__).where(Contract.id == contract_id,
                                                              Contract.deleted_at.is_(None))).first()
            if c is None:
                raise NotFound(entity="contract", id=str(contract_id))
            self._check(c, "view")
            customer = conn.execute(select(Customer.name).where(Customer.id == c.customer_id)).scalar() or ""
            owner = conn.execute(select(User.display_name).where(User.id == c.owner_id)).scalar() or ""
            files = tuple(tuple(r) for r in conn.execute(select(Attachment.id, Attachment.file_name, Attachment.size)
                                                         .where(Attachment.entity == "contract",
                                                                Attachment.row_id == c.id,
                                                                Attachment.deleted_at.is_(None))
                                                         .order_by(Attachment.created_at)))
        return ContractDetail(c.id, c.kind, c.number, c.title, c.customer_id, customer, c.opportunity_id, c.quote_id,
                              c.amount, c.currency, c.received, c.signed_on, c.starts_on, c.ends_on, c.status,
                              c.notes, owner, files)

    DRILL_KEYS = ("owner_id", "signed_from", "signed_to", "received_from", "received_to", "overdue_on")

    def rows(self, today: date | None = None, *, customer_id: uuid.UUID | None = None, limit: int = 500,
             after: tuple | None = None, owner_id: uuid.UUID | None = None, signed_from: date | None = None,
             signed_to: date | None = None, received_from: date | None = None, received_to: date | None = None,
             overdue_on: date | None = None) -> list[ContractRow]:
        """The contract list, newest first: % collected from `received`, overdue from the plans. Narrowed (the
        dashboard's drill-downs) to one owner, to contracts signed in [signed_from, signed_to), with a payment
        received in [received_from, received_to), or with an instalment due before `overdue_on` and open."""
        self.access.require("contracts", "view")
        today = today or date.today()
        open_late = case((and_(ReceivablePlan.void.is_(False), ReceivablePlan.due_on < today,
                               ReceivablePlan.received < ReceivablePlan.amount),
                          ReceivablePlan.amount - ReceivablePlan.received), else_=0)
        overdue = (select(func.coalesce(func.sum(open_late), 0)).where(ReceivablePlan.contract_id == Contract.id,
                                                                       ReceivablePlan.deleted_at.is_(None))
                   .scalar_subquery())
        clauses = [Contract.deleted_at.is_(None)]
        if self.access.owner_ids is not None:
            clauses.append(Contract.owner_id.in_(list(self.access.owner_ids)))
        if self.access.department_ids is not None:
            clauses.append(Contract.department_id.in_(list(self.access.department_ids)))
        if customer_id is not None:
            clauses.append(Contract.customer_id == customer_id)
        if owner_id is not None:
            clauses.append(Contract.owner_id == owner_id)
        if signed_from is not None:
            clauses.append(Contract.signed_on >= signed_from)
        if signed_to is not None:
            clauses.append(Contract.signed_on < signed_to)
        if received_from is not None or received_to is not None:
            paid = [Payment.contract_id == Contract.id, Payment.deleted_at.is_(None)]
            if received_from is not None:
                paid.append(Payment.received_on >= received_from)
            if received_to is not None:
                paid.append(Payment.received_on < received_to)
            clauses.append(exists().where(*paid))
        if overdue_on is not None:
            clauses.append(exists().where(ReceivablePlan.contract_id == Contract.id,
                                          ReceivablePlan.deleted_at.is_(None), ReceivablePlan.void.is_(False),
                                          ReceivablePlan.due_on < overdue_on,
                                          ReceivablePlan.received < ReceivablePlan.amount))
        stmt = (select(Contract.id, Contract.kind, Contract.number, Contract.title, Customer.name, Contract.amount,
                       Contract.currency, Contract.received, overdue.label("overdue"), Contract.signed_on,
                       Contract.ends_on, Contract.status, User.display_name)
                .join(Customer, Customer.id == Contract.customer_id)
                .outerjoin(User, User.id == Contract.owner_id)
                .where(and_(*clauses)).order_by(Contract.created_at.desc(), Contract.id.desc()).limit(limit))
        with self.db.reading() as conn:
            return [ContractRow(*r[:12], r[12] or "") for r in conn.execute(stmt)]

    # -- writes --------------------------------------------------------------------------------------
    def create(self, values: dict) -> tuple[uuid.UUID, Changes]:
        """A contract (or order, kind) on a customer in scope; numbered by the rule unless a number is given.
        Amounts at or above an approval flow's threshold go for approval at once (and stay locked)."""
        self.access.require("contracts", "create")
        values = dict(values)
        with self.db.unit_of_work(self.actor, "new contract") as uow:
            customer = uow.get(Customer, values["customer_id"]) if values.get("customer_id") else None
            if customer is None:
                raise ValidationError([FieldError("customer_id", "required")])
            if not self.access.covers(customer.owner_id, customer.department_id):
                raise PermissionDenied(module="contracts", action="create", reason="out_of_scope")
            if not values.get("number"):
                values["number"] = next_number(uow, values.get("kind") or "contract", self.db.now().date())
            elif uow.session.scalar(select(func.count()).select_from(Contract).where(
                    Contract.number == values["number"], Contract.deleted_at.is_(None))):
                raise ValidationError([FieldError("number", "duplicate")])
            contract = uow.create(Contract, **values)
            approvals.submit_if_needed(uow, self.actor, "contract", contract, contract.amount,
                                       f"{contract.number} {contract.title}")
            self._record_deal(uow, contract)
            return contract.id, uow.commit()

    def create_from_quote(self, quote_id: uuid.UUID, values: dict | None = None) -> tuple[uuid.UUID, Changes]:
        with self.db.reading() as conn:
            q = conn.execute(select(Quote.__table__).where(Quote.id == quote_id)).first()
        if q is None:
            raise NotFound(entity="quote", id=str(quote_id))
        return self.create({"title": q.title or q.number, "customer_id": q.customer_id,
                            "opportunity_id": q.opportunity_id, "quote_id": q.id, "amount": q.total,
                            "currency": q.currency, **(values or {})})

    def update(self, contract_id: uuid.UUID, values: dict) -> Changes:
        allowed = {"title", "amount", "currency", "signed_on", "starts_on", "ends_on", "notes", "kind"}
        unknown = set(values) - allowed
        if unknown:
            raise ValidationError([FieldError(n, "read_only") for n in sorted(unknown)])
        with self.db.unit_of_work(self.actor, "edit contract") as uow:
            contract = uow.get(Contract, contract_id)
            self._check(contract, "edit")
            approvals.refuse_if_pending(uow, "contract", contract.id)
            if "amount" in values:
                planned = uow.session.scalar(select(func.coalesce(func.sum(ReceivablePlan.amount), 0)).where(
                    ReceivablePlan.contract_id == contract.id, ReceivablePlan.void.is_(False),
                    ReceivablePlan.deleted_at.is_(None)))
                if values["amount"] < max(planned, contract.received):
                    raise ValidationError([FieldError("amount", "below_planned",
                                                      {"planned": max(planned, contract.received)})])
            uow.update(contract, **values)
            if "amount" in values:
                approvals.submit_if_needed(uow, self.actor, "contract", contract, contract.amount,
                                           f"{contract.number} {contract.title}")
            self._record_deal(uow, contract)
            return uow.commit()

    def set_status(self, contract_id: uuid.UUID, status: str) -> Changes:
        with self.db.unit_of_work(self.actor, "contract status") as uow:
            contract = uow.get(Contract, contract_id)
            self._check(contract, "edit")
            approvals.refuse_if_pending(uow, "contract", contract.id)
            if status == "pending":
                raise ValidationError([FieldError("status", "not_a_choice")])
            uow.update(contract, status=status)
            self._record_deal(uow, contract)
            return uow.commit()

    def _record_deal(self, uow, contract: Contract) -> None:
        """A signed order or contract is a deal: it moves the customer's last deal forward, which resets the
        no-deal clocks of the churn warning and the pool rules (a steady buyer is not flagged as lost). A
        contract awaiting approval or terminated is no deal; a signing date in the future counts from now."""
        if contract.status in ("pending", "terminated"):
            return
        if contract.signed_on is None and contract.status not in ("active", "completed"):
            return
        now = self.db.now()
        when = min(datetime.combine(contract.signed_on, time()), now) if contract.signed_on else now
        customer = uow.get(Customer, contract.customer_id)
        if customer.last_deal_at is None or customer.last_deal_at < when:
            uow.update(customer, last_deal_at=when)

    def delete(self, contract_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "delete contract") as uow:
            contract = uow.get(Contract, contract_id)
            self._check(contract, "delete")
            if contract.received:
                raise ValidationError([FieldError("received", "has_payments")])
            uow.delete(contract)
            return uow.commit()

    # -- attachments ---------------------------------------------------------------------------------
    def attach(self, contract_id: uuid.UUID, path: str | Path) -> tuple[uuid.UUID, Changes]:
        path = Path(path)
        data = path.read_bytes()
        if len(data) > MAX_ATTACHMENT:
            raise ValidationError([FieldError("file", "too_large", {"max_mb": MAX_ATTACHMENT // (1024 * 1024)})])
        with self.db.unit_of_work(self.actor, "attach file") as uow:
            contract = uow.get(Contract, contract_id)
            self._check(contract, "edit")
            row = uow.create(Attachment, entity="contract", row_id=contract.id, file_name=path.name[:200],
                             size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data,
                             owner_id=contract.owner_id, department_id=contract.department_id)
            return row.id, uow.commit()

    def attachment(self, attachment_id: uuid.UUID) -> tuple[str, bytes]:
        self.access.require("contracts", "view")
        with self.db.reading() as conn:
            row = conn.execute(select(Attachment.file_name, Attachment.data, Attachment.owner_id,
                                      Attachment.department_id).where(Attachment.id == attachment_id)).first()
        if row is None:
            raise NotFound(entity="attachment", id=str(attachment_id))
        self._check(row, "view")
        return row.file_name, row.data

    def pdf(self, contract_id: uuid.UUID) -> bytes:
        from . import company
        from .contract_pdf import render
        from .receivables import ReceivableService
        plans = ReceivableService(self.db, self.actor, self.access).plans(contract_id)
        return render(self.get(contract_id), plans, company.read(self.db))
