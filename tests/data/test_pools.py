"""Public pools on one replica: rules set by an administrator, claim (limit, reclaim wait), release with a
reason, warnings before a customer returns, the sweep that returns it, and undo."""

from datetime import UTC, timedelta

import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import Customer, JournalEntry, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.pools import PoolRefused, PoolService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def setup(demo_db):
    admin = PoolService(demo_db, _actor(demo_db, "admin"))
    pool_id = admin.pools()[0].id  # the demo's default pool
    admin.save_pool(pool_id, {"claim_limit": 0, "reclaim_wait_days": 7})
    return demo_db, admin, pool_id


def _owned(db, login):
    actor = _actor(db, login)
    with db.connect() as conn:
        return [r[0] for r in conn.execute(select(Customer.id).where(
            Customer.owner_id == actor.user_id, Customer.deleted_at.is_(None), Customer.pool_id.is_(None))
            .order_by(Customer.name_key).limit(5))]


def _age(db, *ids):
    """As if created (imported) 60 days before the test's clock and never followed up."""
    with db.engine.begin() as conn:
        for cid in ids:
            conn.execute(text("UPDATE customer SET created_at = :t, status = 'potential', last_follow_up_at = NULL,"
                              " claimed_at = NULL WHERE id = :id"), {"t": db.now() - timedelta(days=60), "id": cid.hex})


def test_release_needs_a_reason_and_moves_the_customer_out_of_the_reps_list(setup):
    db, _admin, pool_id = setup
    lina = PoolService(db, _actor(db, "lina"))
    cid = _owned(db, "lina")[0]
    with pytest.raises(PoolRefused) as exc:
        lina.release([cid], "  ")
    assert exc.value.code == "reason_required"
    before = lina.count(pool_id)
    lina.release([cid], "客户暂无需求")
    assert lina.count(pool_id) == before + 1
    customers = CustomerService(db, _actor(db, "lina"))
    assert cid not in {r.id for r in customers.window(CustomerFilter(), CustomerOrder("name"), limit=5000)}
    with db.connect() as conn:
        row = conn.execute(select(Customer.owner_id, Customer.previous_owner_id, Customer.release_reason)
                           .where(Customer.id == cid)).one()
        kind = conn.execute(select(JournalEntry.kind).where(JournalEntry.row_id == cid)
                            .order_by(JournalEntry.seq.desc())).first()[0]
    assert row.owner_id is None and row.previous_owner_id == _actor(db, "lina").user_id
    assert row.release_reason == "客户暂无需求" and kind == "release"


def test_claim_takes_the_customer_and_a_colleague_cannot_claim_it_again(setup):
    db, _admin, pool_id = setup
    lina, wang = PoolService(db, _actor(db, "lina")), PoolService(db, _actor(db, "wangfang"))
    cid = wang.window(pool_id, limit=1)[0].id
    lina.claim([cid])
    with db.connect() as conn:
        owner, pool = conn.execute(select(Customer.owner_id, Customer.pool_id).where(Customer.id == cid)).one()
    assert owner == _actor(db, "lina").user_id and pool is None
    with pytest.raises(PoolRefused) as exc:
        wang.claim([cid])
    assert exc.value.code == "not_in_pool"


def test_the_claim_limit_counts_what_the_user_owns(setup):
    db, admin, pool_id = setup
    lina = PoolService(db, _actor(db, "lina"))
    owned = len(CustomerService(db, _actor(db, "lina")).window(CustomerFilter(), CustomerOrder("name"), limit=100000))
    admin.save_pool(pool_id, {"claim_limit": owned + 1})
    first, second = [r.id for r in lina.window(pool_id, limit=2)]
    lina.claim([first])
    with pytest.raises(PoolRefused) as exc:
        lina.claim([second])
    assert exc.value.code == "claim_limit" and exc.value.args_map["limit"] == owned + 1


def test_a_previous_owner_waits_before_reclaiming(setup, beijing_time):
    db, _admin, pool_id = setup
    lina = PoolService(db, _actor(db, "lina"))
    cid = _owned(db, "lina")[0]
    lina.release([cid], "换人跟进")
    with pytest.raises(PoolRefused) as exc:
        lina.claim([cid])
    assert exc.value.code == "reclaim_wait"
    # From when, in the user's local time (the database keeps UTC): seven days after the release.
    with db.connect() as conn:
        released = conn.execute(select(Customer.released_at).where(Customer.id == cid)).scalar_one()
    local = (released + timedelta(days=7)).replace(tzinfo=UTC).astimezone()
    assert exc.value.args_map["from"] == local.strftime("%Y-%m-%d %H:%M")
    assert local.utcoffset() == timedelta(hours=8)
    PoolService(db, _actor(db, "wangfang")).claim([cid])  # anyone else may


def test_only_administrators_set_rules_and_sales_reps_cannot_administer(setup):
    db, _admin, pool_id = setup
    with pytest.raises(PermissionDenied):
        PoolService(db, _actor(db, "lina")).save_pool(pool_id, {"claim_limit": 1})
    with pytest.raises(PermissionDenied):
        PoolService(db, _actor(db, "zhaolei")).claim([])  # service agents have no pool rights


def test_warning_before_return_then_the_sweep_returns_by_the_levels_rule(setup):
    db, admin, pool_id = setup
    admin.save_pool(pool_id, {"rules": {"A": {"no_follow_up_days": 30}, "*": {"no_follow_up_days": 90}},
                              "warn_days": 5})
    lina_actor = _actor(db, "lina")
    customers = CustomerService(db, lina_actor)
    a, other = _owned(db, "lina")[:2]
    customers.update(a, {"level": "A"})
    customers.update(other, {"level": "C"})
    _age(db, a, other)
    now = db.now()
    customers.add_activity(a, "phone", "跟进", happened_at=now - timedelta(days=27))
    customers.add_activity(other, "phone", "跟进", happened_at=now - timedelta(days=27))
    pools = PoolService(db, lina_actor)
    soon = {r.customer_id: r for r in pools.returning_soon(now)}
    assert a in soon and soon[a].due == (now - timedelta(days=27) + timedelta(days=30)).date()
    assert soon[a].rule == "no_follow_up" and other not in soon
    # Four days later the A-level customer is overdue and goes back; the C-level one stays.
    returned, _ = pools.sweep(now + timedelta(days=4))
    assert returned >= 1
    with db.connect() as conn:
        rows = dict(conn.execute(select(Customer.id, Customer.pool_id).where(Customer.id.in_([a, other]))).all())
        reason = conn.execute(select(Customer.release_reason).where(Customer.id == a)).scalar()
    assert rows[a] == pool_id and rows[other] is None
    assert reason == "auto:no_follow_up:30"


def test_the_no_deal_rule_counts_from_the_last_deal(setup):
    db, admin, pool_id = setup
    admin.save_pool(pool_id, {"rules": {"*": {"no_deal_days": 10}}})
    lina_actor = _actor(db, "lina")
    customers = CustomerService(db, lina_actor)
    deal, no_deal = _owned(db, "lina")[:2]
    _age(db, deal, no_deal)
    customers.update(deal, {"status": "closed"})
    returned, _ = PoolService(db, lina_actor).sweep(db.now() + timedelta(days=1))
    with db.connect() as conn:
        rows = dict(conn.execute(select(Customer.id, Customer.pool_id).where(
            Customer.id.in_([deal, no_deal]))).all())
    assert rows[no_deal] == pool_id and rows[deal] is None


def test_a_claim_is_undoable(setup):
    db, _admin, pool_id = setup
    lina_actor = _actor(db, "lina")
    pools = PoolService(db, lina_actor)
    cid = pools.window(pool_id, limit=1)[0].id
    pools.claim([cid])
    CustomerService(db, lina_actor).undo()
    with db.connect() as conn:
        assert conn.execute(select(Customer.pool_id).where(Customer.id == cid)).scalar() == pool_id


def test_a_pool_with_customers_cannot_be_deleted(setup):
    db, admin, pool_id = setup
    from crm_desktop.domain.errors import ValidationError
    with pytest.raises(ValidationError):
        admin.delete_pool(pool_id)
    empty, _ = admin.save_pool(None, {"name": "华南公海", "rules": {}, "departments": []})
    admin.delete_pool(empty)
    assert [p.name for p in admin.pools()] == ["公海"]


def test_departments_route_customers_to_their_own_pool(setup):
    db, admin, pool_id = setup
    lina_actor = _actor(db, "lina")
    south, _ = admin.save_pool(None, {"name": "华东公海", "departments": [lina_actor.department_id],
                                      "rules": {}})
    cid = _owned(db, "lina")[0]
    PoolService(db, lina_actor).release([cid], "转公海")
    with db.connect() as conn:
        assert conn.execute(select(Customer.pool_id).where(Customer.id == cid)).scalar() == south
