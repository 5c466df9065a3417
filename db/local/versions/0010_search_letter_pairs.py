"""search letter pairs: an index of the adjacent ASCII letter pairs of each customer's searchable text

Revision ID: 0010
Revises: 0009
"""
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Two Latin letters ("zs", "lm") are what people type for pinyin initials. The trigram index cannot answer
    # them, and a LIKE walk over the name order is slow when they are rare. Each customer's row holds the
    # distinct letter pairs of the trigram index's text ('zh ha an ng ...'), so such a query is one term
    # (crm_desktop/data/search_index.py); the rows need nothing but their rowids (detail=none). The statements
    # are spelled out so this migration keeps meaning what it meant; crm_latin_bigrams is registered on every
    # connection.
    op.execute("CREATE VIRTUAL TABLE customer_search_bigram USING fts5(pairs, tokenize='ascii', detail=none, "
               "columnsize=0)")
    op.execute("""INSERT INTO customer_search_bigram(rowid, pairs)
SELECT c.rowid, crm_latin_bigrams(s.c0, s.c1, s.c2, s.c3)
FROM customer c JOIN customer_search_content s ON s.id = c.rowid WHERE c.deleted_at IS NULL""")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS customer_search_bigram")
