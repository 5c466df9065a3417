"""Bulk actions from the Edit menu: on a selection, and on the whole filtered list after confirming; the
list reloads and the status bar says how many."""

from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.customer_filter import CustomerFilter
from tests.data.test_access import as_user
from tests.ui.test_main_window import search_for


def test_tag_a_selection_then_delete_the_whole_filter(qtbot, make_window, demo_db, monkeypatch):
    lina = as_user(demo_db, "lina")
    window = make_window(lina)
    screen = window.customers
    qtbot.waitUntil(lambda: screen.model.rowCount() > 3 and screen.model.is_loaded(2), timeout=10000)
    screen.view.selectRow(0)
    first = screen.model.row_value(0).id
    assert screen.bulk.start("add_tag", value="重点")
    qtbot.waitUntil(lambda: screen.bulk.task is None, timeout=10000)
    assert [t.label for t in lina.get(first).tags].count("重点") == 1
    search_for(qtbot, window, "有限公司")
    matching = lina.count(CustomerFilter(search="有限公司"))
    assert matching > 0
    screen.view.clearSelection()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert screen.bulk.start("delete", value=True)
    qtbot.waitUntil(lambda: screen.bulk.task is None, timeout=20000)
    assert lina.count(CustomerFilter(search="有限公司")) == 0
    assert [a.isEnabled() for a in screen.bulk.actions.values()] == [True, True, True, True, True]


def test_a_bulk_action_on_an_empty_list_asks_nothing_and_says_so(qtbot, make_window, demo_db, monkeypatch):
    window = make_window(as_user(demo_db, "lina"))
    screen = window.customers
    search_for(qtbot, window, "没有这个客户")
    asked, said = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    screen.bulk.status.connect(said.append)
    assert not screen.bulk.start("delete", value=True)
    assert asked == [] and screen.bulk.task is None
    assert said == ["The list shows no customer: there is nothing to apply a bulk action to."]
