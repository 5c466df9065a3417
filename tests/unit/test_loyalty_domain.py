"""Loyalty rules without storage: points per amount and per event, FIFO lots and expiry, tiers."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest

from crm_desktop.domain.loyalty import (Entry, LoyaltyError, Rule, Tier, balance, check_debit, due_to_expire, lots,
                                        points_for_amount, points_for_event, qualifying_points, standing)

TODAY = date(2026, 11, 1)


def test_points_per_whole_amount_never_round_up():
    rule = Rule("per_amount", points=1, per_amount=100_00)  # 1 point per 100 yuan
    assert points_for_amount(199_99, [rule], TODAY).points == 1
    assert points_for_amount(200_00, [rule], TODAY).points == 2
    assert points_for_amount(99_99, [rule], TODAY).points == 0
    assert points_for_amount(0, [rule], TODAY).points == 0


def test_rules_add_up_and_the_shortest_expiry_wins():
    standing_rule = Rule("per_amount", points=1, per_amount=100_00, expires_after_days=365)
    promotion = Rule("per_amount", points=5, per_amount=1000_00, expires_after_days=90)
    inactive = Rule("per_amount", points=100, per_amount=1_00, active=False)
    event = Rule("per_event", points=50, event="payment")
    earned = points_for_amount(2500_00, [standing_rule, promotion, inactive, event], TODAY)
    assert earned.points == 25 + 10
    assert earned.expires_on == date(2027, 1, 30)
    never = points_for_amount(100_00, [Rule("per_amount", points=3, per_amount=100_00)], TODAY)
    assert never == type(never)(3, None)


def test_a_payment_earns_by_the_rules_of_its_own_currency_only():
    yuan = Rule("per_amount", points=100, per_amount=1000_00)  # 100 points per 1,000.00 CNY (the default)
    dollars = Rule("per_amount", points=70, per_amount=100_00, currency="USD")  # 70 points per 100.00 USD
    yen = Rule("per_amount", points=1, per_amount=1000, currency="JPY")  # JPY has no minor unit
    rules = [yuan, dollars, yen]
    assert points_for_amount(2000_00, rules, TODAY).points == 200
    assert points_for_amount(2000_00, rules, TODAY, "CNY").points == 200
    assert points_for_amount(250_00, rules, TODAY, "USD").points == 140
    assert points_for_amount(5000, rules, TODAY, "JPY").points == 5
    assert points_for_amount(10_000_00, rules, TODAY, "EUR") == type(points_for_amount(0, [], TODAY))(0, None)


def test_event_points():
    rules = [Rule("per_event", points=100, event="signup", expires_after_days=30),
             Rule("per_event", points=20, event="review"), Rule("per_event", points=7, event="signup", active=False)]
    assert points_for_event("signup", rules, TODAY).points == 100
    assert points_for_event("signup", rules, TODAY).expires_on == date(2026, 12, 1)
    assert points_for_event("referral", rules, TODAY).points == 0


def _e(kind, points, day, expires_on=None, source_id=None):
    return Entry(uuid.uuid4(), kind, points, datetime.combine(day, datetime.min.time()), expires_on, source_id)


def test_debits_use_the_oldest_valid_lot_first():
    a = _e("earn", 100, date(2026, 1, 1), expires_on=date(2026, 6, 30))
    b = _e("earn", 50, date(2026, 2, 1), expires_on=date(2027, 1, 31))
    spend = _e("redeem", -120, date(2026, 3, 1))
    left = {lot.entry_id: lot.left for lot in lots([b, spend, a])}  # order given does not matter
    assert left == {a.id: 0, b.id: 30}
    assert due_to_expire([a, b, spend], date(2026, 7, 1)) == []
    assert [(lot.entry_id, lot.left) for lot in due_to_expire([a, b, spend], date(2027, 2, 1))] == [(b.id, 30)]


def test_a_debit_after_a_lot_lapsed_takes_the_next_one():
    a = _e("earn", 100, date(2026, 1, 1), expires_on=date(2026, 6, 30))
    b = _e("earn", 80, date(2026, 2, 1))
    spend = _e("redeem", -50, date(2026, 8, 1))  # a is past its day (expiry has not run yet)
    due = due_to_expire([a, b, spend], date(2026, 8, 2))
    assert [(lot.entry_id, lot.left) for lot in due] == [(a.id, 100)]
    expired = _e("expire", -100, date(2026, 8, 2), source_id=a.id)
    assert due_to_expire([a, b, spend, expired], date(2026, 8, 3)) == []
    assert balance([a, b, spend, expired]) == 30


def test_expiry_day_is_the_last_valid_day():
    a = _e("earn", 10, date(2026, 1, 1), expires_on=date(2026, 6, 30))
    assert due_to_expire([a], date(2026, 6, 30)) == []
    assert len(due_to_expire([a], date(2026, 7, 1))) == 1


def test_qualifying_points_count_the_last_twelve_months_of_earning():
    old = _e("earn", 500, date(2025, 10, 1))
    recent = _e("earn", 300, date(2026, 5, 1))
    bonus = _e("adjust", 50, date(2026, 6, 1))
    spend = _e("redeem", -200, date(2026, 7, 1))
    assert qualifying_points([old, recent, bonus, spend], TODAY) == 350
    assert qualifying_points([old, recent, bonus, spend], date(2026, 9, 30)) == 850


def test_tiers_by_threshold():
    tiers = [Tier(uuid.uuid4(), "银卡", 1000, 1), Tier(uuid.uuid4(), "普通", 0, 0), Tier(uuid.uuid4(), "金卡", 5000, 2),
             Tier(uuid.uuid4(), "钻石", 20000, 3)]
    s = standing(999, tiers)
    assert (s.tier.name, s.next_tier.name, s.to_next) == ("普通", "银卡", 1)
    s = standing(5000, tiers)
    assert (s.tier.name, s.next_tier.name, s.to_next) == ("金卡", "钻石", 15000)
    s = standing(25000, tiers)
    assert (s.tier.name, s.next_tier, s.to_next) == ("钻石", None, 0)
    s = standing(10, tiers[:1])
    assert (s.tier, s.next_tier.name, s.to_next) == (None, "银卡", 990)


def test_debits_never_go_below_zero():
    check_debit(100, 100)
    with pytest.raises(LoyaltyError) as err:
        check_debit(100, 101)
    assert err.value.code == "insufficient_points" and err.value.args_map == {"balance": 100, "wanted": 101}
    with pytest.raises(LoyaltyError) as err:
        check_debit(100, 0)
    assert err.value.code == "points_not_positive"
