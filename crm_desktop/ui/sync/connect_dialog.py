"""Sync > Connect to server…: where the shared PostgreSQL server is and who signs in there.

The URL is built without the password (postgresql://host:port/database?sslmode=...); the password goes to
the OS keyring when the user asks and there is one, otherwise it stays in memory for this session. Testing
and connecting both talk to the network, so they run on the io lane; errors are shown in the dialog."""

from __future__ import annotations

from urllib.parse import parse_qs, quote, unquote, urlsplit

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.sync import SyncService, SyncStatus
from ..common.errors import error_message
from ..tasks import TaskRunner

SSL_MODES = ("disable", "prefer", "require", "verify-ca", "verify-full")
# Certificate files a production server may ask for: the CA that signed the server's certificate (for
# verify-ca / verify-full) and a client certificate with its key (when the server authenticates clients).
CERT_PARAMS = ("sslrootcert", "sslcert", "sslkey")
DEFAULT_PORT = 5432
ERROR_STYLE = "color: #c0392b;"
OK_STYLE = "color: #1e8449;"


def build_url(host: str, port: int, database: str, sslmode: str, *, sslrootcert: str = "", sslcert: str = "",
              sslkey: str = "") -> str:
    host = host.strip()
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"  # an IPv6 address
    url = f"postgresql://{host}:{int(port)}/{quote(database.strip(), safe='')}?sslmode={sslmode}"
    for name, value in (("sslrootcert", sslrootcert), ("sslcert", sslcert), ("sslkey", sslkey)):
        if value.strip():
            url += f"&{name}={quote(value.strip(), safe='/:')}"
    return url


def split_url(url: str) -> dict:
    """The fields of a URL this dialog built (or `crm-desktop connect` stored), for prefilling."""
    try:
        parts = urlsplit(url)
        port = parts.port or DEFAULT_PORT
    except ValueError:
        return {}
    query = parse_qs(parts.query)
    mode = (query.get("sslmode") or ["prefer"])[0]
    return {"host": parts.hostname or "", "port": port, "database": unquote(parts.path.lstrip("/")),
            "sslmode": mode if mode in SSL_MODES else "prefer",
            **{name: (query.get(name) or [""])[0] for name in CERT_PARAMS}}


class ConnectDialog(QDialog):
    connected = Signal(dict, object)  # what SyncService.connect returned, the password typed (or None)
    tested = Signal(bool)

    def __init__(self, service: SyncService, tasks: TaskRunner, parent: QWidget | None = None, *,
                 state: SyncStatus | None = None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to server"))
        self.service, self.tasks = service, tasks
        self._busy = False
        state = state or service.status()  # a small local read when the caller has none yet

        self.host = QLineEdit()
        self.host.setObjectName("syncHost")
        self.host.setPlaceholderText(self.tr("server name or address"))
        self.port = QSpinBox()
        self.port.setObjectName("syncPort")
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setObjectName("syncDatabase")
        self.user = QLineEdit()
        self.user.setObjectName("syncUser")
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox()
        self.sslmode.setObjectName("syncSslMode")
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.sslmode.setCurrentIndex(SSL_MODES.index("prefer"))
        self.certs = {}
        cert_rows = {}
        for name, placeholder in (("sslrootcert", self.tr("CA certificate (.crt/.pem) for verify-ca / verify-full")),
                                  ("sslcert", self.tr("client certificate, if the server asks for one")),
                                  ("sslkey", self.tr("the client certificate's private key"))):
            edit = QLineEdit()
            edit.setObjectName(f"sync_{name}")
            edit.setPlaceholderText(placeholder)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(lambda _=False, e=edit: self._browse(e))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(browse)
            self.certs[name] = edit
            cert_rows[name] = row
        self.remember = QCheckBox(self.tr("Remember password in the keyring"))
        self.remember.setObjectName("syncRemember")
        self.keyring_note = QLabel(self.tr("no keyring: you will be asked each time"))
        self.keyring_note.setObjectName("syncKeyringNote")
        self.keyring_note.setWordWrap(True)
        if state.keyring:
            self.remember.setChecked(True)
            self.keyring_note.hide()
        else:
            self.remember.setChecked(False)
            self.remember.setEnabled(False)

        if state.url:
            fields = split_url(state.url)
            self.host.setText(fields.get("host", ""))
            self.port.setValue(fields.get("port", DEFAULT_PORT))
            self.database.setText(fields.get("database", ""))
            self.sslmode.setCurrentIndex(SSL_MODES.index(fields.get("sslmode", "prefer")))
            for name, edit in self.certs.items():
                edit.setText(fields.get(name, ""))
        self.user.setText(state.login)

        form = QFormLayout()
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("SSL &mode:"), self.sslmode)
        form.addRow(self.tr("CA certificate:"), cert_rows["sslrootcert"])
        form.addRow(self.tr("Client certificate:"), cert_rows["sslcert"])
        form.addRow(self.tr("Client key:"), cert_rows["sslkey"])
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.setObjectName("syncTestConnection")
        self.test_button.clicked.connect(self.test)
        self.message = QLabel()
        self.message.setObjectName("syncConnectMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        self.buttons.accepted.connect(self.connect_now)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    # -- what the user typed ------------------------------------------------------------------------------
    def url(self) -> str:
        return build_url(self.host.text(), self.port.value(), self.database.text(), self.sslmode.currentData(),
                         **{name: edit.text() for name, edit in self.certs.items()})

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a certificate or key file"))
        if path:
            edit.setText(path)

    def login(self) -> str:
        return self.user.text().strip().lower()

    def _typed_password(self) -> str | None:
        return self.password.text() or None

    def _check(self) -> bool:
        missing = [label for label, edit in ((self.tr("host"), self.host), (self.tr("database"), self.database),
                                             (self.tr("user"), self.user)) if not edit.text().strip()]
        if missing:
            self._say(self.tr("Fill in: %1").replace("%1", ", ".join(missing)), ok=False)
            return False
        return True

    def _say(self, text: str, *, ok: bool) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.message.show()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.test_button.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        if busy:
            self.message.setStyleSheet("")
            self.message.setText(text)
            self.message.show()

    # -- test and connect, in the background --------------------------------------------------------------
    def test(self) -> None:
        if self._busy or not self._check():
            return
        self._set_busy(True, self.tr("Testing the connection…"))
        self.tasks.submit(self.service.test_connection, self.url(), self.login(), self._typed_password(),
                          lane="io", on_done=self._tested, on_error=self._test_failed)

    def _tested(self, _result: dict) -> None:
        self._set_busy(False)
        self._say(self.tr("The connection works."), ok=True)
        self.tested.emit(True)

    def _test_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(error_message(exc), ok=False)
        self.tested.emit(False)

    def connect_now(self) -> None:
        if self._busy or not self._check():
            return
        self._set_busy(True, self.tr("Connecting…"))
        password = self._typed_password()
        self.tasks.submit(self.service.connect, self.url(), self.login(), password,
                          remember=self.remember.isEnabled() and self.remember.isChecked(), lane="io",
                          on_done=lambda info: self._connected(info, password), on_error=self._connect_failed)

    def _connected(self, info: dict, password: str | None) -> None:
        self._set_busy(False)
        self.connected.emit(info, password)
        self.accept()

    def _connect_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._say(error_message(exc), ok=False)

    def reject(self) -> None:
        if not self._busy:  # a connection half made would be lost track of
            super().reject()
