"""Find duplicates and merge through the dialog: the groups arrive in the background, a field's value is
chosen from the other customer, the merge lands and Ctrl+Z in the main window undoes it."""

from PySide6.QtCore import Qt

from tests.data.test_access import as_user
from tests.ui.test_main_window import activate


def test_merge_two_duplicates_from_the_dialog_and_undo(qtbot, make_window, demo_db):
    lina = as_user(demo_db, "lina")
    keep, _ = lina.create({"name": "温州瓯江鞋业有限公司", "mobile": "13866667777", "city": "温州"})
    other, _ = lina.create({"name": "瓯江鞋业", "mobile": "138 6666 7777", "website": "www.oujiang.cn"})
    window = make_window(lina)
    dialog = window.customers.find_duplicates()
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=10000)
    row = next(i for i, g in enumerate(dialog.groups) if {keep, other} == {c for c, _n in g.customers})
    dialog.list.setCurrentRow(row)
    dialog.survivor.setCurrentIndex(dialog.survivor.findData(str(keep)))
    website = dialog.fields["website"]
    website.setCurrentIndex(website.findData("www.oujiang.cn"))
    dialog.merge_button.click()
    assert "Merged 1 customer" in dialog.status.text()
    assert lina.get(keep).website == "www.oujiang.cn" and lina.get(other).deleted_at is not None
    dialog.close()
    activate(qtbot, window)
    window.customers.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: lina.get(other).deleted_at is None, timeout=5000)
    assert lina.get(keep).website == ""


def test_merge_two_contacts_in_the_customer_dialog(qtbot, demo_db):
    from PySide6.QtCore import QItemSelectionModel

    from crm_desktop.ui.bus import ChangeBus
    from crm_desktop.ui.customers.form import CustomerDialog
    lina = as_user(demo_db, "lina")
    cid, _ = lina.create({"name": "联系人合并测试公司"})
    lina.add_contact(cid, {"name": "周敏", "mobile": "13700005555"})
    lina.add_contact(cid, {"name": "周敏(采购)", "email": "zhoumin@example.cn", "title": "采购经理"})
    dialog = CustomerDialog(lina, ChangeBus(), cid, lina.filter_options())
    qtbot.addWidget(dialog)
    assert dialog.merge_contacts_button.isEnabled()
    assert not dialog.merge_contacts()  # nothing selected: says so
    selection = dialog.contacts.selectionModel()
    for row in range(dialog.contacts.rowCount()):
        selection.select(dialog.contacts.model().index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    keep_row = next(r for r in range(2) if dialog.contacts.item(r, 0).text() == "周敏")
    assert dialog.merge_contacts(survivor_row=keep_row)
    contacts = lina.get(cid).contacts
    assert [(c.name, c.email, c.title, c.mobile) for c in contacts] == [
        ("周敏", "zhoumin@example.cn", "采购经理", "137 0000 5555")]
