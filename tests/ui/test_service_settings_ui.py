"""Administration > Service: a new workflow step with its moves, a team with members and a lead, an SLA
policy, and the calendar's holidays — and a calendar without any working hours refused with its reason."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidgetItem

from crm_desktop.services.service_setup import ServiceSetupService
from tests.ui.conftest import answer_next_question


def _tab(window):
    window.show_screen(window.admin)
    tab = window.admin.service_desk
    window.admin.tabs.setCurrentWidget(tab)
    tab.reload()
    return tab


def _setup(window):
    s = window.service
    return ServiceSetupService(s.db, s.actor, s.access)


def test_an_administrator_extends_the_workflow_and_keeps_teams_and_policies(qtbot, window):
    tab = _tab(window)
    qtbot.mouseClick(tab.findChild(QPushButton, "addStep"), Qt.MouseButton.LeftButton)
    row = tab.steps.rowCount() - 1
    tab.steps.setItem(row, 0, QTableWidgetItem("parts"))
    tab.steps.setItem(row, 1, QTableWidgetItem("等待备件"))
    tab.steps.cellWidget(row, 2).setCurrentIndex(tab.steps.cellWidget(row, 2).findData("waiting"))
    tab.steps.setItem(row, 3, QTableWidgetItem("in_progress, resolved"))
    in_progress = next(r for r in range(tab.steps.rowCount()) if tab.steps.item(r, 0).text() == "in_progress")
    tab.steps.setItem(in_progress, 3, QTableWidgetItem(tab.steps.item(in_progress, 3).text() + ", parts"))
    qtbot.mouseClick(tab.findChild(QPushButton, "saveWorkflow"), Qt.MouseButton.LeftButton)
    assert tab.message.text() == ""
    steps = {s.code: s for s in _setup(window).statuses()}
    assert steps["parts"].name == "等待备件" and steps["parts"].kind == "waiting"
    assert "parts" in steps["in_progress"].next and steps["parts"].next == ("in_progress", "resolved")

    tab.team_name.setText("华南服务组")
    tab.team_rule.setCurrentIndex(tab.team_rule.findData("least_open"))
    tab.team_members.item(0).setCheckState(Qt.CheckState.Checked)
    tab.team_lead.setCurrentIndex(1)
    tab.team_provinces.setText("广东省，海南省")
    qtbot.mouseClick(tab.findChild(QPushButton, "saveTeam"), Qt.MouseButton.LeftButton)
    team = next(t for t in _setup(window).teams() if t.name == "华南服务组")
    assert team.rule == "least_open" and team.provinces == ("广东省", "海南省") and len(team.members) == 1
    assert team.lead_id is not None

    tab.policies.item(0, 3).setText("45")
    qtbot.mouseClick(tab.findChild(QPushButton, "savePolicies"), Qt.MouseButton.LeftButton)
    assert _setup(window).policies()[0].first_response_minutes == 45


def test_holidays_are_kept_and_a_calendar_without_hours_is_refused(qtbot, window):
    tab = _tab(window)
    tab.holidays.setPlainText("2026-10-01\n2026-10-02")
    tab.workdays.setPlainText("2026-10-10")
    qtbot.mouseClick(tab.findChild(QPushButton, "saveCalendar"), Qt.MouseButton.LeftButton)
    calendar = _setup(window).calendars()[0]
    assert calendar.holidays == ("2026-10-01", "2026-10-02") and calendar.workdays == ("2026-10-10",)
    for edit in tab.day_hours:
        edit.clear()
    qtbot.mouseClick(tab.findChild(QPushButton, "saveCalendar"), Qt.MouseButton.LeftButton)
    assert "no working hours" in tab.message.text()
    assert _setup(window).calendars()[0].hours["1"] == [["09:00", "12:00"], ["13:30", "18:00"]]
    tab.day_hours[0].setText("18:00-09:00")
    qtbot.mouseClick(tab.findChild(QPushButton, "saveCalendar"), Qt.MouseButton.LeftButton)
    assert "HH:MM" in tab.message.text()
    assert tab.day_hours[0].text() == "18:00-09:00"  # refused, and still there to be corrected
    asked = []
    answer_next_question(QMessageBox.StandardButton.Discard, asked)
    window.close()
    assert not window.isVisible() and "Business calendar" in asked[0]
