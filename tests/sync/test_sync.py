"""Sync against a real PostgreSQL: the guarantees of SYNC.md, each shown with real clients (separate data
folders) and the server's own row-level security."""

import uuid

import psycopg
import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import Contact, Customer, JournalEntry, SyncIssue, User
from crm_desktop.sync import engine, provision, pull
from crm_desktop.sync.provision import ServerError
from tests.sync.conftest import ADMIN_URL


def new_customer(client, name="上海华信科技有限公司", **extra):
    with client.write("new customer") as uow:
        customer = uow.create(Customer, name=name, phone="+8613812345678", **extra)
        uow.session.flush()  # no ORM relationship orders the two inserts
        uow.create(Contact, customer_id=customer.id, name="张三", phone="+8613900001111")
        uow.commit()
    return customer.id


def edit(client, customer_id, **values):
    with client.write("edit") as uow:
        uow.update(uow.get(Customer, customer_id), **values)
        uow.commit()


def local(client, model, row_id):
    with client.db.connect() as conn:
        return conn.execute(select(model).where(model.id == row_id)).first()


def names(client) -> set:
    with client.db.connect() as conn:
        return set(conn.execute(select(Customer.name).where(Customer.deleted_at.is_(None))).scalars())


def as_role(server_url, login):
    name = server_url.rsplit("/", 1)[1]
    return psycopg.connect(f"{ADMIN_URL}/{name}", user=f"crm_{name}_{login}")


def test_a_change_reaches_the_users_whose_scope_holds_it(make_client):
    lina, manager, wang = make_client("lina"), make_client("zhangwei"), make_client("wangfang")
    cid = new_customer(lina)
    assert lina.sync().pushed == 2  # the customer and its contact
    manager.sync(), wang.sync()
    assert "上海华信科技有限公司" in names(manager)  # department and children: the whole company here
    assert names(wang) == set()  # own records only
    with manager.db.connect() as conn:
        contact = conn.execute(select(Contact.name).where(Contact.customer_id == cid)).scalar()
    assert contact == "张三"
    assert local(lina, Customer, cid).version == 1  # the server's version came back


def test_fields_merge_and_a_real_conflict_goes_to_the_inbox(make_client):
    lina, manager = make_client("lina"), make_client("zhangwei")
    cid = new_customer(lina)
    lina.sync(), manager.sync()
    edit(lina, cid, city="上海", level="A")
    edit(manager, cid, industry="制造业", level="B")  # level: both changed it
    lina.sync()
    result = manager.sync()  # manager pushes later, with the newer clock: latest wins, lina's value kept
    assert result.conflicts == 1
    lina.sync()
    for client in (lina, manager):
        row = local(client, Customer, cid)
        assert (row.city, row.industry, row.level) == ("上海", "制造业", "B")
    with manager.db.connect() as conn:
        issue = conn.execute(select(SyncIssue.kind, SyncIssue.field, SyncIssue.mine, SyncIssue.theirs,
                                    SyncIssue.winner)).one()
    assert tuple(issue) == ("conflict", "level", "B", "A", "mine")


def test_a_push_whose_acknowledgement_was_lost_is_not_applied_twice(make_client, server_url):
    lina = make_client("lina")
    cid = new_customer(lina)
    lina.sync()
    edit(lina, cid, notes="第一次")
    lina.sync()
    # As if the app died after the server committed but before the replica marked its entries.
    with lina.db.engine.begin() as conn:
        conn.execute(text("UPDATE journal_entry SET synced_at = NULL"))
    again = lina.sync()
    assert again.rejected == 0 and again.conflicts == 0
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT version FROM customer WHERE id = %s", (cid,)).fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM op_log").fetchone()[0] == 3
    assert engine.pending(lina.db) == 0


def test_pull_never_skips_a_transaction_that_commits_late(make_client, server_url):
    """Guarantee 3: T1 takes its transaction id first but commits after T2. A pull in between holds T2's row
    back too (the window ends at the oldest transaction still running, so the cursor cannot pass T1); once
    T1 commits, the next pull gets both."""
    manager = make_client("zhangwei")
    owner = local(manager, User, manager.actor.user_id)
    t1, t2 = psycopg.connect(server_url), psycopg.connect(server_url)
    insert = ("INSERT INTO customer (id, name, owner_id, department_id, created_at, updated_at) "
              "VALUES (%s, %s, %s, %s, now(), now())")
    t1.execute("SELECT pg_current_xact_id()")  # T1 now holds the older transaction id
    t2.execute(insert, (uuid.uuid4(), "后提交之前", owner.id, owner.department_id))
    t2.commit()
    manager.sync()
    assert names(manager) == set()
    t1.execute(insert, (uuid.uuid4(), "先开始后提交", owner.id, owner.department_id))
    t1.commit()
    manager.sync()
    assert names(manager) == {"后提交之前", "先开始后提交"}
    t1.close(), t2.close()


def test_the_server_enforces_scope_even_for_psql(make_client, server_url):
    lina, wang = make_client("lina"), make_client("wangfang")
    mine, theirs = new_customer(lina, "李娜的客户"), new_customer(wang, "王芳的客户")
    lina.sync(), wang.sync()
    with as_role(server_url, "lina") as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM customer")] == ["李娜的客户"]
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1  # contacts follow customers
        assert conn.execute("UPDATE customer SET name = 'x' WHERE id = %s", (theirs,)).rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO customer (id, name, owner_id, created_at, updated_at) "
                         "VALUES (%s, 'forged', %s, now(), now())", (uuid.uuid4(), wang.actor.user_id))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM customer WHERE id = %s", (mine,))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # another user's operations
            conn.execute("INSERT INTO op_log (op_id, action_id, entity, row_id, kind, changes, hlc, user_id, "
                         "device_id, at) VALUES (%s, %s, 'customer', %s, 'update', '{}', '0', %s, 'x', now())",
                         (uuid.uuid4(), uuid.uuid4(), mine, wang.actor.user_id))
        conn.rollback()
    with as_role(server_url, "sunli") as conn:  # the auditor reads everything and changes nothing
        assert conn.execute("SELECT count(*) FROM customer").fetchone()[0] == 2
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE customer SET name = 'x' WHERE id = %s", (mine,))


def test_a_rejected_change_is_rolled_back_locally_with_the_reason(make_client):
    auditor = make_client("sunli")  # read-only: an old client, or a write around the service
    cid = new_customer(auditor, "审计员不该建的客户")
    result = auditor.sync()
    assert result.rejected == 2 and result.pushed == 2
    assert local(auditor, Customer, cid) is None  # rolled back to what the server holds
    with auditor.db.connect() as conn:
        issues = conn.execute(select(SyncIssue.kind, SyncIssue.detail)).all()
    assert all(kind == "rejected" and "permission_denied" in detail for kind, detail in issues)
    assert engine.pending(auditor.db) == 0  # nothing wedged


def test_a_reassigned_customer_leaves_the_old_owner_and_reaches_the_new(make_client):
    lina, wang, manager = make_client("lina"), make_client("wangfang"), make_client("zhangwei")
    cid = new_customer(lina, "要转给王芳的客户")
    lina.sync(), manager.sync()
    edit(manager, cid, owner_id=wang.actor.user_id)
    manager.sync()
    dropped = lina.sync()
    assert dropped.dropped == 1 and local(lina, Customer, cid) is None
    with lina.db.connect() as conn:
        assert conn.execute(select(Contact.id).where(Contact.customer_id == cid)).first() is None
    wang.sync()
    assert names(wang) == {"要转给王芳的客户"}
    with wang.db.connect() as conn:
        assert conn.execute(select(Contact.name).where(Contact.customer_id == cid)).scalar() == "张三"


def test_an_old_client_is_refused_and_keeps_its_outbox(make_client, server_url):
    lina = make_client("lina")
    new_customer(lina)
    with psycopg.connect(server_url) as conn:
        conn.execute("UPDATE server_meta SET value = '9999' WHERE key = 'min_client_schema'")
    with pytest.raises(ServerError) as refused:
        lina.sync()
    assert refused.value.code == "client_too_old" and refused.value.args_map["minimum"] == "9999"
    assert engine.pending(lina.db) == 2
    with psycopg.connect(server_url) as conn:
        conn.execute("UPDATE server_meta SET value = '0004' WHERE key = 'min_client_schema'")
    assert lina.sync().pushed == 2


def test_a_disabled_user_cannot_sync_and_keeps_local_work(make_client, server_url):
    lina = make_client("lina")
    new_customer(lina)
    provision.disable_user(server_url, "lina")
    with pytest.raises(ServerError) as refused:
        lina.sync()
    assert refused.value.code in ("server_login_failed", "server_user_disabled")
    assert engine.pending(lina.db) == 2


def test_an_unreachable_server_is_a_clear_error(tmp_path):
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    db = Database(DataPaths(tmp_path / "d"))
    try:
        with pytest.raises(ServerError) as refused:
            engine.link(db, "postgresql://127.0.0.1:1/nowhere", "lina", None)
        assert refused.value.code == "server_unreachable"
        assert db.meta(engine.URL_KEY) is None  # nothing half-stored
    finally:
        db.close()


def test_provisioning_is_idempotent(server_url):
    again = provision.init(server_url, "admin", "admin-password")
    head = provision.head_revision()
    assert head == "s0009" and again["migration"] == {"from": head, "to": head}
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT count(*) FROM role").fetchone()[0] == 5
        assert conn.execute("SELECT count(*) FROM app_user WHERE login = 'admin'").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM ticket_status").fetchone()[0] == 7  # seeded once


def test_the_conflict_inbox_keeps_mine_and_everyone_converges(make_client):
    from crm_desktop.services.sync import SyncService
    lina, manager = make_client("lina"), make_client("zhangwei")
    cid = new_customer(lina)
    lina.sync(), manager.sync()
    edit(manager, cid, notes="经理的备注")
    manager.sync()
    edit(lina, cid, notes="李娜的备注")  # based on the old value, and her clock is newer: hers stands
    lina.sync()
    edit(manager, cid, notes="经理又改了")
    manager.sync()
    edit(lina, cid, notes="李娜再改")
    service = SyncService(lina.db, lina.actor)
    status = service.status()
    assert status.connected and status.pending == 1
    service.sync_now()
    issues = service.issues()
    assert issues and all(i.kind == "conflict" and i.field == "notes" for i in issues)
    # Whatever stands, she decides for the manager's text ("keep theirs") on the newest issue.
    newest = issues[0]
    service.resolve(newest.id, "theirs")
    service.sync_now()
    manager.sync()
    assert local(lina, Customer, cid).notes == local(manager, Customer, cid).notes == newest.theirs
    assert [i.id for i in service.issues()] == [i.id for i in issues[1:]]


def test_an_initial_sync_streams_in_pages_and_resumes_after_an_interruption(make_client, server_url, tmp_path,
                                                                             monkeypatch):
    from crm_desktop.data.database import Database
    from crm_desktop.domain.errors import Cancelled
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.domain.customer_filter import CustomerFilter
    monkeypatch.setattr(pull, "PULL_BATCH", 7)
    manager = make_client("zhangwei")
    with manager.write("many") as uow:
        uow.create_many(Customer, ({"name": f"北京客户{i:03d}", "phone": "+8613812345678"} for i in range(60)))
        uow.commit()
    manager.sync()
    db = Database(DataPaths(tmp_path / "fresh"))
    try:
        engine.link(db, server_url.replace("postgres@", ""), "zhangwei", None)
        seen = []

        def stop_after_three_pages():
            return len(seen) >= 3

        with pytest.raises(Cancelled):
            engine.sync(db, None, progress=lambda done, total: seen.append((done, total)),
                        cancelled=stop_after_three_pages)
        assert db.meta(engine.PULL_STATE_KEY) is not None and db.meta(engine.CURSOR_KEY) is None
        assert seen[-1][1] >= 60 and seen[0][0] < seen[-1][0]  # progress counts up towards the total
        # More happens on the server meanwhile; the resumed sync gets it all, the new row too.
        new_customer(manager, "中断期间新建")
        manager.sync()
        engine.sync(db, None)
        assert db.meta(engine.PULL_STATE_KEY) is None
        with db.connect() as conn:
            count = conn.execute(text("SELECT count(*) FROM customer")).scalar()
        assert count == 61
        with db.connect() as conn:
            user = conn.execute(select(User.id, User.department_id).where(User.login == "zhangwei")).one()
        from crm_desktop.data.unit_of_work import Actor
        service = CustomerService(db, Actor(user[0], user[1], db.device_id))
        assert service.count(CustomerFilter(search="中断期间")) == 1  # the search index was built
        assert service.count(CustomerFilter(search="客户059")) == 1
    finally:
        db.close()


def test_a_long_transaction_in_another_database_does_not_hold_pulls_back(make_client):
    lina, manager = make_client("lina"), make_client("zhangwei")
    with psycopg.connect(f"{ADMIN_URL}/postgres") as elsewhere:
        elsewhere.execute("SELECT pg_current_xact_id()")  # an open transaction holding an older id
        new_customer(lina, "别的库有长事务时新建")
        lina.sync()
        manager.sync()
        assert "别的库有长事务时新建" in names(manager)
        elsewhere.rollback()


def test_a_new_app_folder_joins_a_server_and_its_user_signs_in_with_the_server_password(server_url, tmp_path):
    """What the app's first start leaves behind (a local administrator, the built-in roles) gives way to the
    server's organisation; after the first sync the server user signs in on this computer."""
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.auth import AuthService
    from crm_desktop.services.sync import SyncService
    db = Database(DataPaths(tmp_path / "app"))
    try:
        first = AuthService(db).create_first_admin("me", "本地管理员", "local-secret")
        linked = SyncService(db, first.actor).connect(server_url.replace("postgres@", ""), "lina", None)
        assert linked["organisation_replaced"]
        SyncService(db, first.actor).sync_now(password="lina-password")
        with db.connect() as conn:
            logins = set(conn.execute(select(User.login)).scalars())
        assert logins == {"admin", "zhangwei", "lina", "wangfang", "sunli", "zhaolei"}  # the server's, not "me"
        signed = AuthService(db).login("lina", "lina-password")
        assert signed.display_name == "李娜"
    finally:
        db.close()


def test_a_folder_with_local_customers_is_not_merged_into_a_server(server_url, demo_db):
    with pytest.raises(ServerError) as refused:
        engine.link(demo_db, server_url.replace("postgres@", ""), "lina", None)
    assert refused.value.code == "local_not_empty"
    assert demo_db.meta(engine.URL_KEY) is None


def test_a_users_scope_change_reaches_their_replica_both_ways(make_client, server_url):
    lina, wang = make_client("lina"), make_client("wangfang")
    new_customer(wang, "王芳的客户甲")
    wang.sync()
    lina.sync()
    assert names(lina) == set()
    provision.add_user(server_url, "lina", "lina-password", roles=("sales_manager",))  # promoted
    lina.sync()
    assert names(lina) == {"王芳的客户甲"}
    with lina.db.connect() as conn:
        assert conn.execute(select(Contact.name)).scalars().all() == ["张三"]  # with its contact
    with psycopg.connect(server_url) as conn:  # and demoted again
        conn.execute("UPDATE user_role SET deleted_at = now() WHERE user_id = %s AND role_id = "
                     "(SELECT id FROM role WHERE code = 'sales_manager')", (lina.actor.user_id,))
    result = lina.sync()
    assert names(lina) == set() and result.dropped == 1


def test_the_server_has_every_column_of_every_synced_table(server_url):
    """A server table missing a model column would refuse (or silently drop) what replicas push."""
    from crm_desktop.data.models import BUSINESS_MODELS
    from crm_desktop.sync.registry import SYNCED
    with psycopg.connect(server_url) as conn:
        for entity in SYNCED:
            table = BUSINESS_MODELS[entity].__table__
            have = {r[0] for r in conn.execute("SELECT column_name FROM information_schema.columns "
                                               "WHERE table_name = %s", (table.name,))}
            assert {c.name for c in table.columns} | {"_xid", "_hlc"} == have, entity
