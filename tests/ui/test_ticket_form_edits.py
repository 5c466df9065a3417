"""The ticket dialog loses no edit: closing over changed fields asks Save / Discard / Cancel, a reply typed but
not sent is never thrown away unasked (nor sent as a side effect of closing), and the actions that reload the
dialog (a reply, a status move) keep what the user typed in the fields."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from crm_desktop.ui.tickets.form import TicketDialog

from .conftest import answer_next_question, type_text


@pytest.fixture
def tickets(window):
    screen = window.tickets
    assert screen is not None
    return screen


@pytest.fixture
def opened(tickets, qtbot):
    """An open ticket's dialog, shown (not exec'd, so the test goes on while it is open)."""
    ticket_id = tickets.service.window("all", limit=1)[0].id
    dialog = TicketDialog(tickets.service, tickets.customers, ticket_id, parent=tickets)
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog, ticket_id
    if dialog.isVisible():  # a failed test leaves it open: close it past the question, which nobody would answer
        dialog.done(QDialog.DialogCode.Rejected)


def test_closing_an_untouched_ticket_asks_nothing(opened, qtbot):
    dialog, _tid = opened
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_reply_and_a_status_move_keep_an_unsaved_subject(opened, tickets, qtbot):
    dialog, tid = opened
    before = tickets.service.get(tid)
    dialog.subject.setText("打印机卡纸（三楼东侧）")
    dialog.priority.setCurrentIndex(dialog.priority.findData("urgent"))
    type_text(qtbot, dialog.reply, "已安排工程师")
    qtbot.mouseClick(dialog.send, Qt.MouseButton.LeftButton)
    assert any("已安排工程师" in dialog.timeline.item(i).text() for i in range(dialog.timeline.count()))
    assert dialog.subject.text() == "打印机卡纸（三楼东侧）" and dialog.priority.currentData() == "urgent"
    move = next(b for b in dialog.findChildren(QPushButton) if b.objectName().startswith("move_"))
    qtbot.mouseClick(move, Qt.MouseButton.LeftButton)
    assert dialog.subject.text() == "打印机卡纸（三楼东侧）" and dialog.priority.currentData() == "urgent"
    stored = tickets.service.get(tid)
    assert (stored.subject, stored.priority) == (before.subject, before.priority)  # nothing saved behind his back
    # Closing now asks; Save writes the edits and closes.
    asked = []
    answer_next_question(QMessageBox.StandardButton.Save, asked)
    dialog.close()  # the window's X
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert "not saved" in asked[0]
    stored = tickets.service.get(tid)
    assert (stored.subject, stored.priority) == ("打印机卡纸（三楼东侧）", "urgent")


def test_cancel_keeps_the_dialog_and_discard_writes_nothing(opened, tickets, qtbot):
    dialog, tid = opened
    before = tickets.service.get(tid).description
    dialog.description.setPlainText("客户说是第二次出现")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert dialog.isVisible() and dialog.description.toPlainText() == "客户说是第二次出现"
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    dialog.reject()  # the Close button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert tickets.service.get(tid).description == before


def test_saving_and_then_closing_asks_nothing(opened, tickets, qtbot):
    dialog, tid = opened
    dialog.subject.setText("发票抬头有误")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert tickets.service.get(tid).subject == "发票抬头有误"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_refused_save_from_the_question_keeps_the_dialog_open(opened, tickets, qtbot):
    dialog, tid = opened
    before = tickets.service.get(tid).subject
    dialog.subject.setText("")
    answer_next_question(QMessageBox.StandardButton.Save, [])
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert dialog.isVisible() and dialog.form.rows["subject"].error.text()  # the reason, under the field
    assert tickets.service.get(tid).subject == before
    dialog.done(QDialog.DialogCode.Rejected)  # (the test's own way out, past the question)


def test_an_unsent_reply_is_not_thrown_away_unasked_nor_sent(opened, tickets, qtbot):
    dialog, tid = opened
    comments = len(tickets.service.get(tid).timeline)
    type_text(qtbot, dialog.reply, "明天上午上门")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert "not been sent" in asked[0]
    assert dialog.isVisible() and dialog.reply.toPlainText() == "明天上午上门"
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(tickets.service.get(tid).timeline) == comments  # closing never sends


def test_a_new_ticket_typed_and_closed_asks_and_discard_creates_nothing(tickets, qtbot):
    before = len(tickets.service.window("all", limit=10_000))
    dialog = TicketDialog(tickets.service, tickets.customers, parent=tickets)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible()
    dialog = TicketDialog(tickets.service, tickets.customers, defaults={"subject": "来电咨询"}, parent=tickets)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # only what the caller filled in: nothing of the user's to lose
    assert not dialog.isVisible()
    dialog = TicketDialog(tickets.service, tickets.customers, parent=tickets)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.subject, "网络中断")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked and dialog.ticket_id is None
    assert len(tickets.service.window("all", limit=10_000)) == before
