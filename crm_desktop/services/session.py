"""Opening a data folder for the app: the UI asks for a Database through here, never from the data layer."""

from __future__ import annotations

from ..data.database import Database
from ..paths import DataPaths


def open_database(paths: DataPaths) -> Database:
    return Database(paths)
