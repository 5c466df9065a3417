"""Backups and restore against real SQLite files: consistent snapshots while the app writes, round trips
that reproduce the content exactly, rotation, and refusals that leave the current database untouched."""

import sqlite3
from datetime import datetime, timedelta

import pytest

from crm_desktop.data import migrate
from crm_desktop.data.database import Database
from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.domain.errors import StorageError
from crm_desktop.services import backups
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.customers import CustomerService


def content(path) -> dict:
    """Every table's rows, in a stable order: what "the same database" means for a restore."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: sorted(con.execute(f"SELECT * FROM \"{t}\"").fetchall(), key=repr) for t in tables}
    finally:
        con.close()


def test_backup_then_restore_round_trips_the_content(demo_db, demo_service, demo_paths):
    # Written through the app and still in the WAL: the online backup must include it.
    new_id, _ = demo_service.create({"name": "备份之前的客户", "phone": "13800001111"})
    info = backups.take(demo_paths, "manual")
    assert info.reason == "manual" and info.path.parent == backups.backup_dir(demo_paths)
    snapshot = content(info.path)
    assert any(new_id.hex in row for row in snapshot["customer"])
    demo_service.delete([new_id])
    later_id, _ = demo_service.create({"name": "备份之后的客户"})
    demo_db.close()
    before_restore = content(demo_paths.database)

    facts = backups.restore(demo_paths, info.path)

    assert content(demo_paths.database) == snapshot
    assert facts["customers"] == 601 and facts["revision"] == migrate.head_revision()
    # The database it replaced is kept, exactly, as a "before-restore" backup.
    safety = [b for b in backups.list_backups(demo_paths) if b.reason == "before-restore"]
    assert len(safety) == 1 and str(safety[0].path) == facts["safety_backup"]
    assert content(safety[0].path) == before_restore
    # The restored database opens and works: the later customer is gone, the earlier one is back.
    with Database(demo_paths) as reopened:
        service = CustomerService(reopened, ensure_local_user(reopened))
        assert [r.id for r in service.search("备份之前的客户")] == [new_id]
        assert service.search("备份之后的客户") == []
        assert service.count(CustomerFilter()) == 601
    assert later_id


@pytest.mark.parametrize("damage", ["garbage", "truncated", "foreign", "missing"])
def test_a_bad_backup_is_refused_and_the_database_is_untouched(demo_db, demo_paths, tmp_path, damage):
    demo_db.close()
    before = content(demo_paths.database)
    bad = tmp_path / "bad.sqlite3"
    if damage == "garbage":
        bad.write_bytes(b"this is not a database at all" * 100)
    elif damage == "truncated":
        good = backups.take(demo_paths, "manual").path
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 3])
    elif damage == "foreign":
        con = sqlite3.connect(bad)
        con.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT)")
        con.commit()
        con.close()
    with pytest.raises(StorageError) as caught:
        backups.restore(demo_paths, bad)
    assert caught.value.code == "backup_invalid"
    assert caught.value.args_map["path"] == str(bad) and caught.value.args_map["detail"]
    assert content(demo_paths.database) == before
    assert not [b for b in backups.list_backups(demo_paths) if b.reason == "before-restore"]


def test_restore_refuses_while_the_database_is_open(demo_db, demo_paths):
    info = backups.take(demo_paths, "manual")
    with pytest.raises(StorageError) as caught:
        backups.restore(demo_paths, info.path)
    assert caught.value.code == "database_in_use"


def test_rotation_keeps_the_newest_backups_of_each_reason(db, data_paths):
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(backups.KEEP["auto"] + 3):
        backups.take(data_paths, "auto", now=start + timedelta(days=day))
    backups.take(data_paths, "manual", now=start)
    kept = backups.list_backups(data_paths)
    autos = [b.taken_at for b in kept if b.reason == "auto"]
    assert autos == [start + timedelta(days=d) for d in range(backups.KEEP["auto"] + 2, 2, -1)]
    assert [b.reason for b in kept].count("manual") == 1  # other reasons are rotated separately


def test_an_automatic_backup_is_due_once_a_day(db, data_paths):
    now = datetime(2026, 11, 20, 12, 0)
    assert backups.auto_backup_due(data_paths, now=now)
    backups.take(data_paths, "auto", now=now)
    assert not backups.auto_backup_due(data_paths, now=now + timedelta(hours=23))
    assert backups.auto_backup_due(data_paths, now=now + backups.AUTO_EVERY)


def test_opening_a_database_that_needs_a_migration_backs_it_up_first(data_paths, monkeypatch):
    monkeypatch.setattr(migrate, "pending", lambda engine: True)
    Database(data_paths).close()
    assert [b.reason for b in backups.list_backups(data_paths)] == ["before-upgrade"]
    monkeypatch.undo()
    Database(data_paths).close()  # up to date: no further backup
    assert len(backups.list_backups(data_paths)) == 1
