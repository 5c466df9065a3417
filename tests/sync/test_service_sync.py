"""The service desk on the shared server: the setup seeded by `server init` reaches every replica; a work
order dispatched at the desk reaches the technician, who records the visit offline, and the ticket resolves
on the desk's replica after both sync; ticket files need no contracts permission; a team's queue is seen
by its members and by nobody else outside the scope. Real PostgreSQL, a database per test."""

from sqlalchemy import func, select

from crm_desktop.data.models import SlaPolicy, Ticket, TicketStatus
from crm_desktop.services.service_setup import ServiceSetupService
from crm_desktop.services.tickets import TicketService


def _count(client, model, **where):
    with client.db.connect() as conn:
        stmt = select(func.count()).select_from(model)
        for column, value in where.items():
            stmt = stmt.where(getattr(model, column) == value)
        return conn.execute(stmt).scalar()


def test_a_work_order_recorded_offline_resolves_the_ticket_at_the_desk(make_client):
    admin, technician = make_client("admin"), make_client("zhaolei")
    assert _count(admin, TicketStatus) == 7 and _count(technician, SlaPolicy) == 4  # seeded by the server
    desk = TicketService(admin.db, admin.actor)
    ticket_id, _ = desk.create({"subject": "空调不制冷", "ticket_type": "repair", "priority": "high"})
    order_id, _ = desk.dispatch(ticket_id, technician.actor.user_id, address="上海市徐汇区漕溪北路 88 号")
    result = admin.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues

    technician.sync()
    field = TicketService(technician.db, technician.actor)
    assert [w.id for w in field.work_orders()] == [order_id]
    # Offline: the visit is recorded and a photo of the unit attached; meanwhile the desk notes something.
    field.record_visit(order_id, result="补充冷媒，恢复正常", parts=[{"name": "R32 冷媒", "quantity": "2"}],
                       signed_by="周经理")
    field.attach(ticket_id, "现场照片.jpg", b"\xff\xd8\xff jpeg")
    desk.comment(ticket_id, "客户来电催促", internal=True)
    assert admin.sync().rejected == 0
    result = technician.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues
    admin.sync()
    detail = desk.get(ticket_id)
    assert detail.status == "resolved" and detail.resolved_at is not None
    assert detail.work_orders[0].status == "completed" and detail.work_orders[0].signed_by == "周经理"
    assert detail.work_orders[0].parts == ({"name": "R32 冷媒", "quantity": "2"},)
    assert [name for _i, name, _s in detail.attachments] == ["现场照片.jpg"]
    kinds = [item.kind for item in detail.timeline]
    assert "note" in kinds and "work_order" in kinds


def test_a_team_queue_is_seen_by_its_members_only(make_client):
    admin, lina, wang = make_client("admin"), make_client("lina"), make_client("wangfang")
    team_id, _ = ServiceSetupService(admin.db, admin.actor).save_team(
        None, {"name": "大客户服务组", "members": [lina.actor.user_id], "rule": "manual", "provinces": ["广东省"]})
    desk = TicketService(admin.db, admin.actor)
    team_ticket, _ = desk.create({"subject": "大客户续约咨询", "team_id": team_id})
    other, _ = desk.create({"subject": "内部工单", "owner_id": admin.actor.user_id})
    assert admin.sync().rejected == 0
    lina.sync()
    wang.sync()
    assert _count(lina, Ticket, id=team_ticket) == 1 and _count(lina, Ticket, id=other) == 0
    assert _count(wang, Ticket, id=team_ticket) == 0
    assert [r.id for r in TicketService(lina.db, lina.actor).window(f"team:{team_id}")] == [team_ticket]
