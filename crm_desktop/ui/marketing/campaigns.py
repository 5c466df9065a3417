"""Campaigns (营销活动): the list of my campaigns, a dialog to plan one (type, status, dates, budget, actual cost,
expected revenue, goals), its members (added from a segment in the background with progress, responses
recorded), and its report with the ROI computed by the service (exact; shown rounded to 0.01 %).

Members can also be added by hand: the "Add members…" dialog searches customers as the user types (debounced,
on the database lane when a task runner is given) and adds the ticked ones through the service, which skips
anyone already a member."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Changes
from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.money import Money, parse_amount
from ...domain.times import local_time
from ...services.campaigns import CampaignItem, CampaignReport, CampaignService
from ..bus import ChangeBus
from ..common.errors import error_message, show_error
from ..common.form import ValidatedForm
from ..common.layout_memory import remember_splitter
from ..common.unsaved import AsksBeforeDiscarding
from ..common.window_size import open_at_remembered_size
from ..tasks import Cancelled, TaskRunner, when_alive

KINDS = {"email": QT_TRANSLATE_NOOP("CampaignsScreen", "E-mail"),
         "event": QT_TRANSLATE_NOOP("CampaignsScreen", "Event"),
         "exhibition": QT_TRANSLATE_NOOP("CampaignsScreen", "Exhibition"),
         "online": QT_TRANSLATE_NOOP("CampaignsScreen", "Online"),
         "telemarketing": QT_TRANSLATE_NOOP("CampaignsScreen", "Telemarketing"),
         "other": QT_TRANSLATE_NOOP("CampaignsScreen", "Other")}
STATUSES = {"planned": QT_TRANSLATE_NOOP("CampaignsScreen", "Planned"),
            "active": QT_TRANSLATE_NOOP("CampaignsScreen", "Active"),
            "completed": QT_TRANSLATE_NOOP("CampaignsScreen", "Completed"),
            "cancelled": QT_TRANSLATE_NOOP("CampaignsScreen", "Cancelled")}
RESPONSES = {"interested": QT_TRANSLATE_NOOP("CampaignsScreen", "Interested"),
             "not_interested": QT_TRANSLATE_NOOP("CampaignsScreen", "Not interested"),
             "registered": QT_TRANSLATE_NOOP("CampaignsScreen", "Registered"),
             "attended": QT_TRANSLATE_NOOP("CampaignsScreen", "Attended"),
             "bought": QT_TRANSLATE_NOOP("CampaignsScreen", "Bought"),
             "other": QT_TRANSLATE_NOOP("CampaignsScreen", "Other")}
MEMBER_KINDS = {"customer": QT_TRANSLATE_NOOP("CampaignsScreen", "Customer"),
                "contact": QT_TRANSLATE_NOOP("CampaignsScreen", "Contact"),
                "lead": QT_TRANSLATE_NOOP("CampaignsScreen", "Lead")}


def _t(table: dict, code: str) -> str:
    return QCoreApplication.translate("CampaignsScreen", table.get(code, code)) if code else ""


def _amount_text(money: Money) -> str:
    return f"{money.amount:,.2f}" if money.minor else ""


class CampaignDialog(AsksBeforeDiscarding, QDialog):
    """Plan or edit a campaign. `submit(values)` is called on OK; a ValidationError is shown at its field."""

    def __init__(self, item: CampaignItem | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("campaignDialog")
        self.setWindowTitle(self.tr("Edit campaign") if item else self.tr("New campaign"))
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.kind = self.form.add("kind", self.tr("Type"), QComboBox())
        for code in KINDS:
            self.kind.addItem(_t(KINDS, code), code)
        self.status_box = self.form.add("status", self.tr("Status"), QComboBox())
        for code in STATUSES:
            self.status_box.addItem(_t(STATUSES, code), code)
        self.has_dates = QCheckBox(self.tr("Scheduled"))
        layout.addRow("", self.has_dates)
        self.starts = self.form.add("starts_on", self.tr("Starts"), QDateEdit())
        self.ends = self.form.add("ends_on", self.tr("Ends"), QDateEdit())
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDate(QDate(date.today()))
        self.has_dates.toggled.connect(self.starts.setEnabled)
        self.has_dates.toggled.connect(self.ends.setEnabled)
        self.budget = self.form.add("budget", self.tr("Budget"), QLineEdit())
        self.actual_cost = self.form.add("actual_cost", self.tr("Actual cost"), QLineEdit())
        self.expected_revenue = self.form.add("expected_revenue", self.tr("Expected revenue"), QLineEdit())
        for edit in (self.budget, self.actual_cost, self.expected_revenue):
            edit.setPlaceholderText("0.00")
        self.goals = self.form.add("goals", self.tr("Goals"), QPlainTextEdit())
        self.goals.setFixedHeight(60)
        self.description = self.form.add("description", self.tr("Description"), QPlainTextEdit())
        self.description.setFixedHeight(80)
        self.message = QLabel()
        self.message.setObjectName("campaignMessage")
        self.message.setStyleSheet("color: #c0392b;")
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout)
        outer.addWidget(self.message)
        outer.addWidget(box)
        self.submit = None
        self.has_dates.setChecked(bool(item and item.starts_on))
        self.starts.setEnabled(self.has_dates.isChecked())
        self.ends.setEnabled(self.has_dates.isChecked())
        if item is not None:
            self.name.setText(item.name)
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
            self.status_box.setCurrentIndex(max(self.status_box.findData(item.status), 0))
            if item.starts_on:
                self.starts.setDate(QDate(item.starts_on))
            if item.ends_on:
                self.ends.setDate(QDate(item.ends_on))
            self.budget.setText(_amount_text(item.budget))
            self.actual_cost.setText(_amount_text(item.actual_cost))
            self.expected_revenue.setText(_amount_text(item.expected_revenue))
            self.goals.setPlainText(item.goals)
            self.description.setPlainText(item.description)

    def values(self) -> dict:
        errors, values = [], {"name": self.name.text(), "kind": self.kind.currentData(),
                              "status": self.status_box.currentData(), "goals": self.goals.toPlainText(),
                              "description": self.description.toPlainText()}
        for name, edit in (("budget", self.budget), ("actual_cost", self.actual_cost),
                           ("expected_revenue", self.expected_revenue)):
            amount = parse_amount(edit.text() or "0", field=name)
            if isinstance(amount, FieldError):
                errors.append(amount)
            else:
                values[name] = amount
        if errors:
            raise ValidationError(errors)
        scheduled = self.has_dates.isChecked()
        values["starts_on"] = self.starts.date().toPython() if scheduled else None
        values["ends_on"] = self.ends.date().toPython() if scheduled else None
        return values

    def accept(self) -> None:
        self.form.clear_errors()
        try:
            self.submit(self.values())
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show(exc)))
            return
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()


CustomerSearch = Callable[[str], list[tuple[uuid.UUID, str]]]


class AddMembersDialog(QDialog):
    """Pick customers by hand: the list follows the search box as the user types (debounced); ticked
    customers stay ticked across searches. `submit(ids)` is called on OK with the ticked customers' ids; a
    CrmError it raises is shown in the dialog, which stays open."""

    DEBOUNCE_MS = 250

    def __init__(self, customer_search: CustomerSearch, tasks: TaskRunner | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("addMembersDialog")
        self.setWindowTitle(self.tr("Add members"))
        self.customer_search, self.tasks = customer_search, tasks
        self.submit: Callable[[list[uuid.UUID]], None] | None = None
        self._chosen: dict[uuid.UUID, str] = {}  # ticked customers, in the order they were ticked
        self._generation = 0  # the newest search; older answers are dropped
        self._search_task = None
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("memberSearch")
        self.search_edit.setPlaceholderText(self.tr("Customer name, phone or e-mail…"))
        self.search_edit.setClearButtonEnabled(True)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _text: self.timer.start())
        self.results = QListWidget()
        self.results.setObjectName("memberResults")
        self.results.itemChanged.connect(self._item_changed)
        self.hint = QLabel(self.tr("Type to search customers."))
        self.hint.setObjectName("memberSearchHint")
        self.chosen_label = QLabel()
        self.chosen_label.setObjectName("membersChosen")
        self.message = QLabel()
        self.message.setObjectName("addMembersMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        open_at_remembered_size(self, "campaign_members", 420, 460)
        self._show_chosen()

    # -- searching -----------------------------------------------------------------------------------
    def run_search(self) -> None:
        """Search now (the debounce timer calls this; tests and Enter may too)."""
        self.timer.stop()
        self._generation += 1
        generation, text = self._generation, self.search_edit.text().strip()
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        if not text:
            self._show_results(generation, [])
            self.hint.setText(self.tr("Type to search customers."))
            return
        self.hint.setText(self.tr("Searching…"))
        if self.tasks is None:
            try:
                found = self.customer_search(text)
            except CrmError as exc:
                self._search_failed(generation, exc)
                return
            self._show_results(generation, found)
            return
        task = self.tasks.submit(self.customer_search, text,
                                 on_done=lambda found, g=generation: self._show_results(g, found),
                                 on_error=lambda exc, g=generation: self._search_failed(g, exc))
        self._search_task = task if self.tasks.is_live(task) else None  # an inline runner has finished it

    @when_alive
    def _show_results(self, generation: int, found: list[tuple[uuid.UUID, str]]) -> None:
        if generation != self._generation:
            return
        self._search_task = None
        self.results.blockSignals(True)
        self.results.clear()
        for customer_id, name in found:
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, customer_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if customer_id in self._chosen else Qt.CheckState.Unchecked)
            self.results.addItem(item)
        self.results.blockSignals(False)
        if self.search_edit.text().strip():
            self.hint.setText(self.tr("No customer matches.") if not found else
                              self.tr("%1 found; tick the customers to add.").replace("%1", f"{len(found):,}"))

    @when_alive
    def _search_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation or isinstance(exc, Cancelled):
            return
        self._search_task = None
        self.hint.setText("")
        self.message.setText(error_message(exc))

    # -- choosing ------------------------------------------------------------------------------------
    def _item_changed(self, item: QListWidgetItem) -> None:
        customer_id = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._chosen[customer_id] = item.text()
        else:
            self._chosen.pop(customer_id, None)
        self._show_chosen()

    def _show_chosen(self) -> None:
        self.chosen_label.setText(self.tr("%1 customer(s) chosen").replace("%1", f"{len(self._chosen):,}"))
        self.ok_button.setEnabled(bool(self._chosen))

    def chosen_ids(self) -> list[uuid.UUID]:
        return list(self._chosen)

    def accept(self) -> None:
        if not self._chosen:
            return
        self.message.setText("")
        if self.submit is not None:
            try:
                self.submit(self.chosen_ids())
            except CrmError as exc:
                self.message.setText(error_message(exc))
                return
        super().accept()

    def done(self, result: int) -> None:
        self.timer.stop()
        if self._search_task is not None:
            self._search_task.cancel()
            self._search_task = None
        super().done(result)


class ReportPanel(QGroupBox):
    """The campaign report: budget against actual cost, members and responses, leads, opportunities won and
    their revenue, and the ROI."""

    FIELDS = (("budget", QT_TRANSLATE_NOOP("ReportPanel", "Budget")),
              ("actual_cost", QT_TRANSLATE_NOOP("ReportPanel", "Actual cost")),
              ("budget_remaining", QT_TRANSLATE_NOOP("ReportPanel", "Budget left")),
              ("members", QT_TRANSLATE_NOOP("ReportPanel", "Members")),
              ("responded", QT_TRANSLATE_NOOP("ReportPanel", "Responded")),
              ("responses", QT_TRANSLATE_NOOP("ReportPanel", "Responses")),
              ("leads", QT_TRANSLATE_NOOP("ReportPanel", "Leads (converted)")),
              ("opportunities", QT_TRANSLATE_NOOP("ReportPanel", "Opportunities (open / won / lost)")),
              ("won_revenue", QT_TRANSLATE_NOOP("ReportPanel", "Revenue won")),
              ("roi", QT_TRANSLATE_NOOP("ReportPanel", "ROI")))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("campaignReport")
        self.setTitle(self.tr("Report"))
        grid = QGridLayout(self)
        self.values: dict[str, QLabel] = {}
        for row, (key, label) in enumerate(self.FIELDS):
            grid.addWidget(QLabel(QCoreApplication.translate("ReportPanel", label)), row, 0)
            value = QLabel()
            value.setObjectName(f"report_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(value, row, 1)
            self.values[key] = value

    def show_report(self, report: CampaignReport | None) -> None:
        if report is None:
            for label in self.values.values():
                label.setText("")
            return
        v = self.values
        v["budget"].setText(report.budget.format())
        v["actual_cost"].setText(report.actual_cost.format())
        v["budget_remaining"].setText(report.budget_remaining.format())
        v["members"].setText(f"{report.members:,}")
        rate = "" if report.response_rate is None else f" ({report.response_rate * 100:.1f}%)"
        v["responded"].setText(f"{report.responded:,}{rate}")
        v["responses"].setText("、".join(f"{_t(RESPONSES, k)} {n}" for k, n in report.responses.items()))
        v["leads"].setText(f"{report.leads:,} ({report.leads_converted:,})")
        v["opportunities"].setText(f"{report.open_opportunities:,} / {report.won:,} / {report.lost:,}")
        v["won_revenue"].setText(report.won_revenue.format())
        v["roi"].setText(self.tr("no cost recorded") if report.roi_percent is None else f"{report.roi_percent}%")


class CampaignsScreen(QWidget):
    status = Signal(str)

    def __init__(self, service: CampaignService, bus: ChangeBus, tasks: TaskRunner | None = None, parent=None, *,
                 email_service=None, customer_search: CustomerSearch | None = None):
        """`tasks`: the runner filling a campaign from a segment in the background (with progress and
        cancel); without one the fill runs at once. `email_service` (EmailCampaignService): offers sending
        an e-mail campaign to its members when given. `customer_search(text)` -> [(id, name)]: offers
        adding customers by hand when given."""
        super().__init__(parent)
        self.setObjectName("campaignsScreen")
        self.service, self.bus, self.tasks, self.email_service = service, bus, tasks, email_service
        self.customer_search = customer_search
        self.fill_task = None
        self.fill_progress: QProgressDialog | None = None
        self._items: list[CampaignItem] = []
        self._members: list = []
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("campaignTable")
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Type"), self.tr("Status"), self.tr("Starts"),
                                              self.tr("Budget"), self.tr("Actual cost"), self.tr("Owner")])
        self.members = QTableWidget(0, 5)
        self.members.setObjectName("memberTable")
        self.members.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Kind"), self.tr("E-mail address"),
                                                self.tr("Response"), self.tr("Responded at")])
        for table in (self.table, self.members):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self.show_selected)
        self.report = ReportPanel()
        buttons = []
        can = service.can
        for name, text, slot, allowed in (
                ("newCampaign", self.tr("&New campaign…"), self.new_campaign, can("campaigns", "create")),
                ("editCampaign", self.tr("&Edit…"), self.edit_campaign, can("campaigns", "edit")),
                ("deleteCampaign", self.tr("&Delete"), self.delete_campaign, can("campaigns", "delete")),
                ("fillFromSegment", self.tr("Add from &segment…"), self.fill_from_segment,
                 can("campaigns", "edit"))):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(allowed)
            buttons.append(button)
        self.add_members_button = QPushButton(self.tr("&Add members…"))
        self.add_members_button.setObjectName("addMembers")
        self.add_members_button.clicked.connect(self.add_members)
        self.add_members_button.setEnabled(False)  # with a campaign selected (show_selected)
        if customer_search is None:
            self.add_members_button.hide()
        buttons.append(self.add_members_button)
        self.respond_button = QPushButton(self.tr("Record response"))
        self.respond_button.setObjectName("recordResponse")
        menu = QMenu(self.respond_button)
        for code in RESPONSES:
            menu.addAction(_t(RESPONSES, code), lambda c=code: self.record_response(c))
        self.respond_button.setMenu(menu)
        self.respond_button.setEnabled(can("campaigns", "edit"))
        buttons.append(self.respond_button)
        self.send_button = QPushButton(self.tr("Send e-&mail…"))
        self.send_button.setObjectName("sendEmail")
        self.send_button.clicked.connect(self.send_email)
        self.send_button.setEnabled(email_service is not None and tasks is not None and can("campaigns", "send"))
        if email_service is None:
            self.send_button.hide()
        buttons.append(self.send_button)
        row = QHBoxLayout()
        for b in buttons:
            row.addWidget(b)
        row.addStretch(1)
        lower = QWidget()
        lower_layout = QHBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.members, 2)
        lower_layout.addWidget(self.report, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        remember_splitter(splitter, "campaigns")
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        self.message = QLabel()
        self.message.setObjectName("campaignsMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        bus.changed.connect(lambda changes: self.refresh() if (changes.campaigns or changes.opportunities
                                                                or changes.leads) and self.isVisible() else None)

    # -- reading -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def send_email(self):
        """The e-mail dialog for the selected campaign (template, server, sending with progress)."""
        campaign = self.selected()
        if campaign is None or self.email_service is None or self.tasks is None:
            self.status.emit(self.tr("Choose a campaign first."))
            return None
        from .email_send import EmailSendDialog
        dialog = EmailSendDialog(self.email_service, self.tasks, campaign.id, self)
        dialog.changed.connect(self.bus.publish)
        dialog.open()
        return dialog

    def selected(self) -> CampaignItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows and rows[0].row() < len(self._items) else None

    def refresh(self) -> None:
        keep = self.selected()
        try:
            self._items = self.service.campaigns()
        except CrmError as exc:
            show_error(self, exc)
            return
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._items))
        for r, c in enumerate(self._items):
            for col, text in enumerate((c.name, _t(KINDS, c.kind), _t(STATUSES, c.status),
                                        c.starts_on.isoformat() if c.starts_on else "", c.budget.format(),
                                        c.actual_cost.format(), c.owner_name)):
                item = QTableWidgetItem(text)
                if col in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
        self.table.blockSignals(False)
        if keep is not None:
            for r, c in enumerate(self._items):
                if c.id == keep.id:
                    self.table.selectRow(r)
                    break
        self.show_selected()

    def show_selected(self) -> None:
        campaign = self.selected()
        self.add_members_button.setEnabled(campaign is not None and self.customer_search is not None
                                           and self.service.can("campaigns", "edit"))
        if campaign is None:
            self.members.setRowCount(0)
            self.report.show_report(None)
            return
        try:
            members = self.service.members(campaign.id)
            report = self.service.roi(campaign.id)
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        self._members = members
        self.members.setRowCount(len(members))
        for r, m in enumerate(members):
            for col, text in enumerate((m.name, _t(MEMBER_KINDS, m.kind), m.email, _t(RESPONSES, m.response),
                                        local_time(m.responded_at))):
                self.members.setItem(r, col, QTableWidgetItem(text))
        self.report.show_report(report)

    # -- writing -------------------------------------------------------------------------------------
    def _write(self, fn, *args):
        try:
            changes = fn(*args)
        except CrmError as exc:
            show_error(self, exc)
            return None
        self.bus.publish(changes)
        self.refresh()
        return changes

    def new_campaign(self) -> None:
        dialog = CampaignDialog(parent=self)
        dialog.submit = lambda values: self.bus.publish(self.service.create(values)[1])
        if dialog.exec():
            self.refresh()

    def edit_campaign(self) -> None:
        campaign = self.selected()
        if campaign is None:
            return
        dialog = CampaignDialog(campaign, self)
        dialog.submit = lambda values: self.bus.publish(self.service.update(campaign.id, values))
        if dialog.exec():
            self.refresh()

    def delete_campaign(self) -> None:
        campaign = self.selected()
        if campaign is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete campaign"),
                                      self.tr("Move the campaign %1 to the recycle bin?").replace("%1", campaign.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(self.service.delete, [campaign.id])

    def fill_from_segment(self) -> None:
        campaign = self.selected()
        if campaign is None:
            return
        try:
            choices = self.service.segment_choices()
        except CrmError as exc:
            show_error(self, exc)
            return
        if not choices:
            self.message.setText(self.tr("There are no segments yet."))
            return
        names = [name for _id, name, _kind in choices]
        name, ok = QInputDialog.getItem(self, self.tr("Add from segment"), self.tr("Segment"), names, 0, False)
        if not ok:
            return
        segment_id = choices[names.index(name)][0]
        if self.tasks is None:
            try:
                self._filled(self.service.add_from_segment(campaign.id, segment_id))
            except CrmError as exc:
                show_error(self, exc)
            return
        self.fill_progress = QProgressDialog(self.tr("Adding the segment's customers…"), self.tr("Cancel"), 0, 0,
                                             self)
        self.fill_progress.setObjectName("fillProgress")
        self.fill_progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.fill_progress.setMinimumDuration(300)
        self.fill_task = self.tasks.submit(self.service.add_from_segment, campaign.id, segment_id,
                                           on_done=self._filled, on_error=self._fill_failed,
                                           on_progress=self._fill_progressed)
        if self.fill_progress is not None:
            self.fill_progress.canceled.connect(self.fill_task.cancel)

    @when_alive
    def _fill_progressed(self, done: int, total: int) -> None:
        if self.fill_progress is not None:
            self.fill_progress.setMaximum(total)
            self.fill_progress.setValue(done)

    def _close_progress(self) -> None:
        if self.fill_progress is not None:
            self.fill_progress.reset()
            self.fill_progress.deleteLater()
            self.fill_progress = None

    @when_alive
    def _filled(self, result) -> None:
        self._close_progress()
        added, skipped, changes = result
        self.bus.publish(changes)
        self.message.setText(self.tr("%1 added, %2 already members.").replace("%1", f"{added:,}")
                             .replace("%2", f"{skipped:,}"))
        self.refresh()

    @when_alive
    def _fill_failed(self, exc) -> None:
        self._close_progress()
        if isinstance(exc, Cancelled):
            # The batches done before the cancel are kept; filling again skips who is already a member.
            self.message.setText(self.tr("Cancelled; the members added so far are kept."))
            self.bus.publish(Changes(campaigns=True))
            self.refresh()
            return
        show_error(self, exc)

    def add_members(self) -> None:
        """Search customers and add the ticked ones to the selected campaign (those already members are
        skipped by the service); how many were added and skipped goes to the status signal."""
        campaign = self.selected()
        if campaign is None or self.customer_search is None:
            self.status.emit(self.tr("Choose a campaign first."))
            return
        dialog = AddMembersDialog(self.customer_search, self.tasks, self)
        outcome: dict[str, int] = {}

        def submit(ids: list[uuid.UUID]) -> None:
            added, changes = self.service.add_members(campaign.id, customers=ids)
            outcome.update(added=added, skipped=len(ids) - added)
            self.bus.publish(changes)

        dialog.submit = submit
        accepted = dialog.exec()
        dialog.deleteLater()
        if accepted and outcome:
            text = self.tr("%1 added, %2 already members.").replace("%1", f"{outcome['added']:,}") \
                .replace("%2", f"{outcome['skipped']:,}")
            self.message.setText(text)
            self.status.emit(text)
            self.refresh()

    def record_response(self, response: str) -> None:
        rows = self.members.selectionModel().selectedRows()
        if not rows:
            self.message.setText(self.tr("Select a member first."))
            return
        for member_id in [self._members[index.row()].id for index in rows]:
            if self._write(self.service.respond, member_id, response) is None:
                break
