"""The loyalty programme's administration (会员等级与积分规则): tiers (普通 / 银卡 / 金卡 / 钻石) with their thresholds
and benefits, in the order the programme lists them; the points rules (per amount paid, per event) with their
expiry; and the bulk jobs — recalculate every customer's tier, expire lapsed points — run in the background.

A per-amount rule has a currency (CNY unless chosen otherwise): there are no exchange rates, so a payment
earns by the rules of its own currency only. Amounts are typed in that currency and stored in its minor unit
exactly (domain/money.py parse_amount: no float on the way).
Every button mirrors `loyalty:administer`; the service checks it again on each call."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.changes import Changes
from ...domain.errors import CrmError, FieldError, ValidationError
from ...domain.loyalty import EVENTS
from ...domain.money import CURRENCIES, DEFAULT_CURRENCY, Money, exponent, parse_amount
from ...services.loyalty import LoyaltyService, RuleItem, TierItem
from ..bus import ChangeBus
from ..common.errors import error_message, field_message, show_error
from ..common.form import ValidatedForm
from ..common.unsaved import AsksBeforeDiscarding
from ..tasks import Cancelled, TaskRunner, when_alive

_CONTEXT = "LoyaltyProgramScreen"
_MAX_POINTS = 2_000_000_000
_MAX_DAYS = 36500

KINDS = {"per_amount": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Per amount paid"),
         "per_event": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Per event")}
EVENT_WORDS = {"payment": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Payment"),
               "signup": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Sign-up"),
               "referral": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Referral"),
               "event_attended": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Attended an event"),
               "review": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Review"),
               "birthday": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Birthday"),
               "other": QT_TRANSLATE_NOOP("LoyaltyProgramScreen", "Other")}


def _t(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_text(kind: str) -> str:
    return _t(KINDS[kind]) if kind in KINDS else kind


def event_text(event: str) -> str:
    return _t(EVENT_WORDS[event]) if event in EVENT_WORDS else event


def _amount_text(minor: int, currency: str = DEFAULT_CURRENCY) -> str:
    """10000 分 -> "100.00" (1000 JPY -> "1000"): what the per-amount field shows when a rule is edited
    (parse_amount reads it back)."""
    return f"{Money(minor, currency).amount:.{exponent(currency)}f}" if minor else ""


def _show_field_errors(form: ValidatedForm, exc: ValidationError, words: dict[str, str]) -> list[str]:
    """Each error under its field, in the loyalty words where the common ones have none (threshold_taken);
    returns the texts of errors with no field row to show them in."""
    unplaced = []
    for err in exc.errors:
        text = words.get(err.code) or field_message(err)
        row = form.rows.get(err.field)
        if row is None:
            unplaced.append(text)
        else:
            row.set_error(text)
    first = next((form.rows[e.field] for e in exc.errors if e.field in form.rows), None)
    if first is not None:
        first.editor.setFocus()
    return unplaced


class _SubmitDialog(AsksBeforeDiscarding, QDialog):
    """OK calls `submit(values)`; a ValidationError stays in the dialog, shown at its fields."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layout_form = QFormLayout()
        self.form = ValidatedForm(self.layout_form)
        self.message = QLabel()
        self.message.setObjectName("dialogMessage")
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        self.submit = None

    def finish_layout(self) -> None:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(self.layout_form)
        outer.addWidget(self.message)
        outer.addWidget(box)

    def values(self) -> dict:
        raise NotImplementedError

    def error_words(self) -> dict[str, str]:
        return {}

    def accept(self) -> None:
        self.form.clear_errors()
        self.message.setText("")
        try:
            values = self.values()
            if self.submit is not None:
                self.submit(values)
        except ValidationError as exc:
            self.message.setText("\n".join(_show_field_errors(self.form, exc, self.error_words())))
            return
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()


class LoyaltyTierDialog(_SubmitDialog):
    """A tier: its name, the points earned in 12 months that reach it, and what it gives."""

    def __init__(self, item: TierItem | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("loyaltyTierDialog")
        self.setWindowTitle(self.tr("Edit tier") if item else self.tr("New tier"))
        self.name_edit = self.form.add("name", self.tr("Name"), QLineEdit())
        self.name_edit.setPlaceholderText(self.tr("e.g. Gold"))
        self.threshold_spin = self.form.add("threshold", self.tr("Threshold (points in 12 months)"), QSpinBox())
        self.threshold_spin.setRange(0, _MAX_POINTS)
        self.threshold_spin.setGroupSeparatorShown(True)
        self.benefits_edit = self.form.add("benefits", self.tr("Benefits"), QPlainTextEdit())
        self.benefits_edit.setFixedHeight(90)
        self.finish_layout()
        if item is not None:
            self.name_edit.setText(item.name)
            self.threshold_spin.setValue(item.threshold)
            self.benefits_edit.setPlainText(item.benefits)

    def values(self) -> dict:
        return {"name": self.name_edit.text(), "threshold": self.threshold_spin.value(),
                "benefits": self.benefits_edit.toPlainText()}

    def error_words(self) -> dict[str, str]:
        return {"threshold_taken": self.tr("Another tier already has this threshold; each tier needs its own.")}


class LoyaltyRuleDialog(_SubmitDialog):
    """A points rule: points for each so much paid in a currency, or points for an event; when the points
    lapse."""

    def __init__(self, item: RuleItem | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("loyaltyRuleDialog")
        self.setWindowTitle(self.tr("Edit points rule") if item else self.tr("New points rule"))
        self._item = item
        self.kind_box = self.form.add("kind", self.tr("Kind"), QComboBox())
        for code in KINDS:
            self.kind_box.addItem(kind_text(code), code)
        self.event_box = self.form.add("event", self.tr("Event"), QComboBox())
        for code in EVENTS:
            if code != "payment":  # payments earn through per-amount rules
                self.event_box.addItem(event_text(code), code)
        self.points_spin = self.form.add("points", self.tr("Points"), QSpinBox())
        self.points_spin.setRange(0, _MAX_POINTS)
        self.points_spin.setValue(1)
        # The amount and its currency on one row, as contracts and opportunities type money.
        amount_row = QWidget()
        amount_layout = QHBoxLayout(amount_row)
        amount_layout.setContentsMargins(0, 0, 0, 0)
        self.per_amount_edit = QLineEdit()
        self.per_amount_edit.setObjectName("perAmountEdit")
        self.currency_box = QComboBox()
        self.currency_box.setObjectName("currencyBox")
        for code in CURRENCIES:
            self.currency_box.addItem(code, code)
        self.currency_box.setCurrentIndex(self.currency_box.findData(DEFAULT_CURRENCY))
        self.currency_box.setToolTip(self.tr("Payments in this currency earn by this rule; there are no "
                                             "exchange rates, so payments in other currencies do not."))
        amount_layout.addWidget(self.per_amount_edit, 1)
        amount_layout.addWidget(self.currency_box)
        amount_row.setFocusProxy(self.per_amount_edit)
        self.form.add("per_amount", self.tr("For every"), amount_row)
        self.expiry_spin = self.form.add("expires_after_days", self.tr("Points expire after (days)"), QSpinBox())
        self.expiry_spin.setRange(0, _MAX_DAYS)
        self.expiry_spin.setSpecialValueText(self.tr("Never"))
        self.active_check = self.form.add("active", self.tr("Active"), QCheckBox(self.tr("Rule in force")))
        self.active_check.setChecked(True)
        self.finish_layout()
        if item is not None:
            self.kind_box.setCurrentIndex(max(self.kind_box.findData(item.kind), 0))
            if item.kind == "per_event":
                found = self.event_box.findData(item.event)
                if found < 0:  # a rule written elsewhere for an event this list does not offer
                    self.event_box.addItem(event_text(item.event), item.event)
                    found = self.event_box.count() - 1
                self.event_box.setCurrentIndex(found)
            self.points_spin.setValue(item.points)
            found = self.currency_box.findData(item.currency)
            if found < 0:  # a currency written elsewhere that this list does not offer
                self.currency_box.addItem(item.currency, item.currency)
                found = self.currency_box.count() - 1
            self.currency_box.setCurrentIndex(found)
            self.per_amount_edit.setText(_amount_text(item.per_amount, item.currency))
            self.expiry_spin.setValue(item.expires_after_days)
            self.active_check.setChecked(item.active)
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.currency_box.currentIndexChanged.connect(self._currency_changed)
        self._currency_changed()

    def _currency_changed(self) -> None:
        places = exponent(self.currency_box.currentData() or DEFAULT_CURRENCY)
        self.per_amount_edit.setPlaceholderText(f"{100:.{places}f}")  # 100.00, or 100 for yen

    def _kind_changed(self) -> None:
        per_amount = self.kind_box.currentData() == "per_amount"
        self.form.set_visible("per_amount", per_amount)
        self.form.set_visible("event", not per_amount)

    def values(self) -> dict:
        kind = self.kind_box.currentData()
        values = {"kind": kind, "points": self.points_spin.value(),
                  "expires_after_days": self.expiry_spin.value(), "active": self.active_check.isChecked()}
        if kind == "per_amount":
            currency = self.currency_box.currentData() or DEFAULT_CURRENCY
            amount = parse_amount(self.per_amount_edit.text(), currency, field="per_amount")
            if isinstance(amount, FieldError):
                raise ValidationError([amount])
            values["per_amount"] = amount
            values["currency"] = currency
            # a per-amount rule earns on payments: keep what it said ("" or "payment"), new ones say nothing
            values["event"] = self._item.event if self._item is not None and self._item.kind == "per_amount" else ""
        else:
            values["per_amount"] = 0
            values["event"] = self.event_box.currentData() or ""
        return values


class LoyaltyProgramScreen(QWidget):
    """Tiers and points rules of the loyalty programme, and the bulk recalculation and expiry jobs."""

    status = Signal(str)

    def __init__(self, service: LoyaltyService, tasks: TaskRunner, bus: ChangeBus, parent=None):
        super().__init__(parent)
        self.setObjectName("loyaltyProgramScreen")
        self.service, self.tasks, self.bus = service, tasks, bus
        self._tiers: list[TierItem] = []
        self._rules: list[RuleItem] = []
        self._stale = True
        self._publishing = False
        self.job = None  # the running Task (recalculate or expire), for Cancel
        self.job_running = False
        self.job_progress: QProgressDialog | None = None
        may = service.can("loyalty", "administer")
        self.may_administer = may

        self.tier_table = QTableWidget(0, 3)
        self.tier_table.setObjectName("tierTable")
        self.tier_table.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("Threshold (points)"),
                                                   self.tr("Benefits")])
        self.rule_table = QTableWidget(0, 7)
        self.rule_table.setObjectName("ruleTable")
        self.rule_table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Event"), self.tr("Points"),
                                                   self.tr("Amount"), self.tr("Currency"),
                                                   self.tr("Expires after (days)"), self.tr("Active")])
        for table in (self.tier_table, self.rule_table):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
        if may:
            self.tier_table.doubleClicked.connect(lambda _i: self.edit_tier())
            self.rule_table.doubleClicked.connect(lambda _i: self.edit_rule())

        def button(name: str, text: str, slot) -> QPushButton:
            b = QPushButton(text)
            b.setObjectName(name)
            b.clicked.connect(slot)
            b.setEnabled(may)
            return b

        self.tier_buttons = [button("newTier", self.tr("&New tier…"), self.new_tier),
                             button("editTier", self.tr("&Edit…"), self.edit_tier),
                             button("deleteTier", self.tr("&Delete"), self.delete_tier),
                             button("tierUp", self.tr("Move &up"), lambda: self.move_tier(-1)),
                             button("tierDown", self.tr("Move do&wn"), lambda: self.move_tier(1))]
        self.rule_buttons = [button("newRule", self.tr("New &rule…"), self.new_rule),
                             button("editRule", self.tr("Edit rule…"), self.edit_rule),
                             button("deleteRule", self.tr("Delete rule"), self.delete_rule)]
        self.recalculate_button = button("recalculateTiers", self.tr("Recalculate tiers now"), self.recalculate)
        self.expire_button = button("expirePoints", self.tr("Expire points now"), self.expire_points)

        tiers_box = QGroupBox(self.tr("Tiers"))
        tiers_layout = QVBoxLayout(tiers_box)
        row = QHBoxLayout()
        for b in self.tier_buttons:
            row.addWidget(b)
        row.addStretch(1)
        tiers_layout.addLayout(row)
        tiers_layout.addWidget(self.tier_table, 1)
        note = QLabel(self.tr("A customer holds the highest tier whose threshold the points earned in the last "
                              "12 months reach."))
        note.setWordWrap(True)
        tiers_layout.addWidget(note)

        rules_box = QGroupBox(self.tr("Points rules"))
        rules_layout = QVBoxLayout(rules_box)
        row = QHBoxLayout()
        for b in self.rule_buttons:
            row.addWidget(b)
        row.addStretch(1)
        rules_layout.addLayout(row)
        rules_layout.addWidget(self.rule_table, 1)

        jobs = QHBoxLayout()
        jobs.addWidget(self.recalculate_button)
        jobs.addWidget(self.expire_button)
        jobs.addStretch(1)
        self.message_label = QLabel()
        self.message_label.setObjectName("loyaltyProgramMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(tiers_box, 1)
        layout.addWidget(rules_box, 1)
        layout.addLayout(jobs)
        layout.addWidget(self.message_label)
        self.status.connect(self.message_label.setText)
        bus.changed.connect(self._on_changes)

    # -- words ---------------------------------------------------------------------------------------
    def amount_text(self, rule: RuleItem) -> str:
        if rule.kind != "per_amount" or rule.per_amount <= 0:
            return ""
        return self.tr("%1 point(s) per %2").replace("%1", f"{rule.points:,}").replace(
            "%2", Money(rule.per_amount, rule.currency).format())

    def expiry_text(self, days: int) -> str:
        return self.tr("Never") if days <= 0 else f"{days:,}"

    # -- reading -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _on_changes(self, changes) -> None:
        if not getattr(changes, "loyalty", False) or self._publishing:
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _publish(self, changes: Changes) -> None:
        self._publishing = True
        try:
            self.bus.publish(changes)
        finally:
            self._publishing = False

    def tiers_in_order(self) -> list[TierItem]:
        return sorted(self._tiers, key=lambda t: (t.position, t.threshold))

    def selected_tier(self) -> TierItem | None:
        rows = self.tier_table.selectionModel().selectedRows()
        ordered = self.tiers_in_order()
        return ordered[rows[0].row()] if rows and rows[0].row() < len(ordered) else None

    def selected_rule(self) -> RuleItem | None:
        rows = self.rule_table.selectionModel().selectedRows()
        return self._rules[rows[0].row()] if rows and rows[0].row() < len(self._rules) else None

    def refresh(self) -> None:
        keep_tier, keep_rule = self.selected_tier(), self.selected_rule()
        try:
            self._tiers = self.service.tiers()
            self._rules = self.service.rules()
        except CrmError as exc:
            self.status.emit(error_message(exc))
            return
        self._stale = False
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        ordered = self.tiers_in_order()
        self.tier_table.setRowCount(len(ordered))
        for r, tier in enumerate(ordered):
            for c, text in enumerate((tier.name, f"{tier.threshold:,}", " ".join(tier.benefits.split()))):
                item = QTableWidgetItem(text)
                if c == 1:
                    item.setTextAlignment(right)
                if c == 2:
                    item.setToolTip(tier.benefits)
                self.tier_table.setItem(r, c, item)
        self.rule_table.setRowCount(len(self._rules))
        for r, rule in enumerate(self._rules):
            event = rule.event or ("payment" if rule.kind == "per_amount" else "")
            cells = (kind_text(rule.kind), event_text(event), f"{rule.points:,}", self.amount_text(rule),
                     rule.currency if rule.kind == "per_amount" else "",
                     self.expiry_text(rule.expires_after_days), self.tr("Yes") if rule.active else self.tr("No"))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c in (2, 5):
                    item.setTextAlignment(right)
                self.rule_table.setItem(r, c, item)
        if keep_tier is not None:
            self._select(self.tier_table, [t.id for t in ordered], keep_tier.id)
        if keep_rule is not None:
            self._select(self.rule_table, [r.id for r in self._rules], keep_rule.id)

    @staticmethod
    def _select(table: QTableWidget, ids: list[uuid.UUID], wanted: uuid.UUID) -> None:
        if wanted in ids:
            table.selectRow(ids.index(wanted))

    # -- tiers ---------------------------------------------------------------------------------------
    def _saved(self, changes: Changes) -> None:
        self._publish(changes)
        self.refresh()

    def new_tier(self) -> None:
        dialog = LoyaltyTierDialog(parent=self)
        position = max((t.position for t in self._tiers), default=-1) + 1
        saved = []

        def submit(values):
            tier_id, changes = self.service.save_tier({**values, "position": position})
            saved.append((tier_id, changes))
        dialog.submit = submit
        if dialog.exec() and saved:
            self._saved(saved[-1][1])
            self._select(self.tier_table, [t.id for t in self.tiers_in_order()], saved[-1][0])
            self.status.emit(self.tr("Tier %1 saved.").replace("%1", dialog.name_edit.text().strip()))

    def edit_tier(self) -> None:
        tier = self.selected_tier()
        if tier is None:
            self.status.emit(self.tr("Select a tier first."))
            return
        dialog = LoyaltyTierDialog(tier, self)
        saved = []
        dialog.submit = lambda values: saved.append(self.service.save_tier(values, tier.id)[1])
        if dialog.exec() and saved:
            self._saved(saved[-1])
            self.status.emit(self.tr("Tier %1 saved.").replace("%1", dialog.name_edit.text().strip()))

    def delete_tier(self) -> None:
        tier = self.selected_tier()
        if tier is None:
            self.status.emit(self.tr("Select a tier first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Delete tier"),
            self.tr("Delete the tier %1? Customers holding it lose it at the next recalculation.")
            .replace("%1", tier.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.service.delete_tier(tier.id)
        except CrmError as exc:
            show_error(self, exc)
            return
        self._saved(changes)
        self.status.emit(self.tr("Tier %1 deleted.").replace("%1", tier.name))

    def move_tier(self, step: int) -> None:
        """Move the selected tier one place up (-1) or down (+1); positions are renumbered 0, 1, 2 … so
        tiers that shared a position get distinct ones."""
        tier = self.selected_tier()
        if tier is None:
            self.status.emit(self.tr("Select a tier first."))
            return
        ordered = self.tiers_in_order()
        at = next(i for i, t in enumerate(ordered) if t.id == tier.id)
        to = at + step
        if not 0 <= to < len(ordered):
            return
        ordered[at], ordered[to] = ordered[to], ordered[at]
        changes = Changes()
        try:
            for position, t in enumerate(ordered):
                if t.position != position:
                    changes = changes | self.service.save_tier({"position": position}, t.id)[1]
        except CrmError as exc:
            show_error(self, exc)
        self._saved(changes)
        self._select(self.tier_table, [t.id for t in self.tiers_in_order()], tier.id)

    # -- rules ---------------------------------------------------------------------------------------
    def new_rule(self) -> None:
        dialog = LoyaltyRuleDialog(parent=self)
        saved = []

        def submit(values):
            saved.append(self.service.save_rule(values))
        dialog.submit = submit
        if dialog.exec() and saved:
            rule_id, changes = saved[-1]
            self._saved(changes)
            self._select(self.rule_table, [r.id for r in self._rules], rule_id)
            self.status.emit(self.tr("Points rule saved."))

    def edit_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None:
            self.status.emit(self.tr("Select a rule first."))
            return
        dialog = LoyaltyRuleDialog(rule, self)
        saved = []
        dialog.submit = lambda values: saved.append(self.service.save_rule(values, rule.id)[1])
        if dialog.exec() and saved:
            self._saved(saved[-1])
            self.status.emit(self.tr("Points rule saved."))

    def delete_rule(self) -> None:
        rule = self.selected_rule()
        if rule is None:
            self.status.emit(self.tr("Select a rule first."))
            return
        answer = QMessageBox.question(self, self.tr("Delete points rule"),
                                      self.tr("Delete this points rule? Points already earned are kept."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.service.delete_rule(rule.id)
        except CrmError as exc:
            show_error(self, exc)
            return
        self._saved(changes)
        self.status.emit(self.tr("Points rule deleted."))

    # -- background jobs -----------------------------------------------------------------------------
    def recalculate(self) -> None:
        self._start(self.service.recalculate_all, self.tr("Recalculating every customer's tier…"),
                    lambda n: self.tr("Tiers recalculated: %1 customer(s) changed.").replace("%1", f"{n:,}"))

    def expire_points(self) -> None:
        self._start(self.service.expire, self.tr("Expiring lapsed points…"),
                    lambda n: self.tr("Points expired: %1 lapsed lot(s) written off.").replace("%1", f"{n:,}"))

    def _start(self, job, label: str, done_words) -> None:
        if self.job_running:
            return
        self.job_running = True
        self.recalculate_button.setEnabled(False)
        self.expire_button.setEnabled(False)
        self.job_progress = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        self.job_progress.setObjectName("loyaltyJobProgress")
        self.job_progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.job_progress.setMinimumDuration(300)
        self._done_words = done_words
        task = self.tasks.submit(job, on_done=self._job_done, on_error=self._job_failed,
                                 on_progress=self._job_progressed)
        if self.tasks.is_live(task):  # an inline runner has finished it already
            self.job = task
            if self.job_progress is not None:
                self.job_progress.canceled.connect(task.cancel)

    @when_alive
    def _job_progressed(self, done: int, total: int) -> None:
        if self.job_progress is not None:
            self.job_progress.setMaximum(total)
            self.job_progress.setValue(done)

    def _job_ended(self) -> None:
        self.job, self.job_running = None, False
        if self.job_progress is not None:
            self.job_progress.reset()
            self.job_progress.deleteLater()
            self.job_progress = None
        self.recalculate_button.setEnabled(self.may_administer)
        self.expire_button.setEnabled(self.may_administer)

    @when_alive
    def _job_done(self, result) -> None:
        self._job_ended()
        count, changes = result
        self.status.emit(self._done_words(count))
        self.bus.publish(changes)

    @when_alive
    def _job_failed(self, exc) -> None:
        self._job_ended()
        if isinstance(exc, Cancelled):
            # the batches finished before the cancel are committed: let the screens showing them refresh
            self.status.emit(self.tr("Cancelled; the customers done so far keep their new figures."))
            self.bus.publish(Changes(customers=True, loyalty=True))
            return
        show_error(self, exc)
