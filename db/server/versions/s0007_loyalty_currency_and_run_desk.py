"""server schema: a loyalty rule's currency (issue 9) — a per-amount rule earns on payments in its own
currency only — and an automation run's source desk, part of the run's unique key (each desk numbers its own
journal, so two desks' changes of one record can carry the same number). Clients from before them (local
schema 0012) would read a USD rule as a CNY one and key runs without their desk: they may no longer sync

Revision ID: s0007
Revises: s0006
"""
from alembic import op

revision = 's0007'
down_revision = 's0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The rules written so far were CNY rules (payments in other currencies earned nothing).
    op.execute("ALTER TABLE loyalty_rule ADD COLUMN currency VARCHAR(3) DEFAULT 'CNY' NOT NULL")
    # Runs written so far keep '' (no desk): unique among themselves as before, and matching no desk's changes.
    op.execute("ALTER TABLE automation_run ADD COLUMN source_device VARCHAR(64) DEFAULT '' NOT NULL")
    op.execute("DROP INDEX ux_automation_run_once")
    op.execute("CREATE UNIQUE INDEX ux_automation_run_once ON automation_run "
               "(rule_id, target_entity, target_id, source_device, source_action_id)")
    op.execute("UPDATE server_meta SET value = '0013' WHERE key = 'min_client_schema' AND value < '0013'")


def downgrade() -> None:
    op.execute("UPDATE server_meta SET value = '0012' WHERE key = 'min_client_schema' AND value = '0013'")
    op.execute("DROP INDEX ux_automation_run_once")
    op.execute("CREATE UNIQUE INDEX ux_automation_run_once ON automation_run "
               "(rule_id, target_entity, target_id, source_action_id)")
    op.execute("ALTER TABLE automation_run DROP COLUMN source_device")
    op.execute("ALTER TABLE loyalty_rule DROP COLUMN currency")
