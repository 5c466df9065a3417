"""The agenda driven like a user: a task typed into its dialog shows under today, Done takes it off, the
agenda exports to .ics and imports it back, and a task's reminder reaches the status bar (and the tray)."""

from datetime import timedelta

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QPushButton

from crm_desktop.ui.agenda.screen import TaskDialog, to_local
from tests.ui.conftest import on_modal, type_text


def _open(qtbot, window):
    screen = window.agenda
    window.show_screen(screen)
    qtbot.waitUntil(lambda: screen.tree.topLevelItemCount() == 3, timeout=5000)
    return screen


def test_a_task_for_later_today_shows_and_done_takes_it_off(qtbot, window, tmp_path):
    screen = _open(qtbot, window)
    before = screen.counts

    def fill(dialog):
        assert isinstance(dialog, TaskDialog)
        type_text(qtbot, dialog.title, "给客户回电话")
        now = to_local(window.service.db.now())  # the app's clock (the tests run it from a fixed day)
        later = now + timedelta(minutes=1) if now.hour < 23 else now
        dialog.due.setDateTime(QDateTime(later.replace(tzinfo=None)))
        dialog.accept()
    on_modal(fill)
    qtbot.mouseClick(screen.findChild(QPushButton, "newTask"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.counts[1] == before[1] + 1, timeout=5000)
    today = screen.tree.topLevelItem(1)
    item = next(today.child(i) for i in range(today.childCount()) if today.child(i).text(1) == "给客户回电话")
    path = tmp_path / "日程.ics"
    screen.export_file(str(path))
    qtbot.waitUntil(lambda: path.exists() and b"VCALENDAR" in path.read_bytes(), timeout=5000)
    assert "给客户回电话".encode() in path.read_bytes()
    screen.tree.setCurrentItem(item)
    qtbot.mouseClick(screen.findChild(QPushButton, "taskDone"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.counts[1] == before[1], timeout=5000)
    screen.message.clear()
    screen.import_file(str(path))  # the exported file names the task: importing it back updates, not duplicates
    qtbot.waitUntil(lambda: "Imported" in screen.message.text(), timeout=5000)
    assert screen.message.text().startswith(("Imported: 0 new, 1 updated", "已导入"))


def test_a_task_reminder_reaches_the_status_bar(qtbot, window):
    now = window.service.db.now()
    window.task_service.create({"title": "准备投标文件", "due_at": now + timedelta(minutes=20),
                                "remind_at": now - timedelta(seconds=1)})
    window.reminders._tasks_checked_until = now - timedelta(minutes=1)
    with qtbot.waitSignal(window.reminders.status, timeout=5000) as shown:
        window.reminders.check_tasks()
    assert "准备投标文件" in shown.args[0]
    with qtbot.assertNotEmitted(window.reminders.status, wait=300):
        window.reminders.check_tasks()  # the same reminder does not fire twice


def test_a_task_on_an_opportunity_from_its_card(qtbot, window):
    window.show_screen(window.sales)
    qtbot.waitUntil(lambda: bool(window.sales.board.columns) and window.sales.board.columns[0].model.rowCount() > 0,
                    timeout=10000)
    card = window.sales.board.columns[0].model.rows[0]

    def fill(dialog):
        assert isinstance(dialog, TaskDialog) and not dialog.customer.isEnabled()
        dialog.title.setText("准备方案演示")
        dialog.accept()
    on_modal(fill)
    menu = window.sales.board.move_menu(window.sales.board.columns[0].stage.id, [card.id])
    next(a for a in menu.actions() if a.text() in ("New task…", "新建任务…")).trigger()
    [task] = window.task_service.of("opportunity", card.id)
    assert task.title == "准备方案演示" and task.customer_id == card.customer_id


def test_a_task_with_one_of_the_customers_contacts(qtbot, window):
    service = window.customers.service
    customer = next(r for r in service.search("有限公司", limit=50) if service.get(r.id).contacts)
    contact = service.get(customer.id).contacts[0]
    screen = window.agenda
    window.show_screen(screen)

    def fill(dialog):
        assert dialog.contact.isEnabled() and dialog.contact.count() > 1
        dialog.contact.setCurrentIndex(dialog.contact.findData(contact.id.hex))
        dialog.title.setText("与联系人面谈")
        dialog.accept()
    on_modal(fill)
    screen.new_task(customer=(customer.id, customer.name))
    [task] = window.task_service.of("contact", contact.id)
    assert task.title == "与联系人面谈" and task.customer_id == customer.id
