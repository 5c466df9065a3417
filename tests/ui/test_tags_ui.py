"""Administration > Tags driven like a user would: a new tag, a rename that every customer shows, a rename onto
another tag's name that merges them (in the background), and a delete with its confirmation; a rep's
customer form names the tags that do not exist yet."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.ui.admin import AdminScreen
from crm_desktop.ui.bus import ChangeBus
from tests.data.test_access import as_user as customer_service_for
from tests.data.test_organisation import as_user
from tests.data.test_tags import _carrying, _tag_customers
from tests.ui.conftest import on_modal, type_text
from tests.ui.test_admin_ui import activate, error_under, select


def _open_tags(qtbot, tasks, demo_db, login="admin"):
    screen = AdminScreen(as_user(demo_db, login), tasks, ChangeBus())
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.tags.loaded, timeout=10000):
        screen.show()
    activate(qtbot, screen)
    screen.tabs.setCurrentWidget(screen.tags)
    screen.tags.screen_ref = screen  # the screen has no parent: keep it alive as long as the tab is used
    return screen.tags


def _names(tab) -> list[str]:
    return [r.name for r in tab.model.rows]


def test_add_rename_and_delete_a_tag(qtbot, tasks, demo_db):
    tagged = set(_tag_customers(demo_db, "admin", {"展会": 0, "年会": 4})["年会"])
    tab = _open_tags(qtbot, tasks, demo_db)
    assert next(r for r in tab.model.rows if r.name == "年会").customers == 4
    tab.view.setFocus()
    qtbot.keyClick(tab.view, Qt.Key.Key_Insert)
    dialog = tab.dialog
    type_text(qtbot, dialog.name, "华东，华南")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert error_under(dialog, "name") == "A tag cannot contain a comma, a semicolon or 、."
    dialog.name.clear()
    type_text(qtbot, dialog.name, "战略合作")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.current() is not None and tab.current().name == "战略合作", timeout=10000)

    activate(qtbot, tab.screen_ref)  # back from the dialog
    select(qtbot, tab, lambda r: r.name == "年会")
    qtbot.keyClick(tab.view, Qt.Key.Key_F2)
    assert tab.dialog.windowTitle() == "Rename tag" and tab.dialog.name.text() == "年会"
    tab.dialog.name.clear()
    type_text(qtbot, tab.dialog.name, "年会邀请")
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "年会" not in _names(tab), timeout=10000)
    assert "年会邀请" in _names(tab)
    reader = customer_service_for(demo_db, "admin")
    assert all("年会邀请" in [t.label for t in reader.get(c).tags] for c in tagged)

    activate(qtbot, tab.screen_ref)
    select(qtbot, tab, lambda r: r.name == "年会邀请")
    asked = []

    def answer_yes(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    on_modal(answer_yes)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: "年会邀请" not in _names(tab), timeout=10000)
    assert asked == ["Take the tag 年会邀请 off its 4 customer(s) and delete it?"]
    assert _carrying(demo_db, "年会邀请") == set()
    assert tab.job is None  # the job is over: actions work again
    select(qtbot, tab, lambda r: r.name == "战略合作")
    assert tab.delete_action.isEnabled() and tab.edit_action.isEnabled()


def test_renaming_onto_another_tag_merges_them_after_asking(qtbot, tasks, demo_db):
    tagged = _tag_customers(demo_db, "admin", {"会展": 3})["会展"]
    before = _carrying(demo_db, "展会")
    tab = _open_tags(qtbot, tasks, demo_db)
    select(qtbot, tab, lambda r: r.name == "会展")
    qtbot.keyClick(tab.view, Qt.Key.Key_Return)
    tab.dialog.name.clear()
    type_text(qtbot, tab.dialog.name, "展会")
    asked = []

    def answer_no(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    on_modal(answer_no)
    qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)
    assert asked == ["A tag named 展会 already exists. Merge 会展 into it? Its 3 customer(s) will carry 展会 "
                     "instead, and 会展 is deleted."]
    assert error_under(tab.dialog, "name") == "A tag named 展会 already exists." and tab.dialog.isVisible()

    on_modal(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    with qtbot.waitSignal(tab.status, timeout=10000) as said:
        qtbot.mouseClick(tab.dialog.save_button, Qt.MouseButton.LeftButton)
    assert said.args == ["Merged 会展 into 展会: 3 customer(s)."]
    qtbot.waitUntil(lambda: "会展" not in _names(tab), timeout=10000)
    assert _carrying(demo_db, "展会") == before | set(tagged)


def test_a_manager_manages_tags_and_a_reps_form_names_the_unknown_ones(qtbot, tasks, demo_db):
    from crm_desktop.ui.customers.form import CustomerDialog
    manager_tab = _open_tags(qtbot, tasks, demo_db, "zhangwei")  # a sales manager: tags:*, his departments only
    assert manager_tab.new_action.isEnabled()
    select(qtbot, manager_tab, lambda r: r.name == "VIP")
    assert manager_tab.edit_action.isEnabled() and not manager_tab.delete_action.isEnabled()
    lina = customer_service_for(demo_db, "lina")
    cid = lina.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0].id
    dialog = CustomerDialog(lina, ChangeBus(), cid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tags_edit.clear()
    type_text(qtbot, dialog.tags_edit, "VIP, 我的新标签")
    assert dialog.save() is False
    assert error_under(dialog, "tags") == ("No such tag yet: 我的新标签. Pick one of the existing tags; new tags are "
                                           "added by those who may (Administration > Tags).")
    assert "我的新标签" not in [t.label for t in lina.get(cid).tags]
    new = CustomerDialog(lina, ChangeBus(), None, lina.filter_options())  # a new customer: nothing is created
    qtbot.addWidget(new)
    new.show()
    type_text(qtbot, new.editors["name"], "标签未建成功有限公司")
    type_text(qtbot, new.tags_edit, "我的新标签")
    assert new.save() is False and new.customer_id is None and error_under(new, "tags").startswith("No such tag")
    assert lina.search("标签未建成功", limit=5) == []


def test_the_tags_field_completes_the_part_after_the_last_comma(qtbot, demo_db):
    from crm_desktop.ui.customers.form import CustomerDialog
    lina = customer_service_for(demo_db, "lina")
    cid = lina.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0].id
    dialog = CustomerDialog(lina, ChangeBus(), cid, lina.filter_options())
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)  # the line edit hands its completer's pick over only while it has the focus
    dialog.tags_edit.clear()
    type_text(qtbot, dialog.tags_edit, "VIP, 客户")
    completer = dialog.tags_edit.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=5000)
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionCount())]
    assert offered == ["老客户", "新客户", "重点客户"]  # "客户" anywhere in the tag, in pinyin order
    popup = completer.popup()
    rect = popup.visualRect(completer.completionModel().index(offered.index("重点客户"), 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.tags_edit.text() == "VIP, 重点客户"
    assert dialog.save() is True and sorted(t.label for t in lina.get(cid).tags) == ["VIP", "重点客户"]
    dialog = CustomerDialog(lina, ChangeBus(), cid, lina.filter_options())  # separated as an import would be
    qtbot.addWidget(dialog)
    dialog.tags_edit.clear()
    type_text(qtbot, dialog.tags_edit, "VIP；展会、老客户")
    assert dialog.save() is True and sorted(t.label for t in lina.get(cid).tags) == ["VIP", "展会", "老客户"]
