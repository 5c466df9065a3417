"""Automation rules on a real database: each trigger (lead created, opportunity stage changed, segment
entered) and action (assign owner, create task, add to campaign, queue an e-mail), idempotent reruns, the
audit (runs and journal labels) and the loop guard."""

import pytest
from sqlalchemy import func, select

from crm_desktop.data.models import (AutomationRun, CampaignMember, Customer, EmailDelivery, JournalAction,
                                     JournalEntry, Lead, Opportunity, Task, User)
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.automation import CURSOR_KEY, AutomationService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.leads import LeadService
from crm_desktop.services.opportunities import OpportunityService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _make(db, model_name, **values):
    from crm_desktop.data import models
    with db.unit_of_work(_actor(db, "admin"), f"new {model_name}") as uow:
        row = uow.create(getattr(models, model_name), **values)
        uow.commit()
    return row.id


def _count(db, model, *where):
    with db.connect() as conn:
        return conn.execute(select(func.count()).select_from(model).where(*where)).scalar_one()


def _runs(db):
    with db.connect() as conn:
        return [tuple(r) for r in conn.execute(select(AutomationRun.target_entity, AutomationRun.target_id,
                                                      AutomationRun.status, AutomationRun.detail)
                                               .order_by(AutomationRun.created_at))]


@pytest.fixture
def auto(demo_db):
    return AutomationService(demo_db, _actor(demo_db, "admin"))


def test_a_new_lead_is_assigned_and_gets_a_task_once(demo_db, auto):
    wangfang = _actor(demo_db, "wangfang").user_id
    auto.save_rule({"name": "展会线索给王芳", "trigger": "lead_created", "condition": {"source": "展会"},
                    "action": "assign_owner", "params": {"owner_id": str(wangfang)}, "position": 1})
    auto.save_rule({"name": "新线索跟进", "trigger": "lead_created", "condition": {},
                    "action": "create_task", "params": {"title": "联系{name}", "due_days": 2}, "position": 2})
    leads = LeadService(demo_db, _actor(demo_db, "lina"))
    fair, _ = leads.create({"name": "周杰", "company": "杭州云杉科技", "source": "展会"}, auto_assign=False)
    web, _ = leads.create({"name": "吴敏", "source": "网络推广"}, auto_assign=False)
    report = auto.run_pending()
    assert (report.done, report.skipped, report.failed) == (3, 0, 0)
    with demo_db.connect() as conn:
        owners = dict(conn.execute(select(Lead.id, Lead.owner_id).where(Lead.id.in_([fair, web]))).all())
        tasks = conn.execute(select(Task.title, Task.entity, Task.row_id, Task.owner_id).where(Task.entity == "lead")
                             .order_by(Task.title)).all()
        seq = conn.execute(select(JournalEntry.seq).where(JournalEntry.entity == "lead", JournalEntry.row_id == fair,
                                                          JournalEntry.kind == "create")).scalar_one()
        labels = conn.execute(select(JournalAction.label).join(JournalEntry, JournalEntry.action_id == JournalAction.id)
                              .where(JournalEntry.entity == "lead", JournalEntry.row_id == fair,
                                     JournalEntry.kind == "update")).scalars().all()
        run = conn.execute(select(AutomationRun.source_action_id, AutomationRun.status).where(
            AutomationRun.target_id == fair).order_by(AutomationRun.created_at).limit(1)).one()
    assert owners[fair] == wangfang and owners[web] == _actor(demo_db, "lina").user_id
    # The task is the lead owner's at the time it is made (the rules run in order: assign first).
    assert [(t.title, t.row_id, t.owner_id) for t in tasks] == [("联系吴敏", web, owners[web]),
                                                                ("联系周杰", fair, wangfang)]
    assert labels == ["automation: 展会线索给王芳 (assign leads)"]
    assert tuple(run) == (seq, "done")
    # Running again does nothing; neither does a crash that lost the cursor (the runs are unique).
    assert auto.run_pending().done == 0
    demo_db.set_meta(CURSOR_KEY, str(seq - 1))
    again = auto.run_pending()
    assert (again.done, again.skipped, again.failed) == (0, 0, 0)
    assert _count(demo_db, Task, Task.entity == "lead") == 2 and len(_runs(demo_db)) == 3


def test_an_opportunity_won_gets_a_follow_up_task(demo_db, auto):
    auto.save_rule({"name": "赢单回访", "trigger": "opportunity_stage_changed", "condition": {"status": "won"},
                    "action": "create_task", "params": {"title": "回访：{name}", "kind": "call", "due_days": 7}})
    lina = _actor(demo_db, "lina")
    with demo_db.connect() as conn:
        won, moved = conn.execute(select(Opportunity.id).where(Opportunity.owner_id == lina.user_id,
                                                               Opportunity.status == "open",
                                                               Opportunity.deleted_at.is_(None))
                                  .order_by(Opportunity.id).limit(2)).scalars().all()
    opportunities = OpportunityService(demo_db, lina)
    opportunities.win(won)
    detail = opportunities.get(moved)
    stages = opportunities.pipeline(detail.pipeline_id).stages
    other_open = next(s for s in stages if s.kind == "open" and s.id != detail.stage_id)
    opportunities.move(moved, other_open.id)
    opportunities.move(won, other_open.id)  # reopened before the rules ran: the win still counts, once
    report = auto.run_pending()
    assert report.done == 1
    with demo_db.connect() as conn:
        task = conn.execute(select(Task.kind, Task.entity, Task.row_id, Task.owner_id, Task.customer_id)
                            .where(Task.title.like("回访：%"))).one()
        customer = conn.execute(select(Opportunity.customer_id).where(Opportunity.id == won)).scalar_one()
    assert tuple(task) == ("call", "opportunity", won, lina.user_id, customer)


@pytest.fixture
def marketing(demo_db):
    campaign = _make(demo_db, "Campaign", name="双十二会员日", kind="email")
    segment = _make(demo_db, "Segment", name="测试城客户", kind="dynamic", filter={"city": "测试城"})
    return campaign, segment


def test_entering_a_segment_adds_to_a_campaign_and_queues_an_e_mail(demo_db, auto, marketing):
    campaign, segment = marketing
    auto.save_rule({"name": "入群加入活动", "trigger": "segment_entered", "condition": {"segment_id": str(segment)},
                    "action": "add_to_campaign", "params": {"campaign_id": str(campaign)}})
    auto.save_rule({"name": "入群发邮件", "trigger": "segment_entered", "condition": {"segment_id": str(segment)},
                    "action": "send_email", "params": {"campaign_id": str(campaign)}})
    lina = _actor(demo_db, "lina")
    customers = CustomerService(demo_db, lina)
    with_mail, _ = customers.create({"name": "测试城甲公司", "city": "测试城", "email": "Buyer@Example.CN"})
    no_mail, _ = customers.create({"name": "测试城乙公司", "city": "测试城"})
    elsewhere, _ = customers.create({"name": "别处丙公司", "city": "苏州", "email": "c@example.cn"})
    report = auto.run_pending()
    assert (report.done, report.skipped) == (3, 1)  # two members, one e-mail; no address for the second
    with demo_db.connect() as conn:
        members = set(conn.execute(select(CampaignMember.customer_id, CampaignMember.email).where(
            CampaignMember.campaign_id == campaign)).all())
        deliveries = conn.execute(select(EmailDelivery.email, EmailDelivery.status)).all()
    assert members == {(with_mail, "buyer@example.cn"), (no_mail, "")}
    assert [tuple(d) for d in deliveries] == [("buyer@example.cn", "queued")]
    assert ("customer", no_mail, "skipped", "no_email") in _runs(demo_db)
    # Leaving is recorded; entering again fires again, but the member and the e-mail exist already.
    customers.update(with_mail, {"city": "苏州"})
    auto.run_pending()
    assert [r for r in _runs(demo_db) if r[1] == with_mail and r[3] == "left"] != []
    customers.update(with_mail, {"city": "测试城"})
    report = auto.run_pending()
    assert (report.done, report.skipped) == (0, 2)
    assert {r[3] for r in _runs(demo_db)[-2:]} == {"already_member", "already_queued"}
    # Editing a member that stays in the segment fires nothing.
    customers.update(with_mail, {"notes": "老客户"})
    assert auto.run_pending().done + auto.run_pending().skipped == 0
    assert _count(demo_db, EmailDelivery) == 1 and _count(demo_db, CampaignMember) == 2
    assert not any(r[1] == elsewhere for r in _runs(demo_db))


def test_an_unsubscribed_address_gets_nothing_queued(demo_db, auto, marketing):
    campaign, segment = marketing
    _make(demo_db, "EmailUnsubscribe", email="no@example.cn", source="link")
    auto.save_rule({"name": "入群发邮件", "trigger": "segment_entered", "condition": {"segment_id": str(segment)},
                    "action": "send_email", "params": {"campaign_id": str(campaign)}})
    CustomerService(demo_db, _actor(demo_db, "lina")).create({"name": "退订公司", "city": "测试城",
                                                             "email": "No@example.cn"})
    report = auto.run_pending()
    assert (report.done, report.skipped) == (0, 1)
    assert _runs(demo_db)[-1][3] == "unsubscribed" and _count(demo_db, EmailDelivery) == 0


def test_rules_that_would_feed_each_other_run_once(demo_db, auto):
    """A: customers in 循环城 go to 王芳. B: 王芳's customers go to 李娜. Without the guard, A's assignment
    would make the customer enter B's segment, B's would make it leave and re-enter ... for ever."""
    wangfang, lina = _actor(demo_db, "wangfang").user_id, _actor(demo_db, "lina").user_id
    city = _make(demo_db, "Segment", name="循环城", kind="dynamic", filter={"city": "循环城"})
    mine = _make(demo_db, "Segment", name="王芳的循环城客户", kind="dynamic",
                 filter={"city": "循环城", "owner_id": str(wangfang)})
    auto.save_rule({"name": "A", "trigger": "segment_entered", "condition": {"segment_id": str(city)},
                    "action": "assign_owner", "params": {"owner_id": str(wangfang)}})
    auto.save_rule({"name": "B", "trigger": "segment_entered", "condition": {"segment_id": str(mine)},
                    "action": "assign_owner", "params": {"owner_id": str(lina)}})
    customer, _ = CustomerService(demo_db, _actor(demo_db, "zhangwei")).create({"name": "循环公司", "city": "循环城"})
    reports = [auto.run_pending() for _ in range(3)]
    assert [r.done for r in reports] == [1, 0, 0]
    with demo_db.connect() as conn:
        owner = conn.execute(select(Customer.owner_id).where(Customer.id == customer)).scalar_one()
    assert owner == wangfang
    assert [(r[1], r[2]) for r in _runs(demo_db)] == [(customer, "done")]


def test_failures_are_recorded_and_rules_are_validated(demo_db, auto, marketing):
    campaign, _segment = marketing
    auto.save_rule({"name": "加入活动", "trigger": "lead_created", "condition": {},
                    "action": "add_to_campaign", "params": {"campaign_id": str(campaign)}})
    with demo_db.unit_of_work(_actor(demo_db, "admin"), "delete campaign") as uow:
        from crm_desktop.data.models import Campaign
        uow.delete(uow.get(Campaign, campaign))
        uow.commit()
    LeadService(demo_db, _actor(demo_db, "lina")).create({"name": "钱进"}, auto_assign=False)
    report = auto.run_pending()
    assert (report.done, report.failed) == (0, 1)
    assert _runs(demo_db)[-1][2:] == ("failed", f"not_found {{'entity': 'campaign', 'id': '{campaign}'}}")
    with pytest.raises(ValidationError):
        auto.save_rule({"name": "坏规则", "trigger": "lead_created", "action": "assign_owner",
                        "params": {"owner_id": "00000000-0000-0000-0000-000000000000"}})
    rep = AutomationService(demo_db, _actor(demo_db, "lina"))
    with pytest.raises(PermissionDenied):
        rep.run_pending()
    with pytest.raises(PermissionDenied):
        rep.save_rule({"name": "x", "trigger": "lead_created", "action": "create_task", "params": {"title": "t"}})


def test_tagging_a_customer_and_static_lists_are_segment_entries(demo_db, auto, marketing):
    campaign, _segment = marketing
    tag = _make(demo_db, "Tag", name="重点客户")
    tagged = _make(demo_db, "Segment", name="重点客户群", kind="dynamic", filter={"tag_id": str(tag)})
    static = _make(demo_db, "Segment", name="展会名单", kind="static", filter={})
    for name, segment in (("重点入活动", tagged), ("名单入活动", static)):
        auto.save_rule({"name": name, "trigger": "segment_entered", "condition": {"segment_id": str(segment)},
                        "action": "add_to_campaign", "params": {"campaign_id": str(campaign)}})
    lina = _actor(demo_db, "lina")
    customers = CustomerService(demo_db, lina)
    a, _ = customers.create({"name": "标签甲公司"})
    b, _ = customers.create({"name": "名单乙公司"})
    assert auto.run_pending().done == 0  # in neither segment yet
    customers.set_tags(a, ["重点客户"])
    _make(demo_db, "SegmentMember", segment_id=static, customer_id=b)
    assert auto.run_pending().done == 2
    with demo_db.connect() as conn:
        members = set(conn.execute(select(CampaignMember.customer_id).where(
            CampaignMember.campaign_id == campaign)).scalars())
    assert members == {a, b}


def test_a_new_rule_does_not_act_on_the_past(demo_db, auto):
    leads = LeadService(demo_db, _actor(demo_db, "lina"))
    before, _ = leads.create({"name": "早到的线索", "source": "展会"}, auto_assign=False)
    auto.save_rule({"name": "新线索跟进", "trigger": "lead_created", "condition": {},
                    "action": "create_task", "params": {"title": "联系{name}"}})
    after, _ = leads.create({"name": "新线索", "source": "展会"}, auto_assign=False)
    assert auto.run_pending().done == 1
    with demo_db.connect() as conn:
        assert conn.execute(select(Task.row_id).where(Task.entity == "lead")).scalars().all() == [after]


def test_the_upgrade_keys_the_runs_this_desk_made_on_it(tmp_path):
    """0013 keys a run on the desk too: the runs in this desk's journal name it (so a pass repeated after the
    upgrade finds them and does nothing twice); a run pulled from another desk names none."""
    import uuid
    from datetime import datetime

    from alembic import command
    from sqlalchemy import create_engine, text

    from crm_desktop.data.database import Database
    from crm_desktop.data.migrate import alembic_config
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user

    paths = DataPaths(tmp_path / "old")
    paths.root.mkdir(parents=True)
    db = Database(paths)
    actor = ensure_local_user(db)
    auto = AutomationService(db, actor)
    rule, _ = auto.save_rule({"name": "新线索跟进", "trigger": "lead_created", "condition": {},
                              "action": "create_task", "params": {"title": "联系{name}"}})
    lead, _ = LeadService(db, actor).create({"name": "升级前的线索"}, auto_assign=False)
    assert auto.run_pending().done == 1
    device = db.device_id
    db.close()
    engine = create_engine(f"sqlite:///{paths.database}")
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0012")
        pulled = uuid.uuid4()  # another desk's run, as a pull writes it: no journal entry here
        conn.execute(text("INSERT INTO automation_run (id, rule_id, source_action_id, target_entity, target_id, "
                          "status, detail, created_at, updated_at) VALUES (:id, :rule, 1, 'lead', :target, 'done', "
                          "'', :now, :now)"), {"id": pulled.hex, "rule": rule.hex, "target": uuid.uuid4().hex,
                                               "now": datetime(2026, 11, 1)})
    engine.dispose()
    db = Database(paths)  # upgrades to the head again
    try:
        with db.connect() as conn:
            devices = dict(conn.execute(select(AutomationRun.target_id, AutomationRun.source_device)).all())
        assert devices.pop(lead) == device and list(devices.values()) == [""]
        db.set_meta(CURSOR_KEY, "0")  # a pass repeated over the lead's creation
        assert AutomationService(db, actor).run_pending().done == 0
        assert _count(db, Task, Task.row_id == lead) == 1
    finally:
        db.close()
