"""The audit trail screen driven like a user: filter, select an entry and read its changes, export."""

import csv

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.services.audit import AuditFilter
from crm_desktop.ui.audit.model import PAGE, AuditTableModel
from crm_desktop.ui.audit.screen import AuditScreen
from crm_desktop.ui.bus import ChangeBus
from tests.data.test_access import as_user
from tests.data.test_audit_service import audit_as


@pytest.fixture
def screen(qtbot, tasks, demo_db):
    lina = as_user(demo_db, "lina")
    own = lina.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0]
    lina.update(own.id, {"name": "审计界面测试有限公司"})
    bus = ChangeBus()
    widget = AuditScreen(audit_as(demo_db, "sunli"), tasks, bus)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    with qtbot.waitSignal(widget.model.counted, timeout=10000):
        widget.show()
    tasks.wait()
    qtbot.wait(20)
    widget.edited_id = own.id
    widget.lina = lina
    return widget


def test_the_audit_model_passes_the_model_tester(qtbot, qtmodeltester, demo_db, tasks):
    model = AuditTableModel(audit_as(demo_db, "sunli"), tasks)
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.apply(AuditFilter())
    tasks.wait()
    qtbot.wait(20)
    assert model.rowCount() == PAGE and model.total > PAGE  # one page, never all rows
    # One check: the tester stays connected and checks every later insert and reset as it happens.
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        qtmodeltester.check(model, force_py=True)  # its fetchMore() asks for the next page
    assert model.rowCount() == 2 * PAGE
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.apply(AuditFilter(entity="department"))
    tasks.wait()
    qtbot.wait(20)
    assert 0 < model.rowCount() == model.total < PAGE and not model.canFetchMore()


def test_the_screen_shows_one_page_first(screen):
    assert screen.model.rowCount() == PAGE and screen.model.total > PAGE
    assert screen.count_label.text() == f"{screen.model.total} entry(ies)"


def test_filter_select_and_read_an_entrys_changes(qtbot, screen, tasks):
    assert screen.user.count() > 1 and screen.entity.findData("customer") > 0
    screen.record.setText(str(screen.edited_id))
    screen.entity.setCurrentIndex(screen.entity.findData("customer"))
    with qtbot.waitSignal(screen.model.counted, timeout=10000):
        qtbot.mouseClick(screen.apply_button, Qt.MouseButton.LeftButton)
    model = screen.model
    assert model.rowCount() == 2 and screen.count_label.text() == "2 entry(ies)"
    assert {model.index(r, 4).data() for r in range(2)} == {str(screen.edited_id)}
    screen.select_row(0)
    assert model.index(0, 5).data() == "Changed"  # shown in words, not the stored "update"
    assert "Changed Customer" in screen.detail_title.text()
    cells = {screen.detail.item(r, 0).text(): (screen.detail.item(r, 1).text(), screen.detail.item(r, 2).text())
             for r in range(screen.detail.rowCount())}
    assert cells["name"][1] == "审计界面测试有限公司"
    screen.select_row(1)  # the seeder's create: the auditor sees the phone masked
    created = {screen.detail.item(r, 0).text(): screen.detail.item(r, 2).text()
               for r in range(screen.detail.rowCount())}
    assert "****" in created["phone"]

    screen.record.setText("xyz")  # not an id: said in the status bar, the list stays
    with qtbot.waitSignal(screen.status, timeout=2000) as said:
        screen.apply_filter()
    assert "record id" in said.args[0]
    with qtbot.waitSignal(screen.model.counted, timeout=10000):
        qtbot.mouseClick(screen.clear_button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == PAGE and screen.record.text() == ""


def test_scrolling_fetches_the_next_page(qtbot, screen):
    model = screen.model
    assert model.canFetchMore() and model.rowCount() == PAGE
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        screen.view.scrollToBottom()  # the view asks the model for more
    assert model.rowCount() == 2 * PAGE
    seqs = [model.row_value(r).seq for r in range(model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == len(seqs)


def test_new_writes_appear_when_the_bus_says_so(qtbot, screen):
    changes = screen.lina.update(screen.edited_id, {"name": "又改了一次"})
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.bus.publish(changes)
    assert screen.model.row_value(0).changes["name"][1] == "又改了一次"


def test_export_writes_the_filtered_trail(qtbot, screen, tmp_path, monkeypatch):
    target = tmp_path / "trail.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    screen.record.setText(screen.edited_id.hex)
    with qtbot.waitSignal(screen.model.counted, timeout=10000):
        screen.apply_filter()
    assert screen.export_button.isEnabled()
    with qtbot.waitSignal(screen.export_job.finished, timeout=10000) as done, \
            qtbot.waitSignal(screen.status, timeout=10000) as said:
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    written = done.args[0]
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][8:] == ["Field", "Old value", "New value"] and len(rows) - 1 == written > 0
    assert any(r[8] == "name" and r[10] == "审计界面测试有限公司" for r in rows[1:])
    assert str(written) in said.args[0] and str(target) in said.args[0]


def test_a_manager_without_audit_export_is_not_offered_it(qtbot, tasks, demo_db):
    # Sales managers have no audit.view; a custom role with audit.view but not audit.export.
    from crm_desktop.domain.access import Access, DataScope
    from crm_desktop.services.audit import AuditService
    actor = audit_as(demo_db, "zhangwei").actor
    widget = AuditScreen(AuditService(demo_db, actor, access=Access(actor.user_id, frozenset({"audit.view"}),
                                                                    DataScope.ALL)), tasks, ChangeBus())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.model.counted, timeout=10000):
        widget.show()
    assert not widget.export_button.isEnabled()
    tasks.wait()


def test_a_chosen_user_stays_chosen_when_the_choices_are_read_again(qtbot, screen, tasks):
    """The user list is read again (fresh, equal ids) after a change; the chosen user stays chosen."""
    qtbot.waitUntil(lambda: screen.user.count() > 2, timeout=10000)
    screen.user.setCurrentIndex(2)
    chosen = screen.user.currentData()
    screen.load_choices()
    tasks.wait()
    qtbot.waitUntil(lambda: screen.user.currentData() is not chosen, timeout=10000)  # the refilled list's own
    assert screen.user.currentData() == chosen and screen.user.currentIndex() == 2
