"""Words for sign-in errors and password-policy field errors."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.errors import AuthError, FieldError


def _t(text: str) -> str:
    return QCoreApplication.translate("login", text)


def minutes_seconds(seconds: int) -> str:
    minutes, secs = divmod(max(0, int(seconds)), 60)
    return f"{minutes}:{secs:02d}"


def auth_message(exc: AuthError) -> str:
    a = exc.args_map
    messages = {
        "login_failed": QT_TRANSLATE_NOOP("login", "Wrong user name or password."),
        "account_locked": QT_TRANSLATE_NOOP("login", "Too many failed attempts: the account is locked. Try again in %1."),
        "captcha_required": QT_TRANSLATE_NOOP("login", "Type the characters shown in the picture."),
        "captcha_wrong": QT_TRANSLATE_NOOP("login", "The characters from the picture do not match. Try the new picture."),
        "totp_required": QT_TRANSLATE_NOOP("login", "Enter the 6-digit code from your authenticator app."),
        "totp_wrong": QT_TRANSLATE_NOOP("login", "The verification code is wrong or has expired."),
        "user_inactive": QT_TRANSLATE_NOOP("login", "This account is disabled. Ask an administrator."),
        "already_set_up": QT_TRANSLATE_NOOP("login", "The administrator has already been set up."),
    }
    text = messages.get(exc.code)
    if text is None:
        return exc.code
    return _t(text).replace("%1", minutes_seconds(a.get("seconds", 0)))


def password_message(error: FieldError) -> str:
    a = error.args
    messages = {
        "too_short": QT_TRANSLATE_NOOP("login", "At least %1 characters."),
        "too_long": QT_TRANSLATE_NOOP("login", "At most %1 characters."),
        "contains_login": QT_TRANSLATE_NOOP("login", "The password must not contain the user name."),
        "recently_used": QT_TRANSLATE_NOOP("login", "This password was used recently; choose a new one."),
        "wrong_password": QT_TRANSLATE_NOOP("login", "The current password is wrong."),
        "totp_wrong": QT_TRANSLATE_NOOP("login", "The verification code is wrong or has expired."),
        "required": QT_TRANSLATE_NOOP("login", "This field is required."),
        "mismatch": QT_TRANSLATE_NOOP("login", "The two passwords differ."),
    }
    text = messages.get(error.code)
    if text is None:
        return error.code
    return _t(text).replace("%1", str(a.get("min", a.get("max", a.get("count", "")))))
