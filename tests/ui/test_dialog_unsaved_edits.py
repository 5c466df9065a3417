"""Edit dialogs (a lead, a task, a product, a contract, an administrator's user or role…) ask before throwing away
what was typed: Esc, Cancel and the window's X ask Save / Discard / Cancel once an editor holds something other
than what the dialog opened with; an untouched dialog closes at once."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crm_desktop.domain.errors import FieldError, ValidationError
from crm_desktop.ui.common.unsaved import editor_values
from crm_desktop.ui.leads.screen import LeadDialog
from tests.ui.conftest import answer_next_question

Button = QMessageBox.StandardButton


def _lead_dialog(qtbot, saved: list):
    dialog = LeadDialog(["展会", "网络推广"])

    def submit(values: dict, _pool: bool) -> None:  # as the lead service answers
        if not values["name"]:
            raise ValidationError([FieldError("name", "required")])
        saved.append(values)
    dialog.submit = submit
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_an_untouched_dialog_closes_without_a_question(qtbot):
    dialog = _lead_dialog(qtbot, [])
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_escape_over_typed_values_asks_and_cancel_keeps_them(qtbot):
    saved = []
    dialog = _lead_dialog(qtbot, saved)
    dialog.company.setText("温州瓯江电器")
    asked = []
    answer_next_question(Button.Cancel, asked)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["This form has changes that are not saved. Save them?"]
    assert dialog.isVisible() and dialog.company.text() == "温州瓯江电器"

    # Save from the question runs the form's own OK: refused (no name), the dialog stays with the reason.
    answer_next_question(Button.Save)
    dialog.reject()
    assert dialog.isVisible() and saved == [] and dialog.form.rows["name"].error.isVisibleTo(dialog)

    dialog.name.setText("陈立")
    answer_next_question(Button.Save)
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    assert saved[0]["name"] == "陈立" and saved[0]["company"] == "温州瓯江电器"


def test_discard_closes_and_saves_nothing(qtbot):
    saved = []
    dialog = _lead_dialog(qtbot, saved)
    dialog.pool.setChecked(True)
    dialog.source.setCurrentIndex(2)
    answer_next_question(Button.Discard)
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected and saved == []


def test_editor_values_see_every_kind_of_editor(qtbot):
    dialog = _lead_dialog(qtbot, [])
    before = editor_values(dialog)
    for change in (lambda: dialog.city.setText("温州"), lambda: dialog.source.setCurrentIndex(1),
                   lambda: dialog.pool.setChecked(True)):
        change()
        assert editor_values(dialog) != before
        before = editor_values(dialog)
    dialog.city.setText("")
    dialog.source.setCurrentIndex(0)
    dialog.pool.setChecked(False)
    assert not dialog.has_unsaved_changes()  # put back as it opened: nothing to ask about
