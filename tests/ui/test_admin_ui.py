"""The Administration screen driven like a user would: keys, typing and clicks, against a real demo database
with loads on the real background runner. Writes go through the service and come back through the bus."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton

from crm_desktop.domain.access import all_permissions
from crm_desktop.ui.admin import AdminScreen
from crm_desktop.ui.admin.departments import DepartmentModel
from crm_desktop.ui.admin.roles import RoleModel
from crm_desktop.ui.admin.users import UserModel
from crm_desktop.ui.bus import ChangeBus
from tests.data.test_access import as_user as customer_service_for
from tests.data.test_organisation import as_user
from tests.ui.conftest import answer_next_question, on_modal, type_text


@pytest.fixture
def open_admin(qtbot, tasks, demo_db):
    def make(login: str) -> AdminScreen:
        screen = AdminScreen(as_user(demo_db, login), tasks, ChangeBus())
        qtbot.addWidget(screen)
        with qtbot.waitSignals([screen.departments.loaded, screen.users.loaded, screen.roles.loaded],
                               timeout=10000):
            screen.show()
        activate(qtbot, screen)
        return screen
    return make


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def rows(tab) -> list:
    return tab.model.rows


def select(qtbot, tab, predicate) -> None:
    """Click the first row matching predicate, as the user would."""
    view, proxy = tab.view, tab.proxy
    for r in range(proxy.rowCount()):
        row = tab.model.rows[proxy.mapToSource(proxy.index(r, 0)).row()]
        if predicate(row):
            view.scrollTo(proxy.index(r, 0))
            rect = view.visualRect(proxy.index(r, 0))
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            assert tab.current() == row
            return
    raise AssertionError("no such row")


def error_under(dialog, field: str) -> str:
    row = dialog.form.rows[field]
    return row.error.text() if row.error.isVisible() else ""


def test_create_a_department_through_the_dialog(qtbot, open_admin):
    screen = open_admin("admin")
    tab = screen.departments
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)  # Ins: New
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.parent_combo.setCurrentIndex(dialog.parent_combo.findText("总部 / 华东销售部"))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no name yet
    assert error_under(dialog, "name") == "This field is required." and dialog.isVisible()
    type_text(qtbot, dialog.name, "上海销售组")  # already under 华东销售部
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error_under(dialog, "name") == "This is already taken; choose another."
    dialog.name.clear()
    type_text(qtbot, dialog.name, "杭州销售组")
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    created = next(d for d in rows(tab) if d.name == "杭州销售组")
    assert created.path == "总部 / 华东销售部 / 杭州销售组"
    assert tab.current() == created  # the new row is selected
    # The users tab reloaded too: its department choices include the new one.
    qtbot.waitUntil(lambda: any(d.name == "杭州销售组" for d in screen.users.departments), timeout=10000)


def test_a_department_cannot_be_offered_as_its_own_parent_and_in_use_delete_is_refused(qtbot, open_admin):
    screen = open_admin("admin")
    tab = screen.departments
    select(qtbot, tab, lambda d: d.name == "华东销售部")
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)  # F2: Edit
    choices = [tab.dialog.parent_combo.itemText(i) for i in range(tab.dialog.parent_combo.count())]
    assert "总部" in choices and not any("华东销售部" in c for c in choices)  # itself and its children
    tab.dialog.reject()
    seen = []

    def answer_yes(box):
        on_modal(refusal)
        box.button(QMessageBox.StandardButton.Yes).click()

    def refusal(box):
        seen.append(box.text())
        box.accept()

    on_modal(answer_yes)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == ["Still in use by 1 sub-department(s) and 2 active user(s); move or deactivate them first."]
    assert any(d.name == "华东销售部" for d in rows(tab))


def test_create_a_user(qtbot, open_admin):
    screen = open_admin("admin")
    screen.tabs.setCurrentWidget(screen.users)
    tab = screen.users
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: New
    dialog = tab.dialog
    type_text(qtbot, dialog.login, "zhou.min")
    type_text(qtbot, dialog.display_name, "周敏")
    dialog.department.setCurrentIndex(dialog.department.findText("总部 / 华东销售部"))
    dialog.manager.setCurrentIndex(dialog.manager.findText("张伟 (zhangwei)"))
    rep = next(dialog.roles.item(i) for i in range(dialog.roles.count())
               if dialog.roles.item(i).data(Qt.ItemDataRole.UserRole) == "sales_rep")
    dialog.roles.setFocus()
    dialog.roles.setCurrentItem(rep)
    qtbot.keyClick(dialog.roles, Qt.Key.Key_Space)  # ticks the current role
    assert rep.checkState() == Qt.CheckState.Checked
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    zhou = next(u for u in rows(tab) if u.login == "zhou.min")
    assert (zhou.display_name, zhou.department_name, zhou.manager_name, zhou.role_codes, zhou.active) == \
        ("周敏", "华东销售部", "张伟", ("sales_rep",), True)
    # A duplicate login is shown under the login field, and nothing is saved.
    activate(qtbot, screen)  # the offscreen platform does not hand activation back after a dialog closes
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    type_text(qtbot, tab.dialog.login, "ZHOU.MIN")
    type_text(qtbot, tab.dialog.display_name, "另一个周敏")
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert error_under(tab.dialog, "login") == "This is already taken; choose another."
    assert error_under(tab.dialog, "department_id") == "This field is required."
    asked = []
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    tab.dialog.reject()  # over what was typed: asks first
    assert asked and not tab.dialog.isVisible()


def test_edit_a_role_permission_and_save(qtbot, open_admin, demo_db):
    screen = open_admin("admin")
    screen.tabs.setCurrentWidget(screen.roles)
    tab = screen.roles
    select(qtbot, tab, lambda r: r.code == "sales_rep")
    assert "customers.export" not in tab.current().permissions
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)  # Enter: Edit
    dialog = tab.dialog
    box = dialog.checks[("customers", "export")]
    assert not box.isChecked() and ("audit", "delete") not in dialog.checks  # audit declares no delete
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    qtbot.mouseClick(dialog.findChild(QPushButton, "addRule"), Qt.MouseButton.LeftButton)
    dialog.rules_table.cellWidget(0, 0).setCurrentText("customer.phone")
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    saved = next(r for r in rows(tab) if r.code == "sales_rep")
    assert "customers.export" in saved.permissions and saved.field_rules == {"customer.phone": "MASKED"}
    assert tab.current() == saved
    assert customer_service_for(demo_db, "lina").can("customers", "export")  # a sales rep may export now


def test_the_administrator_role_form_keeps_every_permission(qtbot, open_admin):
    screen = open_admin("admin")
    tab = screen.roles
    select(qtbot, tab, lambda r: r.code == "administrator")
    tab.edit_action.trigger()
    dialog = tab.dialog
    assert not dialog.matrix.isEnabled() and dialog.permissions() == all_permissions()
    assert dialog.code.isReadOnly()
    dialog.reject()


def test_the_auditor_may_look_but_not_change(qtbot, open_admin):
    screen = open_admin("sunli")
    assert all(screen.tabs.isTabEnabled(i) for i in range(3))
    for tab in (screen.departments, screen.users, screen.roles):
        screen.tabs.setCurrentWidget(tab)
        assert rows(tab)
        select(qtbot, tab, lambda _row: True)
        assert not tab.new_action.isEnabled() and not tab.edit_action.isEnabled()
        assert not tab.delete_action.isEnabled()
        qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
        tab.view.doubleClicked.emit(tab.view.currentIndex())
        assert tab.dialog is None  # nothing opens
    assert not screen.users.activate_action.isEnabled()


def test_deactivate_and_activate_a_user_and_the_own_account_refusal(qtbot, open_admin):
    screen = open_admin("admin")
    tab = screen.users
    screen.tabs.setCurrentWidget(tab)
    select(qtbot, tab, lambda u: u.login == "wangfang")
    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        qtbot.keyClick(tab.view, Qt.Key.Key_Delete)  # Del: Deactivate, after a confirmation
    assert not tab.current().active and tab.model.index(tab.model.row_of(tab.current().id), 5).data() == "Inactive"
    assert tab.activate_action.isEnabled() and not tab.delete_action.isEnabled()
    with qtbot.waitSignal(tab.loaded, timeout=10000):
        tab.activate_action.trigger()
    assert tab.current().active
    activate(qtbot, screen)  # the offscreen platform does not hand activation back after a message box
    select(qtbot, tab, lambda u: u.login == "admin")
    seen = []

    def answer_yes(box):
        on_modal(lambda warning: (seen.append(warning.text()), warning.accept()))
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(answer_yes)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == ["You cannot deactivate your own account."]
    assert next(u for u in rows(tab) if u.login == "admin").active


def test_a_sales_rep_gets_no_administration(qtbot, tasks, demo_db):
    screen = AdminScreen(as_user(demo_db, "lina"), tasks, ChangeBus())
    qtbot.addWidget(screen)
    assert not any(screen.tabs.isTabEnabled(i) for i in range(3))
    assert not screen.tabs.isTabEnabled(screen.tabs.indexOf(screen.tags))  # she picks tags, she does not manage them
    assert tasks.busy == 0  # nothing was even asked of the database


def test_filter_narrows_the_list(qtbot, open_admin):
    screen = open_admin("admin")
    tab = screen.users
    screen.tabs.setCurrentWidget(tab)
    type_text(qtbot, tab.filter, "sales_rep")
    assert tab.proxy.rowCount() == 3  # lina, wangfang, chenjing
    tab.filter.clear()
    assert tab.proxy.rowCount() == len(rows(tab)) == 8


@pytest.mark.parametrize("kind", ["departments", "users", "roles"])
def test_every_model_passes_the_model_tester(qtmodeltester, demo_db, kind):
    service = as_user(demo_db, "admin")
    model, rows_now = {"departments": (DepartmentModel(), service.list_departments),
                       "users": (UserModel(), service.list_users),
                       "roles": (RoleModel(), service.list_roles)}[kind]
    model.set_rows(rows_now())
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    model.set_rows(rows_now()[1:])  # a reload resets the model while the tester watches
    model.set_rows([])


def test_dialog_cancel_button_closes_without_saving(qtbot, open_admin):
    screen = open_admin("admin")
    tab = screen.departments
    tab.new_action.trigger()
    type_text(qtbot, tab.dialog.name, "不会保存")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    qtbot.mouseClick(tab.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    assert asked == ["This form has changes that are not saved. Save them?"]
    assert not tab.dialog.isVisible()
    QApplication.processEvents()
    assert not any(d.name == "不会保存" for d in rows(tab))


def test_lists_keep_the_service_order_until_a_header_is_clicked(qtbot, open_admin):
    screen = open_admin("admin")
    tab = screen.departments
    shown = [tab.proxy.index(r, 1).data() for r in range(tab.proxy.rowCount())]
    assert shown == [d.path for d in screen.service.list_departments()]  # the tree, parents first
    assert shown[:3] == ["总部", "总部 / 华东销售部", "总部 / 华东销售部 / 上海销售组"]
    header = tab.view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(2) + 5, 5))  # the "Active users" header
    counts = [tab.proxy.index(r, 2).data() for r in range(tab.proxy.rowCount())]
    assert counts == sorted(counts) and counts != [d.user_count for d in screen.service.list_departments()]
