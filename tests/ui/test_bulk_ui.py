"""Bulk actions from the Edit menu: on a selection, and on the whole filtered list after confirming; the
list reloads and the status bar says how many."""

from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.domain.sort_keys import pinyin_key
from tests.data.test_access import as_user
from tests.ui.test_main_window import search_for


def _first_row_selected(qtbot, screen):
    """The customer list loaded (its filter options too) with its first row selected; that customer's id."""
    qtbot.waitUntil(lambda: screen.model.rowCount() > 3 and screen.model.is_loaded(2)
                    and bool(screen.options.get("tags")), timeout=10000)
    screen.view.selectRow(0)
    return screen.model.row_value(0).id


def test_tag_a_selection_then_delete_the_whole_filter(qtbot, make_window, demo_db, monkeypatch):
    lina = as_user(demo_db, "lina")
    window = make_window(lina)
    screen = window.customers
    first = _first_row_selected(qtbot, screen)
    assert screen.bulk.start("add_tag", value="重点客户")
    qtbot.waitUntil(lambda: screen.bulk.task is None, timeout=10000)
    assert [t.label for t in lina.get(first).tags].count("重点客户") == 1
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


def _second_zhangwei_and_a_leaver(demo_db):
    """A second 张伟 (a common name) and a deactivated user, created by the administrator."""
    from crm_desktop.services.organisation import OrganisationService
    org = OrganisationService(demo_db, as_user(demo_db, "admin").actor)
    dept = org.list_departments()[0].id
    namesake, _ = org.create_user("zhangwei2", "张伟", dept, roles=("sales_rep",))
    leaver, _ = org.create_user("leaver", "钱离职", dept, roles=("sales_rep",))
    org.set_active(leaver, False)
    return namesake, leaver


def test_owners_are_told_apart_and_only_active_ones_are_offered(qtbot, make_window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    namesake, leaver = _second_zhangwei_and_a_leaver(demo_db)
    admin = as_user(demo_db, "admin")
    owners = admin.filter_options()["owners"]
    labels = [o.label for o in owners]
    # Pinyin order of the names (钱 qian before 王 wang before 张 zhang), the two 张伟 told apart by login.
    assert labels.index("钱离职") < labels.index("王芳") < labels.index("张伟 (zhangwei)") < labels.index(
        "张伟 (zhangwei2)")
    assert "张伟" not in labels and not next(o for o in owners if o.id == leaver).active
    window = make_window(admin)
    screen = window.customers
    qtbot.waitUntil(lambda: screen.owner.count() == len(owners) + 1, timeout=10000)
    assert "钱离职 (deactivated)" in [screen.owner.itemText(i) for i in range(screen.owner.count())]
    first = _first_row_selected(qtbot, screen)
    offered = []

    def pick(_parent, _title, _label, items, *_args, **_kw):
        offered.extend(items)
        return "张伟 (zhangwei2)", True
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    screen.bulk.actions["assign_owner"].trigger()
    qtbot.waitUntil(lambda: screen.bulk.task is None, timeout=10000)
    assert "钱离职" not in offered and {"张伟 (zhangwei)", "张伟 (zhangwei2)"} <= set(offered)
    assert admin.get(first).owner_id == namesake


def test_remove_tag_offers_the_tags_there_are(qtbot, make_window, demo_db, monkeypatch):
    from PySide6.QtWidgets import QInputDialog
    lina = as_user(demo_db, "lina")
    window = make_window(lina)
    screen = window.customers
    first = _first_row_selected(qtbot, screen)
    assert screen.bulk.start("add_tag", value="展会")
    qtbot.waitUntil(lambda: screen.bulk.task is None, timeout=10000)
    assert "展会" in [t.label for t in lina.get(first).tags]
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda _p, _t, _l, items, *a, **k: offered.extend(items) or ("展会", True)))
    screen.view.selectRow(0)
    assert screen.model.row_value(0).id == first
    screen.bulk.actions["remove_tag"].trigger()
    qtbot.waitUntil(lambda: screen.bulk.task is None, timeout=10000)
    assert "展会" in offered and offered == sorted(offered, key=lambda t: (pinyin_key(t), t))
    assert "展会" not in [t.label for t in lina.get(first).tags]


def test_add_tag_offers_the_tags_there_are_and_takes_a_new_one(qtbot, make_window, demo_db):
    """A sales manager may make tags (tags.create): a rep picks from the tags there are (test_tags_ui)."""
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog
    lina = as_user(demo_db, "zhangwei")
    window = make_window(lina)
    screen = window.customers
    first = _first_row_selected(qtbot, screen)
    before = [t.label for t in screen.options["tags"]]
    seen = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not (isinstance(dialog, QInputDialog) and dialog.objectName() == "bulkTagDialog"):
            seen.append((None, dialog))  # (asserted below: an exception here would abort the test run)
            dialog.reject()
            return
        combo = dialog.findChild(QComboBox)
        seen.append(([combo.itemText(i) for i in range(combo.count())], dialog.textValue(), dialog.labelText()))
        typed = QInputMethodEvent()  # what a Chinese input method delivers when the user picks 新标签
        typed.setCommitString("新标签")
        QApplication.sendEvent(combo.lineEdit(), typed)
        qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    QTimer.singleShot(200, answer)
    screen.bulk.actions["add_tag"].trigger()
    qtbot.waitUntil(lambda: screen.bulk.task is None and bool(seen), timeout=10000)
    (items, prefilled, label), = seen
    assert items == before and "新标签" not in before and label == "Tag name (an existing one, or a new one):"
    assert prefilled == ""  # nothing chosen for the user
    assert "新标签" in [t.label for t in lina.get(first).tags]
