"""Drive the real main window as a user would: create, edit, search, delete, restore and undo a customer."""

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QLabel, QLineEdit, QMessageBox, QPushButton, QTabWidget,
                               QWidget)

from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.domain.sort_keys import pinyin_key
from crm_desktop.ui.customers.form import CustomerDialog

from .conftest import on_modal, type_text


def wait_loaded(qtbot, window, action):
    with qtbot.waitSignal(window.customers.model.loaded, timeout=10000):
        action()


def search_for(qtbot, window, text):
    box = window.customers.search
    box.clear()
    wait_loaded(qtbot, window, lambda: type_text(qtbot, box, text))


def activate(qtbot, window):
    """Shortcuts go to the active window; after a modal dialog closes, make sure that is the main one."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def names(window):
    model = window.customers.model
    return [model.row_value(r).name for r in range(model.rowCount())]


def field(dialog, name) -> QLineEdit:
    """A field's text editor (for a combo box where any text may be typed, its line edit)."""
    editor = dialog.findChild(QWidget, f"field_{name}")
    return editor.lineEdit() if isinstance(editor, QComboBox) else editor


def test_main_window_has_menus_toolbar_navigation_and_status(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert len(titles) == 5
    # The administrator also gets the audit trail and administration screens.
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == \
        ["Customers", "Recycle bin", "Dashboard", "Reports",
         "Churn warnings", "Public pool", "Leads", "Opportunities", "Agenda", "Service desk",
         "Knowledge base", "Products",
         "Contracts", "Performance", "Marketing", "Automation", "My approvals", "Audit trail", "Administration",
         "Sync conflicts"]
    assert window.customers.count_label.text().startswith("600")
    assert "系统管理员" in window.user_label.text()
    shortcuts = {a.objectName(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["actionNewCustomer"] == "Ctrl+N" and shortcuts["actionFind"] == "Ctrl+F"
    assert shortcuts["actionUndo"] == "Ctrl+Z" and shortcuts["actionDelete"] == "Del"
    assert shortcuts["actionRefresh"] == "F5"


def test_customer_lifecycle_through_the_gui(qtbot, window, monkeypatch):
    screen = window.customers
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    # Create with Ctrl+N; a bad phone first shows an inline error and saves nothing.
    def create(dialog: CustomerDialog):
        type_text(qtbot, field(dialog, "name"), "测试新客户有限公司")
        type_text(qtbot, field(dialog, "phone"), "12345")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        error = field(dialog, "phone").parent().findChild(QLabel, "fieldError")
        assert error.isVisible() and error.text()
        assert dialog.customer_id is None and dialog.isVisible()
        field(dialog, "phone").clear()
        type_text(qtbot, field(dialog, "phone"), "139 8888 7777")
        type_text(qtbot, field(dialog, "city"), "宁波")  # not in the list: typed text stands
        type_text(qtbot, dialog.tags_edit, "VIP, 展会")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert dialog.customer_id is not None and not error.isVisible()
        # Contacts and follow-ups on the new customer.
        on_modal(lambda contact: (type_text(qtbot, contact.name, "欧阳娜娜"),
                                  type_text(qtbot, contact.phone, "13700001111"), contact.accept()))
        qtbot.mouseClick(dialog.findChild(QPushButton, "addContact"), Qt.MouseButton.LeftButton)
        assert dialog.contacts.rowCount() == 1 and dialog.contacts.item(0, 0).text() == "欧阳娜娜"
        dialog.tabs.setCurrentIndex(2)
        type_text(qtbot, dialog.activity_text, "电话沟通报价")
        qtbot.mouseClick(dialog.findChild(QPushButton, "addActivity"), Qt.MouseButton.LeftButton)
        assert dialog.activities.rowCount() == 1
        assert dialog.activities.item(0, 2).text() == "电话沟通报价"
        dialog.reject()

    screen.view.setFocus()
    on_modal(create)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 601, timeout=10000)

    # Search as you type (name, then a contact's name) finds it.
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert screen.search.hasFocus()
    search_for(qtbot, window, "测试新客户")
    assert names(window) == ["测试新客户有限公司"]
    search_for(qtbot, window, "欧阳娜娜")
    assert names(window) == ["测试新客户有限公司"]

    # Edit: open with a double click, change the city, save.
    def edit(dialog: CustomerDialog):
        assert field(dialog, "phone").text() == "139 8888 7777"
        assert dialog.tags_edit.text() == "VIP, 展会"
        field(dialog, "city").clear()
        type_text(qtbot, field(dialog, "city"), "杭州")
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
        assert dialog.result() == QDialog.DialogCode.Accepted

    on_modal(edit)
    rect = screen.view.visualRect(screen.model.index(0, 0))
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        # A real double click: QTest's double-click event alone lacks the press that precedes it.
        qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert screen.model.row_value(0).city == "杭州"

    # Delete with the Del key: gone from the list, into the recycle bin.
    activate(qtbot, window)
    screen.select_row(0)
    screen.view.setFocus()
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.keyClick(screen.view, Qt.Key.Key_Delete)
    assert screen.model.rowCount() == 0
    window.nav.setCurrentRow(1)
    bin_view = window.recycle_bin.view
    qtbot.waitUntil(lambda: window.recycle_bin.model.rowCount() == 1, timeout=10000)
    assert window.recycle_bin.model.rows[0].name == "测试新客户有限公司"

    # Restore from the bin.
    bin_view.selectRow(0)
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.mouseClick(window.recycle_bin.restore_button, Qt.MouseButton.LeftButton)
    assert names(window) == ["测试新客户有限公司"]
    qtbot.waitUntil(lambda: window.recycle_bin.model.rowCount() == 0, timeout=10000)

    # Ctrl+Z undoes the restore (back in the bin), then the delete (back in the list).
    window.nav.setCurrentRow(0)
    activate(qtbot, window)
    screen.view.setFocus()
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.model.rowCount() == 0
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert names(window) == ["测试新客户有限公司"]
    # The next undo reverts the city edit.
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert screen.model.row_value(0).city == "宁波"
    assert "宁波" not in window.statusBar().currentMessage()
    assert window.statusBar().currentMessage()


def test_filter_combos_narrow_the_list(qtbot, window):
    screen = window.customers
    qtbot.waitUntil(lambda: screen.city.count() > 1, timeout=10000)
    index = screen.city.findText("杭州")
    wait_loaded(qtbot, window, lambda: screen.city.setCurrentIndex(index))
    expected = screen.service.count(CustomerFilter(city="杭州"))
    assert 0 < screen.model.rowCount() == expected
    assert {screen.model.row_value(r).city for r in range(screen.model.rowCount())} == {"杭州"}


def test_header_click_sorts_in_sql_and_unsortable_columns_say_so(qtbot, window):
    screen = window.customers
    header = screen.view.horizontalHeader()
    city_col = screen.model.column_for("city")
    rect_x = header.sectionViewportPosition(city_col) + 5
    wait_loaded(qtbot, window, lambda: qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                                                        pos=header.rect().center().__class__(rect_x, 5)))
    assert screen.model.order.key == "city" and not screen.model.order.descending
    cities = [screen.model.row_value(r).city for r in range(100)]
    assert len(set(cities)) > 1 and cities == sorted(cities, key=pinyin_key)  # 北京, 长沙 (chang), 成都
    wait_loaded(qtbot, window, lambda: screen._header_clicked(city_col))
    assert screen.model.order.descending
    screen._header_clicked(1)  # phone: not sortable
    assert screen.model.order.key == "city"
    assert window.statusBar().currentMessage()


def test_window_and_column_layout_are_remembered(qtbot, make_window, demo_service, tmp_path):
    settings_path = tmp_path / "layout.ini"
    first = make_window(demo_service, settings_path)
    first.resize(760, 560)
    header = first.customers.view.horizontalHeader()
    header.resizeSection(0, 333)
    header.moveSection(3, 1)
    wait_loaded(qtbot, first, lambda: first.customers._header_clicked(first.customers.model.column_for("city")))
    first.close()
    second = make_window(demo_service, settings_path)
    assert (second.width(), second.height()) == (760, 560)
    header2 = second.customers.view.horizontalHeader()
    assert header2.sectionSize(0) == 333 and header2.visualIndex(3) == 1
    assert second.customers.model.order.key == "city"


def test_undo_with_nothing_to_undo_says_so(qtbot, window):
    window.undo()
    assert window.statusBar().currentMessage() == "Nothing to undo."


def test_dialog_tabs_for_a_new_customer_wait_for_the_first_save(qtbot, window):
    dialog = CustomerDialog(window.customers.service, window.bus, None, {}, window)
    qtbot.addWidget(dialog)
    tabs = dialog.findChild(QTabWidget)
    assert not tabs.isTabEnabled(1) and not tabs.isTabEnabled(2)


def test_a_search_that_finds_nothing_says_so_and_one_click_shows_everyone_again(qtbot, window):
    screen = window.customers
    everyone = screen.model.rowCount()
    assert everyone > 0 and not screen.empty.isVisible()
    qtbot.waitUntil(lambda: screen.city.count() > 1, timeout=10000)
    wait_loaded(qtbot, window, lambda: screen.city.setCurrentIndex(screen.city.findText("杭州")))
    search_for(qtbot, window, "没有这个客户")
    assert screen.model.rowCount() == 0 and screen.empty.isVisible()
    assert screen.empty.message.text() == "No customer matches “没有这个客户”."
    assert screen.empty.geometry() == screen.view.viewport().rect()  # over the rows, under the header
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.mouseClick(screen.empty.button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == everyone and not screen.empty.isVisible()
    assert screen.search.text() == "" and screen.city.currentIndex() == 0
    assert screen.current_filter() == CustomerFilter()


def test_filters_alone_that_match_nobody_offer_to_clear_them(qtbot, window):
    screen = window.customers
    qtbot.waitUntil(lambda: screen.city.count() > 1, timeout=10000)
    nobody = {"created_from": datetime(1990, 1, 1), "created_to": datetime(1990, 1, 2)}  # a dashboard drill-down
    wait_loaded(qtbot, window, lambda: screen.set_drill(nobody, "1990-01-01"))
    assert screen.empty.isVisible() and screen.empty.message.text() == "No customer matches these filters."
    assert screen.empty.button.text() == "Clear the filters"
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.empty.button.click()
    assert screen.model.rowCount() > 0 and not screen.drill_bar.isVisible() and not screen.empty.isVisible()


def test_an_empty_database_invites_the_first_customer(qtbot, make_window, service):
    window = make_window(service)
    screen = window.customers
    assert screen.model.rowCount() == 0 and screen.empty.isVisible()
    assert "Ctrl+Shift+I" in screen.empty.message.text() and screen.empty.button.isVisible()
    opened = []
    on_modal(lambda dialog: (opened.append(type(dialog)), dialog.reject()))
    qtbot.mouseClick(screen.empty.button, Qt.MouseButton.LeftButton)  # returns when the dialog is closed
    assert opened == [CustomerDialog]


def test_escape_clears_the_search_and_down_goes_to_the_results(qtbot, window):
    screen = window.customers
    everyone = screen.model.rowCount()
    search_for(qtbot, window, "北京")
    narrowed = screen.model.rowCount()
    assert 0 < narrowed < everyone
    qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    assert screen.view.hasFocus() and screen.selected_ids() == [screen.model.row_value(0).id]
    screen.search.setFocus()
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.keyClick(screen.search, Qt.Key.Key_Escape)
    assert screen.search.text() == "" and screen.model.rowCount() == everyone


def test_down_right_after_typing_selects_the_first_row_of_the_new_results(qtbot, window):
    screen = window.customers
    screen.search.setFocus()
    qtbot.keyClicks(screen.search, "c1")  # the search delay has not run out yet
    with qtbot.waitSignal(screen.model.first_page, timeout=10000):
        qtbot.keyClick(screen.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: bool(screen.selected_ids()), timeout=5000)
    assert screen.model.filter.search == "c1"
    assert screen.selected_ids() == [screen.model.row_value(0).id]
    assert "c1" in screen.model.row_value(0).email


def test_an_owner_filter_stays_chosen_when_the_filter_lists_are_read_again(qtbot, window):
    """A new tag or user reloads the filter lists with fresh ids from the database; the owner chosen before
    must still be the one shown (and the one the list is narrowed by)."""
    screen = window.customers
    qtbot.waitUntil(lambda: screen.owner.count() > 2, timeout=10000)
    wait_loaded(qtbot, window, lambda: screen.owner.setCurrentIndex(2))
    chosen, narrowed = screen.owner.currentData(), screen.model.rowCount()
    screen.load_options()
    qtbot.waitUntil(lambda: screen.owner.currentData() is not chosen, timeout=10000)  # the refilled list's own
    assert screen.owner.currentData() == chosen and screen.owner.currentIndex() == 2
    assert screen.current_filter() == screen.model.filter and screen.model.rowCount() == narrowed


def test_a_chosen_city_that_leaves_the_options_stays_shown_while_it_filters(qtbot, window):
    screen = window.customers
    qtbot.waitUntil(lambda: screen.city.count() > 1, timeout=10000)
    wait_loaded(qtbot, window, lambda: screen.city.setCurrentIndex(screen.city.findText("杭州")))
    options = dict(screen.options, cities=[c for c in screen.options["cities"] if c != "杭州"])
    screen._fill_options(options)  # as read again after the last customer in 杭州 moved away
    assert screen.city.currentText() == "杭州" and screen.city.currentData() == "杭州"
    assert screen.current_filter() == screen.model.filter
