"""Sync in the window, against a real PostgreSQL server (tests/sync/conftest.py provisions one per test):
connecting through the dialog, F9 in the background with the counts in the status bar, a conflict settled
in the inbox, an unreachable server, pending operations after a local edit, a refused change rolled back."""

import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from crm_desktop.data.database import Database
from crm_desktop.data.models import Customer
from crm_desktop.paths import DataPaths
from crm_desktop.services.context import system_actor
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.sync import IssueItem
from crm_desktop.sync import engine
from crm_desktop.ui.common.errors import error_message
from crm_desktop.sync.provision import ServerError
from tests.sync.conftest import make_client, server_url  # noqa: F401 - fixtures
from tests.sync.test_sync import edit, local, new_customer
from tests.ui.conftest import type_text

SYNC_TIMEOUT = 60000


def settle(qtbot, *windows) -> None:
    """Let every background job finish and deliver while the windows still exist (pytest-qt closes and
    deletes them before fixtures are torn down)."""
    tasks = windows[0].tasks

    def idle() -> bool:  # no job running and no delayed refresh (single-shot timers) about to start one
        # (the retry after a failed sync waits 30 s or more: it is not a pending refresh)
        timers = [t for w in windows for t in w.findChildren(QTimer) if t.isSingleShot() and t.isActive()
                  and t.objectName() != "syncRetryTimer"]
        return tasks.busy == 0 and not timers
    qtbot.waitUntil(idle, timeout=SYNC_TIMEOUT)


def activate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def press_f9(qtbot, window) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window.customers.view, Qt.Key.Key_F9)


def label(window) -> str:
    return window.findChild(type(window.sync_actions.label), "syncStatus").text()


def wait_label(qtbot, window, *parts: str) -> None:
    qtbot.waitUntil(lambda: all(p in label(window) for p in parts), timeout=10000)


def window_for(make_window, client):
    return make_window(CustomerService(client.db, client.actor), data_dir=client.db.paths.root)


def fresh_window(make_window, tmp_path):
    """A first start in a new data folder: no local user yet, nothing journaled, so it may join a server."""
    db = Database(DataPaths(tmp_path / "fresh"))
    window = make_window(CustomerService(db, system_actor(db)), data_dir=db.paths.root)
    return window, db


def fill_connect_dialog(qtbot, dialog, *, database: str, user: str, port: int = 5432) -> None:
    type_text(qtbot, dialog.host, "127.0.0.1")
    dialog.port.lineEdit().selectAll()
    type_text(qtbot, dialog.port.lineEdit(), str(port))
    type_text(qtbot, dialog.database, database)
    type_text(qtbot, dialog.user, user)
    assert dialog.password.text() == ""  # trust authentication on the test server


def test_connect_through_the_dialog_then_f9_syncs_in_the_background(qtbot, make_window, tmp_path, server_url,
                                                                     make_client, monkeypatch):
    # As on a headless Linux machine: no OS keyring (other tests define in-memory backends, which keyring
    # would otherwise pick up as the default).
    from keyring.backends import fail

    import crm_desktop.credentials as credentials
    monkeypatch.setattr(credentials.keyring, "get_keyring", lambda: fail.Keyring())
    window, db = fresh_window(make_window, tmp_path)
    actions = window.sync_actions
    wait_label(qtbot, window, "Offline: not connected", "Pending: 0")
    sync_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Sync")
    assert [a.objectName() for a in sync_menu.actions() if a.objectName()] == \
        ["actionSyncNow", "actionConnectServer", "actionDisconnectServer", "actionSyncInbox"]
    assert actions.sync_action.shortcut().toString() == "F9"
    assert not actions.disconnect_action.isEnabled()

    actions.connect_action.trigger()
    dialog = actions.connect_dialog
    qtbot.waitExposed(dialog)
    assert dialog.port.value() == 5432 and dialog.sslmode.currentText() == "prefer"
    assert not dialog.remember.isEnabled() and dialog.keyring_note.isVisible()  # no keyring
    database = server_url.rsplit("/", 1)[1]
    fill_connect_dialog(qtbot, dialog, database=database, user="lina")
    assert dialog.url() == f"postgresql://127.0.0.1:5432/{database}?sslmode=prefer"
    with qtbot.waitSignal(dialog.tested, timeout=SYNC_TIMEOUT) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [True] and dialog.message.text() == "The connection works."
    # Connect: the dialog closes and a first sync brings the organisation in.
    with qtbot.waitSignal(actions.synced, timeout=SYNC_TIMEOUT):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert actions.connect_dialog is None
    assert db.meta(engine.URL_KEY) == f"postgresql://127.0.0.1:5432/{database}?sslmode=prefer"
    assert actions.disconnect_action.isEnabled()

    # Someone else (lina on her other computer) adds a customer; F9 fetches it, off the GUI thread.
    other = make_client("lina")
    new_customer(other, "另一台电脑上的客户")
    other.sync()
    threads = []
    service = window.sync_service
    original = service.sync_now
    service.sync_now = lambda *a, **k: (threads.append(threading.current_thread()), original(*a, **k))[1]
    with qtbot.waitSignal(actions.synced, timeout=SYNC_TIMEOUT) as synced:
        press_f9(qtbot, window)
        assert not actions.sync_action.isEnabled()  # one sync at a time
    assert threads and threads[0] is not threading.main_thread()
    assert synced.args[0].result["pulled"] == 2  # the customer and its contact
    assert window.statusBar().currentMessage() == "Synced: 0 sent, 2 received"
    wait_label(qtbot, window, "Online", "Last sync: ", "Pending: 0")
    # The screens were told: the customer list shows the new customer.
    qtbot.waitUntil(lambda: any(window.customers.model.row_value(r).name == "另一台电脑上的客户"
                                for r in range(window.customers.model.rowCount())), timeout=10000)

    # Disconnect asks first; the local data stays.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(actions.disconnected, timeout=10000):
        actions.disconnect_action.trigger()
    wait_label(qtbot, window, "Offline: not connected")
    assert db.meta(engine.URL_KEY) is None and window.customers.model.rowCount() == 1
    settle(qtbot, window)


def test_a_conflict_is_settled_in_the_inbox_and_reaches_both(qtbot, make_window, make_client, qtmodeltester):
    lina, manager = make_client("lina"), make_client("zhangwei")
    cid = new_customer(lina)
    lina.sync(), manager.sync()
    edit(manager, cid, level="B")  # the manager edits first ...
    edit(lina, cid, level="A")  # ... lina later (the newer clock) and syncs first: her value stands
    lina.sync()
    window = window_for(make_window, manager)
    actions, inbox = window.sync_actions, window.sync_inbox
    with qtbot.waitSignal(actions.synced, timeout=SYNC_TIMEOUT) as synced:
        press_f9(qtbot, window)
    assert synced.args[0].result["conflicts"] == 1
    message = window.statusBar().currentMessage()
    assert message.startswith("Synced: 1 sent, ") and message.endswith(" received, 1 conflict")
    wait_label(qtbot, window, "Issues: 1")
    assert local(manager, Customer, cid).level == "A"

    actions.inbox_action.trigger()
    assert window.stack.currentWidget().widget() is inbox  # wrapped in a scroll area like audit/admin
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10000)
    qtmodeltester.check(inbox.model)
    texts = [inbox.model.index(0, c).data() for c in range(inbox.model.columnCount())]
    assert texts[1:7] == ["Conflict", f"Customer {cid.hex[:8]}", "level", "B", "A", "Theirs: A"]
    assert inbox.keep_mine_button.isEnabled() and not inbox.dismiss_button.isEnabled()

    with qtbot.waitSignal(inbox.resolved, timeout=10000):
        qtbot.mouseClick(inbox.keep_mine_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 0, timeout=10000)
    assert window.statusBar().currentMessage() == "Kept your value of level."
    assert local(manager, Customer, cid).level == "B"
    wait_label(qtbot, window, "Pending: 1")
    assert "Issues:" not in label(window)

    with qtbot.waitSignal(actions.synced, timeout=SYNC_TIMEOUT) as synced:
        press_f9(qtbot, window)
    assert synced.args[0].result["pushed"] == 1 and synced.args[0].result["conflicts"] == 0
    lina.sync()
    assert local(manager, Customer, cid).level == "B" and local(lina, Customer, cid).level == "B"
    settle(qtbot, window)


def test_an_unreachable_server_is_a_clear_error_and_the_app_keeps_working(qtbot, make_window, tmp_path,
                                                                          make_client, server_url):
    first, db = fresh_window(make_window, tmp_path)
    actions = first.sync_actions
    actions.connect_action.trigger()
    dialog = actions.connect_dialog
    fill_connect_dialog(qtbot, dialog, database="crm", user="lina", port=1)
    with qtbot.waitSignal(dialog.tested, timeout=SYNC_TIMEOUT) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [False]
    assert dialog.message.text().startswith("Cannot reach the server (")
    assert "your work is kept" in dialog.message.text()
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._busy, timeout=SYNC_TIMEOUT)
    assert dialog.isVisible() and dialog.message.text().startswith("Cannot reach the server (")
    assert db.meta(engine.URL_KEY) is None  # nothing half connected
    dialog.reject()
    press_f9(qtbot, first)
    assert first.statusBar().currentMessage() == "Not connected to a server. Use Sync > Connect to server… first."

    # A connected replica whose server has gone away: F9 says so, nothing modal, the work stays pending.
    lina = make_client("lina")
    lina.db.set_meta(engine.URL_KEY, "postgresql://127.0.0.1:1/" + server_url.rsplit("/", 1)[1])
    window = window_for(make_window, lina)
    actions = window.sync_actions
    wait_label(qtbot, window, "Online", "Pending: 0")
    _id, changes = window.service.create({"name": "断网时新建的客户"})
    window.bus.publish(changes)
    with qtbot.waitSignal(actions.sync_failed, timeout=SYNC_TIMEOUT) as failed:
        press_f9(qtbot, window)
    assert failed.args[0].code == "server_unreachable"
    assert QApplication.activeModalWidget() is None
    assert window.statusBar().currentMessage().startswith("Sync failed: Cannot reach the server (")
    wait_label(qtbot, window, "Offline", "Pending: 1", "Error")
    assert "Cannot reach the server" in window.sync_actions.label.toolTip()
    # The app keeps working: the list shows the new customer, and the next edit counts too.
    model = window.customers.model
    qtbot.waitUntil(lambda: any(model.row_value(r).name == "断网时新建的客户" for r in range(model.rowCount())),
                    timeout=10000)
    window.bus.publish(window.service.update(_id, {"city": "上海"}))
    wait_label(qtbot, window, "Pending: 2")
    assert actions.sync_action.isEnabled()
    settle(qtbot, first, window)


def test_the_status_shows_pending_operations_after_a_local_edit(qtbot, make_window, make_client):
    lina = make_client("lina")
    window = window_for(make_window, lina)
    wait_label(qtbot, window, "Online", "Pending: 0")
    customer_id, changes = window.service.create({"name": "本地新建的客户"})
    window.bus.publish(changes)  # what every screen does after a write
    wait_label(qtbot, window, "Pending: 1")
    with qtbot.waitSignal(window.sync_actions.synced, timeout=SYNC_TIMEOUT):
        press_f9(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Synced: 1 sent, ")
    wait_label(qtbot, window, "Online", "Pending: 0")
    settle(qtbot, window)


def test_a_refused_change_is_rolled_back_and_said_why(qtbot, make_window, make_client, qtmodeltester):
    auditor = make_client("sunli")  # read-only; a write around the service reaches the server anyway
    new_customer(auditor, "审计员不该建的客户")
    window = window_for(make_window, auditor)
    inbox = window.sync_inbox
    with qtbot.waitSignal(window.sync_actions.synced, timeout=SYNC_TIMEOUT) as synced:
        press_f9(qtbot, window)
    assert len(synced.args[0].rejected) == 2
    message = window.statusBar().currentMessage()
    assert message.startswith("Synced: 2 sent, ") and ", 2 refused" in message
    assert ("2 change(s) refused by the server and rolled back on this computer: the server refused it: you do "
            "not have permission for this change") in message
    assert message.endswith("See Sync > Conflict inbox.")
    assert QApplication.activeModalWidget() is None  # not modal
    wait_label(qtbot, window, "Issues: 2")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(inbox.model)
    assert inbox.model.index(0, 1).data() == "Refused"
    assert inbox.model.index(0, 6).data() == "Rolled back to the server's data"
    assert inbox.model.index(0, 7).data().startswith("the server refused it: you do not have permission")
    inbox.view.selectRow(0)
    assert inbox.dismiss_button.isEnabled() and not inbox.keep_mine_button.isEnabled()
    with qtbot.waitSignal(inbox.resolved, timeout=10000):
        qtbot.mouseClick(inbox.dismiss_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=10000)
    wait_label(qtbot, window, "Issues: 1")
    settle(qtbot, window)


def test_server_errors_read_as_sentences(qapp):
    assert error_message(ServerError("client_too_old", client="0004", minimum="9999")) == \
        ("This app is older than the server requires (schema 0004, minimum 9999). Update the app; your unsynced "
         "work is kept.")
    for code in ("server_unreachable", "server_login_failed", "server_user_disabled", "not_connected", "bad_url",
                 "local_not_empty", "other_server"):
        assert not error_message(ServerError(code, detail="x")).startswith(code)


def test_the_inbox_model_on_its_own(qtmodeltester):
    import uuid
    from datetime import datetime

    from crm_desktop.ui.sync import IssueTableModel
    model = IssueTableModel()
    model.set_items([IssueItem(uuid.uuid4(), "conflict", "customer", uuid.uuid4(), "city", "上海", None, "mine",
                               "changed on the server", datetime(2026, 11, 1, 9, 0)),
                     IssueItem(uuid.uuid4(), "rejected", "contact", uuid.uuid4(), "", None, None, "",
                               "already_exists", datetime(2026, 11, 1, 9, 1))])
    qtmodeltester.check(model)
    assert model.index(0, 5).data() == "(empty)" and model.index(0, 6).data() == "Mine: 上海"
    assert model.index(1, 7).data() == "a record with the same id already exists on the server"


def test_a_failed_sync_is_retried_with_a_growing_delay(qtbot, make_window, tmp_path):
    window, db = fresh_window(make_window, tmp_path)
    actions = window.sync_actions
    from crm_desktop.domain.errors import CrmError
    actions._sync_failed(CrmError("server_unreachable", detail="connection refused"), manual=False)
    assert actions.retry_timer.isActive() and actions.retry_timer.interval() == 30_000
    actions._sync_failed(CrmError("server_unreachable", detail="connection refused"), manual=False)
    assert actions.retry_timer.interval() == 60_000
    for _ in range(10):
        actions._sync_failed(CrmError("server_unreachable"), manual=False)
    assert actions.retry_timer.interval() == actions.timer.interval()  # never beyond the regular timer
    actions.retry_timer.stop()
    actions._sync_failed(CrmError("client_too_old", client="0004", minimum="9999"), manual=False)
    assert not actions.retry_timer.isActive()  # retrying cannot fix that one


def test_tls_settings_and_certificate_files_travel_in_the_url():
    from crm_desktop.ui.sync.connect_dialog import build_url, split_url
    url = build_url("crm.example.cn", 5433, "crm", "verify-full", sslrootcert="/etc/crm/根证书 ca.pem",
                    sslcert="/home/lina/.postgresql/lina.crt", sslkey="/home/lina/.postgresql/lina.key")
    assert url.startswith("postgresql://crm.example.cn:5433/crm?sslmode=verify-full&sslrootcert=")
    fields = split_url(url)
    assert (fields["sslmode"], fields["sslrootcert"], fields["sslcert"], fields["sslkey"]) == (
        "verify-full", "/etc/crm/根证书 ca.pem", "/home/lina/.postgresql/lina.crt", "/home/lina/.postgresql/lina.key")
    import psycopg
    assert psycopg.conninfo.conninfo_to_dict(url)["sslrootcert"] == "/etc/crm/根证书 ca.pem"  # what libpq reads


def test_a_secure_connection_the_server_cannot_give_is_a_tls_error_not_a_wrong_address(qtbot, make_window,
                                                                                        tmp_path, server_url):
    first, db = fresh_window(make_window, tmp_path)
    actions = first.sync_actions
    actions.connect_action.trigger()
    dialog = actions.connect_dialog
    fill_connect_dialog(qtbot, dialog, database=server_url.rsplit("/", 1)[1], user="lina")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("verify-full"))
    dialog.certs["sslrootcert"].setText(str(tmp_path / "ca.pem"))
    with qtbot.waitSignal(dialog.tested, timeout=SYNC_TIMEOUT) as tested:
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert tested.args == [False]
    # The local PostgreSQL runs without TLS: the message names the secure connection, not the address.
    assert dialog.message.text().startswith("The secure connection (TLS) to the server failed (")
    assert db.meta(engine.URL_KEY) is None
    dialog.reject()


def test_an_inbox_closed_while_it_reads_ignores_the_late_result(qtbot, db, tasks):
    """Seen in CI: a window's inbox was deleted while its first read ran, and the result then reached a table
    view that no longer existed (RuntimeError in the Qt event loop)."""
    import shiboken6

    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.sync import SyncService
    from crm_desktop.ui.bus import ChangeBus
    from crm_desktop.ui.sync.inbox import ConflictInbox
    gate = threading.Event()
    tasks.submit(gate.wait, lane="db")  # the database lane is busy: the inbox's read waits behind this
    inbox = ConflictInbox(SyncService(db, ensure_local_user(db)), tasks, ChangeBus())
    shiboken6.delete(inbox)  # closed (its table view with it) before the read ran
    gate.set()
    assert tasks.wait(10000)
    qtbot.wait(100)  # the queued result is delivered; pytest-qt fails the test on an exception in a slot
    assert not shiboken6.isValid(inbox)
