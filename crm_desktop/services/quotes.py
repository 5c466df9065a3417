"""Quotes (报价单) made from opportunities: lines with quantity, discount and tax, exact totals, versions, and
the PDF (reportlab, services/quote_pdf.py).

Totals: each line's net is quantity x unit price x (1 - discount%), its tax net x rate%, each rounded half
up to the minor unit once; the quote's figures are the exact sums of its lines' figures.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select

from ..data.models import Customer, Opportunity, OpportunityLine, Quote, QuoteLine, User
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import CrmError, FieldError, NotFound, ValidationError
from ..domain.records import validate
from . import approvals
from . import company as company_settings
from .base import UserService

DEFAULT_TAX_RATE = "13"  # 增值税 on goods; services quote 6 and change it per line
VALID_DAYS = 30


class QuoteLocked(CrmError):
    """Only a draft quote changes; a sent one gets a new version."""
    code = "quote_locked"


@dataclass(frozen=True)
class QuoteLineItem:
    id: uuid.UUID | None
    name: str
    quantity: str
    unit_price: int
    discount: str = "0"
    tax_rate: str = DEFAULT_TAX_RATE
    unit: str = ""
    product_id: uuid.UUID | None = None
    net: int = 0
    tax: int = 0
    total: int = 0


@dataclass(frozen=True)
class QuoteDetail:
    id: uuid.UUID
    number: str
    version: int  # v1, v2, … (the quote's revision column)
    title: str
    opportunity_id: uuid.UUID
    customer_id: uuid.UUID
    customer_name: str
    owner_name: str
    currency: str
    quoted_on: date | None
    valid_until: date | None
    status: str
    subtotal: int
    tax: int
    total: int
    terms: str
    lines: tuple[QuoteLineItem, ...]

    @property
    def label(self) -> str:
        return f"{self.number} v{self.version}"


def _round(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def line_figures(quantity: str, unit_price: int, discount: str, tax_rate: str) -> tuple[int, int, int]:
    """(net, tax, total) of one line in minor units, exact."""
    net = _round(Decimal(quantity) * unit_price * (Decimal(100) - Decimal(discount)) / 100)
    tax = _round(Decimal(net) * Decimal(tax_rate) / 100)
    return net, tax, net + tax


class QuoteService(UserService):
    def _check(self, row, action: str) -> None:
        self.access.require("quotes", action)
        if not self.access.covers(row.owner_id, row.department_id):
            raise PermissionDenied(module="quotes", action=action, reason="out_of_scope")

    # -- reads ---------------------------------------------------------------------------------------
    def get(self, quote_id: uuid.UUID) -> QuoteDetail:
        self.access.require("quotes", "view")
        with self.db.reading() as conn:
            q = conn.execute(select(Quote.__table__).where(Quote.id == quote_id, Quote.deleted_at.is_(None))).first()
            if q is None:
                raise NotFound(entity="quote", id=str(quote_id))
            self._check(q, "view")
            customer = conn.execute(select(Customer.name).where(Customer.id == q.customer_id)).scalar() or ""
            owner = conn.execute(select(User.display_name).where(User.id == q.owner_id)).scalar() or ""
            lines = tuple(QuoteLineItem(r.id, r.name, r.quantity, r.unit_price, r.discount, r.tax_rate, r.unit,
                                        r.product_id, r.net, r.tax, r.total)
                          for r in conn.execute(select(QuoteLine.__table__).where(
                              QuoteLine.quote_id == q.id, QuoteLine.deleted_at.is_(None)).order_by(QuoteLine.position)))
        return QuoteDetail(q.id, q.number, q.revision, q.title, q.opportunity_id, q.customer_id, customer, owner,
                           q.currency, q.quoted_on, q.valid_until, q.status, q.subtotal, q.tax, q.total, q.terms, lines)

    def of_opportunity(self, opportunity_id: uuid.UUID) -> list[tuple[uuid.UUID, str, int, str, int]]:
        """(id, number, version, status, total) of an opportunity's quotes, newest version first."""
        self.access.require("quotes", "view")
        with self.db.reading() as conn:
            rows = conn.execute(select(Quote.id, Quote.number, Quote.revision, Quote.status, Quote.total,
                                       Quote.owner_id, Quote.department_id)
                                .where(Quote.opportunity_id == opportunity_id, Quote.deleted_at.is_(None))
                                .order_by(Quote.number, Quote.revision.desc())).all()
        return [tuple(r[:5]) for r in rows if self.access.covers(r.owner_id, r.department_id)]

    def pdf(self, quote_id: uuid.UUID) -> bytes:
        from .quote_pdf import render
        return render(self.get(quote_id), company_settings.read(self.db))

    # -- writes --------------------------------------------------------------------------------------
    def create_from_opportunity(self, opportunity_id: uuid.UUID, *, tax_rate: str = DEFAULT_TAX_RATE
                                ) -> tuple[uuid.UUID, Changes]:
        """A draft quote with the opportunity's product lines (or one line for its amount)."""
        self.access.require("quotes", "create")
        with self.db.unit_of_work(self.actor, "new quote") as uow:
            o = uow.get(Opportunity, opportunity_id)
            if not self.access.covers(o.owner_id, o.department_id):
                raise PermissionDenied(module="quotes", action="create", reason="out_of_scope")
            today = self.db.now().date()
            seq = uow.session.scalar(select(func.count()).select_from(Quote).where(
                Quote.number.like(f"Q{today:%Y%m%d}-%"))) + 1
            quote = uow.create(Quote, opportunity_id=o.id, customer_id=o.customer_id, number=f"Q{today:%Y%m%d}-{seq:03d}",
                               revision=1, title=o.name, currency=o.currency, quoted_on=today,
                               valid_until=today + timedelta(days=VALID_DAYS), owner_id=o.owner_id,
                               department_id=o.department_id)
            source = uow.session.scalars(select(OpportunityLine).where(
                OpportunityLine.opportunity_id == o.id, OpportunityLine.deleted_at.is_(None))
                .order_by(OpportunityLine.position)).all()
            lines = [QuoteLineItem(None, s.name, s.quantity, s.unit_price, s.discount, tax_rate, "", s.product_id)
                     for s in source] or [QuoteLineItem(None, o.name, "1", o.amount, "0", tax_rate)]
            self._write_lines(uow, quote, lines)
            self._discount_approval(uow, quote)
            return quote.id, uow.commit()

    def save(self, quote_id: uuid.UUID, values: dict, lines: Iterable[QuoteLineItem]) -> Changes:
        """Change a draft: title, validity, terms and the lines; totals follow exactly."""
        allowed = {"title", "valid_until", "quoted_on", "terms"}
        with self.db.unit_of_work(self.actor, "edit quote") as uow:
            quote = uow.get(Quote, quote_id)
            self._check(quote, "edit")
            if quote.status != "draft":
                raise QuoteLocked(number=quote.number, status=quote.status)
            approvals.refuse_if_pending(uow, "quote", quote.id)
            uow.update(quote, **{k: v for k, v in values.items() if k in allowed})
            self._write_lines(uow, quote, list(lines))
            self._discount_approval(uow, quote)
            return uow.commit()

    def set_status(self, quote_id: uuid.UUID, status: str) -> Changes:
        with self.db.unit_of_work(self.actor, "quote status") as uow:
            quote = uow.get(Quote, quote_id)
            self._check(quote, "edit")
            approvals.refuse_if_pending(uow, "quote", quote.id)  # a discount waiting for approval is not sent
            uow.update(quote, status=status)
            return uow.commit()

    def new_version(self, quote_id: uuid.UUID) -> tuple[uuid.UUID, Changes]:
        """A copy as the next version (a draft to edit); the version it replaces is superseded."""
        with self.db.unit_of_work(self.actor, "new quote version") as uow:
            old = uow.get(Quote, quote_id)
            self._check(old, "create")
            latest = uow.session.scalar(select(func.max(Quote.revision)).where(Quote.number == old.number,
                                                                               Quote.deleted_at.is_(None)))
            today = self.db.now().date()
            new = uow.create(Quote, opportunity_id=old.opportunity_id, customer_id=old.customer_id, number=old.number,
                             revision=latest + 1, title=old.title, currency=old.currency, quoted_on=today,
                             valid_until=today + timedelta(days=VALID_DAYS), terms=old.terms, owner_id=old.owner_id,
                             department_id=old.department_id)
            lines = uow.session.scalars(select(QuoteLine).where(QuoteLine.quote_id == old.id,
                                                                QuoteLine.deleted_at.is_(None))
                                        .order_by(QuoteLine.position)).all()
            self._write_lines(uow, new, [QuoteLineItem(None, line.name, line.quantity, line.unit_price, line.discount,
                                                       line.tax_rate, line.unit, line.product_id) for line in lines])
            if old.status != "superseded":
                uow.update(old, status="superseded")
            return new.id, uow.commit()

    def delete(self, quote_id: uuid.UUID) -> Changes:
        with self.db.unit_of_work(self.actor, "delete quote") as uow:
            quote = uow.get(Quote, quote_id)
            self._check(quote, "delete")
            uow.delete(quote)
            return uow.commit()

    def _discount_approval(self, uow, quote: Quote) -> None:
        """A quote whose largest line discount reaches a "quote" flow's threshold (in whole percent) waits for
        approval before it can be sent."""
        uow.session.flush()
        discounts = [Decimal(d) for (d,) in uow.session.execute(select(QuoteLine.discount).where(
            QuoteLine.quote_id == quote.id, QuoteLine.deleted_at.is_(None)))]
        largest = max(discounts, default=Decimal(0))
        if largest > 0:
            approvals.submit_if_needed(uow, self.actor, "quote", quote, int(largest),
                                       f"{quote.number} v{quote.revision} 折扣 {largest}%")

    @staticmethod
    def _write_lines(uow, quote: Quote, lines: list[QuoteLineItem]) -> None:
        existing = {line.id: line for line in uow.session.scalars(select(QuoteLine).where(
            QuoteLine.quote_id == quote.id, QuoteLine.deleted_at.is_(None)))}
        kept, subtotal, tax, total = set(), 0, 0, 0
        for position, line in enumerate(lines):
            values = {"name": line.name, "unit": line.unit, "quantity": line.quantity, "unit_price": line.unit_price,
                      "discount": line.discount, "tax_rate": line.tax_rate, "product_id": line.product_id,
                      "position": position}
            clean = validate("quote_line", values, partial=True)
            net, line_tax, line_total = line_figures(clean["quantity"], clean["unit_price"], clean["discount"],
                                                     clean["tax_rate"])
            values.update(net=net, tax=line_tax, total=line_total)
            subtotal, tax, total = subtotal + net, tax + line_tax, total + line_total
            if line.id in existing:
                kept.add(line.id)
                uow.update(existing[line.id], **values)
            else:
                uow.create(QuoteLine, quote_id=quote.id, owner_id=quote.owner_id, department_id=quote.department_id,
                           **values)
        for line_id, line in existing.items():
            if line_id not in kept:
                uow.delete(line)
        if not lines:
            raise ValidationError([FieldError("lines", "required")])
        uow.update(quote, subtotal=subtotal, tax=tax, total=total)
