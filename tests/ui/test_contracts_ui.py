"""The contracts screen and My approvals driven like a user: a new contract through the dialog, instalments
and payments refused past the invariants with the reason shown in the form, an approval round trip from the
contract going to pending to the approver's inbox to active, and the contract PDF."""

import io
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pypdf import PdfReader

from crm_desktop.services.approvals import ApprovalService
from crm_desktop.ui.contracts.dialogs import ContractDialog, PaymentDialog, PlanDialog
from tests.ui.conftest import on_modal, type_text


def _screen(qtbot, window, screen):
    window.show_screen(screen)
    qtbot.waitUntil(lambda: screen.list.rowCount() >= 0 and screen._loaded, timeout=5000)
    return screen


def _new_contract(qtbot, window, title, amount):
    screen = window.contracts
    customer = window.customers.service.search("有限公司", limit=1)[0]

    def fill(dialog):
        assert isinstance(dialog, ContractDialog)
        dialog.customer.addItem(customer.name, customer.id.hex)
        dialog.customer.setCurrentIndex(dialog.customer.count() - 1)
        dialog.title.setText(title)
        dialog.amount_edit.setText(amount)
        dialog.accept()
    on_modal(fill)
    with qtbot.waitSignal(window.bus.changed, timeout=5000):
        qtbot.mouseClick(screen.findChild(QPushButton, "newContract"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(screen.list.item(r, 1) and screen.list.item(r, 1).text() == title
                                for r in range(screen.list.rowCount())), timeout=5000)
    row = next(r for r in range(screen.list.rowCount()) if screen.list.item(r, 1).text() == title)
    screen.list.selectRow(row)
    return screen, customer


def test_receivable_invariants_are_shown_in_the_forms(qtbot, window, tmp_path):
    screen = _screen(qtbot, window, window.contracts)
    screen, _customer = _new_contract(qtbot, window, "实施合同", "100000")
    assert screen.detail.amount == 100000_00

    shown = {}

    def too_much(dialog):
        assert isinstance(dialog, PlanDialog)
        dialog.amount_edit.setText("100000.01")
        dialog.accept()  # refused: stays open with the reason under the amount
        shown["plan"] = dialog.form.rows["amount"].error.text()
        dialog.amount_edit.setText("60000")
        dialog.accept()
    on_modal(too_much)
    screen.add_plan()
    assert "40,000.00" not in shown["plan"] and "100,000.00" in shown["plan"]  # at most the contract is left
    qtbot.waitUntil(lambda: screen.plans.rowCount() == 1, timeout=5000)

    def overpay(dialog):
        assert isinstance(dialog, PaymentDialog)
        dialog.amount_edit.setText("60000.01")
        dialog.accept()
        shown["payment"] = dialog.form.rows["amount"].error.text()
        dialog.overpayment.setChecked(True)
        dialog.accept()
    on_modal(overpay)
    screen.record_payment()
    assert "60,000.00" in shown["payment"]  # what is open on the instalment
    qtbot.waitUntil(lambda: screen.payments.rowCount() == 1, timeout=5000)
    assert screen.detail.received == 60000_01
    qtbot.waitUntil(lambda: any(screen.list.item(r, 5).text() == "60.0%" for r in range(screen.list.rowCount())),
                    timeout=5000)
    out = tmp_path / "合同.pdf"
    screen.write_pdf(str(out))
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert screen.detail.customer_name in text and screen.detail.number in text


def test_an_approval_round_trip_through_my_approvals(qtbot, window):
    db = window.service.db
    approvals = ApprovalService(db, window.service.actor)
    approvals.save_flow(None, {"name": "大额合同", "entity": "contract", "threshold": 50000_00,
                               "steps": ["administrator"]})
    _screen(qtbot, window, window.contracts)
    screen, _customer = _new_contract(qtbot, window, "大额合同一", "80000")
    assert screen.detail.status == "pending"
    with qtbot.waitSignal(window.reminders.status, timeout=5000) as notified:
        window.reminders.check_tasks()  # what the minute timer does: the approver hears of it
    assert "大额合同一" in notified.args[0]
    inbox_screen = window.approvals
    window.show_screen(inbox_screen)
    qtbot.waitUntil(lambda: inbox_screen.inbox.rowCount() == 1, timeout=5000)
    assert "大额合同一" in inbox_screen.inbox.item(0, 1).text()
    inbox_screen.inbox.selectRow(0)
    qtbot.mouseClick(inbox_screen.findChild(QPushButton, "rejectButton"),
                     Qt.MouseButton.LeftButton)
    assert inbox_screen.inbox.rowCount() == 1 and inbox_screen.message.text()  # a rejection needs a comment
    type_text(qtbot, inbox_screen.comment, "OK")
    qtbot.mouseClick(inbox_screen.findChild(QPushButton, "approveButton"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox_screen.inbox.rowCount() == 0, timeout=5000)
    contract = window.contracts.contracts.get(screen.contract_id)
    assert contract.status == "active"
    assert inbox_screen.mine.rowCount() == 1 and "OK" in inbox_screen.mine.item(0, 4).text()


def test_the_contract_list_shows_whole_numbers_and_names(qtbot, window):
    """Every column had an equal share: on a laptop-wide window the number and the customer were cut
    ('HT20261202-0…', '合肥万邦瑞丰建…') beside a half-empty status column."""
    window.resize(1280, 760)
    window.show()
    screen = _screen(qtbot, window, window.contracts)
    screen, customer = _new_contract(qtbot, window, "年度维保合同", "86000")
    table = screen.list
    qtbot.waitUntil(lambda: table.horizontalHeader().sectionSize(0) > 0)
    metrics = table.fontMetrics()
    row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == "年度维保合同")
    for column in (0, 2):  # the number, the customer
        text = table.item(row, column).text()
        assert table.horizontalHeader().sectionSize(column) >= metrics.horizontalAdvance(text) + 6, (column, text)
