"""The loyalty programme's administration screen, driven as an administrator would: tiers and rules typed into
their dialogs, checked against what the service then returns (amounts in 分, exactly), reordered and deleted;
the background jobs changing customers' tiers and expiring points; a sales rep kept to looking."""

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.changes import Changes
from crm_desktop.services.loyalty import LoyaltyService, RuleItem
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.marketing.loyalty_admin import (
    LoyaltyProgramScreen,
    LoyaltyRuleDialog,
    LoyaltyTierDialog,
)
from crm_desktop.ui.tasks import TaskRunner
from tests.ui.conftest import answer_next_question, on_modal, type_text


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def inline_tasks(qtbot):
    runner = TaskRunner(inline=True)
    yield runner
    runner.shutdown()


@pytest.fixture
def service(demo_db):
    return LoyaltyService(demo_db, _actor(demo_db, "admin"))


@pytest.fixture
def bus():
    return ChangeBus()


@pytest.fixture
def screen(qtbot, service, inline_tasks, bus):
    widget = LoyaltyProgramScreen(service, inline_tasks, bus)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _customer(db):
    with db.connect() as conn:
        return conn.execute(select(Customer.id).where(Customer.deleted_at.is_(None)).order_by(Customer.id)
                            .limit(1)).scalar_one()


def _tier_of(db, customer_id):
    with db.connect() as conn:
        return conn.execute(select(Customer.loyalty_tier_id).where(Customer.id == customer_id)).scalar_one()


def _set_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))


def _ok(dialog) -> None:
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def _rows(table):
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def _field_errors(dialog) -> dict:
    return {name: row.error.text() for name, row in dialog.form.rows.items() if row.error.isVisible()}


def _new_tier(qtbot, screen, name, threshold, benefits):
    def fill(dialog):
        assert isinstance(dialog, LoyaltyTierDialog)
        type_text(qtbot, dialog.name_edit, name)
        _set_number(qtbot, dialog.threshold_spin, threshold)
        type_text(qtbot, dialog.benefits_edit, benefits)
        _ok(dialog)
    on_modal(fill)
    screen.findChild(QPushButton, "newTier").click()


def _yes(box):
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.Yes).click()


def test_tiers_are_made_edited_reordered_and_deleted_through_the_dialogs(qtbot, screen, service, bus):
    published = []
    bus.changed.connect(published.append)
    _new_tier(qtbot, screen, "普通", 0, "积分累计")
    assert len(published) == 1 and published[0].loyalty  # other screens hear of it
    _new_tier(qtbot, screen, "银卡", 1000, "95折")
    _new_tier(qtbot, screen, "金卡", 5000, "9折 专属客服")
    assert [(t.name, t.threshold, t.benefits, t.position) for t in service.tiers()] == [
        ("普通", 0, "积分累计", 0), ("银卡", 1000, "95折", 1), ("金卡", 5000, "9折 专属客服", 2)]
    assert _rows(screen.tier_table) == [["普通", "0", "积分累计"], ["银卡", "1,000", "95折"],
                                        ["金卡", "5,000", "9折 专属客服"]]
    assert screen.message_label.text() == "Tier 金卡 saved."

    # a threshold another tier has is refused beside the field; the dialog stays open with what was typed
    seen = {}

    def clash(dialog):
        type_text(qtbot, dialog.name_edit, "钻石")
        _set_number(qtbot, dialog.threshold_spin, 1000)
        _ok(dialog)
        seen["open"] = dialog.isVisible()
        seen["errors"] = _field_errors(dialog)
        answer_next_question(QMessageBox.StandardButton.Discard)
        dialog.reject()
    on_modal(clash)
    screen.findChild(QPushButton, "newTier").click()
    assert seen == {"open": True, "errors": {
        "threshold": "Another tier already has this threshold; each tier needs its own."}}
    assert len(service.tiers()) == 3

    # edit the gold tier
    screen.tier_table.selectRow(2)

    def edit(dialog):
        assert dialog.name_edit.text() == "金卡" and dialog.threshold_spin.value() == 5000
        _set_number(qtbot, dialog.threshold_spin, 6000)
        dialog.benefits_edit.clear()
        type_text(qtbot, dialog.benefits_edit, "88折")
        _ok(dialog)
    on_modal(edit)
    screen.findChild(QPushButton, "editTier").click()
    gold = next(t for t in service.tiers() if t.name == "金卡")
    assert (gold.threshold, gold.benefits, gold.position) == (6000, "88折", 2)
    assert _rows(screen.tier_table)[2] == ["金卡", "6,000", "88折"]

    # move it up: it swaps places with 银卡, in the table and in the stored positions, and stays selected
    screen.findChild(QPushButton, "tierUp").click()
    assert [r[0] for r in _rows(screen.tier_table)] == ["普通", "金卡", "银卡"]
    assert {t.name: t.position for t in service.tiers()} == {"普通": 0, "金卡": 1, "银卡": 2}
    assert screen.selected_tier().name == "金卡"
    screen.findChild(QPushButton, "tierUp").click()
    assert [r[0] for r in _rows(screen.tier_table)] == ["金卡", "普通", "银卡"]
    screen.findChild(QPushButton, "tierUp").click()  # already at the top: nothing moves
    assert {t.name: t.position for t in service.tiers()} == {"金卡": 0, "普通": 1, "银卡": 2}
    screen.findChild(QPushButton, "tierDown").click()
    assert {t.name: t.position for t in service.tiers()} == {"普通": 0, "金卡": 1, "银卡": 2}

    # delete 银卡
    screen.tier_table.selectRow(2)
    assert screen.selected_tier().name == "银卡"
    on_modal(_yes)
    screen.findChild(QPushButton, "deleteTier").click()
    assert sorted(t.name for t in service.tiers()) == ["普通", "金卡"]
    assert [r[0] for r in _rows(screen.tier_table)] == ["普通", "金卡"]


def test_a_per_amount_rule_typed_in_yuan_is_stored_in_fen(qtbot, screen, service):
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, LoyaltyRuleDialog)
        assert dialog.kind_box.currentData() == "per_amount"
        _set_number(qtbot, dialog.points_spin, 3)
        type_text(qtbot, dialog.per_amount_edit, "1.005")  # finer than a 分: refused before saving
        _set_number(qtbot, dialog.expiry_spin, 365)
        _ok(dialog)
        seen["too precise"] = _field_errors(dialog)
        dialog.per_amount_edit.clear()  # nothing: the service requires an amount
        _ok(dialog)
        seen["empty"] = _field_errors(dialog)
        type_text(qtbot, dialog.per_amount_edit, "1,999.99")
        _ok(dialog)
        seen["closed"] = not dialog.isVisible()
    on_modal(fill)
    screen.findChild(QPushButton, "newRule").click()
    assert seen == {"too precise": {"per_amount": "At most 2 decimal places."},
                    "empty": {"per_amount": "This field is required."}, "closed": True}
    [rule] = service.rules()
    assert rule == RuleItem(rule.id, "per_amount", "", 3, 199999, 365, True)
    assert _rows(screen.rule_table) == [["Per amount paid", "Payment", "3", "3 point(s) per ¥1,999.99", "CNY",
                                         "365", "Yes"]]

    # edit: the amount comes back in yuan; make it 100 yuan per point, never expiring, inactive
    screen.rule_table.selectRow(0)

    def edit(dialog):
        assert dialog.per_amount_edit.text() == "1999.99" and dialog.expiry_spin.value() == 365
        dialog.per_amount_edit.clear()
        type_text(qtbot, dialog.per_amount_edit, "100")
        _set_number(qtbot, dialog.points_spin, 1)
        _set_number(qtbot, dialog.expiry_spin, 0)
        dialog.active_check.click()
        _ok(dialog)
    on_modal(edit)
    screen.findChild(QPushButton, "editRule").click()
    assert service.rules() == [RuleItem(rule.id, "per_amount", "", 1, 10000, 0, False)]
    assert _rows(screen.rule_table) == [["Per amount paid", "Payment", "1", "1 point(s) per ¥100.00", "CNY", "Never",
                                         "No"]]

    # a per-event rule: no amount; the event is worded
    def event_rule(dialog):
        dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("per_event"))
        assert not dialog.per_amount_edit.isVisible() and dialog.event_box.isVisible()
        dialog.event_box.setCurrentIndex(dialog.event_box.findData("referral"))
        _set_number(qtbot, dialog.points_spin, 200)
        _ok(dialog)
    on_modal(event_rule)
    screen.findChild(QPushButton, "newRule").click()
    referral = next(r for r in service.rules() if r.kind == "per_event")
    assert referral == RuleItem(referral.id, "per_event", "referral", 200, 0, 0, True)
    assert ["Per event", "Referral", "200", "", "", "Never", "Yes"] in _rows(screen.rule_table)

    # delete the per-amount rule
    screen.rule_table.selectRow(next(i for i, r in enumerate(screen._rules) if r.id == rule.id))
    on_modal(_yes)
    screen.findChild(QPushButton, "deleteRule").click()
    assert [r.id for r in service.rules()] == [referral.id]
    assert screen.rule_table.rowCount() == 1


def test_a_per_amount_rule_in_us_dollars_is_made_through_the_dialog(qtbot, screen, service):
    """70 points per 100.00 USD: the currency chosen beside the amount (CNY until chosen), stored with the rule,
    shown in the table and brought back when the rule is edited; the amount is read in that currency."""
    seen = {}

    def fill(dialog):
        seen["default"] = dialog.currency_box.currentData()
        seen["offered"] = [dialog.currency_box.itemData(i) for i in range(dialog.currency_box.count())]
        dialog.currency_box.setCurrentIndex(dialog.currency_box.findData("USD"))
        _set_number(qtbot, dialog.points_spin, 70)
        type_text(qtbot, dialog.per_amount_edit, "100")
        _ok(dialog)
        seen["closed"] = not dialog.isVisible()
    on_modal(fill)
    screen.findChild(QPushButton, "newRule").click()
    assert seen["default"] == "CNY" and {"CNY", "USD", "EUR", "JPY"} <= set(seen["offered"]) and seen["closed"]
    [rule] = service.rules()
    assert rule == RuleItem(rule.id, "per_amount", "", 70, 100_00, 0, True, "USD")
    assert _rows(screen.rule_table) == [["Per amount paid", "Payment", "70", "70 point(s) per $100.00", "USD",
                                         "Never", "Yes"]]

    # edited: it comes back in dollars; made a yen rule, whose amount has no decimals
    screen.rule_table.selectRow(0)

    def edit(dialog):
        seen["shown"] = (dialog.currency_box.currentData(), dialog.per_amount_edit.text())
        dialog.currency_box.setCurrentIndex(dialog.currency_box.findData("JPY"))
        seen["yen placeholder"] = dialog.per_amount_edit.placeholderText()
        dialog.per_amount_edit.clear()
        type_text(qtbot, dialog.per_amount_edit, "1000.5")
        _ok(dialog)
        seen["too precise"] = _field_errors(dialog)
        dialog.per_amount_edit.clear()
        type_text(qtbot, dialog.per_amount_edit, "1,000")
        _ok(dialog)
    on_modal(edit)
    screen.findChild(QPushButton, "editRule").click()
    assert seen["shown"] == ("USD", "100.00") and seen["yen placeholder"] == "100"
    assert seen["too precise"] == {"per_amount": "At most 0 decimal places."}
    assert service.rules() == [RuleItem(rule.id, "per_amount", "", 70, 1000, 0, True, "JPY")]
    assert _rows(screen.rule_table)[0][3:5] == ["70 point(s) per ¥1,000", "JPY"]


def test_a_rule_without_points_is_refused_at_the_points_field(qtbot, screen, service):
    seen = {}

    def fill(dialog):
        _set_number(qtbot, dialog.points_spin, 0)
        type_text(qtbot, dialog.per_amount_edit, "100")
        _ok(dialog)
        seen.update(_field_errors(dialog))
        answer_next_question(QMessageBox.StandardButton.Discard)
        dialog.reject()
    on_modal(fill)
    screen.findChild(QPushButton, "newRule").click()
    assert seen == {"points": "This field is required."}
    assert service.rules() == []


def test_recalculating_moves_a_customer_into_the_tier_their_points_now_reach(qtbot, screen, service, demo_db, bus):
    customer = _customer(demo_db)
    service.adjust(customer, 1200, "开卡赠送")  # before any tier exists: the customer holds none
    for position, (name, threshold) in enumerate((("普通", 0), ("银卡", 1000), ("金卡", 5000))):
        bus.publish(service.save_tier({"name": name, "threshold": threshold, "position": position})[1])
    assert screen.tier_table.rowCount() == 3
    assert _tier_of(demo_db, customer) is None  # saving tiers does not move customers by itself
    silver = next(t.id for t in service.tiers() if t.name == "银卡")
    messages, published = [], []
    screen.status.connect(messages.append)
    bus.changed.connect(published.append)
    screen.findChild(QPushButton, "recalculateTiers").click()
    assert messages == ["Tiers recalculated: 1 customer(s) changed."]
    assert _tier_of(demo_db, customer) == silver
    assert len(published) == 1 and published[0].customers
    assert screen.recalculate_button.isEnabled() and screen.job is None

    # the threshold raised above the customer's points: the next run takes the tier away again
    screen.tier_table.selectRow(1)

    def raise_it(dialog):
        _set_number(qtbot, dialog.threshold_spin, 2000)
        _ok(dialog)
    on_modal(raise_it)
    screen.findChild(QPushButton, "editTier").click()
    assert _tier_of(demo_db, customer) == silver
    screen.findChild(QPushButton, "recalculateTiers").click()
    assert messages[-1] == "Tiers recalculated: 1 customer(s) changed."
    assert _tier_of(demo_db, customer) == next(t.id for t in service.tiers() if t.name == "普通")
    screen.findChild(QPushButton, "recalculateTiers").click()  # nothing left to change
    assert messages[-1] == "Tiers recalculated: 0 customer(s) changed."


def test_expiring_writes_off_lapsed_points_in_the_background(qtbot, service, demo_db, bus, tasks):
    screen = LoyaltyProgramScreen(service, tasks, bus)  # the real runner: the job runs on the database lane
    qtbot.addWidget(screen)
    screen.show()
    customer = _customer(demo_db)
    service.save_rule({"kind": "per_event", "event": "signup", "points": 100, "expires_after_days": 1})
    service.award_event(customer, "signup")
    assert service.summary(customer).balance == 100
    demo_db.now.current += timedelta(days=3)
    messages = []
    screen.status.connect(messages.append)
    with qtbot.waitSignal(bus.changed, timeout=10000) as published:
        screen.findChild(QPushButton, "expirePoints").click()
    assert messages == ["Points expired: 1 lapsed lot(s) written off."]
    assert published.args[0].loyalty
    assert service.summary(customer).balance == 0
    assert screen.expire_button.isEnabled() and screen.job is None and screen.job_progress is None


def test_the_tables_follow_loyalty_changes_published_elsewhere(qtbot, screen, service, bus):
    assert screen.tier_table.rowCount() == 0
    _tier_id, changes = service.save_tier({"name": "钻石", "threshold": 20000, "position": 0})
    bus.publish(Changes(customers=True))  # not a loyalty change: nothing to reload
    assert screen.tier_table.rowCount() == 0
    bus.publish(changes)
    assert _rows(screen.tier_table) == [["钻石", "20,000", ""]]


def test_a_sales_rep_sees_the_programme_but_cannot_change_it(qtbot, demo_db, service, inline_tasks):
    service.save_tier({"name": "银卡", "threshold": 1000, "position": 0})
    rep = LoyaltyService(demo_db, _actor(demo_db, "lina"))
    screen = LoyaltyProgramScreen(rep, inline_tasks, ChangeBus())
    qtbot.addWidget(screen)
    screen.show()
    names = ["newTier", "editTier", "deleteTier", "tierUp", "tierDown", "newRule", "editRule", "deleteRule",
             "recalculateTiers", "expirePoints"]
    buttons = [screen.findChild(QPushButton, n) for n in names]
    assert all(b is not None for b in buttons)
    assert [b.objectName() for b in buttons if b.isEnabled()] == []
    assert _rows(screen.tier_table) == [["银卡", "1,000", ""]]
    admin = LoyaltyProgramScreen(service, inline_tasks, ChangeBus())
    qtbot.addWidget(admin)
    assert all(admin.findChild(QPushButton, n).isEnabled() for n in names)  # the check can tell them apart
    assert isinstance(screen.findChild(QLabel, "loyaltyProgramMessage"), QLabel)
