"""The opportunities screen driven like a user: the kanban shows each stage's totals, dragging a card to
another column moves the opportunity and the totals follow, a drop into the lost column asks why, a new
opportunity with a product line saves its exact total, and the list and expired tabs fill."""

from decimal import Decimal

from PySide6.QtCore import QPoint, QPointF, QRect, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (QApplication, QDialogButtonBox, QInputDialog, QLabel, QLineEdit, QMessageBox,
                               QPushButton)

from crm_desktop.domain.opportunity_filter import OpportunityFilter
from crm_desktop.ui.sales.board import ROW
from crm_desktop.ui.sales.form import OpportunityDialog
from tests.ui.conftest import answer_next_question, on_modal, type_text


def _open_board(qtbot, window):
    screen = window.sales
    with qtbot.waitSignal(screen.board.loaded, timeout=10000):
        window.show_screen(screen)
    return screen


def _drag(qtbot, screen, source_column, row, target_column):
    """Drag card `row` of one column onto another column, as Qt delivers it to the target's viewport."""
    index = source_column.model.index(row, 0)
    card = index.data(ROW)
    mime = source_column.model.mimeData([index])
    target = target_column.list.viewport()
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(screen.board.loaded, timeout=10000):
        QApplication.sendEvent(target, drop)
    return card


def test_the_board_shows_each_stage_with_its_totals(qtbot, window):
    screen = _open_board(qtbot, window)
    service = screen.service
    pipeline = service.pipeline()
    expected = service.board(OpportunityFilter(pipeline_id=pipeline.id))
    assert [c.stage.name for c in screen.board.columns] == [c.stage.name for c in expected]
    for column, total in zip(screen.board.columns, expected, strict=True):
        assert column.total == total
        assert f"{total.count:,}" in column.figures.text()
        assert column.model.rowCount() == min(total.count, 40)
        amounts = [column.model.rows[i].amount for i in range(column.model.rowCount())]
        assert amounts == sorted(amounts, reverse=True)  # largest first
    assert "Open:" in screen.summary.text() or "进行中" in screen.summary.text()


def test_dragging_a_card_moves_it_and_the_totals_follow(qtbot, window):
    screen = _open_board(qtbot, window)
    first, second = screen.board.columns[0], screen.board.columns[1]
    before = (first.total.count, second.total.count, second.total.amounts.get("CNY", 0))
    card = _drag(qtbot, screen, first, 0, second)
    assert screen.service.get(card.id).stage_id == second.stage.id
    assert (first.total.count, second.total.count) == (before[0] - 1, before[1] + 1)
    assert second.total.amounts["CNY"] == before[2] + card.amount
    assert second.total.weighted["CNY"] - Decimal(0) >= Decimal(card.amount * second.stage.probability) / 100
    assert card.id in [r.id for r in second.model.rows]
    history = screen.service.get(card.id).history
    assert [h.stage_name for h in history][-2:] == [first.stage.name, second.stage.name]


def test_a_drop_on_the_lost_column_asks_why(qtbot, window):
    screen = _open_board(qtbot, window)
    lost = next(c for c in screen.board.columns if c.stage.kind == "lost")
    source = screen.board.columns[0]

    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("预算取消")
        dialog.accept()
    on_modal(answer)
    card = _drag(qtbot, screen, source, 0, lost)
    detail = screen.service.get(card.id)
    assert (detail.status, detail.loss_reason) == ("lost", "预算取消")


def test_a_new_opportunity_with_a_product_line_saves_its_exact_total(qtbot, window):
    screen = _open_board(qtbot, window)
    service = screen.service
    count = service.count(OpportunityFilter())
    customer = window.customers.service.search("有限公司", limit=1)[0]
    dialog = OpportunityDialog(service, window.customers.service, window.bus, customer=(customer.id, customer.name),
                               pipeline=service.pipeline(), parent=screen)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "年度采购 2027")
    dialog.product_combo.setCurrentIndex(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "addProductLine"), Qt.MouseButton.LeftButton)
    dialog.lines.item(0, 1).setText("3")
    dialog.lines.item(0, 3).setText("10")
    price = dialog.product_combo.itemData(0)[2]
    expected = int((Decimal(3) * price * Decimal("0.9")).quantize(Decimal(1)))
    assert dialog.amount_edit.isReadOnly()
    with qtbot.waitSignal(window.bus.changed, timeout=5000):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert service.count(OpportunityFilter()) == count + 1
    saved = service.get(dialog.opportunity_id)
    assert (saved.name, saved.amount, saved.customer_id) == ("年度采购 2027", expected, customer.id)
    assert saved.lines[0].quantity == "3" and saved.lines[0].discount == "10"


def test_a_bad_amount_is_shown_under_its_field(qtbot, window):
    screen = _open_board(qtbot, window)
    customer = window.customers.service.search("有限公司", limit=1)[0]
    dialog = OpportunityDialog(screen.service, window.customers.service, window.bus,
                               customer=(customer.id, customer.name), pipeline=screen.service.pipeline(),
                               parent=screen)
    qtbot.addWidget(dialog)
    type_text(qtbot, dialog.name_edit, "试点")
    dialog.amount_edit.setText("12.345")
    assert dialog.save() is False
    error = dialog.form.rows["amount"].error
    assert not error.isHidden() and "2" in error.text()  # at most 2 decimal places
    assert dialog.opportunity_id is None


def test_the_list_and_expired_tabs_fill(qtbot, window):
    screen = _open_board(qtbot, window)
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.tabs.setCurrentWidget(screen.list)
    assert screen.model.rowCount() == screen.service.count(screen.filter())
    assert screen.model.data(screen.model.index(0, 0))
    screen.tabs.setCurrentWidget(screen.expired)
    qtbot.waitUntil(lambda: screen.expired.rowCount() > 0, timeout=10000)
    from datetime import date
    assert screen.expired.rowCount() == len(screen.service.expired(date.today()))
    search = screen.findChild(QLineEdit, "salesSearch")
    assert search is not None


def _quote_of_first_card(qtbot, window):
    """The first card's opportunity, opened, and a new quote made of it from its Quotes tab."""
    screen = _open_board(qtbot, window)
    card = screen.board.columns[0].model.rows[0]
    dialog = OpportunityDialog(screen.service, window.customers.service, window.bus, opportunity_id=card.id,
                               parent=screen)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)
    qtbot.mouseClick(dialog.findChild(QPushButton, "newQuote"), Qt.MouseButton.LeftButton)
    return card, dialog


def test_quote_to_pdf_from_the_opportunity_dialog(qtbot, window, tmp_path):
    """Open an opportunity, make a quote of it, change a line, save, preview and save the PDF: the PDF's text
    (read with pypdf) holds the Chinese customer name and the exact total."""
    import io

    from pypdf import PdfReader

    card, dialog = _quote_of_first_card(qtbot, window)
    quote = dialog.quote_dialog
    qtbot.waitUntil(lambda: bool(quote.findChildren(QLabel, "pdfPage")), timeout=20000)
    assert not quote.findChildren(QLabel, "pdfPage")[0].pixmap().isNull()  # the preview shows the page
    assert dialog.quote_list.rowCount() == 1
    quote.lines.item(0, 2).setText("2")
    quote.lines.item(0, 4).setText("10")
    qtbot.mouseClick(quote.findChild(QPushButton, "saveQuote"), Qt.MouseButton.LeftButton)
    saved = quote.service.get(quote.quote_id)
    net = round(2 * card.amount * 0.9)
    assert saved.subtotal == net and saved.total == net + int((Decimal(net) * Decimal("0.13")).quantize(
        Decimal(1), rounding="ROUND_HALF_UP"))
    path = tmp_path / "报价单.pdf"
    quote.save_pdf(str(path))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    assert card.customer_name in text
    assert f"{saved.total / 100:,.2f}" in text
    qtbot.mouseClick(quote.findChild(QPushButton, "markSent"), Qt.MouseButton.LeftButton)
    assert quote.service.get(quote.quote_id).status == "sent" and not quote.lines.isEnabled()
    qtbot.mouseClick(quote.findChild(QPushButton, "newVersion"), Qt.MouseButton.LeftButton)
    assert quote.quote.version == 2 and quote.lines.isEnabled()
    quote.close()


def test_a_card_moves_from_its_menu_too(qtbot, window):
    """The keyboard way: the card's menu offers every other stage."""
    screen = _open_board(qtbot, window)
    first, third = screen.board.columns[0], screen.board.columns[2]
    card = first.model.rows[0]
    menu = screen.board.move_menu(first.stage.id, [card.id])
    moves = next(a.menu() for a in menu.actions() if a.menu() is not None)
    names = [a.text() for a in moves.actions()]
    assert first.stage.name not in names and third.stage.name in names
    with qtbot.waitSignal(screen.board.loaded, timeout=10000):
        next(a for a in moves.actions() if a.text() == third.stage.name).trigger()
    assert screen.service.get(card.id).stage_id == third.stage.id


def test_the_owner_list_offers_active_users_and_keeps_a_deactivated_owner(qtbot, window, demo_db):
    from crm_desktop.services.organisation import OrganisationService
    from tests.data.test_access import as_user
    screen = _open_board(qtbot, window)
    card = screen.board.columns[0].model.rows[0]
    existing = OpportunityDialog(screen.service, window.customers.service, window.bus, opportunity_id=card.id,
                                 parent=screen)
    qtbot.addWidget(existing)
    owner = existing.detail.owner_id
    org = OrganisationService(demo_db, as_user(demo_db, "admin").actor)
    users = {u.login: u for u in org.list_users()}
    other = next(u for login, u in users.items() if login not in ("admin",) and u.id != owner)
    for user_id in (owner, other.id):
        org.set_active(user_id, False)

    def offered(dialog) -> list:
        return [dialog.owner.itemData(i) for i in range(dialog.owner.count())]
    again = OpportunityDialog(screen.service, window.customers.service, window.bus, opportunity_id=card.id,
                              parent=screen)
    qtbot.addWidget(again)
    assert again.owner.currentData() == owner.hex  # its owner stays shown and chosen
    assert other.id.hex not in offered(again)
    customer = window.customers.service.search("有限公司", limit=1)[0]
    new = OpportunityDialog(screen.service, window.customers.service, window.bus, customer=(customer.id, customer.name),
                            pipeline=screen.service.pipeline(), parent=screen)
    qtbot.addWidget(new)
    assert set(offered(new)) == {u.id.hex for u in org.list_users() if u.active}
    assert owner.hex not in offered(new) and other.id.hex not in offered(new)


def test_closing_an_opportunity_over_an_edit_asks_first(qtbot, window):
    """Cancel keeps the dialog and the edit; Discard closes without writing; unchanged, it closes at once."""
    screen = _open_board(qtbot, window)
    card = screen.board.columns[0].model.rows[0]
    dialog = OpportunityDialog(screen.service, window.customers.service, window.bus, opportunity_id=card.id,
                               parent=screen)
    qtbot.addWidget(dialog)
    dialog.show()
    before = screen.service.get(card.id).name
    dialog.name_edit.setText(before + "（二期）")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert dialog.isVisible() and dialog.name_edit.text() == before + "（二期）"
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert len(asked) == 2 and screen.service.get(card.id).name == before
    unchanged = OpportunityDialog(screen.service, window.customers.service, window.bus, opportunity_id=card.id,
                                  parent=screen)
    qtbot.addWidget(unchanged)
    unchanged.show()
    unchanged.reject()
    assert not unchanged.isVisible() and len(asked) == 2


class _RecordingPainter:
    """A real painter on an image that also notes every text it draws, with its rectangle and alignment."""

    def __init__(self, image):
        from PySide6.QtGui import QPainter
        self._painter = QPainter(image)
        self.texts = []

    def drawText(self, rect, flags, text):
        self.texts.append((QRect(rect), flags, text))
        self._painter.drawText(rect, flags, text)

    def __getattr__(self, name):
        return getattr(self._painter, name)


def test_a_narrow_card_never_overlaps_its_texts(qtbot, window):
    """A won card ("¥… · 100%") in a narrow column drew the date and owner right-aligned over the amount."""
    import dataclasses
    from datetime import date

    from PySide6.QtGui import QFont, QFontMetrics, QImage
    from PySide6.QtWidgets import QStyleOptionViewItem

    screen = _open_board(qtbot, window)
    column = next(c for c in screen.board.columns if c.model.rowCount())
    card = dataclasses.replace(column.model.rows[0], name="华东区年度系统集成升级项目", amount=123_456_789,
                               probability=100, expected_close=date(2026, 3, 20), owner_name="欧阳明月")

    class Index:
        def data(self, role):
            return card

    delegate = column.list.itemDelegate()
    for width in (150, 190, 240, 420):
        option = QStyleOptionViewItem()
        option.initFrom(column.list)
        option.rect = QRect(0, 0, width, delegate.HEIGHT)
        image = QImage(width, delegate.HEIGHT, QImage.Format.Format_ARGB32)
        painter = _RecordingPainter(image)
        delegate.paint(painter, option, Index())
        painter.end()
        bold = QFont(option.font)
        bold.setBold(True)
        plain, strong = QFontMetrics(option.font), QFontMetrics(bold)
        inner = width - 8 - 16  # the card's margins
        lines = {}
        for rect, flags, text in painter.texts:
            side = "right" if flags & Qt.AlignmentFlag.AlignRight else "left"
            lines.setdefault(rect.top(), {})[side] = text
        (top, name), (_, customer), (_, bottom) = sorted(lines.items())
        assert strong.horizontalAdvance(name["left"]) + plain.horizontalAdvance(name["right"]) <= inner
        assert plain.horizontalAdvance(bottom["left"]) + plain.horizontalAdvance(bottom["right"]) <= inner
        assert bottom["left"].startswith("¥1,234,567.89")  # the amount is never cut for the date's sake
        assert name["right"].startswith("欧")
        if width == 190:  # the probability gives way to the date
            assert bottom == {"left": "¥1,234,567.89", "right": "03-20"}
        if width >= 190:
            assert name["right"] == "欧阳明月"
        if width >= 240:
            assert bottom == {"left": "¥1,234,567.89 · 100%", "right": "03-20"}
        if width == 420:
            assert name == {"left": card.name, "right": "欧阳明月"}


def test_a_quote_s_pdf_is_the_quote_on_screen_and_closing_asks_about_changes(qtbot, window, tmp_path):
    """Save PDF wrote the stored quote: a price changed but not saved was not in the file sent to the customer.
    And Esc over changed lines threw them away."""
    import io

    from pypdf import PdfReader

    quote = _quote_of_first_card(qtbot, window)[1].quote_dialog
    quote.lines.item(0, 2).setText("3")  # quantity, not saved
    quote.lines.item(0, 3).setText("12345.67")
    path = tmp_path / "报价单.pdf"
    quote.save_pdf(str(path))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)
    stored = quote.service.get(quote.quote_id)
    assert [(line.quantity, line.unit_price) for line in stored.lines] == [("3", 1234567)]
    assert "37,037.01" in text  # 3 x 12,345.67 before tax: the figures on screen are the figures in the file
    assert not quote.has_unsaved_changes()
    qtbot.keyClick(quote, Qt.Key.Key_Escape)  # saved: nothing to ask
    assert not quote.isVisible()

    quote.show()
    quote.title_edit.setText("年度维保报价")
    asked = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    qtbot.keyClick(quote, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: bool(asked))
    assert quote.isVisible() and "not saved" in asked[0]
    answer_next_question(QMessageBox.StandardButton.Save, asked)
    quote.close()
    qtbot.waitUntil(lambda: not quote.isVisible())
    assert quote.service.get(quote.quote_id).title == "年度维保报价"
