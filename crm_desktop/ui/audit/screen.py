"""The Audit trail screen: a filter bar, the journal newest first (read a page at a time as the view
scrolls), the selected entry's fields old -> new, and an export of the filtered trail to CSV or Excel."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QPushButton, QSplitter, QTableView, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...domain.errors import CrmError
from ...domain.times import local_time
from ...services.audit import AuditFilter, AuditService, cell_text, record_prefix
from ..bus import ChangeBus
from ..common.combos import find_data
from ..common.errors import error_message, show_error
from ..common.layout_memory import remember_columns, remember_splitter
from ..tasks import TaskRunner
from .export_job import ExportJob
from .labels import entity_label, kind_label
from .model import AuditTableModel

ANY_DATE = QDate(2000, 1, 1)  # the date edits' minimum, shown as "Any"
REFRESH_DELAY_MS = 300


def _utc(day: QDate) -> datetime:
    """Local midnight at the start of `day`, as naive UTC like the journal."""
    return datetime.combine(day.toPython(), time()).astimezone(UTC).replace(tzinfo=None)


class AuditScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: AuditService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("auditScreen")
        self.service, self.tasks, self.bus = service, tasks, bus

        self.user = QComboBox()
        self.user.setObjectName("auditUserFilter")
        self.user.addItem(self.tr("All users"), None)
        self.entity = QComboBox()
        self.entity.setObjectName("auditEntityFilter")
        self.entity.addItem(self.tr("All records"), "")
        for combo in (self.user, self.entity):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.record = QLineEdit()
        self.record.setObjectName("auditRecordFilter")
        self.record.setClearButtonEnabled(True)
        self.record.setPlaceholderText(self.tr("Record id or its first digits"))
        self.since = self._date_edit("auditFrom")
        self.until = self._date_edit("auditTo")
        self.apply_button = QPushButton(self.tr("&Apply"))
        self.apply_button.setObjectName("auditApply")
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.setObjectName("auditClear")
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("auditExport")
        self.export_button.setEnabled(service.can("audit", "export"))
        bar = QHBoxLayout()
        bar.addWidget(self.user, 1)
        bar.addWidget(self.entity, 1)
        bar.addWidget(self.record, 2)
        bar.addWidget(QLabel(self.tr("From")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("To")))
        bar.addWidget(self.until)
        bar.addWidget(self.apply_button)
        bar.addWidget(self.clear_button)
        bar.addStretch(0)
        bar.addWidget(self.export_button)

        self.model = AuditTableModel(service, tasks, self)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.horizontalHeader().setStretchLastSection(True)
        for column, width in ((0, 150), (1, 110), (2, 200), (3, 90), (4, 270), (5, 80), (6, 220), (7, 100)):
            self.view.setColumnWidth(column, width)
        remember_columns(self.view, "audit")

        self.detail_title = QLabel()
        self.detail_title.setObjectName("auditDetailTitle")
        self.detail_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QTableWidget(0, 3)
        self.detail.setObjectName("auditDetail")
        self.detail.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Old value"), self.tr("New value")])
        self.detail.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.detail.horizontalHeader().setStretchLastSection(True)
        self.detail.setColumnWidth(0, 160)
        self.detail.setColumnWidth(1, 300)
        detail_box = QWidget()
        detail_layout = QVBoxLayout(detail_box)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        remember_splitter(splitter, "audit")
        splitter.addWidget(self.view)
        splitter.addWidget(detail_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count_label)

        self.export_job = ExportJob(self, tasks)
        self.export_job.status.connect(self.status)
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.apply_button.clicked.connect(self.apply_filter)
        self.clear_button.clicked.connect(self.clear_filter)
        self.record.returnPressed.connect(self.apply_filter)
        self.export_button.clicked.connect(self.export)
        self.view.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_entry(
            current.row()))
        self.model.modelReset.connect(lambda: self.show_entry(-1))
        self.model.loaded.connect(self._update_count)
        self.model.counted.connect(lambda _n: self._update_count())
        self.model.failed.connect(lambda exc: show_error(self, exc))
        self.bus.changed.connect(self._on_changes)

        self.show_entry(-1)
        self.load_choices()
        self.model.apply(AuditFilter())

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("Any"))  # shown while the date is the minimum: no bound
        edit.setDate(ANY_DATE)
        return edit

    # -- filter --------------------------------------------------------------------------------------
    def load_choices(self) -> None:
        service = self.service

        def choices() -> tuple[list, list]:
            return service.users(), service.entities()

        self.tasks.submit(choices, on_done=self._fill_choices, on_error=lambda exc: show_error(self, exc))

    def _fill_choices(self, choices: tuple[list, list]) -> None:
        users, entities = choices
        for combo, items in ((self.user, [(o.label, o.id) for o in users]),
                             (self.entity, [(entity_label(e), e) for e in entities])):
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, data in items:
                combo.addItem(label, data)
            index = find_data(combo, current) if current not in (None, "") else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def current_filter(self) -> AuditFilter:
        since = None if self.since.date() == ANY_DATE else _utc(self.since.date())
        until = None if self.until.date() == ANY_DATE else _utc(self.until.date()) + timedelta(days=1)
        return AuditFilter(user_id=self.user.currentData(), entity=self.entity.currentData() or "",
                           record=self.record.text().strip(), since=since, until=until)

    def apply_filter(self) -> None:
        flt = self.current_filter()
        if flt.record:
            try:
                record_prefix(flt.record)
            except CrmError as exc:
                self.status.emit(error_message(exc))
                self.record.setFocus()
                self.record.selectAll()
                return
        self.model.apply(flt)

    def clear_filter(self) -> None:
        for combo in (self.user, self.entity):
            combo.setCurrentIndex(0)
        self.record.clear()
        self.since.setDate(ANY_DATE)
        self.until.setDate(ANY_DATE)
        self.model.apply(AuditFilter())

    def refresh(self) -> None:
        self.model.refresh()
        self.load_choices()

    def _on_changes(self, changes) -> None:
        # Every write adds journal entries; a burst of writes refreshes once.
        if changes.any():
            self._refresh_timer.start()

    def _update_count(self) -> None:
        total = self.model.total
        if total is None:
            self.count_label.setText(self.tr("Counting entries…"))
        else:
            self.count_label.setText(self.tr("%n entry(ies)", "", total))

    # -- the selected entry --------------------------------------------------------------------------
    def show_entry(self, row: int) -> None:
        entry = self.model.row_value(row)
        self.detail.setRowCount(0)
        if entry is None:
            self.detail_title.setText(self.tr("Select an entry to see what it changed."))
            return
        self.detail_title.setText(
            self.tr("#%1  %2  %3: %4 %5 %6").replace("%1", str(entry.seq)).replace("%2", local_time(entry.at, seconds=True))
            .replace("%3", entry.user or "—").replace("%4", kind_label(entry.kind)).replace("%5", entity_label(entry.entity))
            .replace("%6", str(entry.row_id) if entry.row_id else ""))
        self.detail.setRowCount(len(entry.changes))
        for r, (name, pair) in enumerate(entry.changes.items()):
            old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
            for column, value in enumerate((name, cell_text(old), cell_text(new))):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.detail.setItem(r, column, item)

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.model.index(row, 0))

    # -- export --------------------------------------------------------------------------------------
    def export(self) -> None:
        # The columns of services.audit.EXPORT_COLUMNS, in the user's language.
        headers = [self.tr("Seq"), self.tr("Time (UTC)"), self.tr("User"), self.tr("Device"), self.tr("Action"),
                   self.tr("Entity"), self.tr("Record"), self.tr("Kind"), self.tr("Field"), self.tr("Old value"),
                   self.tr("New value")]
        self.export_job.start(self.service.export, self.model.filter, title=self.tr("Export audit trail"),
                              default_name=f"audit-{datetime.now():%Y%m%d-%H%M}.xlsx", headers=headers)
