"""Round-robin lead assignment against a real PostgreSQL: the rules row is the administrator's (it needs
leads.administer on the server), the position in the rotation is each desk's own (local_meta), so a rep who
creates leads pushes the leads and nothing else."""

from __future__ import annotations

import json
import uuid

import psycopg
from sqlalchemy import select

from crm_desktop.data.models import AppSetting, Lead, SyncIssue
from crm_desktop.domain.access import SEED_ROLES
from crm_desktop.services.leads import RULES_KEY, LeadService
from crm_desktop.sync import provision
from tests.sync.test_setting_rights import sync_clean, user_ids


def server_rules(server_url):
    with psycopg.connect(server_url) as conn:
        return conn.execute("SELECT id, value, version, updated_at, updated_by FROM app_setting WHERE key = %s",
                            (RULES_KEY,)).fetchall()


def team_rep(server_url) -> str:
    """A rep whose data scope is the department (everyone here is in the root one), so the leads dealt to
    李娜 and 王芳 lie within what the server lets them create; the rep's rights, so no leads.administer. (A
    plain sales_rep sees only their own rows: the server refuses a lead they create for someone else.)"""
    rep = next(r for r in SEED_ROLES if r.code == "sales_rep")
    assert "leads.administer" not in rep.permissions
    with psycopg.connect(server_url) as conn:
        conn.execute("INSERT INTO role (id, code, name, data_scope, permissions, created_at, updated_at) "
                     "VALUES (%s, 'team_rep', 'team rep', 'DEPARTMENT', %s, now(), now())",
                     (uuid.uuid4(), json.dumps(sorted(rep.permissions))))
    provision.add_user(server_url, "zhoumin", "zhoumin-password", display_name="周敏", roles=("team_rep",))
    return "zhoumin"


def test_a_rep_creating_leads_under_round_robin_syncs_without_touching_the_rules(make_client, server_url):
    admin, rep = make_client("admin"), make_client(team_rep(server_url))
    lina, wang = user_ids(admin, "lina", "wangfang")
    LeadService(admin.db, admin.actor).set_rules("round_robin", users=[lina, wang])
    sync_clean(admin)
    sync_clean(rep)
    assert LeadService(rep.db, rep.actor).rules().users == (lina, wang)
    before = server_rules(server_url)
    assert len(before) == 1 and "next" not in before[0][1]
    made = [LeadService(rep.db, rep.actor).create({"name": f"展会线索{i}"})[0] for i in range(3)]
    result = rep.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues
    with rep.db.connect() as conn:
        assert conn.execute(select(SyncIssue)).all() == []
    assert server_rules(server_url) == before
    with psycopg.connect(server_url) as conn:
        owners = dict(conn.execute("SELECT id, owner_id FROM lead").fetchall())
        logged = conn.execute("SELECT DISTINCT entity FROM op_log WHERE user_id = %s",
                              (rep.actor.user_id,)).fetchall()
    assert [owners[i] for i in made] == [lina, wang, lina]
    assert logged == [("lead",)]  # the leads (made, then dealt), never the rules
    sync_clean(admin)
    with admin.db.connect() as conn:
        assert conn.execute(select(AppSetting.value).where(AppSetting.key == RULES_KEY)).scalar() == before[0][1]
        assert conn.execute(select(Lead.owner_id).where(Lead.id.in_(made))).all()  # the leads arrived


def test_a_rules_write_around_the_service_is_refused_with_one_reason(make_client, server_url):
    """An old desk that still wrote the position into the rules row: the server refuses the rep's update,
    and the reason names permission_denied once."""
    admin, rep = make_client("admin"), make_client("lina")
    lina, wang = user_ids(admin, "lina", "wangfang")
    LeadService(admin.db, admin.actor).set_rules("round_robin", users=[lina, wang])
    sync_clean(admin)
    sync_clean(rep)
    before = server_rules(server_url)
    with rep.write("new lead") as uow:
        row = uow.session.scalars(select(AppSetting).where(AppSetting.key == RULES_KEY)).one()
        uow.update(row, value={**row.value, "next": 1})
        uow.commit()
    result = rep.sync()
    assert result.rejected == 1
    with rep.db.connect() as conn:
        details = conn.execute(select(SyncIssue.kind, SyncIssue.detail)).all()
    assert details == [("rejected", "permission_denied: leads.administer")]
    assert server_rules(server_url) == before


def test_a_plain_rep_under_round_robin_keeps_their_leads_and_the_server_takes_them(make_client, server_url):
    """李娜 sees only her own rows on the server, which refuses a lead she writes for 王芳; her desk therefore
    deals only within her scope: she keeps the leads she creates, and they sync without a refusal."""
    admin, rep = make_client("admin"), make_client("lina")
    lina, wang = user_ids(admin, "lina", "wangfang")
    LeadService(admin.db, admin.actor).set_rules("round_robin", users=[wang, lina])
    sync_clean(admin)
    sync_clean(rep)
    made = [LeadService(rep.db, rep.actor).create({"name": f"李娜的线索{i}"})[0] for i in range(3)]
    result = rep.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues
    with psycopg.connect(server_url) as conn:
        owners = dict(conn.execute("SELECT id, owner_id FROM lead").fetchall())
    assert [owners.get(i) for i in made] == [lina] * 3
