"""The unsubscribe list (退订名单): every address that never receives campaign e-mail again, newest first,
searched by a part of the address; an address can be added by hand (with a reason) or taken off the list
again after a confirmation. The service checks the address and the permission; this screen only words what
it reports. The list follows Changes with the campaigns flag (an unsubscribe link processed, a sync)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Changes
from ...domain.errors import CrmError, ValidationError
from ...domain.times import local_time
from ...services.email_campaigns import EmailCampaignService, UnsubscribeDTO
from ..bus import ChangeBus
from ..common.errors import error_message, field_message

LIMIT = 500
SOURCES = {"link": QT_TRANSLATE_NOOP("UnsubscribesScreen", "Unsubscribe link"),
           "manual": QT_TRANSLATE_NOOP("UnsubscribesScreen", "Entered by hand"),
           "bounce": QT_TRANSLATE_NOOP("UnsubscribesScreen", "Bounced"),
           "import": QT_TRANSLATE_NOOP("UnsubscribesScreen", "Imported")}


def _source_text(code: str) -> str:
    return QCoreApplication.translate("UnsubscribesScreen", SOURCES[code]) if code in SOURCES else code


class UnsubscribeDialog(QDialog):
    """An address and why it is on the list. `submit(email, reason)` is called on OK; what it raises is
    shown in the dialog, which stays open (an invalid address is refused by the service)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("unsubscribeDialog")
        self.setWindowTitle(self.tr("Add to the unsubscribe list"))
        self.submit = None
        self.email_edit = QLineEdit()
        self.email_edit.setObjectName("unsubscribeEmail")
        self.email_edit.setPlaceholderText("name@example.com")
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("unsubscribeReason")
        self.reason_edit.setPlaceholderText(self.tr("For example: asked by phone"))
        form = QFormLayout()
        form.addRow(self.tr("E-mail address"), self.email_edit)
        form.addRow(self.tr("Reason"), self.reason_edit)
        self.message = QLabel()
        self.message.setObjectName("unsubscribeMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(box)

    def accept(self) -> None:
        self.message.setText("")
        if self.submit is not None:
            try:
                self.submit(self.email_edit.text(), self.reason_edit.text().strip())
            except ValidationError as exc:
                self.message.setText("\n".join(field_message(e) for e in exc.errors))
                self.email_edit.setFocus()
                return
            except CrmError as exc:
                self.message.setText(error_message(exc))
                return
        super().accept()


class UnsubscribesScreen(QWidget):
    status = Signal(str)

    SEARCH_DELAY_MS = 250

    def __init__(self, service: EmailCampaignService, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("unsubscribesScreen")
        self.service, self.bus = service, bus
        self._items: list[UnsubscribeDTO] = []
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("unsubscribeSearch")
        self.search_edit.setPlaceholderText(self.tr("Search addresses…"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(self.SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.refresh)
        self.search_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_edit.returnPressed.connect(self.refresh)
        can_edit = service.can("campaigns", "edit")
        self.add_button = QPushButton(self.tr("&Add address…"))
        self.add_button.setObjectName("addUnsubscribe")
        self.add_button.clicked.connect(self.add_address)
        self.add_button.setEnabled(can_edit)
        self.remove_button = QPushButton(self.tr("&Remove from list"))
        self.remove_button.setObjectName("removeUnsubscribe")
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setEnabled(False)  # with a row selected
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("unsubscribeTable")
        self.table.setHorizontalHeaderLabels([self.tr("E-mail address"), self.tr("Reason"), self.tr("Source"),
                                              self.tr("Added on")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.count_label = QLabel()
        self.count_label.setObjectName("unsubscribeCount")
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        bus.changed.connect(self._changed)

    # -- reading -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.campaigns and self.isVisible():
            self.refresh()

    def selected(self) -> UnsubscribeDTO | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows and rows[0].row() < len(self._items) else None

    def refresh(self) -> None:
        self.search_timer.stop()
        keep = self.selected()
        try:
            self._items = self.service.unsubscribes(self.search_edit.text(), LIMIT)
        except CrmError as exc:
            self.count_label.setText(error_message(exc))
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self._items))
        for r, item in enumerate(self._items):
            for col, text in enumerate((item.email, item.reason, _source_text(item.source),
                                        local_time(item.created_at))):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.table.blockSignals(False)
        if keep is not None:
            for r, item in enumerate(self._items):
                if item.id == keep.id:
                    self.table.selectRow(r)
                    break
        count = f"{len(self._items):,}"
        self.count_label.setText(self.tr("The first %1 addresses are shown; search to narrow the list.")
                                 .replace("%1", count) if len(self._items) >= LIMIT
                                 else self.tr("%1 address(es)").replace("%1", count))
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None and self.service.can("campaigns", "edit"))

    # -- writing -------------------------------------------------------------------------------------
    def add_address(self) -> None:
        dialog = UnsubscribeDialog(self)
        added: list[str] = []

        def submit(email: str, reason: str) -> None:
            changes = self.service.unsubscribe(email, reason, "manual")
            added.append(email.strip().lower())
            self.bus.publish(changes)

        dialog.submit = submit
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted and added:
            self.refresh()  # the bus refreshes only a visible list; this one may be about to show
            self.status.emit(self.tr("%1 will receive no campaign e-mail.").replace("%1", added[0]))

    def remove_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove from the unsubscribe list"),
            self.tr("Take %1 off the unsubscribe list? Campaigns prepared from now on will e-mail this "
                    "address again.").replace("%1", item.email))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.service.resubscribe(item.email)
        except CrmError as exc:
            text = (self.tr("%1 is not on the unsubscribe list.").replace("%1", item.email)
                    if exc.code == "not_unsubscribed" else error_message(exc))
            QMessageBox.warning(self, self.tr("Unsubscribe list"), text)
            self.refresh()
            return
        self.bus.publish(changes)
        self.refresh()
        self.status.emit(self.tr("%1 was removed from the unsubscribe list.").replace("%1", item.email))


__all__ = ["UnsubscribeDialog", "UnsubscribesScreen"]
