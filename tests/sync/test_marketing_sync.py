"""Marketing on the shared server (real PostgreSQL, a database per test): a rep's campaign with its members,
attributed opportunity and response reaches their manager and nobody else (row-level security, also for a
direct database login); segments, templates and resources are shared organisation-wide; the points ledger
goes with its customer; the server keeps money and a delivery's outcome on a conflict."""

import uuid
from datetime import date

import psycopg
import pytest
from sqlalchemy import func, select

from crm_desktop.data.models import (
    Campaign,
    CampaignMember,
    Customer,
    LoyaltyEntry,
    Opportunity,
    Segment,
)
from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.services.campaigns import CampaignService
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.loyalty import LoyaltyService
from crm_desktop.services.opportunities import OpportunityService
from crm_desktop.services.receivables import ReceivableService
from crm_desktop.services.segments import SegmentService
from crm_desktop.sync.registry import SERVER_WINS, SYNCED
from tests.sync.test_sync import as_role


def _count(client, model, **where):
    with client.db.connect() as conn:
        stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
        for column, value in where.items():
            stmt = stmt.where(getattr(model, column) == value)
        return conn.execute(stmt).scalar()


def _customer(client, name):
    with client.write("new customer") as uow:
        row = uow.create(Customer, name=name, email="buyer@example.cn", level="A")
        uow.commit()
    return row.id


def test_a_reps_campaign_reaches_their_manager_and_no_other_rep(make_client, server_url):
    lina, wang, manager = make_client("lina"), make_client("wangfang"), make_client("zhangwei")
    customer = _customer(lina, "苏州恒达精密机械有限公司")
    campaigns = CampaignService(lina.db, lina.actor)
    cid, _ = campaigns.create({"name": "苏州客户沙龙", "kind": "event", "budget": 800000, "actual_cost": 500000,
                               "starts_on": date(2026, 12, 10)})
    assert campaigns.add_members(cid, customers=[customer])[0] == 1
    member = campaigns.members(cid)[0]
    campaigns.respond(member.id, "registered")
    opps = OpportunityService(lina.db, lina.actor)
    oid, _ = opps.create({"customer_id": customer, "name": "沙龙后的采购", "amount": 1500000})
    opps.win(oid)
    campaigns.attribute("opportunity", oid, cid)
    result = lina.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues

    manager.sync()
    wang.sync()
    assert _count(manager, Campaign, id=cid) == 1 and _count(manager, CampaignMember, campaign_id=cid) == 1
    report = CampaignService(manager.db, manager.actor).roi(cid)
    assert (report.members, report.responses, report.won) == (1, {"registered": 1}, 1)
    assert report.roi == 2  # (15000.00 - 5000.00) / 5000.00, from the synced rows
    with manager.db.connect() as conn:
        assert conn.execute(select(Opportunity.campaign_id).where(Opportunity.id == oid)).scalar() == cid
    assert _count(wang, Campaign) == 0 and _count(wang, CampaignMember) == 0

    # The server itself hides it, whoever asks and however.
    with as_role(server_url, "wangfang") as conn:
        assert conn.execute("SELECT count(*) FROM campaign").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM campaign_member").fetchone()[0] == 0
        assert conn.execute("UPDATE campaign SET name = 'x' WHERE id = %s", (cid,)).rowcount == 0
    with as_role(server_url, "lina") as conn:
        assert [r[0] for r in conn.execute("SELECT name FROM campaign")] == ["苏州客户沙龙"]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # reps do not delete campaigns
            conn.execute("UPDATE campaign SET deleted_at = now() WHERE id = %s", (cid,))
    with as_role(server_url, "zhaolei") as conn:  # a service agent has no campaigns module
        assert conn.execute("SELECT count(*) FROM campaign").fetchone()[0] == 0


def test_segments_are_shared_and_a_rep_evaluates_them_in_their_own_scope(make_client):
    admin, lina, wang = make_client("admin"), make_client("lina"), make_client("wangfang")
    _customer(lina, "李娜的 A 级客户")
    _customer(wang, "王芳的 A 级客户")
    sid, _ = SegmentService(admin.db, admin.actor).create(
        {"name": "A 级客户", "kind": "dynamic", "filter": CustomerFilter(level="A")})
    for client in (admin, lina, wang, lina):
        assert client.sync().rejected == 0
    assert _count(lina, Segment, id=sid) == 1 and _count(wang, Segment, id=sid) == 1
    assert SegmentService(lina.db, lina.actor).count(sid) == 1
    # A rep's own segment (reps create campaigns and segments) is shared with everyone too.
    mine, _ = SegmentService(lina.db, lina.actor).create({"name": "李娜的分群", "kind": "static"})
    assert lina.sync().rejected == 0
    wang.sync()
    assert _count(wang, Segment, id=mine) == 1


def test_the_points_ledger_goes_with_its_customer(make_client, server_url):
    lina, wang = make_client("lina"), make_client("wangfang")
    customer = _customer(lina, "积分客户")
    with lina.write("earn points") as uow:
        uow.create(LoyaltyEntry, customer_id=customer, kind="earn", points=120, reason="首单",
                   source_entity="payment", source_id=uuid.uuid4(), happened_at=lina.db.now())
        uow.commit()
    assert lina.sync().rejected == 0
    wang.sync()
    assert _count(wang, LoyaltyEntry) == 0
    with as_role(server_url, "wangfang") as conn:
        assert conn.execute("SELECT count(*) FROM loyalty_entry").fetchone()[0] == 0
    with as_role(server_url, "lina") as conn:
        assert conn.execute("SELECT sum(points) FROM loyalty_entry").fetchone()[0] == 120
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a manual adjustment needs loyalty.adjust
            conn.execute("INSERT INTO loyalty_entry (id, customer_id, kind, points, happened_at, created_at, "
                         "updated_at) VALUES (%s, %s, 'adjust', 10000, now(), now(), now())",
                         (uuid.uuid4(), customer))


def test_a_rules_currency_reaches_another_desk_and_earns_there(make_client, server_url):
    """An administrator's "70 points per 100.00 USD" rule arrives on a rep's desk with its currency (through the
    real server), and the rep's USD payment earns by it there, while a CNY payment earns nothing by it."""
    admin, lina = make_client("admin"), make_client("lina")
    loyalty = LoyaltyService(admin.db, admin.actor)
    usd, _ = loyalty.save_rule({"kind": "per_amount", "points": 70, "per_amount": 100_00, "currency": "USD"})
    assert admin.sync().rejected == 0
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT currency, per_amount, points FROM loyalty_rule WHERE id = %s",
                            (usd,)).fetchone() == ("USD", 100_00, 70)
        # a desk from before the rule's currency would read it as a CNY rule: it may not sync any more
        assert conn.execute("SELECT value FROM server_meta WHERE key = 'min_client_schema'").fetchone()[0] >= "0013"
    lina.sync()
    assert [(r.id, r.currency, r.per_amount, r.points) for r in LoyaltyService(lina.db, lina.actor).rules()] == [
        (usd, "USD", 100_00, 70)]

    customer = _customer(lina, "美元客户")
    contracts = ContractService(lina.db, lina.actor)
    receivables = ReceivableService(lina.db, lina.actor)
    dollars, _ = contracts.create({"title": "出口合同", "customer_id": customer, "amount": 1000_00, "currency": "USD",
                                   "signed_on": date(2026, 11, 1)})
    yuan, _ = contracts.create({"title": "内销合同", "customer_id": customer, "amount": 1000_00,
                                "signed_on": date(2026, 11, 1)})
    receivables.record_payment(dollars, {"amount": 300_00, "received_on": date(2026, 11, 2)})
    receivables.record_payment(yuan, {"amount": 1000_00, "received_on": date(2026, 11, 2)})
    result = lina.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues
    with as_role(server_url, "lina") as conn:
        assert conn.execute("SELECT points, reason FROM loyalty_entry WHERE customer_id = %s",
                            (customer,)).fetchall() == [(210, conn.execute(
                                "SELECT number FROM contract WHERE id = %s", (dollars,)).fetchone()[0] + " USD 300.00")]


def test_money_and_delivery_outcomes_stand_as_the_server_has_them():
    assert SYNCED["loyalty_rule"].policy("currency") == SERVER_WINS  # the amount means nothing without it
    assert SYNCED["loyalty_rule"].policy("per_amount") == SERVER_WINS
    assert SYNCED["campaign"].policy("actual_cost") == SERVER_WINS
    assert SYNCED["campaign"].policy("budget") == SERVER_WINS
    assert SYNCED["email_delivery"].policy("status") == SERVER_WINS
    assert SYNCED["email_delivery"].policy("sent_at") == SERVER_WINS
    assert SYNCED["campaign"].policy("name") != SERVER_WINS
