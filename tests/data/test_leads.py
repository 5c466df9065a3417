"""Leads: assignment by hand and by rules (round robin, region, source), the lead pool and claiming, and
conversion into customer + contact + opportunity in one step with duplicate detection."""

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select, update

from crm_desktop.data.models import AppSetting, Customer, JournalEntry, Lead, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import DataScope, PermissionDenied
from crm_desktop.domain.errors import CrmError
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.leads import POSITION_KEY, RULES_KEY, LeadService, _deal
from crm_desktop.services.opportunities import OpportunityService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def test_round_robin_region_and_source_rules(demo_db):
    manager = LeadService(demo_db, _actor(demo_db, "zhangwei"))
    lina, wang = _actor(demo_db, "lina"), _actor(demo_db, "wangfang")
    manager.set_rules("round_robin", users=[lina.user_id, wang.user_id])
    for i in range(4):
        manager.create({"name": f"线索{i}", "company": f"公司{i}"})
    owners = [lead.owner_id for lead in sorted(manager.leads(), key=lambda lead: lead.name)]
    assert owners == [lina.user_id, wang.user_id, lina.user_id, wang.user_id]
    manager.set_rules("region", by_region={"浙江": wang.user_id, "*": lina.user_id})
    zhejiang, _ = manager.create({"name": "杭州线索", "province": "浙江"})
    other, _ = manager.create({"name": "北京线索", "province": "北京"})
    by_id = {lead.id: lead.owner_id for lead in manager.leads()}
    assert (by_id[zhejiang], by_id[other]) == (wang.user_id, lina.user_id)
    manager.set_rules("source", by_source={"展会": wang.user_id})
    fair, _ = manager.create({"name": "展会线索", "source": "展会"})
    assert {lead.id: lead.owner_id for lead in manager.leads()}[fair] == wang.user_id
    with pytest.raises(PermissionDenied):
        LeadService(demo_db, lina).set_rules("none")


def _rules_value(db):
    with db.connect() as conn:
        return conn.execute(select(AppSetting.value).where(AppSetting.key == RULES_KEY)).scalar()


def _setting_entries(db) -> int:
    with db.connect() as conn:
        return conn.execute(select(func.count()).select_from(JournalEntry)
                            .where(JournalEntry.entity == "app_setting")).scalar()


def _owners(db, names):
    with db.connect() as conn:
        owner = dict(conn.execute(select(Lead.name, Lead.owner_id).where(Lead.name.in_(names))).all())
    return [owner[name] for name in names]


def _team_rep(db, actor) -> LeadService:
    """李娜's rights (no leads.administer) with a scope covering everyone, as a role with the department tree
    would give: a plain rep (own scope) may hand a lead to nobody else, so a round robin needs such a scope."""
    own = LeadService(db, actor).access
    assert not own.can("leads", "administer")
    return LeadService(db, actor, replace(own, scope=DataScope.ALL, owner_ids=None, department_ids=None))


def test_a_plain_rep_keeps_the_leads_they_create_and_deals_only_within_their_scope(demo_db):
    """The server refuses a lead a rep writes for someone outside their scope, so a desk never deals one
    there: 李娜 (own scope) keeps her new leads whatever the round robin says; her manager deals to both."""
    manager = LeadService(demo_db, _actor(demo_db, "zhangwei"))
    lina, wang = _actor(demo_db, "lina"), _actor(demo_db, "wangfang")
    manager.set_rules("round_robin", users=[wang.user_id, lina.user_id])
    names = [f"自建线索{i}" for i in range(3)]
    for name in names:
        LeadService(demo_db, lina).create({"name": name})
    assert _owners(demo_db, names) == [lina.user_id] * 3
    manager.set_rules("region", by_region={"*": wang.user_id})
    LeadService(demo_db, lina).create({"name": "按地区的线索", "province": "浙江"})
    assert _owners(demo_db, ["按地区的线索"]) == [lina.user_id]
    names = [f"经理线索{i}" for i in range(2)]
    manager.set_rules("round_robin", users=[wang.user_id, lina.user_id])
    for name in names:
        manager.create({"name": name})
    assert sorted(_owners(demo_db, names)) == sorted([wang.user_id, lina.user_id])


def test_a_rep_creating_leads_deals_them_in_turn_and_journals_no_setting(demo_db):
    """The round-robin position is this desk's (local_meta): a rep's new lead writes the lead and its journal
    only, never the rules row, which holders of leads.administer alone may change on the server."""
    manager = LeadService(demo_db, _actor(demo_db, "zhangwei"))
    lina, wang, chen = (_actor(demo_db, login) for login in ("lina", "wangfang", "chenjing"))
    manager.set_rules("round_robin", users=[lina.user_id, wang.user_id, chen.user_id])
    rules, entries = _rules_value(demo_db), _setting_entries(demo_db)
    assert "next" not in rules
    rep = _team_rep(demo_db, lina)
    names = [f"轮转线索{i}" for i in range(5)]
    for name in names:
        rep.create({"name": name})
    assert _owners(demo_db, names) == [lina.user_id, wang.user_id, chen.user_id, lina.user_id, wang.user_id]
    assert _rules_value(demo_db) == rules and _setting_entries(demo_db) == entries
    with demo_db.connect() as conn:
        assert conn.execute(select(JournalEntry.entity).where(JournalEntry.entity == "app_setting")
                            .where(JournalEntry.user_id == lina.user_id)).all() == []
    assert json.loads(demo_db.meta(POSITION_KEY))["last"] == wang.user_id.hex
    # A new member list: dealing goes on after the last rep dealt to (王芳), wherever the list puts her.
    manager.set_rules("round_robin", users=[wang.user_id, lina.user_id])
    rep.create({"name": "换名单后的线索"})
    assert _owners(demo_db, ["换名单后的线索"]) == [lina.user_id]
    # A lead that is not saved does not use up a turn: the position moves in the lead's own transaction.
    with demo_db.unit_of_work(lina, "abandoned lead") as uow:
        assert _deal(uow.session, manager.rules()) == wang.user_id  # never committed
    rep.create({"name": "下一条线索"})
    assert _owners(demo_db, ["下一条线索"]) == [wang.user_id]


def test_an_old_rules_value_with_a_shared_position_still_deals(demo_db):
    """Rows written before the position moved to the desk carry `next`: it seeds this desk's position once,
    and the row is never written back."""
    manager = LeadService(demo_db, _actor(demo_db, "zhangwei"))
    lina, wang, chen = (_actor(demo_db, login) for login in ("lina", "wangfang", "chenjing"))
    manager.set_rules("round_robin", users=[lina.user_id, wang.user_id, chen.user_id])
    old = {**_rules_value(demo_db), "next": 2}
    with demo_db.engine.begin() as conn:  # as an older version of the desk left it
        conn.execute(update(AppSetting).where(AppSetting.key == RULES_KEY).values(value=old))
    assert manager.rules().next_index == 2
    entries = _setting_entries(demo_db)
    rep = _team_rep(demo_db, lina)
    names = [f"旧规则线索{i}" for i in range(4)]
    for name in names:
        rep.create({"name": name})
    assert _owners(demo_db, names) == [chen.user_id, lina.user_id, wang.user_id, chen.user_id]
    assert _rules_value(demo_db) == old and _setting_entries(demo_db) == entries


def test_the_lead_pool_and_claiming(demo_db):
    manager = LeadService(demo_db, _actor(demo_db, "zhangwei"))
    rep = LeadService(demo_db, _actor(demo_db, "lina"))
    pooled, _ = manager.create({"name": "公海线索", "phone": "13912345678"}, to_pool=True)
    assert [lead.id for lead in rep.leads(pool=True)] == [pooled]
    rep.claim([pooled])
    assert rep.leads(pool=True) == [] and pooled in [lead.id for lead in rep.leads()]
    with pytest.raises(CrmError):
        LeadService(demo_db, _actor(demo_db, "wangfang")).claim([pooled])
    manager.assign([pooled], None)  # back to the pool
    assert [lead.id for lead in rep.leads(pool=True)] == [pooled]


def test_conversion_makes_customer_contact_and_opportunity_in_one_step(demo_db):
    actor = _actor(demo_db, "lina")
    leads = LeadService(demo_db, actor)
    lead_id, _ = leads.create({"name": "周杰", "company": "宁波新港物流有限公司", "title": "采购经理",
                               "phone": "13922220001", "email": "zhoujie@nbxg.example.cn", "source": "展会",
                               "province": "浙江", "city": "宁波"}, auto_assign=False)
    assert leads.candidates(lead_id) == []
    done = leads.convert(lead_id, opportunity={"name": "仓储系统", "amount": 300000_00})
    customer = CustomerService(demo_db, actor).get(done.customer_id)
    assert (customer.name, customer.city, customer.source) == ("宁波新港物流有限公司", "宁波", "展会")
    assert [c.name for c in customer.contacts] == ["周杰"]
    opportunity = OpportunityService(demo_db, actor).get(done.opportunity_id)
    assert (opportunity.amount, opportunity.customer_id) == (300000_00, done.customer_id)
    assert leads.leads(status="converted")[0].converted_customer_id == done.customer_id
    with pytest.raises(CrmError):
        leads.convert(lead_id)  # once only

    again, _ = leads.create({"name": "王五", "company": "宁波新港物流有限公司", "phone": "+86 139-2222-0001"},
                            auto_assign=False)
    [candidate] = leads.candidates(again)
    assert candidate.customer_id == done.customer_id and set(candidate.reasons) == {"name", "phone"}
    merged = leads.convert(again, customer_id=candidate.customer_id)
    assert merged.customer_id == done.customer_id and merged.opportunity_id is None
    assert len(CustomerService(demo_db, actor).get(done.customer_id).contacts) == 2
    with demo_db.connect() as conn:
        assert conn.execute(select(Customer.id).where(Customer.name == "宁波新港物流有限公司")).all() == [
            (done.customer_id,)]
