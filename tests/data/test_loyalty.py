"""Loyalty on a real database: points earned exactly once per payment (and taken back when it is deleted),
redeem / adjust / expire keeping the ledger's sum and the customer's cached balance equal, tiers going up and
down, and who may see and change what."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.data.models import Contract, Customer, JournalAction, JournalEntry, LoyaltyEntry, Payment, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.loyalty import LoyaltyError
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.loyalty import LoyaltyService
from crm_desktop.services.receivables import ReceivableService

TODAY = date(2026, 11, 1)  # the TickingClock's day


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _customer_of(db, login):
    actor = _actor(db, login)
    with db.connect() as conn:
        return conn.execute(select(Customer.id).where(Customer.owner_id == actor.user_id,
                                                      Customer.deleted_at.is_(None)).order_by(Customer.id)
                            .limit(1)).scalar_one()


@pytest.fixture
def programme(demo_db):
    """Tiers 普通 / 银卡 / 金卡 / 钻石, 1 point per 10 yuan paid (lots last 365 days), 100 for signing up."""
    admin = LoyaltyService(demo_db, _actor(demo_db, "admin"))
    tiers = {}
    for position, (name, threshold) in enumerate((("普通", 0), ("银卡", 1000), ("金卡", 5000), ("钻石", 20000))):
        tiers[name], _ = admin.save_tier({"name": name, "threshold": threshold, "benefits": f"{name}权益",
                                          "position": position})
    admin.save_rule({"kind": "per_amount", "event": "payment", "points": 1, "per_amount": 10_00,
                     "expires_after_days": 365})
    admin.save_rule({"kind": "per_event", "event": "signup", "points": 100})
    return admin, tiers


@pytest.fixture
def sale(demo_db, programme):
    actor = _actor(demo_db, "lina")
    customer_id = _customer_of(demo_db, "lina")
    contracts = ContractService(demo_db, actor)
    cid, _ = contracts.create({"title": "会员采购合同", "customer_id": customer_id, "amount": 100000_00,
                               "signed_on": TODAY - timedelta(days=30)})
    return ReceivableService(demo_db, actor), cid, customer_id


def _ledger(db, customer_id):
    with db.connect() as conn:
        rows = conn.execute(select(LoyaltyEntry.kind, LoyaltyEntry.points).where(
            LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.deleted_at.is_(None))
            .order_by(LoyaltyEntry.happened_at)).all()
        cached = conn.execute(select(Customer.loyalty_points, Customer.loyalty_tier_id)
                              .where(Customer.id == customer_id)).one()
    return [tuple(r) for r in rows], cached


def test_a_payment_earns_exactly_once_and_a_deleted_one_gives_the_points_back(demo_db, programme, sale):
    admin, _tiers = programme
    receivables, cid, customer_id = sale
    payment, _ = receivables.record_payment(cid, {"amount": 12345_67, "received_on": TODAY})
    rows, (points, _tier) = _ledger(demo_db, customer_id)
    assert rows == [("earn", 1234)] and points == 1234
    # Asking again (a back-fill job, a second click) changes nothing.
    assert admin.earn_for_payment(payment)[0] == 0
    assert _ledger(demo_db, customer_id)[0] == [("earn", 1234)]
    with demo_db.connect() as conn:
        entry = conn.execute(select(LoyaltyEntry.source_entity, LoyaltyEntry.source_id, LoyaltyEntry.expires_on)
                             .where(LoyaltyEntry.customer_id == customer_id)).one()
    assert entry == ("payment", payment, TODAY + timedelta(days=365))
    # The points were written by the payment's own action: one journal action holds both.
    with demo_db.connect() as conn:
        label = conn.execute(select(JournalAction.label).join(JournalEntry, JournalEntry.action_id == JournalAction.id)
                             .where(JournalEntry.entity == "loyalty_entry")).scalar_one()
    assert label == "record payment"
    ReceivableService(demo_db, _actor(demo_db, "zhangwei")).delete_payment(payment)  # a rep may not delete
    rows, (points, _tier) = _ledger(demo_db, customer_id)
    assert rows == [("earn", 1234), ("adjust", -1234)] and points == 0


def test_a_payment_before_the_rules_existed_is_earned_on_later(demo_db, programme, sale):
    admin, _tiers = programme
    receivables, cid, customer_id = sale
    rule_ids = [r.id for r in admin.rules() if r.kind == "per_amount"]
    admin.delete_rule(rule_ids[0])
    payment, _ = receivables.record_payment(cid, {"amount": 500_00, "received_on": TODAY})
    assert _ledger(demo_db, customer_id)[0] == []
    admin.save_rule({"kind": "per_amount", "points": 2, "per_amount": 100_00})
    assert admin.earn_for_payment(payment)[0] == 10
    assert admin.earn_for_payment(payment)[0] == 0
    assert _ledger(demo_db, customer_id) == ([("earn", 10)], (10, _tiers_id(admin, "普通")))


def _earnings(db, customer_id):
    with db.connect() as conn:
        return [tuple(r) for r in conn.execute(select(LoyaltyEntry.points, LoyaltyEntry.reason).where(
            LoyaltyEntry.customer_id == customer_id, LoyaltyEntry.kind == "earn", LoyaltyEntry.deleted_at.is_(None))
            .order_by(LoyaltyEntry.happened_at, LoyaltyEntry.id))]


def test_a_payment_earns_by_the_rules_of_its_own_currency(demo_db, programme, sale):
    """No exchange rates: a USD payment earns by the USD rule exactly, a EUR one with no EUR rule earns
    nothing, and the CNY rule still earns on CNY payments only."""
    admin, _tiers = programme
    receivables, cid, customer_id = sale
    usd_rule, _ = admin.save_rule({"kind": "per_amount", "points": 70, "per_amount": 100_00, "currency": "USD"})
    assert next(r for r in admin.rules() if r.id == usd_rule).currency == "USD"
    assert {r.currency for r in admin.rules() if r.id != usd_rule} == {"CNY"}  # the default
    contracts = ContractService(demo_db, _actor(demo_db, "lina"))
    dollars, _ = contracts.create({"title": "出口合同", "customer_id": customer_id, "amount": 10000_00,
                                   "currency": "USD", "signed_on": TODAY - timedelta(days=10)})
    euros, _ = contracts.create({"title": "欧洲合同", "customer_id": customer_id, "amount": 10000_00,
                                 "currency": "EUR", "signed_on": TODAY - timedelta(days=10)})
    with demo_db.connect() as conn:
        numbers = dict(conn.execute(select(Contract.id, Contract.number)).all())

    # 250.99 USD: two whole 100.00 USD -> 140 points (not 1 point per 10 "yuan" = 25, nor 175.69)
    receivables.record_payment(dollars, {"amount": 250_99, "received_on": TODAY})
    assert _earnings(demo_db, customer_id) == [(140, f"{numbers[dollars]} USD 250.99")]
    receivables.record_payment(euros, {"amount": 5000_00, "received_on": TODAY})  # no EUR rule: nothing
    assert _earnings(demo_db, customer_id) == [(140, f"{numbers[dollars]} USD 250.99")]
    receivables.record_payment(cid, {"amount": 12345_67, "received_on": TODAY})  # CNY as before: 1 per 10
    assert _earnings(demo_db, customer_id) == [(140, f"{numbers[dollars]} USD 250.99"),
                                               (1234, f"{numbers[cid]} CNY 12,345.67")]
    assert _ledger(demo_db, customer_id)[1][0] == 1374

    # A EUR rule made later earns on the EUR payment when asked (the back-fill), by itself alone.
    admin.save_rule({"kind": "per_amount", "points": 1, "per_amount": 1000_00, "currency": "EUR"})
    with demo_db.connect() as conn:
        eur_payment = conn.execute(select(Payment.id).where(Payment.contract_id == euros)).scalar_one()
    assert admin.earn_for_payment(eur_payment)[0] == 5


def test_a_rules_currency_is_a_three_letter_upper_case_code(programme):
    admin, _tiers = programme
    for wrong in ("usd", "US", "US$", "1SD"):
        with pytest.raises(ValidationError) as err:
            admin.save_rule({"kind": "per_amount", "points": 1, "per_amount": 100, "currency": wrong})
        assert err.value.for_field("currency").code == "not_a_currency", wrong
    rule_id, _ = admin.save_rule({"kind": "per_amount", "points": 1, "per_amount": 100, "currency": "JPY"})
    admin.save_rule({"currency": "HKD"}, rule_id)
    assert next(r for r in admin.rules() if r.id == rule_id).currency == "HKD"


def _tiers_id(admin, name):
    return next(t.id for t in admin.tiers() if t.name == name)


def test_redeem_adjust_and_expire_keep_the_ledger_and_the_balance_equal(demo_db, programme, sale):
    admin, _tiers = programme
    receivables, cid, customer_id = sale
    receivables.record_payment(cid, {"amount": 3000_00, "received_on": TODAY})  # 300, lasts 365 days
    admin.award_event(customer_id, "signup")  # 100, never expires
    with pytest.raises(LoyaltyError) as err:
        admin.redeem(customer_id, 401, "兑换礼品")
    assert err.value.code == "insufficient_points" and err.value.args_map == {"balance": 400, "wanted": 401}
    with pytest.raises(LoyaltyError) as err:
        admin.adjust(customer_id, 50, "  ")
    assert err.value.code == "reason_required"
    with pytest.raises(LoyaltyError) as err:
        admin.adjust(customer_id, -401, "更正")
    assert err.value.code == "insufficient_points"
    changes = admin.redeem(customer_id, 120, "兑换礼品")  # from the oldest lot: the payment's 300 -> 180 left
    assert changes.loyalty and changes.customers
    admin.adjust(customer_id, 30, "活动补发")
    rows, (points, _t) = _ledger(demo_db, customer_id)
    assert rows == [("earn", 300), ("earn", 100), ("redeem", -120), ("adjust", 30)]
    assert points == sum(p for _k, p in rows) == 310
    assert admin.summary(customer_id).balance == 310
    # The payment's lot lapses after its last day: what is left of it (180) expires, once.
    assert admin.expire(TODAY + timedelta(days=365))[0] == 0
    written, _ = admin.expire(TODAY + timedelta(days=366))
    assert written == 1
    assert admin.expire(TODAY + timedelta(days=400))[0] == 0
    rows, (points, _t) = _ledger(demo_db, customer_id)
    assert rows[-1] == ("expire", -180)
    assert points == sum(p for _k, p in rows) == 130


def test_tiers_follow_the_points_earned_in_twelve_months(demo_db, programme, sale):
    admin, tiers = programme
    receivables, cid, customer_id = sale
    receivables.record_payment(cid, {"amount": 9000_00, "received_on": TODAY})  # 900: 普通
    assert _ledger(demo_db, customer_id)[1] == (900, tiers["普通"])
    receivables.record_payment(cid, {"amount": 1500_00, "received_on": TODAY})  # 1050: 银卡
    assert _ledger(demo_db, customer_id)[1] == (1050, tiers["银卡"])
    summary = admin.summary(customer_id)
    assert (summary.tier.name, summary.next_tier.name, summary.to_next) == ("银卡", "金卡", 3950)
    admin.redeem(customer_id, 1000, "兑换")  # spending keeps the tier
    assert _ledger(demo_db, customer_id)[1] == (50, tiers["银卡"])
    receivables.record_payment(cid, {"amount": 45000_00, "received_on": TODAY})  # 5550 earned: 金卡
    assert _ledger(demo_db, customer_id)[1][1] == tiers["金卡"]
    # A year on, nothing earned in the last 12 months: back to the bottom tier (the daily job).
    changed, _ = admin.recalculate_all(TODAY + timedelta(days=366))
    assert changed >= 1
    assert _ledger(demo_db, customer_id)[1][1] == tiers["普通"]
    admin.recalculate_tier(customer_id, TODAY)
    assert _ledger(demo_db, customer_id)[1][1] == tiers["金卡"]


def test_ledger_pages(demo_db, programme, sale):
    admin, _tiers = programme
    _r, _cid, customer_id = sale
    for n in range(7):
        admin.adjust(customer_id, n + 1, f"补发 {n}")
    first = admin.summary(customer_id, limit=3)
    assert [e.points for e in first.ledger] == [7, 6, 5] and first.more is not None
    second = admin.summary(customer_id, before=first.more, limit=3)
    third = admin.summary(customer_id, before=second.more, limit=3)
    assert [e.points for e in second.ledger + third.ledger] == [4, 3, 2, 1] and third.more is None


def test_who_may_see_and_change_points(demo_db, programme, sale):
    admin, _tiers = programme
    _r, _cid, mine = sale
    admin.adjust(mine, 10, "测试")
    rep = LoyaltyService(demo_db, _actor(demo_db, "lina"))  # sales rep: view, own customers only
    assert rep.summary(mine).balance == 10
    with pytest.raises(PermissionDenied):
        rep.summary(_customer_of(demo_db, "wangfang"))
    with pytest.raises(PermissionDenied):
        rep.adjust(mine, 5, "自己加分")
    with pytest.raises(PermissionDenied):
        rep.save_tier({"name": "黑卡", "threshold": 99999})
    manager = LoyaltyService(demo_db, _actor(demo_db, "liuyang"))  # another department's manager
    with pytest.raises(PermissionDenied):
        manager.redeem(mine, 5, "兑换")
    zhangwei = LoyaltyService(demo_db, _actor(demo_db, "zhangwei"))  # lina's manager: may adjust
    zhangwei.redeem(mine, 5, "兑换")
    assert zhangwei.summary(mine).balance == 5


def test_rule_and_tier_validation(programme):
    admin, _tiers = programme
    with pytest.raises(ValidationError) as err:
        admin.save_rule({"kind": "per_amount", "points": 1, "per_amount": 0})
    assert err.value.for_field("per_amount").code == "required"
    with pytest.raises(ValidationError) as err:
        admin.save_rule({"kind": "per_event", "points": 5})
    assert err.value.for_field("event").code == "required"
    with pytest.raises(ValidationError) as err:
        admin.save_tier({"name": "白银", "threshold": 1000})
    assert err.value.for_field("threshold").code == "threshold_taken"


def test_the_daily_jobs_run_once_a_day(demo_db):
    from datetime import date, timedelta

    from crm_desktop.services.loyalty import LoyaltyService
    from tests.data.test_access import as_user
    admin = LoyaltyService(demo_db, as_user(demo_db, "admin").actor)
    admin.save_tier({"name": "普通", "threshold": 0, "position": 0})
    admin.save_tier({"name": "银卡", "threshold": 1000, "position": 1})
    admin.save_rule({"kind": "per_event", "event": "signup", "points": 1200, "expires_after_days": 30})
    with demo_db.connect() as conn:
        from sqlalchemy import text
        customer = conn.execute(text("SELECT id FROM customer WHERE deleted_at IS NULL LIMIT 1")).scalar_one()
    import uuid
    customer = uuid.UUID(customer) if isinstance(customer, str) else customer
    admin.award_event(customer, "signup")
    assert admin.summary(customer).tier.name == "银卡"
    later = date.today() + timedelta(days=45)
    changes = admin.daily(later)
    assert changes.any() and admin.summary(customer, today=later).balance == 0
    assert admin.summary(customer, today=later).tier.name == "银卡"  # earned within twelve months
    assert not admin.daily(later).any()  # the same day again: nothing to do
    a_year_on = date.today() + timedelta(days=400)
    assert admin.daily(a_year_on).any()
    with demo_db.connect() as conn:
        tier = conn.execute(text("SELECT t.name FROM customer c JOIN loyalty_tier t ON t.id = c.loyalty_tier_id "
                                 "WHERE c.id = :c"), {"c": customer.hex}).scalar_one()
    assert tier == "普通"
