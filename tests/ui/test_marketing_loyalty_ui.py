"""The loyalty panel and the automation rules screen, driven as a user would: dialogs filled and accepted,
the figures shown coming from the database."""

import pytest
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import select

from crm_desktop.data.models import Customer, Lead, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.services.automation import AutomationService
from crm_desktop.services.leads import LeadService
from crm_desktop.services.loyalty import LoyaltyService
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.marketing.automation import AutomationScreen, RuleEditor
from crm_desktop.ui.marketing.loyalty import LoyaltyPanel, PointsDialog
from tests.ui.conftest import on_modal


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def loyalty(demo_db):
    service = LoyaltyService(demo_db, _actor(demo_db, "admin"))
    for position, (name, threshold) in enumerate((("普通", 0), ("银卡", 1000), ("金卡", 5000))):
        service.save_tier({"name": name, "threshold": threshold, "position": position})
    with demo_db.connect() as conn:
        customer = conn.execute(select(Customer.id).where(Customer.deleted_at.is_(None)).limit(1)).scalar_one()
    service.adjust(customer, 1200, "开卡赠送")
    return service, customer


def test_the_panel_shows_tier_balance_and_redeems(qtbot, loyalty):
    service, customer = loyalty
    panel = LoyaltyPanel(service, ChangeBus())
    qtbot.addWidget(panel)
    panel.set_customer(customer)
    assert panel.tier_label.text() == "Tier: 银卡"
    assert panel.balance_label.text() == "Balance: 1,200 points"
    assert panel.next_label.text() == "3,800 points to 金卡"
    assert panel.ledger.rowCount() == 1 and panel.ledger.item(0, 2).text() == "+1,200"

    def fill(dialog):
        assert isinstance(dialog, PointsDialog)
        dialog.points.setValue(200)
        dialog.reason.setText("兑换保温杯")
        dialog.accept()
    on_modal(fill)
    panel.findChild(QPushButton, "redeemButton").click()
    assert panel.balance_label.text() == "Balance: 1,000 points"
    assert panel.tier_label.text() == "Tier: 银卡"  # spending keeps the tier
    assert [panel.ledger.item(r, 2).text() for r in range(2)] == ["-200", "+1,200"]
    assert service.summary(customer).balance == 1000


def test_redeeming_more_than_the_balance_is_refused_in_words(qtbot, loyalty):
    service, customer = loyalty
    panel = LoyaltyPanel(service)
    qtbot.addWidget(panel)
    panel.set_customer(customer)
    seen = []

    def fill(dialog):
        dialog.points.setValue(5000)
        dialog.accept()
        on_modal(warn)

    def warn(box):
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()
    on_modal(fill)
    panel.redeem()
    assert seen == ["Only 1200 points are available; 5000 were asked for."]
    assert service.summary(customer).balance == 1200


def test_a_sales_rep_sees_but_cannot_adjust(qtbot, demo_db, loyalty):
    _service, _customer = loyalty
    panel = LoyaltyPanel(LoyaltyService(demo_db, _actor(demo_db, "lina")))
    qtbot.addWidget(panel)
    assert not panel.redeem_button.isEnabled() and not panel.adjust_button.isEnabled()


def test_a_rule_made_in_the_editor_runs_from_the_screen(qtbot, demo_db):
    service = AutomationService(demo_db, _actor(demo_db, "admin"))
    screen = AutomationScreen(service)
    qtbot.addWidget(screen)
    screen.refresh()
    wangfang = _actor(demo_db, "wangfang").user_id

    def fill(dialog):
        assert isinstance(dialog, RuleEditor)
        dialog.name.setText("展会线索给王芳")
        dialog.trigger.setCurrentIndex(dialog.trigger.findData("lead_created"))
        dialog.action.setCurrentIndex(dialog.action.findData("assign_owner"))
        dialog.condition.setPlainText('{"source": "展会"}')
        dialog.params.setPlainText(f'{{"owner_id": "{wangfang}"}}')
        dialog._accept()
    on_modal(fill)
    screen.findChild(QPushButton, "newRule").click()
    assert screen.table.rowCount() == 1 and screen.table.item(0, 0).text() == "展会线索给王芳"
    assert screen.table.item(0, 1).text() == "A lead is created"
    lead, _ = LeadService(demo_db, _actor(demo_db, "lina")).create({"name": "周杰", "source": "展会"},
                                                                  auto_assign=False)
    messages = []
    screen.status.connect(messages.append)
    screen.findChild(QPushButton, "runRules").click()
    assert messages == ["Rules ran: 1 done, 0 skipped, 0 failed."]
    assert screen.runs.rowCount() == 1 and screen.runs.item(0, 3).text() == "Done"
    with demo_db.connect() as conn:
        assert conn.execute(select(Lead.owner_id).where(Lead.id == lead)).scalar_one() == wangfang


def test_bad_json_is_refused_before_saving(qtbot, demo_db):
    editor = RuleEditor()
    qtbot.addWidget(editor)
    editor.name.setText("x")
    editor.condition.setPlainText("[1, 2")
    seen = []

    def warn(box):
        seen.append(box.text())
        box.accept()
    on_modal(warn)
    editor._accept()
    assert seen == ["Condition and parameters must be JSON objects."] and editor.values is None


def test_the_panel_follows_writes_published_elsewhere(qtbot, loyalty):
    service, customer = loyalty
    bus = ChangeBus()
    panel = LoyaltyPanel(service, bus)
    qtbot.addWidget(panel)
    panel.set_customer(customer)
    with qtbot.waitSignal(bus.changed, timeout=1000):
        bus.publish(service.adjust(customer, 3800, "活动奖励"))
    assert panel.tier_label.text() == "Tier: 金卡"
    assert panel.next_label.text() == "Top tier"
    assert panel.ledger.item(0, 3).text() == "活动奖励"


def test_the_customer_view_has_a_loyalty_tab_for_those_who_may_see_it(qtbot, loyalty, demo_db):
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.ui.customers.form import CustomerDialog
    _service, customer = loyalty
    dialog = CustomerDialog(CustomerService(demo_db, _actor(demo_db, "admin")), ChangeBus(), customer)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Loyalty" in tabs
    assert dialog.loyalty.balance_label.text() == "Balance: 1,200 points"
    new = CustomerDialog(CustomerService(demo_db, _actor(demo_db, "admin")), ChangeBus(), None)
    qtbot.addWidget(new)
    assert new.loyalty is None  # nothing to show before the customer exists
