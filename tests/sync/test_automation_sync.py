"""Automation rules across desks, on the real shared PostgreSQL: an administrator's rule, synced to every desk,
acts where the change was made (the desk whose journal holds it), once for the whole team; the rows the
action wrote reach the other desks by sync and are not acted on again there; a row written straight into the
server database is in no desk's journal and is acted on by none. Also the two ways a desk's own change could
be missed: a desk's first changes before its first pass (or after joining a server emptied its journal), and
two desks' changes of one record that carry the same journal number."""

import uuid

from sqlalchemy import func, select

from crm_desktop.data.database import Database
from crm_desktop.data.models import (AutomationRule, AutomationRun, Customer, JournalEntry, Lead, Opportunity, Task,
                                     User)
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.paths import DataPaths
from crm_desktop.services.auth import AuthService
from crm_desktop.services.automation import AutomationService
from crm_desktop.services.leads import LeadService
from crm_desktop.services.opportunities import OpportunityService
from crm_desktop.sync import engine
from tests.sync.conftest import Client
from tests.sync.test_sync import as_role


def _run(client):
    """One background pass, as the app runs it for whoever is signed in."""
    return AutomationService(client.db, client.actor).run_pending(background=True)


def _local(client, lead_id):
    """(tasks on the lead, runs on the lead) in this desk's replica."""
    with client.db.connect() as conn:
        tasks = conn.execute(select(func.count()).select_from(Task).where(
            Task.entity == "lead", Task.row_id == lead_id, Task.deleted_at.is_(None))).scalar_one()
        runs = conn.execute(select(func.count()).select_from(AutomationRun).where(
            AutomationRun.target_id == lead_id, AutomationRun.deleted_at.is_(None))).scalar_one()
    return tasks, runs


def _server(server_url, lead_id):
    with as_role(server_url, "admin") as conn:
        tasks = conn.execute("SELECT count(*) FROM task WHERE entity = 'lead' AND row_id = %s AND deleted_at IS NULL",
                             (lead_id,)).fetchone()[0]
        runs = conn.execute("SELECT count(*) FROM automation_run WHERE target_id = %s AND deleted_at IS NULL",
                            (lead_id,)).fetchone()[0]
    return tasks, runs


def _new_lead(client, name):
    lead_id, _ = LeadService(client.db, client.actor).create({"name": name, "source": "展会"}, auto_assign=False)
    return lead_id


def _sync_all(*clients):
    for client in clients:
        result = client.sync()
        assert result.rejected == 0 and result.conflicts == 0, (client.login, result.issues)


def test_a_rule_acts_once_for_the_team_on_the_desk_where_the_change_was_made(make_client, server_url):
    # lina's laptop (a) and desktop (b): both replicas hold all her records, so a double run would show on both
    admin, a, b = make_client("admin"), make_client("lina"), make_client("lina")
    manager = make_client("zhangwei")  # sees lina's records too; makes no changes of its own
    rule_id, _ = AutomationService(admin.db, admin.actor).save_rule(
        {"name": "新线索跟进", "trigger": "lead_created", "condition": {}, "action": "create_task",
         "params": {"title": "联系{name}", "due_days": 1}})
    _sync_all(admin, a, b, manager)
    for desk in (a, b, manager):
        with desk.db.connect() as conn:
            assert conn.execute(select(AutomationRule.id)).scalars().all() == [rule_id]

    # A lead made on desk a: a's pass acts on it.
    on_a = _new_lead(a, "周杰")
    assert _run(a).done == 1
    assert _local(a, on_a) == (1, 1)
    _sync_all(a, b, manager)
    for desk in (b, manager):  # the lead, its task and the run arrive; nobody acts on the lead again
        assert _run(desk).done == 0
    _sync_all(admin, a, b, manager)
    assert _run(admin).done == 0
    assert _server(server_url, on_a) == (1, 1)
    for desk in (a, b, manager):
        assert _local(desk, on_a) == (1, 1), desk.login

    # A lead made on desk b: b acts on it, a (which pulls it) does not.
    on_b = _new_lead(b, "吴敏")
    assert _local(b, on_b) == (0, 0)
    assert _run(b).done == 1
    _sync_all(b, a, manager)
    assert _run(a).done == 0 and _run(manager).done == 0
    _sync_all(a, b, manager)
    assert _server(server_url, on_b) == (1, 1)
    for desk in (a, b, manager):
        assert _local(desk, on_b) == (1, 1), desk.login
        assert _local(desk, on_a) == (1, 1), desk.login  # and nothing new on the first lead
    with b.db.connect() as conn:
        title = conn.execute(select(Task.title).where(Task.row_id == on_b)).scalar_one()
        run_rule = conn.execute(select(AutomationRun.rule_id).where(AutomationRun.target_id == on_b)).scalar_one()
    assert (title, run_rule) == ("联系吴敏", rule_id)


def test_a_desk_acts_on_its_first_changes_after_the_rules_arrive(make_client, server_url):
    """A desk that has never run the automation (a new data folder): the leads it makes before its first pass
    are still its to act on once the rules are there."""
    admin = make_client("admin")
    AutomationService(admin.db, admin.actor).save_rule(
        {"name": "新线索跟进", "trigger": "lead_created", "condition": {}, "action": "create_task",
         "params": {"title": "联系{name}"}})
    _sync_all(admin)
    desk = make_client("lina")  # the rule arrives with its first sync
    lead = _new_lead(desk, "郑洁")
    assert _run(desk).done == 1
    assert _local(desk, lead) == (1, 1)
    assert _run(desk).done == 0


def test_a_row_written_straight_into_the_server_is_acted_on_by_no_desk(make_client, server_url):
    admin, lina = make_client("admin"), make_client("lina")
    AutomationService(admin.db, admin.actor).save_rule(
        {"name": "新线索跟进", "trigger": "lead_created", "condition": {}, "action": "create_task",
         "params": {"title": "联系{name}"}})
    _sync_all(admin, lina)
    _run(lina)
    lead = uuid.uuid4()
    with as_role(server_url, "lina") as conn:  # e.g. an import script with lina's own database login
        conn.execute("INSERT INTO lead (id, name, source, status, owner_id, department_id, created_at, updated_at) "
                     "VALUES (%s, '冯刚', '展会', 'new', %s, %s, now(), now())",
                     (lead, lina.actor.user_id, lina.actor.department_id))
    _sync_all(admin, lina)
    with lina.db.connect() as conn:
        assert conn.execute(select(Lead.name).where(Lead.id == lead)).scalar_one() == "冯刚"
    assert _run(lina).done == 0 and _run(admin).done == 0
    assert _local(lina, lead) == (0, 0) and _server(server_url, lead) == (0, 0)


def test_a_folder_used_before_it_joined_a_server_acts_on_its_first_changes(make_client, server_url, tmp_path):
    """Joining a server empties the start-up journal, whose numbering then starts again: the automation's
    cursor, which a pass before joining had moved into the old journal, starts again with it."""
    admin = make_client("admin")
    AutomationService(admin.db, admin.actor).save_rule(
        {"name": "新线索跟进", "trigger": "lead_created", "condition": {}, "action": "create_task",
         "params": {"title": "联系{name}"}})
    _sync_all(admin)
    db = Database(DataPaths(tmp_path / "app"))
    try:
        first = AuthService(db).create_first_admin("me", "本地管理员", "local-secret")
        before = AutomationService(db, first.actor).run_pending(background=True)  # the app's passes ran
        assert before.cursor > 1
        engine.link(db, server_url.replace("postgres@", ""), "lina", None)
        engine.sync(db, None)  # the organisation and the rule arrive
        with db.connect() as conn:
            user = conn.execute(select(User.id, User.department_id).where(User.login == "lina")).one()
        desk = Client(db, "lina", Actor(user[0], user[1], db.device_id))
        lead = _new_lead(desk, "秦朗")
        assert _run(desk).done == 1
        assert _local(desk, lead) == (1, 1)
        _sync_all(desk)
        assert _server(server_url, lead) == (1, 1)
    finally:
        db.close()


def _last_seq(client):
    with client.db.connect() as conn:
        return conn.execute(select(func.coalesce(func.max(JournalEntry.seq), 0))).scalar_one()


def _move_seq(client, oid):
    with client.db.connect() as conn:
        return conn.execute(select(func.max(JournalEntry.seq)).where(
            JournalEntry.entity == "opportunity", JournalEntry.row_id == oid, JournalEntry.kind == "update")
        ).scalar_one()


def test_two_desks_moving_one_opportunity_each_act_on_their_own_move(make_client, server_url):
    """Each desk numbers its journal itself, so two desks' changes of one record can carry the same number:
    a run's key must still tell them apart (else the second desk's move would count as already acted on)."""
    admin, a, b = make_client("admin"), make_client("lina"), make_client("lina")
    rule_id, _ = AutomationService(admin.db, admin.actor).save_rule(
        {"name": "阶段跟进", "trigger": "opportunity_stage_changed", "condition": {}, "action": "create_task",
         "params": {"title": "跟进：{name}"}})
    _sync_all(admin, a, b)
    with a.write("new customer") as uow:
        customer = uow.create(Customer, name="双机客户", level="A").id
        uow.commit()
    opportunities_a = OpportunityService(a.db, a.actor)
    oid, _ = opportunities_a.create({"customer_id": customer, "name": "双机商机", "amount": 100000})
    stages = [s for s in opportunities_a.pipeline(opportunities_a.get(oid).pipeline_id).stages if s.kind == "open"]
    before_move = _last_seq(a)
    opportunities_a.move(oid, stages[1].id)
    moved_at = _move_seq(a, oid)
    assert _run(a).done == 1
    _sync_all(a, b)
    # b writes until its journal reaches the same number, then moves the opportunity on
    while _last_seq(b) < before_move:
        with b.write("note") as uow:
            uow.create(Customer, name=f"填充 {_last_seq(b)}", level="C")
            uow.commit()
    assert _last_seq(b) == before_move
    OpportunityService(b.db, b.actor).move(oid, stages[2].id)
    assert _move_seq(b, oid) == moved_at  # the same number as a's move
    assert _run(b).done == 1
    _sync_all(b, a)
    assert _run(a).done == 0
    with as_role(server_url, "admin") as conn:
        assert conn.execute("SELECT count(*) FROM automation_run WHERE target_id = %s AND rule_id = %s",
                            (oid, rule_id)).fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM task WHERE row_id = %s", (oid,)).fetchone()[0] == 2
    for desk in (a, b):
        with desk.db.connect() as conn:
            assert conn.execute(select(func.count()).select_from(Task).where(Task.row_id == oid)).scalar_one() == 2
            assert conn.execute(select(Opportunity.stage_id).where(Opportunity.id == oid)).scalar_one() == stages[2].id
