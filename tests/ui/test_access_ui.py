"""The window mirrors the user's access: what they may not do is not offered, masked values arrive masked
and cannot be edited, and a refused call is shown as a clear message."""

import re

import pytest

from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from crm_desktop.domain.access import PermissionDenied
from crm_desktop.ui.common.errors import error_message
from crm_desktop.ui.customers.form import CustomerDialog
from tests.data.test_access import as_user, expected_ids


def test_the_auditor_gets_a_read_only_window_with_masked_phones(qtbot, make_window, demo_db):
    auditor = as_user(demo_db, "sunli")
    window = make_window(auditor)
    screen = window.customers
    assert not screen.new_action.isEnabled() and not screen.delete_action.isEnabled()
    assert not window.recycle_bin.restore_button.isEnabled()
    assert not window.backups.backup_action.isEnabled() and not window.backups.restore_action.isEnabled()
    model = screen.model
    assert model.rowCount() == len(expected_ids(demo_db, "1 = 1"))
    phone = model.index(0, 1).data()
    assert re.fullmatch(r"\d{3} ?\*+ ?\d{4}|\d{3}\*+\d{4}", phone.replace(" ", "")), phone
    dialog = CustomerDialog(auditor, window.bus, model.row_value(0).id, {}, window)
    qtbot.addWidget(dialog)
    phone_edit = dialog.findChild(QLineEdit, "field_phone")
    assert "*" in phone_edit.text() and phone_edit.isReadOnly()
    assert dialog.findChild(QLineEdit, "field_name").isReadOnly()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.add_contact_button.isEnabled() and not dialog.add_activity_button.isEnabled()


def test_a_sales_rep_sees_only_her_customers_and_the_agent_no_notes(qtbot, make_window, demo_db):
    rep = as_user(demo_db, "lina")
    window = make_window(rep)
    model = window.customers.model
    mine = expected_ids(demo_db, "u.login = 'lina'")
    assert model.rowCount() == len(mine)
    assert {model.row_value(r).owner_name for r in range(min(model.rowCount(), 64))} == {"李娜"}
    assert window.customers.new_action.isEnabled()
    assert window.backups.backup_action.isEnabled() and not window.backups.restore_action.isEnabled()
    agent = as_user(demo_db, "zhaolei")
    dialog = CustomerDialog(agent, window.bus, sorted(mine)[0], {}, window)
    qtbot.addWidget(dialog)
    notes = dialog.editors["notes"]
    assert not dialog.form.layout.isRowVisible(notes.parent())
    assert dialog.add_activity_button.isEnabled() and not dialog.add_contact_button.isEnabled()


def test_refusals_read_as_sentences(qapp):
    # The tests run untranslated (English source strings).
    assert error_message(PermissionDenied(module="customers", action="delete")) == \
        "You do not have permission to delete in Customers."
    assert error_message(PermissionDenied(module="customers", action="edit", reason="out_of_scope")) == \
        "This record is outside the data you may see or change."


@pytest.mark.parametrize("login, screens", [
    ("lina", ["Customers", "Recycle bin", "Dashboard", "Reports", "Churn warnings", "Public pool", "Leads",
              "Opportunities", "Agenda", "Service desk", "Knowledge base", "Products", "Contracts", "Performance",
              "Marketing", "My approvals", "Sync conflicts"]),
    ("zhaolei", ["Customers", "Recycle bin", "Dashboard", "Reports", "Churn warnings", "Agenda", "Service desk",
                 "Knowledge base", "Products", "Sync conflicts"]),
    ("zhangwei", ["Customers", "Recycle bin", "Dashboard", "Reports", "Churn warnings", "Public pool", "Leads",
                  "Opportunities", "Agenda", "Service desk", "Knowledge base", "Products", "Contracts",
                  "Performance", "Marketing", "Automation", "My approvals", "Administration", "Sync conflicts"]),
    ("sunli", ["Customers", "Recycle bin", "Dashboard", "Reports", "Churn warnings", "Leads", "Opportunities",
               "Agenda", "Service desk", "Knowledge base", "Products", "Contracts", "Performance", "Marketing",
               "Automation", "My approvals", "Audit trail", "Administration", "Sync conflicts"]),
])
def test_each_role_gets_its_own_screens_and_menus(qtbot, make_window, demo_db, login, screens):
    window = make_window(as_user(demo_db, login))
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == screens
    assert (window.audit is not None) == ("Audit trail" in screens)
    assert (window.pool is not None) == ("Public pool" in screens)
    assert window.customers.release_action.isEnabled() == ("Public pool" in screens)
    assert window.customers.export_action.isEnabled() == (login == "zhangwei")


def test_every_module_and_action_has_words_for_the_roles_screen(qapp, tmp_path):
    """In Chinese every module and action of the roles screen reads as Chinese, not as its code."""
    from PySide6.QtWidgets import QApplication

    from crm_desktop.domain.access import ACTIONS, MODULES
    from crm_desktop.ui import i18n
    from crm_desktop.ui.common.errors import action_label, module_label
    translators = i18n.install(qapp, "zh_CN", tmp_path)
    try:
        def chinese(text):
            return any("\u4e00" <= ch <= "\u9fff" for ch in text)
        assert [m for m in MODULES if not chinese(module_label(m))] == []
        assert [a for a in ACTIONS if not chinese(action_label(a))] == []
    finally:
        for translator in translators:
            QApplication.removeTranslator(translator)
