"""The service desk driven through its windows: a ticket's whole life (new, reply, resolve, satisfaction,
close), an SLA breach on a controllable clock escalated to the team lead, e-mail files dropped onto the
screen (a broken one reported, the good one still made a ticket), and the phone-call form."""

from datetime import timedelta
from email.message import EmailMessage

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from crm_desktop.services.service_setup import ServiceSetupService
from crm_desktop.ui.tickets.form import QuickCallDialog, TicketDialog
from tests.ui.conftest import on_modal, type_text


def _screen(qtbot, window):
    screen = window.tickets
    assert screen is not None
    window.show_screen(screen)
    return screen


def _select_queue(qtbot, screen, key):
    for row in range(screen.queues.count()):
        if screen.queues.item(row).data(Qt.ItemDataRole.UserRole) == key:
            with qtbot.waitSignal(screen.model.loaded, timeout=10000):
                screen.queues.setCurrentRow(row)
            return
    raise AssertionError(key)


def test_a_ticket_lives_its_whole_life_through_the_dialogs(qtbot, window):
    screen = _screen(qtbot, window)
    _select_queue(qtbot, screen, "all")
    before = screen.model.rowCount()

    def fill(dialog):
        assert isinstance(dialog, TicketDialog)
        type_text(qtbot, dialog.subject, "打印机卡纸")
        dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
        dialog.description.setPlainText("三楼打印机每次打印都卡纸")
        type_text(qtbot, dialog.customer_search, "公司")
        qtbot.keyClick(dialog.customer_search, Qt.Key.Key_Return)
        assert dialog.customer.currentIndex() == 1  # the first customer found is chosen
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    on_modal(fill)
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        ticket_id = screen.new_ticket()
    assert ticket_id is not None and screen.model.rowCount() == before + 1
    assert screen.model.row_value(0).subject == "打印机卡纸"

    seen = {}

    def work(dialog):
        assert "First response in" in dialog.sla.text() or "SLA breached" in dialog.sla.text()
        type_text(qtbot, dialog.reply, "您好，工程师马上联系您")
        qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(dialog.findChild(QPushButton, "move_resolved"), Qt.MouseButton.LeftButton)
        dialog.score.setValue(4)
        qtbot.mouseClick(dialog.rate_button, Qt.MouseButton.LeftButton)
        assert dialog.visit_button.isEnabled()  # resolving scheduled a return visit

        def visit(form):
            form.notes.setPlainText("客户表示满意")
            form.accept()
        on_modal(visit)
        qtbot.mouseClick(dialog.visit_button, Qt.MouseButton.LeftButton)
        assert not dialog.visit_button.isEnabled()
        qtbot.mouseClick(dialog.findChild(QPushButton, "move_closed"), Qt.MouseButton.LeftButton)
        seen["timeline"] = [dialog.timeline.item(i).text() for i in range(dialog.timeline.count())]
        seen["message"] = dialog.message.text()
        dialog.reject()
    on_modal(work)
    screen.open_ticket(ticket_id)
    assert seen["message"] == ""
    detail = screen.service.get(ticket_id)
    assert detail.status == "closed" and detail.satisfaction == 4 and detail.responded_at is not None
    assert detail.customer_id is not None
    assert [(v.outcome, v.notes) for v in detail.return_visits] == [("satisfied", "客户表示满意")]
    assert any("您好，工程师马上联系您" in line for line in seen["timeline"])
    assert any("4 / 5" in line for line in seen["timeline"])


def test_a_breach_on_a_controlled_clock_is_escalated_to_the_team_lead(qtbot, window):
    screen = _screen(qtbot, window)
    service = screen.service
    ServiceSetupService(service.db, service.actor, service.access).save_team(
        None, {"name": "二线支持", "lead_id": service.actor.user_id, "rule": "manual"})
    ticket_id, _ = service.create({"subject": "服务器宕机", "priority": "urgent"})
    service.update(ticket_id, {"description": "机房断电"})
    due = service.get(ticket_id).resolve_due
    screen.now = lambda: due + timedelta(minutes=5)
    alerts = []
    screen.alert.connect(alerts.append)
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.check_sla()
    assert any("服务器宕机" in text and "resolution target" in text for text in alerts)
    detail = service.get(ticket_id)
    assert detail.resolve_breached and detail.escalated_at is not None
    _select_queue(qtbot, screen, "breached")
    assert ticket_id in [screen.model.row_value(r).id for r in range(screen.model.rowCount())]


def _drop(qtbot, screen, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(screen, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(screen, drop)


def test_dropped_email_files_become_tickets_and_a_broken_one_is_reported(qtbot, window, tmp_path):
    screen = _screen(qtbot, window)
    message = EmailMessage()
    message["Subject"] = "发票开错了，请重新开具"
    message["From"] = "王先生 <wang@example.cn>"
    message["To"] = "service@example.com"
    message["Message-ID"] = "<drop-1@example.cn>"
    message.set_content("发票抬头应为上海某某科技有限公司。")
    message.add_attachment("截图".encode(), maintype="image", subtype="png", filename="截图.png")
    good = tmp_path / "发票.eml"
    good.write_bytes(message.as_bytes())
    broken = tmp_path / "broken.eml"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00garbage")
    reported = {}

    def close(box):
        assert isinstance(box, QMessageBox)
        reported["text"] = box.text()
        box.accept()
    on_modal(close)
    alerts = []
    screen.alert.connect(alerts.append)
    _drop(qtbot, screen, [broken, good])
    assert "broken.eml" in reported["text"]
    made = screen.service.window("all", limit=5)
    assert made[0].subject == "发票开错了，请重新开具"
    detail = screen.service.get(made[0].id)
    assert detail.channel == "email" and [name for _i, name, _s in detail.attachments] == ["截图.png"]
    _drop(qtbot, screen, [good])  # the same message again: no second ticket
    assert [r.subject for r in screen.service.window("all", limit=5)].count("发票开错了，请重新开具") == 1


def test_a_phone_call_finds_the_caller_and_makes_a_ticket(qtbot, window):
    screen = _screen(qtbot, window)
    customers = window.service
    from sqlalchemy import select

    from crm_desktop.data.models import Customer
    with customers.db.connect() as conn:
        customer = conn.execute(select(Customer.id, Customer.name, Customer.phone).where(
            Customer.phone != "", Customer.deleted_at.is_(None)).limit(1)).one()

    def call(dialog):
        assert isinstance(dialog, QuickCallDialog)
        dialog.phone.setText(customer.phone)
        dialog.phone.editingFinished.emit()
        assert dialog.caller.text() == customer.name
        type_text(qtbot, dialog.subject, "咨询续费价格")
        dialog.accept()
    on_modal(call)
    screen.phone_call()
    made = screen.service.window("all", limit=1)[0]
    assert made.subject == "咨询续费价格" and made.customer_name == customer.name


def test_a_ticket_from_the_customer_s_360_view_shows_on_its_timeline(qtbot, window):
    from crm_desktop.ui.customers.form import CustomerDialog
    customer_id = window.customers.model.row_value(0).id
    made = {}

    def customer(dialog):
        assert isinstance(dialog, CustomerDialog)

        def ticket(form):
            assert isinstance(form, TicketDialog)
            assert form.customer.currentData() == customer_id.hex  # the customer is already chosen
            type_text(qtbot, form.subject, "上门安装预约")
            qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
        on_modal(ticket)
        qtbot.mouseClick(dialog.findChild(QPushButton, "newTicketForCustomer"), Qt.MouseButton.LeftButton)
        dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
        made["timeline"] = [dialog.timeline.item(r, 1).text() for r in range(dialog.timeline.rowCount())]
        dialog.reject()
    on_modal(customer)
    window.customers.open_customer(customer_id)
    assert any("上门安装预约" in text for text in made["timeline"])
    assert window.tickets.service.of_customer(customer_id)[0].subject == "上门安装预约"


def test_knowledge_articles_are_suggested_while_the_ticket_is_written(qtbot, window):
    from crm_desktop.services.knowledge import KnowledgeService
    service = window.service
    knowledge = KnowledgeService(service.db, service.actor, service.access)
    article_id, _ = knowledge.create_article({"title": "打印机卡纸怎么办", "body": "<p>打开后盖，取出卡住的纸张。</p>",
                                              "status": "published"})
    seen = {}

    def write(dialog):
        suggestions = dialog.suggestions
        assert suggestions is not None
        with qtbot.waitSignal(suggestions.suggested, timeout=10000, check_params_cb=lambda n: n > 0):
            type_text(qtbot, dialog.subject, "打印机卡纸")
        seen["titles"] = [suggestions.items.item(i).text() for i in range(suggestions.items.count())]
        on_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())  # the typed ticket is not kept
        dialog.reject()
    on_modal(write)
    window.tickets.new_ticket()
    assert any("打印机卡纸怎么办" in title for title in seen["titles"])
    assert knowledge.get(article_id).title == "打印机卡纸怎么办"


def test_a_technician_records_the_field_visit_and_the_ticket_resolves(qtbot, window):
    screen = _screen(qtbot, window)
    service = screen.service
    ticket_id, _ = service.create({"subject": "复印机上门维修", "ticket_type": "repair"})
    service.dispatch(ticket_id, service.actor.user_id, address="上海市静安区南京西路 1 号")
    _select_queue(qtbot, screen, "work_orders")
    assert [screen.model.row_value(r).id for r in range(screen.model.rowCount())] == [ticket_id]

    def record(dialog):
        def fill(visit):
            visit.result_text.setPlainText("更换定影组件")
            from PySide6.QtWidgets import QTableWidgetItem
            visit.parts_table.setItem(0, 0, QTableWidgetItem("定影组件"))
            visit.parts_table.setItem(0, 1, QTableWidgetItem("1"))
            visit.signed_by.setText("李主任")
            visit.accept()
        on_modal(fill)
        qtbot.mouseClick(dialog.field_button, Qt.MouseButton.LeftButton)
        assert not dialog.field_button.isEnabled()
        dialog.reject()
    on_modal(record)
    screen.open_ticket(ticket_id)
    detail = service.get(ticket_id)
    assert detail.status == "resolved"
    assert detail.work_orders[0].parts == ({"name": "定影组件", "quantity": "1"},)
    assert detail.work_orders[0].signed_by == "李主任"


def test_a_file_is_attached_to_a_ticket_and_saved_back(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    screen = _screen(qtbot, window)
    ticket_id, _ = screen.service.create({"subject": "故障截图"})
    picture = tmp_path / "故障截图.png"
    picture.write_bytes(b"\x89PNG picture")
    saved = tmp_path / "saved.png"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(picture), "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))

    def attach(dialog):
        qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
        entries = [dialog.timeline.item(i) for i in range(dialog.timeline.count())]
        entry = next(e for e in entries if "故障截图.png" in e.text())
        dialog.timeline.itemDoubleClicked.emit(entry)
        dialog.reject()
    on_modal(attach)
    screen.open_ticket(ticket_id)
    assert [name for _i, name, _s in screen.service.get(ticket_id).attachments] == ["故障截图.png"]
    assert saved.read_bytes() == b"\x89PNG picture"


def test_the_subject_column_gets_the_room_on_a_laptop_wide_window(qtbot, window):
    """The queue list was capped at 180 pixels inside a wider pane, leaving an empty strip beside it, and the
    subject (the column that stretches) got what was left: '希望提供英…' at 1280 pixels."""
    from PySide6.QtCore import QPoint
    window.resize(1280, 760)
    window.show()
    screen = _screen(qtbot, window)
    qtbot.waitUntil(lambda: screen.table.viewport().width() > 0)
    queues_right = screen.queues.mapTo(window, QPoint(screen.queues.width(), 0)).x()
    table_left = screen.table.mapTo(window, QPoint(0, 0)).x()
    assert table_left - queues_right < 16  # only the splitter's handle between them
    subject = screen.table.horizontalHeader().sectionSize(1)
    assert subject >= screen.table.fontMetrics().horizontalAdvance("客户反映系统响应太慢请尽快处理") + 6
