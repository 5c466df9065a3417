"""Alembic environment for the shared PostgreSQL server database. Run from crm_desktop.sync.provision, which
hands over an open connection (as the database owner). The server tree is separate from the local one: the
server has its own tables (login mapping, applied operations, the journal copy, row moves), row-level
security and functions, and it is upgraded by an administrator (`crm-desktop server upgrade`)."""

from alembic import context

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(connection=connection, target_metadata=None, version_table="server_alembic_version")
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
