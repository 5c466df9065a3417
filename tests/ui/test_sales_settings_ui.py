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
    assert tab.stages.item(0, 0).text() == "改名不会保存"  # and still shown, to be corrected
    tab.stages.item(0, 0).setText("初步接洽")
    tab.stages.cellWidget(1, 2).setCurrentIndex(tab.stages.cellWidget(1, 2).findData("open"))
    assert not tab.has_unsaved_changes()  # put back as stored

    tab.company_edits["name"].setText("杭州示例软件有限公司")
    tab.numbering["contract"].setText("CT{yy}{mm}-{seq:3}")
    qtbot.mouseClick(tab.findChild(QPushButton, "saveCompany"), Qt.MouseButton.LeftButton)
    assert tab.company.company().name == "杭州示例软件有限公司"
    assert tab.contracts.numbering_rules()["contract"] == "CT{yy}{mm}-{seq:3}"


def test_lead_assignment_rules_are_set_in_the_tab(qtbot, window):
    window.show_screen(window.admin)
    tab = window.admin.sales
    tab.lead_mode.setCurrentIndex(tab.lead_mode.findData("region"))
    tab.lead_map.setText("浙江=wangfang，*=lina")
    qtbot.mouseClick(tab.findChild(QPushButton, "saveLeadRules"), Qt.MouseButton.LeftButton)
    rules = tab.leads.rules()
    logins = {u.id.hex: u.login for u in tab.users}
    assert rules.mode == "region"
    assert {k: logins[v] for k, v in rules.by_region.items()} == {"浙江": "wangfang", "*": "lina"}
    lead_id, _ = tab.leads.create({"name": "温州客户", "province": "浙江"})
    assert next(lead for lead in tab.leads.leads() if lead.id == lead_id).owner_name == "王芳"
    tab.lead_mode.setCurrentIndex(tab.lead_mode.findData("round_robin"))
    for i in range(tab.lead_reps.count()):
        tab.lead_reps.item(i).setCheckState(Qt.CheckState.Checked if "lina" in tab.lead_reps.item(i).text()
                                            else Qt.CheckState.Unchecked)
    qtbot.mouseClick(tab.findChild(QPushButton, "saveLeadRules"), Qt.MouseButton.LeftButton)
    assert [logins[u.hex] for u in tab.leads.rules().users] == ["lina"]


def test_contract_status_and_department_targets_from_their_screens(qtbot, window):
    from datetime import date

    from PySide6.QtWidgets import QInputDialog

    from crm_desktop.services.contracts import ContractService
    from tests.ui.conftest import on_modal
    customer = window.customers.service.search("有限公司", limit=1)[0]
    contracts = ContractService(window.service.db, window.service.actor)
    cid, _ = contracts.create({"title": "状态合同", "customer_id": customer.id, "amount": 1000_00,
                               "signed_on": date.today()})
    screen = window.contracts
    screen.contract_id = cid
    window.show_screen(screen)
    qtbot.waitUntil(lambda: getattr(screen, "detail", None) is not None and screen.detail.id == cid, timeout=5000)
    combo = screen.status_combo
    combo.setCurrentIndex(combo.findData("active"))
    combo.activated.emit(combo.currentIndex())
    assert contracts.get(cid).status == "active"

    targets = window.targets
    window.show_screen(targets)
    qtbot.waitUntil(lambda: targets.departments.rowCount() > 0, timeout=5000)
    targets.departments.selectRow(0)
    department_id = targets.departments.item(0, 0).data(Qt.ItemDataRole.UserRole)

    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("100万")
        dialog.accept()
    on_modal(answer)
    targets.findChild(QPushButton, "setDepartmentTarget").click()
    mine = next(d for d in targets.service.departments(targets.period.currentText(), "contracts")
                if d.department_id == department_id)
    assert mine.target == 1_000_000_00
