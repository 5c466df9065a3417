"""The sign-in dialogs driven like a user: typing, clicking, the captcha picture after three failures, the
lockout countdown, the second factor, "remember me" with and without a keyring, the first-start
administrator, and signing out from the main window."""

import pyotp
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select, text

from crm_desktop.data.models import JournalEntry
from crm_desktop.domain.errors import AuthError
from crm_desktop.services.auth import DEMO_PASSWORD, AuthService
from crm_desktop.services.customers import CustomerService
from crm_desktop.ui.application import sign_in
from crm_desktop.ui.login.dialogs import (ChangePasswordDialog, FirstAdminDialog, LoginDialog, TotpDialog)
from tests.ui.conftest import on_modal, type_text


@pytest.fixture
def auth(demo_db, keyring_store):
    return AuthService(demo_db, keyring_store)


def open_login(qtbot, auth, tasks) -> LoginDialog:
    dialog = LoginDialog(auth, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def try_password(qtbot, dialog, login, password, captcha=None):
    dialog.login_edit.clear()
    type_text(qtbot, dialog.login_edit, login)
    dialog.password_edit.clear()
    type_text(qtbot, dialog.password_edit, password)
    if captcha is not None:
        dialog.captcha_edit.clear()
        type_text(qtbot, dialog.captcha_edit, captcha)
    with qtbot.waitSignal(dialog.attempt_finished, timeout=10000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_sign_in_with_the_demo_password(qtbot, auth, tasks):
    dialog = open_login(qtbot, auth, tasks)
    try_password(qtbot, dialog, "lina", DEMO_PASSWORD)
    assert dialog.signed_in.login == "lina" and dialog.result() == QDialog.DialogCode.Accepted


def test_wrong_password_then_captcha_picture_then_success(qtbot, auth, tasks):
    dialog = open_login(qtbot, auth, tasks)
    for _ in range(3):
        try_password(qtbot, dialog, "lina", "wrong-one")
        assert dialog.error_label.text() == "Wrong user name or password." and dialog.signed_in is None
    assert dialog.captcha_row.isVisible() and dialog.captcha_text
    assert not dialog.captcha_picture.pixmap().isNull()
    try_password(qtbot, dialog, "lina", DEMO_PASSWORD, captcha="XXXXX")
    assert "do not match" in dialog.error_label.text() and dialog.signed_in is None
    try_password(qtbot, dialog, "lina", DEMO_PASSWORD, captcha=dialog.captcha_text)
    assert dialog.signed_in is not None and dialog.signed_in.login == "lina"


def test_lockout_disables_sign_in_with_a_countdown(qtbot, auth, tasks):
    dialog = open_login(qtbot, auth, tasks)
    for _ in range(5):
        try_password(qtbot, dialog, "wangfang", "wrong-one", captcha=dialog.captcha_text)
    assert "locked" in dialog.error_label.text() and "1:00" in dialog.error_label.text()
    assert not dialog.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: "0:59" in dialog.error_label.text() or "0:58" in dialog.error_label.text(),
                    timeout=3000)


def test_second_factor_is_asked_after_the_password(qtbot, auth, tasks, demo_db):
    actor = auth.login("zhangwei", DEMO_PASSWORD).actor
    enrolment = auth.begin_totp(actor)
    auth.confirm_totp(actor, enrolment.secret, pyotp.TOTP(enrolment.secret).at(auth.now()))
    dialog = open_login(qtbot, auth, tasks)
    assert not dialog.totp_edit.isVisible()
    try_password(qtbot, dialog, "zhangwei", DEMO_PASSWORD)
    assert dialog.totp_edit.isVisible() and dialog.signed_in is None
    type_text(qtbot, dialog.totp_edit, pyotp.TOTP(enrolment.secret).at(auth.now()))
    with qtbot.waitSignal(dialog.attempt_finished, timeout=10000):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.signed_in is not None and dialog.signed_in.login == "zhangwei"


def test_remember_me_then_next_start_signs_in_without_a_dialog(qtbot, auth, tasks, demo_db, keyring_store):
    dialog = open_login(qtbot, auth, tasks)
    assert dialog.remember_box.isEnabled() and not dialog.keyring_note.isVisible()
    dialog.remember_box.setChecked(True)
    try_password(qtbot, dialog, "lina", DEMO_PASSWORD)
    assert dialog.signed_in.remembered
    signed = sign_in(AuthService(demo_db, keyring_store), tasks)  # no dialog: the keyring has the token
    assert signed.login == "lina" and signed.method == "remembered"


def test_without_a_keyring_the_dialog_says_so_and_asks_each_time(qtbot, demo_db, no_keyring_store, tasks):
    auth = AuthService(demo_db, no_keyring_store)
    dialog = open_login(qtbot, auth, tasks)
    assert not dialog.remember_box.isEnabled()
    assert dialog.keyring_note.isVisible() and "no keyring" in dialog.keyring_note.text()

    def sign_in_as_admin(d):
        d.login_edit.setText("admin")
        d.password_edit.setText(DEMO_PASSWORD)
        d.attempt()
    on_modal(sign_in_as_admin)
    assert sign_in(auth, tasks).login == "admin"


def test_first_start_sets_up_the_administrator(qtbot, db, keyring_store, tasks):
    auth = AuthService(db, keyring_store)
    dialog = FirstAdminDialog(auth, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.password_edit, "short")
    type_text(qtbot, dialog.confirm_edit, "other")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.errors["confirm"].isVisible() and "differ" in dialog.errors["confirm"].text()
    dialog.confirm_edit.clear()
    type_text(qtbot, dialog.confirm_edit, "short")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.errors["password"].isVisible(), timeout=10000)
    assert "At least 8" in dialog.errors["password"].text()
    for edit in (dialog.password_edit, dialog.confirm_edit):
        edit.clear()
        type_text(qtbot, edit, "a-long-secret")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.signed_in is not None, timeout=10000)
    assert CustomerService(db, dialog.signed_in.actor).can("roles", "administer")


def test_change_password_dialog_enforces_the_policy(qtbot, auth, tasks):
    actor = auth.login("lina", DEMO_PASSWORD).actor
    dialog = ChangePasswordDialog(auth, actor, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(qtbot, dialog.current_edit, DEMO_PASSWORD)
    for edit in (dialog.password_edit, dialog.confirm_edit):
        type_text(qtbot, edit, "lina-password")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.errors["password"].isVisible(), timeout=10000)
    assert "user name" in dialog.errors["password"].text()
    for edit in (dialog.password_edit, dialog.confirm_edit):
        edit.clear()
        type_text(qtbot, edit, "brand-new-secret")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert auth.login("lina", "brand-new-secret").login == "lina"


def test_totp_enrolment_shows_a_qr_code_and_turns_on(qtbot, auth, tasks):
    actor = auth.login("lina", DEMO_PASSWORD).actor
    dialog = TotpDialog(auth, actor, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    picture = dialog.qr_label.pixmap()
    assert not picture.isNull() and picture.width() >= 21 * 6
    image = picture.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert colours == {"#000000", "#ffffff"}
    type_text(qtbot, dialog.code_edit, "000000" if pyotp.TOTP(dialog.enrolment.secret).at(auth.now()) != "000000" else "111111")
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    dialog.code_edit.clear()
    type_text(qtbot, dialog.code_edit, pyotp.TOTP(dialog.enrolment.secret).at(auth.now()))
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    assert auth.totp_enabled(actor.user_id)


def test_sign_out_from_the_account_menu_forgets_the_token(qtbot, make_window, auth, demo_db, keyring_store,
                                                          tasks, tmp_path):
    from crm_desktop.ui import settings as S
    from crm_desktop.ui.main_window import MainWindow
    signed = auth.login("lina", DEMO_PASSWORD, remember=True)
    window = MainWindow(CustomerService(demo_db, signed.actor), tasks, S.Settings(tmp_path / "s.ini"),
                        data_dir=str(tmp_path), user_name=signed.display_name, auth=auth, signed=signed)
    qtbot.addWidget(window)
    window.show()
    assert keyring_store.backend.items
    with qtbot.waitSignal(window.signed_out, timeout=5000):
        window.sign_out_action.trigger()
    assert keyring_store.backend.items == {}
    with demo_db.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM remember_token")).scalar() == 0
        kinds = conn.execute(select(JournalEntry.kind).where(JournalEntry.entity == "session")
                             .order_by(JournalEntry.seq)).scalars().all()
    assert kinds[-2:] == ["login", "logout"]
    window.close()


def test_an_administrator_sets_a_new_users_password_and_they_sign_in(qtbot, auth, tasks, demo_db):
    from crm_desktop.services.organisation import OrganisationService
    from crm_desktop.ui.admin.screen import AdminScreen
    from crm_desktop.ui.bus import ChangeBus
    from crm_desktop.ui.login.dialogs import SetPasswordDialog
    from tests.ui.test_admin_ui import select
    admin = auth.login("admin", DEMO_PASSWORD).actor
    org = OrganisationService(demo_db, admin)
    dept = org.list_departments()[0].id
    org.create_user("xiaoming", "小明", dept, roles=("sales_rep",))
    screen = AdminScreen(org, tasks, ChangeBus(), auth=auth)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.users.loaded, timeout=10000):
        screen.show()
    screen.tabs.setCurrentWidget(screen.users)
    with pytest.raises(AuthError):  # no password yet: cannot sign in
        auth.login("xiaoming", "whatever-it-is")
    select(qtbot, screen.users, lambda row: row.login == "xiaoming")
    assert screen.users.password_action.isEnabled()
    screen.users.password_action.trigger()
    dialog = screen.users.findChild(SetPasswordDialog)
    for edit in (dialog.password_edit, dialog.confirm_edit):
        type_text(qtbot, edit, "xiao-secret-1")
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert auth.login("xiaoming", "xiao-secret-1").display_name == "小明"


def test_a_sales_rep_cannot_set_passwords(qtbot, auth, tasks, demo_db):
    from crm_desktop.services.organisation import OrganisationService
    from crm_desktop.ui.admin.screen import AdminScreen
    from crm_desktop.ui.bus import ChangeBus
    lina = auth.login("zhangwei", DEMO_PASSWORD).actor  # a manager may view users, not administer them
    screen = AdminScreen(OrganisationService(demo_db, lina), tasks, ChangeBus(), auth=auth)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.users.loaded, timeout=10000):
        screen.show()
    screen.users.view.selectRow(0)
    assert not screen.users.password_action.isEnabled()


def test_sign_in_errors_read_as_sentences_everywhere(qapp):
    from crm_desktop.ui.common.errors import error_message
    assert error_message(AuthError("account_locked", seconds=125)) == \
        "Too many failed attempts: the account is locked. Try again in 2:05."
    assert error_message(AuthError("login_failed")) == "Wrong user name or password."
