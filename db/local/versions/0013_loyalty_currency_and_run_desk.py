"""a loyalty rule's currency: a per-amount rule earns on payments in its own currency only (no exchange rates);
an automation run's source desk: a run is keyed on the desk whose journal held the change as well as on that
entry's number, since each desk numbers its own journal

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 06:40:00.000000
"""
import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place (SQLite's ADD COLUMN): the rules written so far were CNY rules, which the default keeps them.
    op.add_column('loyalty_rule', sa.Column('currency', sa.String(length=3), server_default='CNY', nullable=False))

    op.add_column('automation_run', sa.Column('source_device', sa.String(length=64), server_default='',
                                              nullable=False))
    # The runs this desk made are in its journal: they name this desk, so a pass repeated after the upgrade
    # (a crash before its cursor moved) still finds them. Runs pulled from other desks keep '', which matches
    # no desk's changes.
    op.execute("UPDATE automation_run SET source_device = (SELECT value FROM local_meta WHERE key = 'device_id') "
               "WHERE id IN (SELECT row_id FROM journal_entry WHERE entity = 'automation_run' AND kind = 'create') "
               "AND EXISTS (SELECT 1 FROM local_meta WHERE key = 'device_id')")
    op.drop_index('ux_automation_run_once', table_name='automation_run')
    op.create_index('ux_automation_run_once', 'automation_run',
                    ['rule_id', 'target_entity', 'target_id', 'source_device', 'source_action_id'], unique=True)


def downgrade() -> None:
    op.drop_index('ux_automation_run_once', table_name='automation_run')
    op.create_index('ux_automation_run_once', 'automation_run',
                    ['rule_id', 'target_entity', 'target_id', 'source_action_id'], unique=True)
    op.drop_column('automation_run', 'source_device')
    op.drop_column('loyalty_rule', 'currency')
