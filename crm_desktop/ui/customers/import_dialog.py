"""File > Import customers…: choose (or drop) a file, check how its columns map to the customer's fields (a
preset for known sources), see the first rows with the existing customers they match and choose per match
whether to skip, update or create, then import in the background with progress and cancel. An interrupted
import resumes where it stopped; rows that could not be imported are listed in an error report file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressDialog, QPushButton,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ...domain.changes import Changes
from ...domain.import_mapping import TARGETS
from ...services.imports import ImportService
from ..bus import ChangeBus
from ..common.errors import error_message
from ..common.layout_memory import remember_splitter
from ..common.window_size import open_at_remembered_size
from ..tasks import Cancelled, TaskRunner

TARGET_LABELS = {
    "customer.name": QT_TRANSLATE_NOOP("ImportTargets", "Customer: name"),
    "customer.short_name": QT_TRANSLATE_NOOP("ImportTargets", "Customer: short name"),
    "customer.customer_type": QT_TRANSLATE_NOOP("ImportTargets", "Customer: type"),
    "customer.level": QT_TRANSLATE_NOOP("ImportTargets", "Customer: level"),
    "customer.industry": QT_TRANSLATE_NOOP("ImportTargets", "Customer: industry"),
    "customer.source": QT_TRANSLATE_NOOP("ImportTargets", "Customer: source"),
    "customer.status": QT_TRANSLATE_NOOP("ImportTargets", "Customer: status"),
    "customer.province": QT_TRANSLATE_NOOP("ImportTargets", "Customer: province"),
    "customer.city": QT_TRANSLATE_NOOP("ImportTargets", "Customer: city"),
    "customer.district": QT_TRANSLATE_NOOP("ImportTargets", "Customer: district"),
    "customer.address": QT_TRANSLATE_NOOP("ImportTargets", "Customer: address"),
    "customer.phone": QT_TRANSLATE_NOOP("ImportTargets", "Customer: phone"),
    "customer.mobile": QT_TRANSLATE_NOOP("ImportTargets", "Customer: mobile"),
    "customer.email": QT_TRANSLATE_NOOP("ImportTargets", "Customer: e-mail"),
    "customer.website": QT_TRANSLATE_NOOP("ImportTargets", "Customer: website"),
    "customer.credit_code": QT_TRANSLATE_NOOP("ImportTargets", "Customer: credit code"),
    "customer.notes": QT_TRANSLATE_NOOP("ImportTargets", "Customer: notes"),
    "customer.next_follow_up": QT_TRANSLATE_NOOP("ImportTargets", "Customer: next follow-up"),
    "customer.tags": QT_TRANSLATE_NOOP("ImportTargets", "Customer: tags"),
    "contact.name": QT_TRANSLATE_NOOP("ImportTargets", "Contact: name"),
    "contact.title": QT_TRANSLATE_NOOP("ImportTargets", "Contact: title"),
    "contact.department": QT_TRANSLATE_NOOP("ImportTargets", "Contact: department"),
    "contact.phone": QT_TRANSLATE_NOOP("ImportTargets", "Contact: phone"),
    "contact.mobile": QT_TRANSLATE_NOOP("ImportTargets", "Contact: mobile"),
    "contact.email": QT_TRANSLATE_NOOP("ImportTargets", "Contact: e-mail"),
    "contact.wechat": QT_TRANSLATE_NOOP("ImportTargets", "Contact: WeChat"),
    "contact.birthday": QT_TRANSLATE_NOOP("ImportTargets", "Contact: birthday"),
    "contact.notes": QT_TRANSLATE_NOOP("ImportTargets", "Contact: notes"),
    "row.country": QT_TRANSLATE_NOOP("ImportTargets", "Country (for reading phone numbers)"),
}
KEY_LABELS = {"phone": QT_TRANSLATE_NOOP("ImportTargets", "same phone"),
              "email": QT_TRANSLATE_NOOP("ImportTargets", "same e-mail"),
              "credit_code": QT_TRANSLATE_NOOP("ImportTargets", "same credit code"),
              "name": QT_TRANSLATE_NOOP("ImportTargets", "same name"),
              "fuzzy_name": QT_TRANSLATE_NOOP("ImportTargets", "similar name")}
PRESETS = ("salesforce", "google", "outlook", "wukong", "vcard")


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportTargets", text)


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportResult

    def __init__(self, service: ImportService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import customers"))
        self.setAcceptDrops(True)
        open_at_remembered_size(self, "import", 980, 680)
        self.service, self.tasks, self.bus = service, tasks, bus
        self.preview = None
        self.task = None
        self.import_result = None

        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("A .csv, .xlsx, .xls or .vcf file (or drop one here)"))
        self.path_edit.returnPressed.connect(self.load)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.preset = QComboBox()
        self.preset.setObjectName("importPreset")
        self.preset.addItem(self.tr("Detect from the header"), None)
        names = {"salesforce": "Salesforce", "google": "Google Contacts", "outlook": "Outlook",
                 "wukong": self.tr("WukongCRM template"), "vcard": "vCard"}
        for key in PRESETS:
            self.preset.addItem(names[key], key)
        self.preset.currentIndexChanged.connect(self.load)
        self.on_duplicate = QComboBox()
        self.on_duplicate.setObjectName("importOnDuplicate")
        for action, label in (("skip", self.tr("Skip the row")), ("update", self.tr("Update the customer")),
                              ("create", self.tr("Create a new customer"))):
            self.on_duplicate.addItem(label, action)
        top = QHBoxLayout()
        top.addWidget(self.path_edit, 1)
        top.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), top)
        form.addRow(self.tr("Columns of"), self.preset)
        form.addRow(self.tr("When a row matches a customer"), self.on_duplicate)
        self.info = QLabel()
        self.info.setObjectName("importInfo")
        self.info.setWordWrap(True)

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels([self.tr("Column in the file"), self.tr("First value"),
                                                      self.tr("Imported as")])
        self.mapping_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.mapping_table.verticalHeader().hide()
        self.sample_table = QTableWidget(0, 0)
        self.sample_table.setObjectName("importSample")
        self.sample_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        split = QSplitter(Qt.Orientation.Vertical)
        remember_splitter(split, "import")
        split.addWidget(self.mapping_table)
        split.addWidget(self.sample_table)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.report_button = QPushButton(self.tr("Open the error report"))
        self.report_button.setObjectName("importReport")
        self.report_button.hide()
        self.report_button.clicked.connect(self.open_report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setObjectName("importStart")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.buttons)

    # -- choosing the file -----------------------------------------------------------------------------
    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import customers"), "",
                                              self.tr("Customer files (*.csv *.txt *.xlsx *.xls *.vcf)"))
        if path:
            self.path_edit.setText(path)
            self.load()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        urls = [u for u in event.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.path_edit.setText(urls[0].toLocalFile())
            self.load()
            event.acceptProposedAction()

    def load(self, *_args) -> None:
        path = self.path_edit.text().strip()
        if not path:
            return
        try:
            self.preview = self.service.preview(path, self.preset.currentData())
        except Exception as exc:  # unreadable, empty, no permission: said in the dialog
            self.preview = None
            self.info.setText(error_message(exc))
            self.import_button.setEnabled(False)
            return
        p = self.preview
        kind = {"csv": "CSV", "xlsx": "Excel", "xls": "Excel 97-2003", "vcf": "vCard"}[p.kind]
        details = ", ".join(x for x in (kind, p.encoding, {",": self.tr("comma"), ";": self.tr("semicolon"),
                                                           "\t": self.tr("tab"), "|": "|"}.get(p.delimiter, ""))
                            if x)
        self.info.setText(self.tr("%1 — %2 columns; the first %3 rows below; %4 of them match existing "
                                  "customers.").replace("%1", details).replace("%2", str(len(p.headers)))
                          .replace("%3", str(len(p.sample))).replace("%4", str(len(p.matches))))
        if p.preset and self.preset.currentData() is None:
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData(p.preset))
            self.preset.blockSignals(False)
        self._fill_mapping()
        self._fill_sample()
        self.import_button.setEnabled(True)

    def _fill_mapping(self) -> None:
        p = self.preview
        self.mapping_table.setRowCount(len(p.headers))
        first = p.sample[0][1] if p.sample else []
        for row, header in enumerate(p.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(row, 1, QTableWidgetItem(first[row] if row < len(first) else ""))
            combo = QComboBox()
            combo.addItem(self.tr("— not imported —"), None)
            for target in TARGETS:
                combo.addItem(_t(TARGET_LABELS[target]), target)
            combo.setCurrentIndex(max(combo.findData(p.mapping.get(row)), 0))
            self.mapping_table.setCellWidget(row, 2, combo)

    def _fill_sample(self) -> None:
        p = self.preview
        matches = {m.line: m for m in p.matches}
        self.sample_table.clear()
        self.sample_table.setColumnCount(len(p.headers) + 3)
        self.sample_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Matches"), self.tr("Action")]
                                                    + p.headers)
        self.sample_table.setRowCount(len(p.sample))
        for row, (line, cells) in enumerate(p.sample):
            self.sample_table.setItem(row, 0, QTableWidgetItem(str(line)))
            match = matches.get(line)
            if match:
                why = _t(KEY_LABELS[match.key])
                self.sample_table.setItem(row, 1, QTableWidgetItem(f"{match.customer_name} ({why})"))
                action = QComboBox()
                action.addItem(self.tr("as chosen above"), None)
                for code, label in (("skip", self.tr("skip")), ("update", self.tr("update")),
                                    ("create", self.tr("create new"))):
                    action.addItem(label, code)
                action.setProperty("line", line)
                self.sample_table.setCellWidget(row, 2, action)
            for col, value in enumerate(cells[:len(p.headers)]):
                self.sample_table.setItem(row, col + 3, QTableWidgetItem(value))

    def mapping(self) -> dict[int, str]:
        out = {}
        for row in range(self.mapping_table.rowCount()):
            target = self.mapping_table.cellWidget(row, 2).currentData()
            if target:
                out[row] = target
        return out

    def decisions(self) -> dict[int, str]:
        out = {}
        for row in range(self.sample_table.rowCount()):
            combo = self.sample_table.cellWidget(row, 2)
            if isinstance(combo, QComboBox) and combo.currentData():
                out[int(combo.property("line"))] = combo.currentData()
        return out

    # -- importing -------------------------------------------------------------------------------------
    def start(self) -> None:
        if self.preview is None or self.task is not None:
            return
        path = self.path_edit.text().strip()
        self.progress = QProgressDialog(self.tr("Importing %1…").replace("%1", Path(path).name), self.tr("Cancel"),
                                        0, 0, self)
        self.progress.setObjectName("importProgress")
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.import_button.setEnabled(False)
        self.task = self.tasks.submit(self.service.run, path, mapping=self.mapping(),
                                      on_duplicate=self.on_duplicate.currentData(), decisions=self.decisions(),
                                      on_done=self._done, on_error=self._failed, on_progress=self._progressed)
        self.progress.canceled.connect(self.task.cancel)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, done, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.progress.close()
        self.import_button.setEnabled(True)

    def _done(self, result) -> None:
        self._finish()
        self.import_result = result
        self.bus.publish(result.changes)
        self.summary.setText(self.tr("Imported %1, updated %2, skipped %3 (duplicates found: %4); %5 row(s) "
                                     "could not be imported, %6 value(s) kept in the notes.")
                             .replace("%1", str(result.imported)).replace("%2", str(result.updated))
                             .replace("%3", str(result.skipped)).replace("%4", str(result.duplicates))
                             .replace("%5", str(result.error_count)).replace("%6", str(result.warning_count)))
        self.report_button.setVisible(bool(result.report))
        self.imported.emit(result)

    def _failed(self, exc) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Stopped. What was imported stays; importing the same file again "
                                         "continues where it stopped."))
            self.bus.publish(Changes(customers=True, contacts=True, undo=True))
            return
        self.summary.setText(error_message(exc))

    def open_report(self) -> None:
        if self.import_result is not None and self.import_result.report:
            QDesktopServices.openUrl(QUrl.fromLocalFile(self.import_result.report))


__all__ = ["ImportDialog", "TARGET_LABELS"]
