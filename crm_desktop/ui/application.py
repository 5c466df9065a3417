"""Starting the desktop app: open (or choose) a data folder, translate, seed demo data on first start in the
background, show the main window. Storage problems get a dialog that offers another folder, never a
traceback; with --smoke they get one JSON line and exit code 1."""

from __future__ import annotations

import json
import os
import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QProgressDialog

from ..domain.errors import CrmError, StorageError
from ..paths import DataPaths
from ..services import backups
from ..services.auth import DEMO_PASSWORD, AuthService, SignedIn
from ..services.context import LOCAL_USER_KEY
from ..services.customers import CustomerService
from ..services.demo import seed
from ..services.session import open_database
from . import i18n
from . import settings as S
from .common.errors import error_message
from .login.dialogs import FirstAdminDialog, LoginDialog
from .main_window import MainWindow
from .tasks import TaskRunner

FIRST_START_DEMO = 2000


def _print(obj: dict) -> None:
    print(json.dumps(obj, ensure_ascii=False), flush=True)


def _open(app: QApplication, paths: DataPaths, smoke: bool):
    """Open the database, offering another folder while it fails; None if the user gives up."""
    while True:
        try:
            return open_database(paths), paths
        except StorageError as exc:
            if smoke:
                _print({"ok": False, "error": exc.code, "message": error_message(exc), **exc.args_map})
                return None, paths
            box = QMessageBox(QMessageBox.Icon.Critical, app.translate("startup", "Cannot open the data folder"),
                              error_message(exc))
            other = box.addButton(app.translate("startup", "Open another data folder…"),
                                  QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Close)
            box.exec()
            if box.clickedButton() is not other:
                return None, paths
            folder = QFileDialog.getExistingDirectory(None, app.translate("startup", "Open data folder"))
            if not folder:
                return None, paths
            paths = DataPaths.resolve(folder)


def run_gui(args, process_start: float) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("CRM Desktop")
    app.setOrganizationName("crm-desktop")
    paths = DataPaths.resolve(args.data_dir)
    try:
        paths.root.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass  # reported properly by _open below
    settings = S.Settings(paths.settings) if paths.root.is_dir() else None
    lang = args.lang or (settings.get(S.LANGUAGE) if settings else "") or i18n.default_language()
    i18n.install(app, lang)

    db, paths = _open(app, paths, args.smoke)
    if db is None:
        return 1
    if settings is None or settings_path_changed(settings, paths):
        settings = S.Settings(paths.settings)
    tasks = TaskRunner(app)
    state: dict = {}

    def start_window() -> None:
        auth = AuthService(db)
        signed = _smoke_sign_in(auth) if args.smoke else sign_in(auth, tasks)
        if signed is None:
            state["smoke_failed"] = bool(args.smoke)
            app.exit(1 if args.smoke else 0)
            return
        service = CustomerService(db, signed.actor)
        window = MainWindow(service, tasks, settings, data_dir=str(paths.root),
                            user_name=signed.display_name, auth=auth, signed=signed)
        state["window"] = window
        window.signed_out.connect(lambda: _restart_with(app, str(paths.root), state))
        window.switch_data_folder.connect(lambda folder: _restart_with(app, folder, state))
        window.restore_requested.connect(lambda file: _restart_with(app, str(paths.root), state, restore=file))
        if args.smoke:
            _arm_smoke(app, window, process_start, state)
        window.show()

    fresh = db.meta(LOCAL_USER_KEY) is None
    demo_n = args.demo if args.demo is not None else (FIRST_START_DEMO if fresh else 0)
    if fresh and demo_n > 0:
        dialog = None
        if not args.smoke:
            dialog = QProgressDialog(app.translate("startup", "Creating demo data…"), "", 0, demo_n)
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(300)

        def seeded(_counts):
            db.set_meta("demo_seeded", str(demo_n))
            if dialog:
                dialog.close()
            start_window()

        def failed(exc):
            if dialog:
                dialog.close()
            if args.smoke:
                _print({"ok": False, "error": "demo_failed", "message": str(exc)})
            else:
                QMessageBox.critical(None, app.translate("startup", "Demo data"), error_message(exc))
            app.exit(1)

        tasks.submit(seed, db, demo_n, on_done=seeded, on_error=failed,
                     on_progress=(lambda done, total: dialog.setValue(done)) if dialog else None)
    else:
        # Through the event loop, so a sign-in dialog's exec() runs inside app.exec() as it does after seeding.
        QTimer.singleShot(0, start_window)
    code = app.exec()
    tasks.shutdown()
    if "window" in state:
        state["window"].deleteLater()
    db.close()
    if state.get("restore"):
        _restore(app, paths, state["restore"])
    if state.get("restart"):
        args.data_dir = state["restart"]
        return run_gui(args, time.perf_counter())
    return code if not state.get("smoke_failed") else 1


def sign_in(auth: AuthService, tasks: TaskRunner) -> SignedIn | None:
    """First start: set up the administrator. Then a remembered sign-in from the keyring, else the dialog.
    None when the user cancels."""
    if auth.needs_first_admin():
        dialog = FirstAdminDialog(auth, tasks)
    else:
        resumed = auth.resume()
        if resumed is not None:
            return resumed
        dialog = LoginDialog(auth, tasks)
    return dialog.signed_in if dialog.exec() == QDialog.DialogCode.Accepted else None


def _smoke_sign_in(auth: AuthService) -> SignedIn | None:
    """--smoke signs in without a dialog as CRM_USER (default admin) with CRM_PASSWORD (default the documented
    demo password); a new database without users gets that administrator."""
    login = os.environ.get("CRM_USER", "admin")
    password = os.environ.get("CRM_PASSWORD", DEMO_PASSWORD)
    try:
        if auth.needs_first_admin():
            return auth.create_first_admin(login, "Administrator", password)
        return auth.login(login, password)
    except CrmError as exc:
        _print({"ok": False, "error": exc.code, "message": "--smoke could not sign in as " + login +
                " (set CRM_USER and CRM_PASSWORD)", **{k: str(v) for k, v in exc.args_map.items()}})
        return None


def settings_path_changed(settings: S.Settings, paths: DataPaths) -> bool:
    return settings.path != paths.settings


def _restart_with(app: QApplication, folder: str, state: dict, restore: str | None = None) -> None:
    state["restart"] = folder
    if restore:
        state["restore"] = restore
    state["window"].close()
    app.quit()


def _restore(app: QApplication, paths: DataPaths, file: str) -> bool:
    """Restore with the database closed, showing progress; on failure say why (the data is untouched)."""
    dialog = QProgressDialog(app.translate("startup", "Restoring the backup…"), "", 0, 100)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(300)

    def progress(done: int, total: int) -> None:
        dialog.setValue(int(done * 100 / total) if total else 0)
        app.processEvents()

    try:
        backups.restore(paths, file, progress=progress)
        return True
    except StorageError as exc:
        dialog.close()  # before the message box, so it does not sit over it
        QMessageBox.critical(None, app.translate("startup", "Restore from backup"), error_message(exc))
        return False
    finally:
        dialog.close()


def peak_rss_mb() -> float:
    """Peak resident memory of this process. On Linux VmHWM, not ru_maxrss: ru_maxrss survives exec, so a
    process started by a big parent (the benchmark) would report the parent's peak."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)  # kB
    except OSError:
        pass
    try:
        import resource
        return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux
    except ImportError:  # Windows
        import psutil
        return round(psutil.Process().memory_info().peak_wset / 2**20, 1)


def _arm_smoke(app: QApplication, window: MainWindow, process_start: float, state: dict) -> None:
    """Print one JSON line once the window is painted with the first page of customers and the count is
    known: start-up (window shown) and first paint (first page painted), both from process start."""
    marks: dict = {}
    model = window.customers.model

    def maybe_done():
        if {"first_page", "painted", "loaded"} <= marks.keys() and "done" not in marks:
            marks["done"] = True
            _print({"ok": True, "startup_ms": round((marks["shown"] - process_start) * 1000, 1),
                    "first_paint_ms": round((marks["first_page"] - process_start) * 1000, 1),
                    "customers": model.rowCount(), "platform": app.platformName(),
                    "peak_rss_mb": peak_rss_mb()})
            window.close()
            app.quit()

    def first_page():
        window.customers.view.viewport().repaint()
        marks.setdefault("first_page", time.perf_counter())
        maybe_done()

    def mark(name):
        marks.setdefault(name, time.perf_counter())
        maybe_done()

    marks["shown"] = time.perf_counter()
    model.first_page.connect(first_page)
    model.loaded.connect(lambda: mark("loaded"))
    window.painted.connect(lambda: mark("painted"))
    model.failed.connect(lambda exc: (_print({"ok": False, "error": str(exc)}), state.update(smoke_failed=1),
                                      app.quit()))
    QTimer.singleShot(60_000, lambda: (_print({"ok": False, "error": "timeout"}),
                                       state.update(smoke_failed=1), app.quit()))
