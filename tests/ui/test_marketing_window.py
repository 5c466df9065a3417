"""Marketing in the main window: the campaign screen and the automation screen are there for those who may see
them, a campaign's e-mail dialog opens from its screen, and the automation rules an administrator set run in the
background on a rep's desktop after the rep's own change."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from crm_desktop.data.models import Lead, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.services.automation import AutomationService
from crm_desktop.services.campaigns import CampaignService
from crm_desktop.services.leads import LeadService
from crm_desktop.ui.marketing.email_send import EmailSendDialog
from tests.data.test_access import as_user


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def test_a_rule_set_by_the_administrator_runs_on_the_reps_desktop(qtbot, make_window, demo_db):
    admin = AutomationService(demo_db, _actor(demo_db, "admin"))
    wangfang = _actor(demo_db, "wangfang").user_id
    admin.save_rule({"name": "展会线索给王芳", "trigger": "lead_created", "condition": {"source": "展会"},
                     "action": "assign_owner", "params": {"owner_id": str(wangfang)}})
    window = make_window(as_user(demo_db, "lina"))
    assert window.automation is None  # a rep does not see the rules ...
    lina = LeadService(demo_db, _actor(demo_db, "lina"))
    lead, changes = lina.create({"name": "周杰", "company": "杭州云杉科技", "source": "展会"}, auto_assign=False)
    other, more = lina.create({"name": "吴敏", "source": "网络推广"}, auto_assign=False)
    window.bus.publish(changes | more)  # ... but they run on the rep's changes, in the background

    def owner(lead_id):
        with demo_db.connect() as conn:
            return conn.execute(select(Lead.owner_id).where(Lead.id == lead_id)).scalar_one()
    qtbot.waitUntil(lambda: owner(lead) == wangfang, timeout=15000)
    assert owner(other) != wangfang
    assert [r.status for r in admin.runs()] == ["done"]


def test_the_campaign_screen_opens_the_e_mail_dialog(qtbot, window):
    assert window.campaigns is not None and window.automation is not None
    service = CampaignService(window.service.db, window.service.actor, window.service.access)
    service.create({"name": "双十一客户回馈", "kind": "email", "budget": 500_000})
    window.show_screen(window.marketing)
    tabs = window.marketing
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Campaigns", "Segments", "Resources", "Unsubscribed",
                                                              "Loyalty programme"]
    assert window.campaigns.findChild(QPushButton, "addMembers").isVisibleTo(window.campaigns)
    assert tabs.currentWidget() is window.campaigns
    # The segment dialogs offer the customer list's choices, read when a dialog opens.
    assert "A" in window.segments._options()["levels"]
    qtbot.waitUntil(lambda: window.campaigns.table.rowCount() == 1)
    window.campaigns.table.selectRow(0)
    qtbot.mouseClick(window.campaigns.send_button, Qt.MouseButton.LeftButton)
    dialog = window.campaigns.findChild(EmailSendDialog)
    assert dialog is not None and dialog.isVisible() and dialog.campaign_id == service.campaigns()[0].id
    dialog.reject()
