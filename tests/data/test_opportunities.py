"""Opportunities on one replica: pipeline totals exact and scoped, stage moves with history, win/lose,
product lines with exact totals, the expired list, pipeline administration and undo."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import Customer, Opportunity, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import FieldError, ValidationError
from crm_desktop.domain.money import Money, parse_amount
from crm_desktop.domain.opportunity_filter import OpportunityFilter
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.opportunities import LineItem, OpportunityService, line_total
from crm_desktop.services.pipelines import PipelineService, StageInUse


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _customer_of(db, login):
    actor = _actor(db, login)
    with db.connect() as conn:
        return conn.execute(select(Customer.id).where(Customer.owner_id == actor.user_id,
                                                      Customer.deleted_at.is_(None)).limit(1)).scalar_one()


@pytest.fixture
def admin(demo_db):
    return OpportunityService(demo_db, _actor(demo_db, "admin"))


def test_board_totals_equal_the_raw_aggregate_and_weighted_is_exact(demo_db, admin):
    pipeline = admin.pipeline()
    columns = admin.board(OpportunityFilter(pipeline_id=pipeline.id))
    with demo_db.connect() as conn:
        raw = {r[0]: (r[1], r[2], r[3]) for r in conn.execute(text(
            "SELECT stage_id, count(*), sum(amount), sum(amount * probability) FROM opportunity "
            "WHERE deleted_at IS NULL GROUP BY stage_id"))}
    assert [c.stage.name for c in columns] == ["初步接洽", "需求确认", "方案报价", "谈判审核", "赢单", "输单"]
    assert sum(c.count for c in columns) == sum(v[0] for v in raw.values()) > 100
    for column in columns:
        count, amount, weighted = raw[column.stage.id.hex] if column.stage.id.hex in raw else (0, 0, 0)
        assert column.count == count
        assert column.amounts.get("CNY", 0) == amount
        assert column.weighted.get("CNY", Decimal(0)) == Decimal(weighted) / 100


def test_a_sales_rep_sees_only_their_own_opportunities(demo_db):
    rep = OpportunityService(demo_db, _actor(demo_db, "lina"))
    pipeline = rep.pipeline()
    flt = OpportunityFilter(pipeline_id=pipeline.id)
    mine = rep.count(flt)
    with demo_db.connect() as conn:
        expected = conn.execute(select(Opportunity.id).where(Opportunity.owner_id == rep.actor.user_id)).all()
    assert mine == len(expected) > 0
    assert sum(c.count for c in rep.board(flt)) == mine
    others = OpportunityService(demo_db, _actor(demo_db, "chenjing"))
    theirs = others.window(flt, limit=1)[0]
    with pytest.raises(PermissionDenied):
        rep.move(theirs.id, pipeline.stages[1].id)
    with pytest.raises(PermissionDenied):
        rep.get(theirs.id)
    agent = OpportunityService(demo_db, _actor(demo_db, "zhaolei"))  # service agents have no sales module
    with pytest.raises(PermissionDenied):
        agent.board(flt)


def test_create_starts_in_the_first_stage_and_moves_keep_a_history(demo_db):
    rep = OpportunityService(demo_db, _actor(demo_db, "lina"))
    pipeline = rep.pipeline()
    customer_id = _customer_of(demo_db, "lina")
    oid, _ = rep.create({"customer_id": customer_id, "name": "年度采购", "amount": parse_amount("1.2万"),
                         "expected_close": date(2026, 12, 31)})
    o = rep.get(oid)
    assert (o.stage_id, o.probability, o.status) == (pipeline.stages[0].id, 10, "open")
    assert o.money == Money.of("12000")
    assert [h.stage_name for h in o.history] == ["初步接洽"] and o.history[0].left_at is None

    rep.move(oid, pipeline.stages[2].id)
    with pytest.raises(ValidationError) as refused:
        rep.lose(oid, "  ")
    assert refused.value.errors[0].field == "loss_reason"
    rep.lose(oid, "价格太高")
    o = rep.get(oid)
    assert (o.status, o.probability, o.loss_reason) == ("lost", 0, "价格太高")
    assert o.closed_at is not None
    assert [h.stage_name for h in o.history] == ["初步接洽", "方案报价", "输单"]
    first, second, last = o.history
    assert first.left_at == second.entered_at and second.left_at == last.entered_at
    assert all(h.duration(demo_db.now()) >= timedelta(0) for h in o.history)


def test_winning_makes_the_customer_a_closed_deal_and_undo_reverts_the_move(demo_db):
    rep = OpportunityService(demo_db, _actor(demo_db, "lina"))
    customers = CustomerService(demo_db, rep.actor)
    customer_id = _customer_of(demo_db, "lina")
    oid, _ = rep.create({"customer_id": customer_id, "name": "续约"})
    def deal():
        with demo_db.connect() as conn:
            return conn.execute(select(Customer.status, Customer.last_deal_at).where(Customer.id == customer_id)).one()
    before = deal()
    rep.win(oid)
    after = deal()
    assert after.status == "closed" and after.last_deal_at is not None
    assert after.last_deal_at != before.last_deal_at
    assert rep.get(oid).status == "won"
    customers.undo()
    o = rep.get(oid)
    assert o.status == "open" and o.probability == 10
    assert [h.stage_name for h in o.history] == ["初步接洽"] and o.history[0].left_at is None
    assert deal() == before


def test_product_lines_total_exactly():
    assert line_total("3", 19_999, "0", "CNY") == 59_997
    assert line_total("1.5", 1_00, "10", "CNY") == 1_35  # 1.5 x 1.00 x 0.9
    assert line_total("0.333", 1_00, "0", "CNY") == 33  # 33.3 分 rounds once, at the end
    assert line_total("1", 1_05, "50", "CNY") == 53  # 52.5 分 rounds half up


def test_set_lines_makes_the_amount_their_sum_and_rejects_bad_quantities(demo_db, admin):
    customer_id = _customer_of(demo_db, "lina")
    oid, _ = admin.create({"customer_id": customer_id, "name": "系统集成", "owner_id": _actor(demo_db, "lina").user_id})
    product = admin.products()[0]
    admin.set_lines(oid, [LineItem(None, product[2], "2", product[3], "5", product[0]),
                          LineItem(None, "实施服务", "3.5", 2500_00)])
    o = admin.get(oid)
    assert o.amount == line_total("2", product[3], "5", "CNY") + 8750_00
    assert [line.name for line in o.lines] == [product[2], "实施服务"]
    admin.set_lines(oid, [LineItem(o.lines[1].id, "实施服务", "4", 2500_00)])
    o = admin.get(oid)
    assert o.amount == 10000_00 and len(o.lines) == 1
    with pytest.raises(ValidationError):
        admin.set_lines(oid, [LineItem(None, "x", "-1", 100)])
    with pytest.raises(ValidationError):
        admin.set_lines(oid, [LineItem(None, "x", "1", 100, "120")])


def test_expired_lists_open_opportunities_past_their_close_date(demo_db, admin):
    today = date(2026, 11, 30)
    expired = admin.expired(today)
    assert expired and all(r.status == "open" and r.expected_close < today for r in expired)
    assert [r.expected_close for r in expired] == sorted(r.expected_close for r in expired)
    with demo_db.connect() as conn:
        raw = conn.execute(text("SELECT count(*) FROM opportunity WHERE deleted_at IS NULL AND status = 'open' "
                                "AND expected_close < '2026-11-30'")).scalar()
    assert len(expired) == raw


def test_list_windows_page_without_gaps(demo_db, admin):
    flt = OpportunityFilter()
    total = admin.count(flt)
    seen, after = [], None
    while True:
        rows = admin.window(flt, after=after, limit=40)
        seen += [r.id for r in rows]
        if len(rows) < 40:
            break
        after = rows[-1].key
    assert len(seen) == len(set(seen)) == total
    anchors = admin.anchors(flt, 40)
    assert len(anchors) == -(-total // 40)
    assert admin.window(flt, after=anchors[1], inclusive=True, limit=1)[0].id == seen[40]
    assert admin.count(OpportunityFilter(text="续约")) == sum(1 for r in admin.window(flt, limit=1000)
                                                            if "续约" in r.name or "续约" in r.customer_name)


def test_pipeline_stages_are_administered_with_their_invariants(demo_db, admin):
    pipelines = PipelineService(demo_db, admin.actor)
    pipeline = pipelines.pipeline()
    stage_id, _ = pipelines.save_stage(None, {"pipeline_id": pipeline.id, "name": "样品测试", "position": 2,
                                              "probability": 40})
    assert "样品测试" in [s.name for s in pipelines.pipeline().stages]
    with pytest.raises(StageInUse):
        pipelines.delete_stage(pipeline.stages[0].id)  # the demo has opportunities there
    with pytest.raises(ValidationError):
        pipelines.save_stage(stage_id, {"kind": "won"})  # a second won stage
    with pytest.raises(ValidationError):
        pipelines.save_stage(stage_id, {"probability": 140})
    pipelines.delete_stage(stage_id)
    assert "样品测试" not in [s.name for s in pipelines.pipeline().stages]
    rep = PipelineService(demo_db, _actor(demo_db, "lina"))
    with pytest.raises(PermissionDenied):
        rep.save_stage(pipeline.stages[0].id, {"probability": 15})


@pytest.mark.parametrize("text, minor", [("12,345.60", 1234560), ("¥1 000", 100000), ("1.2万", 1200000),
                                         ("", 0), ("0.01", 1)])
def test_amounts_parse_exactly(text, minor):
    assert parse_amount(text) == minor


@pytest.mark.parametrize("text, code", [("1.234", "too_precise"), ("abc", "not_a_number"), ("-5", "negative"),
                                        ("NaN", "not_a_number")])
def test_bad_amounts_say_why(text, code):
    error = parse_amount(text)
    assert isinstance(error, FieldError) and error.code == code


def test_money_is_never_a_float():
    with pytest.raises(TypeError):
        Money.of(0.1)
    assert Money.of("0.1") + Money.of("0.2") == Money.of("0.3")
    assert Money.of("1234.5").format() == "¥1,234.50"
    assert Money.of("1000", "JPY").minor == 1000
