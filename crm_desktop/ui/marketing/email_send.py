"""Sending an e-mail campaign (发送邮件营销): choose the template (with a live preview), check the SMTP settings
(and test them), then send in the background with progress, cancel, and each recipient's status.

The send runs on the network lane as one plain callable (prepare, then send); the dialog only shows what the
service reports. Closing the dialog cancels the job between two messages; nothing is left half-sent."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import Cancelled, CrmError, ValidationError
from ...services.email_campaigns import (
    EmailCampaignService,
    SendResult,
    settings_errors,
)
from ...services.smtp_transport import DEFAULT_PORTS, SECURITY, SmtpConfig, SmtpFailure
from ..common.combos import find_data
from ..common.errors import error_message, field_message
from ..common.unsaved import may_close
from ..common.window_size import open_at_remembered_size
from ..tasks import TaskRunner, when_alive


SERVER_TAB = 1


class EmailSendDialog(QDialog):
    changed = Signal(object)  # Changes, for the host to publish on the bus

    def __init__(self, service: EmailCampaignService, tasks: TaskRunner, campaign_id: uuid.UUID, parent=None):
        super().__init__(parent)
        self.setObjectName("emailSendDialog")
        self.setWindowTitle(self.tr("Send e-mail campaign"))
        self.service, self.tasks, self.campaign_id = service, tasks, campaign_id
        self._task = None
        self._ticks = 0
        self.last_result: SendResult | None = None

        tabs = QTabWidget()
        tabs.setObjectName("emailSendTabs")
        tabs.addTab(self._message_tab(), self.tr("Message"))
        tabs.addTab(self._server_tab(), self.tr("Server"))
        tabs.addTab(self._send_tab(), self.tr("Send"))
        self.tabs = tabs
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        open_at_remembered_size(self, "email_send", 760, 560)

        self._load_templates()
        self._load_settings()
        self.refresh_deliveries()
        can_send = service.can("campaigns", "send")
        for widget in (self.save_button, self.test_button):
            widget.setEnabled(can_send)

    # -- the message ---------------------------------------------------------------------------------
    def _message_tab(self) -> QWidget:
        self.template_combo = QComboBox()
        self.template_combo.setObjectName("templateCombo")
        self.template_combo.currentIndexChanged.connect(self._template_chosen)
        self.subject_preview = QLabel()
        self.subject_preview.setObjectName("subjectPreview")
        self.subject_preview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body_preview = QPlainTextEdit()
        self.body_preview.setObjectName("bodyPreview")
        self.body_preview.setReadOnly(True)
        self.template_errors = QLabel()
        self.template_errors.setObjectName("templateErrors")
        self.template_errors.setWordWrap(True)
        self.template_errors.setStyleSheet("color: #b00020;")
        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.template_combo)
        form.addRow(self.tr("Subject:"), self.subject_preview)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Preview (filled for a sample recipient):")))
        layout.addWidget(self.body_preview)
        layout.addWidget(self.template_errors)
        return page

    def _load_templates(self) -> None:
        current = self.service.campaign_template(self.campaign_id)
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        for template in self.service.templates():
            self.template_combo.addItem(template.name, template.id)
        index = find_data(self.template_combo, current) if current else -1
        self.template_combo.setCurrentIndex(index if index >= 0 else (0 if self.template_combo.count() else -1))
        self.template_combo.blockSignals(False)
        self._show_preview()

    def _template_chosen(self, _index: int | None = None) -> None:
        self._show_preview()

    def _show_preview(self) -> None:
        template_id = self.template_combo.currentData()
        if template_id is None:
            self.subject_preview.setText("")
            self.body_preview.setPlainText("")
            self.template_errors.setText(self.tr("There is no e-mail template yet."))
            self.send_button.setEnabled(False)
            return
        shown = self.service.preview(template_id)
        self.subject_preview.setText(shown.subject)
        self.body_preview.setPlainText(shown.body)
        self.template_errors.setText("\n".join(self._template_error(e) for e in shown.errors))
        # A template with errors is never sent (the service refuses it too).
        self.send_button.setEnabled(shown.ok and not self.sending and self.service.can("campaigns", "send"))

    def _template_error(self, error) -> str:
        where = self.tr("Subject") if error.field == "subject" else self.tr("Body")
        if error.code == "unknown_merge_field":
            text = self.tr("Unknown merge field {{%1}}; use {{name}}, {{company}}, {{owner}} or {{unsubscribe}}.") \
                .replace("%1", str(error.args.get("name", "")))
        elif error.code == "unclosed_merge_field":
            text = self.tr("A merge field is not closed with }} (at character %1).") \
                .replace("%1", str(error.args.get("at", 0) + 1))
        elif error.code == "line_break":
            text = self.tr("The subject must be one line.")
        else:
            text = field_message(error)
        return f"{where}: {text}"

    # -- the server ----------------------------------------------------------------------------------
    def _server_tab(self) -> QWidget:
        self.host_edit = QLineEdit()
        self.host_edit.setObjectName("smtpHost")
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("smtpPort")
        self.port_spin.setRange(1, 65535)
        self.security_combo = QComboBox()
        self.security_combo.setObjectName("smtpSecurity")
        labels = {"none": self.tr("None (plain text)"), "starttls": self.tr("STARTTLS"),
                  "ssl": self.tr("SSL/TLS")}
        for security in SECURITY:
            self.security_combo.addItem(labels[security], security)
        self.security_combo.activated.connect(self._security_chosen)
        self.user_edit = QLineEdit()
        self.user_edit.setObjectName("smtpUser")
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("smtpPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_edit = QLineEdit()
        self.from_edit.setObjectName("smtpFrom")
        self.from_name_edit = QLineEdit()
        self.from_name_edit.setObjectName("smtpFromName")
        self.rate_spin = QSpinBox()
        self.rate_spin.setObjectName("smtpRate")
        self.rate_spin.setRange(0, 100000)
        self.rate_spin.setSpecialValueText(self.tr("No limit"))
        self.rate_spin.setSuffix(self.tr(" per minute"))
        self.ca_edit = QLineEdit()
        self.ca_edit.setObjectName("smtpCaFile")
        self.ca_edit.setPlaceholderText(self.tr("Optional: a CA certificate file (PEM) to trust"))
        self.unsubscribe_edit = QLineEdit()
        self.unsubscribe_edit.setObjectName("smtpUnsubscribeUrl")
        self.unsubscribe_edit.setPlaceholderText(self.tr("Optional: https://…?e={email} (default: a reply by e-mail)"))
        self.save_button = QPushButton(self.tr("Save settings"))
        self.save_button.setObjectName("smtpSave")
        self.save_button.clicked.connect(self.save_settings)
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.setObjectName("smtpTest")
        self.test_button.clicked.connect(self.test_connection)
        self.server_status = QLabel()
        self.server_status.setObjectName("smtpStatus")
        self.server_status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host_edit)
        form.addRow(self.tr("Port:"), self.port_spin)
        form.addRow(self.tr("Security:"), self.security_combo)
        form.addRow(self.tr("User name:"), self.user_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        form.addRow(self.tr("Sender address:"), self.from_edit)
        form.addRow(self.tr("Sender name:"), self.from_name_edit)
        form.addRow(self.tr("Send at most:"), self.rate_spin)
        form.addRow(self.tr("Trusted CA:"), self.ca_edit)
        form.addRow(self.tr("Unsubscribe link:"), self.unsubscribe_edit)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.test_button)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.server_status)
        layout.addStretch(1)
        return page

    def _load_settings(self) -> None:
        config = self.service.settings()
        self.host_edit.setText(config.host)
        self.port_spin.setValue(config.port)
        self.security_combo.setCurrentIndex(max(0, self.security_combo.findData(config.security)))
        self.user_edit.setText(config.user)
        self.from_edit.setText(config.from_address)
        self.from_name_edit.setText(config.from_name)
        self.rate_spin.setValue(config.rate_per_minute)
        self.ca_edit.setText(config.ca_file)
        self.unsubscribe_edit.setText(config.unsubscribe_url)
        if config.user and self.service.has_password(config):
            self.password_edit.setPlaceholderText(self.tr("Kept in the system keyring"))
        self._server_clean = self._server_values()

    def _server_values(self) -> tuple:
        return self.config(), self.password_edit.text()

    def settings_changed(self) -> bool:
        """Server settings typed but not saved (sending uses the saved ones, so it saves them first)."""
        return self._server_values() != self._server_clean

    def _security_chosen(self, _index: int) -> None:
        if self.port_spin.value() in DEFAULT_PORTS.values():
            self.port_spin.setValue(DEFAULT_PORTS[self.security_combo.currentData()])

    def config(self) -> SmtpConfig:
        return SmtpConfig(host=self.host_edit.text().strip(), port=self.port_spin.value(),
                          security=self.security_combo.currentData(), user=self.user_edit.text().strip(),
                          from_address=self.from_edit.text().strip(), from_name=self.from_name_edit.text().strip(),
                          rate_per_minute=self.rate_spin.value(), ca_file=self.ca_edit.text().strip(),
                          unsubscribe_url=self.unsubscribe_edit.text().strip())

    def _password(self) -> str | None:
        """What was typed, or None to let the service read the keyring."""
        return self.password_edit.text() or None

    def save_settings(self) -> bool:
        config = self.config()
        errors = settings_errors(config)
        if errors:
            self.server_status.setText("\n".join(f"{e.field}: {field_message(e)}" for e in errors))
            return False
        try:
            self.changed.emit(self.service.save_settings(config))
        except CrmError as exc:
            self.server_status.setText(error_message(exc))
            return False
        message = self.tr("Settings saved.")
        if config.user and self.password_edit.text():
            if self.service.set_password(self.password_edit.text(), config):
                self.password_edit.clear()
                self.password_edit.setPlaceholderText(self.tr("Kept in the system keyring"))
            else:
                message += " " + self.tr("There is no system keyring: the password is not stored, and you will "
                                         "be asked for it each time.")
        self._server_clean = self._server_values()
        self.server_status.setText(message)
        return True

    def test_connection(self) -> None:
        config = self.config()
        self.test_button.setEnabled(False)
        self.server_status.setText(self.tr("Connecting…"))
        self.tasks.submit(self.service.test_connection, config, self._password(), lane="io",
                          on_done=self._tested, on_error=self._test_failed)

    @when_alive
    def _tested(self, _result) -> None:
        self.test_button.setEnabled(True)
        self.server_status.setText(self.tr("The server accepted the connection and the sign-in."))

    @when_alive
    def _test_failed(self, exc) -> None:
        self.test_button.setEnabled(True)
        self.server_status.setText(self.failure_text(exc))

    # -- sending -------------------------------------------------------------------------------------
    def _send_tab(self) -> QWidget:
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setObjectName("sendButton")
        self.send_button.clicked.connect(self.start_sending)
        self.cancel_button = QPushButton(self.tr("Cancel sending"))
        self.cancel_button.setObjectName("cancelSendButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_sending)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("sendProgress")
        self.progress_bar.setValue(0)
        self.summary = QLabel()
        self.summary.setObjectName("sendSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("deliveryTable")
        self.table.setHorizontalHeaderLabels([self.tr("Address"), self.tr("Name"), self.tr("Status"),
                                              self.tr("Reason"), self.tr("Attempts")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Room for a usual address; not sized to contents, which measures every row of a long list.
        self.table.horizontalHeader().resizeSection(0, self.fontMetrics().horizontalAdvance("x" * 28))
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress_bar, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        return page

    @property
    def sending(self) -> bool:
        return self._task is not None

    def start_sending(self) -> None:
        if self.sending:
            return
        if self.template_combo.currentData() is None:
            self.summary.setText(self.tr("There is no e-mail template yet."))
            return
        if self.settings_changed() and not self.save_settings():
            # The send goes through the saved server settings: the ones on screen, or none.
            self.tabs.setCurrentIndex(SERVER_TAB)
            self.summary.setText(self.tr("The server settings on the Server tab could not be saved; nothing was "
                                         "sent."))
            return
        template_id = self.template_combo.currentData()
        if template_id != self.service.campaign_template(self.campaign_id):
            try:
                self.changed.emit(self.service.set_template(self.campaign_id, template_id))
            except CrmError as exc:
                self.summary.setText(self.failure_text(exc))
                return
        self.send_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress_bar.setValue(0)
        self._ticks = 0
        self.summary.setText(self.tr("Preparing the recipient list…"))
        service, campaign_id, password = self.service, self.campaign_id, self._password()

        def job(progress):
            prepared = service.prepare(campaign_id)
            return prepared, service.send(campaign_id, progress, password=password)

        task = self.tasks.submit(job, lane="io", on_done=self._sent, on_error=self._send_failed,
                                 on_progress=self._progressed)
        if self.tasks.is_live(task):  # an inline runner (tests) has finished it already
            self._task = task

    def cancel_sending(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.summary.setText(self.tr("Stopping after the current message…"))

    @when_alive
    def _progressed(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(done)
        self.summary.setText(self.tr("Sending: %1 of %2").replace("%1", str(done)).replace("%2", str(total)))
        self._ticks += 1
        if self._ticks % 25 == 0:
            self.refresh_deliveries()

    @when_alive
    def _sent(self, outcome) -> None:
        prepared, result = outcome
        self._task = None
        self.last_result = result
        self.send_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.changed.emit(prepared.changes | result.changes)
        lines = [self.tr("Sent: %1, failed: %2, skipped (unsubscribed): %3, still queued: %4.")
                 .replace("%1", str(result.sent)).replace("%2", str(result.failed))
                 .replace("%3", str(result.skipped + prepared.unsubscribed)).replace("%4", str(result.remaining))]
        if result.claimed_elsewhere:
            lines.append(self.tr("Not sent from here because another desk is sending them or has sent them: %1. "
                                 "Their status arrives with the next sync.")
                         .replace("%1", str(len(result.claimed_elsewhere))))
        if result.cancelled:
            lines.append(self.tr("Sending was cancelled; the rest is still queued."))
        if result.aborted:
            lines.append(self.tr("Sending stopped: %1").replace("%1", self.reason_text(result.aborted)))
        if result.interrupted or result.uncertain:
            lines.append(self.tr("%1 message(s) may or may not have arrived (an earlier run was interrupted, or the "
                                 "connection broke while sending). They are not sent again; check them by their "
                                 "Message-ID before sending again.")
                         .replace("%1", str(len(result.interrupted) + len(result.uncertain))))
        self.summary.setText("\n".join(lines))
        self.refresh_deliveries()

    @when_alive
    def _send_failed(self, exc) -> None:
        self._task = None
        self.send_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Sending was cancelled; the rest is still queued."))
        else:
            self.summary.setText(self.failure_text(exc))
        self.refresh_deliveries()

    def refresh_deliveries(self) -> None:
        rows = self.service.deliveries(self.campaign_id)
        self.table.setRowCount(len(rows))
        for r, delivery in enumerate(rows):
            values = (delivery.email, delivery.name, self.status_text(delivery.status),
                      self.reason_text(delivery.reason), str(delivery.attempts))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 3 and delivery.message_id:
                    item.setToolTip(delivery.message_id)
                self.table.setItem(r, c, item)

    # -- words ---------------------------------------------------------------------------------------
    def status_text(self, status: str) -> str:
        return {"queued": self.tr("Queued"), "sending": self.tr("Sending"), "sent": self.tr("Sent"),
                "failed": self.tr("Failed"), "skipped": self.tr("Skipped")}.get(status, status)

    def reason_text(self, reason: str) -> str:
        """Delivery reasons are codes ("recipient_refused:550:5.1.1"); the server's reply code stays visible."""
        if not reason:
            return ""
        uncertain = reason.startswith("uncertain:")
        code, _sep, rest = reason.removeprefix("uncertain:").partition(":")
        if reason == "interrupted":
            return self.tr("Interrupted while sending: it may have arrived; not sent again")
        if reason == "unsubscribed":
            return self.tr("Unsubscribed")
        if reason == "claimed_elsewhere":
            return self.tr("Another desk sends it (reserved on the server): not sent from here")
        if reason == "server_unreachable":
            return self.tr("Cannot reach the CRM server to reserve the recipients; the rest is still queued")
        if reason == "server_refused":
            return self.tr("The CRM server refused to reserve the recipients; the rest is still queued")
        if uncertain:
            return self.tr("Connection lost while sending: it may have arrived; not sent again")
        words = {
            "recipient_refused": self.tr("The server refused the address"),
            "data_refused": self.tr("The server refused the message"),
            "sender_refused": self.tr("The server refused the sender address"),
            "bad_address": self.tr("Not a valid e-mail address"),
            "connect_failed": self.tr("Cannot reach the mail server"),
            "disconnected": self.tr("The mail server closed the connection"),
            "timeout": self.tr("The mail server did not answer in time"),
            "tls_failed": self.tr("The secure connection (TLS) failed"),
            "tls_verify_failed": self.tr("The server's certificate is not trusted"),
            "starttls_unsupported": self.tr("The server does not offer STARTTLS"),
            "auth_failed": self.tr("The server refused the user name or password"),
            "auth_unsupported": self.tr("The server does not accept a sign-in"),
        }
        text = words.get(code, code)
        return f"{text} ({rest.replace(':', ' ')})" if rest else text

    def failure_text(self, exc: BaseException) -> str:
        if isinstance(exc, SmtpFailure):
            return self.reason_text(exc.reason())
        if isinstance(exc, ValidationError):
            return "\n".join(self._template_error(e) if e.field in ("subject", "body") else
                             f"{e.field}: {field_message(e)}" for e in exc.errors)
        if isinstance(exc, CrmError) and not isinstance(exc, ValidationError):
            own = {"smtp_not_configured": self.tr("Enter and save the mail server settings first."),
                   "smtp_password_missing": self.tr("Enter the mail server password."),
                   "campaign_no_template": self.tr("Choose a template first."),
                   "campaign_already_sending": self.tr("This campaign is being sent already."),
                   "server_unreachable": self.tr("Cannot reach the CRM server, which makes sure no other desk "
                                                 "sends the same message. Nothing was sent; try again when "
                                                 "connected."),
                   "server_refused": self.tr("The CRM server refused to reserve the recipients (check the "
                                             "server sign-in and your right to send campaigns). Nothing was "
                                             "sent.")}
            if exc.code in own:
                return own[exc.code]
        return error_message(exc)

    def reject(self) -> None:
        if self.settings_changed():
            self.tabs.setCurrentIndex(SERVER_TAB)  # the question is about what the user sees
        if may_close(self, self.settings_changed(), self.save_settings,
                     self.tr("The server settings have changes that are not saved. Save them first?")):
            super().reject()

    def done(self, result: int) -> None:
        self.cancel_sending()
        super().done(result)


__all__ = ["EmailSendDialog"]
