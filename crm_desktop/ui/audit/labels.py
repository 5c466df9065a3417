"""Words for the journal's entity and operation names (stored in English identifiers, shown translated)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

ENTITIES = {
    "customer": QT_TRANSLATE_NOOP("journal", "Customer"), "contact": QT_TRANSLATE_NOOP("journal", "Contact"),
    "activity": QT_TRANSLATE_NOOP("journal", "Follow-up"), "tag": QT_TRANSLATE_NOOP("journal", "Tag"),
    "customer_tag": QT_TRANSLATE_NOOP("journal", "Customer tag"),
    "department": QT_TRANSLATE_NOOP("journal", "Department"), "app_user": QT_TRANSLATE_NOOP("journal", "User"),
    "role": QT_TRANSLATE_NOOP("journal", "Role"), "user_role": QT_TRANSLATE_NOOP("journal", "User role"),
    "session": QT_TRANSLATE_NOOP("journal", "Sign-in"), "credential": QT_TRANSLATE_NOOP("journal", "Credentials"),
    "lookup": QT_TRANSLATE_NOOP("journal", "List entry"), "app_setting": QT_TRANSLATE_NOOP("journal", "Setting"),
    "pool": QT_TRANSLATE_NOOP("journal", "Public pool"),
}
KINDS = {
    "create": QT_TRANSLATE_NOOP("journal", "Created"), "update": QT_TRANSLATE_NOOP("journal", "Changed"),
    "delete": QT_TRANSLATE_NOOP("journal", "Deleted"), "restore": QT_TRANSLATE_NOOP("journal", "Restored"),
    "claim": QT_TRANSLATE_NOOP("journal", "Claimed from the pool"),
    "release": QT_TRANSLATE_NOOP("journal", "Released to the pool"),
    "login": QT_TRANSLATE_NOOP("journal", "Signed in"), "login_failed": QT_TRANSLATE_NOOP("journal", "Sign-in failed"),
    "lockout": QT_TRANSLATE_NOOP("journal", "Account locked"), "logout": QT_TRANSLATE_NOOP("journal", "Signed out"),
    "password_set": QT_TRANSLATE_NOOP("journal", "Password set"),
    "password_changed": QT_TRANSLATE_NOOP("journal", "Password changed"),
    "password_reset": QT_TRANSLATE_NOOP("journal", "Password reset by an administrator"),
    "totp_enabled": QT_TRANSLATE_NOOP("journal", "Two-step verification on"),
    "totp_disabled": QT_TRANSLATE_NOOP("journal", "Two-step verification off"),
}


def entity_label(entity: str) -> str:
    return QCoreApplication.translate("journal", ENTITIES[entity]) if entity in ENTITIES else entity


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("journal", KINDS[kind]) if kind in KINDS else kind
