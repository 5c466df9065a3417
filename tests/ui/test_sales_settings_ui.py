"""Administration > Sales: an administrator changes a stage's probability and kind of work in the table, the
letterhead and a numbering rule; the pipeline, the next contract number and the PDF follow."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def test_stage_letterhead_and_numbering_are_set_in_the_tab(qtbot, window):
    window.show_screen(window.admin)
    tab = window.admin.sales
    window.admin.tabs.setCurrentWidget(tab)
    assert tab.stages.rowCount() == 6
    tab.stages.item(1, 0).setText("需求分析")
    tab.stages.cellWidget(1, 1).setValue(35)
    qtbot.mouseClick(tab.findChild(QPushButton, "saveStages"), Qt.MouseButton.LeftButton)
    stage = tab.pipelines.pipeline().stages[1]
    assert (stage.name, stage.probability) == ("需求分析", 35)
    tab.stages.item(0, 0).setText("改名不会保存")
    tab.stages.cellWidget(1, 2).setCurrentIndex(tab.stages.cellWidget(1, 2).findData("won"))  # it holds opportunities
    seen = []
    import crm_desktop.ui.admin.sales_settings as module
    original = module.show_error
    module.show_error = lambda parent, exc: seen.append(exc)
    try:
        qtbot.mouseClick(tab.findChild(QPushButton, "saveStages"), Qt.MouseButton.LeftButton)
    finally:
        module.show_error = original
    assert seen and seen[0].code == "stage_in_use"
    stages = tab.pipelines.pipeline().stages
    assert stages[1].kind == "open" and stages[0].name == "初步接洽"  # refused as a whole

    tab.company_edits["name"].setText("杭州示例软件有限公司")
    tab.numbering["contract"].setText("CT{yy}{mm}-{seq:3}")
    qtbot.mouseClick(tab.findChild(QPushButton, "saveCompany"), Qt.MouseButton.LeftButton)
    assert tab.company.company().name == "杭州示例软件有限公司"
    assert tab.contracts.numbering_rules()["contract"] == "CT{yy}{mm}-{seq:3}"
