"""The home dashboard (首页): one tile per key figure the user's role may see, each with its trend against the
period before and a click through to the list behind it; a period selector; fresh figures after every write
that could move them (debounced, and deferred while the dashboard is hidden)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ...services.report_dto import Kpi, ReportFilter
from ..bus import ChangeBus
from ..charts.format import cjk_font, format_value
from ..common.errors import show_error
from ..tasks import Cancelled, TaskRunner, when_alive
from . import labels as L
from .period import PeriodSelector

COLUMNS = 4
DEBOUNCE_MS = 600


def trend(kpi: Kpi) -> tuple[str, str] | None:
    """(arrow and change, colour) against the previous period; None when there is nothing to compare."""
    if kpi.value is None or kpi.previous is None:
        return None
    value, previous = Decimal(str(kpi.value)), Decimal(str(kpi.previous))
    if value == previous:
        return "→ 0%", "#6b7280"
    up = value > previous
    arrow = "▲" if up else "▼"
    good = up != (kpi.key in L.WORSE_WHEN_UP)
    colour = "#16a34a" if good else "#dc2626"
    if previous == 0:
        return f"{arrow} {format_value(value - previous, kpi.unit)}", colour
    change = abs((value - previous) / abs(previous) * 100)
    return f"{arrow} {change.quantize(Decimal('0.1'))}%", colour


class KpiTile(QFrame):
    clicked = Signal()

    def __init__(self, key: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.key = key
        self.kpi: Kpi | None = None
        self.setObjectName(f"kpiTile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(f"QFrame#kpiTile_{key} {{ background: #ffffff; border: 1px solid #d8dde6; "
                           "border-radius: 6px; }")
        self.setMinimumSize(190, 100)
        self.title = QLabel(L.kpi_title(key))
        self.title.setObjectName("kpiTitle")
        self.title.setFont(cjk_font(10))
        self.title.setStyleSheet("color: #4b5563;")
        self.value = QLabel("—")
        self.value.setObjectName("kpiValue")
        self.value.setFont(cjk_font(17, bold=True))
        self.value.setStyleSheet("color: #111827;")
        self.trend = QLabel("")
        self.trend.setObjectName("kpiTrend")
        self.trend.setFont(cjk_font(9))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.trend)
        layout.addStretch(1)

    def show_kpi(self, kpi: Kpi) -> None:
        self.kpi = kpi
        self.value.setText(format_value(kpi.value, kpi.unit))
        change = trend(kpi)
        if change is None:
            self.trend.setText(self.tr("No earlier figure") if kpi.value is not None else self.tr("Nothing to measure yet"))
            self.trend.setStyleSheet("color: #9ca3af;")
            self.setToolTip("")
        else:
            text, colour = change
            self.trend.setText(self.tr("%1 vs previous period").replace("%1", text))
            self.trend.setStyleSheet(f"color: {colour};")
            self.setToolTip(self.tr("Previous period: %1").replace("%1", format_value(kpi.previous, kpi.unit)))
        self.setCursor(Qt.CursorShape.PointingHandCursor if kpi.drill else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class DashboardScreen(QWidget):
    open_list = Signal(str, object)  # screen key, filter dict (Kpi.drill)
    status = Signal(str)
    loaded = Signal()

    def __init__(self, service, tasks: TaskRunner, bus: ChangeBus | None = None, *, today=date.today,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboardScreen")
        self.service, self.tasks = service, tasks
        self.tiles: dict[str, KpiTile] = {}
        self.kpis: tuple[Kpi, ...] = ()
        self._generation = 0
        self._stale = False
        self.task = None
        self.period = PeriodSelector(today=today)
        self.period.changed.connect(self.refresh)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("dashboardRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        self.updated = QLabel("")
        self.updated.setObjectName("dashboardUpdated")
        self.updated.setStyleSheet("color: #6b7280;")
        bar = QHBoxLayout()
        heading = QLabel(self.tr("Home"))
        heading.setFont(cjk_font(14, bold=True))
        bar.addWidget(heading)
        bar.addSpacing(16)
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.updated)
        self.grid_host = QWidget()
        self.grid_host.setObjectName("kpiGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(12)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(self.grid_host)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(area, 1)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._changed_refresh)
        if bus is not None:
            bus.changed.connect(self._on_changes)
        self._stale = True  # the figures are asked for when the dashboard is first shown, not at start-up

    def report_filter(self) -> ReportFilter:
        start, end = self.period.range()
        return ReportFilter(start, end)

    def refresh(self) -> None:
        self._debounce.stop()
        self._stale = False
        self._generation += 1
        if self.task is not None:
            self.task.cancel()  # a superseded query need not run
        generation = self._generation
        self.task = self.tasks.submit(self.service.dashboard, self.report_filter(),
                                      on_done=lambda kpis, g=generation: self._loaded(g, kpis),
                                      on_error=lambda exc, g=generation: self._failed(g, exc))

    @when_alive
    def _loaded(self, generation: int, kpis) -> None:
        if generation != self._generation:
            return  # an older period's answer arriving late
        self.task = None
        self.kpis = tuple(kpis)
        for index, kpi in enumerate(self.kpis):
            tile = self.tiles.get(kpi.key)
            if tile is None:
                tile = self.tiles[kpi.key] = KpiTile(kpi.key)
                tile.clicked.connect(lambda key=kpi.key: self.open_tile(key))
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            tile.show_kpi(kpi)
        shown = {k.key for k in self.kpis}
        for key, tile in list(self.tiles.items()):
            if key not in shown:
                self.grid.removeWidget(tile)
                tile.deleteLater()
                del self.tiles[key]
        self.grid.setRowStretch(self.grid.rowCount(), 1)
        self.updated.setText(self.tr("Updated %1").replace("%1", datetime.now().strftime("%H:%M:%S")))
        self.loaded.emit()

    @when_alive
    def _failed(self, generation: int, exc) -> None:
        if generation != self._generation or isinstance(exc, Cancelled):
            return
        self.task = None
        show_error(self, exc)

    def open_tile(self, key: str) -> bool:
        tile = self.tiles.get(key)
        if tile is None or tile.kpi is None or not tile.kpi.drill:
            return False
        screen, flt = tile.kpi.drill
        self.open_list.emit(screen, dict(flt))
        return True

    def _on_changes(self, _changes) -> None:
        self._debounce.start()  # a burst of writes (an import, a bulk edit) costs one refresh

    def _changed_refresh(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
