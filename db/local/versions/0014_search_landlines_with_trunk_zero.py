"""search landlines as written at home: a Chinese landline is indexed with its trunk 0 too (057188881234)

Revision ID: 0014
Revises: 0013
"""
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


# People write a landline with the trunk 0 before the area code ("0571-8888 1234", "(010)88881234"); it is
# stored as +86 571 8888 1234 and was indexed as 57188881234, so such a search found nothing. The index text now
# also holds ' 0' + the national number for every +86 number that is not a mobile (crm_desktop/data/
# search_index.py); only customers with such a number (their own, or a live contact's) get a new index row, since
# for everyone else the text is unchanged. The statements are spelled out so this migration keeps meaning what it
# meant.
def _landline(column: str) -> str:
    return f"({column} LIKE '+86%' AND NOT (length({column}) = 14 AND substr({column}, 4, 1) = '1'))"


def _trunk(column: str, on: bool) -> str:
    if not on:
        return ""
    return f" || (CASE WHEN {_landline(column)} THEN ' 0' || substr({column}, 4) ELSE '' END)"


def _affected() -> str:
    return (f"SELECT c.rowid FROM customer c WHERE c.deleted_at IS NULL AND ({_landline('c.phone')} OR "
            f"{_landline('c.mobile')} OR EXISTS (SELECT 1 FROM contact k WHERE k.customer_id = c.id AND "
            f"k.deleted_at IS NULL AND ({_landline('k.phone')} OR {_landline('k.mobile')} OR "
            f"{_landline('k.other_phone')})))")


def _reindex(with_trunk: bool) -> None:
    t = lambda column: _trunk(column, with_trunk)  # noqa: E731
    op.execute("CREATE TEMP TABLE landline_customer AS " + _affected())
    op.execute("DELETE FROM customer_search WHERE rowid IN (SELECT rowid FROM landline_customer)")
    op.execute(f"""INSERT INTO customer_search(rowid, name, phones, emails, contacts)
SELECT c.rowid,
       c.name || ' ' || c.short_name || ' ' || c.credit_code,
       c.phone || ' ' || replace(c.phone, '+86', ''){t('c.phone')} || ' ' || replace(c.mobile, '+86', '')
         {t('c.mobile')} || ' ' ||
         coalesce((SELECT group_concat(replace(k.phone, '+86', ''){t('k.phone')} || ' '
                                       || replace(k.mobile, '+86', ''){t('k.mobile')} || ' '
                                       || replace(k.other_phone, '+86', ''){t('k.other_phone')}, ' ')
                   FROM contact k WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''),
       c.email || ' ' || coalesce((SELECT group_concat(k.email, ' ') FROM contact k
                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''),
       coalesce((SELECT group_concat(k.name, ' ') FROM contact k
                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), '')
FROM customer c WHERE c.rowid IN (SELECT rowid FROM landline_customer)""")
    # The letter-pair index is read from this text, but digits hold no letter pairs: its rows stay as they are.
    op.execute("DROP TABLE landline_customer")


def upgrade() -> None:
    _reindex(with_trunk=True)


def downgrade() -> None:
    _reindex(with_trunk=False)
