"""Layouts stay as the user left them, from one start of the app to the next: the columns of the lists other than
the customer list (widths, order, sort) and where splitters divide their panes."""

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


def _drag(splitter, to: int) -> None:
    """Drag the splitter's handle as a user does, so that its first pane is `to` pixels long (events sent by
    hand: QTest's mouse moves carry no pressed button, which a handle needs)."""
    from PySide6.QtCore import QEvent, QPoint, QPointF
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication
    handle = splitter.handle(1)
    start = QPointF(handle.rect().center())
    along = to - splitter.sizes()[0]
    end = start + (QPointF(along, 0) if splitter.orientation() == Qt.Orientation.Horizontal else QPointF(0, along))
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, at, button, held in ((QEvent.Type.MouseButtonPress, start, left, left),
                                   (QEvent.Type.MouseMove, end, none, left),
                                   (QEvent.Type.MouseButtonRelease, end, left, none)):
        global_at = QPointF(handle.mapToGlobal(at.toPoint()))
        QApplication.sendEvent(handle, QMouseEvent(kind, at, global_at, button, held,
                                                   Qt.KeyboardModifier.NoModifier))


def test_splitters_keep_where_the_user_left_them(make_window, demo_service, qtbot, tmp_path):
    """The navigation beside every screen, and a screen's own split (the pool: its customers above, those about
    to return below)."""
    from PySide6.QtWidgets import QSplitter
    path = tmp_path / "kept.ini"
    window = make_window(demo_service, settings_path=path)
    window.show_screen(window.pool)
    navigation = window.centralWidget()
    pool_split = window.pool.findChild(QSplitter)
    _drag(navigation, 130)
    _drag(pool_split, 150)
    nav_sizes, pool_sizes = navigation.sizes(), pool_split.sizes()
    assert nav_sizes[0] == 130 and pool_sizes[0] == 150

    window = _restart(make_window, demo_service, path, window)
    window.show_screen(window.pool)
    assert window.centralWidget().sizes()[0] == 130
    assert window.pool.findChild(QSplitter).sizes()[0] == 150


def test_the_customer_forms_follow_ups_give_the_content_room_and_keep_widths(window, qtbot):
    from .conftest import on_modal
    screen = window.customers
    seen = []

    def widen(dialog):
        dialog.tabs.setCurrentIndex(2)  # Follow-ups
        header = dialog.activities.horizontalHeader()
        widths = [header.sectionSize(c) for c in range(header.count())]
        seen.append(widths)
        header.resizeSection(0, widths[0] + 40)
        dialog.reject()

    def look(dialog):
        dialog.tabs.setCurrentIndex(2)
        header = dialog.activities.horizontalHeader()
        seen.append([header.sectionSize(c) for c in range(header.count())])
        dialog.reject()

    on_modal(widen)
    screen.open_customer(screen.model.row_value(0).id)
    on_modal(look)
    screen.open_customer(screen.model.row_value(1).id)
    first, again = seen
    content = first[2]
    assert content == max(first) and content > 1.5 * first[1]  # the content, not the kind of follow-up
    # The time fits in its column: "2026-05-19 14:43" is not cut to "2026-05-19…".
    metrics = window.fontMetrics()
    assert first[0] > metrics.horizontalAdvance("2026-05-19 14:43")
    assert again[0] == first[0] + 40


def test_administration_lists_fit_their_columns_unless_the_user_left_a_layout(make_window, demo_service, qtbot,
                                                                              tmp_path):
    """Every column started 100 pixels wide: the roles' data scope read '本部门及下级…' while the last column (a
    count) stretched over half the window. The first rows now size the columns, but never over a layout the
    user left."""
    path = tmp_path / "kept.ini"
    window = make_window(demo_service, settings_path=path)
    roles = window.admin.roles
    window.admin.tabs.setCurrentWidget(roles)
    window.show_screen(window.admin)
    qtbot.waitUntil(lambda: roles.proxy.rowCount() > 0 and roles._fitted, timeout=10000)
    view = roles.view
    metrics = view.fontMetrics()
    for column in range(view.model().columnCount() - 1):  # the last one stretches
        widest = max(metrics.horizontalAdvance(str(view.model().index(r, column).data() or ""))
                     for r in range(view.model().rowCount()))
        assert view.horizontalHeader().sectionSize(column) >= min(widest, roles.FIT_AT_MOST - 12), column
    view.horizontalHeader().resizeSection(2, 70)  # the user narrows the scope column

    window = _restart(make_window, demo_service, path, window)
    roles = window.admin.roles
    window.admin.tabs.setCurrentWidget(roles)
    window.show_screen(window.admin)
    qtbot.waitUntil(lambda: roles.proxy.rowCount() > 0, timeout=10000)
    qtbot.wait(50)
    assert roles.view.horizontalHeader().sectionSize(2) == 70
