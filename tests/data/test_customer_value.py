"""Customer value from payments written through the services: RFM figures, scores, segments and CLV worked out
by hand on a few customers, the same summary analytics/rfm.py computes from the raw payments, the segments
pane, and the reader's scope."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.analytics.rfm import Transaction, summary
from crm_desktop.data.models import Contract, Customer, Payment
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.customer_value import SEGMENT_ORDER, CustomerValueService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.receivables import ReceivableService

TODAY = date(2026, 11, 1)  # the conftest clock's day


@pytest.fixture
def shop(db):
    actor = ensure_local_user(db)
    customers, contracts, money = CustomerService(db, actor), ContractService(db, actor), ReceivableService(db, actor)

    def customer(name, payments, currency="CNY"):
        cid, _ = customers.create({"name": name})
        contract_id, _ = contracts.create({"title": "采购订单", "customer_id": cid, "amount": 10_000_000,
                                           "currency": currency, "signed_on": date(2025, 11, 1)})
        ids = [money.record_payment(contract_id, {"amount": cents, "received_on": day})[0] for day, cents in payments]
        return cid, ids

    a, _ = customer("华东精密机械有限公司", [(date(2026, 1, 1), 10_000), (date(2026, 1, 1), 5_000),
                                        (date(2026, 4, 1), 20_000), (date(2026, 10, 1), 30_000)])
    b, mistaken = customer("北京云图科技", [(date(2026, 6, 1), 100_000), (date(2026, 7, 1), 99_999)])
    money.delete_payment(mistaken[1])  # recorded by mistake: not a purchase
    c, _ = customer("成都小雨文具店", [(date(2025, 12, 1), 1_000), (date(2026, 10, 20), 1_000)])
    d, _ = customer("广州海风贸易", [(date(2026, 2, 1), 50_000), (date(2026, 12, 1), 70_000)])  # one not yet
    usd, _ = customer("Pacific Imports", [(date(2026, 9, 1), 500_000)], currency="USD")
    return {"a": a, "b": b, "c": c, "d": d, "usd": usd, "actor": actor}


def test_rfm_and_clv_are_exact_on_hand_made_payments(db, shop):
    values = CustomerValueService(db, shop["actor"]).values()
    assert set(values) == {shop[k] for k in "abcd"}  # the USD customer is not summed with yuan
    a, b, c, d = (values[shop[k]] for k in "abcd")
    # A: three payment days (two payments on 1 January are one purchase), 650.00 in all.
    assert (a.payment_days, a.total, a.first_payment, a.last_payment) == (3, Decimal("650.00"), date(2026, 1, 1),
                                                                          date(2026, 10, 1))
    assert a.days_since_last == 31
    # CLV = 650 / 3 per purchase day × 2 repeats / 304 days × 365 days = 520.285... yuan.
    assert a.clv == Decimal("520.29")
    assert (b.payment_days, b.total, b.clv, b.days_since_last) == (1, Decimal("1000.00"), Decimal("0.00"), 153)
    assert (c.payment_days, c.total, c.days_since_last) == (2, Decimal("20.00"), 12)
    assert c.clv == Decimal("10.90")  # 10 × 1 / 335 × 365 = 10.895...
    assert (d.payment_days, d.total, d.days_since_last) == (1, Decimal("500.00"), 273)  # December's not yet
    # Means: R 117.25 days, F 1.75 days, M 542.50 yuan; quintile scores by mid-rank.
    assert (a.segment, a.rfm_code) == ("important_value", "454")
    assert (b.segment, b.rfm_code) == ("important_retain", "225")
    assert (c.segment, c.rfm_code) == ("general_value", "541")
    assert (d.segment, d.rfm_code) == ("general_retain", "122")


def test_the_aggregate_gives_the_summary_of_the_raw_payments(db, shop):
    service = CustomerValueService(db, shop["actor"])
    with db.connect() as conn:
        raw = [Transaction(r[0], r[1], Decimal(r[2]).scaleb(-2)) for r in conn.execute(
            select(Contract.customer_id, Payment.received_on, Payment.amount)
            .join(Contract, Contract.id == Payment.contract_id)
            .where(Payment.deleted_at.is_(None), Contract.currency == "CNY"))]
    assert service.summaries() == summary(raw, observation_end=TODAY)


def test_value_of_one_customer_and_the_segments_pane(db, shop):
    service = CustomerValueService(db, shop["actor"])
    assert service.value(shop["a"]).clv == Decimal("520.29")
    no_payments, _ = CustomerService(db, shop["actor"]).create({"name": "潜在客户"})
    assert service.value(no_payments) is None
    pane = service.segments_pane()
    assert pane.key == "rfm_segments" and pane.categories == SEGMENT_ORDER and pane.categories_are_codes
    counts, totals, clv = (dict(zip(pane.categories, s.values, strict=True)) for s in pane.series)
    assert counts == {code: int(code in ("important_value", "important_retain", "general_value", "general_retain"))
                      for code in SEGMENT_ORDER}
    assert totals["important_retain"] == Decimal("1000.00") and sum(totals.values()) == Decimal("2170.00")
    assert clv["important_value"] == Decimal("520.29") and sum(clv.values()) == Decimal("531.19")


def test_value_follows_the_readers_scope(demo_db):
    from tests.data.test_access import as_user

    lina, admin = as_user(demo_db, "lina"), as_user(demo_db, "admin")
    with demo_db.connect() as conn:
        hers = conn.execute(select(Customer.id).where(Customer.owner_id == lina.actor.user_id,
                                                      Customer.deleted_at.is_(None))).scalars().first()
        other = conn.execute(select(Customer.id).where(Customer.owner_id.is_not(None), Customer.deleted_at.is_(None),
                                                       Customer.owner_id != lina.actor.user_id)).scalars().first()
    for who, cid, cents in ((lina, hers, 88_800), (admin, other, 66_600)):
        contract_id, _ = ContractService(demo_db, who.actor).create({"title": "订单", "customer_id": cid,
                                                                      "amount": 100_000, "signed_on": date(2026, 9, 1)})
        ReceivableService(demo_db, who.actor).record_payment(contract_id, {"amount": cents,
                                                                           "received_on": date(2026, 9, 15)})
    mine = CustomerValueService(demo_db, lina.actor).values()
    everyone = CustomerValueService(demo_db, admin.actor).values()
    assert set(mine) == {hers} and mine[hers].total == Decimal("888.00")
    assert set(everyone) == {hers, other}
    with pytest.raises(PermissionDenied):
        CustomerValueService(demo_db, lina.actor).value(other)
