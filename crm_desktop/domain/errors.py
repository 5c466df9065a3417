"""Errors with codes and arguments; the UI turns codes into translated words."""

from __future__ import annotations

from dataclasses import dataclass, field


class CrmError(Exception):
    code = "error"

    def __init__(self, code: str | None = None, **args):
        self.code = code or self.code
        self.args_map = args
        super().__init__(f"{self.code}: {args}" if args else self.code)


@dataclass(frozen=True)
class FieldError:
    field: str
    code: str
    args: dict = field(default_factory=dict)


class ValidationError(CrmError):
    code = "invalid"

    def __init__(self, errors: list[FieldError]):
        self.errors = errors
        super().__init__("invalid", fields=[e.field for e in errors])

    def for_field(self, name: str) -> FieldError | None:
        return next((e for e in self.errors if e.field == name), None)


class NotFound(CrmError):
    code = "not_found"


class NothingToUndo(CrmError):
    code = "nothing_to_undo"


class UndoConflict(CrmError):
    """The record changed after the action being undone; undoing would overwrite someone's newer edit."""

    code = "undo_conflict"


class StorageError(CrmError):
    """The data folder or database cannot be used (not writable, locked, corrupt)."""

    code = "storage"


class Cancelled(Exception):
    """A job stopped because whoever asked for it no longer wants the result (a newer search, Cancel)."""


class AuthError(CrmError):
    """Signing in or changing a sign-in secret did not work. Codes: login_failed (wrong user name or
    password, deliberately not saying which), account_locked (until, seconds), captcha_required,
    captcha_wrong, totp_required, totp_wrong, user_inactive, keyring_unavailable, already_set_up."""

    code = "login_failed"
