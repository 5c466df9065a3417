"""Marketing resources (营销资料): the library of templates, images and documents. Files are added with a file
dialog or dropped onto the screen, read and stored in the background; a resource's name, kind, description
and tags are edited in a dialog; its file is saved back to disk; and it is linked to (or unlinked from) a
campaign."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Changes
from ...domain.errors import CrmError, ValidationError
from ...services.campaigns import CampaignService, ResourceItem
from ..bus import ChangeBus
from ..common.errors import error_message
from ..common.form import ValidatedForm
from ..common.unsaved import AsksBeforeDiscarding
from ..tasks import Cancelled, TaskRunner, when_alive
from .segments import find_data

KINDS = {"template": QT_TRANSLATE_NOOP("ResourcesScreen", "Template"),
         "image": QT_TRANSLATE_NOOP("ResourcesScreen", "Image"),
         "document": QT_TRANSLATE_NOOP("ResourcesScreen", "Document"),
         "other": QT_TRANSLATE_NOOP("ResourcesScreen", "Other")}
_BY_SUFFIX = {**{s: "image" for s in ("png", "jpg", "jpeg", "gif", "bmp", "svg", "webp", "tif", "tiff")},
              **{s: "template" for s in ("html", "htm", "eml", "oft", "msg", "dotx", "potx", "xltx", "mjml")},
              **{s: "document" for s in ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "odt", "ods",
                                         "odp", "txt", "md", "rtf", "csv", "wps", "et", "dps")}}


def _t(code: str) -> str:
    return QCoreApplication.translate("ResourcesScreen", KINDS.get(code, code)) if code else ""


def kind_for(path: str | Path) -> str:
    """The kind a file is taken for from its extension (the user can change it)."""
    return _BY_SUFFIX.get(Path(path).suffix.lower().lstrip("."), "other")


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def _add_files(service: CampaignService, paths: list[str], progress=None) -> tuple[list[uuid.UUID], Changes]:
    """Store each file as a resource (named after the file, kind from its extension); a plain job."""
    ids, changes = [], Changes()
    for done, path in enumerate(paths):
        rid, ch = service.add_resource({"name": Path(path).stem[:120] or Path(path).name, "kind": kind_for(path)},
                                       path)
        ids.append(rid)
        changes = changes | ch
        if progress is not None:
            progress(done + 1, len(paths))
    return ids, changes


def _save_file(service: CampaignService, resource_id: uuid.UUID, target: str) -> tuple[str, int]:
    """Write a resource's stored file to `target`; a plain job. Returns (target, bytes written)."""
    _name, data = service.resource_file(resource_id)
    Path(target).write_bytes(data)
    return target, len(data)


class ResourceDialog(AsksBeforeDiscarding, QDialog):
    """Edit a resource's name, kind, description and tags (comma-separated)."""

    def __init__(self, item: ResourceItem, parent=None):
        super().__init__(parent)
        self.setObjectName("resourceDialog")
        self.setWindowTitle(self.tr("Edit resource"))
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit(item.name))
        self.kind = self.form.add("kind", self.tr("Kind"), QComboBox())
        for code in KINDS:
            self.kind.addItem(_t(code), code)
        self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
        self.description = self.form.add("description", self.tr("Description"), QPlainTextEdit())
        self.description.setPlainText(item.description)
        self.description.setFixedHeight(80)
        self.tags = self.form.add("tags", self.tr("Tags"), QLineEdit("，".join(item.tags)))
        self.tags.setPlaceholderText(self.tr("Separate tags with commas"))
        self.message = QLabel()
        self.message.setObjectName("resourceMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.message)
        outer.addWidget(box)
        self.submit = None

    def values(self) -> dict:
        tags = [t.strip() for t in self.tags.text().replace("，", ",").split(",") if t.strip()]
        return {"name": self.name.text().strip(), "kind": self.kind.currentData(),
                "description": self.description.toPlainText(), "tags": tags}

    def accept(self) -> None:
        self.form.clear_errors()
        values = self.values()
        if not values["name"]:
            self.form.rows["name"].set_error(self.tr("Give the resource a name."))
            return
        try:
            self.submit(values)
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show(exc)))
            return
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()


class ResourcesScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: CampaignService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("resourcesScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        self._items: list[ResourceItem] = []
        self._campaigns: list = []
        self._stale = True
        self.setAcceptDrops(True)
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("resourceKindFilter")
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for code in KINDS:
            self.kind_filter.addItem(_t(code), code)
        self.campaign_filter = QComboBox()
        self.campaign_filter.setObjectName("resourceCampaignFilter")
        self.campaign_filter.addItem(self.tr("The whole library"), None)
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.campaign_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("resourceTable")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("File"), self.tr("Size"),
                                              self.tr("Tags")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _i: self.edit_resource())
        can = service.can
        self.buttons: dict[str, QPushButton] = {}
        self._rights = {"addResource": can("campaigns", "create"), "editResource": can("campaigns", "edit"),
                        "saveResource": can("campaigns", "view"), "deleteResource": can("campaigns", "delete"),
                        "linkResource": can("campaigns", "edit"), "unlinkResource": can("campaigns", "edit")}
        row = QHBoxLayout()
        for name, text, slot in (("addResource", self.tr("&Add files…"), self.add_files_dialog),
                                 ("editResource", self.tr("&Edit…"), self.edit_resource),
                                 ("saveResource", self.tr("&Save file as…"), self.save_file),
                                 ("deleteResource", self.tr("&Delete"), self.delete_resource),
                                 ("linkResource", self.tr("&Link to campaign…"), self.link_to_campaign),
                                 ("unlinkResource", self.tr("&Unlink from campaign…"), self.unlink_from_campaign)):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _c=False, s=slot: s())
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.campaign_filter, 2)
        filters.addWidget(self.kind_filter, 1)
        self.hint = QLabel(self.tr("Drop files here to add them to the library."))
        self.hint.setObjectName("dropHint")
        self.message = QLabel()
        self.message.setObjectName("resourcesMessage")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        bus.changed.connect(self._on_changes)
        self._update_buttons()

    # -- reading -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.load_campaigns()
            self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if not changes.campaigns:
            return
        if self.isVisible():
            self.load_campaigns()
            self.refresh()
        else:
            self._stale = True

    def load_campaigns(self) -> None:
        try:
            self._campaigns = self.service.campaigns()
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        current = self.campaign_filter.currentData()
        self.campaign_filter.blockSignals(True)
        while self.campaign_filter.count() > 1:
            self.campaign_filter.removeItem(1)
        for c in self._campaigns:
            self.campaign_filter.addItem(self.tr("Linked to %1").replace("%1", c.name), c.id)
        index = find_data(self.campaign_filter, current) if current is not None else 0
        self.campaign_filter.setCurrentIndex(max(index, 0))
        self.campaign_filter.blockSignals(False)

    def refresh(self) -> None:
        self._stale = False
        keep = self.selected()
        try:
            self._items = self.service.resources(self.campaign_filter.currentData(),
                                                 kind=self.kind_filter.currentData())
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self._items))
        for r, res in enumerate(self._items):
            for col, text in enumerate((_t(res.kind), res.name, res.file_name,
                                        size_text(res.size) if res.file_name else "", "、".join(res.tags))):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if col == 1 and res.description:
                    item.setToolTip(res.description)
                self.table.setItem(r, col, item)
        if keep is not None:
            self.select(keep.id)
        self.table.blockSignals(False)
        self._update_buttons()

    def selected(self) -> ResourceItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows and rows[0].row() < len(self._items) else None

    def select(self, resource_id: uuid.UUID) -> None:
        for r, res in enumerate(self._items):
            if res.id == resource_id:
                self.table.selectRow(r)
                return

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for name, button in self.buttons.items():
            button.setEnabled(self._rights[name] and (chosen or name == "addResource"))
        if self.selected() is not None and not self.selected().file_name:
            self.buttons["saveResource"].setEnabled(False)

    def _published(self, changes: Changes) -> None:
        self.bus.publish(changes)
        if not self.isVisible():
            self.refresh()

    # -- adding files (dialog or drop) ---------------------------------------------------------------
    def add_files_dialog(self) -> None:
        paths, _filter = QFileDialog.getOpenFileNames(self, self.tr("Add files to the library"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        """Store the files as resources in the background."""
        if not self._rights["addResource"]:
            self.message.setText(self.tr("You may not add marketing resources."))
            return
        files = [p for p in paths if Path(p).is_file()]
        if not files:
            self.message.setText(self.tr("Only files can be added, not folders."))
            return
        self.message.setText(self.tr("Adding %1 file(s)…").replace("%1", str(len(files))))
        self.tasks.submit(_add_files, self.service, files, on_done=self._added, on_error=self._failed)

    @when_alive
    def _added(self, result) -> None:
        ids, changes = result
        self._published(changes)
        if ids:
            self.select(ids[-1])
        text = self.tr("%1 file(s) added to the library.").replace("%1", str(len(ids)))
        self.message.setText(text)
        self.status.emit(text)

    @when_alive
    def _failed(self, exc) -> None:
        if isinstance(exc, Cancelled):
            self.message.setText(self.tr("Cancelled."))
            return
        self.message.setText(error_message(exc))
        self.refresh()  # files stored before the failure are shown

    @staticmethod
    def _local_files(mime) -> list[str]:
        if mime is None or not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]

    def dragEnterEvent(self, event) -> None:
        if self._rights["addResource"] and self._local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        paths = self._local_files(event.mimeData())
        if not paths or not self._rights["addResource"]:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add_files(paths)

    # -- editing, saving, deleting -------------------------------------------------------------------
    def edit_resource(self) -> ResourceDialog | None:
        resource = self.selected()
        if resource is None or not self._rights["editResource"]:
            return None
        dialog = ResourceDialog(resource, self)

        def submit(values: dict) -> None:
            self._published(self.service.update_resource(resource.id, values))
            self.status.emit(self.tr("Resource “%1” saved.").replace("%1", values["name"]))
        dialog.submit = submit
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def save_file(self) -> None:
        resource = self.selected()
        if resource is None or not resource.file_name:
            return
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save file as"), resource.file_name)
        if not target:
            return
        self.message.setText(self.tr("Saving %1…").replace("%1", resource.file_name))
        self.tasks.submit(_save_file, self.service, resource.id, target, on_done=self._saved,
                          on_error=self._save_failed, lane="io")

    @when_alive
    def _saved(self, result) -> None:
        target, size = result
        text = self.tr("Saved %1 (%2).").replace("%1", target).replace("%2", size_text(size))
        self.message.setText(text)
        self.status.emit(text)

    @when_alive
    def _save_failed(self, exc) -> None:
        if isinstance(exc, OSError):
            self.message.setText(self.tr("The file could not be written: %1").replace("%1", str(exc.strerror or exc)))
        else:
            self.message.setText(error_message(exc))

    def delete_resource(self) -> None:
        resource = self.selected()
        if resource is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete resource"),
                                      self.tr("Delete the resource %1? It is also unlinked from its campaigns.")
                                      .replace("%1", resource.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._write(self.service.delete_resource, resource.id)

    def _write(self, fn, *args) -> Changes | None:
        try:
            changes = fn(*args)
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return None
        self._published(changes)
        return changes

    # -- campaigns -----------------------------------------------------------------------------------
    def _choose_campaign(self, title: str):
        if not self._campaigns:
            self.load_campaigns()
        if not self._campaigns:
            self.message.setText(self.tr("There are no campaigns yet."))
            return None
        names = [f"{c.name} ({c.starts_on.isoformat()})" if c.starts_on else c.name for c in self._campaigns]
        current = self.campaign_filter.currentData()
        start = next((i for i, c in enumerate(self._campaigns) if c.id == current), 0)
        name, ok = QInputDialog.getItem(self, title, self.tr("Campaign"), names, start, False)
        if not ok or name not in names:
            return None
        return self._campaigns[names.index(name)]

    def link_to_campaign(self) -> None:
        resource = self.selected()
        if resource is None:
            return
        campaign = self._choose_campaign(self.tr("Link to campaign"))
        if campaign is None:
            return
        if self._write(self.service.link_resource, campaign.id, resource.id) is not None:
            self.message.setText(self.tr("“%1” is linked to %2.").replace("%1", resource.name)
                                 .replace("%2", campaign.name))

    def unlink_from_campaign(self) -> None:
        resource = self.selected()
        if resource is None:
            return
        current = self.campaign_filter.currentData()
        campaign = next((c for c in self._campaigns if c.id == current), None) if current is not None else None
        if campaign is None:
            campaign = self._choose_campaign(self.tr("Unlink from campaign"))
        if campaign is None:
            return
        if self._write(self.service.unlink_resource, campaign.id, resource.id) is not None:
            self.message.setText(self.tr("“%1” is no longer linked to %2.").replace("%1", resource.name)
                                 .replace("%2", campaign.name))
