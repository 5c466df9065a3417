"""The lists other than the customer list keep their columns as the user left them, from one start of the app to
the next: widths, order and sort."""

from PySide6.QtCore import Qt


def _restart(make_window, demo_service, settings_path, first):
    first.close()  # saves and syncs the settings, as quitting does
    return make_window(demo_service, settings_path=settings_path)


def test_the_pool_list_reopens_with_the_columns_the_user_left(make_window, demo_service, qtbot, tmp_path):
    path = tmp_path / "kept.ini"
    window = make_window(demo_service, settings_path=path)
    window.show_screen(window.pool)
    header = window.pool.view.horizontalHeader()
    default_width = header.sectionSize(1)
    header.resizeSection(1, default_width + 77)
    header.moveSection(header.visualIndex(2), 0)  # the e-mail column first
    header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)

    window = _restart(make_window, demo_service, path, window)
    window.show_screen(window.pool)
    header = window.pool.view.horizontalHeader()
    assert header.sectionSize(1) == default_width + 77
    assert header.logicalIndex(0) == 2
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (3, Qt.SortOrder.DescendingOrder)
    assert header.isSectionHidden(6)  # the owner column stays hidden, as the pool screen hides it


def test_each_list_keeps_its_own_columns(make_window, demo_service, qtbot, tmp_path):
    path = tmp_path / "kept.ini"
    window = make_window(demo_service, settings_path=path)
    window.show_screen(window.churn)
    window.show_screen(window.audit)
    churn_width = window.churn.view.horizontalHeader().sectionSize(0)
    window.audit.view.horizontalHeader().resizeSection(0, 61)

    window = _restart(make_window, demo_service, path, window)
    window.show_screen(window.churn)
    window.show_screen(window.audit)
    assert window.audit.view.horizontalHeader().sectionSize(0) == 61
    assert window.churn.view.horizontalHeader().sectionSize(0) == churn_width
