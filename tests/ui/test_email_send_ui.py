"""The e-mail campaign send dialog, driven as a user would, against a real SMTP server on loopback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.data.models import Campaign, CampaignMember, EmailTemplate
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.email_campaigns import EmailCampaignService
from crm_desktop.sync import engine
from crm_desktop.ui.marketing.email_send import EmailSendDialog
from crm_desktop.ui.tasks import TaskRunner
from tests.data.smtp_server import start_server
from tests.sync.conftest import make_client, server_url  # noqa: F401 - fixtures
from tests.sync.test_email_send_claims import ADDRESSES, desks  # noqa: F401 - fixture
from tests.ui.conftest import answer_next_question, type_text


@pytest.fixture
def smtp(handler):
    controller = start_server(handler, users={"mkt": "邮件密码"})
    yield controller
    controller.stop()


@pytest.fixture
def setup(db, keyring_store):
    actor = ensure_local_user(db, display_name="刘洋")
    service = EmailCampaignService(db, actor, credentials=keyring_store)
    service.create_template({"name": "年终答谢", "subject": "{{name}}，感谢您一年的支持",
                             "body": "{{name}}：\n{{company}}全体同仁祝您新年快乐！\n退订：{{unsubscribe}}\n"})
    with db.unit_of_work(actor, "test campaign") as uow:
        # The service refuses such a template; one can still arrive by sync from an older version.
        uow.create(EmailTemplate, name="写错的模板", subject="{{name}}", body="{{wechat}} {{company")
        campaign = uow.create(Campaign, name="年终客户答谢", kind="email")
        uow.create_many(CampaignMember, [{"campaign_id": campaign.id, "email": f"vip{i:02d}@example.com",
                                          "name": f"贵宾{i:02d}"} for i in range(20)])
        uow.commit()
    return service, campaign.id


def fill_server(qtbot, dialog, smtp, rate=0):
    dialog.host_edit.setText(smtp.hostname)
    dialog.port_spin.setValue(smtp.port)
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    dialog.user_edit.setText("mkt")
    type_text(qtbot, dialog.password_edit, "邮件密码")
    dialog.from_edit.setText("marketing@yunfan.cn")
    type_text(qtbot, dialog.from_name_edit, "云帆科技")
    dialog.rate_spin.setValue(rate)


def test_preview_settings_test_and_send(qtbot, setup, smtp, handler, keyring_store):
    service, campaign_id = setup
    dialog = EmailSendDialog(service, TaskRunner(inline=True), campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    # The templates in name order; the preview is filled for the sample recipient.
    assert [dialog.template_combo.itemText(i) for i in range(dialog.template_combo.count())] == \
        ["写错的模板", "年终答谢"]
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findText("写错的模板"))
    assert dialog.template_errors.text().splitlines() == [
        "Body: Unknown merge field {{wechat}}; use {{name}}, {{company}}, {{owner}} or {{unsubscribe}}.",
        "Body: A merge field is not closed with }} (at character 12)."]
    assert not dialog.send_button.isEnabled()  # a template with errors is never sent
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findText("年终答谢"))
    assert dialog.subject_preview.text() == "张伟，感谢您一年的支持"
    assert "北京示例科技有限公司全体同仁祝您新年快乐！" in dialog.body_preview.toPlainText()
    assert dialog.template_errors.text() == "" and dialog.send_button.isEnabled()

    fill_server(qtbot, dialog, smtp)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.server_status.text() == "Settings saved."
    assert keyring_store.smtp_password(smtp.hostname, "mkt") == "邮件密码"  # in the keyring, not the settings
    assert dialog.password_edit.text() == ""
    assert service.settings().from_name == "云帆科技"
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.server_status.text() == "The server accepted the connection and the sign-in."

    changes = []
    dialog.changed.connect(changes.append)
    service.unsubscribe("vip03@example.com", "", "link")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.last_result.sent == 19
    assert dialog.summary.text().startswith("Sent: 19, failed: 0, skipped (unsubscribed): 1, still queued: 0.")
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() == 19
    assert dialog.table.rowCount() == 20
    statuses = {dialog.table.item(r, 0).text(): (dialog.table.item(r, 2).text(), dialog.table.item(r, 3).text())
                for r in range(dialog.table.rowCount())}
    assert statuses["vip03@example.com"] == ("Skipped", "Unsubscribed")
    assert statuses["vip00@example.com"] == ("Sent", "")
    assert len(handler.by_recipient()) == 19 and set(handler.by_recipient().values()) == {1}
    assert changes and changes[-1].campaigns
    assert service.campaign_template(campaign_id) == dialog.template_combo.currentData()

    # Sending again sends nothing twice.
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.last_result.sent == 0 and len(handler.captured) == 19


def test_a_wrong_password_is_worded(qtbot, setup, smtp):
    service, campaign_id = setup
    dialog = EmailSendDialog(service, TaskRunner(inline=True), campaign_id)
    qtbot.addWidget(dialog)
    fill_server(qtbot, dialog, smtp)
    dialog.password_edit.setText("wrong")
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.server_status.text() == "The server refused the user name or password (535 5.7.8)"


def test_cancel_stops_a_background_send(qtbot, setup, smtp, handler):
    service, campaign_id = setup
    runner = TaskRunner()
    dialog = EmailSendDialog(service, runner, campaign_id)
    qtbot.addWidget(dialog)
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findText("年终答谢"))
    fill_server(qtbot, dialog, smtp, rate=600)  # one message every 0.1 s: 2 s for all twenty
    assert dialog.save_settings()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.sending and dialog.cancel_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 3, timeout=10000)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.sending, timeout=10000)
    runner.shutdown()
    result = dialog.last_result
    assert result.cancelled and 3 <= result.sent < 20 and result.remaining == 20 - result.sent
    assert "cancelled" in dialog.summary.text()
    assert len(handler.captured) == result.sent
    assert service.counts(campaign_id)["sending"] == 0


def test_sending_saves_the_server_settings_on_screen_first(qtbot, setup, smtp, handler, keyring_store):
    """Typed but not saved: the send used to go through the stored settings (none here), not the ones shown."""
    service, campaign_id = setup
    dialog = EmailSendDialog(service, TaskRunner(inline=True), campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.template_combo.setCurrentIndex(dialog.template_combo.findText("年终答谢"))
    fill_server(qtbot, dialog, smtp)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert service.settings().host == smtp.hostname and keyring_store.smtp_password(smtp.hostname, "mkt")
    assert dialog.last_result.sent == 20 and len(handler.captured) == 20
    assert not dialog.settings_changed()

    dialog.from_edit.setText("not an address")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)  # refused: nothing is sent with old settings
    assert dialog.tabs.currentIndex() == 1 and "nothing was sent" in dialog.summary.text()
    assert service.settings().from_address == "marketing@yunfan.cn" and len(handler.captured) == 20
    dialog.from_edit.setText("marketing@yunfan.cn")


def test_closing_over_unsaved_server_settings_asks(qtbot, setup, smtp):
    service, campaign_id = setup
    dialog = EmailSendDialog(service, TaskRunner(inline=True), campaign_id)
    qtbot.addWidget(dialog)
    dialog.show()
    fill_server(qtbot, dialog, smtp)
    dialog.tabs.setCurrentIndex(0)
    asked = []
    answer_next_question(QMessageBox.StandardButton.Cancel, asked)
    dialog.reject()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1 and "server settings" in asked[0]
    answer_next_question(QMessageBox.StandardButton.Save)
    dialog.reject()
    assert not dialog.isVisible() and service.settings().from_name == "云帆科技"


# -- two desks of one server (real PostgreSQL) ----------------------------------------------------------------

def test_the_summary_counts_what_another_desk_sent(qtbot, desks, handler):
    a, b, sa, sb, cid = desks
    assert sa.send(cid).sent == len(ADDRESSES)
    dialog = EmailSendDialog(sb, TaskRunner(inline=True), cid)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.last_result.sent == 0
    assert dialog.summary.text().splitlines() == [
        "Sent: 0, failed: 0, skipped (unsubscribed): 0, still queued: 0.",
        f"Not sent from here because another desk is sending them or has sent them: {len(ADDRESSES)}. "
        "Their status arrives with the next sync."]
    assert set(handler.by_recipient().values()) == {1} and len(handler.captured) == len(ADDRESSES)
    # Left as they were until desk A's record arrives; then the list shows it.
    shown = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert shown == {"Queued"}
    assert a.sync().rejected == 0 and b.sync().conflicts == 0
    dialog.refresh_deliveries()
    shown = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert shown == {"Sent"} and dialog.table.rowCount() == len(ADDRESSES)


def test_a_server_out_of_reach_is_worded_and_nothing_is_sent(qtbot, desks, handler):
    a, b, sa, sb, cid = desks
    a.db.set_meta(engine.URL_KEY, "postgresql://127.0.0.1:1/" + a.db.meta(engine.URL_KEY).rsplit("/", 1)[1])
    dialog = EmailSendDialog(sa, TaskRunner(inline=True), cid)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == ("Cannot reach the CRM server, which makes sure no other desk sends the same "
                                     "message. Nothing was sent; try again when connected.")
    assert handler.captured == [] and sa.counts(cid)["queued"] == len(ADDRESSES)
    assert dialog.send_button.isEnabled()


def test_a_sent_campaign_reopens_on_its_own_template(qtbot, setup, smtp, handler):
    """The template a campaign was sent with is the one chosen when its dialog opens again (not the first in
    name order, "写错的模板")."""
    service, campaign_id = setup
    first = EmailSendDialog(service, TaskRunner(inline=True), campaign_id)
    qtbot.addWidget(first)
    first.show()
    first.template_combo.setCurrentIndex(first.template_combo.findText("年终答谢"))
    fill_server(qtbot, first, smtp)
    qtbot.mouseClick(first.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(first.send_button, Qt.MouseButton.LeftButton)
    assert first.last_result.sent == 20
    again = EmailSendDialog(service, TaskRunner(inline=True), campaign_id)
    qtbot.addWidget(again)
    assert again.template_combo.currentText() == "年终答谢"
    assert again.template_combo.currentData() == service.campaign_template(campaign_id)
