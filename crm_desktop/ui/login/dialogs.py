"""Sign-in dialogs: signing in (with captcha, second factor and lockout countdown), setting up the first
administrator, changing one's password, and turning two-step verification on or off.

Password checks cost argon2's deliberate ~0.1 s, so they run on the database lane, never on the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ...domain.errors import AuthError, FieldError, ValidationError
from ...services.auth import AuthService, SignedIn
from ..common.errors import error_message
from ..tasks import TaskRunner
from .messages import auth_message, password_message
from .pictures import captcha_pixmap, qr_pixmap


def _attempt(auth: AuthService, login: str, password: str, captcha: str | None, totp: str | None,
             remember: bool) -> SignedIn:
    """Runs on the database lane. On failure the error carries what the dialog shows next (whether a
    captcha is due, and a fresh challenge), so the GUI thread does not query for it."""
    try:
        return auth.login(login, password, captcha=captcha, totp=totp, remember=remember)
    except AuthError as exc:
        exc.captcha = auth.new_captcha(login) if auth.captcha_needed(login) else None
        raise


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    attempt_finished = Signal()  # after each answer from the service, success or not

    def __init__(self, auth: AuthService, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Sign in to CRM Desktop"))
        self.auth, self.tasks = auth, tasks
        self.signed_in: SignedIn | None = None
        self.captcha_text: str | None = None  # the challenge being shown (tests read it; users see it)
        self._lock_seconds = 0

        self.login_edit = QLineEdit(auth.last_login())
        self.login_edit.setObjectName("loginEdit")
        self.password_edit = _password_edit("passwordEdit")
        self.captcha_picture = QLabel()
        self.captcha_picture.setObjectName("captchaPicture")
        self.captcha_edit = QLineEdit()
        self.captcha_edit.setObjectName("captchaEdit")
        self.captcha_edit.setMaxLength(8)
        new_picture = QPushButton(self.tr("New picture"))
        new_picture.setObjectName("newCaptchaButton")
        new_picture.clicked.connect(self._new_captcha)
        self.captcha_row = QWidget()
        row = QHBoxLayout(self.captcha_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.captcha_picture)
        row.addWidget(self.captcha_edit)
        row.addWidget(new_picture)
        self.totp_edit = QLineEdit()
        self.totp_edit.setObjectName("totpEdit")
        self.totp_edit.setMaxLength(6)
        self.totp_edit.setPlaceholderText("123456")
        self.remember_box = QCheckBox(self.tr("Remember me on this computer"))
        self.remember_box.setObjectName("rememberBox")
        self.keyring_note = QLabel(self.tr("This system has no keyring, so “Remember me” is not available: "
                                           "you will be asked to sign in each time. Passwords are never "
                                           "written to a file."))
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        available = auth.store.available
        self.remember_box.setEnabled(available)
        self.keyring_note.setVisible(not available)
        self.error_label = _error_label("loginError")

        form = QFormLayout()
        form.addRow(self.tr("User name"), self.login_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow(self.tr("Characters shown"), self.captcha_row)
        form.addRow(self.tr("Verification code"), self.totp_edit)
        self._form = form
        self._set_row_visible(self.captcha_row, False)
        self._set_row_visible(self.totp_edit, False)
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._tick)
        (self.password_edit if self.login_edit.text() else self.login_edit).setFocus()

    def _set_row_visible(self, field: QWidget, visible: bool) -> None:
        self._form.setRowVisible(field, visible)

    def attempt(self) -> None:
        login = self.login_edit.text().strip()
        if not login or not self.password_edit.text():
            _show(self.error_label, self.tr("Enter your user name and password."))
            return
        self._busy(True)
        captcha = self.captcha_edit.text() if self.captcha_row.isVisibleTo(self) else None
        totp = self.totp_edit.text() if self.totp_edit.isVisibleTo(self) else None
        self.tasks.submit(_attempt, self.auth, login, self.password_edit.text(), captcha, totp,
                          self.remember_box.isChecked(), on_done=self._done, on_error=self._failed)

    def _busy(self, busy: bool) -> None:
        for widget in (self.login_edit, self.password_edit, self.captcha_edit, self.totp_edit):
            widget.setEnabled(not busy)
        self.sign_in_button.setEnabled(not busy and self._lock_seconds <= 0)

    def _done(self, signed: SignedIn) -> None:
        self.signed_in = signed
        self.attempt_finished.emit()
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        self._explain(exc)
        self.attempt_finished.emit()

    def _explain(self, exc: Exception) -> None:
        if not isinstance(exc, AuthError):
            _show(self.error_label, error_message(exc))
            return
        challenge = getattr(exc, "captcha", None)
        if challenge:
            self._show_captcha(challenge)
        if exc.code == "totp_required":
            self._set_row_visible(self.totp_edit, True)
            self.totp_edit.setFocus()
        elif exc.code == "totp_wrong":
            self.totp_edit.clear()
            self.totp_edit.setFocus()
        elif exc.code == "account_locked":
            self._lock_seconds = int(exc.args_map.get("seconds", 60))
            self.sign_in_button.setEnabled(False)
            self._countdown.start()
        elif exc.code in ("login_failed", "captcha_wrong"):
            self.password_edit.clear()
            self.password_edit.setFocus()
        _show(self.error_label, auth_message(exc))

    def _show_captcha(self, text: str) -> None:
        self.captcha_text = text
        self.captcha_picture.setPixmap(captcha_pixmap(text))
        self.captcha_edit.clear()
        self._set_row_visible(self.captcha_row, True)

    def _new_captcha(self) -> None:
        self._show_captcha(self.auth.new_captcha(self.login_edit.text()))

    def _tick(self) -> None:
        self._lock_seconds -= 1
        if self._lock_seconds <= 0:
            self._countdown.stop()
            self.sign_in_button.setEnabled(True)
            _show(self.error_label, self.tr("You can try again now."))
            return
        _show(self.error_label, auth_message(AuthError("account_locked", seconds=self._lock_seconds)))


class _PasswordForm(QDialog):
    """Shared by the first-start and change-password dialogs: fields with an error line under each."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.form = QFormLayout()
        self.errors: dict[str, QLabel] = {}
        self.general_error = _error_label("formError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def add_field(self, name: str, label: str, edit: QLineEdit) -> QLineEdit:
        self.form.addRow(label, edit)
        self.errors[name] = _error_label(f"{name}Error")
        self.form.addRow("", self.errors[name])
        return edit

    def finish_layout(self, intro: str = "") -> None:
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.general_error):
            _show(label, "")

    def show_errors(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            for error in exc.errors:
                target = self.errors.get(error.field, self.general_error)
                _show(target, password_message(error))
        elif isinstance(exc, AuthError):
            _show(self.general_error, auth_message(exc))
        else:
            _show(self.general_error, error_message(exc))

    def mismatch(self, new: QLineEdit, confirm: QLineEdit) -> bool:
        if new.text() != confirm.text():
            _show(self.errors["confirm"], password_message(FieldError("confirm", "mismatch")))
            return True
        return False

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class FirstAdminDialog(_PasswordForm):
    """The first start of a new database: whoever installs the app sets the administrator's password."""

    def __init__(self, auth: AuthService, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(tasks, parent)
        self.setObjectName("firstAdminDialog")
        self.setWindowTitle(self.tr("Set up the administrator"))
        self.auth = auth
        self.signed_in: SignedIn | None = None
        self.login_edit = self.add_field("login", self.tr("User name"), QLineEdit("admin"))
        self.login_edit.setObjectName("loginEdit")
        self.name_edit = self.add_field("display_name", self.tr("Display name"), QLineEdit(self.tr("Administrator")))
        self.name_edit.setObjectName("displayNameEdit")
        self.password_edit = self.add_field("password", self.tr("Password"), _password_edit("passwordEdit"))
        self.confirm_edit = self.add_field("confirm", self.tr("Repeat password"), _password_edit("confirmEdit"))
        self.finish_layout(self.tr("This is a new database. Choose the administrator's user name and password "
                                   "(at least 8 characters, not containing the user name). The administrator "
                                   "then creates the other users."))
        self.password_edit.setFocus()

    def submit(self) -> None:
        self.clear_errors()
        if self.mismatch(self.password_edit, self.confirm_edit):
            return
        self.buttons.setEnabled(False)
        self.tasks.submit(self.auth.create_first_admin, self.login_edit.text(), self.name_edit.text(),
                          self.password_edit.text(), on_done=self._done, on_error=self.show_errors)

    def _done(self, signed: SignedIn) -> None:
        self.signed_in = signed
        self.accept()


class ChangePasswordDialog(_PasswordForm):
    def __init__(self, auth: AuthService, actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(tasks, parent)
        self.setObjectName("changePasswordDialog")
        self.setWindowTitle(self.tr("Change password"))
        self.auth, self.actor = auth, actor
        self.current_edit = self.add_field("current", self.tr("Current password"), _password_edit("currentEdit"))
        self.password_edit = self.add_field("password", self.tr("New password"), _password_edit("passwordEdit"))
        self.confirm_edit = self.add_field("confirm", self.tr("Repeat new password"), _password_edit("confirmEdit"))
        self.finish_layout(self.tr("At least 8 characters, not containing your user name, and none of your "
                                   "last 5 passwords."))

    def submit(self) -> None:
        self.clear_errors()
        if self.mismatch(self.password_edit, self.confirm_edit):
            return
        self.buttons.setEnabled(False)
        self.tasks.submit(self.auth.change_password, self.actor, self.current_edit.text(),
                          self.password_edit.text(), on_done=lambda _r: self.accept(), on_error=self.show_errors)


class SetPasswordDialog(_PasswordForm):
    """An administrator sets another user's password (the same policy applies)."""

    def __init__(self, auth: AuthService, actor, user_id, user_name: str, tasks: TaskRunner,
                 parent: QWidget | None = None):
        super().__init__(tasks, parent)
        self.setObjectName("setPasswordDialog")
        self.setWindowTitle(self.tr("Set password for %1").replace("%1", user_name))
        self.auth, self.actor, self.user_id = auth, actor, user_id
        self.password_edit = self.add_field("password", self.tr("New password"), _password_edit("passwordEdit"))
        self.confirm_edit = self.add_field("confirm", self.tr("Repeat new password"), _password_edit("confirmEdit"))
        self.finish_layout(self.tr("At least 8 characters, not containing the user name. Setting a password "
                                   "also lifts a lockout."))

    def submit(self) -> None:
        self.clear_errors()
        if self.mismatch(self.password_edit, self.confirm_edit):
            return
        self.buttons.setEnabled(False)
        self.tasks.submit(self.auth.reset_password, self.actor, self.user_id, self.password_edit.text(),
                          on_done=lambda _r: self.accept(), on_error=self.show_errors)


class TotpDialog(QDialog):
    """Two-step verification: enrol by scanning the QR code and confirming one code, or turn it off."""

    def __init__(self, auth: AuthService, actor, tasks: TaskRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("totpDialog")
        self.setWindowTitle(self.tr("Two-step verification"))
        self.auth, self.actor, self.tasks = auth, actor, tasks
        self.enabled = auth.totp_enabled(actor.user_id)
        self.enrolment = None if self.enabled else auth.begin_totp(actor)
        layout = QVBoxLayout(self)
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("totpCodeEdit")
        self.code_edit.setMaxLength(6)
        self.error_label = _error_label("totpError")
        self.qr_label = QLabel()
        self.qr_label.setObjectName("qrCode")
        if self.enabled:
            layout.addWidget(QLabel(self.tr("Two-step verification is on. To turn it off, enter a current code "
                                            "from your authenticator app.")))
            button_text = self.tr("Turn off")
        else:
            intro = QLabel(self.tr("Scan this code with an authenticator app (Microsoft Authenticator, Google "
                                   "Authenticator, FreeOTP…), then enter the 6-digit code it shows."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.qr_label.setPixmap(qr_pixmap(self.enrolment.matrix))
            self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(self.qr_label)
            secret = QLabel(" ".join(self.enrolment.secret[i:i + 4] for i in range(0, len(self.enrolment.secret), 4)))
            secret.setObjectName("totpSecret")
            secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            secret.setFont(QFont("monospace"))
            layout.addWidget(QLabel(self.tr("Or type this key into the app:")))
            layout.addWidget(secret)
            button_text = self.tr("Turn on")
        form = QFormLayout()
        form.addRow(self.tr("Verification code"), self.code_edit)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = self.buttons.addButton(button_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("totpConfirmButton")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        _show(self.error_label, "")
        self.confirm_button.setEnabled(False)
        if self.enabled:
            self.tasks.submit(self.auth.disable_totp, self.actor, self.code_edit.text(),
                              on_done=lambda _r: self.accept(), on_error=self._failed)
        else:
            self.tasks.submit(self.auth.confirm_totp, self.actor, self.enrolment.secret, self.code_edit.text(),
                              on_done=lambda _r: self.accept(), on_error=self._failed)

    def _failed(self, exc: Exception) -> None:
        self.confirm_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            _show(self.error_label, password_message(exc.errors[0]))
        else:
            _show(self.error_label, error_message(exc))


__all__ = ["LoginDialog", "FirstAdminDialog", "ChangePasswordDialog", "SetPasswordDialog", "TotpDialog"]
