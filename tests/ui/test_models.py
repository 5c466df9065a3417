"""Every model passes Qt's model tester, and the windowed model never loads all rows."""

from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.ui.common.windowed_model import MAX_PAGES, PAGE
from crm_desktop.ui.customers.model import CustomerTableModel
from crm_desktop.ui.customers.recycle_bin import RecycleBinModel


def test_customer_model_passes_the_model_tester(qtbot, qtmodeltester, demo_service, tasks):
    model = CustomerTableModel(demo_service, tasks)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.apply(CustomerFilter())
    assert model.rowCount() == 600
    qtmodeltester.check(model, force_py=True)
    tasks.wait()
    qtmodeltester.check(model, force_py=True)


def test_recycle_bin_model_passes_the_model_tester(qtmodeltester, demo_service):
    ids = [r.id for r in demo_service.window(CustomerFilter(), demo_service_order(), limit=3)]
    demo_service.delete(ids)
    model = RecycleBinModel()
    model.set_rows(demo_service.recycle_bin())
    assert model.rowCount() == 3
    qtmodeltester.check(model, force_py=True)


def demo_service_order():
    from crm_desktop.domain.customer_filter import CustomerOrder
    return CustomerOrder("name")


def test_windowed_model_loads_pages_on_demand_and_far_rows_through_anchors(qtbot, demo_service, tasks):
    model = CustomerTableModel(demo_service, tasks)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.apply(CustomerFilter())
    assert model.is_loaded(0) and not model.is_loaded(PAGE)
    with qtbot.waitSignal(model.anchors_ready, timeout=10000):
        pass
    far = 550
    with qtbot.waitSignal(model.page_loaded, timeout=10000) as blocker:
        model.ensure_row(far)
    assert blocker.args == [far // PAGE]
    expected = demo_service.window(CustomerFilter(), model.order, limit=600)[far]
    assert model.row_value(far).id == expected.id
    assert not model.is_loaded(PAGE)  # the pages between were never fetched
    assert len(model._pages) <= MAX_PAGES


def test_results_of_an_older_query_are_dropped(qtbot, demo_service, tasks):
    model = CustomerTableModel(demo_service, tasks)
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.apply(CustomerFilter())
    model.apply(CustomerFilter(search="有限公司"))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.apply(CustomerFilter(search="Ltd."))
    tasks.wait()
    qtbot.wait(50)
    assert model.filter.search == "Ltd."
    assert model.rowCount() == demo_service.count(CustomerFilter(search="Ltd."))
    assert all("Ltd." in model.row_value(r).name for r in range(min(model.rowCount(), PAGE)))


def test_jumping_far_holds_painting_until_the_visible_page_arrives(qtbot, demo_service, tasks):
    from PySide6.QtWidgets import QAbstractItemView, QTableView

    from crm_desktop.ui.common.scroll_prefetch import ScrollPrefetch
    model = CustomerTableModel(demo_service, tasks)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    prefetch = ScrollPrefetch(view, model)
    view.resize(800, 400)
    view.show()
    with qtbot.waitSignal(model.anchors_ready, timeout=10000):
        model.apply(CustomerFilter())
    far = 580
    assert not model.is_loaded(far)
    with qtbot.waitSignal(model.page_loaded, timeout=10000) as blocker:
        view.scrollTo(model.index(far, 0), QAbstractItemView.ScrollHint.PositionAtTop)
        # The page was asked for by the scroll itself, and the placeholders are never painted.
        assert not view.viewport().updatesEnabled()
    assert blocker.args == [far // PAGE]
    assert view.viewport().updatesEnabled() and model.is_loaded(view.rowAt(0))
    assert view.rowAt(0) >= far - 30
    assert prefetch.parent() is view


def test_a_new_filter_cancels_the_running_read_of_the_old_one(qtbot, tasks):
    """A superseded anchor pass (seconds over a broad search at a million rows) must not hold the database
    lane: the newer query's first page arrives while the old read is told to stop."""
    import threading
    import time
    from types import SimpleNamespace

    from crm_desktop.ui.common.windowed_model import Fetcher, WindowedTableModel

    started, outcome = threading.Event(), {}

    def slow_anchors(every, cancelled=None):
        started.set()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if cancelled():
                outcome["old"] = "cancelled"
                from crm_desktop.domain.errors import Cancelled
                raise Cancelled()
            time.sleep(0.005)
        outcome["old"] = "ran to the end"
        return []

    def rows(prefix, n):
        return [SimpleNamespace(key=(prefix, i), name=f"{prefix}{i}") for i in range(n)]

    model = WindowedTableModel(tasks)
    failures = []
    model.failed.connect(failures.append)
    old = Fetcher(count=lambda: 10 * PAGE, anchors=slow_anchors,
                  window=lambda after=None, inclusive=False, limit=PAGE: rows("old", PAGE))
    model.load(old)
    qtbot.waitUntil(started.is_set, timeout=10000)  # first page and count delivered, anchors running
    t0 = time.monotonic()
    new = Fetcher(count=lambda: 3, window=lambda after=None, inclusive=False, limit=PAGE: rows("new", 3),
                  anchors=lambda every: [])
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.load(new)
    assert time.monotonic() - t0 < 5  # not after the old pass's ten seconds
    assert outcome == {"old": "cancelled"}
    assert model.rowCount() == 3 and model.row_value(0).name == "new0"
    tasks.wait()
    qtbot.wait(20)
    assert failures == []  # a cancellation is not an error to show the user


def test_the_first_screenful_comes_first_then_the_rest_of_page_zero(qtbot, demo_service, tasks):
    from crm_desktop.ui.common.windowed_model import FIRST
    model = CustomerTableModel(demo_service, tasks)
    shown_at_first = []
    model.first_page.connect(lambda: shown_at_first.append(model.rowCount()))
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.apply(CustomerFilter())
    assert shown_at_first == [FIRST]
    assert model.rowCount() == 600
    expected = demo_service.window(CustomerFilter(), model.order, limit=PAGE + 1)
    assert [model.row_value(r).id for r in range(PAGE)] == [e.id for e in expected[:PAGE]]
    # Page 1 follows on from page 0's last key.
    with qtbot.waitSignal(model.page_loaded, timeout=10000):
        model.ensure_row(PAGE)
    assert model.row_value(PAGE).id == expected[PAGE].id
    # A result smaller than a screenful is complete at once: no second read, the count is known.
    with qtbot.waitSignal(model.loaded, timeout=10000):
        model.apply(CustomerFilter(search="Ltd. 19"))
    assert 0 < model.rowCount() < FIRST and model.counted
