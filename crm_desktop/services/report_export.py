"""Any report as a PDF (the company letterhead, each pane's chart and the table behind it, page numbers, an
embedded CJK font) or as an Excel workbook (one sheet per pane, numbers as numbers).

No Qt here: the UI hands in a chart it already drew as PNG bytes where it has one (`ReportSection.image_png`);
otherwise the chart is drawn with reportlab's own charts from the pane's data. Words come from the caller:
series and category titles per section, and `labels` for the few words of the frame (page numbers, the
category column, band columns), English by default since translated text belongs to the UI.

Both writers go through a temporary file beside the target and rename it at the end, so a `Cancelled` raised
by the `progress(done, total)` callback (or any error) leaves no partial file behind.
"""

from __future__ import annotations

import io
import math
import os
import re
import secrets
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.charts.utils import FillPairedData
from reportlab.graphics.shapes import Drawing, Polygon, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, Image, Paragraph, SimpleDocTemplate, Spacer, Table, \
    TableStyle

from . import pdf_document
from .company import Company
from .report_dto import Number, Pane, Series

Progress = Callable[[int, int], None]

DEFAULT_LABELS: dict = {
    "page": "Page {page} of {pages}",  # "第 {page} 页 / 共 {pages} 页"
    "phone": "Tel. {phone}",
    "tax_number": "Tax No. {tax_number}",
    "category": "Category",  # the first column when a section has no column_title
    "lower": "{series} (low)",  # the columns of an uncertainty band
    "upper": "{series} (high)",
    "band": "{series} range",  # the band's legend entry
    "no_data": "No data",
    "other": "Other",  # the pie slice gathering the smallest ones
    "units": {"CNY": "¥"},  # a unit shown after a series' column title, as "Amount (¥)"
    "notes": {},  # pane note key -> title ("mape" -> "Forecast error (MAPE)")
}
EMPTY = "—"
PALETTE = [colors.HexColor(c) for c in ("#1f4e79", "#e07b24", "#3a9d5d", "#c0392b", "#8e6bb8", "#17a2b8",
                                        "#b5892f", "#d35d9b", "#6c757d", "#2e86de", "#7f8c3a", "#5d4037")]
HEADER_BLUE = colors.HexColor("#1f4e79")
GRID = colors.HexColor("#9aa5b1")
STRIPE = colors.HexColor("#f3f6f9")
CONTENT_WIDTH = A4[0] - 2 * pdf_document.MARGIN
CHART_HEIGHT = 72 * mm
IMAGE_MAX_HEIGHT = 100 * mm
PIE_SLICES = 12  # at most this many slices; the smallest ones beyond become "Other"
MONEY_FORMAT = "#,##0.00"
CELL_TEXT_LIMIT = 400  # a PDF cell longer than this is cut, so no row can outgrow a page


@dataclass(frozen=True)
class ReportSection:
    title: str
    pane: Pane
    series_titles: dict[str, str] = field(default_factory=dict)  # series key -> translated name
    category_titles: dict[str, str] = field(default_factory=dict)  # category code -> translated name
    image_png: bytes | None = None  # the chart as the UI drew it
    column_title: str = ""  # the category column's title ("阶段", "销售代表", "月份")


# --- words and numbers shared by both formats ---------------------------------------------------------------

def format_value(value: Number | None, unit: str = "count") -> str:
    """A cell's text: money exactly, with thousands separators and at least two decimals; None as a dash."""
    if value is None or isinstance(value, bool):
        return EMPTY
    if isinstance(value, float) and not math.isfinite(value):
        return EMPTY
    if unit == "CNY":
        if isinstance(value, float):
            return f"{value:,.2f}"
        amount = Decimal(value)
        places = -amount.as_tuple().exponent if isinstance(amount.as_tuple().exponent, int) else 2
        return f"{amount:,.{max(places, 2)}f}"
    if isinstance(value, int):
        text = f"{value:,}"
    elif isinstance(value, Decimal):
        text = f"{value:,f}"
    else:
        text = f"{value:,.2f}"
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text + "%" if unit == "percent" else text


def _merged_labels(labels: dict | None) -> dict:
    merged = dict(DEFAULT_LABELS)
    for key, value in (labels or {}).items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


@dataclass(frozen=True)
class _Column:
    title: str
    series: Series
    values: tuple[Number | None, ...]


def _category_names(section: ReportSection) -> list[str]:
    pane = section.pane
    if pane.categories_are_codes:
        return [section.category_titles.get(c, c) for c in pane.categories]
    return [str(c) for c in pane.categories]


def _series_name(section: ReportSection, series: Series) -> str:
    return section.series_titles.get(series.key, series.key)


def _columns(section: ReportSection, labels: dict) -> list[_Column]:
    """The table's value columns: each series, then its band's lower and upper edge where it has one."""
    n = len(section.pane.categories)
    columns = []
    for series in section.pane.series:
        name = _series_name(section, series)
        unit = labels["units"].get(series.unit)
        suffix = f" ({unit})" if unit else ""
        columns.append(_Column(name + suffix, series, _fit(series.values, n)))
        for edge in ("lower", "upper"):
            values = getattr(series, edge)
            if values is not None:
                columns.append(_Column(labels[edge].format(series=name) + suffix, series, _fit(values, n)))
    return columns


def _fit(values: Sequence[Number | None], n: int) -> tuple[Number | None, ...]:
    """Exactly one value per category: a short series is padded with None, a long one cut."""
    values = tuple(values)[:n]
    return values + (None,) * (n - len(values))


def _temporary_beside(path: Path) -> Path:
    """A new empty file beside `path` (same folder, so the rename is atomic), created with the user's usual
    permissions (mkstemp's would be owner-only, and the export would keep them)."""
    for _ in range(100):
        candidate = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
        try:
            with open(candidate, "xb"):
                return candidate
        except FileExistsError:
            continue
    raise FileExistsError(candidate)


def _write_atomically(path: str | os.PathLike, write: Callable[[Path], None]) -> None:
    target = Path(path)
    temporary = _temporary_beside(target)
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


# --- PDF ----------------------------------------------------------------------------------------------------

class _Done(Flowable):
    """A marker after a section's last flowable: laying it out reports the section done."""

    def __init__(self, index: int):
        super().__init__()
        self.index = index

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        pass


class _ReportDocument(SimpleDocTemplate):
    def __init__(self, *args, on_section: Callable[[int], None], **kwargs):
        super().__init__(*args, **kwargs)
        self._on_section = on_section

    def afterFlowable(self, flowable):
        if isinstance(flowable, _Done):
            self._on_section(flowable.index)


def write_pdf(sections: Sequence[ReportSection], path: str | os.PathLike, *, title: str, subtitle: str = "",
              company: Company | None = None, labels: dict | None = None, progress: Progress | None = None) -> int:
    """Write the report to `path` as a PDF; the number of pages written."""
    words = _merged_labels(labels)
    styles = pdf_document.styles()
    font = styles["body"].fontName
    total = len(sections) + 1
    if progress:
        progress(0, total)

    story: list = [Paragraph(escape(title), styles["title"])]
    if subtitle:
        story.append(Paragraph(escape(subtitle), _centred(styles["small"])))
    story.append(Spacer(1, 4 * mm))
    for index, section in enumerate(sections):
        story += _section_story(section, words, styles, font)
        story.append(_Done(index))

    pages = {"total": 0}
    width, height = A4
    margin = pdf_document.MARGIN

    def letterhead(c, number: int, count: int) -> None:
        pages["total"] = count
        c.saveState()
        if company is not None:
            c.setFont(font, 14)
            c.drawString(margin, height - 14 * mm, company.name)
            c.setFont(font, 8)
            c.setFillColor(colors.HexColor("#555555"))
            contact = "  ".join(x for x in (company.address,
                                            words["phone"].format(phone=company.phone) if company.phone else "",
                                            company.email) if x)
            c.drawString(margin, height - 19 * mm, contact)
            if company.tax_number:
                c.drawRightString(width - margin, height - 14 * mm,
                                  words["tax_number"].format(tax_number=company.tax_number))
            c.setStrokeColor(HEADER_BLUE)
            c.setLineWidth(1.2)
            c.line(margin, height - 21.5 * mm, width - margin, height - 21.5 * mm)
        c.setFont(font, 8)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawCentredString(width / 2, 10 * mm, words["page"].format(page=number, pages=count))
        c.restoreState()

    def on_section(index: int) -> None:
        if progress:
            progress(index + 1, total)

    def write(temporary: Path) -> None:
        doc = _ReportDocument(str(temporary), pagesize=A4, leftMargin=margin, rightMargin=margin,
                              topMargin=28 * mm if company is not None else 18 * mm, bottomMargin=18 * mm,
                              title=title, subject=subtitle, author=company.name if company else "",
                              creator="crm-desktop", on_section=on_section)
        doc.build(story, canvasmaker=pdf_document._numbered_canvas(letterhead))
        if progress:
            progress(total, total)

    _write_atomically(path, write)
    return pages["total"]


def _centred(style):
    from reportlab.lib.styles import ParagraphStyle
    return ParagraphStyle(f"{style.name}-centred", parent=style, alignment=1)


def _section_story(section: ReportSection, words: dict, styles: dict, font: str) -> list:
    chart = _picture(section.image_png) if section.image_png else None
    if chart is None:
        chart = draw_chart(section, words, font)
    heading = Paragraph(escape(section.title), styles["heading"])
    story = [CondPageBreak(chart.wrap(CONTENT_WIDTH, A4[1])[1] + 14 * mm), heading, chart, Spacer(1, 3 * mm)]
    table = _table(section, words, styles, font)
    if table is not None:
        story.append(table)
    notes = _notes(section, words)
    if notes:
        story += [Spacer(1, 2 * mm), Paragraph(escape(notes), styles["small"])]
    story.append(Spacer(1, 5 * mm))
    return story


def _notes(section: ReportSection, words: dict) -> str:
    return "；".join(f"{words['notes'].get(key, key)}: {format_value(value, 'count')}"
                     for key, value in section.pane.notes)


def _picture(png: bytes) -> Image | None:
    """The UI's chart picture scaled into the page's width; None when the bytes are not an image."""
    try:
        reader = ImageReader(io.BytesIO(png))
        w, h = reader.getSize()
    except Exception:  # noqa: BLE001 - a broken picture falls back to drawing the chart from the data
        return None
    if not w or not h:
        return None
    scale = min(CONTENT_WIDTH / w, IMAGE_MAX_HEIGHT / h)
    return Image(io.BytesIO(png), width=w * scale, height=h * scale)


def _table(section: ReportSection, words: dict, styles: dict, font: str) -> Table | None:
    names = _category_names(section)
    columns = _columns(section, words)
    if not names and not columns:
        return None
    size = 8.5 if len(columns) <= 4 else 7.5 if len(columns) <= 7 else 6.5
    first = min(max(CONTENT_WIDTH * 0.3, 30 * mm), CONTENT_WIDTH - 18 * mm * len(columns)) if columns \
        else CONTENT_WIDTH
    first = max(first, 25 * mm)
    rest = (CONTENT_WIDTH - first) / len(columns) if columns else 0
    cell = styles["cell"].clone("report-cell", fontSize=size, leading=size * 1.3)
    head = styles["cell"].clone("report-head", fontSize=size, leading=size * 1.3, textColor=colors.white)

    def text(value: str, width: float, style):
        # Plain strings lay out much faster; only text wider than its cell becomes a wrapping Paragraph.
        if stringWidth(value, font, size) <= width - 6:
            return value
        return Paragraph(escape(value), style)

    header = [text(section.column_title or words["category"], first, head)] + [
        text(c.title, rest, head) for c in columns]
    rows = [header]
    for i, name in enumerate(names):
        rows.append([text(_short(name, CELL_TEXT_LIMIT), first, cell)] + [format_value(c.values[i], c.series.unit) for c in columns])
    if not names:
        rows.append([words["no_data"]] + [EMPTY] * len(columns))
    table = Table(rows, colWidths=[first] + [rest] * len(columns), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), size * 1.3),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE])]))
    return table


# --- charts drawn from the pane's data ----------------------------------------------------------------------

def _number(value: Number | None) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _short(text: str, limit: int = 12) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _axis_text(value: float) -> str:
    if abs(value) >= 1000 or value == int(value):
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _sparse(names: list[str], most: int, limit: int = 12) -> list[str]:
    """Category axis labels: shortened, and only every k-th one where there are too many to read."""
    step = max(1, math.ceil(len(names) / most))
    return [_short(n, limit) if i % step == 0 else "" for i, n in enumerate(names)]


def _no_data(drawing: Drawing, words: dict, font: str) -> Drawing:
    drawing.add(String(drawing.width / 2, drawing.height / 2, words["no_data"], fontName=font, fontSize=10,
                       textAnchor="middle", fillColor=colors.HexColor("#777777")))
    return drawing


def draw_chart(section: ReportSection, labels: dict | None = None, font: str | None = None) -> Drawing:
    """The pane's chart as a reportlab Drawing, as wide as the page's text."""
    words = _merged_labels(labels)
    font = font or pdf_document.styles()["body"].fontName
    pane = section.pane
    drawing = Drawing(CONTENT_WIDTH, CHART_HEIGHT)
    names = _category_names(section)
    n = len(names)
    series = [s for s in pane.series if any(_number(v) is not None for v in _fit(s.values, n))]
    if not n or not series:
        return _no_data(drawing, words, font)
    draw = {"bar": _bars, "hbar": _bars, "line": _lines, "pie": _pie, "funnel": _funnel}.get(pane.chart, _bars)
    draw(drawing, section, series, names, words, font)
    return drawing


LEGEND_PER_ROW = 4


def _legend_height(entries: int) -> float:
    return 5 * mm + 4.5 * mm * math.ceil(entries / LEGEND_PER_ROW)


def _legend(drawing: Drawing, pairs: list, font: str, x: float, y: float, columns: int | None = None) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font, 7.5
    legend.alignment = "right"
    legend.dx = legend.dy = 7
    legend.columnMaximum = columns or max(1, math.ceil(len(pairs) / LEGEND_PER_ROW))
    legend.deltax = 40 * mm
    legend.boxAnchor = "nw"
    legend.colorNamePairs = pairs
    drawing.add(legend)


def _style_axes(chart, font: str) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = font
        axis.labels.fontSize = 7
        axis.strokeColor = GRID
    chart.valueAxis.labelTextFormat = _axis_text
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#e3e8ee")
    chart.valueAxis.forceZero = True


def _bars(drawing: Drawing, section, series, names, words, font) -> None:
    horizontal = section.pane.chart == "hbar"
    legend_space = _legend_height(len(series)) if len(series) > 1 else 0
    rotated = not horizontal and len(names) > 6
    chart = HorizontalBarChart() if horizontal else VerticalBarChart()
    chart.data = [[_number(v) for v in _fit(s.values, len(names))] for s in series]
    chart.categoryAxis.categoryNames = _sparse(names, 26 if horizontal else 16, 14 if horizontal else 8)
    _style_axes(chart, font)
    if horizontal:
        chart.x, chart.y = 32 * mm, 6 * mm + legend_space
        chart.width, chart.height = CONTENT_WIDTH - 36 * mm, CHART_HEIGHT - 10 * mm - legend_space
        chart.categoryAxis.reverseDirection = 1  # the first category on top, as read
        chart.categoryAxis.labels.boxAnchor = "e"
    else:
        label_space = 14 * mm if rotated else 7 * mm
        chart.x, chart.y = 16 * mm, label_space + legend_space
        chart.width, chart.height = CONTENT_WIDTH - 20 * mm, CHART_HEIGHT - label_space - 4 * mm - legend_space
        chart.categoryAxis.labels.boxAnchor = "ne" if rotated else "n"
        chart.categoryAxis.labels.angle = 30 if rotated else 0
    chart.barSpacing = 1
    chart.groupSpacing = 4 if len(names) < 60 else 1
    chart.bars.strokeColor = None
    for i, _s in enumerate(series):
        chart.bars[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(chart)
    if len(series) > 1:
        _legend(drawing, [(PALETTE[i % len(PALETTE)], _series_name(section, s)) for i, s in enumerate(series)],
                font, chart.x, legend_space - 2 * mm)


def _lines(drawing: Drawing, section, series, names, words, font) -> None:
    n = len(names)
    chart = HorizontalLineChart()
    data: list = []
    pairs = []
    # Bands first, so their shading lies under every line: the upper edge is paired with the lower one and
    # reportlab fills between them.
    for i, s in enumerate(series):
        if s.lower is None or s.upper is None:
            continue
        colour = PALETTE[i % len(PALETTE)]
        shade = colors.Color(colour.red, colour.green, colour.blue, alpha=0.18)
        lower = [_number(v) for v in _fit(s.lower, n)]
        upper = [_number(v) for v in _fit(s.upper, n)]
        edges = [j for j in range(n) if lower[j] is not None and upper[j] is not None]
        if not edges:
            continue
        # Only where both edges are known, so the shaded polygon's two sides line up.
        lower = [lower[j] if j in edges else None for j in range(n)]
        upper = [upper[j] if j in edges else None for j in range(n)]
        data.append(lower)
        data.append(FillPairedData(upper, other=len(data) - 1))
        for row in (len(data) - 2, len(data) - 1):
            chart.lines[row].strokeColor = shade
            chart.lines[row].fillColor = shade
            chart.lines[row].strokeWidth = 0.3
        swatch = colors.Color(*(0.75 + 0.25 * c for c in (colour.red, colour.green, colour.blue)))
        pairs.append((swatch, words["band"].format(series=_series_name(section, s))))
    for i, s in enumerate(series):
        colour = PALETTE[i % len(PALETTE)]
        row = len(data)
        data.append([_number(v) for v in _fit(s.values, n)])
        chart.lines[row].strokeColor = colour
        chart.lines[row].strokeWidth = 1.5
        pairs.insert(i, (colour, _series_name(section, s)))
    chart.data = data
    chart.joinedLines = 1
    rotated = n > 8
    legend_space = _legend_height(len(pairs)) if len(pairs) > 1 else 0
    label_space = 14 * mm if rotated else 7 * mm
    chart.x, chart.y = 16 * mm, label_space + legend_space
    chart.width, chart.height = CONTENT_WIDTH - 20 * mm, CHART_HEIGHT - label_space - 4 * mm - legend_space
    chart.categoryAxis.categoryNames = _sparse(names, 16, 10)
    _style_axes(chart, font)
    chart.valueAxis.forceZero = False
    chart.categoryAxis.labels.boxAnchor = "ne" if rotated else "n"
    chart.categoryAxis.labels.angle = 30 if rotated else 0
    drawing.add(chart)
    if len(pairs) > 1:
        _legend(drawing, pairs, font, chart.x, legend_space - 2 * mm)


def _pie(drawing: Drawing, section, series, names, words, font) -> None:
    values = [_number(v) for v in _fit(series[0].values, len(names))]
    slices = sorted(((v, name) for v, name in zip(values, names) if v is not None and v > 0),
                    key=lambda pair: -pair[0])
    if not slices:
        _no_data(drawing, words, font)
        return
    if len(slices) > PIE_SLICES:
        rest = sum(v for v, _ in slices[PIE_SLICES - 1:])
        slices = slices[: PIE_SLICES - 1] + [(rest, words["other"])]
    total = sum(v for v, _ in slices)
    pie = Pie()
    size = CHART_HEIGHT - 12 * mm
    pie.x, pie.y, pie.width, pie.height = 14 * mm, 6 * mm, size, size
    pie.data = [v for v, _ in slices]
    pie.labels = None
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.6
    pie.startAngle = 90
    pie.direction = "clockwise"
    for i in range(len(slices)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    pairs = [(PALETTE[i % len(PALETTE)], f"{_short(name, 16)}  {v / total:.1%}")
             for i, (v, name) in enumerate(slices)]
    _legend(drawing, pairs, font, pie.x + size + 16 * mm, CHART_HEIGHT - 6 * mm, columns=9)


def _funnel(drawing: Drawing, section, series, names, words, font) -> None:
    """Stages as centred trapezoids narrowing with the value, each with its name, value and share of the
    first stage."""
    s = series[0]
    values = [_number(v) for v in _fit(s.values, len(names))]
    top = max((v for v in values if v is not None), default=0) or 1
    first = next((v for v in values if v is not None and v > 0), None)
    n = len(names)
    step = (CHART_HEIGHT - 6 * mm) / n
    height = step * 0.86
    centre = 16 * mm + (CONTENT_WIDTH * 0.55) / 2
    widest = CONTENT_WIDTH * 0.55
    size = max(5.0, min(8.0, height * 0.7))
    widths = [max(0.0, (v or 0) / top) * widest for v in values]
    for i, (name, value) in enumerate(zip(names, values)):
        y = CHART_HEIGHT - 3 * mm - (i + 1) * step
        w = widths[i]
        following = widths[i + 1] if i + 1 < n else 0
        below = min(following, w) if following > 0 else w * 0.85
        drawing.add(Polygon([centre - w / 2, y + height, centre + w / 2, y + height,
                             centre + below / 2, y, centre - below / 2, y],
                            fillColor=PALETTE[i % len(PALETTE)], strokeColor=colors.white, strokeWidth=0.5))
        share = f"  {value / first:.0%}" if value is not None and first else ""
        drawing.add(String(centre + widest / 2 + 6 * mm, y + height / 2 - size / 3,
                           f"{_short(name, 18)}  {format_value(s.values[i] if i < len(s.values) else None, s.unit)}"
                           f"{share}", fontName=font, fontSize=size))


# --- Excel --------------------------------------------------------------------------------------------------

INVALID_SHEET_CHARACTERS = re.compile(r"[\[\]:*?/\\]")


def sheet_names(titles: Iterable[str]) -> list[str]:
    """Excel sheet names for these titles: without []:*?/\\, at most 31 characters, unique regardless of case
    (Excel's rule), never empty and not starting or ending with an apostrophe."""
    used: set[str] = set()
    names = []
    for index, title in enumerate(titles, start=1):
        base = INVALID_SHEET_CHARACTERS.sub(" ", title or "").strip().strip("'").strip() or f"Sheet{index}"
        base = base[:31].strip().strip("'").strip() or f"Sheet{index}"
        name, counter = base, 1
        while name.casefold() in used:
            counter += 1
            suffix = f" ({counter})"
            name = base[: 31 - len(suffix)].rstrip() + suffix
        used.add(name.casefold())
        names.append(name)
    return names


def _display_width(text: str) -> int:
    """Columns of a fixed-width font: Chinese (East Asian wide) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def _sheet_text(text: str) -> str:
    """Text a worksheet cell can hold: without control characters, at most 32,767 characters."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    return ILLEGAL_CHARACTERS_RE.sub("", str(text))[:32767]


def _cell_number(value: Number | None, unit: str):
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if unit == "CNY" and isinstance(value, int):
        return Decimal(value)
    return value


NUMBER_FORMATS = {"CNY": MONEY_FORMAT, "percent": '0.0#"%"', "count": "#,##0"}


def _number_format(unit: str, values: Sequence[Number | None]) -> str:
    if unit in ("CNY", "percent"):
        return NUMBER_FORMATS[unit]
    whole = all(v is None or isinstance(v, int) or (isinstance(v, Decimal) and v == v.to_integral_value())
                for v in values)
    return "#,##0" if whole else "#,##0.0#"


def write_xlsx(sections: Sequence[ReportSection], path: str | os.PathLike, *, title: str = "",
               labels: dict | None = None, progress: Progress | None = None) -> None:
    """Write one sheet per section: the category column and one column per series (and band edge), the header
    row bold and frozen, numbers as numbers (money numeric with a number format)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    words = _merged_labels(labels)
    total = len(sections) + 1
    if progress:
        progress(0, total)
    workbook = Workbook()
    workbook.remove(workbook.active)
    if title:
        workbook.properties.title = title
    workbook.properties.creator = "crm-desktop"
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="1F4E79")
    wrap = Alignment(wrap_text=True, vertical="center")
    for index, (section, name) in enumerate(zip(sections, sheet_names(s.title for s in sections))):
        sheet = workbook.create_sheet(name)
        columns = _columns(section, words)
        header = [_sheet_text(t) for t in [section.column_title or words["category"]] + [c.title for c in columns]]
        sheet.append(header)
        for cell in sheet[1]:
            cell.font, cell.fill, cell.alignment = bold, fill, wrap
        names = _category_names(section)
        for i, category in enumerate(names):
            sheet.append([_sheet_text(category)] + [_cell_number(c.values[i], c.series.unit) for c in columns])
        widths = [max([_display_width(header[0])] + [_display_width(n) for n in names])]
        for j, column in enumerate(columns, start=2):
            number_format = _number_format(column.series.unit, column.values)
            for row in sheet.iter_rows(min_row=2, min_col=j, max_col=j):
                row[0].number_format = number_format
            longest = max((len(format_value(v, column.series.unit)) for v in column.values), default=0)
            widths.append(max(_display_width(column.title), longest))
        for j, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(j)].width = min(max(width + 2, 8), 60)
        sheet.freeze_panes = "B2"
        for offset, (key, value) in enumerate(section.pane.notes, start=len(names) + 3):
            sheet.cell(row=offset, column=1, value=words["notes"].get(key, key))
            sheet.cell(row=offset, column=2, value=_cell_number(value, "count"))
        if progress:
            progress(index + 1, total)

    def write(temporary: Path) -> None:
        if not sections:
            workbook.create_sheet(sheet_names([title])[0])
        workbook.save(temporary)
        if progress:
            progress(total, total)

    _write_atomically(path, write)
