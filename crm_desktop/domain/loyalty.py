"""Loyalty (会员积分): points from payments and events, the points ledger's lots and their expiry, tiers.

Plain rules, no storage. The ledger is a list of signed entries (earn, redeem, expire, adjust); the balance is
their sum. Earned points (and positive adjustments) form *lots*; debits (redemptions, negative adjustments)
use the oldest lot still valid first (FIFO), so what expires is what was earned longest ago and not spent.

Tiers are qualified by the points *earned* in the last 12 months (earn entries plus manual adjustments, both
signs), not by the balance: redeeming points does not cost a customer their tier, and a tier is lost when a
year passes without earning enough (as airline and retail programmes do). Expiry does not lower the tier
either: the points were earned.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from .errors import CrmError

ENTRY_KINDS = ("earn", "redeem", "expire", "adjust")
RULE_KINDS = ("per_amount", "per_event")
EVENTS = ("payment", "signup", "referral", "event_attended", "review", "birthday", "other")
# A per-amount rule's amount is in minor units of the rule's own currency (CNY unless it says otherwise). There
# are no exchange rates: a payment earns by the rules of its own currency, and none in another.
BASE_CURRENCY = "CNY"
QUALIFYING_DAYS = 365


class LoyaltyError(CrmError):
    """Codes: insufficient_points (balance, wanted), reason_required, points_not_positive, points_zero,
    no_rule (event), threshold_taken."""

    code = "loyalty"


@dataclass(frozen=True)
class Rule:
    kind: str
    points: int
    per_amount: int = 0
    event: str = ""
    expires_after_days: int = 0
    active: bool = True
    currency: str = BASE_CURRENCY


@dataclass(frozen=True)
class Earning:
    points: int
    expires_on: date | None


def _expiry(days: list[int], today: date) -> date | None:
    limited = [d for d in days if d > 0]
    return today + timedelta(days=min(limited)) if limited else None


def points_for_amount(amount: int, rules: list[Rule], today: date, currency: str = BASE_CURRENCY) -> Earning:
    """Points for a payment of `amount` minor units of `currency`: every active per-amount rule of that
    currency gives `points` for each whole `per_amount` paid (no rounding up: 199.99 yuan at 1 point per 100
    yuan is 1 point); rules of other currencies give nothing (no exchange rates). Several rules add up (a
    standing rule and a promotion); the lot expires after the shortest limit among the rules that gave points
    (0 days: never)."""
    if amount <= 0:
        return Earning(0, None)
    total, days = 0, []
    for rule in rules:
        if not rule.active or rule.kind != "per_amount" or rule.per_amount <= 0 or rule.points <= 0:
            continue
        if rule.currency != currency:
            continue
        got = (amount // rule.per_amount) * rule.points
        if got:
            total += got
            days.append(rule.expires_after_days)
    return Earning(total, _expiry(days, today) if total else None)


def points_for_event(event: str, rules: list[Rule], today: date) -> Earning:
    """Points for an event (signup, referral, ...): the active per-event rules for it, added up."""
    matching = [r for r in rules if r.active and r.kind == "per_event" and r.event == event and r.points > 0]
    total = sum(r.points for r in matching)
    return Earning(total, _expiry([r.expires_after_days for r in matching], today) if total else None)


# -- the ledger ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Entry:
    id: uuid.UUID
    kind: str
    points: int  # signed
    happened_at: datetime
    expires_on: date | None = None
    source_id: uuid.UUID | None = None  # an expire entry names the lot it expired


@dataclass
class Lot:
    entry_id: uuid.UUID
    points: int
    happened_at: datetime
    expires_on: date | None
    left: int = field(default=0)


def lots(entries: list[Entry]) -> list[Lot]:
    """Replay the ledger in time order: what is left of each lot. An expire entry empties the lot it names;
    a debit takes from the oldest lot still valid on its day, then (should the ledger have been written
    before an expiry ran) from the oldest at all."""
    out: list[Lot] = []
    by_id: dict[uuid.UUID, Lot] = {}
    for e in sorted(entries, key=lambda e: (e.happened_at, e.id)):
        if e.points > 0 and e.kind in ("earn", "adjust"):
            lot = Lot(e.id, e.points, e.happened_at, e.expires_on, e.points)
            out.append(lot)
            by_id[e.id] = lot
        elif e.kind == "expire" and e.source_id in by_id:
            lot = by_id[e.source_id]
            lot.left = max(lot.left + e.points, 0)
        elif e.points < 0:
            need = -e.points
            day = e.happened_at.date()
            for valid_only in (True, False):
                for lot in out:
                    if need == 0:
                        break
                    if lot.left <= 0 or (valid_only and lot.expires_on is not None and lot.expires_on < day):
                        continue
                    used = min(lot.left, need)
                    lot.left -= used
                    need -= used
    return out


def due_to_expire(entries: list[Entry], today: date) -> list[Lot]:
    """Lots past their last valid day (expires_on < today) with points left: one expire entry each."""
    return [lot for lot in lots(entries) if lot.expires_on is not None and lot.expires_on < today and lot.left > 0]


def balance(entries: list[Entry]) -> int:
    return sum(e.points for e in entries)


def qualifying_points(entries: list[Entry], today: date) -> int:
    """Points earned in the QUALIFYING_DAYS up to and including today: earn entries and adjustments."""
    since = today - timedelta(days=QUALIFYING_DAYS - 1)
    return max(sum(e.points for e in entries if e.kind in ("earn", "adjust") and since <= e.happened_at.date() <= today),
               0)


def check_debit(current_balance: int, points: int) -> None:
    if points <= 0:
        raise LoyaltyError("points_not_positive", points=points)
    if points > current_balance:
        raise LoyaltyError("insufficient_points", balance=current_balance, wanted=points)


# -- tiers -----------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Tier:
    id: uuid.UUID
    name: str
    threshold: int
    position: int = 0


@dataclass(frozen=True)
class TierStanding:
    tier: Tier | None
    next_tier: Tier | None
    to_next: int  # points still to earn for the next tier (0 at the top)


def standing(points: int, tiers: list[Tier]) -> TierStanding:
    """The highest tier whose threshold the points reach, the one after it and how far it is."""
    ordered = sorted(tiers, key=lambda t: (t.threshold, t.position))
    current = None
    for tier in ordered:
        if points >= tier.threshold:
            current = tier
    following = [t for t in ordered if t.threshold > points]
    nxt = following[0] if following else None
    return TierStanding(current, nxt, (nxt.threshold - points) if nxt else 0)
