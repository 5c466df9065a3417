"""The customer screen's Export… action and Ctrl+C copy, driven through the real widgets."""

import csv
import re

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from crm_desktop.ui import settings as S
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.customers.screen import CustomersScreen
from tests.data.test_access import as_user, expected_ids


def make_screen(qtbot, tasks, service, tmp_path):
    screen = CustomersScreen(service, tasks, ChangeBus(), S.Settings(tmp_path / "settings.ini"))
    qtbot.addWidget(screen)
    screen.resize(1100, 700)
    with qtbot.waitSignal(screen.model.loaded, timeout=10000):
        screen.show()
    tasks.wait()
    qtbot.wait(20)
    return screen


def test_the_export_action_writes_the_users_customers(qtbot, tasks, demo_db, tmp_path, monkeypatch):
    screen = make_screen(qtbot, tasks, as_user(demo_db, "zhangwei"), tmp_path)
    action = screen.findChild(type(screen.export_action), "actionExportCustomers")
    assert action is screen.export_action and action.isEnabled()
    target = tmp_path / "customers.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(screen.export_job.finished, timeout=10000) as done, \
            qtbot.waitSignal(screen.status, timeout=10000) as said:
        action.trigger()
    with open(target, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["ID", "Name", "Phone"]
    expected = expected_ids(demo_db, "d.name IN ('华东销售部', '上海销售组')")
    assert {r[0] for r in rows[1:]} == {str(i) for i in expected} and done.args[0] == len(expected)
    assert str(len(expected)) in said.args[0]


def test_export_is_not_offered_without_the_permission(qtbot, tasks, demo_db, tmp_path):
    screen = make_screen(qtbot, tasks, as_user(demo_db, "sunli"), tmp_path)
    assert not screen.export_action.isEnabled()


def test_ctrl_c_copies_what_the_table_shows_masked_for_the_auditor(qtbot, tasks, demo_db, tmp_path):
    screen = make_screen(qtbot, tasks, as_user(demo_db, "sunli"), tmp_path)
    model, view = screen.model, screen.view
    selection = view.selectionModel()
    for row in (0, 2, 1):
        selection.select(model.index(row, 0), QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)
    QApplication.clipboard().clear()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QApplication.clipboard().text().split("\n")
    assert len(lines) == 3
    for row, line in enumerate(lines):
        cells = line.split("\t")
        assert cells == [model.index(row, c).data() for c in range(model.columnCount())]
        assert re.fullmatch(r"\d{3}\*+\d{4}", cells[1]), cells[1]  # the phone, masked as shown
        assert cells[2].split("@")[0].endswith("***")
    assert not any(re.search(r"1\d{10}", line) for line in lines)
