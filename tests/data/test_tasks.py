"""Tasks and meetings: linked to customers, contacts, opportunities and contracts; the agenda (overdue /
today / upcoming); reminders from the local database; iCalendar export read back by icalendar and import of
peers' files (../shared/data/ics), including events in Asia/Shanghai time."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.ical import export_ics, import_ics, to_ics
from crm_desktop.services.opportunities import OpportunityService
from crm_desktop.services.tasks import TaskService
from tests.shared_data import SHARED_DATA

ICS = SHARED_DATA / "ics"
NOW = datetime(2026, 11, 30, 6, 0)  # 14:00 in Shanghai
DAY = datetime(2026, 11, 29, 16, 0)  # local midnight of 2026-11-30 in Shanghai, in UTC


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def tasks(demo_db):
    return TaskService(demo_db, _actor(demo_db, "lina"))


def _customer(db, actor):
    with db.connect() as conn:
        return conn.execute(select(Customer.id, Customer.name).where(Customer.owner_id == actor.user_id)
                            .limit(1)).one()


def test_the_agenda_splits_overdue_today_and_upcoming(demo_db, tasks):
    customer = _customer(demo_db, tasks.actor)
    for title, due in (("昨天的电话", DAY - timedelta(hours=3)), ("今天上午拜访", DAY + timedelta(hours=2)),
                       ("今天晚上", DAY + timedelta(hours=23)), ("下周会议", DAY + timedelta(days=3)),
                       ("太远了", DAY + timedelta(days=30))):
        tasks.create({"title": title, "due_at": due, "entity": "customer", "row_id": customer.id})
    agenda = tasks.agenda(NOW, DAY)
    assert [t.title for t in agenda.overdue] == ["昨天的电话"]
    assert [t.title for t in agenda.today] == ["今天上午拜访", "今天晚上"]
    assert [t.title for t in agenda.upcoming] == ["下周会议"]
    assert agenda.today[0].customer_name == customer.name
    tasks.complete(agenda.overdue[0].id)
    assert tasks.agenda(NOW, DAY).overdue == []
    assert len(tasks.of("customer", customer.id)) == 5
    other = TaskService(demo_db, _actor(demo_db, "chenjing"))
    assert other.agenda(NOW, DAY).today == []  # another rep's agenda is their own


def test_tasks_link_to_opportunities_and_check_their_times(demo_db, tasks):
    customer = _customer(demo_db, tasks.actor)
    oid, _ = OpportunityService(demo_db, tasks.actor).create({"customer_id": customer.id, "name": "试点"})
    tid, _ = tasks.create({"kind": "meeting", "title": "方案演示", "due_at": NOW, "ends_at": NOW + timedelta(hours=2),
                           "entity": "opportunity", "row_id": oid})
    task = tasks.get(tid)
    assert (task.entity, task.row_id, task.customer_id) == ("opportunity", oid, customer.id)
    assert [t.id for t in tasks.of("customer", customer.id)] == [tid]  # a customer's tasks include its records'
    with pytest.raises(ValidationError):
        tasks.create({"title": "倒着的会", "due_at": NOW, "ends_at": NOW - timedelta(hours=1)})


def test_reminders_fire_once_in_their_window(tasks):
    tasks.create({"title": "提醒我", "due_at": NOW + timedelta(hours=1), "remind_at": NOW - timedelta(minutes=5)})
    assert [t.title for t in tasks.reminders(NOW - timedelta(minutes=15), NOW)] == ["提醒我"]
    assert tasks.reminders(NOW, NOW + timedelta(minutes=15)) == []


def test_export_reads_back_and_reimport_updates_instead_of_duplicating(tasks, tmp_path):
    tasks.create({"kind": "meeting", "title": "季度回顾会", "due_at": NOW, "ends_at": NOW + timedelta(hours=1),
                  "remind_at": NOW - timedelta(minutes=30), "location": "杭州办公室"})
    tasks.create({"title": "发送合同", "due_at": NOW + timedelta(days=1)})
    path = tmp_path / "我的日程.ics"
    assert export_ics(tasks, path) == 2
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    event = next(iter(cal.walk("VEVENT")))
    assert str(event["summary"]) == "季度回顾会" and str(event["location"]) == "杭州办公室"
    assert event.decoded("dtstart") == NOW.replace(tzinfo=UTC)
    assert next(iter(event.walk("VALARM"))).decoded("trigger") == timedelta(minutes=-30)
    assert [str(t["summary"]) for t in cal.walk("VTODO")] == ["发送合同"]
    # The exported UIDs name the tasks: importing the file back (edited in another calendar) updates them.
    path.write_bytes(path.read_bytes().replace("季度回顾会".encode(), "季度回顾会（改）".encode()))
    result = import_ics(tasks, path)
    assert (result.created, result.updated, result.skipped) == (0, 2, [])
    assert "季度回顾会（改）" in [t.title for t in tasks.all_open()]
    assert len(tasks.all_open()) == 2
    elsewhere = TaskService(tasks.db, _actor(tasks.db, "chenjing"))  # someone else's replica: new tasks
    assert import_ics(elsewhere, path).created == 2


def test_an_event_in_shanghai_time_lands_at_the_right_utc_moment(tasks, tmp_path):
    zone = (ICS / "vtimezone-china" / "Shanghai.ics").read_text()
    vtimezone = zone[zone.index("BEGIN:VTIMEZONE"):zone.index("END:VTIMEZONE") + len("END:VTIMEZONE")]
    path = tmp_path / "shanghai.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + vtimezone.replace("\n", "\r\n")
                    + "\r\nBEGIN:VEVENT\r\nUID:sh-1\r\nDTSTAMP:20261130T000000Z\r\nSUMMARY:客户拜访\r\n"
                    "DTSTART;TZID=Asia/Shanghai:20261201T100000\r\nDTEND;TZID=Asia/Shanghai:20261201T113000\r\n"
                    "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:客户拜访\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
                    "END:VEVENT\r\nEND:VCALENDAR\r\n", encoding="utf-8")
    result = import_ics(tasks, path, local_tz=ZoneInfo("Europe/London"))
    assert result.created == 1
    task = tasks.get(tasks.by_uid("sh-1"))
    assert task.due_at == datetime(2026, 12, 1, 2, 0) and task.ends_at == datetime(2026, 12, 1, 3, 30)
    assert task.remind_at == datetime(2026, 12, 1, 1, 45)


def test_peers_files_import_or_say_why(tasks):
    files = sorted(ICS.rglob("*.ics"))
    assert len(files) > 100
    created = 0
    for path in files:
        try:
            result = import_ics(tasks, path, local_tz=ZoneInfo("Asia/Shanghai"))
        except Exception as exc:  # noqa: BLE001 - any error must be the documented one
            assert getattr(exc, "code", "") == "file_unreadable", (path, exc)
            continue
        created += result.created
        assert all(why for _label, why in result.skipped)
    assert created > 50


def test_to_ics_of_nothing_is_an_empty_calendar():
    cal = icalendar.Calendar.from_ical(to_ics([]))
    assert list(cal.walk("VEVENT")) == []
