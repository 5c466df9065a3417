"""Administration tabs edited in place, each box saved by its own button: saving one box, or choosing another
pipeline, list or team, never throws away what the user typed in another box; closing the window asks."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from tests.ui.conftest import answer_next_question, answer_questions

Button = QMessageBox.StandardButton


def _tab(window, name: str):
    window.show_screen(window.admin)
    tab = getattr(window.admin, name)
    window.admin.tabs.setCurrentWidget(tab)
    return tab


def _click(qtbot, tab, name: str) -> None:
    qtbot.mouseClick(tab.findChild(QPushButton, name), Qt.MouseButton.LeftButton)


def test_saving_the_stages_keeps_the_letterhead_being_typed(qtbot, window):
    tab = _tab(window, "sales")
    stored_name = tab.company.company().name
    tab.company_edits["name"].setText("宁波港城贸易有限公司")
    tab.stages.cellWidget(1, 1).setValue(35)
    _click(qtbot, tab, "saveStages")
    assert tab.pipelines.pipeline().stages[1].probability == 35
    # The reload after the save used to put the stored letterhead back over the typing.
    assert tab.company_edits["name"].text() == "宁波港城贸易有限公司"
    assert tab.company.company().name == stored_name
    assert tab.has_unsaved_changes()
    _click(qtbot, tab, "saveCompany")
    assert tab.company.company().name == "宁波港城贸易有限公司"
    assert not tab.has_unsaved_changes()


def test_choosing_another_pipeline_asks_about_the_stages(qtbot, window):
    tab = _tab(window, "sales")
    other, _ = tab.pipelines.save_pipeline(None, "渠道销售")
    tab.reload()
    first = tab.pipeline_combo.currentData()
    tab.stages.cellWidget(2, 1).setValue(55)
    asked = []
    answer_next_question(Button.Cancel, asked)
    tab.pipeline_combo.setCurrentIndex(tab.pipeline_combo.findData(other.hex))
    assert asked and "Sales pipelines" in asked[0]
    assert tab.pipeline_combo.currentData() == first and tab.stages.cellWidget(2, 1).value() == 55

    answer_next_question(Button.Save)
    tab.pipeline_combo.setCurrentIndex(tab.pipeline_combo.findData(other.hex))
    assert tab.pipelines.pipeline(tab.pipelines.pipelines()[0].id).stages[2].probability == 55  # saved to its own
    assert tab.pipeline_combo.currentData() == other.hex
    assert [tab.stages.item(r, 0).text() for r in range(tab.stages.rowCount())] == \
        [s.name for s in tab.pipelines.pipeline(other).stages]
    assert not tab.has_unsaved_changes()


def test_a_new_stage_asks_about_edits_to_the_table_first(qtbot, window):
    tab = _tab(window, "sales")
    tab.stages.item(0, 0).setText("首次接触")
    asked = []
    answer_next_question(Button.Cancel, asked)
    tab.add_stage()  # Cancel: no name is asked for, nothing is written
    assert asked and tab.stages.item(0, 0).text() == "首次接触"
    assert tab.pipelines.pipeline().stages[0].name == "初步接洽"
    tab.stages.item(0, 0).setText("初步接洽")


def test_saving_a_policy_keeps_the_holidays_being_typed(qtbot, window):
    tab = _tab(window, "service_desk")
    tab.holidays.setPlainText("2027-01-01\n2027-02-16")
    tab._add_policy()
    _click(qtbot, tab, "savePolicies")
    assert tab.policies.rowCount() == len(tab.setup.policies())  # the new policy was stored
    assert tab.holidays.toPlainText() == "2027-01-01\n2027-02-16"
    assert tab.has_unsaved_changes() and [p.title for p in tab.edits.changed()] == ["Business calendar"]
    _click(qtbot, tab, "saveCalendar")
    assert tab.setup.calendars()[0].holidays == ("2027-01-01", "2027-02-16")
    assert not tab.has_unsaved_changes()


def test_a_team_being_edited_is_not_left_without_asking(qtbot, window):
    tab = _tab(window, "service_desk")
    tab.team_name.setText("华东二线")
    assert tab.team_list.count() >= 1
    answer_next_question(Button.Cancel)
    tab.team_list.setCurrentRow(0)
    assert tab.team_name.text() == "华东二线" and tab.team_list.currentRow() == -1
    answer_next_question(Button.Discard)
    tab.team_list.setCurrentRow(0)
    assert tab.team_name.text() == tab.setup.teams()[0].name
    assert not tab.has_unsaved_changes()


def test_lists_and_churn_thresholds_survive_saving_a_pool(qtbot, window):
    tab = _tab(window, "lists_pools")
    tab._add_entry("跨境电商")
    tab.churn_follow_up.setValue(45)
    tab.save_pool()
    entries = [tab.entries.item(i).text() for i in range(tab.entries.count())]
    assert entries[-1] == "跨境电商" and tab.churn_follow_up.value() == 45
    assert {p.title for p in tab.edits.changed()} == {"Classification lists", "Churn warning"}

    answer_next_question(Button.Discard)
    tab.kind.setCurrentIndex(tab.kind.findData("source"))  # another list: the added entry is dropped
    assert [tab.entries.item(i).text() for i in range(tab.entries.count())] == tab.lists.lists()["source"]
    _click(qtbot, tab, "churnSave")
    assert tab.churn.rules().no_follow_up_days == 45
    assert not tab.has_unsaved_changes()


def test_closing_the_window_asks_and_can_save_every_box(qtbot, window):
    tab = _tab(window, "sales")
    tab.company_edits["phone"].setText("0574-8765 4321")
    service = _tab(window, "service_desk")
    service.workdays.setPlainText("2027-02-07")
    window.show_screen(window.customers)
    asked = []
    answer_next_question(Button.Cancel, asked)
    window.close()
    assert window.isVisible() and window.stack.currentWidget().widget() is window.admin  # shown while asking
    answer_questions([Button.Save, Button.Save], asked)
    window.close()
    assert not window.isVisible()
    assert tab.company.company().phone == "0574-8765 4321"
    assert service.setup.calendars()[0].workdays == ("2027-02-07",)
    assert len(asked) == 3 and "Company letterhead and numbering" in asked[0]


def test_cancel_after_a_click_on_another_team_keeps_the_edited_one_selected(qtbot, window):
    tab = _tab(window, "service_desk")
    tab.setup.save_team(None, {"name": "二组", "lead_id": None, "rule": "round_robin", "members": [],
                               "provinces": []})
    tab.reload()
    tab.team_list.setCurrentRow(0)
    editing = tab.team_list.item(0).text()
    tab.team_name.setText("改过的名字")
    answer_next_question(Button.Cancel)
    rect = tab.team_list.visualItemRect(tab.team_list.item(1))
    qtbot.mouseClick(tab.team_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.wait(50)
    # The click moves the selection after the list says the current row changed: it is put back after it.
    assert [i.text() for i in tab.team_list.selectedItems()] == [editing] and tab.team_list.currentRow() == 0
    assert tab.team_name.text() == "改过的名字"
    tab.team_name.setText(editing)
