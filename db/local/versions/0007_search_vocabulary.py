"""search vocabulary: how many customers hold each indexed Chinese character

Revision ID: 0007
Revises: 0006
"""
from alembic import op


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # fts5vocab reads the index's own term statistics: how many customers a one-character query matches is
    # one lookup, so a very common character (王, 张) goes straight to the plan for broad queries instead of
    # counting tens of thousands of matches first (crm_desktop/data/search_index.py).
    op.execute("CREATE VIRTUAL TABLE customer_search_cjk_vocab USING fts5vocab(customer_search_cjk, row)")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS customer_search_cjk_vocab")
