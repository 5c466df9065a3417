"""The customer search index: one FTS5 trigram row per live customer (name, short name, phone digits,
e-mail, contact names and phones), rowid = the customer's rowid.

Trigram matching gives substring search for queries of three or more characters. Debian's SQLite returns
nothing, silently, for one- and two-character MATCH queries on a trigram index, so shorter queries use LIKE
over the same compact table instead of the wide customer table.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

TABLE = "customer_search"
CREATE_SQL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5("
              "name, phones, emails, contacts, tokenize='trigram')")
_COLUMNS = ("name", "phones", "emails", "contacts")
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]{3,}$")

# The text each column holds for one customer, built in SQL so the bulk rebuild and the per-row refresh
# cannot drift apart. Phones are stored as +86... and indexed by their national digits too.
_ROW_SELECT = """
SELECT c.rowid,
       c.name || ' ' || c.short_name,
       c.phone || ' ' || replace(c.phone, '+86', '') || ' ' ||
         coalesce((SELECT group_concat(replace(k.phone, '+86', ''), ' ') FROM contact k
                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''),
       c.email || ' ' || coalesce((SELECT group_concat(k.email, ' ') FROM contact k
                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''),
       coalesce((SELECT group_concat(k.name, ' ') FROM contact k
                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), '')
FROM customer c WHERE c.deleted_at IS NULL
"""


def is_search_table(name: str) -> bool:
    return name == TABLE or name.startswith(TABLE + "_")


def create(conn: Connection) -> None:
    conn.exec_driver_sql(CREATE_SQL)


def rebuild(conn: Connection) -> None:
    """Refill the whole index in one statement; used after bulk loads, where it beats per-row upkeep."""
    conn.exec_driver_sql(f"DELETE FROM {TABLE}")
    conn.exec_driver_sql(f"INSERT INTO {TABLE}(rowid, name, phones, emails, contacts) {_ROW_SELECT}")


def refresh(conn: Connection, customer_ids: Iterable[uuid.UUID]) -> None:
    ids = [i.hex for i in customer_ids]
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        conn.exec_driver_sql(
            f"DELETE FROM {TABLE} WHERE rowid IN (SELECT rowid FROM customer WHERE id IN ({marks}))",
            tuple(chunk))
        conn.exec_driver_sql(
            f"INSERT INTO {TABLE}(rowid, name, phones, emails, contacts) {_ROW_SELECT} AND c.id IN ({marks})",
            tuple(chunk))


def normalize_query(raw: str) -> str:
    q = " ".join(raw.split())
    if _PHONE_LIKE.match(q):
        q = re.sub(r"[\s\-()]", "", q)
        if q.startswith("+86"):
            q = q[3:]
    return q


# Above this many matches a query is "broad": walking the sort index and checking each row beats collecting
# and sorting every match. Below it, collecting the matches and sorting them is cheaper.
BROAD_MATCHES = 3000


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def match_clause(query: str) -> tuple[str, dict]:
    """SQL selecting the rowids of customers matching `query`, and its parameters."""
    q = normalize_query(query)
    if len(q) >= 3:
        return f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q", {"q": _phrase(q)}
    cond = " OR ".join(f"{col} LIKE :q ESCAPE '\\'" for col in _COLUMNS)
    return f"SELECT rowid FROM {TABLE} WHERE {cond}", {"q": _like(q)}


def _phrase(q: str) -> str:
    return '"' + q.replace('"', '""') + '"'


def condition(conn: Connection, query: str, *, row: str = "customer.rowid"):
    """A WHERE condition on the customer table for `query`, shaped by how many rows it matches.

    Narrow queries (most phone numbers, e-mails, distinctive names) select their matches from the trigram
    index and let SQLite sort the few rows. Broad ones (a city, "有限公司") and one- or two-character queries
    check each row while walking the sort index, so the first window stops after its rows are found
    instead of sorting hundreds of thousands of matches. Both give the same rows (trigram MATCH of a
    phrase is LIKE '%phrase%' on the same columns, case-insensitive for ASCII).
    """
    q = normalize_query(query)
    per_row = " OR ".join(f"s.{col} LIKE :like ESCAPE '\\'" for col in _COLUMNS)
    broad = text(f"EXISTS (SELECT 1 FROM {TABLE} s WHERE s.rowid = {row} AND ({per_row}))").bindparams(
        like=_like(q))
    if len(q) < 3:
        return broad
    found = conn.execute(text(f"SELECT count(*) FROM (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q "
                              f"LIMIT :cap)"), {"q": _phrase(q), "cap": BROAD_MATCHES + 1}).scalar()
    if found > BROAD_MATCHES:
        return broad
    return text(f"{row} IN (SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q)").bindparams(q=_phrase(q))


def count_rows(conn: Connection) -> int:
    return conn.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one()
