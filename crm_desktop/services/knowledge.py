"""The knowledge base (知识库) of the service desk: a category tree, articles (rich text, tags, a status of
draft / published / archived, how often each helped), search over the FTS5 index `kb_search`
(data/kb_index.py), suggestions for a ticket's text, and the articles linked to tickets.

Search never loads the table: the FTS index finds the rows, bm25 ranks them (a title hit weighs more than a
tag hit, which weighs more than a body hit), a LIMIT cuts the list, and only the rows that survive are joined
to kb_article by rowid for their titles and bodies. The list is windowed with a keyset on (updated_at, id).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import (
    Integer,
    String,
    Uuid,
    and_,
    func,
    literal_column,
    select,
    text,
    tuple_,
)
from sqlalchemy.sql import column, table

from ..data.kb_index import html_text, match_expression
from ..data.models import KbArticle, KbCategory, Product, TicketArticle
from ..domain.changes import Changes
from ..domain.errors import FieldError, NotFound, ValidationError
from .base import UserService

STATUSES = ("draft", "published", "archived")
_KB = table("kb_search", column("rowid"), column("kb_search"))  # the FTS5 index (data/kb_index.py)
ARTICLE_FIELDS = frozenset({"title", "body", "category_id", "product_id", "tags", "status"})
# Title, tags, body (the columns of kb_search, in order): a word in the title says most about an article.
WEIGHTS = (10.0, 5.0, 1.0)
_BM25 = f"bm25(kb_search, {WEIGHTS[0]}, {WEIGHTS[1]}, {WEIGHTS[2]})"
SNIPPET_CHARS = 80
# Suggestions: how many terms of a ticket's text are searched at most, and the document frequency above which
# a term says too little to be worth searching (when more specific terms exist).
SUGGEST_TERMS = 6
COMMON_CAP = 500
# Search scores at most this many of the newest matches, and when there are more, this many of the newest
# title matches (title matches are rarer, so finding each costs a longer walk through the index).
CANDIDATES = 600
TITLE_CANDIDATES = 200

_CJK_CHAR = "\u3400-\u4dbf\u4e00-\u9fff"
_WORD = re.compile(rf"[{_CJK_CHAR}]+|[^\W_]+", re.UNICODE)
_IS_CJK = re.compile(rf"^[{_CJK_CHAR}]+$")
_TAG_SPLIT = re.compile(r"[\s,，、;；]+")
# Words that say nothing about the problem: question words, particles, pronouns, politeness, vague verbs.
CJK_STOP_WORDS = ("怎么办", "为什么", "怎么样", "是什么", "什么", "怎么", "如何", "怎样", "为何", "请问", "您好", "你好",
                  "谢谢", "麻烦", "一下", "一个", "我们", "你们", "他们", "这个", "那个", "这样", "那样", "还是",
                  "没有", "可以", "已经", "现在", "今天", "时候", "问题", "出现", "无法", "不能", "不了", "总是",
                  "突然", "需要", "帮忙", "处理", "客户", "的", "了", "吗", "呢", "吧", "啊", "呀", "是", "在",
                  "有", "和", "与", "就", "都", "也", "还", "又", "很", "太", "我", "你", "他", "她", "它", "请",
                  "把", "被", "让", "给", "从", "对", "到", "会", "要", "能", "不", "没", "个", "这", "那", "说")
_CJK_STOP = re.compile("|".join(sorted(CJK_STOP_WORDS, key=len, reverse=True)))
LATIN_STOP_WORDS = frozenset((
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "cannot", "cant", "could", "did", "do",
    "does", "doesnt", "dont", "for", "from", "get", "got", "had", "has", "have", "help", "how", "i", "im",
    "in", "into", "is", "isnt", "it", "its", "me", "my", "no", "not", "of", "on", "or", "our", "please",
    "the", "their", "then", "there", "this", "to", "too", "was", "we", "what", "when", "where", "which",
    "who", "why", "will", "with", "won", "wont", "would", "you", "your", "hello", "hi", "thanks"))


@dataclass(frozen=True)
class CategoryItem:
    id: uuid.UUID
    name: str
    parent_id: uuid.UUID | None
    position: int


@dataclass(frozen=True)
class ArticleRow:
    """One row of the windowed list; `key` is its keyset position (updated_at, id)."""

    id: uuid.UUID
    title: str
    category_id: uuid.UUID | None
    category_name: str
    status: str
    helped: int
    updated_at: datetime
    key: tuple


@dataclass(frozen=True)
class ArticleDetail:
    id: uuid.UUID
    title: str
    body: str  # HTML (Qt rich text)
    category_id: uuid.UUID | None
    product_id: uuid.UUID | None
    tags: str
    status: str
    helped: int
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class SearchHit:
    id: uuid.UUID
    title: str
    snippet: str  # plain text around the first match in the body (or its opening)
    helped: int
    status: str


@dataclass(frozen=True)
class LinkedArticle:
    article_id: uuid.UUID
    title: str
    status: str
    helped: bool  # it helped on this ticket


def normalize_tags(value: str | None) -> str:
    """'打印机，卡纸  hp' -> '打印机, 卡纸, hp': tags separated by commas, Chinese commas or spaces, once each."""
    seen: list[str] = []
    for tag in _TAG_SPLIT.split(value or ""):
        if tag and tag not in seen:
            seen.append(tag)
    return ", ".join(seen)


def query_terms(text_: str) -> list[str]:
    """The searchable words of what was typed, lower-cased: Chinese runs and Latin words or numbers."""
    return _WORD.findall((text_ or "").lower())


def suggestion_terms(text_: str) -> list[str]:
    """The candidate words of a ticket's subject or description: Chinese runs split at stop words (a run of
    three or more characters becomes its overlapping pairs, so 打印机卡纸 finds 打印机 and 卡纸 articles),
    Latin words of two or more letters that are not stop words; each once, in order of appearance."""
    out: list[str] = []
    for token in query_terms(text_):
        if _IS_CJK.match(token):
            for run in _CJK_STOP.split(token):
                if len(run) == 2:
                    out.append(run)
                elif len(run) > 2:
                    out.extend(run[i:i + 2] for i in range(len(run) - 1))
        elif len(token) > 1 and token not in LATIN_STOP_WORDS:
            out.append(token)
    return list(dict.fromkeys(out))


def snippet(body_html: str, terms: list[str], width: int = SNIPPET_CHARS) -> str:
    """Plain text of the body around the first place any of the terms occurs (its opening if none does)."""
    plain = html_text(body_html)
    lowered = plain.lower()
    found = [p for p in (lowered.find(t) for t in terms if t) if p >= 0]
    if not found or len(plain) <= width:
        return plain[:width] + ("…" if len(plain) > width else "")
    start = max(0, min(found) - width // 4)
    end = min(len(plain), start + width)
    return ("…" if start else "") + plain[start:end] + ("…" if end < len(plain) else "")


class KnowledgeService(UserService):
    # -- categories ----------------------------------------------------------------------------------
    def products(self) -> list[tuple[uuid.UUID, str]]:
        """The active products an article may be about (for the editor's choice)."""
        self.access.require("knowledge", "view")
        with self.db.reading() as conn:
            return [(r.id, r.name) for r in conn.execute(select(Product.id, Product.name).where(
                Product.deleted_at.is_(None), Product.active.is_(True)).order_by(Product.name).limit(2000))]

    def categories(self) -> list[CategoryItem]:
        """Every category, parents' order: by position, then name (the UI builds the tree)."""
        self.access.require("knowledge", "view")
        with self.db.reading() as conn:
            return [CategoryItem(r.id, r.name, r.parent_id, r.position) for r in conn.execute(
                select(KbCategory.id, KbCategory.name, KbCategory.parent_id, KbCategory.position)
                .where(KbCategory.deleted_at.is_(None)).order_by(KbCategory.position, KbCategory.name))]

    def create_category(self, name: str, parent_id: uuid.UUID | None = None,
                        position: int = 0) -> tuple[uuid.UUID, Changes]:
        self.access.require("knowledge", "administer")
        with self.db.unit_of_work(self.actor, "create knowledge category") as uow:
            if parent_id is not None:
                uow.get(KbCategory, parent_id)
            category = uow.create(KbCategory, name=name, parent_id=parent_id, position=position)
            return category.id, uow.commit()

    def rename_category(self, category_id: uuid.UUID, name: str) -> Changes:
        self.access.require("knowledge", "administer")
        with self.db.unit_of_work(self.actor, "rename knowledge category") as uow:
            uow.update(uow.get(KbCategory, category_id), name=name)
            return uow.commit()

    def move_category(self, category_id: uuid.UUID, parent_id: uuid.UUID | None,
                      position: int | None = None) -> Changes:
        """Put a category under another (or at the top): never under itself or one of its descendants."""
        self.access.require("knowledge", "administer")
        with self.db.unit_of_work(self.actor, "move knowledge category") as uow:
            category = uow.get(KbCategory, category_id)
            if parent_id is not None:
                uow.get(KbCategory, parent_id)
                parents = dict(uow.session.execute(select(KbCategory.id, KbCategory.parent_id)
                                                   .where(KbCategory.deleted_at.is_(None))).all())
                step: uuid.UUID | None = parent_id
                while step is not None:
                    if step == category_id:
                        raise ValidationError([FieldError("parent_id", "cycle")])
                    step = parents.get(step)
            values: dict = {"parent_id": parent_id}
            if position is not None:
                values["position"] = position
            uow.update(category, **values)
            return uow.commit()

    def delete_category(self, category_id: uuid.UUID) -> Changes:
        """Refused (has_articles, has_subcategories) while articles or sub-categories are filed under it."""
        self.access.require("knowledge", "administer")
        with self.db.unit_of_work(self.actor, "delete knowledge category") as uow:
            category = uow.get(KbCategory, category_id)
            articles = uow.session.scalar(select(func.count()).select_from(KbArticle).where(
                KbArticle.category_id == category.id, KbArticle.deleted_at.is_(None)))
            if articles:
                raise ValidationError([FieldError("category_id", "has_articles", {"articles": articles})])
            children = uow.session.scalar(select(func.count()).select_from(KbCategory).where(
                KbCategory.parent_id == category.id, KbCategory.deleted_at.is_(None)))
            if children:
                raise ValidationError([FieldError("category_id", "has_subcategories", {"categories": children})])
            uow.delete(category)
            return uow.commit()

    def _subtree(self, conn, category_id: uuid.UUID) -> list[uuid.UUID]:
        """The category and all its descendants (categories are few: read once, walked in Python)."""
        children: dict = {}
        for cid, parent in conn.execute(select(KbCategory.id, KbCategory.parent_id)
                                        .where(KbCategory.deleted_at.is_(None))):
            children.setdefault(parent, []).append(cid)
        out, todo = [], [category_id]
        while todo:
            current = todo.pop()
            out.append(current)
            todo.extend(children.get(current, ()))
        return out

    # -- articles ------------------------------------------------------------------------------------
    def _clean(self, uow, values: dict) -> dict:
        unknown = set(values) - ARTICLE_FIELDS
        if unknown:
            raise ValidationError([FieldError(name, "unknown_field") for name in sorted(unknown)])
        clean = dict(values)
        if "tags" in clean:
            clean["tags"] = normalize_tags(clean["tags"])
        if clean.get("status") not in (None, *STATUSES):
            raise ValidationError([FieldError("status", "not_a_choice",
                                              {"value": clean["status"], "options": list(STATUSES)})])
        if clean.get("category_id") is not None:
            try:
                uow.get(KbCategory, clean["category_id"])
            except NotFound as exc:
                raise ValidationError([FieldError("category_id", "not_found")]) from exc
        return clean

    def create_article(self, values: dict) -> tuple[uuid.UUID, Changes]:
        """A new article (a draft unless a status is given). Title required, at most 200 characters."""
        self.access.require("knowledge", "create")
        if values.get("status") == "published":
            self.access.require("knowledge", "edit")
        with self.db.unit_of_work(self.actor, "create knowledge article") as uow:
            article = uow.create(KbArticle, **{"status": "draft", **self._clean(uow, values)})
            return article.id, uow.commit()

    def update_article(self, article_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("knowledge", "edit")
        with self.db.unit_of_work(self.actor, "edit knowledge article") as uow:
            article = uow.get(KbArticle, article_id)
            uow.update(article, **self._clean(uow, values))
            return uow.commit()

    def publish(self, article_id: uuid.UUID) -> Changes:
        return self._set_status(article_id, "published", "publish knowledge article")

    def archive(self, article_id: uuid.UUID) -> Changes:
        return self._set_status(article_id, "archived", "archive knowledge article")

    def _set_status(self, article_id: uuid.UUID, status: str, label: str) -> Changes:
        self.access.require("knowledge", "edit")
        with self.db.unit_of_work(self.actor, label) as uow:
            uow.update(uow.get(KbArticle, article_id), status=status)
            return uow.commit()

    def delete_article(self, article_id: uuid.UUID) -> Changes:
        """To the recycle bin (a tombstone); the index trigger drops it from search at once."""
        self.access.require("knowledge", "delete")
        with self.db.unit_of_work(self.actor, "delete knowledge article") as uow:
            uow.delete(uow.get(KbArticle, article_id))
            return uow.commit()

    def get(self, article_id: uuid.UUID) -> ArticleDetail:
        self.access.require("knowledge", "view")
        with self.db.reading() as conn:
            r = conn.execute(select(KbArticle.__table__).where(KbArticle.id == article_id,
                                                               KbArticle.deleted_at.is_(None))).first()
        if r is None or (r.status != "published" and not self._sees_drafts()):
            raise NotFound(entity="kb_article", id=str(article_id))
        return ArticleDetail(r.id, r.title, r.body, r.category_id, r.product_id, r.tags, r.status, r.helped,
                             r.created_at, r.updated_at)

    def _sees_drafts(self) -> bool:
        """Writers see drafts and archived articles; readers only what is published."""
        return self.access.can("knowledge", "create") or self.access.can("knowledge", "edit")

    # -- the windowed list ---------------------------------------------------------------------------
    def _where(self, conn, category_id, status, query) -> list:
        a = KbArticle
        clauses = [a.deleted_at.is_(None)]
        if not self._sees_drafts():
            status = "published"
        if status is not None:
            if status not in STATUSES:
                raise ValidationError([FieldError("status", "not_a_choice", {"value": status,
                                                                              "options": list(STATUSES)})])
            clauses.append(a.status == status)
        if category_id is not None:
            clauses.append(a.category_id.in_(self._subtree(conn, category_id)))
        expression = match_expression(query or "")
        if expression is not None:
            clauses.append(literal_column("kb_article.rowid").in_(
                text("SELECT rowid FROM kb_search WHERE kb_search MATCH :kb_match")
                .bindparams(kb_match=expression)))
        return clauses

    def list(self, category_id: uuid.UUID | None = None, status: str | None = None, query: str = "", *,
             limit: int = 200, after: tuple | None = None, inclusive: bool = False,
             cancelled: Callable[[], bool] | None = None) -> list[ArticleRow]:
        """A window of `limit` rows after `after` (a row's `key`). Without a query: most recently changed
        first, keyset on (updated_at, id). With one: the index drives, newest article first, keyset on the
        rowid, so a query matching half the table still costs one short walk of the index per window."""
        self.access.require("knowledge", "view")
        a, c = KbArticle, KbCategory
        expression = match_expression(query or "")
        columns = (a.id, a.title, a.category_id, func.coalesce(c.name, "").label("category_name"), a.status,
                   a.helped, a.updated_at)
        with self.db.reading(cancelled) as conn:
            clauses = self._where(conn, category_id, status, "")
            if expression is None:
                if after is not None:
                    key = tuple_(a.updated_at, a.id)
                    clauses.append(key <= tuple_(*after) if inclusive else key < tuple_(*after))
                stmt = (select(*columns, literal_column("0").label("rid")).outerjoin(c, c.id == a.category_id)
                        .where(and_(*clauses)).order_by(a.updated_at.desc(), a.id.desc()).limit(limit))
                return [ArticleRow(r.id, r.title, r.category_id, r.category_name, r.status, r.helped,
                                   r.updated_at, (r.updated_at, r.id)) for r in conn.execute(stmt)]
            clauses.append(_KB.c.kb_search.op("MATCH")(expression))
            if after is not None:
                clauses.append(_KB.c.rowid <= after[0] if inclusive else _KB.c.rowid < after[0])
            stmt = (select(*columns, _KB.c.rowid.label("rid"))
                    .select_from(_KB.join(a, literal_column("kb_article.rowid") == _KB.c.rowid))
                    .outerjoin(c, c.id == a.category_id).where(and_(*clauses))
                    .order_by(_KB.c.rowid.desc()).limit(limit))
            return [ArticleRow(r.id, r.title, r.category_id, r.category_name, r.status, r.helped, r.updated_at,
                               (r.rid,)) for r in conn.execute(stmt)]

    def count(self, category_id: uuid.UUID | None = None, status: str | None = None, query: str = "", *,
              cancelled: Callable[[], bool] | None = None) -> int:
        self.access.require("knowledge", "view")
        expression = match_expression(query or "")
        with self.db.reading(cancelled) as conn:
            clauses = self._where(conn, category_id, status, "")
            source = KbArticle.__table__
            if expression is not None:
                clauses.append(_KB.c.kb_search.op("MATCH")(expression))
                source = _KB.join(KbArticle, literal_column("kb_article.rowid") == _KB.c.rowid)
            return conn.execute(select(func.count()).select_from(source).where(and_(*clauses))).scalar_one()

    def anchors(self, every: int, category_id: uuid.UUID | None = None, status: str | None = None,
                query: str = "", *, cancelled: Callable[[], bool] | None = None) -> list[tuple]:
        """Keys of rows 0, every, 2*every, ... (in list's order): where each window of the list starts."""
        self.access.require("knowledge", "view")
        a = KbArticle
        expression = match_expression(query or "")
        with self.db.reading(cancelled) as conn:
            clauses = self._where(conn, category_id, status, "")
            if expression is not None:
                clauses.append(_KB.c.kb_search.op("MATCH")(expression))
                keys = [r[0] for r in conn.execute(
                    select(_KB.c.rowid).select_from(_KB.join(a, literal_column("kb_article.rowid") == _KB.c.rowid))
                    .where(and_(*clauses)).order_by(_KB.c.rowid.desc()))]
                return [(k,) for k in keys[::every]]
            numbered = (select(a.updated_at, a.id, func.row_number().over(
                order_by=(a.updated_at.desc(), a.id.desc())).label("n")).where(and_(*clauses)).subquery())
            return [tuple(r) for r in conn.execute(
                select(numbered.c.updated_at, numbered.c.id).where((numbered.c.n - 1) % every == 0)
                .order_by(numbered.c.n))]

    # -- search --------------------------------------------------------------------------------------
    def search(self, query: str, *, published_only: bool = True, limit: int = 10,
               cancelled: Callable[[], bool] | None = None) -> list[SearchHit]:
        """The best `limit` articles for what was typed, ranked by bm25 (title above tags above body); every
        Chinese run is a phrase, every Latin word a prefix, all must match."""
        self.access.require("knowledge", "view")
        expression = match_expression(query or "")
        if expression is None:
            return []
        return self._ranked(expression, query_terms(query), published_only or not self._sees_drafts(), limit,
                            cancelled)

    def _ranked(self, expression: str, terms: list[str], published_only: bool, limit: int,
                cancelled: Callable[[], bool] | None) -> list[SearchHit]:
        """Rank with bm25 without scoring every match: a common query (打印 in half of 100,000 articles)
        would spend ~50 ms in bm25 alone. The newest CANDIDATES matches are scored (FTS5 walks its doclist
        in rowid order and stops at the LIMIT); when there are more, the newest TITLE_CANDIDATES title matches are
        scored as well, so an older article with the words in its title still competes. Only the rows that
        survive the final LIMIT are read for their titles and bodies."""
        where_status = "AND a.status = 'published'" if published_only else ""
        stage = text(f"SELECT rowid, {_BM25} FROM kb_search WHERE kb_search MATCH :e "
                     "ORDER BY rowid DESC LIMIT :k")
        with self.db.reading(cancelled) as conn:
            scores = dict(conn.execute(stage, {"e": expression, "k": CANDIDATES}).all())
            if len(scores) >= CANDIDATES:
                for rowid, score in conn.execute(stage, {"e": "{title} : (" + expression + ")",
                                                         "k": TITLE_CANDIDATES}):
                    scores[rowid] = min(score, scores.get(rowid, score))
            if not scores:
                return []
            best = sorted(scores, key=lambda r: (scores[r], -r))
            hits: list[SearchHit] = []
            # Drafts, archived and deleted rows are dropped here; read in slices until `limit` survive.
            for start in range(0, len(best), max(limit * 4, 40)):
                chunk = best[start:start + max(limit * 4, 40)]
                rows = {r.rowid: r for r in conn.execute(
                    text(f"SELECT a.rowid, a.id, a.title, a.body, a.helped, a.status FROM kb_article a "
                         f"WHERE a.rowid IN ({','.join(str(int(r)) for r in chunk)}) "
                         f"AND a.deleted_at IS NULL {where_status}")
                    .columns(id=Uuid, title=String, body=String, helped=Integer, status=String))}
                for rowid in chunk:
                    r = rows.get(rowid)
                    if r is not None:
                        hits.append(SearchHit(r.id, r.title, snippet(r.body, terms), r.helped, r.status))
                        if len(hits) == limit:
                            return hits
            return hits

    def suggest(self, text_: str, limit: int = 5, *, cancelled: Callable[[], bool] | None = None
                ) -> list[SearchHit]:
        """Published articles for a ticket's subject and description: its most specific words (the rarest in
        the knowledge base), any of which may match, ranked by bm25 (so an article matching several of them,
        or a rare one in its title, comes first)."""
        self.access.require("knowledge", "view")
        candidates = suggestion_terms(text_)[:12]
        if not candidates:
            return []
        frequency = {}
        with self.db.reading(cancelled) as conn:
            for term in candidates:
                frequency[term] = conn.execute(text(
                    "SELECT count(*) FROM (SELECT rowid FROM kb_search WHERE kb_search MATCH :e LIMIT :cap)"),
                    {"e": match_expression(term), "cap": COMMON_CAP}).scalar_one()
        found = sorted((t for t in candidates if frequency[t]), key=lambda t: (frequency[t], -len(t)))
        specific = [t for t in found if frequency[t] < COMMON_CAP] or found
        chosen = specific[:SUGGEST_TERMS]
        if not chosen:
            return []
        expression = " OR ".join(match_expression(t) for t in chosen)
        return self._ranked(expression, chosen, True, limit, cancelled)

    # -- feedback and links to tickets -----------------------------------------------------------------
    def mark_helped(self, article_id: uuid.UUID, ticket_id: uuid.UUID | None = None) -> Changes:
        """Count that the article helped; with a ticket, also link it there marked helped (once per ticket:
        a second click on the same ticket changes nothing)."""
        self.access.require("knowledge", "view")
        if ticket_id is not None:
            self._require_ticket_write()
        with self.db.unit_of_work(self.actor, "article helped") as uow:
            article = uow.get(KbArticle, article_id)
            if ticket_id is not None:
                link = self._link_row(uow, ticket_id, article.id)
                if link is None:
                    uow.create(TicketArticle, ticket_id=ticket_id, article_id=article.id, helped=True)
                elif link.helped:
                    return Changes()
                else:
                    uow.update(link, helped=True)
            uow.update(article, helped=article.helped + 1)
            return uow.commit()

    def link(self, ticket_id: uuid.UUID, article_id: uuid.UUID) -> Changes:
        """Attach an article to a ticket (worth reading with it); linking twice changes nothing."""
        self.access.require("knowledge", "view")
        self._require_ticket_write()
        with self.db.unit_of_work(self.actor, "link article to ticket") as uow:
            article = uow.get(KbArticle, article_id)
            if self._link_row(uow, ticket_id, article.id) is None:
                uow.create(TicketArticle, ticket_id=ticket_id, article_id=article.id)
            return uow.commit()

    def unlink(self, ticket_id: uuid.UUID, article_id: uuid.UUID) -> Changes:
        self._require_ticket_write()
        with self.db.unit_of_work(self.actor, "unlink article from ticket") as uow:
            link = self._link_row(uow, ticket_id, article_id)
            if link is not None:
                uow.delete(link)
            return uow.commit()

    def links(self, ticket_id: uuid.UUID) -> list[LinkedArticle]:
        self.access.require("knowledge", "view")
        with self.db.reading() as conn:
            return [LinkedArticle(r.article_id, r.title, r.status, bool(r.helped)) for r in conn.execute(
                select(TicketArticle.article_id, KbArticle.title, KbArticle.status, TicketArticle.helped)
                .join(KbArticle, KbArticle.id == TicketArticle.article_id)
                .where(TicketArticle.ticket_id == ticket_id, TicketArticle.deleted_at.is_(None),
                       KbArticle.deleted_at.is_(None))
                .order_by(TicketArticle.created_at, TicketArticle.id))]

    def _require_ticket_write(self) -> None:
        """A link belongs to the ticket: whoever may create or edit tickets may link articles to them."""
        if not (self.access.can("tickets", "edit") or self.access.can("tickets", "create")):
            self.access.require("tickets", "edit")

    @staticmethod
    def _link_row(uow, ticket_id: uuid.UUID, article_id: uuid.UUID) -> TicketArticle | None:
        return uow.session.scalars(select(TicketArticle).where(
            TicketArticle.ticket_id == ticket_id, TicketArticle.article_id == article_id,
            TicketArticle.deleted_at.is_(None))).first()
