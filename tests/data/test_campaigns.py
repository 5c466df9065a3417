"""Campaigns on one replica (real SQLite, the demo data): the ROI computed exactly from the attributed records
(won opportunities in the campaign's currency only; lost, open and unattributed ones excluded; zero cost),
members by hand and from a segment in batches without duplicates, responses, resources, and the data
scope (a rep sees and changes only their own campaigns)."""

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from sqlalchemy import func, select, text

from crm_desktop.data.models import (
    Attachment,
    CampaignMember,
    Contact,
    Customer,
    Lead,
    Opportunity,
    User,
)
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.money import Money, parse_amount
from crm_desktop.services.campaigns import CampaignService, roi_ratio
from crm_desktop.services.leads import LeadService
from crm_desktop.services.opportunities import OpportunityService
from crm_desktop.services.segments import SegmentService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _customers_of(db, login, n=1):
    actor = _actor(db, login)
    with db.connect() as conn:
        return list(conn.execute(select(Customer.id).where(Customer.owner_id == actor.user_id,
                                                           Customer.deleted_at.is_(None))
                                 .order_by(Customer.id).limit(n)).scalars())


@pytest.fixture
def admin(demo_db):
    return CampaignService(demo_db, _actor(demo_db, "admin"))


def _opportunity(db, login, amount: str, currency="CNY"):
    service = OpportunityService(db, _actor(db, login))
    customer = _customers_of(db, "wangfang" if login == "admin" else login)[0]  # admin sees every customer
    oid, _ = service.create({"customer_id": customer, "name": f"展会商机 {amount}",
                             "amount": parse_amount(amount), "currency": currency,
                             "expected_close": date(2026, 12, 31)})
    return service, oid


def test_roi_is_exact_from_won_opportunities_attributed_in_the_campaigns_currency(demo_db, admin):
    cid, changes = admin.create({"name": "2026 上海工博会", "kind": "exhibition", "budget": parse_amount("150000"),
                                 "actual_cost": parse_amount("100000"), "starts_on": date(2026, 9, 15),
                                 "ends_on": date(2026, 9, 19)})
    assert changes.campaigns and not changes.loyalty
    opps, won_a = _opportunity(demo_db, "admin", "200000.00")
    _, won_b = _opportunity(demo_db, "admin", "150000.50")
    _, lost = _opportunity(demo_db, "admin", "99999.99")
    _, still_open = _opportunity(demo_db, "admin", "50000")
    _, won_elsewhere = _opportunity(demo_db, "admin", "888888")  # won, but not from this campaign
    _, won_usd = _opportunity(demo_db, "admin", "1000", currency="USD")
    for oid in (won_a, won_b, won_usd, won_elsewhere):
        opps.win(oid)
    opps.lose(lost, "价格太高")
    for oid in (won_a, won_b, lost, still_open, won_usd):
        assert admin.attribute("opportunity", oid, cid).opportunities

    report = admin.roi(cid)
    with demo_db.connect() as conn:
        revenue = conn.execute(text("SELECT sum(amount) FROM opportunity WHERE campaign_id = :c AND status = 'won' "
                                    "AND currency = 'CNY' AND deleted_at IS NULL"), {"c": cid.hex}).scalar()
    assert revenue == 35000050  # 200000.00 + 150000.50 yuan, in fen
    assert report.won_revenue == Money(revenue, "CNY") and report.won == 2 and report.other_currency_won == 1
    assert report.lost == 1 and report.open_opportunities == 1 and report.open_amount == Money(5000000)
    assert report.opportunities == 5
    assert isinstance(report.roi, Decimal) and report.roi == Decimal("2.500005")
    assert report.roi == (Decimal(revenue) - Decimal(10000000)) / Decimal(10000000)
    assert report.roi_percent == Decimal("250.00")
    assert report.budget_remaining == Money(parse_amount("50000"))

    # The report follows the data: a won opportunity deleted, another unlinked, the cost corrected.
    opps.delete([won_b])
    admin.attribute("opportunity", won_a, None)
    admin.attribute("opportunity", won_elsewhere, cid)
    admin.update(cid, {"actual_cost": parse_amount("111111.11")})
    report = admin.roi(cid)
    assert report.won_revenue == Money(88888800) and report.won == 1
    # 77777689 / 11111111 repeats: 50 significant digits of it, never a float's 16.
    assert len(report.roi.as_tuple().digits) > 40
    assert abs(Fraction(report.roi) - Fraction(88888800 - 11111111, 11111111)) < Fraction(1, 10 ** 48)
    assert report.roi_percent == Decimal("700.00")


def test_zero_cost_has_no_roi_and_nothing_won_is_minus_one(demo_db, admin):
    cid, _ = admin.create({"name": "微信公众号推文", "kind": "online"})
    report = admin.roi(cid)
    assert report.roi is None and report.roi_percent is None and report.won_revenue == Money(0)
    admin.update(cid, {"actual_cost": parse_amount("3000")})
    assert admin.roi(cid).roi == Decimal(-1)
    assert abs(Fraction(roi_ratio(1, 3)) - Fraction(-2, 3)) < Fraction(1, 10 ** 48) and roi_ratio(5, 0) is None
    assert roi_ratio(12345, 10000) == Decimal("0.2345")


def test_members_by_hand_skip_duplicates_and_responses_are_counted_by_kind(demo_db, admin):
    cid, _ = admin.create({"name": "客户答谢会", "kind": "event", "actual_cost": 500000})
    customers = _customers_of(demo_db, "lina", 3)
    with demo_db.connect() as conn:
        contacts = list(conn.execute(select(Contact.id).where(Contact.deleted_at.is_(None)).limit(2)).scalars())
    lead_id, _ = LeadService(demo_db, admin.actor).create({"name": "周杰", "company": "杭州云帆科技",
                                                           "email": "Zhou.Jie@YunFan.cn"}, auto_assign=False)
    added, changes = admin.add_members(cid, customers=customers + customers[:1], contacts=contacts,
                                       leads=[lead_id])
    assert added == 6 and changes.campaigns
    again, _ = admin.add_members(cid, customers=customers, leads=[lead_id])
    assert again == 0 and admin.member_count(cid) == 6
    members = admin.members(cid)
    lead_member = next(m for m in members if m.kind == "lead")
    assert lead_member.email == "zhou.jie@yunfan.cn" and lead_member.name == "周杰"
    with demo_db.connect() as conn:
        names = dict(conn.execute(select(Customer.id, Customer.name).where(Customer.id.in_(customers))).all())
    assert {m.target_id: m.name for m in members if m.kind == "customer"} == names

    admin.respond(members[0].id, "registered")
    admin.respond(members[1].id, "attended", note="带了两位同事")
    admin.respond(lead_member.id, "attended")
    with pytest.raises(ValidationError):
        admin.respond(members[2].id, "maybe")
    report = admin.roi(cid)
    assert report.members == 6 and report.responded == 3
    assert report.responses == {"attended": 2, "registered": 1}
    assert report.by_kind == {"customer": 3, "contact": 2, "lead": 1}
    assert report.response_rate == Decimal("0.5")
    assert [m.id for m in admin.members(cid, responded=True)] == sorted(
        [members[0].id, members[1].id, lead_member.id])

    admin.remove_members([members[0].id])
    assert admin.roi(cid).members == 5 and admin.roi(cid).responses == {"attended": 2}


def test_attributed_leads_count_and_converted_ones_are_told_apart(demo_db, admin):
    cid, _ = admin.create({"name": "百度推广 Q4", "kind": "online", "actual_cost": parse_amount("20000")})
    leads = LeadService(demo_db, admin.actor)
    ids = [leads.create({"name": n, "company": c}, auto_assign=False)[0]
           for n, c in (("孙伟", "苏州精工"), ("钱芳", "宁波港务"), ("吴磊", "无锡新材"))]
    for lead_id in ids:
        admin.attribute("lead", lead_id, cid)
    leads.update(ids[0], {"status": "converted"})
    report = admin.roi(cid)
    assert (report.leads, report.leads_converted) == (3, 1)
    assert sorted(i for i, _n, _s in admin.attributed(cid)["lead"]) == sorted(ids)
    with pytest.raises(ValidationError):
        admin.attribute("customer", ids[0], cid)


def test_a_converted_leads_opportunity_stays_attributed_and_its_win_counts(demo_db, admin):
    cid, _ = admin.create({"name": "上海工博会", "kind": "exhibition", "actual_cost": parse_amount("10000")})
    leads = LeadService(demo_db, admin.actor)
    lead_id, _ = leads.create({"name": "赵敏", "company": "上海博达仪器"}, auto_assign=False)
    admin.attribute("lead", lead_id, cid)
    converted = leads.convert(lead_id, opportunity={"name": "博达仪器 CRM", "amount": parse_amount("30000")})
    with demo_db.connect() as conn:
        opportunity = conn.execute(select(Opportunity.id, Opportunity.campaign_id).where(
            Opportunity.customer_id == converted.customer_id)).one()
    assert opportunity.campaign_id == cid
    OpportunityService(demo_db, admin.actor).win(opportunity.id)
    report = admin.roi(cid)
    assert report.won == 1 and report.won_revenue.amount == Decimal("30000")
    assert report.roi == Decimal(2)  # (30,000 - 10,000) / 10,000


def test_filling_from_a_segment_goes_in_batches_and_never_adds_anyone_twice(demo_db, admin):
    segments = SegmentService(demo_db, admin.actor)
    sid, _ = segments.create({"name": "A 级客户", "kind": "dynamic", "filter": CustomerFilter(level="A")})
    with demo_db.connect() as conn:
        expected = set(conn.execute(text("SELECT id FROM customer WHERE deleted_at IS NULL AND level = 'A'")).scalars())
    assert len(expected) > 60
    cid, _ = admin.create({"name": "A 级客户新品推介", "kind": "email"})
    first = _customers_of(demo_db, "lina", 200)
    manual = next(c for c in first if c.hex in expected)
    admin.add_members(cid, customers=[manual])
    seen = []
    added, skipped, changes = admin.add_from_segment(cid, sid, batch=25, progress=lambda d, t: seen.append((d, t)))
    assert added == len(expected) - 1 and skipped == 1 and changes.campaigns
    assert seen[-1] == (len(expected), len(expected)) and len(seen) == -(-len(expected) // 25)
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)
    with demo_db.connect() as conn:
        rows = conn.execute(select(CampaignMember.customer_id, func.count()).where(
            CampaignMember.campaign_id == cid, CampaignMember.deleted_at.is_(None))
            .group_by(CampaignMember.customer_id)).all()
    assert {r[0].hex for r in rows} == expected and all(r[1] == 1 for r in rows)
    assert admin.get(cid).segment_id == sid
    # Again (after a crash, or a changed segment): nobody twice.
    added, skipped, _ = admin.add_from_segment(cid, sid, batch=40)
    assert added == 0 and skipped == len(expected) and admin.member_count(cid) == len(expected)


def test_cancelling_a_fill_keeps_the_batches_done(demo_db, admin):
    sid, _ = SegmentService(demo_db, admin.actor).create({"name": "全部客户", "kind": "dynamic", "filter": {}})
    cid, _ = admin.create({"name": "年终回馈", "kind": "telemarketing"})
    calls = []
    added, _s, _c = admin.add_from_segment(cid, sid, batch=100, progress=lambda d, t: calls.append(d),
                                           cancelled=lambda: len(calls) >= 2)
    assert added == 200 and admin.member_count(cid) == 200
    added, skipped, _ = admin.add_from_segment(cid, sid, batch=100)
    assert skipped == 200 and admin.member_count(cid) == 200 + added


def test_a_rep_sees_and_changes_only_their_own_campaigns(demo_db, admin):
    lina = CampaignService(demo_db, _actor(demo_db, "lina"))
    chen = CampaignService(demo_db, _actor(demo_db, "chenjing"))
    manager = CampaignService(demo_db, _actor(demo_db, "zhangwei"))  # lina's manager (department tree)
    mine, _ = lina.create({"name": "李娜的老客户回访", "kind": "telemarketing", "budget": 100000})
    theirs, _ = chen.create({"name": "陈静的沙龙", "kind": "event"})
    assert [c.id for c in lina.campaigns()] == [mine]
    assert mine not in {c.id for c in chen.campaigns()} and theirs in {c.id for c in chen.campaigns()}
    assert mine in {c.id for c in manager.campaigns()} and theirs not in {c.id for c in manager.campaigns()}
    assert {mine, theirs} <= {c.id for c in admin.campaigns()}
    with pytest.raises(PermissionDenied):
        lina.get(theirs)
    with pytest.raises(PermissionDenied):
        lina.update(theirs, {"name": "改名"})
    with pytest.raises(PermissionDenied):
        lina.roi(theirs)
    with pytest.raises(PermissionDenied):
        lina.delete([mine])  # reps create and edit campaigns, they do not delete them
    # A rep attributes their own opportunity, never a colleague's.
    _, own_opp = _opportunity(demo_db, "lina", "10000")
    _, other_opp = _opportunity(demo_db, "chenjing", "10000")
    lina.attribute("opportunity", own_opp, mine)
    with pytest.raises(PermissionDenied):
        lina.attribute("opportunity", other_opp, mine)
    with pytest.raises(PermissionDenied):
        lina.add_members(mine, customers=_customers_of(demo_db, "chenjing"))
    agent = CampaignService(demo_db, _actor(demo_db, "zhaolei"))  # service agents have no campaigns module
    with pytest.raises(PermissionDenied):
        agent.campaigns()


def test_end_before_start_is_refused(admin):
    with pytest.raises(ValidationError):
        admin.create({"name": "倒序活动", "starts_on": date(2026, 5, 2), "ends_on": date(2026, 5, 1)})
    with pytest.raises(ValidationError):
        admin.create({"name": "未知类型", "kind": "billboard"})


def test_resources_keep_their_file_and_link_to_campaigns(demo_db, admin, tmp_path):
    brochure = tmp_path / "产品手册.pdf"
    brochure.write_bytes(b"%PDF-1.4 brochure")
    rid, changes = admin.add_resource({"kind": "document", "name": "2026 产品手册", "tags": ["手册", " 新品 ", ""]},
                                      brochure)
    assert changes.campaigns
    banner, _ = admin.add_resource({"kind": "image", "name": "展台横幅"}, file_name="banner.png", data=b"\x89PNG")
    cid, _ = admin.create({"name": "新品发布会", "kind": "event"})
    admin.link_resource(cid, rid)
    assert not admin.link_resource(cid, rid).any()  # already linked
    [item] = admin.resources(cid)
    assert (item.id, item.file_name, item.size, item.tags) == (rid, "产品手册.pdf", 17, ("手册", "新品"))
    assert {r.id for r in admin.resources()} == {rid, banner}
    assert admin.resource_file(rid) == ("产品手册.pdf", b"%PDF-1.4 brochure")
    with demo_db.connect() as conn:
        assert conn.execute(select(Attachment.entity).where(Attachment.row_id == rid)).scalar() == "marketing_resource"
    admin.unlink_resource(cid, rid)
    assert admin.resources(cid) == []
    admin.link_resource(cid, banner)
    admin.delete_resource(banner)
    assert admin.resources(cid) == [] and {r.id for r in admin.resources()} == {rid}


def test_leads_of_the_lead_pool_can_be_members(demo_db, admin):
    leads = LeadService(demo_db, admin.actor)
    pooled, _ = leads.create({"name": "郑爽", "email": "zheng@example.cn"}, to_pool=True)
    with demo_db.connect() as conn:
        assert conn.execute(select(Lead.owner_id).where(Lead.id == pooled)).scalar() is None
    cid, _ = admin.create({"name": "线索培育", "kind": "email"})
    assert admin.add_members(cid, leads=[pooled])[0] == 1


def test_every_marketing_table_names_its_changes_flag_and_module():
    from crm_desktop.data.models import BUSINESS_MODELS
    from crm_desktop.domain.access import module_of
    from crm_desktop.domain.changes import Changes
    flags = {"campaigns": ("campaign", "campaign_member", "campaign_resource", "segment", "segment_member",
                           "marketing_resource", "email_template", "email_delivery", "email_unsubscribe"),
             "loyalty": ("loyalty_tier", "loyalty_rule", "loyalty_entry"),
             "automation": ("automation_rule", "automation_run")}
    for flag, entities in flags.items():
        for entity in entities:
            assert entity in BUSINESS_MODELS
            changes = Changes.for_entities({entity})
            assert [k for k in changes.__dataclass_fields__ if getattr(changes, k)] == [flag], entity
            assert module_of(entity) == flag
