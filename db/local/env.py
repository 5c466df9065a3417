"""Alembic environment for the local SQLite replica. Run from crm_desktop.data.migrate, which hands over an
open connection; batch mode because SQLite cannot ALTER most things in place."""

from alembic import context

from crm_desktop.data.models import Base
from crm_desktop.data import kb_index, search_index

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 search index and its shadow tables are created by raw SQL in the migrations.
    return not (type_ == "table" and (search_index.is_search_table(name) or kb_index.is_search_table(name)))


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True,
                      include_object=include_object, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
