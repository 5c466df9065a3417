"""report indexes: what the home dashboard and the report panes read at 1M customers and 10M follow-ups

New customers and follow-ups of a period (for everyone, an owner or a department), overdue follow-ups, the
customer base by region and by source, opportunities closed in a period and the open pipeline by expected
close (covering), payments received in a period (for everyone or an owner), leads raised in a period, and
the few contracts not in yuan (crm_desktop/services/report_figures.py). Partial on live rows, like the list
indexes. The same indexes are declared in the models' __table_args__ (tests/data/test_schema.py compares).

Revision ID: 0011
Revises: 0010
"""
import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

LIVE = "deleted_at IS NULL"

# (table, index name, columns), spelled out so this revision keeps meaning what it meant.
INDEXES = (
    ("customer", "ix_customer_live_owner_created", ["owner_id", "created_at"]),
    ("customer", "ix_customer_live_department_created", ["department_id", "created_at"]),
    ("customer", "ix_customer_live_follow_up", ["next_follow_up", "owner_id"]),
    ("customer", "ix_customer_live_owner_follow_up", ["owner_id", "next_follow_up"]),
    ("customer", "ix_customer_live_province", ["province"]),
    ("customer", "ix_customer_live_source", ["source"]),
    ("activity", "ix_activity_live_time", ["happened_at"]),
    ("activity", "ix_activity_live_owner_time", ["owner_id", "happened_at"]),
    ("activity", "ix_activity_live_department_time", ["department_id", "happened_at"]),
    ("opportunity", "ix_opportunity_live_closed", ["closed_at", "status", "currency", "amount", "stage_id",
                                                   "pipeline_id", "owner_id", "department_id"]),
    ("opportunity", "ix_opportunity_live_forecast", ["status", "expected_close", "currency", "amount", "probability",
                                                     "owner_id", "department_id"]),
    ("payment", "ix_payment_live_received", ["received_on"]),
    ("payment", "ix_payment_live_owner_received", ["owner_id", "received_on"]),
    ("lead", "ix_lead_live_created", ["created_at"]),
)


# Money in other currencies is left out of the figures: the contracts not in yuan, found without a scan.
FOREIGN = ("contract", "ix_contract_foreign_currency", ["id"], "currency != 'CNY'")


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False, sqlite_where=sa.text(LIVE),
                        postgresql_where=sa.text(LIVE))
    table, name, columns, where = FOREIGN
    op.create_index(name, table, columns, unique=False, sqlite_where=sa.text(where), postgresql_where=sa.text(where))


def downgrade() -> None:
    op.drop_index(FOREIGN[1], table_name=FOREIGN[0])
    for table, name, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
