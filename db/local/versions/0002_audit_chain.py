"""journal entries carry a chained hash (tamper-evident audit trail)

Revision ID: 0002
Revises: 0001

Entries written before this revision get their links here, in seq order, and the head is recorded, so an
upgraded database verifies like a new one.
"""
import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from crm_desktop.data import audit_chain

    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_hash', sa.String(length=64), nullable=True))

    conn = op.get_bind()
    execute = conn.exec_driver_sql
    previous, last_seq, batch = audit_chain.GENESIS, 0, []
    columns = ("seq", "op_id", "action_id", "entity", "row_id", "kind", "changes", "base_version", "hlc",
               "user_id", "device_id", "at")
    for row in execute(f"SELECT {', '.join(columns)} FROM journal_entry ORDER BY seq").fetchall():
        entry = dict(zip(columns, row))
        previous = audit_chain.link(previous, entry)
        last_seq = entry["seq"]
        batch.append((previous, last_seq))
        if len(batch) >= 10000:
            execute("UPDATE journal_entry SET chain_hash = ? WHERE seq = ?", batch)
            batch = []
    if batch:
        execute("UPDATE journal_entry SET chain_hash = ? WHERE seq = ?", batch)
    if last_seq:
        execute("INSERT INTO local_meta(key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (audit_chain.HEAD_KEY, f"{last_seq}:{previous}"))


def downgrade() -> None:
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_column('chain_hash')
    op.get_bind().exec_driver_sql("DELETE FROM local_meta WHERE key = 'audit_head'")
