"""Saved views (named filters, remembered across restarts) and the column chooser on the customer list."""

from crm_desktop.ui import settings as S


def test_save_apply_and_delete_a_view_and_it_survives_a_restart(qtbot, make_window, demo_service, tmp_path):
    path = tmp_path / "settings.ini"
    window = make_window(demo_service, settings_path=path)
    screen = window.customers
    qtbot.waitUntil(lambda: screen.level.count() > 1 and screen.status_filter.count() > 1, timeout=10000)
    screen.level.setCurrentIndex(screen.level.findData("A"))
    screen.status_filter.setCurrentIndex(screen.status_filter.findData("closed"))
    screen.search.setText("有限公司")
    screen.apply_filter()
    qtbot.waitUntil(lambda: screen.model.filter.level == "A", timeout=10000)
    screen.save_view("A级成交")
    filtered = screen.model.filter
    # Clear everything, then the view brings the filters back.
    screen.level.setCurrentIndex(0)
    screen.status_filter.setCurrentIndex(0)
    screen.search.clear()
    screen.apply_filter()
    screen.apply_view("A级成交")
    assert screen.model.filter == filtered and screen.search.text() == "有限公司"
    assert all(r.level == "A" for r in screen.service.window(filtered, screen.model.order, limit=50))
    window.close()
    again = make_window(demo_service, settings_path=path)
    names = [again.customers.views.itemText(i) for i in range(again.customers.views.count())]
    assert "A级成交" in names
    again.customers.delete_view("A级成交")
    assert "A级成交" not in S.Settings(path).get(S.CUSTOMER_VIEWS)


def test_the_column_chooser_hides_columns_and_the_layout_remembers(qtbot, make_window, demo_service, tmp_path):
    path = tmp_path / "settings.ini"
    window = make_window(demo_service, settings_path=path)
    header = window.customers.view.horizontalHeader()
    menu = window.customers.choose_columns()
    actions = menu.actions()
    assert not actions[0].isEnabled()  # the name always shows
    email = next(a for a in actions if a.text() == "Email")
    email.setChecked(False)
    assert header.isSectionHidden(2)
    window.close()
    again = make_window(demo_service, settings_path=path)
    assert again.customers.view.horizontalHeader().isSectionHidden(2)
