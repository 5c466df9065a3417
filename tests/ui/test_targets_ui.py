"""The performance screen: a target set for a person through the screen shows beside their actual result."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QPushButton

from tests.ui.conftest import on_modal


def _row(screen, user_id):
    return next(r for r in range(screen.people.rowCount())
                if screen.people.item(r, 0).data(Qt.ItemDataRole.UserRole) == user_id)


def test_setting_a_target_shows_in_the_ranking(qtbot, window):
    screen = window.targets
    window.show_screen(screen)
    me = window.service.actor.user_id
    screen.service.set_target(screen.period.currentText(), "contracts", 1_00, user_id=me)  # puts me in the ranking
    screen.refresh()
    screen.people.selectRow(_row(screen, me))

    def answer(dialog):
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("50万")
        dialog.accept()
    on_modal(answer)
    screen.findChild(QPushButton, "setTarget").click()
    row = _row(screen, me)
    assert screen.people.item(row, 2).text() == "¥500,000.00"
    assert screen.people.item(row, 4).text() == "0.0%"  # nothing signed yet this period
