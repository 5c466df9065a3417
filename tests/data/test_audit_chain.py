"""The journal's hash chain: every kind of write keeps it whole, and editing or deleting entries in the
database file (as someone with the file and an SQLite shell would) is reported at the first broken link."""

import sqlite3

import pytest
from alembic import command

from crm_desktop.data import audit_chain, migrate
from crm_desktop.data.database import Database
from crm_desktop.services import audit, backups
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.customers import CustomerService


def tamper(db, *statements):
    db.close()
    con = sqlite3.connect(db.paths.database)
    for sql in statements:
        con.execute(sql)
    con.commit()
    con.close()
    return Database(db.paths)


def entries(db) -> int:
    with db.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM journal_entry").scalar()


def test_every_kind_of_write_keeps_the_chain_whole(demo_db, demo_service):
    assert audit.verify(demo_db) == {"ok": True, "entries": entries(demo_db)}
    cid, _ = demo_service.create({"name": "链条测试有限公司", "phone": "13800138000"})
    demo_service.update(cid, {"name": "链条测试（上海）有限公司", "level": "A"})
    demo_service.add_contact(cid, {"name": "王芳", "phone": "13900139000"})
    demo_service.add_activity(cid, "phone", "电话沟通")
    demo_service.set_tags(cid, ["VIP"])
    demo_service.delete([cid])
    demo_service.restore([cid])
    demo_service.undo()
    verdict = audit.verify(demo_db)
    assert verdict == {"ok": True, "entries": entries(demo_db)}
    with demo_db.connect() as conn:
        last = conn.exec_driver_sql("SELECT seq, chain_hash FROM journal_entry ORDER BY seq DESC LIMIT 1").one()
    assert demo_db.meta(audit_chain.HEAD_KEY) == f"{last[0]}:{last[1]}"


@pytest.mark.parametrize("sql, seq, problem", [
    # a field's recorded new value, quietly changed
    ("UPDATE journal_entry SET changes = replace(changes, 'example', 'exanple') WHERE seq = 40", 40,
     "entry_changed"),
    # who did it
    ("UPDATE journal_entry SET user_id = (SELECT id FROM app_user LIMIT 1) WHERE seq = 41", 41, "entry_changed"),
    # when
    ("UPDATE journal_entry SET at = '2020-01-01 00:00:00.000000' WHERE seq = 42", 42, "entry_changed"),
    # an entry removed from the middle: the gap is reported where the chain resumes
    ("DELETE FROM journal_entry WHERE seq = 43", 44, "entries_missing"),
    # the stored hash itself
    ("UPDATE journal_entry SET chain_hash = upper(chain_hash) WHERE seq = 45", 45, "entry_changed"),
])
def test_editing_or_deleting_an_entry_is_detected_at_its_link(demo_db, sql, seq, problem):
    db = tamper(demo_db, sql)
    verdict = audit.verify(db)
    db.close()
    assert verdict["ok"] is False
    assert (verdict["first_broken_seq"], verdict["problem"]) == (seq, problem)
    assert verdict["detail"]


def test_cutting_entries_off_the_end_or_the_head_is_detected(demo_db):
    last = entries(demo_db)
    db = tamper(demo_db, f"DELETE FROM journal_entry WHERE seq > {last - 3}")
    verdict = audit.verify(db)
    assert (verdict["ok"], verdict["problem"], verdict["first_broken_seq"]) == (False, "entries_missing", last - 2)
    assert f"{last - 2}..{last}" in verdict["detail"]
    db = tamper(db, "DELETE FROM local_meta WHERE key = 'audit_head'")
    assert audit.verify(db)["problem"] == "head_missing"
    db.close()


def test_marking_entries_synced_is_not_tampering(demo_db):
    db = tamper(demo_db, "UPDATE journal_entry SET synced_at = '2026-11-23 10:00:00.000000' WHERE seq < 100")
    assert audit.verify(db)["ok"] is True
    db.close()


def test_upgrading_an_older_database_links_its_existing_entries(demo_db, demo_paths):
    before = entries(demo_db)
    cfg = migrate.alembic_config()
    with demo_db.engine.begin() as conn:  # back to the schema before the chain existed
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    demo_db.close()
    con = sqlite3.connect(demo_paths.database)
    assert "chain_hash" not in [r[1] for r in con.execute("PRAGMA table_info(journal_entry)")]
    con.close()

    with Database(demo_paths) as db:  # opening migrates, and keeps a backup of the old file first
        assert db.migration == {"from": "0001", "to": migrate.head_revision()}
        assert audit.verify(db) == {"ok": True, "entries": before}
        service = CustomerService(db, ensure_local_user(db))
        written = entries(db)
        service.create({"name": "升级之后的客户"})
        assert audit.verify(db) == {"ok": True, "entries": written + 1}
    old = [b for b in backups.list_backups(demo_paths) if b.reason == "before-upgrade"]
    assert len(old) == 1 and backups.inspect(old[0].path)["revision"] == "0001"
