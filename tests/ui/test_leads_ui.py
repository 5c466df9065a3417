"""Leads driven like a user: a lead typed in, then converted with the duplicate it may be offered first."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from crm_desktop.ui.leads.screen import ConvertDialog, LeadDialog
from tests.ui.conftest import on_modal


def test_a_new_lead_converts_onto_the_existing_customer_it_matches(qtbot, window):
    screen = window.leads
    window.show_screen(screen)
    existing = window.customers.service.search("有限公司", limit=1)[0]

    def fill(dialog):
        assert isinstance(dialog, LeadDialog)
        dialog.name.setText("孙明")
        dialog.company.setText(existing.name)
        dialog.phone.setText("13911112222")
        dialog.accept()
    on_modal(fill)
    qtbot.mouseClick(screen.findChild(QPushButton, "newLead"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(screen.mine.item(r, 0).text() == "孙明" for r in range(screen.mine.rowCount())),
                    timeout=5000)
    row = next(r for r in range(screen.mine.rowCount()) if screen.mine.item(r, 0).text() == "孙明")
    screen.mine.selectRow(row)
    seen = {}

    def choose(dialog):
        assert isinstance(dialog, ConvertDialog)
        seen["offered"] = [dialog.choices.item(i).text() for i in range(dialog.choices.count())]
        seen["default"] = dialog.choice()
        dialog.amount.setText("5万")
        dialog.accept()
    on_modal(choose)
    qtbot.mouseClick(screen.findChild(QPushButton, "convertLead"), Qt.MouseButton.LeftButton)
    assert seen["default"] == existing.id  # the duplicate is chosen by default
    assert any(existing.name in text for text in seen["offered"][1:])
    detail = window.customers.service.get(existing.id)
    assert "孙明" in [c.name for c in detail.contacts]
    assert screen.service.leads(status="converted")[0].converted_customer_id == existing.id


def test_a_lead_is_marked_qualified(qtbot, window):
    screen = window.leads
    lead_id, _ = screen.service.create({"name": "赵六", "company": "测试公司"}, auto_assign=False)
    window.show_screen(screen)
    row = next(r for r in range(screen.mine.rowCount()) if screen.mine.item(r, 0).text() == "赵六")
    screen.mine.selectRow(row)
    menu = screen.findChild(QPushButton, "leadStatus").menu()
    next(a for a in menu.actions() if a.text() in ("Qualified", "已确认")).trigger()
    assert next(lead for lead in screen.service.leads() if lead.id == lead_id).status == "qualified"
