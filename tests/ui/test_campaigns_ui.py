"""The campaigns screen driven as a user would: a campaign planned in its dialog, members added from a
segment, a response recorded, and the report showing the ROI the service computed from the database."""

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from sqlalchemy import select

from crm_desktop.data.models import Campaign, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.services.campaigns import CampaignService
from crm_desktop.services.opportunities import OpportunityService
from crm_desktop.services.segments import SegmentService
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.marketing.campaigns import CampaignDialog, CampaignsScreen
from tests.ui.conftest import answer_next_question, on_modal, type_text


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def screen(qtbot, demo_db):
    service = CampaignService(demo_db, _actor(demo_db, "admin"))
    widget = CampaignsScreen(service, ChangeBus())
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _row_of(screen, name):
    return next(r for r in range(screen.table.rowCount()) if screen.table.item(r, 0).text() == name)


def test_a_campaign_is_planned_filled_from_a_segment_and_reports_its_roi(qtbot, demo_db, screen):
    def fill(dialog):
        assert isinstance(dialog, CampaignDialog)
        type_text(qtbot, dialog.name, "秋季新品发布会")
        dialog.kind.setCurrentIndex(dialog.kind.findData("event"))
        dialog.budget.setText("5万")
        dialog.actual_cost.setText("40,000.00")
        dialog.accept()
    on_modal(fill)
    qtbot.mouseClick(screen.findChild(QPushButton, "newCampaign"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(screen.table.item(r, 0).text() == "秋季新品发布会"
                                for r in range(screen.table.rowCount())), timeout=5000)
    with demo_db.connect() as conn:
        cid, budget, cost, kind = conn.execute(select(Campaign.id, Campaign.budget, Campaign.actual_cost, Campaign.kind)
                                               .where(Campaign.name == "秋季新品发布会")).one()
    assert (budget, cost, kind) == (5000000, 4000000, "event")
    screen.table.selectRow(_row_of(screen, "秋季新品发布会"))
    assert screen.report.values["roi"].text() == "-100.00%"  # cost recorded, nothing won yet

    admin = screen.service.actor
    sid, _ = SegmentService(demo_db, admin).create({"name": "B 级客户", "kind": "dynamic",
                                                    "filter": CustomerFilter(level="B")})
    expected = SegmentService(demo_db, admin).count(sid)
    original = QInputDialog.getItem
    QInputDialog.getItem = staticmethod(lambda *a, **k: ("B 级客户", True))
    try:
        qtbot.mouseClick(screen.findChild(QPushButton, "fillFromSegment"), Qt.MouseButton.LeftButton)
    finally:
        QInputDialog.getItem = original
    assert screen.members.rowCount() == expected > 0
    assert screen.report.values["members"].text() == f"{expected:,}"

    screen.members.selectRow(0)
    menu = screen.findChild(QPushButton, "recordResponse").menu()
    next(a for a in menu.actions() if a.text() in ("Attended", "已参加")).trigger()
    assert screen.service.roi(cid).responses == {"attended": 1}
    assert screen.report.values["responded"].text().startswith("1 (")

    # A won opportunity attributed to the campaign: (60,000 - 40,000) / 40,000 = 50 %.
    opps = OpportunityService(demo_db, admin)
    member = screen.service.members(cid, limit=1)[0]
    oid, _ = opps.create({"customer_id": member.target_id, "name": "发布会订单", "amount": 6000000})
    opps.win(oid)
    screen.service.attribute("opportunity", oid, cid)
    screen.refresh()
    assert screen.service.roi(cid).roi == Decimal("0.5")
    assert screen.report.values["roi"].text() == "50.00%"
    assert screen.report.values["won_revenue"].text() == "¥60,000.00"


def test_a_bad_amount_is_shown_at_its_field_and_nothing_is_saved(qtbot, demo_db, screen):
    seen = {}

    def fill(dialog):
        dialog.name.setText("坏预算")
        dialog.budget.setText("很多钱")
        dialog.accept()
        seen["open"] = dialog.isVisible()
        seen["message"] = dialog.form.rows["budget"].error.text()  # shown under the budget field
        answer_next_question(QMessageBox.StandardButton.Discard)
        dialog.reject()
    on_modal(fill)
    qtbot.mouseClick(screen.findChild(QPushButton, "newCampaign"), Qt.MouseButton.LeftButton)
    assert seen["open"] is True and seen["message"]
    with demo_db.connect() as conn:
        assert conn.execute(select(Campaign.id).where(Campaign.name == "坏预算")).first() is None


def test_a_rep_without_delete_rights_sees_the_button_disabled(qtbot, demo_db):
    rep = CampaignsScreen(CampaignService(demo_db, _actor(demo_db, "lina")), ChangeBus())
    qtbot.addWidget(rep)
    assert rep.findChild(QPushButton, "newCampaign").isEnabled()
    assert not rep.findChild(QPushButton, "deleteCampaign").isEnabled()


def test_filling_from_a_segment_runs_in_the_background_with_progress(qtbot, demo_db, tasks):
    admin = _actor(demo_db, "admin")
    service = CampaignService(demo_db, admin)
    screen = CampaignsScreen(service, ChangeBus(), tasks)
    qtbot.addWidget(screen)
    screen.show()
    cid, _ = service.create({"name": "后台填充", "kind": "email"})
    SegmentService(demo_db, admin).create({"name": "C 级客户", "kind": "dynamic", "filter": CustomerFilter(level="C")})
    expected = SegmentService(demo_db, admin).count_filter(CustomerFilter(level="C"))
    screen.refresh()
    screen.table.selectRow(_row_of(screen, "后台填充"))
    progressed = []
    original = QInputDialog.getItem
    QInputDialog.getItem = staticmethod(lambda *a, **k: ("C 级客户", True))
    try:
        qtbot.mouseClick(screen.findChild(QPushButton, "fillFromSegment"), Qt.MouseButton.LeftButton)
    finally:
        QInputDialog.getItem = original
    screen.fill_task.signals.progressed.connect(lambda d, t: progressed.append((d, t)))
    qtbot.waitUntil(lambda: screen.members.rowCount() == expected > 0, timeout=10000)
    assert service.member_count(cid) == expected
    assert screen.fill_progress is None  # closed when the job finished
    assert progressed == [] or progressed[-1] == (expected, expected)
