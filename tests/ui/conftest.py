import re
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.ui import settings as S
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.tasks import TaskRunner


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def make_window(qtbot, tasks, tmp_path):
    created = []
    leftovers = []

    def before_close(window) -> None:
        # Closing over unsaved edits asks, and a question nobody answers would hang the run. A test that leaves
        # edits should answer the question itself (answer_next_question); here it is answered Discard, and
        # the test fails below.
        left = [type(s).__name__ for s in window.screens if getattr(s, "has_unsaved_changes", lambda: False)()]
        if left and window.isVisible():
            leftovers.append(left)
            discard = QTimer(window)
            discard.timeout.connect(_discard_question)
            discard.start(20)

    def make(service, settings_path=None, data_dir=None):
        settings = S.Settings(settings_path or tmp_path / "settings.ini")
        window = MainWindow(service, tasks, settings, data_dir=str(data_dir or tmp_path),
                            user_name=service.get_user_name())
        qtbot.addWidget(window, before_close_func=before_close)
        with qtbot.waitSignal(window.customers.model.loaded, timeout=10000):
            window.show()
        created.append(window)
        return window

    yield make
    if leftovers:  # the widgets were closed before fixtures are torn down
        pytest.fail(f"the test left unsaved changes in {leftovers}; closing the window asks about them")


def _discard_question() -> None:
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.button(QMessageBox.StandardButton.Discard) is not None:
        box.button(QMessageBox.StandardButton.Discard).click()


@pytest.fixture
def window(make_window, demo_service):
    return make_window(demo_service)


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it (QTest cannot press
    keys for characters outside Latin-1, and real Chinese input arrives through an IME anyway)."""
    from PySide6.QtGui import QInputMethodEvent
    widget.setFocus()
    for run in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if run.isascii():
            qtbot.keyClicks(widget, run)
        else:
            event = QInputMethodEvent("", [])
            event.setCommitString(run)
            QApplication.sendEvent(widget, event)


def on_modal(action, *, attempts=200):
    """Run `action(dialog)` on the next modal dialog once it is shown (modal exec() blocks the test)."""
    def poll(left=attempts):
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if left:
                QTimer.singleShot(20, lambda: poll(left - 1))
            return
        action(dialog)
    QTimer.singleShot(0, poll)


def answer_questions(buttons: list, asked: list | None = None, _previous=None) -> None:
    """Answer the next questions in turn, one button each (a window closing over several screens' edits)."""
    if not buttons:
        return

    def press(box):
        if box is _previous:  # the box just answered, not closed yet
            QTimer.singleShot(20, lambda: answer_questions(buttons, asked, _previous))
            return
        if asked is not None:
            asked.append(box.text())
        QTimer.singleShot(0, lambda: answer_questions(buttons[1:], asked, box))
        box.button(buttons[0]).click()
    on_modal(press)


def answer_next_question(button, asked: list | None = None) -> None:
    """Press `button` (Save, Discard, Cancel…) in the next message box once it is shown, noting its text in
    `asked`: how a test answers the question a window asks before it closes over unsaved changes."""
    def press(box):
        if asked is not None:
            asked.append(box.text())
        box.button(button).click()
    on_modal(press)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """pytest-qt closes a test's widgets at teardown; an edit dialog closed over its edits asks Save / Discard /
    Cancel, and a question nobody answers would hang the run. At teardown (never during a test) it is answered
    Discard. Main windows left with unsaved edits still fail their test (make_window)."""
    discard = None
    if QApplication.instance() is not None:
        discard = QTimer()
        discard.timeout.connect(_discard_question)
        discard.start(20)
    try:
        return (yield)
    finally:
        if discard is not None:
            discard.stop()


@pytest.fixture(autouse=True)
def _unanswered_questions(qapp):
    """A question the test did not answer (closing over unsaved edits asks) would block the run forever: after
    5 s it is answered Discard, and the test fails naming it."""
    shown_since: dict[int, float] = {}
    stuck: list[str] = []

    def check() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        since = shown_since.setdefault(id(box), time.monotonic())
        if time.monotonic() - since > 5:
            stuck.append(box.text())
            button = box.button(QMessageBox.StandardButton.Discard)
            button.click() if button is not None else box.reject()

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(250)
    yield
    timer.stop()
    if stuck:
        pytest.fail(f"nobody answered {stuck}")
