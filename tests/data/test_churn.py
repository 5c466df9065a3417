"""Churn warning: the thresholds flag customers with no follow-up for N days or no deal for M days, within
the reader's scope; an administrator sets them (a synced setting); the list agrees with plain SQL."""

from datetime import timedelta

import pytest
from sqlalchemy import text

from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.services.churn import ChurnRules, ChurnService
from tests.data.test_access import as_user
from tests.data.test_customer_queries import all_rows_by_paging


def _expected(db, owner_login, follow_days, deal_days):
    now = db.now()
    with db.connect() as conn:
        return {r[0] for r in conn.execute(text(
            "SELECT c.id FROM customer c JOIN app_user u ON u.id = c.owner_id WHERE c.deleted_at IS NULL "
            "AND c.pool_id IS NULL AND c.status != 'invalid' AND u.login = :login AND "
            "(coalesce(c.last_follow_up_at, c.created_at) < :f OR coalesce(c.last_deal_at, c.created_at) < :d)"),
            {"login": owner_login, "f": now - timedelta(days=follow_days), "d": now - timedelta(days=deal_days)})}


def test_the_warning_list_is_what_the_thresholds_flag_in_the_users_scope(demo_db):
    admin = as_user(demo_db, "admin")
    churn = ChurnService(demo_db, admin.actor)
    churn.set_rules(60, 100000)
    lina = as_user(demo_db, "lina")
    flt = ChurnService(demo_db, lina.actor).filter()
    rows = all_rows_by_paging(lina, flt, CustomerOrder("name"))
    expected = {r for r in _expected(demo_db, "lina", 60, 100000)}
    assert expected and {r.id.hex for r in rows} == expected
    assert lina.count(flt) == len(expected)
    # Every listed customer really is flagged, and says why.
    rules = churn.rules()
    assert all(rules.flags(demo_db.now(), r.created_at, r.last_follow_up_at, r.last_deal_at) for r in rows)


def test_a_follow_up_clears_the_warning(demo_db):
    ChurnService(demo_db, as_user(demo_db, "admin").actor).set_rules(60, 0)
    lina = as_user(demo_db, "lina")
    churn = ChurnService(demo_db, lina.actor)
    flagged = lina.window(churn.filter(), CustomerOrder("name"), limit=1)[0]
    lina.add_activity(flagged.id, "visit", "上门拜访，客户有新需求", happened_at=demo_db.now())
    assert flagged.id not in {r.id for r in all_rows_by_paging(lina, churn.filter(), CustomerOrder("name"))}


def test_rules_off_flag_nothing_and_only_administrators_set_them(demo_db):
    lina = as_user(demo_db, "lina")
    with pytest.raises(PermissionDenied):
        ChurnService(demo_db, lina.actor).set_rules(1, 1)
    rules = ChurnRules(0, 0, overdue_receivables=False)
    assert rules.filter(demo_db.now()) == CustomerFilter()
    assert ChurnService(demo_db, lina.actor).rules() == ChurnRules()  # defaults until an administrator sets them


def test_a_signed_contract_is_a_deal_and_clears_the_no_deal_warning(demo_db):
    from crm_desktop.services.contracts import ContractService
    ChurnService(demo_db, as_user(demo_db, "admin").actor).set_rules(0, 90, overdue_receivables=False)
    lina = as_user(demo_db, "lina")
    churn = ChurnService(demo_db, lina.actor)
    flagged = lina.window(churn.filter(), CustomerOrder("name"), limit=2)
    assert len(flagged) == 2
    contracts = ContractService(demo_db, lina.actor)
    # A draft without a signing date is no deal yet; signing it is.
    draft_id, _ = contracts.create({"title": "年度维保", "customer_id": flagged[0].id, "amount": 500_000})
    still = {r.id for r in all_rows_by_paging(lina, churn.filter(), CustomerOrder("name"))}
    assert flagged[0].id in still
    contracts.update(draft_id, {"signed_on": demo_db.now().date() - timedelta(days=3)})
    contracts.create({"title": "二期", "customer_id": flagged[1].id, "amount": 800_000, "status": "active"})
    after = {r.id for r in all_rows_by_paging(lina, churn.filter(), CustomerOrder("name"))}
    assert flagged[0].id not in after and flagged[1].id not in after
    assert len(after) == len(still) - 2
