"""Loyalty (会员积分与等级): tiers and points rules (administer), the points ledger (earn, redeem, expire,
adjust) and each customer's balance and tier.

The ledger is the truth; customer.loyalty_points and customer.loyalty_tier_id are a cache this module keeps in
step in the same unit of work as every ledger write (recomputed from the customer's entries, never
incremented, so they cannot drift).

Earning on payment happens inside the payment's own unit of work (services/receivables.py calls
`earn_for_payment_in`), so a payment and its points commit or roll back together; deleting the payment takes
the points back. `LoyaltyService.earn_for_payment` does the same for a payment recorded before the rules
existed. Each is idempotent: an entry names its source (payment, id, kind) and a source gets one entry of
each kind (a partial unique index backs the check).

Tiers follow the points earned in the last 12 months (domain/loyalty.py says why), recalculated on every
ledger write of the customer and in bulk by `recalculate_all` (a daily job: a year-old earning lapses).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, or_, select

from ..data.models import Contract, Customer, LoyaltyEntry, LoyaltyRule, LoyaltyTier, Payment
from ..domain import loyalty as rules_of
from ..domain.access import PermissionDenied
from ..domain.changes import Changes
from ..domain.errors import FieldError, NotFound, ValidationError
from ..domain.loyalty import BASE_CURRENCY, LoyaltyError
from ..domain.money import Money, exponent
from .base import UserService

DAILY_KEY = "loyalty_daily_run"  # local_meta: the last day the daily jobs ran on this replica


@dataclass(frozen=True)
class TierItem:
    id: uuid.UUID
    name: str
    threshold: int
    benefits: str
    position: int


@dataclass(frozen=True)
class RuleItem:
    id: uuid.UUID
    kind: str
    event: str
    points: int
    per_amount: int
    expires_after_days: int
    active: bool
    currency: str = BASE_CURRENCY  # of per_amount


@dataclass(frozen=True)
class LedgerItem:
    id: uuid.UUID
    kind: str
    points: int
    reason: str
    source_entity: str
    source_id: uuid.UUID | None
    happened_at: datetime
    expires_on: date | None


@dataclass(frozen=True)
class LoyaltySummary:
    customer_id: uuid.UUID
    balance: int
    qualifying: int  # points earned in the last 12 months: what the tier is based on
    tier: TierItem | None
    next_tier: TierItem | None
    to_next: int
    ledger: list[LedgerItem]  # newest first
    more: tuple | None  # the key to pass as `before` for the next page, None at the end


def _tier_item(r) -> TierItem:
    return TierItem(r.id, r.name, r.threshold, r.benefits, r.position)


def _rule_item(r) -> RuleItem:
    return RuleItem(r.id, r.kind, r.event, r.points, r.per_amount, r.expires_after_days, bool(r.active),
                    r.currency)


def _active_rules(session) -> list[rules_of.Rule]:
    return [rules_of.Rule(r.kind, r.points, r.per_amount, r.event, r.expires_after_days, bool(r.active),
                          r.currency)
            for r in session.scalars(select(LoyaltyRule).where(LoyaltyRule.deleted_at.is_(None),
                                                               LoyaltyRule.active.is_(True)))]


def _tiers(session) -> list[rules_of.Tier]:
    return [rules_of.Tier(t.id, t.name, t.threshold, t.position)
            for t in session.scalars(select(LoyaltyTier).where(LoyaltyTier.deleted_at.is_(None)))]


def _entries(session, customer_id: uuid.UUID) -> list[rules_of.Entry]:
    return [rules_of.Entry(e.id, e.kind, e.points, e.happened_at, e.expires_on, e.source_id)
            for e in session.scalars(select(LoyaltyEntry).where(LoyaltyEntry.customer_id == customer_id,
                                                                LoyaltyEntry.deleted_at.is_(None)))]


def _sourced(session, source_entity: str, source_id: uuid.UUID, kind: str) -> LoyaltyEntry | None:
    return session.scalars(select(LoyaltyEntry).where(LoyaltyEntry.source_entity == source_entity,
                                                      LoyaltyEntry.source_id == source_id,
                                                      LoyaltyEntry.kind == kind)).first()


def refresh_customer(uow, customer: Customer, today: date, tiers: list[rules_of.Tier] | None = None) -> None:
    """Bring the customer's cached balance and tier in step with the ledger (in the caller's unit)."""
    uow.session.flush()
    entries = _entries(uow.session, customer.id)
    standing = rules_of.standing(rules_of.qualifying_points(entries, today),
                                 _tiers(uow.session) if tiers is None else tiers)
    uow.update(customer, loyalty_points=rules_of.balance(entries),
               loyalty_tier_id=standing.tier.id if standing.tier else None)


def _write(uow, customer: Customer, kind: str, points: int, now: datetime, *, reason: str = "",
           source_entity: str = "", source_id: uuid.UUID | None = None, expires_on: date | None = None) -> LoyaltyEntry:
    return uow.create(LoyaltyEntry, customer_id=customer.id, kind=kind, points=points, reason=reason,
                      source_entity=source_entity, source_id=source_id, happened_at=now, expires_on=expires_on,
                      owner_id=customer.owner_id, department_id=customer.department_id)


def payment_reason(contract_number: str, amount: int, currency: str) -> str:
    """What an earning from a payment says: the contract and the amount with its currency code (the code,
    not a symbol: ¥ is both yuan and yen), e.g. "HT-2026-0001 USD 1,234.56"."""
    return f"{contract_number} {currency} {Money(amount, currency).amount:,.{exponent(currency)}f}".strip()


def earn_for_payment_in(uow, payment: Payment, now: datetime) -> int:
    """Points for a payment, written in the caller's unit of work (the one recording the payment), by the
    per-amount rules of the payment's currency (its contract's). Returns the points earned now (0: no rule of
    that currency applies, or already earned)."""
    contract = uow.session.get(Contract, payment.contract_id)
    if contract is None or payment.deleted_at is not None:
        return 0
    if _sourced(uow.session, "payment", payment.id, "earn") is not None:
        return 0
    currency = contract.currency or BASE_CURRENCY
    earning = rules_of.points_for_amount(payment.amount, _active_rules(uow.session), now.date(), currency)
    if earning.points <= 0:
        return 0
    customer = uow.get(Customer, contract.customer_id, include_deleted=True)
    _write(uow, customer, "earn", earning.points, now,
           reason=payment_reason(contract.number, payment.amount, currency), source_entity="payment",
           source_id=payment.id, expires_on=earning.expires_on)
    refresh_customer(uow, customer, now.date())
    return earning.points


def reverse_payment_in(uow, payment: Payment, now: datetime) -> int:
    """A deleted payment takes back what it earned, as far as the balance allows (points already redeemed
    stay redeemed: the balance never goes below zero). Returns the points taken back."""
    earned = _sourced(uow.session, "payment", payment.id, "earn")
    if earned is None or _sourced(uow.session, "payment", payment.id, "adjust") is not None:
        return 0
    customer = uow.get(Customer, earned.customer_id, include_deleted=True)
    back = min(earned.points, rules_of.balance(_entries(uow.session, customer.id)))
    if back <= 0:
        return 0
    _write(uow, customer, "adjust", -back, now, reason="payment_deleted", source_entity="payment",
           source_id=payment.id)
    refresh_customer(uow, customer, now.date())
    return back


class LoyaltyService(UserService):
    # -- helpers -------------------------------------------------------------------------------------
    def _customer(self, uow, customer_id: uuid.UUID, action: str) -> Customer:
        self.access.require("loyalty", action)
        customer = uow.get(Customer, customer_id)
        if not self.access.covers(customer.owner_id, customer.department_id):
            raise PermissionDenied(module="loyalty", action=action, reason="out_of_scope")
        return customer

    def _today(self) -> date:
        return self.db.now().date()

    # -- tiers and rules -----------------------------------------------------------------------------
    def tiers(self) -> list[TierItem]:
        with self.db.reading() as conn:
            return [_tier_item(r) for r in conn.execute(select(LoyaltyTier.__table__).where(
                LoyaltyTier.deleted_at.is_(None)).order_by(LoyaltyTier.threshold, LoyaltyTier.position))]

    def save_tier(self, values: dict, tier_id: uuid.UUID | None = None) -> tuple[uuid.UUID, Changes]:
        """name, threshold (points earned in 12 months), benefits, position. Thresholds are distinct."""
        self.access.require("loyalty", "administer")
        with self.db.unit_of_work(self.actor, "save loyalty tier") as uow:
            if "threshold" in values:
                clash = uow.session.scalar(select(LoyaltyTier.id).where(
                    LoyaltyTier.threshold == values["threshold"], LoyaltyTier.deleted_at.is_(None),
                    LoyaltyTier.id != (tier_id or uuid.UUID(int=0))))
                if clash is not None:
                    raise ValidationError([FieldError("threshold", "threshold_taken")])
            if tier_id is None:
                tier = uow.create(LoyaltyTier, **values)
            else:
                tier = uow.get(LoyaltyTier, tier_id)
                uow.update(tier, **values)
            return tier.id, uow.commit()

    def delete_tier(self, tier_id: uuid.UUID) -> Changes:
        self.access.require("loyalty", "administer")
        with self.db.unit_of_work(self.actor, "delete loyalty tier") as uow:
            uow.delete(uow.get(LoyaltyTier, tier_id))
            return uow.commit()

    def rules(self) -> list[RuleItem]:
        with self.db.reading() as conn:
            return [_rule_item(r) for r in conn.execute(select(LoyaltyRule.__table__).where(
                LoyaltyRule.deleted_at.is_(None)).order_by(LoyaltyRule.kind, LoyaltyRule.event,
                                                           LoyaltyRule.created_at))]

    def save_rule(self, values: dict, rule_id: uuid.UUID | None = None) -> tuple[uuid.UUID, Changes]:
        """kind per_amount (points for each per_amount minor units paid) or per_event (points for an event);
        expires_after_days (0: never); active."""
        self.access.require("loyalty", "administer")
        with self.db.unit_of_work(self.actor, "save loyalty rule") as uow:
            if rule_id is None:
                rule = uow.create(LoyaltyRule, **values)
            else:
                rule = uow.get(LoyaltyRule, rule_id)
                uow.update(rule, **values)
            errors = []
            if rule.points <= 0:
                errors.append(FieldError("points", "required"))
            if rule.kind == "per_amount":
                if rule.per_amount <= 0:
                    errors.append(FieldError("per_amount", "required"))
                if rule.event not in ("", "payment"):
                    errors.append(FieldError("event", "not_a_choice"))
            elif rule.kind == "per_event" and not rule.event:
                errors.append(FieldError("event", "required"))
            if errors:
                raise ValidationError(errors)
            return rule.id, uow.commit()

    def delete_rule(self, rule_id: uuid.UUID) -> Changes:
        self.access.require("loyalty", "administer")
        with self.db.unit_of_work(self.actor, "delete loyalty rule") as uow:
            uow.delete(uow.get(LoyaltyRule, rule_id))
            return uow.commit()

    # -- the ledger ----------------------------------------------------------------------------------
    def earn_for_payment(self, payment_id: uuid.UUID) -> tuple[int, Changes]:
        """Points for a payment not yet earned on (recorded before the rules existed); once per payment."""
        with self.db.unit_of_work(self.actor, "earn loyalty points") as uow:
            payment = uow.get(Payment, payment_id)
            contract = uow.get(Contract, payment.contract_id)
            self._customer(uow, contract.customer_id, "adjust")
            points = earn_for_payment_in(uow, payment, self.db.now())
            return points, uow.commit()

    def award_event(self, customer_id: uuid.UUID, event: str, *, source_entity: str = "",
                    source_id: uuid.UUID | None = None) -> tuple[int, Changes]:
        """Points for an event (signup, referral, event_attended, review ...) by the per-event rules. With a
        source (e.g. the campaign member who attended) it is awarded once for that source."""
        with self.db.unit_of_work(self.actor, "award loyalty points") as uow:
            customer = self._customer(uow, customer_id, "adjust")
            now = self.db.now()
            earning = rules_of.points_for_event(event, _active_rules(uow.session), now.date())
            if earning.points <= 0:
                raise LoyaltyError("no_rule", event=event)
            if source_id is not None and _sourced(uow.session, source_entity, source_id, "earn") is not None:
                return 0, Changes()
            _write(uow, customer, "earn", earning.points, now, reason=event, source_entity=source_entity,
                   source_id=source_id, expires_on=earning.expires_on)
            refresh_customer(uow, customer, now.date())
            return earning.points, uow.commit()

    def redeem(self, customer_id: uuid.UUID, points: int, reason: str) -> Changes:
        """Spend points (never more than the balance: insufficient_points). Lapsed lots expire first."""
        with self.db.unit_of_work(self.actor, "redeem loyalty points") as uow:
            customer = self._customer(uow, customer_id, "adjust")
            now = self.db.now()
            self._expire_customer(uow, customer, now)
            rules_of.check_debit(rules_of.balance(_entries(uow.session, customer.id)), points)
            _write(uow, customer, "redeem", -points, now, reason=(reason or "").strip())
            refresh_customer(uow, customer, now.date())
            return uow.commit()

    def adjust(self, customer_id: uuid.UUID, points: int, reason: str) -> Changes:
        """A manual correction (signed), with a reason; it never takes the balance below zero."""
        reason = (reason or "").strip()
        if not reason:
            raise LoyaltyError("reason_required")
        if points == 0:
            raise LoyaltyError("points_zero")
        with self.db.unit_of_work(self.actor, "adjust loyalty points") as uow:
            customer = self._customer(uow, customer_id, "adjust")
            now = self.db.now()
            if points < 0:
                self._expire_customer(uow, customer, now)
                rules_of.check_debit(rules_of.balance(_entries(uow.session, customer.id)), -points)
            _write(uow, customer, "adjust", points, now, reason=reason)
            refresh_customer(uow, customer, now.date())
            return uow.commit()

    @staticmethod
    def _expire_customer(uow, customer: Customer, now: datetime, today: date | None = None) -> int:
        today = today or now.date()
        lapsed = rules_of.due_to_expire(_entries(uow.session, customer.id), today)
        for lot in lapsed:
            _write(uow, customer, "expire", -lot.left, now, reason="expired", source_entity="loyalty_entry",
                   source_id=lot.entry_id)
        return len(lapsed)

    def expire(self, today: date | None = None, *, batch: int = 500,
               progress: Callable[[int, int], None] | None = None) -> tuple[int, Changes]:
        """Expire what is left of every lot past its last valid day: one expire entry per lot (oldest lots
        are spent first). Idempotent: a lot expires once. Returns the number of entries written."""
        self.access.require("loyalty", "administer")
        today = today or self._today()
        with self.db.reading() as conn:
            customers = [r[0] for r in conn.execute(select(LoyaltyEntry.customer_id).where(
                LoyaltyEntry.deleted_at.is_(None), LoyaltyEntry.expires_on < today,
                LoyaltyEntry.kind.in_(("earn", "adjust"))).distinct())]
        written, changes = 0, Changes()
        for start in range(0, len(customers), batch):
            with self.db.unit_of_work(self.actor, "expire loyalty points") as uow:
                now = self.db.now()
                tiers = _tiers(uow.session)
                for customer_id in customers[start:start + batch]:
                    customer = uow.get(Customer, customer_id, include_deleted=True)
                    count = self._expire_customer(uow, customer, now, today)
                    if count:
                        written += count
                        refresh_customer(uow, customer, today, tiers)
                changes = changes | uow.commit()
            if progress:
                progress(min(start + batch, len(customers)), len(customers))
        return written, changes

    def recalculate_tier(self, customer_id: uuid.UUID, today: date | None = None) -> Changes:
        with self.db.unit_of_work(self.actor, "recalculate loyalty tier") as uow:
            customer = self._customer(uow, customer_id, "adjust")
            refresh_customer(uow, customer, today or self._today())
            return uow.commit()

    def daily(self, today: date | None = None) -> Changes:
        """The day's jobs, once a day per replica (the app runs it in the background at start-up): expire
        lots past their last day, then let tiers follow the last twelve months. Both are idempotent."""
        today = today or self._today()
        if self.db.meta(DAILY_KEY) == today.isoformat():
            return Changes()
        _expired, expired = self.expire(today)
        _changed, recalculated = self.recalculate_all(today)
        self.db.set_meta(DAILY_KEY, today.isoformat())
        return expired | recalculated

    def recalculate_all(self, today: date | None = None, *, batch: int = 500,
                        progress: Callable[[int, int], None] | None = None) -> tuple[int, Changes]:
        """Every customer with a ledger or a tier: balance and tier from the ledger (the daily job that lets
        a year-old earning lapse). Returns how many customers changed."""
        self.access.require("loyalty", "administer")
        today = today or self._today()
        with self.db.reading() as conn:
            ids = sorted({r[0] for r in conn.execute(select(LoyaltyEntry.customer_id).where(
                LoyaltyEntry.deleted_at.is_(None)).distinct())} | {r[0] for r in conn.execute(
                    select(Customer.id).where(or_(Customer.loyalty_tier_id.is_not(None),
                                                  Customer.loyalty_points != 0)))})
        changed, changes = 0, Changes()
        for start in range(0, len(ids), batch):
            with self.db.unit_of_work(self.actor, "recalculate loyalty tiers") as uow:
                tiers = _tiers(uow.session)
                for customer_id in ids[start:start + batch]:
                    customer = uow.get(Customer, customer_id, include_deleted=True)
                    before = (customer.loyalty_points, customer.loyalty_tier_id)
                    refresh_customer(uow, customer, today, tiers)
                    changed += before != (customer.loyalty_points, customer.loyalty_tier_id)
                changes = changes | uow.commit()
            if progress:
                progress(min(start + batch, len(ids)), len(ids))
        return changed, changes

    # -- reads ---------------------------------------------------------------------------------------
    def summary(self, customer_id: uuid.UUID, *, before: tuple | None = None, limit: int = 50,
                today: date | None = None) -> LoyaltySummary:
        """Balance, tier, the next tier and the points to go, and a page of the ledger (newest first; pass
        the previous page's `more` as `before` for the next)."""
        self.access.require("loyalty", "view")
        today = today or self._today()
        with self.db.reading() as conn:
            c = conn.execute(select(Customer.owner_id, Customer.department_id).where(Customer.id == customer_id)
                             ).first()
            if c is None:
                raise NotFound(entity="customer", id=str(customer_id))
            if not self.access.covers(c.owner_id, c.department_id):
                raise PermissionDenied(module="loyalty", action="view", reason="out_of_scope")
            entries = [rules_of.Entry(r.id, r.kind, r.points, r.happened_at, r.expires_on, r.source_id)
                       for r in conn.execute(select(LoyaltyEntry.id, LoyaltyEntry.kind, LoyaltyEntry.points,
                                                    LoyaltyEntry.happened_at, LoyaltyEntry.expires_on,
                                                    LoyaltyEntry.source_id).where(
                           LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.deleted_at.is_(None)))]
            tiers = {r.id: _tier_item(r) for r in conn.execute(select(LoyaltyTier.__table__).where(
                LoyaltyTier.deleted_at.is_(None)))}
            page = select(LoyaltyEntry.__table__).where(LoyaltyEntry.customer_id == customer_id,
                                                        LoyaltyEntry.deleted_at.is_(None))
            if before is not None:
                at, eid = before
                page = page.where(or_(LoyaltyEntry.happened_at < at,
                                      and_(LoyaltyEntry.happened_at == at, LoyaltyEntry.id < eid)))
            rows = conn.execute(page.order_by(LoyaltyEntry.happened_at.desc(), LoyaltyEntry.id.desc())
                                .limit(limit + 1)).all()
        ledger = [LedgerItem(r.id, r.kind, r.points, r.reason, r.source_entity, r.source_id, r.happened_at,
                             r.expires_on) for r in rows[:limit]]
        qualifying = rules_of.qualifying_points(entries, today)
        standing = rules_of.standing(qualifying, [rules_of.Tier(t.id, t.name, t.threshold, t.position)
                                                  for t in tiers.values()])
        return LoyaltySummary(customer_id, rules_of.balance(entries), qualifying,
                              tiers.get(standing.tier.id) if standing.tier else None,
                              tiers.get(standing.next_tier.id) if standing.next_tier else None, standing.to_next,
                              ledger, (ledger[-1].happened_at, ledger[-1].id) if len(rows) > limit else None)


__all__ = ["LoyaltyService", "LoyaltySummary", "LedgerItem", "TierItem", "RuleItem", "LoyaltyError",
           "earn_for_payment_in", "reverse_payment_in", "refresh_customer"]
