"""The customer form loses no edit: closing over unsaved changes asks first (Save, Discard, Cancel), and adding a
contact or a follow-up, which reloads the dialog, keeps what the user typed on the Details tab."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from crm_desktop.ui.customers.form import CustomerDialog

from .conftest import answer_next_question


@pytest.fixture
def opened(window, demo_service, qtbot):
    """The first customer's dialog, shown (not exec'd, so the test goes on while it is open)."""
    row = window.customers.model.row_value(0)
    dialog = CustomerDialog(demo_service, window.bus, row.id, window.customers.options, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, row.id


def test_closing_with_nothing_changed_asks_nothing(opened, qtbot):
    dialog, _cid = opened
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_over_an_edit_asks_and_cancel_keeps_the_dialog_and_the_edit(opened, demo_service, qtbot):
    dialog, cid = opened
    before = demo_service.get(cid).address
    dialog.editors["address"].setText("杭州市西湖区文三路 1 号")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert dialog.isVisible() and dialog.editors["address"].text() == "杭州市西湖区文三路 1 号"
    assert "not saved" in asked[0]
    # Discard: closed, nothing written.
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    dialog.buttons.rejected.emit()  # the Close button
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert demo_service.get(cid).address == before


def test_save_from_the_question_saves_and_closes(opened, demo_service, qtbot):
    dialog, cid = opened
    dialog.editors["notes"].setPlainText("周五前回电")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Save, asked)
    dialog.close()  # the window's X
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert asked and demo_service.get(cid).notes == "周五前回电"


def test_a_refused_save_from_the_question_keeps_the_dialog_open(opened, demo_service, qtbot):
    dialog, cid = opened
    dialog.editors["email"].setText("not an address")
    answer_next_question(QMessageBox.StandardButton.Save, [])
    dialog.reject()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert dialog.isVisible()
    assert dialog.form.rows["email"].error.text()  # the reason, under the field
    assert demo_service.get(cid).email != "not an address"
    dialog.done(QDialog.DialogCode.Rejected)  # (the test's own way out, past the question)


def test_adding_a_follow_up_keeps_an_unsaved_edit(opened, demo_service, qtbot):
    dialog, cid = opened
    dialog.editors["phone"].setText("0571-8888 6666")
    dialog.editors["province"].setCurrentText("浙江省")
    dialog.editors["city"].setCurrentText("杭州市")
    dialog.tabs.setCurrentIndex(2)
    dialog.activity_text.setText("电话确认地址")
    qtbot.mouseClick(dialog.add_activity_button, Qt.MouseButton.LeftButton)
    assert any(dialog.activities.item(r, 2).text() == "电话确认地址" for r in range(dialog.activities.rowCount()))
    assert dialog.editors["phone"].text() == "0571-8888 6666"
    assert (dialog.editors["province"].currentText(), dialog.editors["city"].currentText()) == ("浙江省", "杭州市")
    assert dialog.save()
    saved = demo_service.get(cid)
    assert (saved.province, saved.city) == ("浙江省", "杭州市")
    assert saved.phone.replace(" ", "").endswith("88886666")


def test_a_new_customer_saved_then_closed_asks_nothing(window, demo_service, qtbot):
    dialog = CustomerDialog(demo_service, window.bus, None, window.customers.options, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["name"].setText("新保存的客户")
    dialog.editors["phone"].setText("13912345678")  # stored and shown as 139 1234 5678
    assert dialog.save() and dialog.isVisible()  # a new customer stays open for contacts and follow-ups
    dialog.reject()
    assert not dialog.isVisible()
