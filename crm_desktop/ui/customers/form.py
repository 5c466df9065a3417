"""The customer dialog: details with inline validation, contacts, follow-up records."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QTabWidget,
                               QVBoxLayout, QWidget)

from ...domain import regions
from ...domain.access import PermissionDenied
from ...domain.errors import Cancelled, CrmError, ValidationError
from ...domain.money import Money
from ...domain.records import ACTIVITY_KINDS, CUSTOMER_LEVELS
from ...domain.times import local_time
from ...services.churn_scoring import ChurnScoringService
from ...services.customer_value import CustomerValueService
from ...services.customers import CustomerService
from ...services.loyalty import LoyaltyService
from ...services.merge import MergeService
from ...services.tags import SEPARATOR
from ..audit.labels import kind_label
from ..bus import ChangeBus
from ..common.errors import error_message, show_error
from ..common.form import ValidatedForm
from ..common.layout_memory import remember_columns
from ..common.tag_completer import TagCompleter
from ..common.unsaved import may_close
from ..common.window_size import open_at_remembered_size
from ..tasks import TaskRunner, when_alive

TEXT_FIELDS = ("name", "short_name", "phone", "mobile", "email", "website", "credit_code", "address")
REGION_FIELDS = ("province", "city", "district")
NO_DATE = QDate(2000, 1, 1)


def activity_kind_label(kind: str) -> str:
    labels = {"phone": QT_TRANSLATE_NOOP("ActivityKind", "Phone call"),
              "visit": QT_TRANSLATE_NOOP("ActivityKind", "Visit"),
              "wechat": QT_TRANSLATE_NOOP("ActivityKind", "WeChat"),
              "email": QT_TRANSLATE_NOOP("ActivityKind", "E-mail"),
              "meeting": QT_TRANSLATE_NOOP("ActivityKind", "Meeting"),
              "other": QT_TRANSLATE_NOOP("ActivityKind", "Other")}
    return QCoreApplication.translate("ActivityKind", labels[kind]) if kind in labels else kind


def load_insight(scoring: ChurnScoringService, values: CustomerValueService, customer_id: uuid.UUID) -> tuple:
    """The 360° view's churn risk and value of one customer, for the background lane (no Qt): (ChurnScore or
    None, CustomerValue or None, whether the reader may see values). What the reader may not see is None."""
    try:
        score = scoring.score(customer_id)
    except PermissionDenied:
        score = None
    try:
        return score, values.value(customer_id), True
    except PermissionDenied:
        return score, None, False


# The widest values of the tabs' short columns, to size them by.
TIME_SAMPLE = "2026-12-31 23:59"
PHONE_SAMPLE = "+86 138 0013 8000"


class ContactDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contact"))
        form_layout = QFormLayout()
        self.form = ValidatedForm(form_layout)
        self.name = self.form.add("name", self.tr("Name"), QLineEdit())
        self.title_edit = self.form.add("title", self.tr("Title"), QLineEdit())
        self.department = self.form.add("department", self.tr("Department"), QLineEdit())
        self.phone = self.form.add("phone", self.tr("Phone"), QLineEdit())
        self.mobile = self.form.add("mobile", self.tr("Mobile"), QLineEdit())
        self.other_phone = self.form.add("other_phone", self.tr("Other phone"), QLineEdit())
        self.email = self.form.add("email", self.tr("Email"), QLineEdit())
        self.wechat = self.form.add("wechat", self.tr("WeChat"), QLineEdit())
        self.birthday = QDateEdit()
        self.birthday.setCalendarPopup(True)
        self.birthday.setDisplayFormat("yyyy-MM-dd")
        self.birthday.setMinimumDate(QDate(1900, 1, 1))
        self.birthday.setSpecialValueText(self.tr("none"))
        self.birthday.setDate(QDate(1900, 1, 1))
        self.form.add("birthday", self.tr("Birthday"), self.birthday)
        self.primary = self.form.add("is_primary", self.tr("Primary contact"), QCheckBox())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form_layout)
        layout.addWidget(buttons)

    def values(self) -> dict:
        birthday = self.birthday.date()
        return {"name": self.name.text(), "title": self.title_edit.text(), "department": self.department.text(),
                "phone": self.phone.text(), "mobile": self.mobile.text(), "other_phone": self.other_phone.text(),
                "email": self.email.text(), "wechat": self.wechat.text(),
                "birthday": None if birthday == QDate(1900, 1, 1) else birthday.toPython(),
                "is_primary": self.primary.isChecked()}


class CustomerDialog(QDialog):
    """Create (customer_id None) or edit a customer. Saving goes through the service; a validation error is
    shown under its field and nothing is saved."""

    def __init__(self, service: CustomerService, bus: ChangeBus, customer_id: uuid.UUID | None = None,
                 options: dict | None = None, parent=None, *, new_ticket=None, tasks: TaskRunner | None = None):
        super().__init__(parent)
        self.setObjectName("customerDialog")
        self.service = service
        # The churn risk and value load on the database lane: the runner given, else the one of the screen or
        # window that opened the dialog; with neither (a dialog on its own) they load at once, like the rest.
        owner = parent
        while tasks is None and owner is not None:
            tasks = getattr(owner, "tasks", None) if isinstance(getattr(owner, "tasks", None), TaskRunner) else None
            owner = owner.parent()
        self._runner = tasks
        self._insight_task = None
        self.bus = bus
        self.customer_id = customer_id
        self.setWindowTitle(self.tr("New customer") if customer_id is None else self.tr("Customer"))
        open_at_remembered_size(self, "customer", 680, 720)
        options = options or {}

        self.tabs = QTabWidget(self)
        details = QScrollArea()
        details.setWidgetResizable(True)
        details.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        details.setWidget(inner)
        form_layout = QFormLayout(inner)
        self.form = ValidatedForm(form_layout)
        self.editors: dict[str, QWidget] = {}
        labels = {"name": self.tr("Name"), "short_name": self.tr("Short name"), "phone": self.tr("Phone"),
                  "mobile": self.tr("Mobile"), "email": self.tr("Email"), "website": self.tr("Website"),
                  "credit_code": self.tr("Credit code"), "address": self.tr("Address")}
        for name in TEXT_FIELDS:
            if name == "address":
                self._region_rows()
            self.editors[name] = self.form.add(name, labels[name], QLineEdit())
        self.editors["credit_code"].setPlaceholderText(self.tr("统一社会信用代码, 18 characters"))
        self.editors["customer_type"] = self.form.add("customer_type", self.tr("Type"), self._coded(
            [("enterprise", self.tr("Enterprise")), ("individual", self.tr("Individual"))]))
        self.editors["status"] = self.form.add("status", self.tr("Status"), self._coded(
            [("potential", self.tr("Potential")), ("closed", self.tr("Closed deal")),
             ("invalid", self.tr("Invalid"))]))
        for name, label, key in (("level", self.tr("Level"), "levels"), ("industry", self.tr("Industry"), "industries"),
                                 ("source", self.tr("Source"), "sources")):
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems([""] + list(options.get(key, CUSTOMER_LEVELS if key == "levels" else [])))
            self.editors[name] = self.form.add(name, label, combo)
        next_date = QDateEdit()
        next_date.setCalendarPopup(True)
        next_date.setDisplayFormat("yyyy-MM-dd")
        next_date.setMinimumDate(NO_DATE)
        next_date.setSpecialValueText(self.tr("none"))  # the minimum date stands for "no date"
        next_date.setDate(NO_DATE)
        self.editors["next_follow_up"] = self.form.add("next_follow_up", self.tr("Next follow-up"), next_date)
        self.tags_edit = self.form.add("tags", self.tr("Tags"), QLineEdit())
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. VIP, 重点客户"))
        TagCompleter([o.label for o in options.get("tags", [])], self.tags_edit)
        notes = QPlainTextEdit()
        notes.setFixedHeight(80)
        self.editors["notes"] = self.form.add("notes", self.tr("Notes"), notes)
        self.tabs.addTab(details, self.tr("Details"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Contacts"))
        self.tabs.addTab(self._activities_tab(), self.tr("Follow-ups"))
        self.history = self._table("history", [self.tr("Time"), self.tr("By"), self.tr("Change"), self.tr("Field"),
                                               self.tr("Old value"), self.tr("New value")], (4, 5),
                                   {0: TIME_SAMPLE})
        self.history.setObjectName("historyTable")
        self.tabs.addTab(self.history, self.tr("History"))
        self.timeline = self._table("timeline", [self.tr("Time"), self.tr("What"), self.tr("Detail"), self.tr("By")], 2,
                                    {0: TIME_SAMPLE})
        self.timeline.setObjectName("timelineTable")
        view360 = QWidget()
        view360_layout = QVBoxLayout(view360)
        view360_layout.setContentsMargins(0, 0, 0, 0)
        view360_layout.addWidget(self._insight_block())
        view360_layout.addWidget(self.timeline, 1)
        self.tabs.addTab(view360, self.tr("360° timeline"))
        self.loyalty = None
        if customer_id is not None and service.can("loyalty", "view"):
            from ..marketing.loyalty import LoyaltyPanel
            self.loyalty = LoyaltyPanel(LoyaltyService(service.db, service.actor, service.access), bus)
            self.loyalty.setObjectName("loyaltyPanel")
            self.loyalty.changed.connect(bus.publish)
            self.loyalty.set_customer(customer_id)
            self.tabs.addTab(self.loyalty, self.tr("Loyalty"))
        self._field_labels = {**labels, "customer_type": self.tr("Type"), "status": self.tr("Status"),
                              "level": self.tr("Level"), "industry": self.tr("Industry"),
                              "source": self.tr("Source"), "province": self.tr("Province"), "city": self.tr("City"),
                              "district": self.tr("District"), "notes": self.tr("Notes"),
                              "next_follow_up": self.tr("Next follow-up"), "owner_id": self.tr("Owner"),
                              "deleted_at": self.tr("Deleted"), "department_id": self.tr("Department"),
                              "last_follow_up_at": self.tr("Last follow-up"), "last_deal_at": self.tr("Last deal"),
                              "pool_id": self.tr("Public pool"), "claimed_at": self.tr("Claimed"),
                              "previous_owner_id": self.tr("Previous owner"), "released_at": self.tr("Released"),
                              "release_reason": self.tr("Release reason"),
                              "loyalty_tier_id": self.tr("Loyalty tier"),
                              "loyalty_points": self.tr("Loyalty points")}

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setShortcut(QKeySequence.StandardKey.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        if new_ticket is not None and customer_id is not None:
            # A service request taken while looking at the customer: the ticket opens with the customer set.
            ticket = self.buttons.addButton(self.tr("New ticket"), QDialogButtonBox.ButtonRole.ActionRole)
            ticket.setObjectName("newTicketForCustomer")
            ticket.clicked.connect(lambda: (new_ticket(self.customer_id, self.customer_name), self.reload()))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.reload()

    def _coded(self, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        for code, label in items:
            combo.addItem(label, code)
        return combo

    def _region_rows(self) -> None:
        """Province, city and district: each list follows the one above it; any text may still be typed
        (an address abroad, a division renamed since the list was made)."""
        for name, label in (("province", self.tr("Province")), ("city", self.tr("City")),
                            ("district", self.tr("District"))):
            combo = QComboBox()
            combo.setEditable(True)
            self.editors[name] = self.form.add(name, label, combo)
        self.editors["province"].addItems([""] + regions.provinces())
        self.editors["province"].currentTextChanged.connect(self._province_changed)
        self.editors["city"].currentTextChanged.connect(self._city_changed)

    def _province_changed(self, province: str) -> None:
        city = self.editors["city"]
        keep = city.currentText()
        city.blockSignals(True)
        city.clear()
        city.addItems([""] + regions.cities(province))
        city.setCurrentText(keep if keep in regions.cities(province) else "")
        city.blockSignals(False)
        self._city_changed(city.currentText())

    def _city_changed(self, city: str) -> None:
        district = self.editors["district"]
        keep = district.currentText()
        options = regions.districts(self.editors["province"].currentText(), city)
        district.blockSignals(True)
        district.clear()
        district.addItems([""] + options)
        district.setCurrentText(keep if keep in options else "")
        district.blockSignals(False)

    def _set_region(self, province: str, city: str, district: str) -> None:
        self.editors["province"].setCurrentText(province)
        self._province_changed(province)
        self.editors["city"].setCurrentText(city)
        self._city_changed(city)
        self.editors["district"].setCurrentText(district)

    # -- churn risk and value (the 360° view) ---------------------------------------------------------
    def _insight_block(self) -> QGroupBox:
        box = QGroupBox(self.tr("Churn risk and value"))
        box.setObjectName("churnBlock")
        form = QFormLayout(box)
        self.churn_risk_label = QLabel()
        self.churn_risk_label.setObjectName("churnRisk")
        self.churn_level_label = QLabel()
        self.churn_level_label.setObjectName("churnLevel")
        risk_row = QHBoxLayout()
        risk_row.addWidget(self.churn_risk_label)
        risk_row.addWidget(self.churn_level_label)
        risk_row.addStretch()
        self.churn_factors_label = QLabel()
        self.churn_factors_label.setObjectName("churnFactors")
        self.churn_rules_label = QLabel()
        self.churn_rules_label.setObjectName("churnRuleFlags")
        self.churn_model_label = QLabel()
        self.churn_model_label.setObjectName("churnModel")
        self.rfm_label = QLabel()
        self.rfm_label.setObjectName("rfmSegment")
        self.clv_label = QLabel()
        self.clv_label.setObjectName("customerClv")
        for label in (self.churn_factors_label, self.churn_rules_label, self.churn_model_label):
            label.setWordWrap(True)
        form.addRow(self.tr("Churn risk"), risk_row)
        form.addRow(self.tr("Top factors"), self.churn_factors_label)
        form.addRow(self.tr("Warning rules"), self.churn_rules_label)
        form.addRow(self.tr("Scored by"), self.churn_model_label)
        form.addRow(self.tr("Value (RFM)"), self.rfm_label)
        form.addRow(self.tr("Lifetime value (12 months)"), self.clv_label)
        return box

    def _load_insight(self) -> None:
        if self._insight_task is not None and self._runner is not None and self._runner.is_live(self._insight_task):
            self._insight_task.cancel()
        self.churn_risk_label.setText(self.tr("Loading…"))
        for label in (self.churn_level_label, self.churn_factors_label, self.churn_rules_label,
                      self.churn_model_label, self.rfm_label, self.clv_label):
            label.setText("")
        self.churn_level_label.setStyleSheet("")
        db, actor, access = self.service.db, self.service.actor, self.service.access
        args = (ChurnScoringService(db, actor, access), CustomerValueService(db, actor, access), self.customer_id)
        if self._runner is None:
            try:
                self._show_insight(load_insight(*args))
            except CrmError as exc:
                self._insight_failed(exc)
            return
        self._insight_task = self._runner.submit(load_insight, *args, on_done=self._show_insight,
                                                 on_error=self._insight_failed)

    @when_alive
    def _show_insight(self, result) -> None:
        score, value, values_allowed = result
        if score is None:
            self.churn_risk_label.setText(self.tr("not available"))
        else:
            self.churn_risk_label.setText(self.tr("%1 / 100").replace("%1", str(score.risk)))
            words = {"low": self.tr("Low"), "medium": self.tr("Medium"), "high": self.tr("High")}
            colours = {"low": "#1e8449", "medium": "#b9770e", "high": "#c0392b"}
            self.churn_level_label.setText(words.get(score.level, score.level))
            self.churn_level_label.setStyleSheet(f"color: white; background: {colours.get(score.level, 'gray')}; "
                                                 "border-radius: 3px; padding: 1px 6px;")
            self.churn_factors_label.setText("\n".join(self._factor_text(f.feature, f.value) for f in score.factors)
                                             if score.factors else self.tr("none"))
            self.churn_rules_label.setText("; ".join(self._flag_text(rule, days) for rule, days in score.rule_flags)
                                           if score.rule_flags else self.tr("none flag this customer"))
            if score.rule_based:
                self.churn_model_label.setText(self.tr("Rule-based: no churn model has been trained yet"))
            else:
                self.churn_model_label.setText(self.tr("Warning rules and the churn model trained on %1")
                                               .replace("%1", local_time(score.model_trained_at)))
        if not values_allowed:
            self.rfm_label.setText(self.tr("not available"))
        elif value is None:
            self.rfm_label.setText(self.tr("No payments yet"))
        else:
            self.rfm_label.setText(self.tr("%1 (R%2 F%3 M%4)").replace("%1", self._segment_text(value.segment))
                                   .replace("%2", str(value.r_score)).replace("%3", str(value.f_score))
                                   .replace("%4", str(value.m_score)))
            self.clv_label.setText(Money.of(value.clv, value.currency).format())

    @when_alive
    def _insight_failed(self, exc) -> None:
        if isinstance(exc, Cancelled):  # superseded by a newer load
            return
        self.churn_risk_label.setText(self.tr("Could not score: %1").replace("%1", error_message(exc)))

    def _factor_text(self, feature: str, value) -> str:
        def num(v) -> str:
            return "—" if v is None else f"{v:,.0f}" if isinstance(v, float) and v == int(v) else \
                f"{v:,.2f}" if isinstance(v, float) else str(v)

        def money(v) -> str:
            return "—" if v is None else f"¥{v:,.2f}"

        texts = {
            "days_since_follow_up": lambda: self.tr("No follow-up for %1 days").replace("%1", num(value)),
            "follow_ups_90": lambda: self.tr("%1 follow-up(s) in the last 90 days").replace("%1", num(value)),
            "follow_ups_180": lambda: self.tr("%1 follow-up(s) in the last 180 days").replace("%1", num(value)),
            "days_since_contract": lambda: self.tr("No contract for %1 days").replace("%1", num(value)),
            "contracts_365": lambda: self.tr("%1 contract(s) in the last year").replace("%1", num(value)),
            "contract_amount": lambda: self.tr("Contracts worth %1 in all").replace("%1", money(value)),
            "payment_amount": lambda: self.tr("%1 received in all").replace("%1", money(value)),
            "overdue_amount": lambda: self.tr("%1 overdue").replace("%1", money(value)),
            "open_tickets": lambda: self.tr("%1 open ticket(s)").replace("%1", num(value)),
            "complaints_180": lambda: self.tr("%1 complaint(s) in the last 180 days").replace("%1", num(value)),
            "satisfaction": lambda: self.tr("Average satisfaction %1 / 5").replace("%1", num(value)),
            "relationship_days": lambda: self.tr("A customer for %1 days").replace("%1", num(value)),
            "level": lambda: self.tr("Level %1").replace("%1", str(value or "—")),
            "customer_type": lambda: self.tr("Type: %1").replace("%1", {"enterprise": self.tr("Enterprise"),
                                                                        "individual": self.tr("Individual")}
                                                                 .get(value, str(value or "—"))),
        }
        return texts[feature]() if feature in texts else f"{feature}: {value}"

    def _flag_text(self, rule: str, days: int) -> str:
        texts = {"no_follow_up": lambda: self.tr("no follow-up for %1 days").replace("%1", str(days)),
                 "no_deal": lambda: self.tr("no deal for %1 days").replace("%1", str(days)),
                 "overdue_receivable": lambda: self.tr("overdue receivables")}
        return texts[rule]() if rule in texts else rule

    def _value_label(self, field: str, value: str) -> str:
        """A journaled value as the form shows it: a type or status by its label ("企业", not "enterprise")."""
        combo = self.editors.get(field) if field in ("customer_type", "status") else None
        found = combo.findData(value) if combo is not None and value else -1
        return combo.itemText(found) if found >= 0 else value

    def _segment_text(self, code: str) -> str:
        texts = {"important_value": self.tr("Important value"), "important_develop": self.tr("Important to develop"),
                 "important_keep": self.tr("Important to keep"), "important_retain": self.tr("Important to win back"),
                 "general_value": self.tr("General value"), "general_develop": self.tr("General to develop"),
                 "general_keep": self.tr("General to keep"), "general_retain": self.tr("General to win back")}
        return texts.get(code, code)

    # -- tabs ----------------------------------------------------------------------------------------
    def _table(self, kind: str, headers: list[str], stretch: int | tuple[int, ...],
               samples: dict[int, str] | None = None) -> QTableWidget:
        """A tab's table: the `stretch` columns (the text that runs long: a follow-up's content, a change's
        old and new values) share the room the others leave; the others start as wide as their heading or their sample
        value (a time, a phone number) and the user may widen them, as he left them the last time."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        stretch = (stretch,) if isinstance(stretch, int) else stretch
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        for column, heading in enumerate(headers):
            if column not in stretch:
                text = max(heading, (samples or {}).get(column, ""), key=metrics.horizontalAdvance)
                table.setColumnWidth(column, max(72, metrics.horizontalAdvance(text) + 24))
        table.verticalHeader().hide()
        remember_columns(table, f"customer_{kind}")
        return table

    def _contacts_tab(self) -> QWidget:
        tab = QWidget()
        self.contacts = self._table("contacts", [self.tr("Name"), self.tr("Title"), self.tr("Mobile"), self.tr("Phone"),
                                                 self.tr("Email"), self.tr("WeChat")], 4,
                                     {2: PHONE_SAMPLE, 3: PHONE_SAMPLE})
        self.contacts.setObjectName("contactsTable")
        add = self.add_contact_button = QPushButton(self.tr("Add contact…"))
        add.setObjectName("addContact")
        add.clicked.connect(self.add_contact)
        remove = self.delete_contact_button = QPushButton(self.tr("Delete contact"))
        remove.clicked.connect(self.delete_contact)
        merge = self.merge_contacts_button = QPushButton(self.tr("Merge contacts…"))
        merge.setObjectName("mergeContacts")
        merge.setToolTip(self.tr("Select two or more contacts (Ctrl+click) to merge them into one"))
        merge.clicked.connect(self.merge_contacts)
        self.contacts.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addWidget(merge)
        row.addStretch()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.contacts)
        layout.addLayout(row)
        self.contacts_tab = tab
        return tab

    def _activities_tab(self) -> QWidget:
        tab = QWidget()
        self.activities = self._table("follow_ups", [self.tr("Time"), self.tr("Type"), self.tr("Content"),
                                                     self.tr("Next follow-up"), self.tr("By")], 2,
                                       {0: TIME_SAMPLE, 3: "2026-12-31"})
        self.activities.setObjectName("activitiesTable")
        self.activity_kind = QComboBox()
        for kind in ACTIVITY_KINDS:
            self.activity_kind.addItem(activity_kind_label(kind), kind)
        self.activity_text = QLineEdit()
        self.activity_text.setObjectName("activityText")
        self.activity_text.setPlaceholderText(self.tr("What happened?"))
        self.activity_next_on = QCheckBox(self.tr("Next follow-up"))
        self.activity_next = QDateEdit(QDate.currentDate().addDays(7))
        self.activity_next.setCalendarPopup(True)
        self.activity_next.setDisplayFormat("yyyy-MM-dd")
        self.activity_next.setEnabled(False)
        self.activity_next_on.toggled.connect(self.activity_next.setEnabled)
        add = self.add_activity_button = QPushButton(self.tr("Add follow-up"))
        add.setObjectName("addActivity")
        add.clicked.connect(self.add_activity)
        self.activity_text.returnPressed.connect(self.add_activity)
        row = QHBoxLayout()
        row.addWidget(self.activity_kind)
        row.addWidget(self.activity_text, 1)
        row.addWidget(self.activity_next_on)
        row.addWidget(self.activity_next)
        row.addWidget(add)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.activities)
        layout.addLayout(row)
        self.activities_tab = tab
        return tab

    # -- data ----------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Fill the dialog from the database. Fields the user has changed and not saved keep his values: adding a
        contact or a follow-up reloads the dialog, and must not throw away an edit on the Details tab."""
        edited = self._edited()
        saved = self.customer_id is not None
        for tab in (1, 2, 3, 4):
            self.tabs.setTabEnabled(tab, saved)
        if saved:
            self._load(self.service.get(self.customer_id))
        self._clean = self._field_values()
        self._put(edited)

    def _load(self, detail) -> None:
        self.setWindowTitle(self.tr("Customer: %1").replace("%1", detail.name))
        self.customer_name = detail.name
        self._apply_field_access(detail.editable_fields, detail.hidden_fields)
        for name in TEXT_FIELDS:
            self.editors[name].setText(getattr(detail, name))
        self._set_region(detail.province, detail.city, detail.district)
        for name in ("industry", "level", "source"):
            self.editors[name].setCurrentText(getattr(detail, name))
        for name in ("customer_type", "status"):
            combo = self.editors[name]
            combo.setCurrentIndex(max(combo.findData(getattr(detail, name)), 0))
        self.editors["next_follow_up"].setDate(QDate(detail.next_follow_up) if detail.next_follow_up else NO_DATE)
        self.editors["notes"].setPlainText(detail.notes)
        self.tags_edit.setText(", ".join(t.label for t in detail.tags))
        self._contact_ids = [c.id for c in detail.contacts]
        self.contacts.setRowCount(len(detail.contacts))
        for r, c in enumerate(detail.contacts):
            name = ("★ " + c.name) if c.is_primary else c.name
            for col, value in enumerate((name, c.title, c.mobile, c.phone, c.email, c.wechat)):
                self.contacts.setItem(r, col, QTableWidgetItem(value))
        changes = self.service.history(self.customer_id)
        self.history.setRowCount(len(changes))
        for r, ch in enumerate(changes):
            values = (local_time(ch.at), ch.user or self.tr("System"), kind_label(ch.kind),
                      self._field_labels.get(ch.field, ch.field), self._value_label(ch.field, ch.old),
                      self._value_label(ch.field, ch.new))
            for col, value in enumerate(values):
                self.history.setItem(r, col, QTableWidgetItem(value))
        events = self.service.timeline(self.customer_id, detail=detail)
        words = {"follow_up": self.tr("Follow-up"), "contact": self.tr("Contact added"),
                 "created": self.tr("Customer created"), "status": self.tr("Status changed"),
                 "claim": self.tr("Claimed from the public pool"), "release": self.tr("Released to the public pool"),
                 "owner": self.tr("Owner changed"), "opportunity": self.tr("Opportunity"),
                 "opportunity_won": self.tr("Opportunity won"), "opportunity_lost": self.tr("Opportunity lost"),
                 "contract": self.tr("Contract signed"), "payment": self.tr("Payment received"),
                 "task": self.tr("Task"), "ticket": self.tr("Ticket"),
                 "ticket_resolved": self.tr("Ticket resolved")}
        self.timeline.setRowCount(len(events))
        for r, e in enumerate(events):
            title = activity_kind_label(e.title) if e.kind == "follow_up" else e.title
            values = (local_time(e.at), words.get(e.kind, e.kind) + (f": {title}" if title else ""),
                      e.detail, e.by)
            for col, value in enumerate(values):
                self.timeline.setItem(r, col, QTableWidgetItem(value))
        self.activities.setRowCount(len(detail.activities))
        for r, a in enumerate(detail.activities):
            values = (local_time(a.happened_at), activity_kind_label(a.kind), a.content,
                      a.next_follow_up.isoformat() if a.next_follow_up else "", a.author)
            for col, value in enumerate(values):
                self.activities.setItem(r, col, QTableWidgetItem(value))
        self._load_insight()

    def _apply_field_access(self, editable: tuple[str, ...], hidden: tuple[str, ...]) -> None:
        """Read-only and hidden fields as the user's roles say (masked values arrive masked)."""
        self._editable = set(editable)
        for name, editor in self.editors.items():
            if isinstance(editor, QLineEdit | QPlainTextEdit):
                editor.setReadOnly(name not in self._editable)
            else:
                editor.setEnabled(name in self._editable)
            self.form.set_visible(name, name not in hidden)
        can_edit = bool(self._editable)
        self.tags_edit.setReadOnly(not can_edit)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(can_edit)
        self.add_contact_button.setEnabled(self.service.can("contacts", "create"))
        self.delete_contact_button.setEnabled(self.service.can("contacts", "delete"))
        self.merge_contacts_button.setEnabled(self.service.can("contacts", "edit")
                                              and self.service.can("contacts", "delete"))
        self.add_activity_button.setEnabled(self.service.can("activities", "create"))

    def _field_values(self) -> dict:
        """What the editors hold now, every field and the tags."""
        values = {name: self.editors[name].text() for name in TEXT_FIELDS}
        for name in ("industry", "level", "source", *REGION_FIELDS):
            values[name] = self.editors[name].currentText()
        for name in ("customer_type", "status"):
            values[name] = self.editors[name].currentData()
        chosen = self.editors["next_follow_up"].date()
        values["next_follow_up"] = None if chosen == NO_DATE else chosen.toPython()
        values["notes"] = self.editors["notes"].toPlainText()
        values["tags"] = self.tags_edit.text()
        return values

    def _edited(self) -> dict:
        """The fields the user has changed since the dialog was last filled or saved, with his values."""
        clean = getattr(self, "_clean", None)
        if clean is None:
            return {}
        return {name: value for name, value in self._field_values().items() if value != clean[name]}

    def _put(self, values: dict) -> None:
        """Set editors to `values` (as _field_values gives them)."""
        if any(name in values for name in REGION_FIELDS):
            self._set_region(*(values.get(name, self.editors[name].currentText()) for name in REGION_FIELDS))
        for name, value in values.items():
            editor = self.editors.get(name)
            if name in REGION_FIELDS:
                continue  # set above, in order: a province's change resets its cities
            if name == "tags":
                self.tags_edit.setText(value)
            elif name in ("customer_type", "status"):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif name == "next_follow_up":
                editor.setDate(QDate(value) if value else NO_DATE)
            elif name == "notes":
                editor.setPlainText(value)
            elif isinstance(editor, QComboBox):
                editor.setCurrentText(value)
            else:
                editor.setText(value)

    def values(self) -> dict:
        values = self._field_values()
        del values["tags"]
        editable = getattr(self, "_editable", None)
        # On edit, send only what the user may change; a new customer sends everything (the service checks).
        return values if editable is None else {k: v for k, v in values.items() if k in editable}

    def reject(self) -> None:
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if may_close(self, bool(self._edited()) and save_button.isEnabled(), self.save,
                     self.tr("This customer has changes that are not saved. Save them before closing?")):
            super().reject()

    def save(self) -> bool:
        self.form.clear_errors()
        self.message.hide()
        try:
            tags = SEPARATOR.split(self.tags_edit.text())  # as the completer and imports read them
            self.service.check_tags(tags)  # before a new customer is created
            if self.customer_id is None:
                self.customer_id, changes = self.service.create(self.values())
            else:
                changes = self.service.update(self.customer_id, self.values())
            changes = changes | self.service.set_tags(self.customer_id, tags)
        except ValidationError as exc:
            unplaced = self.form.show(exc)
            if unplaced:
                self.message.setText("\n".join(unplaced))
                self.message.show()
            return False
        except CrmError as exc:
            self.message.setText(error_message(exc))
            self.message.show()
            return False
        self.bus.publish(changes)
        was_new = self.windowTitle() == self.tr("New customer")
        self._clean = None  # saved: the fields show what the database now holds (phones formatted, …)
        self.reload()
        if was_new:  # stay open so contacts and follow-ups can be added right away
            self.message.setText(self.tr("Saved. You can now add contacts and follow-ups."))
            self.message.setStyleSheet("color: #1e8449;")
            self.message.show()
        else:
            self.accept()
        return True

    def add_contact(self) -> None:
        dialog = ContactDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            dialog.form.clear_errors()
            try:
                self.bus.publish(self.service.add_contact(self.customer_id, dialog.values()))
            except ValidationError as exc:
                dialog.form.show(exc)
                continue
            break
        self.reload()

    def delete_contact(self) -> None:
        row = self.contacts.currentRow()
        if row < 0:
            return
        if QMessageBox.question(self, self.tr("Delete contact"), self.tr("Delete this contact?")) \
                != QMessageBox.StandardButton.Yes:
            return
        self.bus.publish(self.service.delete_contact(self._contact_ids[row]))
        self.reload()

    def merge_contacts(self, survivor_row: int | None = None) -> bool:
        """Merge the selected contacts into the one the user keeps; its empty fields take the others' values
        (follow-ups that named the others name it)."""
        rows = sorted({i.row() for i in self.contacts.selectionModel().selectedRows()})
        if len(rows) < 2:
            self.message.setText(self.tr("Select two or more contacts to merge."))
            self.message.show()
            return False
        if survivor_row is None:
            names = [self.contacts.item(r, 0).text() for r in rows]
            chosen, ok = QInputDialog.getItem(self, self.tr("Merge contacts"), self.tr("Keep this contact:"),
                                              names, 0, False)
            if not ok:
                return False
            survivor_row = rows[names.index(chosen)]
        detail = self.service.get(self.customer_id)
        by_id = {c.id: c for c in detail.contacts}
        keep = by_id[self._contact_ids[survivor_row]]
        others = [by_id[self._contact_ids[r]] for r in rows if r != survivor_row]
        fill = {}
        for name in ("title", "department", "phone", "mobile", "other_phone", "email", "wechat", "birthday", "notes"):
            if not getattr(keep, name):
                value = next((getattr(o, name) for o in others if getattr(o, name)), None)
                if value and "*" not in str(value):  # a masked value is not a value to copy
                    fill[name] = value
        try:
            changes = MergeService(self.service.db, self.service.actor, self.service.access).merge_contacts(
                keep.id, [o.id for o in others], fill)
        except CrmError as exc:
            show_error(self, exc)
            return False
        self.bus.publish(changes)
        self.reload()
        return True

    def add_activity(self) -> None:
        next_date = self.activity_next.date().toPython() if self.activity_next_on.isChecked() else None
        try:
            changes = self.service.add_activity(self.customer_id, self.activity_kind.currentData(),
                                                self.activity_text.text(), happened_at=None,
                                                next_follow_up=next_date)
        except CrmError as exc:
            show_error(self, exc)
            return
        self.activity_text.clear()
        self.bus.publish(changes)
        self.reload()


__all__ = ["CustomerDialog", "ContactDialog"]
