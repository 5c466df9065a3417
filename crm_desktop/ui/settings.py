"""Settings declared once (key, type, default), stored in an INI file in the data folder. Versioned upgrade
functions rename or convert old keys, so a setting never silently resets after an update."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object


LANGUAGE = Setting("ui/language", str, "")
MAIN_GEOMETRY = Setting("main_window/geometry", QByteArray, QByteArray())
MAIN_STATE = Setting("main_window/state", QByteArray, QByteArray())
CUSTOMER_HEADER = Setting("customers/header", QByteArray, QByteArray())
CUSTOMER_SORT = Setting("customers/sort", str, "name")
CUSTOMER_SORT_DESC = Setting("customers/sort_desc", bool, False)
# Saved views of the customer list: JSON {name: {search, owner_id, tag_id, city, industry, level, status, source}}.
CUSTOMER_VIEWS = Setting("customers/views", str, "{}")
SYNC_INTERVAL_MINUTES = Setting("sync/interval_minutes", int, 5)  # automatic sync while connected; 0 = off
SCHEMA_VERSION = 1

# Upgrades from version N to N+1; each receives the QSettings to migrate in place.
UPGRADES: dict[int, callable] = {}


class Settings:
    def __init__(self, path: Path):
        self.path = path
        self._q = QSettings(str(path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(self._q.value("meta/version", 0) or 0)
        if version == 0:
            self._q.setValue("meta/version", SCHEMA_VERSION)
            return
        while version < SCHEMA_VERSION:
            UPGRADES[version](self._q)
            version += 1
            self._q.setValue("meta/version", version)

    def get(self, setting: Setting):
        value = self._q.value(setting.key, setting.default)
        if setting.type is bool and isinstance(value, str):
            return value.lower() == "true"
        if value is None:
            return setting.default
        if setting.type in (str, int) and not isinstance(value, setting.type):
            try:
                return setting.type(value)
            except (TypeError, ValueError):
                return setting.default
        return value

    def set(self, setting: Setting, value) -> None:
        self._q.setValue(setting.key, value)

    def sync(self) -> None:
        self._q.sync()
