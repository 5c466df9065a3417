"""search and sort names in half width: full-width letters, digits and brackets (ＩＢＭ, （分公司）) read as ASCII

Revision ID: 0015
Revises: 0014
"""
from alembic import op
from sqlalchemy import text

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


# A name typed or imported in full width (ＩＢＭ中国, 华信科技（分公司）) was found only by a query typed the same way,
# sorted after every Latin name, and was no duplicate of the same name in ASCII. The index now holds names, short
# names, credit codes and contact names in half width (crm_half_width, registered on every connection), queries
# are read so, and the name's sort key is made from the half-width name (crm_desktop/domain/sort_keys.py). Only
# customers with such text are touched: for everyone else the text and the key are unchanged. The statements are
# spelled out so this migration keeps meaning what it meant.
_HALF = {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}


def _functions() -> None:
    """The app registers these on its connections; registered here too so that a bare Alembic connection (a
    downgrade run by hand) can run this migration."""
    from crm_desktop.data.search_index import latin_bigrams
    raw = op.get_bind().connection.driver_connection
    raw.create_function("crm_half_width", 1, lambda v: v.translate(_HALF) if v else v, deterministic=True)
    raw.create_function("crm_latin_bigrams", -1, latin_bigrams, deterministic=True)


def _differs(value: str) -> str:
    return f"crm_half_width({value}) IS NOT {value}"


_NAME_TEXT = "c.name || ' ' || c.short_name || ' ' || c.credit_code"
_AFFECTED = (f"SELECT c.rowid FROM customer c WHERE c.deleted_at IS NULL AND ({_differs(_NAME_TEXT)} "
             f"OR EXISTS (SELECT 1 FROM contact k WHERE k.customer_id = c.id AND k.deleted_at IS NULL AND "
             f"{_differs('k.name')}))")


def _landline(column: str) -> str:
    return f"({column} LIKE '+86%' AND NOT (length({column}) = 14 AND substr({column}, 4, 1) = '1'))"


def _phone(column: str, national: bool = True) -> str:
    plain = f"replace({column}, '+86', '')" if national else column
    return f"{plain} || (CASE WHEN {_landline(column)} THEN ' 0' || substr({column}, 4) ELSE '' END)"


def _reindex(half: bool) -> None:
    _functions()
    fold = (lambda value: f"crm_half_width({value})") if half else (lambda value: value)  # noqa: E731
    op.execute("CREATE TEMP TABLE full_width_customer AS " + _AFFECTED)
    for table in ("customer_search", "customer_search_bigram"):
        op.execute(f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM full_width_customer)")
    contacts = ("(SELECT group_concat({}, ' ') FROM contact k WHERE k.customer_id = c.id AND "
                "k.deleted_at IS NULL)")
    op.execute(f"""INSERT INTO customer_search(rowid, name, phones, emails, contacts)
SELECT c.rowid,
       {fold(_NAME_TEXT)},
       c.phone || ' ' || {_phone('c.phone')} || ' ' || {_phone('c.mobile')} || ' ' ||
         coalesce({contacts.format(_phone('k.phone') + " || ' ' || " + _phone('k.mobile') + " || ' ' || "
                                   + _phone('k.other_phone'))}, ''),
       c.email || ' ' || coalesce({contacts.format('k.email')}, ''),
       {fold(f"coalesce({contacts.format('k.name')}, '')")}
FROM customer c WHERE c.rowid IN (SELECT rowid FROM full_width_customer)""")
    # The letter-pair index is read from that text: ＩＢＭ held no ASCII letter pairs, IBM does.
    op.execute("""INSERT INTO customer_search_bigram(rowid, pairs)
SELECT c.rowid, crm_latin_bigrams(s.c0, s.c1, s.c2, s.c3)
FROM customer c JOIN customer_search_content s ON s.id = c.rowid
WHERE c.rowid IN (SELECT rowid FROM full_width_customer)""")
    op.execute("DROP TABLE full_width_customer")


def upgrade() -> None:
    _reindex(half=True)
    from crm_desktop.domain.sort_keys import pinyin_key
    conn = op.get_bind()
    keys = [{"r": rowid, "k": pinyin_key(name)} for rowid, name in conn.execute(text(
        f"SELECT rowid, name FROM customer WHERE {_differs('name')}"))]
    if keys:
        conn.execute(text("UPDATE customer SET name_key = :k WHERE rowid = :r"), keys)


def downgrade() -> None:
    # The sort keys stay in half width: the older code reads them as any other key.
    _reindex(half=False)
