"""The public pool in the GUI: a rep releases a customer from her list with a reason, it shows in the pool,
a colleague claims it with Ctrl+Enter; an administrator sets a pool's rules and edits a classification
list; the customer form's region lists follow each other and its new fields save."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.services.pools import PoolService
from crm_desktop.ui.common.combos import find_data
from crm_desktop.ui.customers.form import CustomerDialog
from tests.data.test_access import as_user
from tests.ui.conftest import answer_next_question, type_text


def _select(view, rows):
    view.setFocus()
    selection = view.selectionModel()
    for r in rows:
        selection.select(view.model().index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_release_from_the_list_then_a_colleague_claims_it_from_the_pool(qtbot, make_window, demo_db):
    lina = make_window(as_user(demo_db, "lina"))
    screen = lina.customers
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and screen.model.is_loaded(0), timeout=10000)
    first = screen.model.row_value(0)
    _select(screen.view, [0])
    screen.release_selected("客户暂停采购")
    qtbot.waitUntil(lambda: not screen.model.is_loaded(0) or screen.model.row_value(0).id != first.id,
                    timeout=10000)
    pool = lina.pool
    type_text(qtbot, pool.search, first.name)
    qtbot.waitUntil(lambda: pool.model.rowCount() == 1 and pool.model.is_loaded(0), timeout=10000)
    assert pool.model.row_value(0).id == first.id and pool.model.row_value(0).owner_name == ""

    wang = make_window(as_user(demo_db, "wangfang"))
    wang.show_screen(wang.pool)
    type_text(qtbot, wang.pool.search, first.name)
    qtbot.waitUntil(lambda: wang.pool.model.rowCount() == 1 and wang.pool.model.is_loaded(0), timeout=10000)
    _select(wang.pool.view, [0])
    qtbot.keyClick(wang.pool.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: wang.pool.model.rowCount() == 0, timeout=10000)
    assert "Claimed 1 customer" in wang.pool.message.text()
    owned = wang.customers.service.count(CustomerFilter(search=first.name))
    assert owned == 1


def test_a_refused_claim_says_why(qtbot, make_window, demo_db, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    admin_pools = PoolService(demo_db, as_user(demo_db, "admin").actor)
    pool = admin_pools.pools()[0]
    admin_pools.save_pool(pool.id, {"claim_limit": 1})  # lina owns far more than one customer
    window = make_window(as_user(demo_db, "lina"))
    window.show_screen(window.pool)
    qtbot.waitUntil(lambda: window.pool.model.rowCount() > 0 and window.pool.model.is_loaded(0), timeout=10000)
    _select(window.pool.view, [0])
    window.pool.claim_button.click()
    assert shown and "the most this pool allows (1)" in shown[0]
    assert "Claim limit: 1" in window.pool.rules_label.text()


def test_an_administrator_sets_pool_rules_and_edits_a_list(qtbot, make_window, demo_db):
    window = make_window(as_user(demo_db, "admin"))
    tab = window.admin.lists_pools
    window.admin.tabs.setCurrentWidget(tab)
    tab.reload()
    assert tab.pool_list.count() == 1 and tab.pool_name.text() == "公海"
    star = next(r for r in range(tab.rules.rowCount()) if tab.rules.item(r, 0).text() == "A")
    tab.rules.item(star, 1).setText("15")
    tab.claim_limit.setValue(300)
    tab.save_pool()
    pool = PoolService(demo_db, as_user(demo_db, "admin").actor).pools()[0]
    assert pool.rules["A"] == {"no_follow_up_days": 15} and pool.claim_limit == 300
    assert pool.rules["*"] == {"no_follow_up_days": 360}

    tab.kind.setCurrentIndex(tab.kind.findData("source"))
    tab._add_entry("抖音")
    tab.save_list()
    from crm_desktop.services import classifications
    assert classifications.read(demo_db)["source"][-1] == "抖音"


def test_the_customer_form_regions_follow_each_other_and_new_fields_save(qtbot, demo_service):
    from crm_desktop.ui.bus import ChangeBus
    dialog = CustomerDialog(demo_service, ChangeBus(), None, demo_service.filter_options())
    qtbot.addWidget(dialog)
    editors = dialog.editors
    editors["name"].setText("深圳新字段科技有限公司")
    editors["province"].setCurrentText("广东省")
    assert "深圳市" in [editors["city"].itemText(i) for i in range(editors["city"].count())]
    editors["city"].setCurrentText("深圳市")
    assert "南山区" in [editors["district"].itemText(i) for i in range(editors["district"].count())]
    editors["district"].setCurrentText("南山区")
    editors["status"].setCurrentIndex(editors["status"].findData("closed"))
    editors["source"].setCurrentText("展会")
    editors["credit_code"].setText("91110000600037341X")  # wrong check character
    assert not dialog.save()
    assert "credit code" in dialog.form.rows["credit_code"].findChild(QLabel, "fieldError").text()
    editors["credit_code"].setText("91110000600037341L")
    assert dialog.save()
    d = demo_service.get(dialog.customer_id)
    assert (d.province, d.city, d.district, d.status, d.source, d.credit_code) == (
        "广东省", "深圳市", "南山区", "closed", "展会", "91110000600037341L")


def test_the_history_tab_shows_field_changes(qtbot, demo_service):
    from crm_desktop.ui.bus import ChangeBus
    cid, _ = demo_service.create({"name": "历史标签页公司", "city": "苏州"})
    demo_service.update(cid, {"city": "无锡"})
    dialog = CustomerDialog(demo_service, ChangeBus(), cid, demo_service.filter_options())
    qtbot.addWidget(dialog)
    rows = [[dialog.history.item(r, c).text() for c in range(6)] for r in range(dialog.history.rowCount())]
    assert ["Changed", "City", "苏州", "无锡"] == rows[0][2:]


def test_churn_badge_screen_and_thresholds(qtbot, make_window, demo_db):
    from crm_desktop.services.churn import ChurnService
    from crm_desktop.ui.customers.model import BADGE
    admin = make_window(as_user(demo_db, "admin"))
    tab = admin.admin.lists_pools
    tab.reload()
    tab.churn_follow_up.setValue(45)
    tab.churn_deal.setValue(0)  # off
    tab.save_churn()
    rules = ChurnService(demo_db, as_user(demo_db, "admin").actor).rules()
    assert (rules.no_follow_up_days, rules.no_deal_days) == (45, 0)

    window = make_window(as_user(demo_db, "lina"))
    screen = window.churn
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0 and screen.model.is_loaded(0), timeout=10000)
    assert "no follow-up for 45 days" in screen.rules_label.text()
    last = len(screen.model.columns()) - 1
    cell = screen.model.index(0, last)
    assert cell.data().startswith(BADGE) and "no follow-up for" in cell.data(Qt.ItemDataRole.ToolTipRole)
    qtbot.waitUntil(lambda: "at risk" in screen.count_label.text(), timeout=10000)
    expected = ChurnService(demo_db, as_user(demo_db, "lina").actor).filter()
    assert screen.model.rowCount() == as_user(demo_db, "lina").count(expected)


def test_the_timeline_tab_and_a_follow_up_reminder(qtbot, make_window, demo_db):
    from datetime import timedelta

    from crm_desktop.ui.bus import ChangeBus
    lina = as_user(demo_db, "lina")
    cid, _ = lina.create({"name": "提醒客户", "next_follow_up": demo_db.now().date() - timedelta(days=2)})
    lina.add_contact(cid, {"name": "提醒联系人"})
    dialog = CustomerDialog(lina, ChangeBus(), cid, lina.filter_options())
    qtbot.addWidget(dialog)
    whats = [dialog.timeline.item(r, 1).text() for r in range(dialog.timeline.rowCount())]
    assert any(w.startswith("Contact added: 提醒联系人") for w in whats) and "Customer created: 提醒客户" in whats
    window = make_window(lina)
    with qtbot.waitSignal(window.reminders.due, timeout=10000) as blocker:
        window.reminders.reminded.clear()
        window.reminders.check()
    assert cid in {d.customer_id for d in blocker.args[0]}
    assert "follow-up" in window.statusBar().currentMessage()


def test_an_empty_pool_and_a_search_that_finds_nobody_say_so(qtbot, make_window, demo_db):
    window = make_window(as_user(demo_db, "lina"))
    window.show_screen(window.pool)
    pool = window.pool
    qtbot.waitUntil(lambda: pool.model.rowCount() > 0, timeout=10000)
    assert not pool.empty.isVisible()
    with qtbot.waitSignal(pool.model.loaded, timeout=10000):
        type_text(qtbot, pool.search, "没有这个客户")
    assert pool.model.rowCount() == 0 and pool.empty.isVisible()
    assert pool.empty.message.text() == "No customer in this pool matches “没有这个客户”."
    with qtbot.waitSignal(pool.model.loaded, timeout=10000):
        qtbot.mouseClick(pool.empty.button, Qt.MouseButton.LeftButton)
    assert pool.search.text() == "" and pool.model.rowCount() > 0 and not pool.empty.isVisible()

    admin_pools = PoolService(demo_db, as_user(demo_db, "admin").actor)
    empty_pool, _changes = admin_pools.save_pool(None, {"name": "空公海"})
    pool.reload_pools()
    with qtbot.waitSignal(pool.model.loaded, timeout=10000):
        pool.pool_combo.setCurrentIndex(find_data(pool.pool_combo, empty_pool))
    assert pool.model.rowCount() == 0 and pool.empty.isVisible()
    assert pool.empty.message.text().startswith("This pool is empty.") and not pool.empty.button.isVisible()


def test_the_chosen_pool_stays_chosen_when_the_pools_are_read_again(qtbot, make_window, demo_db):
    """Claiming or releasing anywhere reloads the pools (fresh ids from the database): the screen stays on the
    pool the user chose instead of falling back to the first."""
    admin_pools = PoolService(demo_db, as_user(demo_db, "admin").actor)
    second, _changes = admin_pools.save_pool(None, {"name": "第二公海"})
    window = make_window(as_user(demo_db, "lina"))
    pool = window.pool
    index = find_data(pool.pool_combo, second)
    assert index > 0
    pool.pool_combo.setCurrentIndex(index)
    pool.reload_pools()
    assert pool.pool_combo.currentData() == second and pool.model.pool_id == second


def test_the_churn_screen_says_when_nobody_is_at_risk(qtbot, make_window, service):
    window = make_window(service)  # a new database: no customers, so none at risk
    window.show_screen(window.churn)
    screen = window.churn
    qtbot.waitUntil(lambda: "at risk" in screen.count_label.text(), timeout=10000)
    assert screen.model.rowCount() == 0 and screen.empty.isVisible()
    assert screen.empty.message.text() == "No customer is at risk under the rules above."
    assert not screen.empty.button.isVisible()


def test_an_unsaved_pool_edit_is_not_lost_to_a_click_or_a_refresh(qtbot, make_window, demo_db):
    """Administration > Lists and pools edits a pool beside the pool list: choosing another pool replaced the
    edits without a word, and so did reading the pools again (the screen's refresh)."""
    admin_pools = PoolService(demo_db, as_user(demo_db, "admin").actor)
    second, _changes = admin_pools.save_pool(None, {"name": "第二公海"})
    window = make_window(as_user(demo_db, "admin"))
    tab = window.admin.lists_pools
    window.admin.tabs.setCurrentWidget(tab)
    tab.reload()
    names = [p.name for p in tab._items]
    first = names.index("公海")
    tab.pool_list.setCurrentRow(first)
    assert tab.pool_name.text() == "公海" and not tab.pool_changed()
    tab.claim_limit.setValue(250)
    window.admin.refresh()  # the pools read again: the edit stays
    assert tab.claim_limit.value() == 250 and tab.pool_name.text() == "公海"
    asked = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    tab.pool_list.setCurrentRow(names.index("第二公海"))
    assert asked and "not saved" in asked[0]
    qtbot.waitUntil(lambda: tab.pool_list.currentRow() == first)  # the selection goes back
    assert tab.pool_name.text() == "公海" and tab.claim_limit.value() == 250
    answer_next_question(QMessageBox.StandardButton.Save, asked)
    tab.pool_list.setCurrentRow(names.index("第二公海"))
    assert len(asked) == 2 and tab.pool_name.text() == "第二公海" and not tab.pool_changed()
    assert next(p for p in admin_pools.pools() if p.name == "公海").claim_limit == 250
    tab.pool_name.setText("第二公海（华东）")
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    tab.new_pool()
    assert len(asked) == 3 and tab.pool_name.text() == "" and tab._editing is None
    assert next(p for p in admin_pools.pools() if p.id == second).name == "第二公海"
