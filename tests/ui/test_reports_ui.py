"""The home dashboard and the report screen, driven as a user would: tiles show the service's figures and open
the list behind them, the period selector asks again, every chart kind draws its items, legend and hover text,
exports write files, the print preview opens and paints.

A fake report service (the ReportFigureService's signatures, with figures that depend on the filter, so a
changed filter is visible) stands in where the real one is not needed; the last tests run the real one in the
main window on the demo database."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QPushButton

from crm_desktop.domain.changes import Changes
from crm_desktop.services.report_dto import KPI_KEYS, Kpi, Pane, ReportFilter, Series
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.charts.format import format_value
from crm_desktop.ui.charts.pane_chart import PaneChart
from crm_desktop.ui.reports import labels as L
from crm_desktop.ui.reports.dashboard import DashboardScreen
from crm_desktop.ui.reports.period import period_range
from crm_desktop.ui.reports.screen import ReportsScreen
from crm_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import on_modal

TODAY = date(2026, 11, 20)
OWNER, DEPARTMENT, PRODUCT = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def _days(flt: ReportFilter) -> int:
    return (flt.end - flt.start).days


class FakeReports:
    """ReportFigureService's surface. Figures follow from the filter: counts are the period's days, money
    grows with them, and an owner filter halves everything."""

    def __init__(self, panes=None):
        self.calls: list[tuple[str, object]] = []
        self.pane_keys = panes or ("funnel", "revenue_forecast", "customers_by_level", "rep_ranking",
                                   "customers_by_industry", "receivables_aging")

    def panes(self) -> tuple[str, ...]:
        return self.pane_keys

    def filter_options(self) -> dict:
        return {"owners": [(OWNER, "张伟")], "departments": [(DEPARTMENT, "华东销售部")],
                "products": [(PRODUCT, "CRM 专业版")]}

    def dashboard(self, flt: ReportFilter, *, now=None) -> tuple[Kpi, ...]:
        self.calls.append(("dashboard", flt))
        days = _days(flt) // (2 if flt.owner_id else 1)
        return (Kpi("new_customers", days, previous=days - 3,
                    drill=("customers", {"created_from": flt.start.isoformat()})),
                Kpi("pipeline_value", Decimal(days) * Decimal("12345.67"), "CNY", previous=Decimal("1000")),
                Kpi("follow_ups_overdue", 7, previous=4, drill=("agenda", {"overdue": True})),
                Kpi("satisfaction", None, "score"),
                Kpi("open_tickets", 3, previous=3, drill=("tickets", {"queue": "open"})))

    def pane(self, key: str, flt: ReportFilter, *, now=None) -> Pane:
        self.calls.append((key, flt))
        scale = 2 if flt.owner_id else 1
        days = _days(flt)
        if key == "funnel":
            return Pane(key, "funnel", ("初步接洽", "需求确认", "方案报价", "谈判", "赢单"),
                        (Series("opportunities", tuple(v // scale for v in (100, 60, 40, 20, days // 3))),))
        if key == "revenue_forecast":
            months = ("2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12")
            actual = (Decimal("120000"), Decimal("98000.5"), Decimal("143000"), Decimal("150000"), None, None)
            forecast = (None, None, None, Decimal("150000"), Decimal("160000"), Decimal("171000"))
            return Pane(key, "line", months,
                        (Series("revenue", actual, "CNY"),
                         Series("forecast", forecast, "CNY",
                                lower=(None, None, None, Decimal("150000"), Decimal("140000"), Decimal("135000")),
                                upper=(None, None, None, Decimal("150000"), Decimal("180000"), Decimal("205000")))),
                        time_axis=True, notes=(("mape", 8.5),))
        if key == "customers_by_level":
            return Pane(key, "pie", ("A", "B", "C"), (Series("customers", (50 // scale, 30, 20)),),
                        drill=tuple(("customers", {"level": c}) for c in "ABC"))
        if key == "rep_ranking":
            return Pane(key, "hbar", ("张伟", "李娜", "王芳"),
                        (Series("contract_amount", (Decimal("880000"), Decimal("560000.5"), Decimal(days * 1000)),
                                "CNY"),))
        if key == "customers_by_industry":
            return Pane(key, "bar", ("制造业", "信息技术", "零售"),
                        (Series("customers", (40, 25, days)), Series("won", (12, 9, 3))),
                        drill=tuple(("customers", {"industry": c}) for c in ("制造业", "信息技术", "零售")))
        if key == "receivables_aging":
            return Pane(key, "bar", ("not_due", "1_30", "31_60", "61_90", "over_90"),
                        (Series("open_amount", (Decimal("50000"), Decimal("32000"), Decimal("0"), Decimal("8000"),
                                                Decimal("12000.4")), "CNY"),), categories_are_codes=True)
        raise KeyError(key)


@pytest.fixture
def inline_tasks(qtbot):
    runner = TaskRunner(inline=True)
    yield runner
    runner.shutdown()


@pytest.fixture
def dashboard(qtbot, inline_tasks):
    service, bus = FakeReports(), ChangeBus()
    screen = DashboardScreen(service, inline_tasks, bus, today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1000, 600)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, service, bus


@pytest.fixture
def reports(qtbot, inline_tasks):
    service = FakeReports()
    screen = ReportsScreen(service, inline_tasks, ChangeBus(), today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.resize(1200, 760)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, service


# -- the dashboard -------------------------------------------------------------------------------------------
def test_tiles_show_the_services_figures_with_their_trend(dashboard):
    screen, service, _bus = dashboard
    start, end = period_range("this_month", TODAY)
    assert service.calls[-1] == ("dashboard", ReportFilter(start, end))
    assert list(screen.tiles) == ["new_customers", "pipeline_value", "follow_ups_overdue", "satisfaction",
                                  "open_tickets"]
    days = (end - start).days
    tile = screen.tiles["new_customers"]
    assert tile.title.text() == "New customers"
    assert tile.value.text() == str(days)
    assert tile.trend.text().startswith("▲") and "#16a34a" in tile.trend.styleSheet()  # more customers: good
    money = screen.tiles["pipeline_value"].value.text()
    assert money == "¥" + f"{Decimal(days) * Decimal('12345.67'):,.2f}"
    overdue = screen.tiles["follow_ups_overdue"]
    assert overdue.trend.text().startswith("▲ 75.0%") and "#dc2626" in overdue.trend.styleSheet()  # worse
    assert screen.tiles["satisfaction"].value.text() == "—"
    assert screen.tiles["open_tickets"].trend.text().startswith("→")
    # Four to a row.
    grid = screen.grid
    assert grid.getItemPosition(grid.indexOf(screen.tiles["open_tickets"]))[:2] == (1, 0)


def test_clicking_a_tile_opens_the_list_behind_it(qtbot, dashboard):
    screen, _service, _bus = dashboard
    tile = screen.tiles["follow_ups_overdue"]
    with qtbot.waitSignal(screen.open_list) as blocker:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton, pos=tile.rect().center())
    assert blocker.args == ["agenda", {"overdue": True}]
    start = period_range("this_month", TODAY)[0]
    with qtbot.waitSignal(screen.open_list) as blocker:
        qtbot.mouseClick(screen.tiles["new_customers"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["customers", {"created_from": start.isoformat()}]
    # A tile without a list behind it does nothing.
    with qtbot.assertNotEmitted(screen.open_list):
        qtbot.mouseClick(screen.tiles["satisfaction"], Qt.MouseButton.LeftButton)


def test_changing_the_period_asks_again(qtbot, dashboard):
    screen, service, _bus = dashboard
    before = len(service.calls)
    with qtbot.waitSignal(screen.loaded):
        screen.period.combo.setCurrentIndex(screen.period.combo.findData("this_year"))
    assert len(service.calls) == before + 1
    assert service.calls[-1][1] == ReportFilter(date(2026, 1, 1), date(2027, 1, 1))
    assert screen.tiles["new_customers"].value.text() == "365"
    with qtbot.waitSignal(screen.loaded):
        screen.period.set_custom(date(2026, 10, 1), date(2026, 10, 10))
    assert service.calls[-1][1] == ReportFilter(date(2026, 10, 1), date(2026, 10, 11))
    assert screen.tiles["new_customers"].value.text() == "10"
    assert screen.period.start_edit.isVisible()


def test_a_burst_of_changes_refreshes_once(qtbot, dashboard):
    screen, service, bus = dashboard
    before = len(service.calls)
    with qtbot.waitSignal(screen.loaded, timeout=3000):
        for _ in range(5):
            bus.publish(Changes(customers=True))
    qtbot.wait(50)
    assert len(service.calls) == before + 1


def test_a_hidden_dashboard_refreshes_when_shown(qtbot, dashboard):
    screen, service, bus = dashboard
    screen.hide()
    before = len(service.calls)
    bus.publish(Changes(contracts=True))
    qtbot.wait(900)
    assert len(service.calls) == before  # nothing asked while nobody looks
    with qtbot.waitSignal(screen.loaded):
        screen.show()
    assert len(service.calls) == before + 1


# -- the chart kinds -----------------------------------------------------------------------------------------
def _move_to(qtbot, chart: PaneChart, x: float, y: float) -> str:
    """Move the mouse over data point (x, y) of the chart, as a user would; the hover text shown."""
    scene_pos = chart.view.mapViewToScene(QPointF(x, y))
    widget_pos = chart.plot.mapFromScene(scene_pos)
    qtbot.mouseMove(chart.plot.viewport(), QPoint(widget_pos.x(), widget_pos.y()))
    qtbot.wait(20)
    return chart.hover_text


def _chart(qtbot, pane: Pane) -> PaneChart:
    chart = PaneChart()
    qtbot.addWidget(chart)
    chart.resize(900, 520)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_pane(pane, series_title=L.series_title, category_title=L.category_title)
    qtbot.wait(30)
    return chart


def _legend(chart: PaneChart) -> list[str]:
    return [label.text for _sample, label in chart.legend.items]


def test_grouped_bars_have_a_bar_item_per_series_and_answer_hover(qtbot):
    pane = FakeReports().pane("customers_by_industry", ReportFilter(date(2026, 11, 1), date(2026, 12, 1)))
    chart = _chart(qtbot, pane)
    assert len(chart.bars) == 2 and _legend(chart) == ["Customers", "Won"]
    ticks = chart.item.getAxis("bottom")._tickLevels[0]
    assert [t for _p, t in ticks] == ["制造业", "信息技术", "零售"]
    # The second series' bar of the first category sits right of its centre.
    text = _move_to(qtbot, chart, 0.2, 5)
    assert text == "制造业\nWon: 12"
    assert chart.tip.isVisible() and chart.tip.text() == text
    assert _move_to(qtbot, chart, -0.2, 30) == "制造业\nCustomers: 40"
    assert _move_to(qtbot, chart, 0.2, 30) == ""  # above the bar: nothing
    assert not chart.tip.isVisible()


def test_ranking_bars_put_the_first_on_top_and_format_money(qtbot):
    pane = FakeReports().pane("rep_ranking", ReportFilter(date(2026, 11, 1), date(2026, 12, 1)))
    chart = _chart(qtbot, pane)
    assert _legend(chart) == ["Contract amount"]
    assert _move_to(qtbot, chart, 100000, 2) == "张伟\nContract amount: ¥880,000.00"
    assert _move_to(qtbot, chart, 100000, 1) == "李娜\nContract amount: ¥560,000.50"
    assert _move_to(qtbot, chart, 700000, 1) == ""


def test_a_line_draws_its_band_and_zooms_the_time_axis_only(qtbot):
    pane = FakeReports().pane("revenue_forecast", ReportFilter(date(2026, 11, 1), date(2026, 12, 1)))
    chart = _chart(qtbot, pane)
    assert len(chart.curves) == 2
    assert chart.band is not None and chart.band.scene() is chart.plot.scene()
    assert _legend(chart) == ["Revenue", "Forecast (range)", "Forecast"]
    assert chart.view.state["mouseEnabled"] == [True, False]
    text = _move_to(qtbot, chart, 5, 171000)
    assert text == "2026-12\nForecast: ¥171,000.00\nRange: ¥135,000.00 – ¥205,000.00"
    assert _move_to(qtbot, chart, 1, 98000) == "2026-08\nRevenue: ¥98,000.50"
    # The mouse wheel zooms the months; the money axis is not zoomed, it follows the months in view.
    x_before, y_before = chart.view.viewRange()
    centre = chart.plot.mapFromScene(chart.view.mapViewToScene(QPointF(4.5, 160000)))
    wheel = QWheelEvent(QPointF(centre), QPointF(chart.plot.viewport().mapToGlobal(centre)), QPoint(0, 0),
                        QPoint(0, 360), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(chart.plot.viewport(), wheel)
    qtbot.wait(30)
    (x_low, x_high), (y_low, y_high) = chart.view.viewRange()
    assert x_high - x_low < (x_before[1] - x_before[0]) * 0.8
    shown = [float(v) for s in pane.series for part in (s.values, s.lower or (), s.upper or ())
             for i, v in enumerate(part) if v is not None and x_low <= i <= x_high]
    assert shown and y_low <= min(shown) and max(shown) <= y_high
    assert y_high - y_low < 0.9 * (y_before[1] - y_before[0])  # fitted to the months left in view


def test_a_pie_draws_slices_and_a_click_drills_down(qtbot):
    pane = FakeReports().pane("customers_by_level", ReportFilter(date(2026, 11, 1), date(2026, 12, 1)))
    chart = _chart(qtbot, pane)
    assert len(chart.slices) == 3
    assert [round(s.spanAngle() / 16) for s in chart.slices] == [180, 108, 72]
    assert _legend(chart) == ["A", "B", "C"]
    # The first half (A) runs clockwise from twelve o'clock: the right-hand side.
    assert _move_to(qtbot, chart, 0.5, 0.0) == "A\nCustomers: 50\nShare: 50.0%"
    assert _move_to(qtbot, chart, -0.3, -0.5).startswith("B\n")
    scene_pos = chart.view.mapViewToScene(QPointF(-0.5, 0.4))
    with qtbot.waitSignal(chart.drill) as blocker:
        qtbot.mouseClick(chart.plot.viewport(), Qt.MouseButton.LeftButton,
                         pos=chart.plot.mapFromScene(scene_pos))
    assert blocker.args == ["customers", {"level": "C"}]


def test_a_funnel_narrows_and_tells_the_share_of_the_first_stage(qtbot):
    pane = FakeReports().pane("funnel", ReportFilter(date(2026, 11, 1), date(2026, 12, 1)))
    chart = _chart(qtbot, pane)
    widths = list(chart.bars[0].opts["width"])
    assert widths == sorted(widths, reverse=True)
    x0 = list(chart.bars[0].opts["x0"])
    assert [a + w / 2 for a, w in zip(x0, widths)] == [0.0] * 5  # centred
    assert _legend(chart) == ["Opportunities"]
    assert _move_to(qtbot, chart, 0, 3) == "需求确认\nOpportunities: 60\nOf the first stage: 60.0%"


def test_codes_are_worded_and_the_chart_exports_a_png(qtbot):
    pane = FakeReports().pane("receivables_aging", ReportFilter(date(2026, 11, 1), date(2026, 12, 1)))
    chart = _chart(qtbot, pane)
    ticks = [t for _p, t in chart.item.getAxis("bottom")._tickLevels[0]]
    assert ticks == ["Not yet due", "1–30 days late", "31–60 days late", "61–90 days late", "Over 90 days late"]
    png = chart.png_bytes(800)
    assert png.startswith(b"\x89PNG")
    from PySide6.QtGui import QImage
    image = QImage.fromData(png, "PNG")
    assert image.width() == 800 and image.height() > 200


def test_a_count_beside_an_amount_is_told_not_flattened(qtbot):
    """Won and lost: the amounts are drawn (a count would be a sliver on a money axis); the count is in the
    hover text; the value axis reads as figures, not 2e+07."""
    pane = Pane("win_loss", "bar", ("won", "lost"),
                (Series("count", (81, 40)), Series("amount", (Decimal("19998000"), Decimal("8737000")), "CNY")),
                categories_are_codes=True)
    chart = _chart(qtbot, pane)
    assert len(chart.bars) == 1 and _legend(chart) == ["Amount"]
    assert _move_to(qtbot, chart, 0, 1_000_000) == "Won\nAmount: ¥19,998,000.00\nCount: 81"
    axis = chart.item.getAxis("left")
    assert axis.tickStrings([0, 10_000_000, 20_000_000], 1, 10_000_000) == ["0", "10,000,000", "20,000,000"]


def test_an_empty_pane_says_so(qtbot):
    chart = _chart(qtbot, Pane("funnel", "funnel", (), ()))
    assert chart.bars == [] and chart.legend is None and _move_to(qtbot, chart, 0, 0) == ""
    # All zeros draw nothing either (an empty pie has no slices to show), but a real pane after it does.
    chart.set_pane(Pane("customers_by_level", "pie", ("A", "B"), (Series("customers", (0, 0)),)))
    assert chart.slices == [] and chart.legend is None
    chart.set_pane(Pane("customers_by_level", "pie", ("A", "B"), (Series("customers", (1, 3)),)))
    assert len(chart.slices) == 2 and _legend(chart) == ["A", "B"]


# -- the report screen ---------------------------------------------------------------------------------------
def test_the_report_screen_lists_panes_and_shows_chart_and_table(qtbot, reports):
    screen, service = reports
    assert [screen.list.item(i).text() for i in range(screen.list.count())] == \
        [L.pane_title(k) for k in service.panes()]
    assert screen.pane.key == "funnel" and screen.model.rowCount() == 5
    with qtbot.waitSignal(screen.loaded):
        screen.show_pane("revenue_forecast")
    assert screen.title.text() == "Revenue forecast"
    assert screen.model.headers == ["Period", "Revenue", "Forecast", "Forecast (low)", "Forecast (high)"]
    index = screen.model.index(5, 4)
    assert screen.model.data(index) == "¥205,000.00"
    assert screen.model.data(screen.model.index(4, 1)) == "—"
    assert "8.5" in screen.notes.text()
    assert screen.chart.band is not None


def test_filters_go_to_the_service(qtbot, reports):
    screen, service = reports
    assert screen.owner.itemText(1) == "张伟" and screen.product.itemText(1) == "CRM 专业版"
    with qtbot.waitSignal(screen.loaded):
        screen.owner.setCurrentIndex(1)
    key, flt = service.calls[-1]
    assert key == "funnel" and flt.owner_id == OWNER and flt.department_id is None
    assert screen.model.data(screen.model.index(0, 1)) == "50"  # the fake halves for one owner
    with qtbot.waitSignal(screen.loaded):
        screen.department.setCurrentIndex(1)
    assert service.calls[-1][1].department_id == DEPARTMENT
    with qtbot.waitSignal(screen.loaded):
        screen.period.set_kind("last_month")
    assert (service.calls[-1][1].start, service.calls[-1][1].end) == (date(2026, 10, 1), date(2026, 11, 1))


def test_a_chart_category_drills_through_the_screen(qtbot, reports):
    screen, _service = reports
    with qtbot.waitSignal(screen.loaded):
        screen.show_pane("customers_by_industry")
    with qtbot.waitSignal(screen.open_list) as blocker:
        screen.table.doubleClicked.emit(screen.model.index(1, 0))
    assert blocker.args == ["customers", {"industry": "信息技术"}]


def test_print_preview_opens_and_paints_every_row(qtbot, reports, tmp_path):
    screen, _service = reports
    seen = []

    def close(dialog):
        seen.append(dialog)
        dialog.reject()
    on_modal(close)
    screen.print_button.click()
    assert len(seen) == 1 and isinstance(seen[0], QPrintPreviewDialog)
    # The same painting, to a PDF file, so its output can be checked.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "print.pdf"))
    assert screen.paint(printer) == 1
    data = (tmp_path / "print.pdf").read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 5000


def test_exports_write_pdf_and_excel(qtbot, reports, tmp_path):
    screen, _service = reports
    with qtbot.waitSignal(screen.loaded):
        screen.show_pane("rep_ranking")
    with qtbot.waitSignal(screen.exported, timeout=30000) as blocker:
        assert screen.export_pdf(str(tmp_path / "排名.pdf"))
    assert blocker.args == [str(tmp_path / "排名.pdf")]
    assert (tmp_path / "排名.pdf").read_bytes().startswith(b"%PDF")
    with qtbot.waitSignal(screen.exported, timeout=30000):
        assert screen.export_xlsx(str(tmp_path / "排名"))
    import openpyxl
    book = openpyxl.load_workbook(tmp_path / "排名.xlsx")
    cells = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value is not None]
    assert "张伟" in cells and "王芳" in cells


def test_all_reports_export_as_one_file_with_a_section_per_pane(qtbot, reports, tmp_path):
    screen, service = reports
    assert screen.pane.key == "funnel"
    screen.whole.setChecked(True)
    screen.owner.setCurrentIndex(screen.owner.findData(OWNER))
    service.calls.clear()
    with qtbot.waitSignal(screen.exported, timeout=30000):
        assert screen.export_xlsx(str(tmp_path / "全部.xlsx"))
    # Every pane of the list computed once more for the export, with the filters on screen.
    assert [key for key, _flt in service.calls] == list(service.panes())
    assert all(flt.owner_id == OWNER for _key, flt in service.calls)
    import openpyxl
    book = openpyxl.load_workbook(tmp_path / "全部.xlsx")
    assert len(book.worksheets) == len(service.panes())
    assert [ws.title for ws in book.worksheets][0] == L.pane_title("funnel")
    with qtbot.waitSignal(screen.exported, timeout=30000):
        assert screen.export_pdf(str(tmp_path / "全部.pdf"))
    from pypdf import PdfReader
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "全部.pdf").pages)
    assert all(L.pane_title(key) in text for key in service.panes())


def test_exports_run_on_the_io_lane_with_progress(qtbot, tmp_path):
    """A slow export behind the real (threaded) runner: the progress dialog shows and cancelling stops it."""
    import threading

    runner = TaskRunner()
    screen = ReportsScreen(FakeReports(), runner, ChangeBus(), today=lambda: TODAY)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.pane is not None, timeout=5000)
    started = threading.Event()

    def slow(sections, path, *, title, subtitle="", progress=None):
        started.set()
        for i in range(200):
            progress(i, 200)
            threading.Event().wait(0.02)
        return 1
    try:
        screen._run_export(slow, [screen.section()], str(tmp_path / "slow.pdf"), title="t", subtitle="s")
        assert started.wait(5)
        qtbot.waitUntil(lambda: screen.progress is not None and screen.progress.value() > 0, timeout=5000)
        assert not screen.pdf_button.isEnabled()
        with qtbot.waitSignal(screen.status) as blocker:
            qtbot.mouseClick(screen.progress.findChild(QPushButton), Qt.MouseButton.LeftButton)
        assert blocker.args == ["Export cancelled."]
        assert screen.export_task is None and screen.pdf_button.isEnabled()
    finally:
        runner.shutdown()


def test_labels_cover_every_kpi_and_pane():
    assert set(L.KPIS) == set(KPI_KEYS)
    from crm_desktop.services.report_dto import REPORT_PANES
    assert set(L.PANES) == set(REPORT_PANES)


def test_values_are_formatted_exactly():
    assert format_value(Decimal("1234567.005"), "CNY") == "¥1,234,567.01"
    assert format_value(Decimal("-12.5"), "CNY") == "-¥12.50"
    assert format_value(12345, "count") == "12,345"
    assert format_value(97.25, "percent") == "97.3%"
    assert format_value(None, "CNY") == "—"


# -- the real service, in the main window, on the demo database --------------------------------------------
def test_the_real_dashboard_and_reports_in_the_main_window(qtbot, window):
    assert window.dashboard is not None and window.reports is not None
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names[:4] == ["Customers", "Recycle bin", "Dashboard", "Reports"]
    with qtbot.waitSignal(window.dashboard.loaded, timeout=20000):
        window.show_screen(window.dashboard)
    expected = window.report_service.dashboard(window.dashboard.report_filter())
    assert [k.key for k in expected] == list(window.dashboard.tiles)
    for kpi in expected:
        assert window.dashboard.tiles[kpi.key].value.text() == format_value(kpi.value, kpi.unit)
    # A tile opens its list.
    tile = window.dashboard.tiles["new_customers"]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert window.stack.currentIndex() == window.screens.index(window.customers)

    screen = window.reports
    window.show_screen(screen)
    qtbot.waitUntil(lambda: screen.pane is not None, timeout=20000)
    for key in window.report_service.panes():
        with qtbot.waitSignal(screen.loaded, timeout=20000) as blocker:
            screen.show_pane(key)
            if screen.pane is not None and screen.pane.key == key and screen.task is None:
                screen.reload()
        assert blocker.args == [key]
        pane = screen.pane
        assert screen.model.rowCount() == len(pane.categories)
        if any(v not in (None, 0) for series in pane.series for v in series.values):
            drawn = {"bar": screen.chart.bars, "hbar": screen.chart.bars, "funnel": screen.chart.bars,
                     "line": screen.chart.curves, "pie": screen.chart.slices}[pane.chart]
            assert drawn, key
            assert screen.chart.legend.items, key
        else:
            assert not (screen.chart.bars or screen.chart.curves or screen.chart.slices)


def test_a_drill_sets_the_customer_lists_filters(qtbot, window):
    level = window.customers.level.itemData(1)
    assert level
    with qtbot.waitSignal(window.customers.model.loaded, timeout=10000):
        assert window.open_list("customers", {"level": level})
    assert window.customers.level.currentData() == level
    assert window.customers.model.filter.level == level
    assert window.stack.currentIndex() == window.screens.index(window.customers)
    assert window.open_list("tickets", {"queue": "breached"})
    assert window.tickets.queue() == "breached"
    assert not window.open_list("nowhere", {})


def test_the_pane_table_model_passes_the_model_tester(qtmodeltester):
    from crm_desktop.ui.reports.model import PaneTableModel
    model = PaneTableModel()
    pane = FakeReports().pane("revenue_forecast", ReportFilter(date(2026, 11, 1), date(2026, 12, 1)))
    model.set_pane(pane, series_title=L.series_title, column_title="月份")
    qtmodeltester.check(model, force_py=True)
    assert model.columnCount() == 5 and model.rowCount() == 6
    assert model.data(model.index(3, 2), Qt.ItemDataRole.UserRole) == Decimal("150000")


def test_a_figures_drill_narrows_the_customer_list_and_the_opportunity_list(qtbot, window):
    """The tiles' drill-downs as the real service makes them: the list opened counts what the tile counted,
    says what it is narrowed by, and "Show all" undoes it."""
    from crm_desktop.services.report_dto import ReportFilter
    service = window.dashboard.service
    today = date.today()
    kpis = {k.key: k for k in service.dashboard(ReportFilter(today.replace(day=1), today + timedelta(days=1)))}
    customers = window.customers
    everyone = customers.service.count(customers.current_filter())
    key, flt = kpis["follow_ups_overdue"].drill
    with qtbot.waitSignal(customers.model.loaded, timeout=10000):
        assert window.open_list(key, flt)
    assert window.stack.currentIndex() == window.screens.index(customers)
    assert customers.model.filter.follow_up_due_before == flt["follow_up_due_before"]
    assert customers.service.count(customers.model.filter) == kpis["follow_ups_overdue"].value < everyone
    assert customers.drill_clear.isVisibleTo(customers) and "before" in customers.drill_label.text()
    with qtbot.waitSignal(customers.model.loaded, timeout=10000):
        qtbot.mouseClick(customers.drill_clear, Qt.MouseButton.LeftButton)
    assert customers.model.filter.follow_up_due_before is None and not customers.drill_clear.isVisibleTo(customers)

    sales = window.sales
    key, flt = kpis["pipeline_value"].drill
    assert window.open_list(key, flt)
    assert sales.tabs.currentWidget() is sales.list
    assert sales.filter().status == "open" and "open" in sales.drill_label.text()
    qtbot.waitUntil(lambda: sales.model.rowCount() > 0, timeout=10000)
    key, flt = kpis["forecast_quarter"].drill
    assert window.open_list(key, flt)
    assert (sales.filter().close_from, sales.filter().close_to) == (flt["close_from"], flt["close_to"])
    qtbot.mouseClick(sales.drill_clear, Qt.MouseButton.LeftButton)
    assert sales.filter().status is None and sales.filter().close_from is None


def test_a_contract_figures_drill_narrows_the_contract_list(qtbot, window):
    from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
    contracts = window.contracts
    service = contracts.contracts
    customers = window.service.window(CustomerFilter(), CustomerOrder("name"), limit=3)
    for days, customer in zip((40, 20, 5), customers):
        service.create({"title": "年度服务", "customer_id": customer.id, "amount": 100_000,
                        "signed_on": date.today() - timedelta(days=days)})
    everything = service.rows(date.today())
    start, end = date.today() - timedelta(days=30), date.today()
    expected = service.rows(date.today(), signed_from=start, signed_to=end)
    assert 0 < len(expected) < len(everything)
    assert window.open_list("contracts", {"signed_from": start, "signed_to": end})
    assert window.stack.currentIndex() == window.screens.index(contracts)
    qtbot.waitUntil(lambda: contracts.list.rowCount() == len(expected), timeout=10000)
    assert "signed" in contracts.drill_label.text() and contracts.drill_clear.isVisibleTo(contracts)
    qtbot.mouseClick(contracts.drill_clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: contracts.list.rowCount() == len(everything), timeout=10000)


def test_a_chosen_owner_stays_chosen_when_the_options_are_read_again(reports):
    """The options come back with fresh (equal, not identical) ids after a change; the choice is kept."""
    screen, _service = reports
    screen.owner.setCurrentIndex(1)
    assert screen.owner.currentData() == OWNER
    screen._fill_options({"owners": [(uuid.UUID(str(OWNER)), "张伟")], "departments": [], "products": []})
    assert screen.owner.currentIndex() == 1 and screen.owner.currentData() == OWNER
