"""One widget that draws any report pane (services.report_dto.Pane) with pyqtgraph: grouped bars, ranked
horizontal bars, lines with their uncertainty band (zoomable along the time axis only), pies and funnels.

The pyqtgraph code lives here and nowhere else (the screens host a PaneChart and hand it DTOs, as Orange3
keeps its plots apart from its widgets). Words come from the host: `series_title` and `category_title` turn
the pane's codes into translated text, so the chart itself knows no report.

Hover and click are hit-tested against the geometry the chart drew (not pyqtgraph's per-item hover events),
so every kind answers the same questions the same way: which category, which series, which value.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QBuffer, QIODevice, QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QLabel, QVBoxLayout, QWidget

from ...services.report_dto import Pane
from .format import as_float, cjk_font, format_value

PALETTE = ("#3b82f6", "#f59e0b", "#10b981", "#ef4444", "#8b5cf6", "#06b6d4", "#ec4899", "#84cc16", "#f97316",
           "#64748b", "#0ea5e9", "#a855f7")
KINDS = ("bar", "hbar", "line", "pie", "funnel")
BAR_SPAN = 0.8  # of one category's width, shared by its series


def color(index: int, alpha: int = 255) -> QColor:
    c = QColor(PALETTE[index % len(PALETTE)])
    c.setAlpha(alpha)
    return c


class ValueAxis(pg.AxisItem):
    """Value ticks as people read figures: 1,200,000 rather than 1.2e+06."""

    def tickStrings(self, values, scale, spacing):
        if self._tickLevels is not None:  # category ticks, set explicitly
            return super().tickStrings(values, scale, spacing)
        places = 0 if spacing >= 1 else max(0, -math.floor(math.log10(spacing)))
        return [f"{v * scale:,.{places}f}" for v in values]


class PaneChart(QWidget):
    drill = Signal(str, object)  # the screen key and its filter dict, from pane.drill[i]
    hovered = Signal(str)  # the text shown for the point under the mouse ("" when none)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("paneChart")
        self.plot = pg.PlotWidget(background="w", axisItems={"left": ValueAxis("left"), "bottom": ValueAxis("bottom")})
        self.plot.setObjectName("panePlot")
        self.item = self.plot.getPlotItem()
        self.item.setMenuEnabled(False)
        self.item.hideButtons()
        self.view = self.item.getViewBox()
        self.label_font = cjk_font(9)
        for name in ("left", "bottom"):
            axis = self.item.getAxis(name)
            axis.setTickFont(self.label_font)
            axis.setTextPen(pg.mkPen("#333"))
            axis.setPen(pg.mkPen("#999"))
            axis.enableAutoSIPrefix(False)
        self.tip = QLabel(self.plot)
        self.tip.setObjectName("chartHover")
        self.tip.setFont(self.label_font)
        self.tip.setStyleSheet("background: #ffffe6; color: #222; border: 1px solid #999; padding: 3px;")
        self.tip.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        self.pane: Pane | None = None
        self.categories: tuple[str, ...] = ()
        self.titles: tuple[str, ...] = ()  # the series' words
        self.legend: pg.LegendItem | None = None
        self.band: pg.FillBetweenItem | None = None
        self.slices: list[QGraphicsEllipseItem] = []
        self.bars: list[pg.BarGraphItem] = []
        self.curves: list[pg.PlotDataItem] = []
        self.hover_text = ""
        self.drawn: tuple[int, ...] = ()  # the series drawn (see _drawn_series)
        self._slice_angles: list[tuple[float, float]] = []  # (start, span) in degrees, Qt's convention
        self.plot.scene().sigMouseMoved.connect(self._mouse_moved)
        self.plot.scene().sigMouseClicked.connect(self._mouse_clicked)

    # -- drawing ---------------------------------------------------------------------------------------
    def set_pane(self, pane: Pane, *, series_title: Callable[[str], str] = str,
                 category_title: Callable[[str], str] = str) -> None:
        if pane.chart not in KINDS:
            raise ValueError(f"unknown chart kind {pane.chart!r}")
        self.pane = pane
        self.categories = tuple(category_title(c) if pane.categories_are_codes else c for c in pane.categories)
        self.titles = tuple(series_title(s.key) for s in pane.series)
        self.drawn = self._drawn_series(pane)
        self._clear()
        # Where the data leave room: rankings and funnels narrow downwards, trends usually rise to the right.
        corner = {"hbar": (-10, -10), "funnel": (-10, -10), "line": (70, 10)}.get(pane.chart, (-10, 10))
        self.legend = self.item.addLegend(offset=corner, labelTextColor="#222", brush=pg.mkBrush(255, 255, 255, 210),
                                          pen=pg.mkPen("#ccc"))
        if not pane.categories or all(v is None or v == 0 for series in pane.series for v in series.values):
            # Nothing to draw (the table still lists the zeros).
            if self.legend.scene() is not None:
                self.legend.scene().removeItem(self.legend)
            self.item.legend = self.legend = None
            empty = pg.TextItem(self.tr("No data for this period"), color="#666", anchor=(0.5, 0.5))
            empty.setFont(cjk_font(11))
            self.item.addItem(empty)
            empty.setPos(0, 0)
            self.item.hideAxis("left")
            self.item.hideAxis("bottom")
            return
        getattr(self, f"_draw_{pane.chart}")()
        for sample, label in self.legend.items:
            label.item.setFont(self.label_font)
        self.view.autoRange(padding=0.05)
        if pane.chart == "line" and pane.time_axis:  # (after autoRange, which switches auto-ranging off)
            self.view.enableAutoRange(axis="y")
            self.view.setAutoVisible(y=True)
        if pane.chart == "bar":  # headroom for the legend above the tallest bar
            low, high = self.view.viewRange()[1]
            self.view.setYRange(min(low, 0), high + (high - min(low, 0)) * 0.25 * len(self.drawn), padding=0)

    def _clear(self) -> None:
        if self.legend is not None:
            if self.legend.scene() is not None:
                self.legend.scene().removeItem(self.legend)
            self.item.legend = None
            self.legend = None
        self.item.clear()
        self.band = None
        self.slices, self.bars, self.curves, self._slice_angles = [], [], [], []
        self.view.setAspectLocked(False)
        self.view.setLimits(xMin=None, xMax=None, yMin=None, yMax=None)
        self.view.setMouseEnabled(x=False, y=False)
        for name in ("left", "bottom"):
            self.item.showAxis(name)
            self.item.getAxis(name).setTicks(None)
        self.item.getAxis("left").setWidth(None)
        self.item.showGrid(x=False, y=False)
        self._hide_tip()

    def _category_ticks(self, axis: str, positions) -> None:
        n = len(self.categories)
        if axis == "left":  # wide enough for the longest name (pyqtgraph sizes it for numbers)
            metrics = QFontMetrics(self.label_font)
            self.item.getAxis("left").setWidth(min(220, max(metrics.horizontalAdvance(c) for c in self.categories) + 16))
        step = max(1, math.ceil(n / 14)) if axis == "bottom" else max(1, math.ceil(n / 30))
        major = [(pos, text) for i, (pos, text) in enumerate(zip(positions, self.categories)) if i % step == 0]
        self.item.getAxis(axis).setTicks([major, []])

    @staticmethod
    def _drawn_series(pane: Pane) -> tuple[int, ...]:
        """The series drawn against the one value axis: those of the pane's main unit (the unit most series
        have; money on a tie). The others (a count beside an amount, a rate beside counts) would be flattened
        on the same axis; they show in the hover text and the table instead."""
        if pane.chart in ("pie", "funnel") or not pane.series:
            return (0,) if pane.series else ()
        units = [s.unit for s in pane.series]
        main = max(dict.fromkeys(units), key=lambda u: (units.count(u), u == "CNY"))
        return tuple(j for j, u in enumerate(units) if u == main)

    def _values(self, index: int) -> list[float]:
        return [0.0 if v is None else as_float(v) for v in self.pane.series[index].values]

    def _bar_offsets(self) -> tuple[float, dict[int, float]]:
        count = len(self.drawn)
        width = BAR_SPAN / count
        return width, {j: -BAR_SPAN / 2 + width * (k + 0.5) for k, j in enumerate(self.drawn)}

    def _draw_bar(self) -> None:
        n = len(self.categories)
        width, offsets = self._bar_offsets()
        for j in self.drawn:
            bar = pg.BarGraphItem(x=[i + offsets[j] for i in range(n)], height=self._values(j), width=width,
                                  brush=color(j), pen=pg.mkPen(color(j).darker(120)))
            self._add_bar(bar, self.titles[j])
        self._category_ticks("bottom", range(n))
        self.item.showGrid(y=True, alpha=0.25)
        self.view.setLimits(xMin=-1, xMax=n)

    def _draw_hbar(self) -> None:
        n = len(self.categories)
        width, offsets = self._bar_offsets()
        for j in self.drawn:
            # The first category (the top of the ranking) at the top.
            bar = pg.BarGraphItem(x0=0, y=[n - 1 - i - offsets[j] for i in range(n)], height=width,
                                  width=self._values(j), brush=color(j), pen=pg.mkPen(color(j).darker(120)))
            self._add_bar(bar, self.titles[j])
        self._category_ticks("left", [n - 1 - i for i in range(n)])
        self.item.showGrid(x=True, alpha=0.25)

    def _draw_funnel(self) -> None:
        n = len(self.categories)
        values = self._values(0)
        bar = pg.BarGraphItem(x0=[-v / 2 for v in values], y=[n - 1 - i for i in range(n)], height=0.8,
                              width=values, brush=color(0), pen=pg.mkPen(None))  # (no sliver for a 0)
        self._add_bar(bar, self.titles[0])
        series = self.pane.series[0]
        for i, value in enumerate(series.values):
            text = pg.TextItem(format_value(value, series.unit), color="#fff" if values[i] else "#333",
                               anchor=(0.5, 0.5))
            text.setFont(cjk_font(9, bold=True))
            self.item.addItem(text)
            text.setPos(0, n - 1 - i)
        self._category_ticks("left", [n - 1 - i for i in range(n)])
        self.item.hideAxis("bottom")

    def _add_bar(self, bar: pg.BarGraphItem, title: str) -> None:
        self.item.addItem(bar)
        self.legend.addItem(bar, title)
        self.bars.append(bar)

    def _draw_line(self) -> None:
        n = len(self.categories)
        xs = list(range(n))
        for j in self.drawn:
            series = self.pane.series[j]
            if all(v is None for v in series.values):
                continue  # nothing to draw (a forecast without enough history); the table shows the dashes
            if series.lower is not None and series.upper is not None:
                self._draw_band(j, xs)
            curve = pg.PlotDataItem(xs, [as_float(v) for v in series.values], pen=pg.mkPen(color(j), width=2),
                                    symbol="o", symbolSize=6, symbolBrush=color(j), symbolPen=pg.mkPen(color(j)),
                                    connect="finite")
            self.item.addItem(curve)
            self.legend.addItem(curve, self.titles[j])
            self.curves.append(curve)
        self._category_ticks("bottom", xs)
        self.item.showGrid(x=True, y=True, alpha=0.2)
        self.view.setLimits(xMin=-0.5, xMax=max(n - 0.5, 0.5))
        if self.pane.time_axis:
            self.view.setMouseEnabled(x=True, y=False)  # zoom and pan along time; the value axis follows

    def _draw_band(self, j: int, xs: list[int]) -> None:
        series = self.pane.series[j]
        kept = [i for i in xs if series.lower[i] is not None and series.upper[i] is not None]
        if not kept:
            return
        lower = pg.PlotCurveItem(kept, [as_float(series.lower[i]) for i in kept], pen=pg.mkPen(color(j, 90)))
        upper = pg.PlotCurveItem(kept, [as_float(series.upper[i]) for i in kept], pen=pg.mkPen(color(j, 90)))
        self.band = pg.FillBetweenItem(lower, upper, brush=pg.mkBrush(color(j, 55)))
        for part in (lower, upper, self.band):
            self.item.addItem(part)
        # The legend cannot draw a fill item; a sample curve with the band's fill stands for it.
        sample = pg.PlotDataItem([], [], pen=pg.mkPen(color(j, 90)), fillLevel=0, fillBrush=pg.mkBrush(color(j, 55)))
        self.legend.addItem(sample, self.tr("%1 (range)").replace("%1", self.titles[j]))

    def _draw_pie(self) -> None:
        self.item.hideAxis("left")
        self.item.hideAxis("bottom")
        self.view.setAspectLocked(True)
        values = [max(v, 0.0) for v in self._values(0)]
        total = sum(values)
        start = -90.0  # from twelve o'clock, clockwise on screen
        for i, value in enumerate(values):
            span = 360.0 * value / total if total else 0.0
            piece = QGraphicsEllipseItem(-1, -1, 2, 2)
            # Qt puts angle a at item point (cos a, -sin a); the view's y axis points up, so the angles turn
            # clockwise on screen.
            piece.setStartAngle(round(start * 16))
            piece.setSpanAngle(round(span * 16))
            piece.setBrush(QBrush(color(i)))
            piece.setPen(QPen(QColor("white"), 0))
            self.item.addItem(piece)
            self.slices.append(piece)
            self._slice_angles.append((start, span))
            sample = pg.BarGraphItem(x=[0], height=[0], width=0, brush=color(i), pen=pg.mkPen(color(i)))
            self.legend.addItem(sample, self.categories[i])
            if span >= 14:
                middle = math.radians(start + span / 2)
                label = pg.TextItem(f"{100 * value / total:.0f}%", color="#fff", anchor=(0.5, 0.5))
                label.setFont(cjk_font(9, bold=True))
                self.item.addItem(label)
                label.setPos(0.65 * math.cos(middle), -0.65 * math.sin(middle))
            start += span
        self.view.setRange(xRange=(-1.6, 1.6), yRange=(-1.1, 1.1), padding=0)

    # -- what is under a point -------------------------------------------------------------------------
    def hit(self, point: QPointF) -> tuple[int, int] | None:
        """(category index, series index) under a point in data coordinates, or None."""
        pane = self.pane
        if pane is None or not pane.categories or not pane.series:
            return None
        x, y = point.x(), point.y()
        n = len(pane.categories)
        if pane.chart == "pie":
            if x * x + y * y > 1:
                return None
            angle = math.degrees(math.atan2(-y, x))  # the inverse of where Qt put each slice's angles
            for i, (start, span) in enumerate(self._slice_angles):
                if span > 0 and (angle - start) % 360 < span:
                    return i, 0
            return None
        if pane.chart == "line":
            i = round(x)
            if not 0 <= i < n:
                return None
            scale = self.view.viewRange()[1]
            tolerance = (scale[1] - scale[0]) * 0.08
            best = None
            for j in self.drawn:
                value = pane.series[j].values[i]
                if value is None:
                    continue
                distance = abs(float(value) - y)
                if best is None or distance < best[0]:
                    best = (distance, j)
            return (i, best[1]) if best is not None and best[0] <= tolerance else None
        if pane.chart == "funnel":
            i = n - 1 - round(y)
            if not 0 <= i < n or abs(y - (n - 1 - i)) > 0.4:
                return None
            return (i, 0) if abs(x) <= self._values(0)[i] / 2 else None
        along, across = (x, y) if pane.chart == "bar" else (n - 1 - y, x)
        i = round(along)
        if not 0 <= i < n:
            return None
        width, offsets = self._bar_offsets()
        offset = along - i if pane.chart == "bar" else (n - 1 - i) - y
        for j, start in offsets.items():
            if abs(offset - start) <= width / 2:
                value = self._values(j)[i]
                if min(0.0, value) <= across <= max(0.0, value):
                    return i, j
        return None

    def describe(self, category: int, series: int) -> str:
        """The hover text: the category, the series and its value (with its band, share or stage rate)."""
        pane = self.pane
        s = pane.series[series]
        value = s.values[category]
        lines = [self.categories[category], f"{self.titles[series]}: {format_value(value, s.unit)}"]
        if s.lower is not None and s.upper is not None and s.lower[category] is not None:
            lines.append(self.tr("Range: %1 – %2").replace("%1", format_value(s.lower[category], s.unit))
                         .replace("%2", format_value(s.upper[category], s.unit)))
        if pane.chart == "pie":
            total = sum(max(v, 0.0) for v in self._values(0))
            if total:
                lines.append(self.tr("Share: %1%").replace("%1", f"{100 * as_float(value) / total:.1f}"))
        if pane.chart == "funnel" and category > 0:
            first = self._values(0)[0]
            if first:
                lines.append(self.tr("Of the first stage: %1%").replace("%1", f"{100 * as_float(value) / first:.1f}"))
        for other, extra in enumerate(pane.series):
            if other != series and (pane.chart in ("pie", "funnel") or other not in self.drawn):
                lines.append(f"{self.titles[other]}: {format_value(extra.values[category], extra.unit)}")
        return "\n".join(lines)

    def hover_at(self, scene_pos: QPointF) -> str:
        """Show (and return) the hover text for a point of the scene."""
        if self.pane is None or not self.view.sceneBoundingRect().contains(scene_pos):
            self._hide_tip()
            return ""
        found = self.hit(self.view.mapSceneToView(scene_pos))
        if found is None:
            self._hide_tip()
            return ""
        text = self.describe(*found)
        if text != self.hover_text:
            self.hover_text = text
            self.tip.setText(text)
            self.tip.adjustSize()
            self.hovered.emit(text)
        where = self.plot.mapFromScene(scene_pos) + QPoint(14, 10)
        where.setX(min(where.x(), max(0, self.plot.width() - self.tip.width() - 4)))
        where.setY(min(where.y(), max(0, self.plot.height() - self.tip.height() - 4)))
        self.tip.move(where)
        self.tip.show()
        self.tip.raise_()
        return text

    def _hide_tip(self) -> None:
        self.tip.hide()
        if self.hover_text:
            self.hover_text = ""
            self.hovered.emit("")

    def _mouse_moved(self, scene_pos) -> None:
        self.hover_at(QPointF(scene_pos))

    def _mouse_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.pane is None or not self.pane.drill:
            return
        found = self.hit(self.view.mapSceneToView(event.scenePos()))
        if found is not None:
            self.drill_category(found[0])

    def drill_category(self, index: int) -> bool:
        drill = self.pane.drill if self.pane is not None else None
        if not drill or index >= len(drill) or not drill[index]:
            return False
        screen, flt = drill[index]
        self.drill.emit(screen, dict(flt))
        return True

    def leaveEvent(self, event) -> None:
        self._hide_tip()
        super().leaveEvent(event)

    # -- export ----------------------------------------------------------------------------------------
    def png_bytes(self, width: int = 1000) -> bytes:
        """The chart as a PNG picture (for the PDF export and the print preview), drawn from the scene at
        `width` pixels whatever the widget's size; call on the GUI thread."""
        self._hide_tip()
        if self.plot.width() < 200:  # never laid out (a hidden tab): give the scene a sensible size to draw
            self.plot.resize(width, int(width * 0.56))
        exporter = ImageExporter(self.item)
        exporter.parameters()["width"] = width
        image = exporter.export(toBytes=True)
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data())


__all__ = ["PALETTE", "PaneChart", "color"]
