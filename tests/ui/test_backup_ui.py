"""File > Back up now and Restore from backup… driven through the real window; the restore step the app
runs between closing and reopening the folder."""

from PySide6.QtWidgets import QFileDialog, QMessageBox

from crm_desktop.services import backups
from crm_desktop.ui import application


def test_back_up_now_from_the_file_menu(qtbot, make_window, demo_service, demo_paths):
    window = make_window(demo_service, data_dir=demo_paths.root)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.backups.backup_action in file_menu.actions()
    assert window.backups.restore_action in file_menu.actions()
    with qtbot.waitSignal(window.backups.backed_up, timeout=20000) as blocker:
        window.backups.backup_action.trigger()
        assert not window.backups.backup_action.isEnabled()  # one at a time
    info = blocker.args[0]
    assert info.path.is_file() and info.reason == "manual"
    assert [b.path for b in backups.list_backups(demo_paths)] == [info.path]
    assert str(info.path) in window.statusBar().currentMessage()
    assert window.backups.backup_action.isEnabled()


def test_the_daily_backup_is_taken_when_due_and_not_again(qtbot, make_window, demo_service, demo_paths):
    window = make_window(demo_service, data_dir=demo_paths.root)
    with qtbot.waitSignal(window.backups.backed_up, timeout=20000) as blocker:
        window.backups.auto_backup()
    assert blocker.args[0].reason == "auto"
    window.backups.auto_backup()  # not due for another day: nothing is taken
    window.tasks.wait()
    qtbot.wait(50)
    assert [b.reason for b in backups.list_backups(demo_paths)] == ["auto"]


def test_restore_asks_first_then_requests_a_restart(qtbot, make_window, demo_service, demo_paths, monkeypatch):
    window = make_window(demo_service, data_dir=demo_paths.root)
    file = str(backups.take(demo_paths, "manual").path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (file, ""))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), answers.pop(0))[1])
    requested = []
    window.restore_requested.connect(requested.append)
    window.backups.restore_action.trigger()  # the user says no: nothing happens
    assert requested == [] and file in asked[0]
    with qtbot.waitSignal(window.restore_requested, timeout=2000) as blocker:
        window.backups.restore_action.trigger()
    assert blocker.args == [file]


def test_the_restore_step_restores_or_explains(qtbot, demo_db, demo_service, demo_paths, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QApplication
    good = backups.take(demo_paths, "manual").path
    new_id, _ = demo_service.create({"name": "恢复之后不见的客户"})
    demo_db.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"\0" * 4096)
    app = QApplication.instance()
    assert application._restore(app, demo_paths, str(bad)) is False
    assert len(shown) == 1 and str(bad) in shown[0]
    assert application._restore(app, demo_paths, str(good)) is True
    assert len(shown) == 1
    import sqlite3
    con = sqlite3.connect(demo_paths.database)
    assert con.execute("SELECT count(*) FROM customer WHERE id = ?", (new_id.hex,)).fetchone() == (0,)
    con.close()
