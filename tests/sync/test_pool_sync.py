"""Public pools on the shared server: the server arbitrates claims (two reps offline, one customer), enforces
the claim limit and the reclaim wait whoever writes, and a lost claim is rolled back on the loser's replica
with the reason. Real PostgreSQL, a database per test."""

import psycopg
import pytest
from sqlalchemy import select

from crm_desktop.data.models import Customer, Pool, SyncIssue
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.pools import PoolService
from crm_desktop.sync import provision


@pytest.fixture
def pooled(make_client):
    """An administrator's replica with a pool and three customers released into it, synced."""
    admin = make_client("admin")
    pools = PoolService(admin.db, admin.actor)
    pool_id, _ = pools.save_pool(None, {"name": "公海", "rules": {}, "claim_limit": 0, "reclaim_wait_days": 7,
                                        "departments": [], "is_default": True})
    customers = CustomerService(admin.db, admin.actor)
    ids = [customers.create({"name": name})[0] for name in ("争抢客户", "第二个", "第三个")]
    pools.release(ids, "放入公海")
    admin.sync()
    return admin, pool_id, ids


def _owner(client, cid):
    with client.db.connect() as conn:
        return conn.execute(select(Customer.owner_id, Customer.pool_id).where(Customer.id == cid)).first()


def test_two_reps_claim_the_same_customer_offline_and_the_server_picks_one(pooled, make_client):
    _admin, pool_id, ids = pooled
    lina, wang = make_client("lina"), make_client("wangfang")
    assert _owner(lina, ids[0]) is not None and _owner(lina, ids[0]).pool_id == pool_id  # reps see the pool
    PoolService(lina.db, lina.actor).claim([ids[0]])
    PoolService(wang.db, wang.actor).claim([ids[0]])
    first = lina.sync()
    second = wang.sync()
    assert first.rejected == 0 and second.rejected == 1
    with wang.db.connect() as conn:
        issue = conn.execute(select(SyncIssue.kind, SyncIssue.detail).where(SyncIssue.row_id == ids[0])).one()
    assert issue == ("rejected", "not_in_pool")
    # The loser's optimistic claim is gone: the customer is out of their scope (it is lina's now).
    assert _owner(wang, ids[0]) is None
    assert _owner(lina, ids[0]).owner_id == lina.actor.user_id
    lina.sync()
    assert _owner(lina, ids[0]).owner_id == lina.actor.user_id


def test_the_server_enforces_the_claim_limit_even_when_the_replica_did_not_know(pooled, make_client):
    admin, pool_id, ids = pooled
    lina = make_client("lina")
    # The limit is raised to 1 on the server after lina's replica last synced: her replica allows two claims.
    PoolService(admin.db, admin.actor).save_pool(pool_id, {"claim_limit": 1})
    admin.sync()
    PoolService(lina.db, lina.actor).claim(ids[:2])
    result = lina.sync()
    assert result.rejected == 1
    with lina.db.connect() as conn:
        detail = conn.execute(select(SyncIssue.detail).where(SyncIssue.kind == "rejected")).scalar()
        limit = conn.execute(select(Pool.claim_limit).where(Pool.id == pool_id)).scalar()
    assert detail.startswith("claim_limit") and limit == 1
    owners = [_owner(lina, cid) for cid in ids[:2]]
    assert sum(1 for o in owners if o is not None and o.owner_id == lina.actor.user_id) == 1


def test_psql_cannot_claim_around_the_rules(pooled, server_url):
    """Straight SQL as a rep: a claim for someone else, or over the limit, is refused by the database."""
    admin, pool_id, ids = pooled
    name = server_url.rsplit("/", 1)[1]
    role = provision.db_role_name(name, "lina")
    url = server_url.replace("postgres@", f"{role}:lina-password@")
    with psycopg.connect(server_url) as owner:
        wang = owner.execute("SELECT id FROM app_user WHERE login = 'wangfang'").fetchone()[0]
        lina = owner.execute("SELECT id FROM app_user WHERE login = 'lina'").fetchone()[0]
        owner.execute("UPDATE pool SET claim_limit = 1 WHERE id = %s", (pool_id,))
        owner.commit()
    with psycopg.connect(url) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE customer SET owner_id = %s, pool_id = NULL, claimed_at = now() WHERE id = %s",
                         (wang, ids[0]))
        conn.rollback()
        conn.execute("UPDATE customer SET owner_id = %s, pool_id = NULL, claimed_at = now() WHERE id = %s",
                     (lina, ids[0]))
        conn.commit()
        with pytest.raises(psycopg.errors.RaiseException, match="claim_limit"):
            conn.execute("UPDATE customer SET owner_id = %s, pool_id = NULL, claimed_at = now() WHERE id = %s",
                         (lina, ids[1]))
        conn.rollback()


def test_release_then_reclaim_waits_on_the_server_too(pooled, make_client):
    _admin, _pool_id, ids = pooled
    lina = make_client("lina")
    pools = PoolService(lina.db, lina.actor)
    pools.claim([ids[2]])
    lina.sync()
    pools.release([ids[2]], "暂不跟进")
    lina.sync()
    # Her replica would refuse the reclaim; write it straight to the journal path as an old app would.
    with lina.write("claim") as uow:
        c = uow.get(Customer, ids[2])
        uow.update(c, operation="claim", owner_id=lina.actor.user_id, department_id=lina.actor.department_id,
                   pool_id=None, claimed_at=lina.db.now())
        uow.commit()
    result = lina.sync()
    assert result.rejected == 1
    with lina.db.connect() as conn:
        detail = conn.execute(select(SyncIssue.detail).where(SyncIssue.kind == "rejected")).scalar()
    assert detail.startswith("reclaim_wait")
    assert _owner(lina, ids[2]).pool_id is not None
