"""The task runner delivers a result only while the object that asked for it exists: a window closed while its
read waits on the database lane never sees the read's result, whoever wrote the callback."""

import threading

import shiboken6
from PySide6.QtCore import QObject

from crm_desktop.ui.tasks import callback_owner


class _Screen(QObject):
    def __init__(self):
        super().__init__()
        self.got = []

    def show(self, result) -> None:
        self.objectName()  # a deleted QObject raises RuntimeError here, as a deleted widget's methods do
        self.got.append(result)

    def lambda_callback(self):
        return lambda result: self.show(result)


def _busy_lane(tasks) -> threading.Event:
    gate = threading.Event()
    tasks.submit(gate.wait, lane="db")
    return gate


def test_callbacks_of_a_deleted_owner_are_not_called_and_the_task_still_finishes(qtbot, tasks):
    gate = _busy_lane(tasks)
    bound, in_lambda, explicit = _Screen(), _Screen(), _Screen()
    unowned = []
    ran = []
    tasks.submit(lambda: 1, on_done=bound.show)
    tasks.submit(lambda: 2, on_done=in_lambda.lambda_callback())
    tasks.submit(lambda: 3, on_done=unowned.append, owner=explicit)
    tasks.submit(lambda: ran.append("write") or 4, on_done=unowned.append)  # nobody owns it: always delivered
    for screen in (bound, in_lambda, explicit):
        shiboken6.delete(screen)
    gate.set()
    assert tasks.wait(10000)
    qtbot.waitUntil(lambda: tasks.busy == 0, timeout=5000)  # pytest-qt fails the test on an error in a slot
    assert unowned == [4] and ran == ["write"]  # the owners' tasks ran; only their delivery was dropped


def test_callbacks_of_a_live_owner_are_called_with_results_errors_and_progress(qtbot, tasks):
    screen = _Screen()
    errors, steps = [], []

    def job(progress):
        progress(1, 2)
        return "done"

    def fail():
        raise ValueError("bad")

    tasks.submit(job, on_done=screen.show, on_progress=lambda done, total: steps.append((done, total)),
                 owner=screen)
    tasks.submit(fail, on_error=lambda exc: (screen.objectName(), errors.append(str(exc))))
    qtbot.waitUntil(lambda: tasks.busy == 0 and bool(screen.got and errors), timeout=5000)
    assert screen.got == ["done"] and errors == ["bad"] and steps == [(1, 2)]


def test_the_owner_is_the_qobject_a_callback_belongs_to():
    screen = _Screen()
    outside = object()
    assert callback_owner(screen.show) is screen
    assert callback_owner(screen.lambda_callback()) is screen
    assert callback_owner(None, lambda _e: None, screen.show) is screen  # the first callback that has one
    assert callback_owner(lambda r: (outside, r), print) is None  # a plain object or a builtin owns nothing


def test_a_form_closed_before_its_read_ran_ignores_the_late_result(qtbot, window, tasks):
    """The opportunity form looks customers up in the background and shows them through a lambda; closed while
    the lookup waited, it used to get the rows anyway (RuntimeError from its deleted customer box)."""
    from crm_desktop.ui.sales.form import OpportunityDialog
    from tests.ui.test_sales_ui import _open_board
    screen = _open_board(qtbot, window)
    dialog = OpportunityDialog(screen.service, window.customers.service, window.bus,
                               pipeline=screen.service.pipeline(), parent=screen)
    assert screen.tasks is tasks
    gate = _busy_lane(tasks)
    dialog.service_tasks_search("有限公司")
    shiboken6.delete(dialog)
    gate.set()
    assert tasks.wait(10000)
    qtbot.waitUntil(lambda: tasks.busy == 0, timeout=5000)
    assert not shiboken6.isValid(dialog) and shiboken6.isValid(screen)
