"""Shared fixtures. Qt runs offscreen; a template database is migrated once per session and copied per test
(real schema, fast tests)."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from crm_desktop.data.database import Database  # noqa: E402
from crm_desktop.paths import DataPaths  # noqa: E402
from crm_desktop.services.context import ensure_local_user  # noqa: E402
from crm_desktop.services.customers import CustomerService  # noqa: E402
from crm_desktop.services.demo import seed  # noqa: E402


class TickingClock:
    """A controllable clock: each call moves one millisecond, so ordering by time is deterministic."""

    def __init__(self, start=datetime(2026, 11, 1, 9, 0, 0)):
        self.current = start

    def __call__(self) -> datetime:
        self.current += timedelta(milliseconds=1)
        return self.current


class MemoryKeyring:
    """An in-memory OS keyring (headless Linux has none); a real keyring.backend.KeyringBackend subclass is
    built lazily so importing the tests does not need keyring's backends."""

    def __new__(cls):
        from keyring.backend import KeyringBackend

        class _Memory(KeyringBackend):
            priority = 1

            def __init__(self):
                super().__init__()
                self.items: dict = {}

            def get_password(self, service, username):
                return self.items.get((service, username))

            def set_password(self, service, username, password):
                self.items[(service, username)] = password

            def delete_password(self, service, username):
                self.items.pop((service, username), None)

        return _Memory()


@pytest.fixture
def keyring_store():
    from crm_desktop.credentials import CredentialStore
    return CredentialStore(MemoryKeyring())


@pytest.fixture
def no_keyring_store():
    from keyring.backends import fail

    from crm_desktop.credentials import CredentialStore
    return CredentialStore(fail.Keyring())


@pytest.fixture(scope="session")
def template_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("template")
    Database(DataPaths(root), lock=False).close()
    return root


@pytest.fixture(scope="session")
def demo_template_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("demo-template")
    db = Database(DataPaths(root), lock=False)
    seed(db, 600)
    db.close()
    return root


def _copy(src, dst) -> DataPaths:
    dst.mkdir(parents=True, exist_ok=True)
    for name in ("crm.sqlite3", "crm.sqlite3-wal", "crm.sqlite3-shm"):
        if (src / name).exists():
            shutil.copy2(src / name, dst / name)
    return DataPaths(dst)


@pytest.fixture
def data_paths(template_dir, tmp_path) -> DataPaths:
    return _copy(template_dir, tmp_path / "data")


@pytest.fixture
def demo_paths(demo_template_dir, tmp_path) -> DataPaths:
    return _copy(demo_template_dir, tmp_path / "demo")


@pytest.fixture
def db(data_paths):
    database = Database(data_paths, now=TickingClock())
    yield database
    database.close()


@pytest.fixture
def demo_db(demo_paths):
    database = Database(demo_paths, now=TickingClock())
    yield database
    database.close()


@pytest.fixture
def service(db) -> CustomerService:
    return CustomerService(db, ensure_local_user(db))


@pytest.fixture
def demo_service(demo_db) -> CustomerService:
    return CustomerService(demo_db, ensure_local_user(demo_db))


# -- a real SMTP server on loopback (tests/data/smtp_server.py), for the e-mail tests of every layer ------------
@pytest.fixture
def handler():
    """What the loopback SMTP server accepted, and the failures to inject per address."""
    from tests.data.smtp_server import Handler
    return Handler()


@pytest.fixture
def smtp(handler):
    from tests.data.smtp_server import start_server
    controller = start_server(handler)
    yield controller
    controller.stop()


@pytest.fixture
def beijing_time():
    """The process's local time zone is Asia/Shanghai (UTC+8) for the test, as on a rep's PC in China; the
    machines that run the tests are usually on UTC, where showing a stored UTC time as it is looks right."""
    import os
    import time
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Asia/Shanghai"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()
