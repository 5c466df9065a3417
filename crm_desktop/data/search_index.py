"""The customer search index: one FTS5 trigram row per live customer (name, short name, phone digits,
e-mail, contact names and phones), rowid = the customer's rowid.

Trigram matching gives substring search for queries of three or more characters; a trigram index cannot
answer one- and two-character queries (SQLite returns nothing, silently). Those matter in Chinese: most
given names, and many surname + given name pairs, are two characters (韩军). A second index,
`customer_search_cjk`, holds the name and contact names with every Chinese character as its own token
(unicode61 over text spaced by `cjk_spaced`), so a 1–2 character Chinese query is an FTS phrase query.
Two Latin letters ("zs", "lm") are often pinyin initials, which can be sparse; a third index,
`customer_search_bigram`, holds every pair of adjacent ASCII letters of the trigram index's text (case-folded,
each pair a token), so "zs" as text is a term query, cheap to count before choosing a plan. Other short
queries (one character, digits: "a", "13") are rarely narrow and check rows with LIKE while walking the sort
index.
"""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.engine import Connection

from ..domain.sort_keys import pinyin_tokens
from ..domain.widths import FULL_WIDTH_CLASS, half_width

TABLE = "customer_search"
CJK_TABLE = "customer_search_cjk"
CJK_VOCAB = "customer_search_cjk_vocab"  # fts5vocab over CJK_TABLE: documents per character
_COLUMNS = ("name", "phones", "emails", "contacts")
_PHONE_LIKE = re.compile(r"^\+?[\d\s\-()]{3,}$")
# CJK Unified Ideographs and Extension A, the characters of Chinese names.
_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff])")
_ALL_CJK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")
SPACED_FUNCTION = "crm_cjk_spaced"
PINYIN_TABLE = "customer_search_pinyin"
PINYIN_FUNCTION = "crm_pinyin_tokens"
# A query of Latin letters only (spaces allowed: "zhang san") is also read as pinyin.
_PINYIN_QUERY = re.compile(r"^[a-z]+$")
BIGRAM_TABLE = "customer_search_bigram"
BIGRAM_FUNCTION = "crm_latin_bigrams"
HALF_WIDTH_FUNCTION = "crm_half_width"
_LATIN_RUN = re.compile(r"[A-Za-z]{2,}")
_LATIN_PAIR = re.compile(r"^[A-Za-z]{2}$")


# Every character _CJK matches, mapped to itself between spaces: str.translate does in C what a regex
# substitution with a template does at Python speed (a bulk import spaces every name).
_SPACED = {cp: f" {chr(cp)} " for first, last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF))
           for cp in range(first, last + 1)}


def cjk_spaced(value: str | None) -> str:
    """'北京韩军Ltd' -> ' 北  京  韩  军 Ltd': each Chinese character becomes a token of its own while adjacent
    characters stay adjacent tokens, so the phrase "韩 军" matches exactly where 韩军 occurs."""
    return value.translate(_SPACED) if value else ""


def latin_bigrams(*values: str | None) -> str:
    """'Zhang.Wei@a1.cn' -> 'an ci cn ei gw ha ng zh': every pair of adjacent ASCII letters, lower-cased, once.
    A pair is in here exactly when LIKE '%pair%' (which folds ASCII case only) matches one of the values:
    non-ASCII letters are never folded into ASCII ones (the Kelvin sign is not k), and values are kept apart.
    """
    pairs = set()
    for value in values:
        for run in _LATIN_RUN.findall(value or ""):
            run = run.lower()
            pairs.update(run[i:i + 2] for i in range(len(run) - 1))
    return " ".join(sorted(pairs))


def register_functions(dbapi_conn) -> None:
    """The SQL functions the CJK, pinyin and bigram indexes are built with; registered on every connection."""
    dbapi_conn.create_function(SPACED_FUNCTION, 1, cjk_spaced, deterministic=True)
    dbapi_conn.create_function(PINYIN_FUNCTION, 1, pinyin_tokens, deterministic=True)
    dbapi_conn.create_function(BIGRAM_FUNCTION, -1, latin_bigrams, deterministic=True)
    dbapi_conn.create_function(HALF_WIDTH_FUNCTION, 1, half_width, deterministic=True)


def _trunk(column: str) -> str:
    """SQL for a Chinese landline as it is written at home, after a space: trunk 0, area code, number
    ('+8657188881234' -> ' 057188881234', '+861088881234' -> ' 01088881234'), so '0571-8888 1234' finds it.
    Empty for anything else, mobiles included (11 digits from 1, never written with a 0), so their text is
    what it was before landlines got this form (local migration 0014)."""
    return (f"(CASE WHEN {column} LIKE '+86%' AND NOT (length({column}) = 14 AND substr({column}, 4, 1) = '1') "
            f"THEN ' 0' || substr({column}, 4) ELSE '' END)")


def _half(value: str) -> str:
    """SQL for `value` in half width. GLOB finds the rare text with something to fold, in C: calling Python for
    every name costs an import more than the fold itself."""
    return (f"(CASE WHEN ({value}) GLOB '*[{FULL_WIDTH_CLASS}]*' THEN {HALF_WIDTH_FUNCTION}({value}) "
            f"ELSE ({value}) END)")


# The text each column holds for one customer, built in SQL so the bulk rebuild and the per-row refresh
# cannot drift apart. Phones are stored as +86... and indexed by their national digits too, landlines also
# with their trunk 0. Names are indexed in half width (ＩＢＭ as IBM, （分公司） as (分公司)), as queries are read
# (normalize_query); phones and e-mail addresses are stored in ASCII already.
_ROW_SELECT = f"""
SELECT c.rowid,
       {_half("c.name || ' ' || c.short_name || ' ' || c.credit_code")},
       c.phone || ' ' || replace(c.phone, '+86', '') || {_trunk('c.phone')} || ' ' || replace(c.mobile, '+86', '')
         || {_trunk('c.mobile')} || ' ' ||
         coalesce((SELECT group_concat(replace(k.phone, '+86', '') || {_trunk('k.phone')} || ' '
                                       || replace(k.mobile, '+86', '') || {_trunk('k.mobile')} || ' '
                                       || replace(k.other_phone, '+86', '') || {_trunk('k.other_phone')}, ' ')
                   FROM contact k WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''),
       c.email || ' ' || coalesce((SELECT group_concat(k.email, ' ') FROM contact k
                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''),
       coalesce((SELECT group_concat({_half('k.name')}, ' ') FROM contact k
                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), '')
FROM customer c WHERE c.deleted_at IS NULL
"""
_CJK_ROW_SELECT = f"""
SELECT c.rowid, {SPACED_FUNCTION}(c.name || ' ' || c.short_name),
       {SPACED_FUNCTION}(coalesce((SELECT group_concat(k.name, ' ') FROM contact k
                                   WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''))
FROM customer c WHERE c.deleted_at IS NULL
"""
_PINYIN_ROW_SELECT = f"""
SELECT c.rowid, {PINYIN_FUNCTION}(c.name) || ' ' || {PINYIN_FUNCTION}(c.short_name) || ' ' ||
       coalesce((SELECT group_concat({PINYIN_FUNCTION}(k.name), ' ') FROM contact k
                 WHERE k.customer_id = c.id AND k.deleted_at IS NULL), '')
FROM customer c WHERE c.deleted_at IS NULL
"""
# Read from the trigram index's own text (its content table), so the letter pairs are those of exactly the text
# a LIKE walk would check; it is therefore refreshed after that index.
_BIGRAM_ROW_SELECT = f"""
SELECT c.rowid, {BIGRAM_FUNCTION}(s.c0, s.c1, s.c2, s.c3)
FROM customer c JOIN {TABLE}_content s ON s.id = c.rowid WHERE c.deleted_at IS NULL
"""


# The columns the indexes' text is made of (the SELECTs above), per table: a row written without a change to
# any of these leaves its customer's index rows as they are.
SOURCE_COLUMNS = {"customer": frozenset({"name", "short_name", "credit_code", "phone", "mobile", "email",
                                         "deleted_at"}),
                  "contact": frozenset({"name", "phone", "mobile", "other_phone", "email", "deleted_at",
                                        "customer_id"})}


def is_search_table(name: str) -> bool:
    return name == TABLE or name.startswith(TABLE + "_")


REBUILD_SQL = (f"DELETE FROM {TABLE}",
               f"INSERT INTO {TABLE}(rowid, name, phones, emails, contacts) {_ROW_SELECT}",
               f"DELETE FROM {CJK_TABLE}",
               f"INSERT INTO {CJK_TABLE}(rowid, name, contacts) {_CJK_ROW_SELECT}",
               f"DELETE FROM {PINYIN_TABLE}",
               f"INSERT INTO {PINYIN_TABLE}(rowid, tokens) {_PINYIN_ROW_SELECT}",
               f"DELETE FROM {BIGRAM_TABLE}",
               f"INSERT INTO {BIGRAM_TABLE}(rowid, pairs) {_BIGRAM_ROW_SELECT}")
# In refresh order: the bigram index reads the trigram index's text, so it comes after it.
_INDEXES = ((TABLE, "name, phones, emails, contacts", _ROW_SELECT), (CJK_TABLE, "name, contacts", _CJK_ROW_SELECT),
            (PINYIN_TABLE, "tokens", _PINYIN_ROW_SELECT), (BIGRAM_TABLE, "pairs", _BIGRAM_ROW_SELECT))


def rebuild(conn: Connection) -> None:
    """Refill every index in one statement each; used after bulk loads, where it beats per-row upkeep."""
    for sql in REBUILD_SQL:
        conn.exec_driver_sql(sql)


def forget(conn: Connection, customer_ids: Iterable[uuid.UUID]) -> None:
    """Remove customers from every index (before the rows themselves leave the replica)."""
    ids = json.dumps([i.hex for i in customer_ids])
    for table, _columns, _select in _INDEXES:
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN (SELECT rowid FROM customer "
                             f"WHERE id IN (SELECT value FROM json_each(?)))", (ids,))


def refresh(conn: Connection, customer_ids: Iterable[uuid.UUID], *, new: Iterable[uuid.UUID] = ()) -> None:
    """Rewrite the index rows of these customers from their current rows. `new` names those of them created
    in the same transaction, which have no index rows yet: they are only inserted (deleting a row that is not
    there still costs a lookup per index, about 10 µs a customer, a twentieth of an import's time)."""
    fresh = {i.hex for i in new}
    rows = conn.exec_driver_sql("SELECT rowid, id FROM customer WHERE id IN (SELECT value FROM json_each(?))",
                                (json.dumps([i.hex for i in customer_ids]),)).all()
    # FTS5 writes the terms pending in a transaction out as a new segment at the end of every statement, and
    # segments are merged later at a cost. A statement per 500 customers made a segment each: an import of
    # 10,000 rows a batch wrote 20 segments per index per commit. One statement per index (the rowids passed
    # as one JSON array) writes one.
    rows.sort()
    old = json.dumps([rowid for rowid, hex_id in rows if hex_id not in fresh])
    every = json.dumps([rowid for rowid, _hex_id in rows])
    for table, columns, select in _INDEXES:
        if old != "[]":
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE rowid IN (SELECT value FROM json_each(?))", (old,))
        conn.exec_driver_sql(f"INSERT INTO {table}(rowid, {columns}) {select} "
                             f"AND c.rowid IN (SELECT value FROM json_each(?)) ORDER BY c.rowid", (every,))


def normalize_query(raw: str) -> str:
    # In half width, as the index holds names: a Chinese input method in full-width mode types ＩＢＭ, １３８ and
    # （０５７１）, and a name may be stored either way.
    q = " ".join(half_width(raw).split())
    if _PHONE_LIKE.match(q):
        q = re.sub(r"[\s\-()]", "", q)
        if q.startswith("+86"):
            q = q[3:]
    return q


# How a first window finds its matches depends on how many there are (m, of N live customers):
#   m <= HANDED       the matching rowids themselves (read once, as one JSON list) are looked up and sorted;
#   m <= COLLECT      collect the matches from the index and sort them: about m row lookups;
#   m <= SET_WALK     put the matches in a set and walk the sort index, keeping members: about 200 * N / m
#                     index entries, each a set probe with no table read;
#   more              walk the sort index checking each row's indexed text with LIKE: about 200 * N / m rows,
#                     each dearer than a set probe, but nothing is collected first.
COLLECT = 15000
SET_WALK = 60000
# Two Latin letters, measured at a million customers: collecting costs about 3.5-7 µs a match (14-22 ms at 2,000),
# the set walk 10-14 ms from about 1,500 matches up (building the sets costs little: the indexes list rowids,
# 30 ns each), 6-10 ms near 500 matches for collecting against more than 12 ms for the walk.
PAIR_COLLECT = 1200
# Up to this many matches a first window is handed the matching rowids (read once, ~0.2 µs each) rather than
# the index query, which it would run again.
HANDED = 2000
SAMPLE = 8  # two letters: the share of customers (by rowid) whose matches are counted to estimate them all
SAMPLE_FROM = 20000  # below this many rowids the matches are counted, not estimated
CJK_COLLECT = 3000  # one Chinese character: collect up to this many matches, else walk (see condition)


def _like(q: str) -> str:
    return "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _short_cjk(q: str) -> bool:
    return len(q) < 3 and bool(_ALL_CJK.match(q))


def _pinyin(q: str) -> str | None:
    """The pinyin prefix query for `q` ('zs', 'zhangsan', 'Zhang San'), or None if q is not pinyin-like."""
    word = q.replace(" ", "").lower()
    return f'"{word}" *' if _PINYIN_QUERY.match(word) else None


def _pinyin_rows(q: str) -> str:
    return f"SELECT rowid FROM {PINYIN_TABLE} WHERE {PINYIN_TABLE} MATCH :pinyin"


def match_clause(query: str) -> tuple[str, dict]:
    """SQL selecting the rowids of customers matching `query` from an index, and its parameters."""
    q = normalize_query(query)
    pinyin = _pinyin(q)
    if len(q) >= 3:
        sql, params = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q", {"q": _phrase(q)}
    elif _short_cjk(q):
        return f"SELECT rowid FROM {CJK_TABLE} WHERE {CJK_TABLE} MATCH :q", {"q": _phrase(" ".join(q))}
    elif _LATIN_PAIR.match(q):
        sql, params = _pair_rows(), {"pair": _phrase(q.lower())}
    else:
        cond = " OR ".join(f"{col} LIKE :q ESCAPE '\\'" for col in _COLUMNS)
        sql, params = f"SELECT rowid FROM {TABLE} WHERE {cond}", {"q": _like(q)}
    if pinyin:
        return f"{sql} UNION {_pinyin_rows(q)}", {**params, "pinyin": pinyin}
    return sql, params


def _phrase(q: str) -> str:
    return '"' + q.replace('"', '""') + '"'


def condition(conn: Connection, query: str, *, row: str = "customer.rowid", purpose: str = "window"):
    """A WHERE condition on the customer table for `query`, shaped by how many rows it matches.

    purpose "window" (a first page in sort order) picks one of the three plans above by probing the index for
    up to SET_WALK + 1 matches. "count" and "anchors" visit every match anyway, so they take the matches
    from the index whenever it can answer (counting is m lookups; anchors walk the sort index against the
    set) rather than running LIKE on every row. All plans give the same rows: a trigram MATCH of a phrase
    is LIKE '%phrase%' on the same columns, case-insensitive for ASCII, and so is a letter pair's MATCH.
    """
    q = normalize_query(query)
    pinyin = _pinyin(q)
    if len(q) >= 3:
        index, phrase = TABLE, _phrase(q)
    elif _short_cjk(q):
        index, phrase = CJK_TABLE, _phrase(" ".join(q))
    elif _LATIN_PAIR.match(q):  # two letters: the letter-pair index answers as text, the pinyin index as pinyin
        return _pair_condition(conn, q, row, pinyin, purpose)
    else:  # one character, or two that are not both letters: no index answers, the text is walked with LIKE
        return _like_walk(q, row, pinyin)
    if index == CJK_TABLE and len(q) == 1 and purpose == "window" and COLLECT and SET_WALK:
        # One character: the index's own statistics say how many customers hold it, without counting them.
        # Measured at a million customers, collecting and sorting costs about 3 µs a match and the walk
        # about 1.2 µs a row passed over, so the walk wins above a few thousand matches (a common given
        # name or surname character: 12,000-30,000).
        held = conn.execute(text(f"SELECT doc FROM {CJK_VOCAB} WHERE term = :t"), {"t": q}).scalar() or 0
        if held > CJK_COLLECT:
            return _like_walk(q, row, pinyin)
    matches = f"SELECT rowid FROM {index} WHERE {index} MATCH :q"
    params = {"q": phrase}
    if pinyin:  # Latin letters also match the pinyin of Chinese names ("zhangsan", "bjhx")
        matches += f" UNION {_pinyin_rows(q)}"
        params["pinyin"] = pinyin
    collect = text(f"{row} IN ({matches})").bindparams(**params)
    # The unary + keeps SQLite from using the set to look rows up: it walks the sort index instead and
    # probes the set (built once) for each entry.
    set_walk = text(f"+{row} IN ({matches})").bindparams(**params)
    if purpose == "count":
        return collect
    if purpose == "anchors":
        return set_walk
    handed = _handed(conn, row, matches, params)
    if handed is not None:
        return handed
    found = conn.execute(text(f"SELECT count(*) FROM ({matches} LIMIT :cap)"),
                         {**params, "cap": SET_WALK + 1}).scalar()
    if found <= COLLECT:
        return collect
    if found <= SET_WALK:
        return set_walk
    return _like_walk(q, row, pinyin)


def _handed(conn: Connection, row: str, matches: str, params: dict, most: int | None = None):
    """The matches themselves, as a condition, when there are at most HANDED of them: the first window then
    looks them up without running the index query a second time (a phrase of digits or Chinese characters
    reads several long lists of positions: at a million customers that is most of a phone search's time)."""
    most = HANDED if most is None else min(most, HANDED)
    if not most:
        return None
    # SQLite writes the list itself (one JSON text): a row per match through the driver costs more than the
    # index query it saves.
    found, rowids = conn.execute(text(f"SELECT count(*), json_group_array(rowid) FROM ({matches} LIMIT "
                                      f"{int(most) + 1})"), params).one()
    if found > most:
        return None
    return text(f"{row} IN (SELECT value FROM json_each(:handed))").bindparams(handed=rowids)


def _pair_rows() -> str:
    return f"SELECT rowid FROM {BIGRAM_TABLE} WHERE {BIGRAM_TABLE} MATCH :pair"


def _pair_condition(conn: Connection, q: str, row: str, pinyin: str, purpose: str):
    """Two Latin letters: the customers whose text holds them side by side (the letter-pair index) or who have a
    pinyin token starting with them. Both indexes answer, so every plan is open to a first window: a few
    matches are handed over as they are, more are estimated from a sample to choose between the others."""
    pair = q.lower()
    params = {"pair": _phrase(pair), "pinyin": pinyin}
    # UNION ALL: the IN set drops a customer found by both, so no de-duplicating pass of its own (measured:
    # faster than UNION, and than two sets probed in turn).
    matches = f"{_pair_rows()} UNION ALL {_pinyin_rows(q)}"
    collect = text(f"{row} IN ({matches})").bindparams(**params)
    set_walk = text(f"+{row} IN ({matches})").bindparams(**params)
    if purpose == "count":
        return collect
    if purpose == "anchors":
        return set_walk
    handed = _handed(conn, row, matches, params, PAIR_COLLECT)
    if handed is not None:
        return handed
    held = _estimated_held(conn, pair, pinyin)
    if held <= PAIR_COLLECT:  # more than are handed over, yet few enough to look up
        return collect
    if held <= SET_WALK:
        return set_walk
    return _like_walk(q, row, pinyin)


def _held(conn: Connection, pair: str, pinyin: str, enough: int) -> int:
    """How many customers hold the letter pair as text plus how many have a pinyin token starting with it, each
    counted in its index up to `enough` (about 30 ns a match): at least the number matching, more where a
    customer is both. Counting beats the indexes' statistics here: fts5vocab counts a term's documents by
    reading its whole list ("co" in every e-mail: a million), and a pinyin prefix spans as many terms as there
    are company initials starting with it ("nj": every Nanjing company's)."""
    cap = f"SELECT count(*) FROM ({{}} LIMIT {int(enough) + 1})"
    held = conn.execute(text(cap.format(_pair_rows())), {"pair": _phrase(pair)}).scalar_one()
    if held > enough:
        return held
    return held + conn.execute(text(cap.format(_pinyin_rows(pair))), {"pinyin": pinyin}).scalar_one()


def _estimated_held(conn: Connection, pair: str, pinyin: str) -> int:
    """About how many customers _held would count, from the first 1/SAMPLE of the rowid range scaled up: the
    indexes seek to a rowid bound, so this reads an eighth of the lists that counting reads (at a million
    customers 0.3-0.5 ms instead of 4-6 for 40,000 matches). Only a plan rests on it, and every plan returns
    the same rows; customers are numbered as they arrive, so a run of similar imports can skew it, at worst
    to the slower of two plans."""
    top = conn.execute(text("SELECT max(rowid) FROM customer")).scalar() or 0
    cut = top // SAMPLE
    if top < SAMPLE_FROM:
        return _held(conn, pair, pinyin, SET_WALK + 1)
    sample = (f"SELECT count(*) FROM ({_pair_rows()} AND rowid <= :cut UNION ALL {_pinyin_rows(pair)} "
              f"AND rowid <= :cut)")
    return SAMPLE * conn.execute(text(sample), {"pair": _phrase(pair), "pinyin": pinyin, "cut": cut}).scalar_one()


def _like_walk(q: str, row: str, pinyin: str | None = None):
    # The index's own content table (FTS5 keeps each row's text in `<table>_content`, columns c0..cN) is a
    # plain rowid table: reading it directly costs a B-tree lookup, not a virtual-table call, per row.
    per_row = " OR ".join(f"s.c{i} LIKE :like ESCAPE '\\'" for i in range(len(_COLUMNS)))
    walk = f"EXISTS (SELECT 1 FROM {TABLE}_content s WHERE s.id = {row} AND ({per_row}))"
    if pinyin:
        # The pinyin tokens are checked the same way, in the pinyin index's text: a token starts with the
        # query where ' ' + the query occurs in ' ' + the text (tokens are lower-case letters between
        # spaces). A walk is chosen when matches are many, so it passes over few rows, whereas a set of the
        # pinyin matches would be built in full first ("zh": a few hundred thousand customers).
        word = pinyin[1:pinyin.index('"', 1)]
        walk += (f" OR EXISTS (SELECT 1 FROM {PINYIN_TABLE}_content p WHERE p.id = {row}"
                 f" AND ' ' || p.c0 LIKE :word ESCAPE '\\')")
        return text(f"({walk})").bindparams(like=_like(q), word="% " + word + "%")
    return text(walk).bindparams(like=_like(q))


def count_matches(conn: Connection, query: str) -> int:
    """How many live customers match `query`, read from the index alone (it holds live customers only)."""
    q = normalize_query(query)
    if _short_cjk(q):
        return conn.execute(text(f"SELECT count(*) FROM {CJK_TABLE} WHERE {CJK_TABLE} MATCH :q"),
                            {"q": _phrase(" ".join(q))}).scalar_one()
    if len(q) >= 3:
        rows, params = f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH :q", {"q": _phrase(q)}
    elif _LATIN_PAIR.match(q):
        rows, params = _pair_rows(), {"pair": _phrase(q.lower())}
    else:
        per_row = " OR ".join(f"c{i} LIKE :like ESCAPE '\\'" for i in range(len(_COLUMNS)))
        rows, params = f"SELECT id FROM {TABLE}_content WHERE {per_row}", {"like": _like(q)}
    pinyin = _pinyin(q)
    if pinyin:
        rows, params = f"{rows} UNION {_pinyin_rows(q)}", {**params, "pinyin": pinyin}
    return conn.execute(text(f"SELECT count(*) FROM ({rows})"), params).scalar_one()


def count_rows(conn: Connection) -> int:
    return conn.execute(text(f"SELECT count(*) FROM {TABLE}")).scalar_one()
