"""The knowledge-base search index: an FTS5 table kept by triggers on kb_article (so every write path — the
unit of work, a sync pull, an undo — keeps it true), rowid = the article's rowid.

Chinese has no spaces, and Debian's SQLite answers nothing for 1–2 character queries on a trigram index.
Here every Chinese character is its own token (unicode61 over text spaced by `cjk_spaced`), and a query is
a phrase of its characters: "打印" matches where 打 and 印 stand next to each other, at any query length.
Latin words and numbers are ordinary unicode61 tokens, matched as prefixes ("print" finds "printer").
"""

from __future__ import annotations

import html
import re

from sqlalchemy import text
from sqlalchemy.engine import Connection

from .search_index import SPACED_FUNCTION, cjk_spaced

TABLE = "kb_search"
HTML_FUNCTION = "crm_html_text"
_TAG = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)
_SPACE = re.compile(r"\s+")
_TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+|[^\W_]+", re.U)
_CJK = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff]+$")


def html_text(value: str | None) -> str:
    """The words of a rich-text body: tags dropped, entities decoded, whitespace folded."""
    if not value:
        return ""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", value))).strip()


def register_functions(dbapi_conn) -> None:
    dbapi_conn.create_function(HTML_FUNCTION, 1, html_text, deterministic=True)


_ROW = (f"{SPACED_FUNCTION}(NEW.title), {SPACED_FUNCTION}(NEW.tags), "
        f"{SPACED_FUNCTION}({HTML_FUNCTION}(NEW.body))")
CREATE_SQL = (
    f"CREATE VIRTUAL TABLE {TABLE} USING fts5(title, tags, body, tokenize='unicode61 remove_diacritics 2')",
    f"""CREATE TRIGGER kb_article_index_insert AFTER INSERT ON kb_article WHEN NEW.deleted_at IS NULL BEGIN
        INSERT INTO {TABLE}(rowid, title, tags, body) VALUES (NEW.rowid, {_ROW}); END""",
    f"""CREATE TRIGGER kb_article_index_update AFTER UPDATE ON kb_article BEGIN
        DELETE FROM {TABLE} WHERE rowid = OLD.rowid;
        INSERT INTO {TABLE}(rowid, title, tags, body) SELECT NEW.rowid, {_ROW} WHERE NEW.deleted_at IS NULL; END""",
    f"""CREATE TRIGGER kb_article_index_delete AFTER DELETE ON kb_article BEGIN
        DELETE FROM {TABLE} WHERE rowid = OLD.rowid; END""",
)
DROP_SQL = ("DROP TRIGGER IF EXISTS kb_article_index_insert", "DROP TRIGGER IF EXISTS kb_article_index_update",
            "DROP TRIGGER IF EXISTS kb_article_index_delete", f"DROP TABLE IF EXISTS {TABLE}")


def is_search_table(name: str) -> bool:
    return name == TABLE or name.startswith(TABLE + "_")


def match_expression(query: str) -> str | None:
    """An FTS5 expression for what the user typed: every Chinese run a phrase of its characters, every other
    word a prefix; all must match. None when nothing searchable was typed."""
    parts = []
    for token in _TOKEN.findall(query.lower()):
        if _CJK.match(token):
            parts.append('"' + cjk_spaced(token).strip().replace("  ", " ") + '"')
        else:
            parts.append('"' + token + '"*')
    return " AND ".join(parts) if parts else None


def rebuild(conn: Connection) -> None:
    conn.execute(text(f"DELETE FROM {TABLE}"))
    conn.execute(text(f"INSERT INTO {TABLE}(rowid, title, tags, body) SELECT rowid, "
                      f"{SPACED_FUNCTION}(title), {SPACED_FUNCTION}(tags), {SPACED_FUNCTION}({HTML_FUNCTION}(body)) "
                      "FROM kb_article WHERE deleted_at IS NULL"))
