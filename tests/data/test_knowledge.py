"""The knowledge base on a real SQLite file: the FTS5 index answers 1- and 2-character Chinese queries and
Latin prefixes, sees the words of a rich-text body but not its tags, follows edits and deletes (triggers),
keeps drafts and archived articles out of published search; a ticket's text suggests articles; helped counts;
the category tree refuses to drop a category that still holds articles."""

import pytest
from sqlalchemy import select

from crm_desktop.data.models import JournalEntry, Ticket, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import NotFound, ValidationError
from crm_desktop.services.access import grant
from crm_desktop.services.context import ensure_local_user, system_actor
from crm_desktop.services.knowledge import (
    KnowledgeService,
    normalize_tags,
    suggestion_terms,
)


@pytest.fixture
def kb(db):
    return KnowledgeService(db, ensure_local_user(db))


def _article(kb, title, body="", status="published", **values):
    article_id, changes = kb.create_article({"title": title, "body": body, "status": status, **values})
    assert changes.knowledge
    return article_id


def _ids(hits):
    return [h.id for h in hits]


def test_a_two_character_chinese_query_finds_the_article(kb):
    printer = _article(kb, "打印机卡纸怎么办", "<p>打开后盖，<b>慢慢</b>取出卡住的纸。</p>")
    _article(kb, "无线网络连接不上", "<p>重启路由器。</p>")
    hits = kb.search("打印")
    assert _ids(hits) == [printer]
    assert hits[0].title == "打印机卡纸怎么办"
    assert "取出卡住的纸" in hits[0].snippet and "<" not in hits[0].snippet
    assert kb.search("卡纸")[0].id == printer
    assert kb.search("印打") == []  # characters next to each other in this order, not anywhere
    assert kb.search("打印 路由器") == []  # every word must match


def test_one_character_and_latin_prefix_queries(kb):
    printer = _article(kb, "打印机卡纸", "<p>HP LaserJet 1020 printer jams</p>")
    network = _article(kb, "网络连接失败", "<p>Check the router.</p>")
    assert _ids(kb.search("纸")) == [printer]
    assert _ids(kb.search("网")) == [network]
    assert _ids(kb.search("print")) == [printer]  # a prefix of printer
    assert _ids(kb.search("Laser")) == [printer]  # case does not matter
    assert _ids(kb.search("rout")) == [network]
    assert kb.search("   ") == [] and kb.search("!!") == []


def test_html_tags_are_not_searchable_but_their_text_is(kb):
    article = _article(kb, "样式说明", '<p style="color:red">重要<b>加粗文字</b><span class="kbd">Ctrl</span></p>'
                                         "<script>隐藏脚本</script>")
    assert _ids(kb.search("加粗")) == [article]
    assert _ids(kb.search("ctrl")) == [article]
    assert kb.search("style") == [] and kb.search("span") == [] and kb.search("color") == []
    assert kb.search("kbd") == []
    assert kb.search("隐藏") == []  # script content is not text


def test_the_title_weighs_more_than_the_body(kb):
    in_body = _article(kb, "常见问题汇总", "<p>" + "其他内容。" * 20 + "打印机无法连接。</p>")
    in_title = _article(kb, "打印机无法连接", "<p>检查电源和数据线。</p>")
    assert _ids(kb.search("打印机")) == [in_title, in_body]


def test_drafts_and_archived_articles_are_not_in_published_search(kb):
    draft = _article(kb, "草稿：打印机驱动安装", status="draft")
    archived = _article(kb, "旧版打印机驱动", status="archived")
    published = _article(kb, "打印机驱动下载")
    assert _ids(kb.search("驱动")) == [published]
    assert set(_ids(kb.search("驱动", published_only=False))) == {draft, archived, published}
    kb.publish(draft)
    assert set(_ids(kb.search("驱动"))) == {draft, published}
    kb.archive(published)
    assert _ids(kb.search("驱动")) == [draft]
    assert kb.get(published).status == "archived"


def test_an_edit_reindexes_and_a_delete_removes_from_the_index(kb, db):
    article = _article(kb, "邮箱无法登录", "<p>检查密码</p>", tags="邮箱")
    assert _ids(kb.search("密码")) == [article]
    changes = kb.update_article(article, {"body": "<p>重置账号</p>", "tags": "outlook，登录 登录"})
    assert changes.knowledge
    assert kb.search("密码") == []
    assert _ids(kb.search("重置")) == [article]
    assert _ids(kb.search("outlook")) == [article]  # tags are searched too
    assert kb.get(article).tags == "outlook, 登录"
    kb.delete_article(article)
    assert kb.search("邮箱") == [] and kb.search("重置") == []
    with db.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM kb_search").scalar() == 0
        kinds = [r[0] for r in conn.execute(select(JournalEntry.kind).where(JournalEntry.entity == "kb_article"))]
    assert kinds == ["create", "update", "delete"]  # every write journaled
    with pytest.raises(NotFound):
        kb.get(article)


def test_validation_of_title_and_status(kb):
    with pytest.raises(ValidationError) as exc:
        kb.create_article({"title": "  "})
    assert exc.value.for_field("title").code == "required"
    with pytest.raises(ValidationError) as exc:
        kb.create_article({"title": "长" * 201})
    assert exc.value.for_field("title").code == "too_long"
    with pytest.raises(ValidationError) as exc:
        kb.create_article({"title": "好标题", "status": "deleted"})
    assert exc.value.for_field("status").code == "not_a_choice"
    with pytest.raises(ValidationError) as exc:
        kb.create_article({"title": "好标题", "helped": 99})
    assert exc.value.for_field("helped").code == "unknown_field"
    article = _article(kb, "长" * 200, status="draft")
    assert kb.get(article).status == "draft"


def test_suggestions_from_a_ticket_text(kb):
    jam = _article(kb, "打印机卡纸怎么办", "<p>打开后盖取出纸张。</p>", tags="打印机 卡纸")
    driver = _article(kb, "打印机驱动安装", "<p>下载驱动。</p>")
    network = _article(kb, "VPN 连接失败", "<p>Check the VPN client certificate.</p>")
    _article(kb, "打印机卡纸（旧）", status="archived")
    assert suggestion_terms("请问打印机卡纸怎么办?") == ["打印", "印机", "机卡", "卡纸"]
    assert suggestion_terms("Why is the VPN a problem") == ["vpn", "problem"]  # 1-letter and stop words dropped
    hits = kb.suggest("客户反映：打印机总是卡纸，怎么处理？")
    assert _ids(hits)[:2] == [jam, driver]  # both are about printers; only one also about jammed paper
    assert network not in _ids(hits)
    assert _ids(kb.suggest("Customer cannot connect to the VPN")) == [network]
    assert kb.suggest("你好，谢谢！") == [] and kb.suggest("") == []


def test_helped_counts_and_ticket_links(kb, db):
    article = _article(kb, "重置密码", "<p>点击忘记密码。</p>")
    other = _article(kb, "修改邮箱")
    with db.unit_of_work(system_actor(db), "ticket") as uow:
        ticket = uow.create(Ticket, number="T-0001", subject="忘记密码")
        uow.commit()
    assert kb.mark_helped(article).knowledge
    assert kb.get(article).helped == 1
    kb.link(ticket.id, other)
    kb.link(ticket.id, other)  # linking twice changes nothing
    kb.mark_helped(article, ticket.id)
    assert kb.get(article).helped == 2
    assert not kb.mark_helped(article, ticket.id).any()  # once per ticket
    assert kb.get(article).helped == 2
    links = kb.links(ticket.id)
    assert [(link.article_id, link.helped) for link in links] == [(other, False), (article, True)]
    kb.mark_helped(other, ticket.id)  # an existing link becomes helped
    assert [link.helped for link in kb.links(ticket.id)] == [True, True]
    assert kb.search("密码")[0].helped == 2
    kb.unlink(ticket.id, other)
    assert [link.article_id for link in kb.links(ticket.id)] == [article]


def test_the_category_tree(kb):
    hardware, changes = kb.create_category("硬件")
    assert changes.knowledge
    printers, _ = kb.create_category("打印机", hardware)
    software, _ = kb.create_category("软件")
    kb.rename_category(software, "软件与系统")
    kb.move_category(printers, software)
    assert {c.id: (c.name, c.parent_id) for c in kb.categories()} == {
        hardware: ("硬件", None), printers: ("打印机", software), software: ("软件与系统", None)}
    with pytest.raises(ValidationError) as exc:
        kb.move_category(software, printers)  # under its own child
    assert exc.value.for_field("parent_id").code == "cycle"
    article = _article(kb, "打印机卡纸", category_id=printers)
    _article(kb, "系统升级", category_id=software)
    assert [r.id for r in kb.list(category_id=printers)] == [article]
    assert len(kb.list(category_id=software)) == 2  # a category shows its sub-categories' articles
    assert kb.list(category_id=printers)[0].category_name == "打印机"
    with pytest.raises(ValidationError) as exc:
        kb.delete_category(printers)
    assert exc.value.for_field("category_id").code == "has_articles"
    assert exc.value.for_field("category_id").args == {"articles": 1}
    with pytest.raises(ValidationError) as exc:
        kb.delete_category(software)
    assert exc.value.for_field("category_id").code == "has_articles"
    kb.update_article(article, {"category_id": hardware})
    with pytest.raises(ValidationError) as exc:
        kb.delete_category(software)
    assert exc.value.for_field("category_id").code in ("has_articles", "has_subcategories")
    kb.delete_category(printers)  # empty now
    assert printers not in {c.id for c in kb.categories()}


def test_the_list_is_windowed_by_keyset(kb):
    ids = [_article(kb, f"文章{i:02d}", status="draft" if i % 3 == 0 else "published") for i in range(25)]
    first = kb.list(limit=10)
    assert [r.id for r in first] == ids[::-1][:10]  # most recently changed first
    second = kb.list(limit=10, after=first[-1].key)
    third = kb.list(limit=10, after=second[-1].key)
    assert [r.id for r in first + second + third] == ids[::-1]
    assert kb.count() == 25 and kb.count(status="draft") == 9
    assert kb.anchors(10) == [first[0].key, second[0].key, third[0].key]
    assert [r.id for r in kb.list(query="文章07")] == [ids[7]]
    # With a query the index drives: newest first, keyset on its rowid.
    pages = [kb.list(query="文章", limit=10)]
    while len(pages[-1]) == 10:
        pages.append(kb.list(query="文章", limit=10, after=pages[-1][-1].key))
    assert [r.id for page in pages for r in page] == ids[::-1]
    assert kb.count(query="文章") == 25
    assert kb.anchors(10, query="文章") == [pages[0][0].key, pages[1][0].key, pages[2][0].key]
    assert [r.id for r in kb.list(query="文章", status="draft", limit=3)] == [ids[24], ids[21], ids[18]]
    assert all(r.status == "draft" for r in kb.list(status="draft"))
    with pytest.raises(ValidationError):
        kb.list(status="gone")


def test_readers_see_published_articles_only_and_cannot_write(kb, db):
    draft = _article(kb, "内部草稿", status="draft")
    published = _article(kb, "公开文章")
    with db.unit_of_work(system_actor(db), "reader") as uow:
        user = uow.create(User, login="reader", display_name="只读")
        uow.commit()
    grant(db, system_actor(db), user.id, "auditor")
    reader = KnowledgeService(db, Actor(user.id, None, db.device_id))
    assert [r.id for r in reader.list()] == [published]
    assert _ids(reader.search("文章", published_only=False)) == [published]
    with pytest.raises(NotFound):
        reader.get(draft)
    with pytest.raises(PermissionDenied):
        reader.create_article({"title": "不行"})
    with pytest.raises(PermissionDenied):
        reader.delete_category(draft)


def test_normalize_tags():
    assert normalize_tags("打印机，卡纸  hp,hp、墨盒") == "打印机, 卡纸, hp, 墨盒"
    assert normalize_tags(None) == ""


def test_search_returns_at_most_the_limit(kb):
    for i in range(30):
        _article(kb, f"打印问题{i}")
    assert len(kb.search("打印")) == 10
    assert len(kb.search("打印", limit=3)) == 3
