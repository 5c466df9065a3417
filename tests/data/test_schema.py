"""The migrated database is exactly the models, and SQLite runs with the settings crash safety needs."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from crm_desktop.data import migrate
from crm_desktop.data.models import BUSINESS_MODELS, Base, SyncRow

SYNC_COLUMNS = {"id", "created_at", "created_by", "updated_at", "updated_by", "deleted_at", "owner_id",
                "department_id", "version"}


def test_upgraded_empty_database_matches_the_models(db):
    from importlib import import_module
    searched = (import_module("crm_desktop.data.search_index").is_search_table,
                import_module("crm_desktop.data.kb_index").is_search_table)

    def include(name):
        return any(check(name) for check in searched)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={
            "include_object": lambda o, name, type_, r, c: not (type_ == "table" and include(name)),
            "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    assert diff == []
    assert migrate.current_revision(db.engine) == migrate.head_revision()


def test_every_business_table_has_the_sync_columns():
    for entity, model in BUSINESS_MODELS.items():
        assert issubclass(model, SyncRow)
        assert SYNC_COLUMNS <= set(model.__table__.columns.keys()), entity


def test_every_table_in_metadata_is_business_or_declared_local():
    local_only = {"journal_action", "journal_entry", "local_meta", "credential", "remember_token", "sync_issue"}
    business = {m.__tablename__ for m in BUSINESS_MODELS.values()}
    assert set(Base.metadata.tables) == business | local_only


def test_sqlite_runs_in_wal_with_foreign_keys(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_upgrade_is_idempotent(db):
    assert migrate.upgrade(db.engine) == {"from": migrate.head_revision(), "to": migrate.head_revision()}


def test_every_table_is_synced_or_declared_local_only():
    """A new business table must say how it syncs (registry.SYNCED) or why it stays local (LOCAL_ONLY)."""
    from crm_desktop.sync.registry import LOCAL_ONLY, SYNCED
    tables = set(Base.metadata.tables)
    synced = {BUSINESS_MODELS[e].__tablename__ for e in SYNCED}
    assert synced & set(LOCAL_ONLY) == set()
    assert tables == synced | set(LOCAL_ONLY), tables ^ (synced | set(LOCAL_ONLY))
    assert set(SYNCED) == set(BUSINESS_MODELS)
