"""Tickets on the real SQLite replica: SLA targets on the Shanghai office calendar, routing by team rules,
the workflow with its allowed moves, first response, resolution with a return visit, satisfaction,
warnings, breaches and escalation on a controllable clock, work orders, e-mails, and queues in windows."""

from datetime import datetime, timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from crm_desktop.data.models import Contact, Customer, Ticket, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.service_setup import ServiceSetupService
from crm_desktop.services.tickets import TicketService

TUESDAY_10 = datetime(2026, 11, 3, 2, 0)  # Tuesday 10:00 in Shanghai, in UTC


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _minute(at):
    return at.replace(second=0, microsecond=0)


class Clock:
    def __init__(self, at):
        self.at = at

    def __call__(self):
        self.at += timedelta(milliseconds=1)
        return self.at


@pytest.fixture
def clock(demo_db):
    demo_db.now = Clock(TUESDAY_10)
    return demo_db.now


@pytest.fixture
def desk(demo_db, clock):
    admin = _actor(demo_db, "admin")
    agent, lead = _actor(demo_db, "zhaolei"), _actor(demo_db, "zhangwei")
    setup = ServiceSetupService(demo_db, admin)
    team_id, _ = setup.save_team(None, {"name": "一线支持", "lead_id": lead.user_id, "rule": "round_robin",
                                        "members": [agent.user_id, admin.user_id]})
    return {"admin": TicketService(demo_db, admin), "agent": TicketService(demo_db, agent), "team_id": team_id,
            "agent_actor": agent, "admin_actor": admin, "lead": lead, "setup": setup}


def test_the_sla_clock_runs_on_office_hours_with_the_lunch_break(desk):
    tickets = desk["agent"]
    ticket_id, changes = tickets.create({"subject": "打印机无法连接", "priority": "high", "ticket_type": "repair"})
    assert changes.tickets
    t = tickets.get(ticket_id)
    assert t.number.startswith("GD20261103-")
    assert _minute(t.response_due) == datetime(2026, 11, 3, 3, 0)  # 60 business minutes: 11:00 Shanghai
    # 480 minutes: 10:00-12:00 (120) + 13:30-18:00 (270) + Wednesday 09:00-10:30 (90)
    assert _minute(t.resolve_due) == datetime(2026, 11, 4, 2, 30)
    assert [i.event.get("code") for i in t.timeline if i.kind == "event"][:2] == ["created", "assigned"]


def test_a_ticket_raised_on_friday_evening_starts_its_clock_on_monday(demo_db, desk):
    demo_db.now.at = datetime(2026, 11, 6, 12, 0)  # Friday 20:00 in Shanghai
    ticket_id, _ = desk["agent"].create({"subject": "周末报修", "priority": "urgent"})
    assert _minute(desk["agent"].get(ticket_id).response_due) == datetime(2026, 11, 9, 1, 30)  # Monday 09:30 Shanghai


def test_round_robin_and_least_open_share_new_tickets(desk):
    tickets, setup = desk["admin"], desk["setup"]
    owners = [tickets.get(tickets.create({"subject": f"咨询 {i}"})[0]).owner_id for i in range(4)]
    agent, admin = desk["agent_actor"].user_id, desk["admin_actor"].user_id
    assert owners == [agent, admin, agent, admin]
    setup.save_team(desk["team_id"], {"rule": "least_open"})
    mine = tickets.window("mine")
    for row in mine:  # the administrator resolves theirs: now they have the fewest open
        tickets.move(row.id, "resolved")
    assert tickets.get(tickets.create({"subject": "新的咨询"})[0]).owner_id == admin


def test_the_workflow_allows_only_its_moves_and_records_the_figures(demo_db, desk, clock):
    tickets = desk["agent"]
    customer_id, _ = CustomerService(demo_db, desk["admin_actor"]).create({"name": "深圳华强电子有限公司"})
    ticket_id, _ = tickets.create({"subject": "发票抬头错误", "customer_id": customer_id, "ticket_type": "complaint",
                                   "owner_id": desk["agent_actor"].user_id})
    with pytest.raises(CrmError) as refused:
        tickets.move(ticket_id, "closed")  # assigned -> closed is not a move the workflow has
    assert refused.value.code == "move_not_allowed"
    clock.at += timedelta(minutes=30)
    tickets.comment(ticket_id, "内部：已转财务核实", internal=True)
    assert tickets.get(ticket_id).responded_at is None  # a note is not a response
    tickets.comment(ticket_id, "您好，我们正在处理")
    t = tickets.get(ticket_id)
    assert t.status == "in_progress" and t.response_minutes == 30 and not t.response_breached
    tickets.move(ticket_id, "waiting")
    clock.at += timedelta(hours=2)
    tickets.move(ticket_id, "resolved", "已重新开具发票")
    t = tickets.get(ticket_id)
    assert t.resolved_at is not None and t.resolve_minutes == 120  # 10:00 -> 12:30: the lunch break does not count
    assert len(t.return_visits) == 1 and t.return_visits[0].due_at > t.resolved_at
    with pytest.raises(ValidationError):
        tickets.rate(ticket_id, 6)
    tickets.rate(ticket_id, 4, "处理及时")
    tickets.move(ticket_id, "reopened")
    assert tickets.get(ticket_id).resolved_at is None
    kinds = [i.kind for i in tickets.get(ticket_id).timeline]
    assert "note" in kinds and "comment" in kinds and "return_visit" in kinds


def test_a_warning_then_a_breach_escalates_to_the_team_lead(demo_db, desk, clock):
    tickets = desk["agent"]
    ticket_id, _ = tickets.create({"subject": "系统宕机", "priority": "urgent"})  # 30 / 240 minutes, warn 30
    t = tickets.get(ticket_id)
    clock.at = t.resolve_due - timedelta(minutes=10)
    alerts = tickets.check_sla(clock.at)
    assert {a.kind for a in alerts} == {"warning", "response_breach"}
    assert tickets.check_sla(clock.at) == []  # each alert once
    clock.at = t.resolve_due + timedelta(minutes=1)
    alerts = tickets.check_sla(clock.at)
    assert [(a.kind, a.lead_id) for a in alerts] == [("resolve_breach", desk["lead"].user_id)]
    t = tickets.get(ticket_id)
    assert t.resolve_breached and t.escalated_at is not None
    assert "escalated" in [i.event.get("code") for i in t.timeline]
    lead_view = TicketService(demo_db, desk["lead"])
    assert [r.id for r in lead_view.escalated_to_me()] == [ticket_id]
    assert desk["agent"].sla_state(ticket_id, clock.at).resolve_left < 0


def test_waiting_on_the_customer_pauses_the_warnings(desk, clock):
    tickets = desk["agent"]
    ticket_id, _ = tickets.create({"subject": "等待客户提供日志", "priority": "urgent"})
    tickets.move(ticket_id, "in_progress")
    tickets.move(ticket_id, "waiting")
    clock.at += timedelta(days=2)
    assert tickets.check_sla(clock.at) == []
    assert tickets.sla_state(ticket_id, clock.at).paused


def test_time_spent_waiting_on_the_customer_moves_the_targets_later(desk, clock):
    tickets = desk["agent"]
    ticket_id, _ = tickets.create({"subject": "等待客户回传日志", "priority": "high"})
    before = tickets.get(ticket_id)
    tickets.move(ticket_id, "in_progress")
    tickets.move(ticket_id, "waiting")
    clock.at += timedelta(hours=3)  # Tuesday 10:00 -> 13:00 Shanghai: 2 business hours (lunch excluded)
    tickets.move(ticket_id, "in_progress")
    after = tickets.get(ticket_id)
    paused = next(i.event for i in after.timeline if i.event.get("code") == "sla_paused")
    assert paused["minutes"] in (119, 120)
    # Wednesday 10:30 + two business hours = 14:00 (12:00-13:30 is lunch), in UTC
    assert abs(after.resolve_due - datetime(2026, 11, 4, 6, 0)) < timedelta(minutes=2)
    assert after.resolve_due > before.resolve_due and after.response_due > before.response_due


def test_a_calendar_without_hours_is_refused_with_its_reason(desk):
    with pytest.raises(ValidationError) as refused:
        desk["setup"].save_calendar(None, {"name": "空日历", "hours": {}})
    assert refused.value.errors[0].code == "calendar_no_hours"


def test_a_work_order_recorded_by_the_technician_resolves_the_ticket(demo_db, desk):
    tickets = desk["admin"]
    ticket_id, _ = tickets.create({"subject": "上门维修空调", "ticket_type": "repair"})
    order_id, _ = tickets.dispatch(ticket_id, desk["agent_actor"].user_id, address="上海市浦东新区世纪大道100号")
    technician = desk["agent"]
    assert [w.id for w in technician.work_orders()] == [order_id]
    with pytest.raises(ValidationError):
        technician.record_visit(order_id, result="已更换压缩机")  # no sign-off
    technician.record_visit(order_id, result="已更换压缩机", parts=[{"name": "压缩机", "quantity": "1"}],
                            signed_by="王先生")
    t = tickets.get(ticket_id)
    assert t.status == "resolved" and t.work_orders[0].parts == ({"name": "压缩机", "quantity": "1"},)
    assert t.work_orders[0].signed_by == "王先生"


def test_an_email_becomes_a_ticket_for_the_sender_s_customer_once(demo_db, desk):
    from crm_desktop.services.eml import parse_eml
    with demo_db.connect() as conn:
        contact = conn.execute(select(Contact.id, Contact.email, Contact.customer_id)
                               .where(Contact.email != "").limit(1)).one()
    message = EmailMessage()
    message["Subject"] = "关于合同续签的咨询"
    message["From"] = f"客户 <{contact.email.upper()}>"
    message["To"] = "service@example.com"
    message["Message-ID"] = "<abc123@example.com>"
    message.set_content("请问续签流程是什么？")
    message.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="合同.pdf")
    draft = parse_eml(message.as_bytes())
    ticket_id, created, _ = desk["agent"].create_from_email(draft)
    t = desk["agent"].get(ticket_id)
    assert created and t.channel == "email" and t.contact_id == contact.id and t.customer_id == contact.customer_id
    assert t.subject == "关于合同续签的咨询" and "续签流程" in t.description
    assert [name for _i, name, _s in t.attachments] == ["合同.pdf"]
    assert desk["agent"].attachment(t.attachments[0][0]) == ("合同.pdf", b"%PDF-1.4 x")
    again, created, _ = desk["agent"].create_from_email(draft)
    assert again == ticket_id and not created


def test_queues_page_newest_first_and_count(desk):
    tickets = desk["admin"]
    already, resolved = tickets.count("open"), tickets.count("resolved")  # the demo's own tickets
    made = [tickets.create({"subject": f"工单 {i}"})[0] for i in range(7)]
    first = tickets.window("open", limit=3)
    second = tickets.window("open", after=first[-1].id, limit=3)
    assert [r.id for r in first + second] == list(reversed(made))[:6]
    assert tickets.count("open") == already + 7 and tickets.count("mine") == len(tickets.window("mine"))
    tickets.move(made[0], "resolved")
    assert tickets.count("open") == already + 6 and tickets.count("resolved") == resolved + 1
    with pytest.raises(ValueError):
        tickets.window("nonsense")


def test_a_rep_sees_only_tickets_in_scope(demo_db, desk):
    ticket_id, _ = desk["admin"].create({"subject": "内部工单", "owner_id": desk["admin_actor"].user_id})
    rep = TicketService(demo_db, _actor(demo_db, "lina"))
    assert ticket_id not in [r.id for r in rep.window("all")]
    with pytest.raises(CrmError):
        rep.get(ticket_id)
    with demo_db.connect() as conn:
        assert conn.execute(select(Ticket.id).where(Ticket.id == ticket_id)).scalar() == ticket_id
        assert conn.execute(select(Customer.id).limit(1)).scalar() is not None


def test_a_ticket_nobody_was_given_waits_in_the_unassigned_queue(desk):
    desk["setup"].save_team(desk["team_id"], {"rule": "manual"})
    tickets = desk["agent"]
    ticket_id, _ = tickets.create({"subject": "无人认领的咨询"})
    assert [r.id for r in tickets.window("unassigned")] == [ticket_id] and tickets.count("unassigned") == 1
    tickets.assign(ticket_id, desk["agent_actor"].user_id)
    assert tickets.count("unassigned") == 0 and tickets.get(ticket_id).status == "assigned"


def test_the_demo_desk_has_tickets_in_every_state_and_articles_to_suggest(demo_db):
    from crm_desktop.services.knowledge import KnowledgeService
    admin = _actor(demo_db, "admin")
    tickets = TicketService(demo_db, admin)
    rows = tickets.window("all", limit=100)
    assert len(rows) == 30 and {r.status for r in rows} >= {"in_progress", "resolved", "closed", "waiting"}
    assert any(r.breached for r in rows)  # one escalation to show
    assert TicketService(demo_db, _actor(demo_db, "liuyang")).escalated_to_me()  # the team lead sees it
    assert [h.title for h in KnowledgeService(demo_db, admin).search("卡纸")] == ["打印机卡纸怎么办"]
