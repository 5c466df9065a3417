"""Storage faults give a StorageError with a code (never a traceback), and a killed writer never corrupts."""

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import text

from crm_desktop.data.database import Database
from crm_desktop.domain.errors import StorageError
from crm_desktop.paths import DataPaths


def test_corrupt_database_file(tmp_path):
    paths = DataPaths(tmp_path)
    paths.database.write_bytes(b"this is not a database, just bytes" * 100)
    with pytest.raises(StorageError) as info:
        Database(paths)
    assert info.value.code == "database_corrupt"
    assert paths.database.read_bytes().startswith(b"this is not a database")  # left untouched


def test_folder_that_cannot_be_created(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(StorageError) as info:
        Database(DataPaths(blocker / "data"))
    assert info.value.code == "folder_not_writable"


def test_second_instance_on_the_same_folder(data_paths):
    first = Database(data_paths)
    try:
        with pytest.raises(StorageError) as info:
            Database(data_paths)
        assert info.value.code == "database_in_use"
    finally:
        first.close()
    Database(data_paths).close()  # released on close


WRITER = textwrap.dedent("""
    import sys
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.customers import CustomerService
    db = Database(DataPaths.resolve(sys.argv[1]))
    svc = CustomerService(db, ensure_local_user(db))
    print("ready", flush=True)
    i = 0
    while True:
        cid, _ = svc.create({"name": f"客户{i}", "phone": "13800000000"})
        svc.update(cid, {"city": "杭州"})
        svc.add_contact(cid, {"name": f"联系人{i}"})
        i += 1
""")


def test_killing_the_app_mid_write_never_corrupts(tmp_path):
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    time.sleep(1.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    db = Database(DataPaths(tmp_path))
    try:
        with db.connect() as conn:
            assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            customers = conn.execute(text("SELECT count(*) FROM customer")).scalar()
            assert customers > 5
            # Each committed customer has its journal entry: data and journal commit together or not at all.
            unjournaled = conn.execute(text(
                "SELECT count(*) FROM customer c WHERE NOT EXISTS (SELECT 1 FROM journal_entry j "
                "WHERE j.row_id = c.id AND j.kind = 'create')")).scalar()
            assert unjournaled == 0
            indexed = conn.execute(text("SELECT count(*) FROM customer_search")).scalar()
            assert indexed == customers
    finally:
        db.close()
    assert not os.path.exists(tmp_path / "crm.sqlite3-journal")
