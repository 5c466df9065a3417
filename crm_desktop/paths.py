"""Where things live: the user's data folder (platformdirs or --data-dir) and bundled resources, which are
found beside the package when running from source and under sys._MEIPASS when frozen by PyInstaller."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "crm-desktop"


def bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) if frozen else Path(__file__).resolve().parent.parent


def resource(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def cache_dir() -> Path:
    """Per-user cache (compiled translations); independent of the data folder, which may be unusable."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def migrations_dir(tree: str = "local") -> Path:
    return bundle_root().joinpath("db", tree)


@dataclass(frozen=True)
class DataPaths:
    root: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike | None) -> DataPaths:
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))

    @property
    def database(self) -> Path:
        return self.root / "crm.sqlite3"

    @property
    def lock(self) -> Path:
        return self.root / "crm.lock"

    @property
    def settings(self) -> Path:
        return self.root / "settings.ini"

