"""Campaign members added by hand (customers searched as the user types, ticked, added; a second time they
are skipped) and the unsubscribe list screen (an address added, found by search, removed after confirming),
driven as a user would against the demo database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.services.campaigns import CampaignService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.email_campaigns import EmailCampaignService
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.marketing.campaigns import AddMembersDialog, CampaignsScreen
from crm_desktop.ui.marketing.unsubscribes import UnsubscribeDialog, UnsubscribesScreen
from crm_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import on_modal, type_text


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def inline_tasks(qtbot):
    runner = TaskRunner(inline=True)
    yield runner
    runner.shutdown()


def _row_of(table, text):
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == text)


def _two_customers(db, customers: CustomerService):
    """Two customers whose full name finds exactly that customer (so the test knows whom it ticks)."""
    with db.connect() as conn:
        rows = conn.execute(select(Customer.id, Customer.name).where(Customer.deleted_at.is_(None))
                            .order_by(Customer.name).limit(60)).all()
    picked = []
    for cid, name in rows:
        found = customers.search(name, limit=20)
        if len(name) >= 3 and [r.id for r in found if r.name == name] == [cid] \
                and all(name not in p[1] and p[1] not in name for p in picked):
            picked.append((cid, name))
        if len(picked) == 2:
            return picked
    pytest.fail("the demo database has no two customers with unique names")


def _item_named(dialog: AddMembersDialog, name: str):
    return next(dialog.results.item(i) for i in range(dialog.results.count())
                if dialog.results.item(i).text() == name)


def test_customers_searched_and_ticked_by_hand_are_added_once(qtbot, demo_db, inline_tasks):
    admin = _actor(demo_db, "admin")
    service = CampaignService(demo_db, admin)
    customers = CustomerService(demo_db, admin)
    searched: list[str] = []

    def customer_search(text):
        searched.append(text)
        return [(r.id, r.name) for r in customers.search(text, limit=20)]

    bus = ChangeBus()
    published, statuses = [], []
    bus.changed.connect(published.append)
    screen = CampaignsScreen(service, bus, inline_tasks, customer_search=customer_search)
    screen.status.connect(statuses.append)
    qtbot.addWidget(screen)
    screen.show()
    cid, _ = service.create({"name": "老客户答谢茶会", "kind": "event"})
    screen.refresh()
    button = screen.findChild(QPushButton, "addMembers")
    assert button.isVisible() and not button.isEnabled()  # no campaign chosen yet
    screen.table.selectRow(_row_of(screen.table, "老客户答谢茶会"))
    assert button.isEnabled()
    (first_id, first), (second_id, second) = _two_customers(demo_db, customers)
    seen = {}

    def pick(dialog):
        assert isinstance(dialog, AddMembersDialog)
        assert not dialog.ok_button.isEnabled()  # nothing ticked yet
        searched.clear()
        type_text(qtbot, dialog.search_edit, first)
        qtbot.waitUntil(lambda: any(dialog.results.item(i).text() == first for i in range(dialog.results.count())),
                        timeout=5000)
        seen["searches"] = list(searched)  # typed character by character, searched once (debounced)
        _item_named(dialog, first).setCheckState(Qt.CheckState.Checked)
        dialog.search_edit.clear()
        type_text(qtbot, dialog.search_edit, second)
        qtbot.waitUntil(lambda: any(dialog.results.item(i).text() == second for i in range(dialog.results.count())),
                        timeout=5000)
        _item_named(dialog, second).setCheckState(Qt.CheckState.Checked)
        seen["chosen"] = dialog.chosen_ids()  # the first stays chosen though it is no longer listed
        seen["label"] = dialog.chosen_label.text()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    on_modal(pick)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert seen["searches"] == [first]
    assert seen["chosen"] == [first_id, second_id] and seen["label"].startswith("2 ")
    members = service.members(cid)
    assert sorted((m.kind, m.target_id) for m in members) == sorted([("customer", first_id), ("customer", second_id)])
    assert {m.name for m in members} == {first, second}
    assert statuses[-1] == "2 added, 0 already members."
    assert any(c.campaigns for c in published)
    assert screen.members.rowCount() == 2

    # The same two again: nobody twice, and the status says they were skipped.
    published.clear()

    def again(dialog):
        type_text(qtbot, dialog.search_edit, first)
        qtbot.waitUntil(lambda: dialog.results.count() > 0 and any(
            dialog.results.item(i).text() == first for i in range(dialog.results.count())), timeout=5000)
        _item_named(dialog, first).setCheckState(Qt.CheckState.Checked)
        dialog.search_edit.clear()
        type_text(qtbot, dialog.search_edit, second)
        qtbot.waitUntil(lambda: any(dialog.results.item(i).text() == second for i in range(dialog.results.count())),
                        timeout=5000)
        _item_named(dialog, second).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    on_modal(again)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert statuses[-1] == "0 added, 2 already members."
    assert service.member_count(cid) == 2
    assert not any(c.campaigns for c in published)  # nothing was written


def test_a_cancelled_dialog_adds_nobody_and_without_a_search_there_is_no_button(qtbot, demo_db):
    admin = _actor(demo_db, "admin")
    service = CampaignService(demo_db, admin)
    plain = CampaignsScreen(service, ChangeBus())
    qtbot.addWidget(plain)
    plain.show()
    assert plain.findChild(QPushButton, "addMembers").isHidden()

    customers = CustomerService(demo_db, admin)
    screen = CampaignsScreen(service, ChangeBus(), customer_search=lambda t: [(r.id, r.name)
                                                                            for r in customers.search(t)])
    qtbot.addWidget(screen)
    screen.show()
    cid, _ = service.create({"name": "取消的名单", "kind": "online"})
    screen.refresh()
    screen.table.selectRow(_row_of(screen.table, "取消的名单"))
    (_first_id, first), _ = _two_customers(demo_db, customers)

    def tick_and_cancel(dialog):
        type_text(qtbot, dialog.search_edit, first)
        dialog.run_search()  # Enter-like: search at once, without waiting for the pause in typing
        _item_named(dialog, first).setCheckState(Qt.CheckState.Checked)
        dialog.reject()

    on_modal(tick_and_cancel)
    qtbot.mouseClick(screen.findChild(QPushButton, "addMembers"), Qt.MouseButton.LeftButton)
    assert service.member_count(cid) == 0


def test_the_unsubscribe_list_adds_finds_and_removes_an_address(qtbot, demo_db, keyring_store):
    admin = _actor(demo_db, "admin")
    service = EmailCampaignService(demo_db, admin, credentials=keyring_store)
    bus = ChangeBus()
    screen = UnsubscribesScreen(service, bus)
    statuses = []
    screen.status.connect(statuses.append)
    qtbot.addWidget(screen)
    screen.show()
    before = screen.table.rowCount()
    remove = screen.findChild(QPushButton, "removeUnsubscribe")
    assert not remove.isEnabled()
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, UnsubscribeDialog)
        type_text(qtbot, dialog.email_edit, "不是邮箱")
        dialog.accept()  # refused by the service; the dialog stays open and says why
        seen["open"], seen["message"] = dialog.isVisible(), dialog.message.text()
        dialog.email_edit.clear()
        type_text(qtbot, dialog.email_edit, "Qian.Hao@Example.COM")
        type_text(qtbot, dialog.reason_edit, "电话里要求退订")
        dialog.accept()

    on_modal(fill)
    qtbot.mouseClick(screen.findChild(QPushButton, "addUnsubscribe"), Qt.MouseButton.LeftButton)
    assert seen["open"] is True and seen["message"] == "Not a valid e-mail address."
    assert service.is_unsubscribed("qian.hao@example.com")
    assert [u.email for u in service.unsubscribes("不是")] == []
    assert screen.table.rowCount() == before + 1
    assert screen.table.item(0, 0).text() == "qian.hao@example.com"  # newest first
    assert screen.table.item(0, 1).text() == "电话里要求退订"
    assert "qian.hao@example.com" in statuses[-1]

    # Another address arrives from elsewhere (an unsubscribe link): the bus refreshes the list.
    bus.publish(service.unsubscribe("zheng.yu@example.com", "", "link"))
    assert screen.table.item(0, 0).text() == "zheng.yu@example.com"
    assert screen.table.rowCount() == before + 2

    type_text(qtbot, screen.search_edit, "qian.h")
    qtbot.waitUntil(lambda: screen.table.rowCount() == 1, timeout=5000)
    assert screen.table.item(0, 0).text() == "qian.hao@example.com"

    screen.table.selectRow(0)
    assert remove.isEnabled()
    on_modal(lambda box: box.button(QMessageBox.StandardButton.No).click())
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert service.is_unsubscribed("qian.hao@example.com")  # not confirmed: still on the list

    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert not service.is_unsubscribed("qian.hao@example.com")
    assert service.is_unsubscribed("zheng.yu@example.com")
    assert screen.table.rowCount() == 0
    assert "qian.hao@example.com" in statuses[-1]
    screen.search_edit.clear()
    qtbot.waitUntil(lambda: screen.table.rowCount() == before + 1, timeout=5000)
    assert "qian.hao@example.com" not in {screen.table.item(r, 0).text() for r in range(screen.table.rowCount())}
