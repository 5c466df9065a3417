"""The reports (报表): the panes this user may see on the left; on the right the chosen pane as a chart and as a
table, under a filter bar (period, owner, department, product). Each pane is computed on the database lane;
exports (PDF, Excel) run on the io lane behind a progress dialog that can cancel; the print preview paints
the chart picture and the table with QPainter."""

from __future__ import annotations

import uuid
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QImage, QPageLayout, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...services import report_export
from ...services.report_dto import Pane, ReportFilter
from ..bus import ChangeBus
from ..charts.format import cjk_font, format_value
from ..charts.pane_chart import PaneChart
from ..common.combos import find_data
from ..common.errors import show_error
from ..common.layout_memory import remember_splitter
from ..tasks import Cancelled, TaskRunner, when_alive
from . import labels as L
from .model import PaneTableModel
from .period import PeriodSelector

DEBOUNCE_MS = 800


class ReportsScreen(QWidget):
    open_list = Signal(str, object)  # a chart category's drill-down: screen key, filter dict
    status = Signal(str)
    loaded = Signal(str)  # the pane key shown
    exported = Signal(str)  # the file written

    def __init__(self, service, tasks: TaskRunner, bus: ChangeBus | None = None, *, today=None,
                 company=None, parent: QWidget | None = None):
        """`company`: a callable returning the letterhead (services.company.Company) for the PDF, called on
        the io lane when an export starts; None prints no letterhead."""
        super().__init__(parent)
        self.setObjectName("reportsScreen")
        self.service, self.tasks, self.company = service, tasks, company
        self.pane: Pane | None = None
        self.task = None
        self.export_task = None
        self.progress: QProgressDialog | None = None
        self.preview: QPrintPreviewDialog | None = None
        self._generation = 0
        self._stale = False

        self.list = QListWidget()
        self.list.setObjectName("reportList")
        self.list.setMaximumWidth(240)
        for key in service.panes():
            item = QListWidgetItem(L.pane_title(key), self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
        self.period = PeriodSelector(**({"today": today} if today else {}))
        self.owner = self._combo("reportOwner", self.tr("All owners"))
        self.department = self._combo("reportDepartment", self.tr("All departments"))
        self.product = self._combo("reportProduct", self.tr("All products"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))
        self.pdf_button.setObjectName("exportPdf")
        self.xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.xlsx_button.setObjectName("exportExcel")
        self.whole = QCheckBox(self.tr("All reports"))
        self.whole.setObjectName("exportAll")
        self.whole.setToolTip(self.tr("Export every report of the list with the filters above, one section each"))
        self.print_button = QPushButton(self.tr("Print preview…"))
        self.print_button.setObjectName("printPreview")
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.xlsx_button.clicked.connect(lambda: self.export_xlsx())
        self.print_button.clicked.connect(lambda: self.print_preview())

        bar = QHBoxLayout()
        bar.addWidget(self.period)
        for label, combo in ((self.tr("Owner:"), self.owner), (self.tr("Department:"), self.department),
                             (self.tr("Product:"), self.product)):
            bar.addWidget(QLabel(label))
            bar.addWidget(combo)
        bar.addStretch(1)
        bar.addWidget(self.whole)
        for button in (self.pdf_button, self.xlsx_button, self.print_button):
            bar.addWidget(button)

        self.title = QLabel("")
        self.title.setObjectName("reportTitle")
        self.title.setFont(cjk_font(13, bold=True))
        self.notes = QLabel("")
        self.notes.setObjectName("reportNotes")
        self.notes.setStyleSheet("color: #4b5563;")
        self.chart = PaneChart()
        self.chart.setMinimumHeight(260)
        self.chart.drill.connect(self.open_list)
        self.model = PaneTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("reportTable")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(90)
        self.model.modelReset.connect(
            lambda: self.model.columnCount() and header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch))
        self.table.doubleClicked.connect(lambda index: self.chart.drill_category(index.row()))
        right = QSplitter(Qt.Orientation.Vertical)
        remember_splitter(right, "report_chart_table")
        right.addWidget(self.chart)
        right.addWidget(self.table)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([400, 200])
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.notes)
        body_layout.addLayout(heading)
        body_layout.addWidget(right, 1)
        split = QSplitter()
        remember_splitter(split, "reports")
        split.addWidget(self.list)
        split.addWidget(body)
        split.setStretchFactor(1, 1)
        split.setSizes([200, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self._changed_refresh)
        if bus is not None:
            bus.changed.connect(lambda _changes: self._debounce.start())
        self.period.changed.connect(self.reload)
        for combo in (self.owner, self.department, self.product):
            combo.currentIndexChanged.connect(self.reload)
        self.list.currentRowChanged.connect(self.reload)
        self._set_buttons()
        self._options_asked = False
        if self.list.count():
            self.list.setCurrentRow(0)  # asked for when the screen is first shown, not at start-up

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(8)
        return combo

    @when_alive
    def _fill_options(self, options: dict) -> None:
        for combo, key in ((self.owner, "owners"), (self.department, "departments"), (self.product, "products")):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for item_id, name in options.get(key, ()):
                combo.addItem(name, item_id)
            combo.setCurrentIndex(max(0, find_data(combo, current)) if current is not None else 0)
            combo.blockSignals(False)

    # -- loading -----------------------------------------------------------------------------------------
    @property
    def pane_key(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def show_pane(self, key: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)
                return

    def report_filter(self) -> ReportFilter:
        start, end = self.period.range()

        def chosen(combo):
            value = combo.currentData()
            return value if value is None or isinstance(value, uuid.UUID) else uuid.UUID(str(value))
        return ReportFilter(start, end, owner_id=chosen(self.owner), department_id=chosen(self.department),
                            product_id=chosen(self.product))

    def reload(self) -> None:
        self._debounce.stop()
        key = self.pane_key
        if key is None:
            return
        self.title.setText(L.pane_title(key))
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        if self.task is not None:
            self.task.cancel()
        generation = self._generation
        self.task = self.tasks.submit(self.service.pane, key, self.report_filter(),
                                      on_done=lambda pane, g=generation: self._loaded(g, pane),
                                      on_error=lambda exc, g=generation: self._failed(g, exc))

    @when_alive
    def _loaded(self, generation: int, pane: Pane) -> None:
        if generation != self._generation:
            return
        self.task = None
        self.pane = pane
        self.chart.set_pane(pane, series_title=L.series_title, category_title=L.category_title)
        self.model.set_pane(pane, series_title=L.series_title, category_title=L.category_title,
                            column_title=L.column_title(pane.key, pane.time_axis))
        self.notes.setText("   ".join(f"{L.note_title(k)}: {format_value(v, 'count')}" for k, v in pane.notes))
        self._set_buttons()
        self.loaded.emit(pane.key)

    @when_alive
    def _failed(self, generation: int, exc) -> None:
        if generation == self._generation and not isinstance(exc, Cancelled):
            self.task = None
            self._show_error(exc)

    def _show_error(self, exc) -> None:
        if not isinstance(exc, Cancelled):
            show_error(self, exc)

    def _changed_refresh(self) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._options_asked:
            self._options_asked = True
            self.tasks.submit(self.service.filter_options, on_done=self._fill_options,
                              on_error=lambda exc: self._show_error(exc))
        if self._stale:
            self.reload()

    def _set_buttons(self) -> None:
        has_pane = self.pane is not None
        self.pdf_button.setEnabled(has_pane and self.export_task is None)
        self.xlsx_button.setEnabled(has_pane and self.export_task is None)
        self.print_button.setEnabled(has_pane)

    # -- export ------------------------------------------------------------------------------------------
    def period_text(self) -> str:
        start, end = self.period.range()
        return self.tr("%1 to %2").replace("%1", start.isoformat()).replace("%2", (end - timedelta(days=1)).isoformat())

    def section(self, *, with_image: bool = True):
        """The current pane as an export section (its picture drawn here, on the GUI thread)."""
        return self._section(self.pane, self.chart.png_bytes() if with_image else None)

    def _section(self, pane: Pane, image_png: bytes | None):
        return report_export.ReportSection(
            L.pane_title(pane.key), pane,
            series_titles={s.key: L.series_title(s.key) for s in pane.series},
            category_titles={c: L.category_title(c) for c in pane.categories} if pane.categories_are_codes else {},
            image_png=image_png,
            column_title=L.column_title(pane.key, pane.time_axis))

    def _target(self, path: str | None, caption: str, pattern: str, suffix: str) -> str | None:
        if path is None:
            default = f"{self.tr('Reports') if self.whole.isChecked() else L.pane_title(self.pane.key)}{suffix}"
            path, _chosen = QFileDialog.getSaveFileName(self, caption, default, pattern)
            if not path:
                return None
        return path if path.lower().endswith(suffix) else path + suffix

    def export_pdf(self, path: str | None = None) -> bool:
        if self.pane is None or self.export_task is not None:
            return False
        path = self._target(path, self.tr("Export PDF"), self.tr("PDF document (*.pdf)"), ".pdf")
        if path is None:
            return False
        company = self.company

        def write(sections, path, *, title, subtitle, labels, progress):
            return report_export.write_pdf(sections, path, title=title, subtitle=subtitle, labels=labels,
                                    company=company() if company is not None else None, progress=progress)
        if self.whole.isChecked():
            return self._export_whole(write, path, title=self.tr("Reports"), labels=L.export_labels(),
                                      subtitle=self.period_text())
        return self._run_export(write, [self.section()], path, title=self.tr("Reports"), labels=L.export_labels(),
                                subtitle=f"{L.pane_title(self.pane.key)} · {self.period_text()}")

    def export_xlsx(self, path: str | None = None) -> bool:
        if self.pane is None or self.export_task is not None:
            return False
        path = self._target(path, self.tr("Export Excel"), self.tr("Excel workbook (*.xlsx)"), ".xlsx")
        if path is None:
            return False
        if self.whole.isChecked():
            return self._export_whole(report_export.write_xlsx, path, title=self.tr("Reports"),
                                      labels=L.export_labels())
        return self._run_export(report_export.write_xlsx, [self.section(with_image=False)], path,
                                title=L.pane_title(self.pane.key), labels=L.export_labels())

    def _export_whole(self, fn, path: str, **kwargs) -> bool:
        """Every pane of the list under the current filters: computed on the database lane (the charts drawn
        by the export itself, as nothing here has painted them), then written on the io lane."""
        keys = [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]
        flt, service = self.report_filter(), self.service

        def compute(progress):
            panes = []
            for done, key in enumerate(keys):
                progress(done, len(keys))
                panes.append(service.pane(key, flt))
            return panes

        dialog = self.progress = QProgressDialog(self.tr("Computing %n report(s)…", "", len(keys)),
                                                 self.tr("Cancel"), 0, max(len(keys), 1), self)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)

        task = self.tasks.submit(compute, on_done=lambda panes: self._whole_computed(fn, path, kwargs, panes),
                                 on_error=lambda exc, p=path: self._export_failed(p, exc),
                                 on_progress=self._export_progress)
        if self.tasks.is_live(task):
            self.export_task = task
            dialog.canceled.connect(task.cancel)
            self._set_buttons()
        return True

    @when_alive
    def _whole_computed(self, fn, path: str, kwargs: dict, panes: list) -> None:
        self._close_progress()
        self._run_export(fn, [self._section(p, None) for p in panes], path, **kwargs)

    def _run_export(self, fn, sections, path: str, **kwargs) -> bool:
        dialog = self.progress = QProgressDialog(self.tr("Exporting to %1…").replace("%1", Path(path).name),
                                                 self.tr("Cancel"), 0, 0, self)
        dialog.setObjectName("exportProgress")
        dialog.setWindowTitle(self.tr("Export"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        task = self.tasks.submit(
            fn, sections, path, lane="io", **kwargs,
            on_done=lambda _result, p=path: self._export_done(p),
            on_error=lambda exc, p=path: self._export_failed(p, exc),
            on_progress=self._export_progress)
        if self.tasks.is_live(task):  # (an inline runner has finished it already)
            self.export_task = task
            dialog.canceled.connect(task.cancel)
            self._set_buttons()
        return True

    def _export_progress(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(max(total, 1))
            self.progress.setValue(min(done, max(total, 1)))

    def _close_progress(self) -> None:
        self.export_task = None
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self._set_buttons()

    @when_alive
    def _export_done(self, path: str) -> None:
        self._close_progress()
        self.status.emit(self.tr("Exported to %1.").replace("%1", path))
        self.exported.emit(path)

    @when_alive
    def _export_failed(self, path: str, exc) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            Path(path).unlink(missing_ok=True)  # a half-written file is no export
            self.status.emit(self.tr("Export cancelled."))
        else:
            show_error(self, exc)

    # -- printing ----------------------------------------------------------------------------------------
    def print_preview(self) -> QPrintPreviewDialog | None:
        if self.pane is None:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self._print_image = QImage.fromData(self.chart.png_bytes(1400), "PNG")
        dialog = self.preview = QPrintPreviewDialog(printer, self)
        dialog.setObjectName("reportPrintPreview")
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.paint)
        dialog.exec()
        self.preview = None
        return dialog

    def paint(self, printer) -> int:
        """Paint the current pane on `printer`: title, period, chart picture, then the table across as many
        pages as it needs. Returns the number of pages."""
        painter = QPainter(printer)
        page = printer.pageLayout().paintRectPixels(printer.resolution())
        width, height = page.width(), page.height()
        scale = printer.resolution() / 96
        title_font, text_font = cjk_font(14, bold=True), cjk_font(9)
        painter.setFont(title_font)
        metrics = QFontMetrics(title_font, printer)
        y = 0
        painter.drawText(QRectF(0, y, width, metrics.height() * 1.3), L.pane_title(self.pane.key))
        y += metrics.height() * 1.4
        painter.setFont(text_font)
        line = QFontMetrics(text_font, printer).height() * 1.35
        painter.drawText(QRectF(0, y, width, line), self.period_text())
        y += line * 1.3
        image = getattr(self, "_print_image", None) or QImage.fromData(self.chart.png_bytes(1400), "PNG")
        if not image.isNull():
            target_w = width
            target_h = min(height * 0.55, target_w * image.height() / image.width())
            target_w = target_h * image.width() / image.height()
            painter.drawImage(QRectF(0, y, target_w, target_h), image)
            y += target_h + line
        rows = [self.model.headers] + self.model.rows_as_text()
        columns = max(1, len(self.model.headers))
        first_w = width * (0.34 if columns > 2 else 0.5)
        other_w = (width - first_w) / max(1, columns - 1)
        pages = 1
        for index, row in enumerate(rows):
            if y + line > height:
                printer.newPage()
                pages += 1
                y = 0
            painter.setFont(cjk_font(9, bold=index == 0))
            x = 0.0
            for column, text in enumerate(row):
                w = first_w if column == 0 else other_w
                align = Qt.AlignmentFlag.AlignLeft if column == 0 else Qt.AlignmentFlag.AlignRight
                painter.drawText(QRectF(x + 4 * scale, y, w - 8 * scale, line),
                                 int(align | Qt.AlignmentFlag.AlignVCenter), str(text or ""))
                x += w
            y += line
            if index == 0:
                painter.drawLine(0, int(y), int(width), int(y))
        painter.end()
        return pages


__all__ = ["ReportsScreen"]
