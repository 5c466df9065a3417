"""The knowledge-base screen: typing a Chinese query narrows the list as you type; an article written in the
editor is stored, then published; the suggestions widget finds an article for a ticket's text and counts
that it helped."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.knowledge import KnowledgeService
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.knowledge.screen import KnowledgeScreen
from crm_desktop.ui.knowledge.suggestions import ArticleSuggestions
from tests.ui.conftest import answer_next_question, type_text


@pytest.fixture
def kb(db):
    return KnowledgeService(db, ensure_local_user(db))


@pytest.fixture
def screen(qtbot, kb, tasks):
    bus = ChangeBus()
    widget = KnowledgeScreen(kb, tasks, bus)
    widget.bus_ref = bus  # keep the bus alive as long as the screen
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    with qtbot.waitSignal(widget.model.loaded, timeout=10000):
        widget.show()
    return widget


def _titles(model):
    return [model.row_value(r).title for r in range(model.rowCount())]


def test_typing_a_chinese_query_shows_the_matching_article(qtbot, kb, tasks, qtmodeltester):
    kb.create_article({"title": "打印机卡纸怎么办", "body": "<p>打开后盖取出纸张。</p>", "status": "published"})
    kb.create_article({"title": "无线网络连接不上", "body": "<p>重启路由器。</p>", "status": "published"})
    kb.create_article({"title": "打印机驱动安装", "body": "<p>下载驱动。</p>", "status": "draft"})
    widget = KnowledgeScreen(kb, tasks, ChangeBus())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.model.loaded, timeout=10000):
        widget.show()
    assert sorted(_titles(widget.model)) == ["打印机卡纸怎么办", "打印机驱动安装", "无线网络连接不上"]
    qtmodeltester.check(widget.model)
    with qtbot.waitSignal(widget.model.loaded, timeout=10000):
        type_text(qtbot, widget.search_box, "卡纸")  # the list follows after a short pause in typing
    assert _titles(widget.model) == ["打印机卡纸怎么办"]
    assert widget.table.model().index(0, 0).data() == "打印机卡纸怎么办"
    widget.search_box.clear()
    with qtbot.waitSignal(widget.model.loaded, timeout=10000):
        type_text(qtbot, widget.search_box, "打印")
    assert sorted(_titles(widget.model)) == ["打印机卡纸怎么办", "打印机驱动安装"]
    widget.status_filter.setCurrentIndex(widget.status_filter.findData("draft"))
    qtbot.waitUntil(lambda: _titles(widget.model) == ["打印机驱动安装"], timeout=5000)
    # Ctrl+F brings the focus back to the search box.
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert widget.search_box.hasFocus()


def test_an_article_written_in_the_editor_is_stored_and_published(qtbot, screen, kb):
    printers, _ = kb.create_category("打印机")
    screen.reload_categories()
    qtbot.keyClick(screen.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)  # Ctrl+N: a new article
    assert screen.title_edit.hasFocus()
    type_text(qtbot, screen.title_edit, "硒鼓更换步骤")
    screen.category_combo.setCurrentIndex(screen.category_combo.findData(printers.hex))
    type_text(qtbot, screen.tags_edit, "硒鼓, toner")
    type_text(qtbot, screen.body_edit, "先关机，")
    screen.bold_action.trigger()  # bold on
    type_text(qtbot, screen.body_edit, "再打开前盖")
    screen.bold_action.trigger()
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        qtbot.mouseClick(screen.findChild(QPushButton, "saveArticle"), Qt.MouseButton.LeftButton)
    stored = kb.list()
    assert [r.title for r in stored] == ["硒鼓更换步骤"]
    article = kb.get(stored[0].id)
    assert article.status == "draft" and article.category_id == printers and article.tags == "硒鼓, toner"
    assert "先关机" in article.body and "font-weight" in article.body  # rich text, the bold run kept
    assert _titles(screen.model) == ["硒鼓更换步骤"]  # the list refreshed after the write
    assert kb.search("硒鼓") == []  # a draft is not in published search
    # Edit and save with Ctrl+S, then publish.
    screen.title_edit.setText("硒鼓更换步骤（图解）")
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert kb.get(article.id).title == "硒鼓更换步骤（图解）"
    qtbot.mouseClick(screen.findChild(QPushButton, "publishArticle"), Qt.MouseButton.LeftButton)
    assert kb.get(article.id).status == "published"
    assert [h.id for h in kb.search("硒鼓")] == [article.id]
    assert screen.status_combo.currentData() == "published"
    assert not screen.publish_button.isEnabled()
    qtbot.mouseClick(screen.findChild(QPushButton, "archiveArticle"), Qt.MouseButton.LeftButton)
    assert kb.get(article.id).status == "archived"


def test_a_missing_title_is_shown_at_the_field(qtbot, screen, kb):
    screen.new_article()
    type_text(qtbot, screen.body_edit, "没有标题")
    qtbot.mouseClick(screen.findChild(QPushButton, "saveArticle"), Qt.MouseButton.LeftButton)
    assert kb.count() == 0
    assert screen.form.rows["title"].error.text()


def test_a_category_with_articles_is_not_deleted(qtbot, screen, kb):
    category, _ = kb.create_category("网络")
    kb.create_article({"title": "VPN 连接失败", "category_id": category})
    screen.reload_categories()
    root = screen.tree.topLevelItem(0)
    assert root.child(0).text(0) == "网络"
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.tree.setCurrentItem(root.child(0))
    assert _titles(screen.model) == ["VPN 连接失败"]
    screen.delete_category()
    assert "1" in screen.message_label.text() and "网络" in [c.name for c in kb.categories()]


def test_suggestions_for_a_ticket_text(qtbot, kb, tasks):
    jam = kb.create_article({"title": "打印机卡纸怎么办", "body": "<p>打开后盖取出纸张。</p>",
                             "status": "published"})[0]
    kb.create_article({"title": "VPN 连接失败", "body": "<p>检查证书。</p>", "status": "published"})
    widget = ArticleSuggestions(kb, tasks)
    qtbot.addWidget(widget)
    widget.show()
    with qtbot.waitSignal(widget.suggested, timeout=10000) as shown:
        widget.set_text("客户反映：打印机总是卡纸")
    assert shown.args == [1]
    assert widget.items.count() == 1
    assert widget.items.item(0).text().startswith("打印机卡纸怎么办\n打开后盖")
    with qtbot.waitSignal(widget.opened, timeout=1000) as opened:
        qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [jam]
    qtbot.mouseClick(widget.helped_button, Qt.MouseButton.LeftButton)
    assert kb.get(jam).helped == 1
    with qtbot.waitSignal(widget.suggested, timeout=10000) as shown:
        widget.set_text("天气很好")
    assert shown.args == [0] and widget.items.count() == 0



def test_an_article_is_about_a_product_chosen_in_the_editor(qtbot, db, kb, tasks):
    from crm_desktop.data.models import Product
    with db.unit_of_work(kb.actor, "product") as uow:
        product_id = uow.create(Product, code="PRN-1", name="票据打印机").id
        uow.commit()
    widget = KnowledgeScreen(kb, tasks, ChangeBus())
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.model.loaded, timeout=10000):
        widget.show()
    widget.new_article()
    type_text(qtbot, widget.title_edit, "票据打印机换色带")
    widget.product_combo.setCurrentIndex(widget.product_combo.findData(product_id.hex))
    assert widget.save_article()
    assert kb.get(widget.current_id).product_id == product_id


def _click_row(qtbot, screen, title):
    row = _titles(screen.model).index(title)
    rect = screen.table.visualRect(screen.model.index(row, 0))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_click_in_the_list_never_throws_away_an_unsaved_article(qtbot, screen, kb):
    """The editor sits beside the list: clicking another article, or New, over unsaved changes replaced them
    without a word. It now asks Save / Discard / Cancel."""
    from PySide6.QtWidgets import QMessageBox
    button = QMessageBox.StandardButton
    first, _ = kb.create_article({"title": "打印机卡纸怎么办", "body": "<p>打开后盖。</p>"})
    second, _ = kb.create_article({"title": "无线网络连接不上", "body": "<p>重启路由器。</p>"})
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.apply_filter()
    _click_row(qtbot, screen, "打印机卡纸怎么办")
    assert screen.current_id == first
    _click_row(qtbot, screen, "无线网络连接不上")  # nothing changed: no question
    assert screen.current_id == second and not screen.has_unsaved_changes()
    type_text(qtbot, screen.body_edit, "先检查网线。")
    asked = []
    answer_next_question(button.Cancel, asked)
    _click_row(qtbot, screen, "打印机卡纸怎么办")
    assert "not saved" in asked[0]
    assert screen.current_id == second and "先检查网线" in screen.body_edit.toPlainText()

    def selected():
        return [screen.model.row_value(i.row()).id for i in screen.table.selectionModel().selectedRows()]
    qtbot.waitUntil(lambda: selected() == [second])  # the selection goes back to the article being edited
    answer_next_question(button.Save, asked)
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        _click_row(qtbot, screen, "打印机卡纸怎么办")
    assert len(asked) == 2 and screen.current_id == first
    assert "先检查网线" in kb.get(second).body
    # Discard: the other article opens and nothing is written.
    screen.title_edit.setText("打印机卡纸")
    answer_next_question(button.Discard, asked)
    _click_row(qtbot, screen, "无线网络连接不上")
    assert len(asked) == 3 and screen.current_id == second
    assert kb.get(first).title == "打印机卡纸怎么办"
    # New over a half-written new article asks too.
    screen.new_article()
    type_text(qtbot, screen.title_edit, "打印机驱动安装")
    answer_next_question(button.Cancel, asked)
    screen.new_article()
    assert len(asked) == 4 and screen.title_edit.text() == "打印机驱动安装"


def test_publishing_leaves_nothing_to_ask_about(qtbot, screen, kb):
    article, _ = kb.create_article({"title": "发票重开流程", "body": "<p>联系财务。</p>"})
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.apply_filter()
    _click_row(qtbot, screen, "发票重开流程")
    qtbot.mouseClick(screen.findChild(QPushButton, "publishArticle"), Qt.MouseButton.LeftButton)
    assert kb.get(article).status == "published" and not screen.has_unsaved_changes()
    qtbot.mouseClick(screen.findChild(QPushButton, "archiveArticle"), Qt.MouseButton.LeftButton)
    assert not screen.has_unsaved_changes()


def test_closing_the_window_over_an_unsaved_article_asks_first(qtbot, window):
    from PySide6.QtWidgets import QMessageBox
    button = QMessageBox.StandardButton
    knowledge = window.knowledge
    window.show()
    window.show_screen(window.customers)
    window.show_screen(knowledge)
    knowledge.new_article()
    type_text(qtbot, knowledge.title_edit, "退货流程")
    window.show_screen(window.customers)  # another screen: the article waits, unsaved
    asked = []
    answer_next_question(button.Cancel, asked)
    window.close()
    assert asked and window.isVisible()
    assert window.screens.index(knowledge) == window.nav.currentRow()  # shown, so the user sees which article
    assert knowledge.title_edit.text() == "退货流程"
    answer_next_question(button.Discard, asked)
    window.close()
    assert len(asked) == 2 and not window.isVisible()


def test_the_title_column_gets_the_room(qtbot, screen, kb):
    """The category pane's three buttons side by side made it wider than the list, and the title column (which
    stretches) got what the other columns' default widths left: about 60 pixels, '网络连…'."""
    kb.create_article({"title": "升级后数据不显示怎么办", "body": "<p>重新同步。</p>"})
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.apply_filter()
    header = screen.table.horizontalHeader()
    title = screen.model.row_value(0).title
    assert header.sectionSize(0) >= screen.table.fontMetrics().horizontalAdvance(title) + 8
    assert header.sectionSize(0) > max(header.sectionSize(c) for c in range(1, header.count()))
