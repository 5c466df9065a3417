"""Bring the local database to the newest schema at start-up (Alembic, local tree under db/local)."""

from __future__ import annotations

import functools

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from ..paths import migrations_dir


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir("local")))
    return cfg


@functools.cache
def head_revision() -> str:
    # Read once per process: the scripts do not change under a running app, and reading them (compiling every
    # migration) cost a sync with nothing to do half its time.
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def pending(engine: Engine) -> bool:
    """True when an existing database is older than the code (a new, empty one is not "pending")."""
    current = current_revision(engine)
    return current is not None and current != head_revision()


def upgrade(engine: Engine) -> dict:
    before = current_revision(engine)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return {"from": before, "to": head_revision()}
