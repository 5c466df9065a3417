"""The ticket dialog: a new ticket (with knowledge-base suggestions while it is written), or an existing one
with its live SLA clocks, timeline, reply / internal note, workflow moves, assignment, work orders and
satisfaction. And the quick form for a phone call."""

from __future__ import annotations

import html
import uuid
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import CrmError, ValidationError
from ...services.tickets import TicketService
from ..common.errors import error_message
from ..common.form import ValidatedForm
from ..common.unsaved import may_close
from ..common.window_size import open_at_remembered_size
from .model import CHANNELS, PRIORITIES, STATUSES, TYPES, local, word


def _tr(text: str) -> str:
    return QCoreApplication.translate("tickets", text)


def event_text(event: dict) -> str:
    code = event.get("code", "")
    if code == "created":
        return _tr(QT_TRANSLATE_NOOP("tickets", "Ticket created (%1)")).replace("%1", word(CHANNELS, event.get("channel", "")))
    if code == "assigned":
        return _tr(QT_TRANSLATE_NOOP("tickets", "Assigned to %1")).replace("%1", event.get("to", ""))
    if code == "status":
        return _tr(QT_TRANSLATE_NOOP("tickets", "Status: %1 → %2")).replace("%1", event.get("source", "")).replace(
            "%2", word(STATUSES, event.get("code_to", ""), event.get("target", "")))
    if code == "dispatched":
        return _tr(QT_TRANSLATE_NOOP("tickets", "Work order %1 sent to %2")).replace("%1", event.get("number", "")).replace("%2", event.get("to", ""))
    if code == "visit_recorded":
        return _tr(QT_TRANSLATE_NOOP("tickets", "Visit recorded on work order %1")).replace("%1", event.get("number", ""))
    if code == "rated":
        return _tr(QT_TRANSLATE_NOOP("tickets", "Satisfaction: %1 / 5")).replace("%1", str(event.get("score", "")))
    if code == "sla_paused":
        return _tr(QT_TRANSLATE_NOOP("tickets", "SLA targets moved %1 business minutes later (waiting on the customer)")
                   ).replace("%1", str(event.get("minutes", "")))
    if code == "return_visit":
        return _tr(QT_TRANSLATE_NOOP("tickets", "Return visit: %1")).replace("%1", str(event.get("outcome", "")))
    known = {"sla_warning": _tr(QT_TRANSLATE_NOOP("tickets", "SLA warning: the resolution target is near")),
             "response_breach": _tr(QT_TRANSLATE_NOOP("tickets", "First-response target missed")),
             "escalated": _tr(QT_TRANSLATE_NOOP("tickets", "Resolution target missed: escalated to the team lead")),
             "sla_retargeted": _tr(QT_TRANSLATE_NOOP("tickets", "SLA targets recalculated"))}
    return known.get(code, code)


def minutes_text(minutes: int | None) -> str:
    if minutes is None:
        return "—"
    sign = "-" if minutes < 0 else ""
    minutes = abs(minutes)
    return f"{sign}{minutes // 60}:{minutes % 60:02d}"


class TicketDialog(QDialog):
    """ticket_id None: a new ticket. `now` is the clock the SLA display ticks with (tests pass their own)."""

    def __init__(self, service: TicketService, customers, ticket_id: uuid.UUID | None = None, *,
                 suggestions=None, now=None, defaults: dict | None = None, parent=None):
        super().__init__(parent)
        self.service, self.customers, self.ticket_id = service, customers, ticket_id
        self.now = now or (lambda: datetime.now(UTC).replace(tzinfo=None))
        self.changes = None
        self.setWindowTitle(self.tr("New ticket") if ticket_id is None else self.tr("Ticket"))
        open_at_remembered_size(self, "ticket", 860, 640)
        layout = QFormLayout()
        self.form = ValidatedForm(layout)
        self.subject = self.form.add("subject", self.tr("Subject"), QLineEdit())
        self.ticket_type = self.form.add("ticket_type", self.tr("Type"), self._combo(TYPES))
        self.channel = self.form.add("channel", self.tr("Channel"), self._combo(CHANNELS))
        self.priority = self.form.add("priority", self.tr("Priority"), self._combo(PRIORITIES))
        self.priority.setCurrentIndex(self.priority.findData("normal"))
        self.customer_search = QLineEdit()
        self.customer_search.setPlaceholderText(self.tr("Type a name, phone or pinyin, then Enter"))
        self.customer = QComboBox()
        self.customer.addItem(self.tr("(no customer)"), "")
        row = QHBoxLayout()
        row.addWidget(self.customer_search, 1)
        row.addWidget(self.customer, 2)
        layout.addRow(self.tr("Customer"), row)
        self.contact = self.form.add("contact_id", self.tr("Contact"), QComboBox())
        self.product = self.form.add("product_id", self.tr("Product"), QComboBox())
        self.product.addItem(self.tr("(none)"), "")
        for pid, name in service.products():
            self.product.addItem(name, pid.hex)
        self.description = self.form.add("description", self.tr("Description"), QTextEdit())
        self.description.setAcceptRichText(False)
        self.description.setMinimumHeight(90)
        self._load_contacts()
        self.customer_search.returnPressed.connect(self._search_customers)
        self.customer.currentIndexChanged.connect(self._load_contacts)

        self.header = QLabel()
        self.header.setObjectName("ticketHeader")
        self.header.setStyleSheet("font-weight: bold;")
        self.sla = QLabel()
        self.sla.setObjectName("slaClock")
        self.timeline = QListWidget()
        self.timeline.setObjectName("ticketTimeline")
        self.timeline.itemDoubleClicked.connect(self._save_attachment)
        self.reply = QTextEdit()
        self.reply.setAcceptRichText(False)
        self.reply.setPlaceholderText(self.tr("Reply to the customer, or an internal note"))
        self.reply.setMaximumHeight(80)
        self.internal = QCheckBox(self.tr("Internal note"))
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.setObjectName("attachFile")
        self.attach_button.clicked.connect(self._attach)
        self.send = QPushButton(self.tr("Send"))
        self.send.clicked.connect(self._send)
        self.moves = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("Assign…"))
        self.assign_button.clicked.connect(self._assign)
        self.dispatch_button = QPushButton(self.tr("Dispatch work order…"))
        self.dispatch_button.clicked.connect(self._dispatch)
        self.score = QSpinBox()
        self.score.setRange(1, 5)
        self.score.setValue(5)
        self.rate_button = QPushButton(self.tr("Record satisfaction"))
        self.rate_button.clicked.connect(self._rate)
        self.field_button = QPushButton(self.tr("Record field visit…"))
        self.field_button.setObjectName("recordFieldVisit")
        self.field_button.clicked.connect(self._record_field_visit)
        self.visit_button = QPushButton(self.tr("Record return visit…"))
        self.visit_button.setObjectName("recordReturnVisit")
        self.visit_button.clicked.connect(self._record_visit)
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Save).clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)

        left = QVBoxLayout()
        left.addLayout(layout)
        self.suggestions = suggestions
        if suggestions is not None:
            left.addWidget(suggestions)
            suggestions.opened.connect(self._show_article)
            self.subject.textChanged.connect(self._suggest)
            self.description.textChanged.connect(self._suggest)
        right = QVBoxLayout()
        right.addWidget(self.header)
        right.addWidget(self.sla)
        right.addWidget(self.timeline, 1)
        right.addWidget(self.reply)
        send_row = QHBoxLayout()
        send_row.addWidget(self.internal)
        send_row.addWidget(self.attach_button)
        send_row.addStretch(1)
        send_row.addWidget(self.send)
        right.addLayout(send_row)
        right.addLayout(self.moves)
        actions = QHBoxLayout()
        for widget in (self.assign_button, self.dispatch_button, QLabel(self.tr("Satisfaction")), self.score,
                       self.rate_button, self.visit_button, self.field_button):
            actions.addWidget(widget)
        right.addLayout(actions)
        self.detail_panel = QWidget()
        self.detail_panel.setLayout(right)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.detail_panel, 1)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.message)
        outer.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._send)
        self.clock = QTimer(self)
        self.clock.setInterval(30_000)
        self.clock.timeout.connect(self._tick)
        self._clean: dict | None = None  # the fields as last loaded or saved; None: take the record's as they are
        if ticket_id is None:
            self.detail_panel.setVisible(False)
            for key, value in (defaults or {}).items():
                self._apply_default(key, value)
            self._clean = self.values()
        else:
            self._reload()
            self.clock.start()

    # -- helpers -------------------------------------------------------------------------------------
    @staticmethod
    def _combo(table: dict) -> QComboBox:
        combo = QComboBox()
        for code in table:
            combo.addItem(word(table, code), code)
        return combo

    def _apply_default(self, key, value) -> None:
        if key == "subject":
            self.subject.setText(value)
        elif key == "description":
            self.description.setPlainText(value)
        elif key == "channel":
            self.channel.setCurrentIndex(self.channel.findData(value))
        elif key == "customer":
            customer_id, name = value
            self.customer.addItem(name, customer_id.hex)
            self.customer.setCurrentIndex(self.customer.count() - 1)

    def _search_customers(self) -> None:
        text = self.customer_search.text().strip()
        if not text:
            return
        self.customer.blockSignals(True)
        self.customer.clear()
        self.customer.addItem(self.tr("(no customer)"), "")
        for row in self.customers.search(text, limit=20):
            self.customer.addItem(row.name, row.id.hex)
        self.customer.blockSignals(False)
        if self.customer.count() > 1:
            self.customer.setCurrentIndex(1)
        self._load_contacts()

    def _load_contacts(self) -> None:
        self.contact.clear()
        self.contact.addItem(self.tr("(none)"), "")
        value = self.customer.currentData()
        if value:
            for contact in self.customers.get(uuid.UUID(value)).contacts:
                self.contact.addItem(contact.name, contact.id.hex)

    def _show_article(self, article_id) -> None:
        article = self.suggestions.service.get(article_id)
        viewer = QDialog(self)
        viewer.setWindowTitle(article.title)
        body = QTextBrowser()
        body.setHtml(f"<h3>{html.escape(article.title)}</h3>{article.body}")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(viewer.reject)
        layout = QVBoxLayout(viewer)
        layout.addWidget(body)
        layout.addWidget(close)
        open_at_remembered_size(viewer, "article", 520, 420)
        viewer.exec()

    def _suggest(self) -> None:
        self.suggestions.set_text(f"{self.subject.text()} {self.description.toPlainText()}")

    def values(self) -> dict:
        def uid(combo):
            return uuid.UUID(combo.currentData()) if combo.currentData() else None
        return {"subject": self.subject.text(), "description": self.description.toPlainText(),
                "ticket_type": self.ticket_type.currentData(), "channel": self.channel.currentData(),
                "priority": self.priority.currentData(), "customer_id": uid(self.customer),
                "contact_id": uid(self.contact), "product_id": uid(self.product)}

    def _run(self, action) -> bool:
        self.message.clear()
        self.form.clear_errors()
        try:
            changes = action()
        except ValidationError as exc:
            self.message.setText("\n".join(self.form.show(exc)))
            return False
        except CrmError as exc:
            self.message.setText(error_message(exc))
            return False
        self.changes = changes if self.changes is None else self.changes | changes
        return True

    # -- actions -------------------------------------------------------------------------------------
    def _save(self) -> bool:
        if self.ticket_id is None:
            def create():
                self.ticket_id, changes = self.service.create(self.values())
                return changes
            if not self._run(create):
                return False
            self._clean = self.values()
            self.accept()
            return True
        if not self._run(lambda: self.service.update(self.ticket_id, self.values())):
            return False
        self._clean = None  # saved: the record's values are the form's now
        self._reload()
        return True

    def _edits(self) -> dict:
        """The fields the user changed since they were loaded or saved, with their new values."""
        if self._clean is None:
            return {}
        return {key: value for key, value in self.values().items() if value != self._clean.get(key)}

    def reject(self) -> None:
        """Closing keeps nothing unsaved by accident: changed fields ask Save / Discard / Cancel, and a reply
        typed but not sent asks before it is thrown away (sending it is a deliberate act, never a side effect
        of closing)."""
        if not may_close(self, bool(self._edits()), self._save,
                         self.tr("This ticket has changes that are not saved. Save them before closing?")):
            return
        if self.reply.toPlainText().strip() and self.isVisible():
            button = QMessageBox.StandardButton
            answer = QMessageBox.question(self, self.tr("Reply not sent"),
                                          self.tr("The reply you typed has not been sent. Discard it?"),
                                          button.Discard | button.Cancel, button.Cancel)
            if answer != button.Discard:
                return
        super().reject()

    def _send(self) -> None:
        if self.ticket_id is None:
            return
        text = self.reply.toPlainText()
        if self._run(lambda: self.service.comment(self.ticket_id, text, internal=self.internal.isChecked())[1]):
            self.reply.clear()
            self._reload()

    def _move(self, status: str) -> None:
        if self._run(lambda: self.service.move(self.ticket_id, status)):
            self._reload()

    def _assign(self) -> None:
        agents = self.service.agents()
        names = [name for _i, name in agents]
        name, ok = QInputDialog.getItem(self, self.tr("Assign"), self.tr("Agent"), names, 0, False)
        if ok and name:
            user_id = agents[names.index(name)][0]
            if self._run(lambda: self.service.assign(self.ticket_id, user_id)):
                self._reload()

    def _dispatch(self) -> None:
        agents = self.service.agents()
        names = [name for _i, name in agents]
        name, ok = QInputDialog.getItem(self, self.tr("Dispatch work order"), self.tr("Technician"), names, 0, False)
        if ok and name:
            user_id = agents[names.index(name)][0]
            if self._run(lambda: self.service.dispatch(self.ticket_id, user_id)[1]):
                self._reload()

    def _attach(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not path:
            return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.message.setText(str(exc))
            return
        if self._run(lambda: self.service.attach(self.ticket_id, Path(path).name, data)):
            self._reload()

    def _save_attachment(self, entry) -> None:
        value = entry.data(Qt.ItemDataRole.UserRole)
        if not value:
            return
        name, data = self.service.attachment(uuid.UUID(value))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the file"), name)
        if path:
            try:
                Path(path).write_bytes(data)
            except OSError as exc:
                self.message.setText(str(exc))

    def _rate(self) -> None:
        if self._run(lambda: self.service.rate(self.ticket_id, self.score.value())):
            self._reload()

    def _record_field_visit(self) -> None:
        dialog = FieldVisitDialog(self)
        if dialog.exec() and self._run(lambda: self.service.record_visit(
                self._my_order, result=dialog.result_text.toPlainText(), parts=dialog.parts(),
                signed_by=dialog.signed_by.text(), completed=dialog.completed.isChecked())):
            self._reload()

    def _record_visit(self) -> None:
        dialog = ReturnVisitDialog(self)
        if dialog.exec() and self._run(lambda: self.service.record_return_visit(
                self._pending_visit, outcome=dialog.outcome.currentData(),
                score=dialog.score.value() if dialog.outcome.currentData() != "unreachable" else None,
                notes=dialog.notes.toPlainText())):
            self._reload()

    def _tick(self) -> None:
        if self.ticket_id is None:
            return
        state = self.service.sla_state(self.ticket_id, self.now())
        parts = []
        if state.response_left is not None:
            parts.append(self.tr("First response in %1").replace("%1", minutes_text(state.response_left)))
        if state.resolve_left is not None:
            parts.append(self.tr("Resolve in %1").replace("%1", minutes_text(state.resolve_left)))
        if state.paused:
            parts.append(self.tr("(paused: waiting on the customer)"))
        if state.response_breached or state.resolve_breached:
            parts.append(self.tr("SLA breached"))
        self.sla.setText("   ".join(parts) or self.tr("SLA clocks stopped"))
        late = (state.resolve_left is not None and state.resolve_left < 0) or state.resolve_breached
        self.sla.setStyleSheet("color: #c0392b; font-weight: bold;" if late else "")

    def _reload(self) -> None:
        """The ticket as stored, after any action; fields the user has changed but not saved keep his values
        (a reply or a status move must not silently undo an edit to the subject)."""
        edits = self._edits()
        t = self.service.get(self.ticket_id)
        self.setWindowTitle(f"{t.number} {t.subject}")
        names = {s.code: s.name for s in self._statuses()}
        self.header.setText("   ".join(part for part in (
            t.number, word(STATUSES, t.status, names.get(t.status, t.status)),
            self.tr("Assignee: %1").replace("%1", t.assignee_name) if t.assignee_name else "",
            self.tr("Satisfaction %1/5").replace("%1", str(t.satisfaction)) if t.satisfaction else "") if part))
        if t.customer_id is not None and self.customer.findData(t.customer_id.hex) < 0:
            self.customer.addItem(t.customer_name, t.customer_id.hex)
        self._put({"subject": t.subject, "description": t.description, "ticket_type": t.ticket_type,
                   "channel": t.channel, "priority": t.priority, "customer_id": t.customer_id,
                   "contact_id": t.contact_id, "product_id": t.product_id})
        self.timeline.clear()
        for item in t.timeline:
            if item.kind == "event":
                text = event_text(item.event)
            elif item.kind == "note":
                text = self.tr("Internal note: %1").replace("%1", item.body)
            elif item.kind == "attachment":
                text = self.tr("File: %1").replace("%1", item.body)
            elif item.kind == "work_order":
                text = self.tr("Work order %1: %2").replace("%1", item.event.get("number", "")).replace("%2", item.body)
            elif item.kind == "return_visit":
                text = self.tr("Return visit due").replace("%1", "") if not item.event.get("outcome") else \
                    self.tr("Return visit: %1").replace("%1", item.event["outcome"])
            else:
                text = item.body
            who = f" {item.author}" if item.author else ""
            entry = QListWidgetItem(f"{local(item.at)}{who}  {text}", self.timeline)
            if item.kind == "attachment":
                entry.setData(Qt.ItemDataRole.UserRole, item.row_id.hex)
                entry.setToolTip(self.tr("Double-click to save the file"))
        while self.moves.count():
            widget = self.moves.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for code in self.service.allowed_moves(self.ticket_id):
            button = QPushButton(word(STATUSES, code, names.get(code, code)))
            button.setObjectName(f"move_{code}")
            button.clicked.connect(lambda _=False, c=code: self._move(c))
            self.moves.addWidget(button)
        self.rate_button.setEnabled(t.resolved_at is not None)
        self._pending_visit = next((v.id for v in t.return_visits if v.done_at is None), None)
        self.visit_button.setEnabled(self._pending_visit is not None)
        me = self.service.actor.user_id
        self._my_order = next((w.id for w in t.work_orders
                               if w.technician_id == me and w.status in ("dispatched", "visited")), None)
        self.field_button.setEnabled(self._my_order is not None)
        if self.suggestions is not None and hasattr(self.suggestions, "set_ticket"):
            self.suggestions.set_ticket(t.id)
        self._clean = self.values()
        self._put(edits)
        self._tick()

    def _put(self, values: dict) -> None:
        """Show `values` (as values() gives them) in their fields; the customer first, as it sets the contacts."""
        for key in ("subject", "description", "ticket_type", "channel", "priority", "customer_id", "contact_id",
                    "product_id"):
            if key not in values:
                continue
            value = values[key]
            if key == "subject":
                self.subject.setText(value)
            elif key == "description":
                self.description.setPlainText(value)
            else:
                combo = {"ticket_type": self.ticket_type, "channel": self.channel, "priority": self.priority,
                         "customer_id": self.customer, "contact_id": self.contact,
                         "product_id": self.product}[key]
                data = value.hex if isinstance(value, uuid.UUID) else (value or "")
                combo.setCurrentIndex(max(0, combo.findData(data)))

    def _statuses(self):
        from ...services.service_setup import ServiceSetupService
        return ServiceSetupService(self.service.db, self.service.actor, self.service.access).statuses()


class FieldVisitDialog(QDialog):
    """The technician's record of a visit: what was done, the parts used, and who signed it off."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Field visit"))
        layout = QFormLayout(self)
        self.result_text = QTextEdit()
        self.result_text.setAcceptRichText(False)
        self.parts_table = QTableWidget(3, 2)
        self.parts_table.setObjectName("partsTable")
        self.parts_table.setHorizontalHeaderLabels([self.tr("Part"), self.tr("Quantity")])
        add_part = QPushButton(self.tr("Add part"))
        add_part.clicked.connect(lambda: self.parts_table.insertRow(self.parts_table.rowCount()))
        self.signed_by = QLineEdit()
        self.signed_by.setPlaceholderText(self.tr("Name of the customer who signs off"))
        self.completed = QCheckBox(self.tr("Work completed (resolves the ticket)"))
        self.completed.setChecked(True)
        layout.addRow(self.tr("Result"), self.result_text)
        layout.addRow(self.tr("Parts used"), self.parts_table)
        layout.addRow("", add_part)
        layout.addRow(self.tr("Signed off by"), self.signed_by)
        layout.addRow("", self.completed)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addRow(box)

    def parts(self) -> list[dict]:
        out = []
        for row in range(self.parts_table.rowCount()):
            name, quantity = self.parts_table.item(row, 0), self.parts_table.item(row, 1)
            if name is not None and name.text().strip():
                out.append({"name": name.text().strip(),
                            "quantity": quantity.text().strip() if quantity is not None and quantity.text().strip()
                            else "1"})
        return out


class ReturnVisitDialog(QDialog):
    """回访: how the call back went."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return visit"))
        layout = QFormLayout(self)
        self.outcome = QComboBox()
        for code, text in (("satisfied", self.tr("Satisfied")), ("unsatisfied", self.tr("Not satisfied")),
                           ("unreachable", self.tr("Could not reach the customer"))):
            self.outcome.addItem(text, code)
        self.score = QSpinBox()
        self.score.setRange(1, 5)
        self.score.setValue(5)
        self.notes = QTextEdit()
        self.notes.setAcceptRichText(False)
        layout.addRow(self.tr("Outcome"), self.outcome)
        layout.addRow(self.tr("Score (1-5)"), self.score)
        layout.addRow(self.tr("Notes"), self.notes)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addRow(box)


class QuickCallDialog(QDialog):
    """A phone call becomes a ticket in a few keystrokes: the number finds the caller's customer."""

    def __init__(self, service: TicketService, customers, parent=None):
        super().__init__(parent)
        self.service, self.customers = service, customers
        self.ticket_id = None
        self.changes = None
        self.setWindowTitle(self.tr("Phone call"))
        layout = QFormLayout(self)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Caller's number"))
        self.caller = QLabel(self.tr("(unknown caller)"))
        self.subject = QLineEdit()
        self.notes = QTextEdit()
        self.notes.setAcceptRichText(False)
        self.urgent = QCheckBox(self.tr("Urgent"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #c0392b;")
        layout.addRow(self.tr("Phone"), self.phone)
        layout.addRow(self.tr("Caller"), self.caller)
        layout.addRow(self.tr("Subject"), self.subject)
        layout.addRow(self.tr("Notes"), self.notes)
        layout.addRow("", self.urgent)
        layout.addRow(self.message)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addRow(box)
        self.customer_id = None
        self.phone.editingFinished.connect(self._lookup)

    def _lookup(self) -> None:
        number = "".join(ch for ch in self.phone.text() if ch.isdigit() or ch == "+")
        self.customer_id = None
        self.caller.setText(self.tr("(unknown caller)"))
        if len(number) >= 5:
            found = self.customers.search(number, limit=2)
            if found:
                self.customer_id = found[0].id
                self.caller.setText(found[0].name)

    def accept(self) -> None:
        self._lookup()
        values = {"subject": self.subject.text(), "description": self.notes.toPlainText(), "channel": "phone",
                  "customer_id": self.customer_id, "priority": "urgent" if self.urgent.isChecked() else "normal"}
        if not self.customer_id and self.phone.text().strip():
            values["description"] = f"{self.tr('Caller')}: {self.phone.text().strip()}\n{values['description']}"
        try:
            self.ticket_id, self.changes = self.service.create(values)
        except (ValidationError, CrmError) as exc:
            self.message.setText(error_message(exc))
            return
        super().accept()


