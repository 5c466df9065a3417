"""Customer segments (客户分群): the list of segments, each with its live customer count (computed in the
background, refreshed when customers or campaigns change); a dialog to create or edit one, where a dynamic
segment's filter shows how many customers it matches while it is edited (debounced, in the background); a
preview of the selected segment's first customers; and, for a static list, filling it from a filter and
removing customers from it."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Changes
from ...domain.customer_filter import CustomerFilter
from ...domain.errors import CrmError, ValidationError
from ...domain.times import local_time
from ...services.segments import SegmentItem, SegmentService
from ..bus import ChangeBus
from ..common.errors import error_message, show_error
from ..common.form import ValidatedForm
from ..common.layout_memory import remember_splitter
from ..common.unsaved import AsksBeforeDiscarding
from ..tasks import Cancelled, Task, TaskRunner, when_alive

COUNT_DELAY_MS = 250
PREVIEW_LIMIT = 50
KINDS = {"dynamic": QT_TRANSLATE_NOOP("SegmentsScreen", "Dynamic"),
         "static": QT_TRANSLATE_NOOP("SegmentsScreen", "Static list")}
STATUSES = {"potential": QT_TRANSLATE_NOOP("SegmentsScreen", "Potential"),
            "closed": QT_TRANSLATE_NOOP("SegmentsScreen", "Closed deal"),
            "invalid": QT_TRANSLATE_NOOP("SegmentsScreen", "Invalid")}
# The CustomerFilter fields the filter box edits; any other field a stored filter holds is kept as it is.
EDITED = ("level", "industry", "city", "source", "status", "owner_id", "tag_id")


def _t(table: dict, code: str) -> str:
    return QCoreApplication.translate("SegmentsScreen", table.get(code, code)) if code else ""


def find_data(combo: QComboBox, value) -> int:
    """The index of an item whose data equals `value` (QComboBox.findData compares Python objects such as
    UUIDs by identity, so it misses an equal id read again from the database)."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == value), -1)


def segment_error(exc: BaseException) -> str:
    if isinstance(exc, CrmError) and exc.code == "segment_not_static":
        return QCoreApplication.translate("SegmentsScreen", "Only a static list can have customers added by hand "
                                                            "or from a filter.")
    return error_message(exc)


class FilterBox(QGroupBox):
    """The customer-filter fields of a segment (the customer list's choices) and the live count of what they
    match: each edit restarts a short timer, then the count runs on the database lane; an older count still
    running is cancelled and its late answer ignored."""

    counted = Signal(int)

    def __init__(self, service: SegmentService, tasks: TaskRunner, options: dict | None,
                 base: CustomerFilter | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("segmentFilter")
        self.setTitle(self.tr("Customers who match"))
        self.service, self.tasks = service, tasks
        self.base = base or CustomerFilter()
        options = options or {}
        layout = QFormLayout(self)
        self.level = self._combo(layout, "level", self.tr("Level"), self.tr("Any level"),
                                 [(v, v) for v in options.get("levels", [])])
        self.industry = self._combo(layout, "industry", self.tr("Industry"), self.tr("Any industry"),
                                    [(v, v) for v in options.get("industries", [])])
        self.city = self._combo(layout, "city", self.tr("City"), self.tr("Any city"),
                                [(v, v) for v in options.get("cities", [])])
        self.source = self._combo(layout, "source", self.tr("Source"), self.tr("Any source"),
                                  [(v, v) for v in options.get("sources", [])])
        self.status_combo = self._combo(layout, "status", self.tr("Status"), self.tr("Any status"),
                                        [(_t(STATUSES, c), c) for c in STATUSES])
        self.owner = self._combo(layout, "owner_id", self.tr("Owner"), self.tr("Any owner"),
                                 [(o.label, o.id) for o in options.get("owners", [])])
        self.tag = self._combo(layout, "tag_id", self.tr("Tag"), self.tr("Any tag"),
                               [(o.label, o.id) for o in options.get("tags", [])])
        self.live_count = QLabel()
        self.live_count.setObjectName("liveCount")
        layout.addRow(self.tr("Matching now"), self.live_count)
        self.last_count: int | None = None
        self._task: Task | None = None
        self._asked: CustomerFilter | None = None
        self._timer = QTimer(self, singleShot=True, interval=COUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)
        for combo in self.combos().values():
            combo.currentIndexChanged.connect(lambda _i: self.schedule())
        self.set_filter(self.base)

    def _combo(self, layout: QFormLayout, field: str, label: str, anything: str, items: list) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"filter_{field}")
        combo.addItem(anything, None)
        for text, data in items:
            combo.addItem(text, data)
        layout.addRow(label, combo)
        return combo

    def combos(self) -> dict[str, QComboBox]:
        return {"level": self.level, "industry": self.industry, "city": self.city, "source": self.source,
                "status": self.status_combo, "owner_id": self.owner, "tag_id": self.tag}

    def set_filter(self, flt: CustomerFilter) -> None:
        self.base = flt
        for field, combo in self.combos().items():
            value = getattr(flt, field)
            combo.blockSignals(True)
            if value in (None, ""):
                combo.setCurrentIndex(0)
            else:
                index = find_data(combo, value)
                if index < 0:  # a value no longer offered (a renamed level): keep it, shown as it is
                    combo.addItem(str(value), value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self.schedule()

    def current_filter(self) -> CustomerFilter:
        values = {}
        for field, combo in self.combos().items():
            data = combo.currentData()
            values[field] = data if data is not None else (None if field.endswith("_id") else "")
        return dataclasses.replace(self.base, **values)

    def is_empty(self) -> bool:
        return self.current_filter() == CustomerFilter()

    def schedule(self) -> None:
        self.live_count.setText(self.tr("counting…"))
        self._timer.start()

    def recount(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
        flt = self.current_filter()
        self._asked = flt
        self._task = self.tasks.submit(self.service.count_filter, flt,
                                       on_done=lambda n, f=flt: self._counted(f, n),
                                       on_error=lambda exc, f=flt: self._failed(f, exc))

    @when_alive
    def _counted(self, flt: CustomerFilter, n: int) -> None:
        if flt != self._asked:
            return
        self._task = None
        self.last_count = n
        self.live_count.setText(self.tr("%1 customer(s)").replace("%1", f"{n:,}"))
        self.counted.emit(n)

    @when_alive
    def _failed(self, flt: CustomerFilter, exc) -> None:
        if flt != self._asked or isinstance(exc, Cancelled):
            return
        self._task = None
        self.live_count.setText(segment_error(exc))

    def stop(self) -> None:
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None


class SegmentDialog(AsksBeforeDiscarding, QDialog):
    """Create or edit a segment. `submit(values, fill)` is called on OK (fill: for a new static list, also
    add the customers the filter matches now); a ValidationError is shown at its field and the dialog stays."""

    def __init__(self, service: SegmentService, tasks: TaskRunner, options: dict | None,
                 item: SegmentItem | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("segmentDialog")
        self.setWindowTitle(self.tr("Edit segment") if item else self.tr("New segment"))
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.kind = self.form.add("kind", self.tr("Kind"), QComboBox())
        for code in KINDS:
            self.kind.addItem(_t(KINDS, code), code)
        self.description = self.form.add("description", self.tr("Description"), QPlainTextEdit())
        self.description.setFixedHeight(60)
        self.filter_box = FilterBox(service, tasks, options, item.filter if item else None, self)
        self.fill_now = QCheckBox(self.tr("Add the customers this filter matches to the list now"))
        self.fill_now.setObjectName("fillNow")
        self.message = QLabel()
        self.message.setObjectName("segmentMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.filter_box)
        outer.addWidget(self.fill_now)
        outer.addWidget(self.message)
        outer.addWidget(box)
        self.submit = None
        self.item = item
        if item is not None:
            self.name.setText(item.name)
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
            self.kind.setEnabled(False)  # a segment's kind cannot change
            self.description.setPlainText(item.description)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.finished.connect(lambda _r: self.filter_box.stop())
        self._kind_changed()

    def _kind_changed(self) -> None:
        dynamic = self.kind.currentData() == "dynamic"
        # A static list is filled from a filter once (when created, or later from the screen); a saved static
        # segment's members are edited from the screen, not here.
        self.filter_box.setVisible(dynamic or self.item is None)
        self.fill_now.setVisible(not dynamic and self.item is None)
        self.filter_box.setTitle(self.tr("Customers who match") if dynamic
                                 else self.tr("Fill the list from these filters"))
        if not (dynamic or self.item is None):
            self.filter_box.stop()  # a saved static list's filter is not edited here: nothing to count

    def values(self) -> dict:
        values = {"name": self.name.text().strip(), "description": self.description.toPlainText()}
        if self.item is None:
            values["kind"] = self.kind.currentData()
        if self.kind.currentData() == "dynamic":
            values["filter"] = self.filter_box.current_filter()
        return values

    def accept(self) -> None:
        self.form.clear_errors()
        self.message.clear()
        values = self.values()
        if not values["name"]:
            self.form.rows["name"].set_error(self.tr("Give the segment a name."))
            return
        fill = self.kind.currentData() == "static" and self.item is None and self.fill_now.isChecked()
        try:
            self.submit(values, self.filter_box.current_filter() if fill else None)
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show(exc)))
            return
        except CrmError as exc:
            self.message.setText(segment_error(exc))
            return
        super().accept()


class FillDialog(QDialog):
    """Choose a filter (with its live count) to add its customers to a static list."""

    def __init__(self, service: SegmentService, tasks: TaskRunner, options: dict | None, parent=None):
        super().__init__(parent)
        self.setObjectName("fillDialog")
        self.setWindowTitle(self.tr("Add customers from a filter"))
        self.filter_box = FilterBox(service, tasks, options, None, self)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_box)
        layout.addWidget(box)
        self.finished.connect(lambda _r: self.filter_box.stop())


class SegmentsScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: SegmentService, tasks: TaskRunner, bus: ChangeBus,
                 customer_options: dict | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("segmentsScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        self.customer_options = customer_options
        self._items: list[SegmentItem] = []
        self._counts: dict[uuid.UUID, int] = {}
        self._count_tasks: list[Task] = []
        self._preview_task: Task | None = None
        self._preview_rows: list[tuple[uuid.UUID, str]] = []
        self._stale = True
        self.dialog: QDialog | None = None
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("segmentTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("Customers"),
                                              self.tr("Owner"), self.tr("Updated")])
        self.preview_table = QTableWidget(0, 1)
        self.preview_table.setObjectName("segmentPreview")
        self.preview_table.setHorizontalHeaderLabels([self.tr("First customers of the segment")])
        for table in (self.table, self.preview_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.table.doubleClicked.connect(lambda _i: self.edit_segment())
        can = service.can
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for name, text, slot, allowed in (
                ("newSegment", self.tr("&New segment…"), self.new_segment, can("campaigns", "create")),
                ("editSegment", self.tr("&Edit…"), self.edit_segment, can("campaigns", "edit")),
                ("deleteSegment", self.tr("&Delete"), self.delete_segment, can("campaigns", "delete")),
                ("fillSegment", self.tr("Add from &filter…"), self.fill_from_filter, can("campaigns", "edit")),
                ("removeMembers", self.tr("&Remove from list"), self.remove_members, can("campaigns", "edit"))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(allowed)
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("previewLabel")
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.preview_label)
        lower_layout.addWidget(self.preview_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        remember_splitter(splitter, "segments")
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        self.message = QLabel()
        self.message.setObjectName("segmentsMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        bus.changed.connect(self._on_changes)
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------------------

    def _options(self) -> dict | None:
        """The customer list's choices (levels, industries, ...): a dict, or a callable asked when a dialog
        opens (reading them at start-up would cost every start a scan of the customer table)."""
        options = self.customer_options
        return options() if callable(options) else options
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not (changes.customers or changes.campaigns or changes.tags):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def selected(self) -> SegmentItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows and rows[0].row() < len(self._items) else None

    def refresh(self) -> None:
        """The segments (a short list) now, then each one's count and the selected one's preview in the
        background."""
        self._stale = False
        keep = self.selected()
        try:
            self._items = self.service.segments()
        except CrmError as exc:
            self.message.setText(segment_error(exc))
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self._items))
        for r, s in enumerate(self._items):
            for col, text in enumerate((s.name, _t(KINDS, s.kind), self.tr("counting…"), s.owner_name,
                                        local_time(s.updated_at))):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 0 and s.description:
                    item.setToolTip(s.description)
                self.table.setItem(r, col, item)
        if keep is not None:
            for r, s in enumerate(self._items):
                if s.id == keep.id:
                    self.table.selectRow(r)
                    break
        self.table.blockSignals(False)
        self._count_all()
        self.show_selected()

    def _count_all(self) -> None:
        for task in self._count_tasks:
            task.cancel()
        self._count_tasks = []
        self._counts = {}
        for s in self._items:
            self._count_tasks.append(self.tasks.submit(
                self.service.count, s.id, on_done=lambda n, sid=s.id: self._counted(sid, n),
                on_error=lambda exc, sid=s.id: self._count_failed(sid, exc)))

    def _row_of(self, segment_id: uuid.UUID) -> int | None:
        return next((r for r, s in enumerate(self._items) if s.id == segment_id), None)

    @when_alive
    def _counted(self, segment_id: uuid.UUID, n: int) -> None:
        self._counts[segment_id] = n
        r = self._row_of(segment_id)
        if r is not None and self.table.item(r, 2) is not None:
            self.table.item(r, 2).setText(f"{n:,}")

    @when_alive
    def _count_failed(self, segment_id: uuid.UUID, exc) -> None:
        if isinstance(exc, Cancelled):
            return
        r = self._row_of(segment_id)
        if r is not None and self.table.item(r, 2) is not None:
            self.table.item(r, 2).setText("—")
            self.table.item(r, 2).setToolTip(segment_error(exc))

    def count_of(self, segment_id: uuid.UUID) -> int | None:
        """The count shown for a segment (None while it is being counted)."""
        return self._counts.get(segment_id)

    def show_selected(self) -> None:
        self._update_buttons()
        if self._preview_task is not None:
            self._preview_task.cancel()
            self._preview_task = None
        segment = self.selected()
        self.preview_table.setRowCount(0)
        self._preview_rows = []
        if segment is None:
            self.preview_label.setText("")
            return
        self.preview_label.setText(self.tr("Loading the first customers of %1…").replace("%1", segment.name))
        self._preview_task = self.tasks.submit(
            self.service.preview, segment.id, PREVIEW_LIMIT,
            on_done=lambda rows, sid=segment.id: self._previewed(sid, rows),
            on_error=lambda exc, sid=segment.id: self._preview_failed(sid, exc))

    @when_alive
    def _previewed(self, segment_id: uuid.UUID, rows: list) -> None:
        segment = self.selected()
        if segment is None or segment.id != segment_id:
            return
        self._preview_task = None
        self._preview_rows = list(rows)
        self.preview_table.setRowCount(len(rows))
        for r, (_cid, name) in enumerate(rows):
            self.preview_table.setItem(r, 0, QTableWidgetItem(name))
        if not rows:
            self.preview_label.setText(self.tr("%1 holds no customers.").replace("%1", segment.name))
        else:
            self.preview_label.setText(self.tr("The first %1 customer(s) of %2:").replace("%1", str(len(rows)))
                                       .replace("%2", segment.name))

    @when_alive
    def _preview_failed(self, segment_id: uuid.UUID, exc) -> None:
        if isinstance(exc, Cancelled):
            return
        segment = self.selected()
        if segment is not None and segment.id == segment_id:
            self._preview_task = None
            self.preview_label.setText(segment_error(exc))

    def preview_names(self) -> list[str]:
        return [name for _cid, name in self._preview_rows]

    def _update_buttons(self) -> None:
        segment, can = self.selected(), self.service.can
        self.buttons["editSegment"].setEnabled(segment is not None and can("campaigns", "edit"))
        self.buttons["deleteSegment"].setEnabled(segment is not None and can("campaigns", "delete"))
        static = segment is not None and segment.kind == "static" and can("campaigns", "edit")
        self.buttons["fillSegment"].setEnabled(static)
        self.buttons["removeMembers"].setEnabled(static)

    # -- writing -------------------------------------------------------------------------------------
    def _published(self, changes: Changes) -> None:
        self.bus.publish(changes)
        if not self.isVisible():
            self.refresh()  # the bus refreshes a visible screen; a hidden one is refreshed now for its caller

    def new_segment(self) -> SegmentDialog:
        """Open the segment dialog (non-blocking); returns it."""
        dialog = SegmentDialog(self.service, self.tasks, self._options(), None, self)

        def submit(values: dict, fill: CustomerFilter | None) -> None:
            segment_id, changes = self.service.create(values)
            self._published(changes)
            self.status.emit(self.tr("Segment “%1” created.").replace("%1", values["name"]))
            self._select(segment_id)
            if fill is not None:
                self._fill(segment_id, fill)
        dialog.submit = submit
        self._open(dialog)
        return dialog

    def edit_segment(self) -> SegmentDialog | None:
        segment = self.selected()
        if segment is None:
            return None
        dialog = SegmentDialog(self.service, self.tasks, self._options(), segment, self)

        def submit(values: dict, _fill) -> None:
            self._published(self.service.update(segment.id, values))
            self.status.emit(self.tr("Segment “%1” saved.").replace("%1", values["name"]))
        dialog.submit = submit
        self._open(dialog)
        return dialog

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _o=None: setattr(self, "dialog", None) if self.dialog is dialog else None)
        dialog.open()

    def _select(self, segment_id: uuid.UUID) -> None:
        r = self._row_of(segment_id)
        if r is not None:
            self.table.selectRow(r)

    def delete_segment(self) -> None:
        segment = self.selected()
        if segment is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete segment"),
                                      self.tr("Delete the segment %1? Campaigns already filled from it keep "
                                              "their members.").replace("%1", segment.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.service.delete(segment.id)
        except CrmError as exc:
            show_error(self, exc)
            return
        self._published(changes)
        self.status.emit(self.tr("Segment “%1” deleted.").replace("%1", segment.name))

    def fill_from_filter(self) -> FillDialog | None:
        segment = self.selected()
        if segment is None or segment.kind != "static":
            return None
        dialog = FillDialog(self.service, self.tasks, self._options(), self)
        dialog.accepted.connect(lambda: self._fill(segment.id, dialog.filter_box.current_filter()))
        self._open(dialog)
        return dialog

    def _fill(self, segment_id: uuid.UUID, flt: CustomerFilter) -> None:
        """Add a filter's customers to a static list in the background (in batches)."""
        self.message.setText(self.tr("Adding customers to the list…"))
        self.tasks.submit(self.service.add_from_filter, segment_id, flt, on_done=self._filled,
                          on_error=self._fill_failed)

    @when_alive
    def _filled(self, result) -> None:
        added, changes = result
        self.message.setText(self.tr("%1 customer(s) added to the list.").replace("%1", f"{added:,}"))
        self._published(changes)

    @when_alive
    def _fill_failed(self, exc) -> None:
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Cancelled; the customers added so far are kept."))
            self._published(Changes(campaigns=True))
            return
        self.message.setText(segment_error(exc))

    def remove_members(self) -> None:
        segment = self.selected()
        rows = sorted({i.row() for i in self.preview_table.selectionModel().selectedRows()})
        if segment is None or segment.kind != "static" or not rows:
            self.message.setText(self.tr("Select customers of a static list in the preview first."))
            return
        ids = [self._preview_rows[r][0] for r in rows if r < len(self._preview_rows)]
        try:
            changes = self.service.remove_members(segment.id, ids)
        except CrmError as exc:
            show_error(self, exc)
            return
        self.message.setText(self.tr("%1 customer(s) removed from the list.").replace("%1", str(len(ids))))
        self._published(changes)
