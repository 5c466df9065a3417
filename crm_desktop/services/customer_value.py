"""Customer value (客户价值): RFM scores and segments and a simple lifetime value per customer, from the
payments received (回款) on their contracts.

One SQL aggregate reads, per customer, what analytics/rfm.py's summary needs: the first and last payment
day, the number of days with a payment, the total, and the first day's total (payments of one day count as
one purchase, lifetimes' daily periods). From those the summary is exact — the same numbers
`rfm.summary(freq="D")` gives on the payments themselves — without loading every payment into Python.

* R = days since the last payment, F = days with a payment, M = the total received (yuan, Decimal);
  quintile scores and the eight named segments of analytics/rfm.py, relative to the customers in the
  reader's scope (a rep's segments compare their own customers).
* CLV = average payment-day amount × repeat rate since the first payment × 365 days (rfm.simple_clv): the
  expected receipts of the next year if the customer keeps its pace; 0 without a repeat payment.

Only payments in one currency (CNY unless asked) are summed; only contracts in the reader's data scope count,
and reading it needs receivables.view. Segments are codes; the UI words them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import case, func, select

from ..analytics.rfm import SEGMENTS, CustomerSummary, rfm_scores, simple_clv
from ..data.models import Contract, Customer, Payment
from ..domain.access import PermissionDenied
from ..domain.money import DEFAULT_CURRENCY, exponent
from .base import UserService
from .report_dto import Pane, Series

CLV_HORIZON_DAYS = 365

# analytics/rfm.py's (R high, F high, M high) -> the segment's code.
SEGMENT_CODES: dict[tuple[bool, bool, bool], str] = {
    (True, True, True): "important_value",
    (True, False, True): "important_develop",
    (False, True, True): "important_keep",
    (False, False, True): "important_retain",
    (True, True, False): "general_value",
    (True, False, False): "general_develop",
    (False, True, False): "general_keep",
    (False, False, False): "general_retain",
}
SEGMENT_ORDER = tuple(SEGMENT_CODES.values())
_CODE_OF_NAME = {SEGMENTS[key]: code for key, code in SEGMENT_CODES.items()}
CENT = Decimal("0.01")


@dataclass(frozen=True)
class CustomerValue:
    customer_id: uuid.UUID
    segment: str  # SEGMENT_ORDER code
    r_score: int  # 1-5, 5 = paid most recently
    f_score: int
    m_score: int
    days_since_last: int  # R
    payment_days: int  # F: days with a payment
    total: Decimal  # M: received, in yuan
    clv: Decimal  # expected receipts over the next CLV_HORIZON_DAYS, to the fen
    first_payment: date
    last_payment: date
    currency: str = DEFAULT_CURRENCY

    @property
    def rfm_code(self) -> str:
        return f"{self.r_score}{self.f_score}{self.m_score}"


class CustomerValueService(UserService):
    def _scope(self) -> list:
        conds = []
        if self.access.owner_ids is not None:
            conds.append(Contract.owner_id.in_([v for v in self.access.owner_ids if v is not None]))
        if self.access.department_ids is not None:
            conds.append(Contract.department_id.in_([v for v in self.access.department_ids if v is not None]))
        return conds

    def summaries(self, today: date | None = None, currency: str = DEFAULT_CURRENCY) -> dict[uuid.UUID, CustomerSummary]:
        """Per customer with a payment up to `today`: rfm.summary's figures (days, Decimal yuan)."""
        self.access.require("receivables", "view")
        end = today or self.db.now().date()
        daily = (select(Contract.customer_id.label("cid"), Payment.received_on.label("day"),
                        func.sum(Payment.amount).label("cents"))
                 .join(Contract, Contract.id == Payment.contract_id)
                 .join(Customer, Customer.id == Contract.customer_id)
                 .where(Payment.deleted_at.is_(None), Contract.deleted_at.is_(None), Customer.deleted_at.is_(None),
                        Contract.currency == currency, Payment.received_on <= end, *self._scope())
                 .group_by(Contract.customer_id, Payment.received_on).cte("daily"))
        first = select(daily.c.cid, func.min(daily.c.day).label("first")).group_by(daily.c.cid).subquery("first")
        stmt = (select(daily.c.cid, func.min(daily.c.day), func.max(daily.c.day), func.count(),
                       func.sum(daily.c.cents), func.sum(case((daily.c.day == first.c.first, daily.c.cents), else_=0)))
                .join(first, first.c.cid == daily.c.cid).group_by(daily.c.cid))
        places = exponent(currency)
        yuan = lambda cents: Decimal(int(cents)).scaleb(-places)
        out = {}
        with self.db.reading() as conn:
            for cid, first_day, last_day, days, total, first_total in conn.execute(stmt):
                first_day, last_day = _as_date(first_day), _as_date(last_day)
                total, first_total = yuan(total), yuan(first_total)
                repeats = days - 1
                out[cid] = CustomerSummary(frequency=repeats, recency=float((last_day - first_day).days),
                                           T=float((end - first_day).days),
                                           monetary_value=(total - first_total) / repeats if repeats else 0 * total,
                                           first_purchase=first_day, last_purchase=last_day, total_spend=total)
        return out

    def values(self, today: date | None = None, currency: str = DEFAULT_CURRENCY) -> dict[uuid.UUID, CustomerValue]:
        summaries = self.summaries(today, currency)
        scores = rfm_scores(summaries)
        return {cid: CustomerValue(cid, _CODE_OF_NAME[s.segment], s.r_score, s.f_score, s.m_score,
                                   int(s.recency), s.frequency, s.monetary,
                                   Decimal(simple_clv(summaries[cid], CLV_HORIZON_DAYS)).quantize(
                                       CENT, rounding=ROUND_HALF_UP),
                                   summaries[cid].first_purchase, summaries[cid].last_purchase, currency)
                for cid, s in scores.items()}

    def value(self, customer_id: uuid.UUID, today: date | None = None,
              currency: str = DEFAULT_CURRENCY) -> CustomerValue | None:
        """The customer's value (None without payments), its segment relative to the reader's customers."""
        self.access.require("receivables", "view")
        with self.db.reading() as conn:
            row = conn.execute(select(Customer.owner_id, Customer.department_id)
                               .where(Customer.id == customer_id)).first()
        if row is not None and not self.access.covers(row.owner_id, row.department_id):
            raise PermissionDenied(module="customers", action="view", reason="out_of_scope")
        return self.values(today, currency).get(customer_id)

    def segments_pane(self, today: date | None = None, currency: str = DEFAULT_CURRENCY) -> Pane:
        """The rfm_segments pane: customers, total received and total CLV per segment (codes, in a fixed
        order; empty segments show as 0)."""
        values = self.values(today, currency)
        counts = {code: 0 for code in SEGMENT_ORDER}
        totals = {code: Decimal(0) for code in SEGMENT_ORDER}
        clv = {code: Decimal(0) for code in SEGMENT_ORDER}
        for v in values.values():
            counts[v.segment] += 1
            totals[v.segment] += v.total
            clv[v.segment] += v.clv
        return Pane("rfm_segments", "bar", SEGMENT_ORDER,
                    (Series("customers", tuple(counts[c] for c in SEGMENT_ORDER)),
                     Series("payments", tuple(totals[c] for c in SEGMENT_ORDER), unit=currency),
                     Series("clv", tuple(clv[c] for c in SEGMENT_ORDER), unit=currency)),
                    categories_are_codes=True)


def _as_date(value) -> date:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


__all__ = ["CLV_HORIZON_DAYS", "SEGMENT_CODES", "SEGMENT_ORDER", "CustomerValue", "CustomerValueService"]
