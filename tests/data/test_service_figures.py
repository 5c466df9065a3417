"""The service reports' figures on the real SQLite replica: a small known set of tickets (made through
TicketService on a controllable clock, then given their figures through the unit of work) and the exact
volume, response and resolution times, SLA compliance, satisfaction, open and breached counts, the mix by
type, channel, priority and product, the top issues and the daily trend; the data scope and the filters."""

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.data.models import KbArticle, Product, Ticket, TicketArticle, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import Access, DataScope, PermissionDenied
from crm_desktop.services.service_figures import (
    ArticleCount,
    DayCount,
    ProductCount,
    ServiceFigureService,
)
from crm_desktop.services.service_setup import ServiceSetupService
from crm_desktop.services.tickets import TicketService

SHANGHAI = timedelta(hours=8)
# Tuesday 3 November 2026 to Thursday 5 November, whole days in Shanghai (stored times are UTC).
START, END = datetime(2026, 11, 2, 16, 0), datetime(2026, 11, 5, 16, 0)
TUESDAY_10 = datetime(2026, 11, 3, 2, 0)


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


@pytest.fixture
def desk(demo_db):
    """Seven tickets: five raised in the period (T1-T5), one the day before it (T6) and one deleted (T7)."""
    demo_db.now = clock = Clock(TUESDAY_10)
    admin = _actor(demo_db, "admin")
    setup = ServiceSetupService(demo_db, admin)
    setup.save_team(None, {"name": "一线支持", "rule": "manual"})  # the catch-all: every new ticket lands here
    hardware, _ = setup.save_team(None, {"name": "硬件维修", "rule": "manual", "provinces": ["西藏"]})
    tickets = TicketService(demo_db, admin)
    with demo_db.connect() as conn:
        p1, p2 = [r[0] for r in conn.execute(select(Product.id).order_by(Product.code).limit(2))]

    def ticket(subject, ticket_type, channel, priority, product_id=None):
        return tickets.create({"subject": subject, "ticket_type": ticket_type, "channel": channel,
                               "priority": priority, "product_id": product_id})[0]

    ids = {"T1": ticket("打印机卡纸", "repair", "phone", "high", p1),
           "T2": ticket("打印机无法打印", "repair", "email", "normal", p1),
           "T3": ticket("发票抬头错误", "inquiry", "wechat", "normal", p2),
           "T4": ticket("投诉服务态度", "complaint", "phone", "urgent")}
    clock.at = TUESDAY_10 + timedelta(days=1)
    ids["T5"] = ticket("打印机驱动安装", "inquiry", "phone", "normal", p1)
    clock.at = datetime(2026, 11, 2, 2, 0)  # Monday: before the period
    ids["T6"] = ticket("网络连接中断", "repair", "phone", "normal", p2)
    clock.at = TUESDAY_10 + timedelta(hours=3)
    ids["T7"] = ticket("重复提交", "inquiry", "phone", "normal", p1)

    figures = {  # response, resolve minutes, breaches, satisfaction, status, resolved at (UTC)
        "T1": {"response_minutes": 10, "resolve_minutes": 100, "satisfaction": 5, "status": "closed",
               "resolved_at": datetime(2026, 11, 3, 5, 0), "team_id": hardware},
        "T2": {"response_minutes": 20, "resolve_minutes": 200, "resolve_breached": True, "satisfaction": 3,
               "status": "resolved", "resolved_at": datetime(2026, 11, 4, 17, 0)},  # 5 November in Shanghai
        "T3": {"response_minutes": 30, "response_breached": True, "status": "in_progress", "team_id": hardware},
        "T5": {"response_minutes": 40, "resolve_minutes": 600, "status": "resolved",
               "resolved_at": datetime(2026, 11, 4, 3, 0)},
        "T6": {"response_minutes": 1, "resolve_minutes": 5, "satisfaction": 1, "status": "resolved",
               "resolved_at": datetime(2026, 11, 3, 1, 0)},
    }
    with demo_db.unit_of_work(admin, "test: the tickets' figures") as uow:
        for name, values in figures.items():
            uow.update(uow.get(Ticket, ids[name]), **values)
        uow.delete(uow.get(Ticket, ids["T7"]))
        a1 = uow.create(KbArticle, title="打印机卡纸的处理", status="published")
        a2 = uow.create(KbArticle, title="发票抬头修改", status="published")
        a3 = uow.create(KbArticle, title="网络故障排查", status="published")
        for name, article in (("T1", a1), ("T2", a1), ("T5", a1), ("T3", a2), ("T6", a3), ("T7", a3)):
            uow.create(TicketArticle, ticket_id=ids[name], article_id=article.id)
        dropped = uow.create(TicketArticle, ticket_id=ids["T4"], article_id=a2.id)
        uow.commit()
    with demo_db.unit_of_work(admin, "test: unlink") as uow:
        uow.delete(uow.get(TicketArticle, dropped.id))
        uow.commit()
    return {"db": demo_db, "admin": admin, "ids": ids, "p1": p1, "p2": p2, "hardware": hardware,
            "articles": (a1.id, a2.id, a3.id), "service": ServiceFigureService(demo_db, admin)}


def _names(db, *ids):
    with db.connect() as conn:
        names = dict(conn.execute(select(Product.id, Product.name).where(Product.id.in_(ids))).all())
    return [names[i] for i in ids]


def test_the_figures_of_a_period_are_exact(desk):
    f = desk["service"].figures(START, END, utc_offset=SHANGHAI)
    assert f.volume == 5  # T6 was raised before the period, T7 is deleted
    assert (f.response_avg, f.response_median) == (25.0, 25.0)  # 10 20 30 40: the middle two averaged
    assert (f.resolve_avg, f.resolve_median) == (300.0, 200.0)  # 100 200 600
    assert f.resolved == 3 and f.sla_compliance == pytest.approx(2 / 3)  # T2 breached its resolution target
    assert (f.satisfaction_avg, f.rated) == (4.0, 2)
    assert (f.open_now, f.breached_now) == (2, 1)  # T3 (response breached) and T4
    assert f.by_type == (("inquiry", 2), ("repair", 2), ("complaint", 1))
    assert f.by_channel == (("phone", 3), ("email", 1), ("wechat", 1))
    assert f.by_priority == (("normal", 3), ("high", 1), ("urgent", 1))
    p1_name, p2_name = _names(desk["db"], desk["p1"], desk["p2"])
    assert f.by_product == (ProductCount(desk["p1"], p1_name, 3),
                            *sorted([ProductCount(desk["p2"], p2_name, 1), ProductCount(None, "", 1)],
                                    key=lambda p: p.name))
    assert f.top_products == (ProductCount(desk["p1"], p1_name, 3), ProductCount(desk["p2"], p2_name, 1))
    a1, a2, _ = desk["articles"]  # a3 is linked to T6 (before the period) and T7 (deleted) only
    assert f.top_articles == (ArticleCount(a1, "打印机卡纸的处理", 3), ArticleCount(a2, "发票抬头修改", 1))
    # Days in Shanghai: raised that day, and resolved that day (T6 was raised the day before the period).
    assert f.trend == (DayCount(date(2026, 11, 3), 4, 2), DayCount(date(2026, 11, 4), 1, 1),
                       DayCount(date(2026, 11, 5), 0, 1))


def test_a_product_or_a_team_narrows_the_figures(desk):
    service = desk["service"]
    by_product = service.figures(START, END, product_id=desk["p1"])
    assert by_product.volume == 3 and by_product.resolved == 3 and by_product.open_now == 0
    assert by_product.response_median == 20.0 and by_product.sla_compliance == pytest.approx(2 / 3)
    by_team = service.figures(START, END, team_id=desk["hardware"])
    assert by_team.volume == 2 and by_team.by_type == (("inquiry", 1), ("repair", 1))
    assert (by_team.open_now, by_team.breached_now, by_team.sla_compliance) == (1, 1, 1.0)


def test_an_empty_period_has_no_averages_and_a_trend_of_zeros(desk):
    f = desk["service"].figures(datetime(2020, 12, 1), datetime(2020, 12, 3))  # before the demo's tickets
    assert (f.volume, f.resolved, f.rated, f.open_now) == (0, 0, 0, 0)
    assert f.response_avg is None and f.response_median is None and f.resolve_median is None
    assert f.sla_compliance is None and f.satisfaction_avg is None
    assert f.by_type == () and f.top_products == () and f.top_articles == ()
    assert f.trend == (DayCount(date(2020, 12, 1), 0, 0), DayCount(date(2020, 12, 2), 0, 0))


def test_the_figures_keep_to_the_data_scope_of_the_queues(desk):
    db = desk["db"]
    lina = _actor(db, "lina")  # a sales rep: her own tickets only
    with db.unit_of_work(desk["admin"], "test: give T4 to lina") as uow:
        uow.update(uow.get(Ticket, desk["ids"]["T4"]), owner_id=lina.user_id, department_id=lina.department_id)
        uow.commit()
    f = ServiceFigureService(db, lina).figures(START, END)
    assert f.volume == TicketService(db, lina).count("all") == 1
    assert f.by_type == (("complaint", 1),) and f.top_articles == () and f.open_now == 1


def test_figures_need_the_right_to_view_tickets(desk):
    admin = desk["admin"]
    blind = ServiceFigureService(desk["db"], admin, Access(admin.user_id, frozenset({"knowledge.view"}),
                                                          DataScope.ALL))
    with pytest.raises(PermissionDenied):
        blind.figures(START, END)
