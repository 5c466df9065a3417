"""Words for what the sync engine stores as identifiers: why the server refused an operation, how a value
looks in the inbox, and sync times in the user's local time."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

REASONS = {
    "permission_denied": QT_TRANSLATE_NOOP("sync", "the server refused it: you do not have permission for this change"),
    "not_found_or_out_of_scope": QT_TRANSLATE_NOOP(
        "sync", "the record no longer exists on the server or is outside the data you may change"),
    "already_exists": QT_TRANSLATE_NOOP("sync", "a record with the same id already exists on the server"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("sync", text)


def reason_text(detail: str) -> str:
    """The engine's reason ("permission_denied: <server message>", "already_exists", ...) in words; the
    server's own message, when there is one, follows in brackets."""
    code, _sep, rest = (detail or "").partition(":")
    if code.strip() in REASONS:
        words = _t(REASONS[code.strip()])
        return f"{words} ({rest.strip()})" if rest.strip() else words
    return detail or _t(QT_TRANSLATE_NOOP("sync", "no reason given"))


def value_text(value: object) -> str:
    if value is None or value == "":
        return _t(QT_TRANSLATE_NOOP("sync", "(empty)"))
    if isinstance(value, bool):
        return _t(QT_TRANSLATE_NOOP("sync", "yes")) if value else _t(QT_TRANSLATE_NOOP("sync", "no"))
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)
