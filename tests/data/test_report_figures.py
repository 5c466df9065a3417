"""The reports' figures on the real SQLite replica (services/report_figures.py): records written through the
services in March 2031 (far from the demo's own data, so period figures are exact), point-in-time figures
checked as the demo's baseline plus exactly what the test wrote, the data scope (a rep, their manager, a
service agent), and the shape of every pane."""

from collections import defaultdict
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from crm_desktop.analytics import rfm
from crm_desktop.data.models import Ticket, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.opportunities import OpportunityService
from crm_desktop.services.receivables import ReceivableService
from crm_desktop.services.report_dto import (
    KPI_KEYS,
    REPORT_PANES,
    Kpi,
    Pane,
    ReportFilter,
)
from crm_desktop.services.report_figures import (
    RFM_CODES,
    ReportFigureService,
    months_between,
)
from crm_desktop.services.tickets import TicketService

MARCH = ReportFilter(date(2031, 3, 1), date(2031, 4, 1))
NOW = datetime(2031, 3, 20, 4, 0)  # 20 March 2031, noon in Shanghai (stored times are UTC)
SALES_TILES = {"pipeline_value", "pipeline_weighted", "forecast_month", "forecast_quarter", "contracts_signed",
               "payments_received", "receivables_overdue"}


class Clock:
    def __init__(self, at):
        self.at = at

    def __call__(self):
        self.at += timedelta(milliseconds=1)
        return self.at


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _kpis(service, flt=MARCH, now=NOW) -> dict[str, Kpi]:
    return {k.key: k for k in service.dashboard(flt, now=now)}


def _series(pane: Pane) -> dict:
    return {s.key: dict(zip(pane.categories, s.values, strict=True)) for s in pane.series}


@pytest.fixture
def sales(demo_db):
    """Lina (a rep of 华东销售部), Wang Fang (a rep of 上海销售组, under 华东) and Chen Jing (华南) each write
    customers, follow-ups, contracts, payments and opportunities in February and March 2031, through the
    services, on a clock set to those days. Baselines of the point-in-time figures are taken first."""
    db = demo_db
    db.now = clock = Clock(datetime(2031, 2, 10, 2, 0))
    people = {login: _actor(db, login) for login in ("lina", "wangfang", "chenjing", "zhangwei", "admin")}
    before = {login: _kpis(ReportFigureService(db, people[login])) for login in ("lina", "zhangwei", "admin")}
    aging_before = _series(ReportFigureService(db, people["lina"]).pane("receivables_aging", MARCH, now=NOW))
    written = defaultdict(list)

    def customer(login, name, at, **values):
        clock.at = at
        cid, _ = CustomerService(db, people[login]).create({"name": name, "industry": "信息技术", **values})
        written[login, "customers"].append((cid, at))
        return cid

    def follow_up(login, cid, at, next_day=None):
        clock.at = at
        CustomerService(db, people[login]).add_activity(cid, "phone", "电话沟通", happened_at=at,
                                                        next_follow_up=next_day)
        written[login, "follow_ups"].append(at)

    def contract(login, cid, amount, signed_on, payments=(), plan=None):
        clock.at = datetime.combine(signed_on, datetime.min.time()) + timedelta(hours=1)
        contracts = ContractService(db, people[login])
        kid, _ = contracts.create({"title": "年度合同", "customer_id": cid, "amount": amount, "signed_on": signed_on})
        contracts.set_status(kid, "active")
        receivables = ReceivableService(db, people[login])
        plan_id = None
        if plan is not None:
            plan_id, _ = receivables.add_plan(kid, {"amount": plan[0], "due_on": plan[1]})
        for paid, on in payments:
            receivables.record_payment(kid, {"amount": paid, "received_on": on, "plan_id": plan_id})
            written[login, "payments"].append((cid, on, paid))
        written[login, "contracts"].append((signed_on, amount))
        return kid

    feb = datetime(2031, 2, 10, 2, 0)
    l1 = customer("lina", "杭州云图科技有限公司", datetime(2031, 3, 2, 1, 0))
    l2 = customer("lina", "苏州博远贸易有限公司", datetime(2031, 3, 31, 15, 0))  # 31 March 23:00 in Shanghai
    customer("lina", "上海汇智咨询有限公司", datetime(2031, 3, 31, 16, 30))  # 1 April in Shanghai: not March
    l0 = customer("lina", "南京星河物流有限公司", feb)
    w1 = customer("wangfang", "上海锦程医疗器械有限公司", datetime(2031, 3, 5, 3, 0))
    c1 = customer("chenjing", "广州鼎盛食品有限公司", datetime(2031, 3, 6, 3, 0))
    follow_up("lina", l1, datetime(2031, 3, 3, 2, 0), next_day=date(2031, 3, 10))  # overdue on the 20th
    follow_up("lina", l1, datetime(2031, 3, 12, 2, 0), next_day=date(2031, 3, 18))  # still overdue
    follow_up("lina", l2, datetime(2031, 3, 31, 15, 30), next_day=date(2031, 4, 15))  # not yet due
    follow_up("lina", l0, datetime(2031, 2, 11, 2, 0))
    follow_up("wangfang", w1, datetime(2031, 3, 6, 2, 0), next_day=date(2031, 3, 7))
    follow_up("chenjing", c1, datetime(2031, 3, 7, 2, 0))
    contract("lina", l1, 60000_00, date(2031, 3, 5), payments=[(20000_00, date(2031, 3, 6))],
             plan=(50000_00, date(2031, 3, 10)))  # 30,000 of the instalment open, 10 days late on the 20th
    contract("lina", l2, 12345_67, date(2031, 3, 28), payments=[(345_67, date(2031, 3, 29)),
                                                                 (1000_00, date(2031, 1, 15))])
    contract("lina", l0, 8000_00, date(2031, 2, 20))  # February: the previous period
    contract("wangfang", w1, 90000_00, date(2031, 3, 8), payments=[(90000_00, date(2031, 3, 9))])
    contract("chenjing", c1, 70000_00, date(2031, 3, 9))

    # Opportunities: Lina opens one (expected to close in March), wins one and loses one in March.
    clock.at = datetime(2031, 3, 4, 2, 0)
    opportunities = OpportunityService(db, people["lina"])
    open_id, _ = opportunities.create({"customer_id": l1, "name": "CRM 升级项目", "amount": 200000_00,
                                       "expected_close": date(2031, 3, 25)})
    won_id, _ = opportunities.create({"customer_id": l1, "name": "年度采购", "amount": 50000_00})
    lost_id, _ = opportunities.create({"customer_id": l2, "name": "系统集成", "amount": 30000_00})
    clock.at = datetime(2031, 3, 15, 2, 0)
    opportunities.win(won_id)
    opportunities.lose(lost_id, "预算不足")
    probability = opportunities.get(open_id).probability
    return {"db": db, "people": people, "before": before, "aging_before": aging_before, "written": written,
            "open": (200000_00, probability), "customers": (l0, l1, l2, w1, c1)}


def test_a_rep_s_dashboard_counts_exactly_their_own_records(sales):
    lina = ReportFigureService(sales["db"], sales["people"]["lina"])
    kpis, before = _kpis(lina), sales["before"]["lina"]
    assert tuple(kpis) == KPI_KEYS  # a rep may see every tile
    assert (kpis["new_customers"].value, kpis["new_customers"].previous) == (2, 1)
    assert (kpis["follow_ups_done"].value, kpis["follow_ups_done"].previous) == (3, 1)
    assert kpis["contracts_signed"].value == Decimal("72345.67") and kpis["contracts_signed"].unit == "CNY"
    assert kpis["contracts_signed"].previous == Decimal("8000.00")
    assert kpis["payments_received"].value == Decimal("20345.67")
    assert kpis["payments_received"].previous == 0  # the payment of 15 January lies before February
    amount, probability = sales["open"]
    assert kpis["pipeline_value"].value - before["pipeline_value"].value == Decimal(amount) / 100
    weighted = Decimal(amount * probability) / 10000
    assert kpis["pipeline_weighted"].value - before["pipeline_weighted"].value == weighted
    assert kpis["forecast_month"].value - before["forecast_month"].value == weighted  # closes on 25 March
    assert kpis["forecast_quarter"].value - before["forecast_quarter"].value == weighted
    # Open on the 20th: 30,000 of the instalment due on the 10th; the second contract has no plan.
    assert kpis["receivables_overdue"].value - before["receivables_overdue"].value == Decimal("30000.00")
    # l1 (next follow-up 18 March) and l0 (none: not counted); l2's is in April.
    assert kpis["follow_ups_overdue"].value - before["follow_ups_overdue"].value == 1
    assert kpis["new_customers"].drill == ("customers", {"created_from": lina._utc(MARCH.start),
                                                         "created_to": lina._utc(MARCH.end)})
    # The customer list a tile opens counts what the tile counted.
    from crm_desktop.domain.customer_filter import CustomerFilter
    from crm_desktop.services.customers import CustomerService
    customers = CustomerService(sales["db"], sales["people"]["lina"])
    for key in ("new_customers", "follow_ups_overdue"):
        screen, values = kpis[key].drill
        assert screen == "customers" and customers.count(CustomerFilter(**values)) == kpis[key].value, key
    # ... and the contract list: the contracts signed in the period sum to the tile, those paid in it hold the
    # payments, and the overdue ones hold the overdue instalment.
    from crm_desktop.services.contracts import ContractService
    contracts = ContractService(sales["db"], sales["people"]["lina"])
    screen, values = kpis["contracts_signed"].drill
    signed = contracts.rows(NOW.date(), **values)
    assert screen == "contracts" and signed and sum(Decimal(r.amount) for r in signed) / 100 == \
        kpis["contracts_signed"].value
    screen, values = kpis["payments_received"].drill
    assert screen == "contracts" and contracts.rows(NOW.date(), **values)
    screen, values = kpis["receivables_overdue"].drill
    overdue = contracts.rows(NOW.date(), **values)
    assert overdue and all(r.overdue for r in overdue) and len(overdue) < len(contracts.rows(NOW.date()))
    assert kpis["forecast_month"].drill[1]["close_from"] == date(2031, 3, 1)

    aging = _series(lina.pane("receivables_aging", MARCH, now=NOW))
    assert aging["open_amount"]["1_30"] - sales["aging_before"]["open_amount"]["1_30"] == Decimal("30000.00")
    trend = _series(lina.pane("revenue_trend", ReportFilter(date(2031, 1, 1), date(2031, 4, 1)), now=NOW))
    assert trend["contract_amount"] == {"2031-01": 0, "2031-02": Decimal("8000.00"), "2031-03": Decimal("72345.67")}
    assert trend["payments"] == {"2031-01": Decimal("1000.00"), "2031-02": 0, "2031-03": Decimal("20345.67")}
    ranking = lina.pane("rep_ranking", MARCH, now=NOW)
    assert ranking.categories == ("李娜",) and ranking.series[0].values == (Decimal("72345.67"),)
    win_loss = _series(lina.pane("win_loss", MARCH, now=NOW))
    assert win_loss["count"] == {"won": 1, "lost": 1}
    assert win_loss["amount"] == {"won": Decimal("50000.00"), "lost": Decimal("30000.00")}
    assert _series(lina.pane("loss_reasons", MARCH, now=NOW))["count"] == {"预算不足": 1}
    industries = _series(lina.pane("customers_by_industry", MARCH, now=NOW))["customers"]
    everyone = _series(ReportFigureService(sales["db"], sales["people"]["admin"]).pane(
        "customers_by_industry", MARCH, now=NOW))["customers"]
    assert industries["信息技术"] < everyone["信息技术"]


def test_a_manager_sees_their_department_tree_and_the_filters_narrow_it(sales):
    db, people = sales["db"], sales["people"]
    manager = ReportFigureService(db, people["zhangwei"])
    kpis = _kpis(manager)
    # Lina's and Wang Fang's (上海销售组 sits under 华东销售部); Chen Jing's (华南) are out of scope.
    assert kpis["contracts_signed"].value == Decimal("162345.67")
    assert kpis["new_customers"].value == 3 and kpis["follow_ups_done"].value == 4
    ranking = manager.pane("rep_ranking", MARCH, now=NOW)
    assert ranking.categories == ("王芳", "李娜")
    assert ranking.series[0].values == (Decimal("90000.00"), Decimal("72345.67"))
    assert [d[1]["owner_id"] for d in ranking.drill] == [people["wangfang"].user_id, people["lina"].user_id]
    departments = manager.pane("department_ranking", MARCH, now=NOW)
    assert departments.categories == ("上海销售组", "华东销售部")
    only_lina = ReportFilter(MARCH.start, MARCH.end, owner_id=people["lina"].user_id)
    assert _kpis(manager, only_lina)["contracts_signed"].value == Decimal("72345.67")
    shanghai = ReportFilter(MARCH.start, MARCH.end, department_id=people["wangfang"].department_id)
    narrowed = _kpis(manager, shanghai)
    assert narrowed["contracts_signed"].value == Decimal("90000.00") and narrowed["new_customers"].value == 1
    admin = _kpis(ReportFigureService(db, people["admin"]))
    assert admin["contracts_signed"].value == Decimal("232345.67")
    # A product narrows opportunities to those with a line of it (none were written with lines), and contracts
    # to those made from such opportunities; customers and follow-ups do not depend on products.
    product = manager.filter_options()["products"][0][0]
    by_product = _kpis(manager, ReportFilter(MARCH.start, MARCH.end, product_id=product))
    assert by_product["pipeline_value"].value == 0 and by_product["contracts_signed"].value == 0
    assert by_product["new_customers"].value == 3
    owners = {name for _id, name in manager.filter_options()["owners"]}
    assert {"李娜", "王芳", "张伟"} <= owners and "陈静" not in owners


def test_a_service_agent_gets_no_sales_tiles_or_panes(demo_db):
    agent = ReportFigureService(demo_db, _actor(demo_db, "zhaolei"))
    kpis = _kpis(agent, ReportFilter(date(2026, 1, 1), date(2027, 1, 1)), now=datetime(2026, 12, 1))
    assert not SALES_TILES & set(kpis)
    assert {"open_tickets", "sla_breaches", "satisfaction", "new_customers"} <= set(kpis)
    assert not {"funnel", "revenue_trend", "rep_ranking", "win_loss", "weighted_pipeline", "revenue_forecast",
                "receivables_aging", "target_vs_actual", "rfm_segments"} & set(agent.panes())
    assert {"ticket_volume", "service_times", "sla_compliance", "satisfaction_trend"} <= set(agent.panes())
    with pytest.raises(PermissionDenied):
        agent.pane("funnel", MARCH)
    with pytest.raises(KeyError):
        agent.pane("no_such_pane", MARCH)


def test_ticket_figures_by_month(demo_db):
    demo_db.now = clock = Clock(datetime(2031, 3, 3, 2, 0))
    admin = _actor(demo_db, "admin")
    tickets = TicketService(demo_db, admin)
    made = []
    for at in (datetime(2031, 3, 3, 2, 0), datetime(2031, 3, 9, 2, 0), datetime(2031, 3, 20, 2, 0),
               datetime(2031, 4, 2, 2, 0)):
        clock.at = at
        made.append(tickets.create({"subject": "打印机卡纸", "ticket_type": "repair", "channel": "phone",
                                    "priority": "normal"})[0])
    figures = [  # resolved, breached, satisfaction
        {"status": "closed", "resolved_at": datetime(2031, 3, 4, 2, 0), "response_minutes": 10,
         "resolve_minutes": 100, "satisfaction": 5},
        {"status": "resolved", "resolved_at": datetime(2031, 3, 10, 2, 0), "response_minutes": 30,
         "resolve_minutes": 300, "resolve_breached": True, "satisfaction": 2},
        {"status": "in_progress", "response_breached": True, "response_minutes": 50},
        {"status": "resolved", "resolved_at": datetime(2031, 4, 3, 2, 0), "satisfaction": 4},
    ]
    with demo_db.unit_of_work(admin, "test: figures") as uow:
        for ticket_id, values in zip(made, figures, strict=True):
            uow.update(uow.get(Ticket, ticket_id), **values)
        uow.commit()
    service = ReportFigureService(demo_db, admin)
    spring = ReportFilter(date(2031, 3, 1), date(2031, 5, 1))
    volume = _series(service.pane("ticket_volume", spring))
    assert volume == {"created": {"2031-03": 3, "2031-04": 1}, "resolved": {"2031-03": 2, "2031-04": 1}}
    sla = _series(service.pane("sla_compliance", spring))
    assert sla["sla_compliance"] == {"2031-03": 50.0, "2031-04": 100.0}  # of the resolved: 1 of 2, 1 of 1
    assert sla["breaches"] == {"2031-03": 2, "2031-04": 0}
    satisfaction = _series(service.pane("satisfaction_trend", spring))
    assert satisfaction == {"satisfaction": {"2031-03": 3.5, "2031-04": 4.0}, "rated": {"2031-03": 2, "2031-04": 1}}
    times = _series(service.pane("service_times", MARCH))
    assert times["average"] == {"response": 30.0, "resolve": 200.0}
    assert times["median"] == {"response": 30.0, "resolve": 200.0}
    kpis = _kpis(service, MARCH, now=datetime(2031, 3, 25))
    assert kpis["sla_breaches"].value == 2 and kpis["sla_breaches"].previous == 0
    assert kpis["satisfaction"].value == 3.5 and kpis["satisfaction"].previous is None


def test_rfm_segments_match_the_analytics_over_the_same_payments(sales):
    admin = ReportFigureService(sales["db"], sales["people"]["admin"])
    year = ReportFilter(date(2031, 1, 1), date(2031, 4, 1))
    pane = admin.pane("rfm_segments", year, now=NOW)
    assert pane.categories == tuple(RFM_CODES.values()) and pane.categories_are_codes
    transactions = [rfm.Transaction(cid, on, Decimal(paid) / 100) for (_login, kind), rows in sales["written"].items()
                    if kind == "payments" for cid, on, paid in rows]
    expected = defaultdict(int)
    by_name = {name: RFM_CODES[key] for key, name in rfm.SEGMENTS.items()}
    for score in rfm.rfm_scores(rfm.summary(transactions, observation_end=date(2031, 3, 31))).values():
        expected[by_name[score.segment]] += 1
    counts = _series(pane)["customers"]
    assert {k: v for k, v in counts.items() if v} == dict(expected)
    assert sum(counts.values()) == 3  # l1, l2 and w1 paid
    assert sum(_series(pane)["amount"].values()) == Decimal("111345.67")


def test_revenue_forecast_has_the_monthly_payments_and_a_band(sales):
    db, lina = sales["db"], sales["people"]["lina"]
    customer = sales["customers"][0]
    db.now = Clock(datetime(2031, 3, 1))
    contracts, receivables = ContractService(db, lina), ReceivableService(db, lina)
    kid, _ = contracts.create({"title": "框架合同", "customer_id": customer, "amount": 900000_00,
                               "signed_on": date(2030, 1, 1)})
    contracts.set_status(kid, "active")
    for month in range(1, 13):  # 2030: 10,000 + 1,000 a month more each month
        receivables.record_payment(kid, {"amount": (10000 + 1000 * month) * 100, "received_on": date(2030, month, 15)})
    pane = ReportFigureService(db, lina).pane("revenue_forecast", ReportFilter(date(2031, 3, 1), date(2031, 4, 1)))
    series = {s.key: s for s in pane.series}
    months = months_between(date(2030, 1, 1), date(2031, 10, 1))
    assert pane.categories == tuple(months) and pane.time_axis
    paid = dict(zip(pane.categories, series["payments"].values, strict=True))
    assert paid["2030-01"] == Decimal("11000.00") and paid["2030-12"] == Decimal("22000.00")
    assert paid["2031-01"] == Decimal("1000.00") and paid["2031-02"] == 0
    assert paid["2031-03"] == Decimal("20345.67") and paid["2031-04"] is None
    forecast = series["forecast"]
    future = [i for i, m in enumerate(months) if m > "2031-03"]
    assert len(future) == 6 and all(forecast.values[i] is None for i in range(len(months) - 6))
    for i in future:
        assert forecast.lower[i] <= forecast.values[i] <= forecast.upper[i]
    assert dict(pane.notes)["history_months"] == 15


def test_every_pane_is_well_formed(demo_db):
    admin = ReportFigureService(demo_db, _actor(demo_db, "admin"))
    assert admin.panes() == REPORT_PANES
    year = ReportFilter(date(2026, 1, 1), date(2027, 1, 1))
    for key in REPORT_PANES:
        pane = admin.pane(key, year, now=datetime(2026, 12, 1))
        assert pane.key == key and pane.chart in ("bar", "hbar", "line", "pie", "funnel"), key
        assert all(isinstance(c, str) for c in pane.categories), key
        assert pane.series, key
        for s in pane.series:
            assert len(s.values) == len(pane.categories), (key, s.key)
            for band in (s.lower, s.upper):
                assert band is None or len(band) == len(pane.categories), (key, s.key)
            if s.unit == "CNY":
                assert all(v is None or isinstance(v, Decimal) for v in s.values), (key, s.key)
        if pane.drill is not None:
            assert len(pane.drill) == len(pane.categories), key
        if pane.time_axis:
            assert list(pane.categories) == sorted(pane.categories), key
    funnel = admin.pane("funnel", year, now=datetime(2026, 12, 1))
    assert sum(funnel.series[0].values) > 0  # the demo's opportunities are on the board
    options = admin.filter_options()
    assert set(options) == {"owners", "departments", "products"} and all(options.values())
