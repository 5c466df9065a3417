"""A database taken back to an earlier local schema revision, to test what an upgrade does to old data."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection

from crm_desktop.data import search_index
from crm_desktop.data.database import Database
from crm_desktop.data.migrate import alembic_config
from crm_desktop.paths import DataPaths
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.customers import CustomerService


def database_with_customers(folder, *customers: dict) -> tuple[DataPaths, list]:
    """A new database in `folder` holding these customers (created through the service), closed again; their
    ids in the same order."""
    paths = DataPaths(folder)
    paths.root.mkdir(parents=True)
    db = Database(paths)
    service = CustomerService(db, ensure_local_user(db))
    ids = [service.create(values)[0] for values in customers]
    db.close()
    return paths, ids


@contextmanager
def downgraded(paths: DataPaths, revision: str) -> Iterator[Connection]:
    """The (closed) database at `paths` downgraded to `revision`, as a connection inside that transaction; the
    app's SQL functions are registered, as the search indexes' statements need them. Opening it with Database
    afterwards upgrades it to the head again."""
    engine = create_engine(f"sqlite:///{paths.database}")
    event.listen(engine, "connect", lambda c, _r: search_index.register_functions(c))
    cfg = alembic_config()
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
            yield conn
    finally:
        engine.dispose()
