"""Background work: plain callables (no Qt) run on worker lanes; results come back to the GUI thread through
queued signals. The database lane has one worker (SQLite has one writer, and reads in order keep stale
results rare); the io lane is for files and network. Long jobs get a Progress to report on and to poll for
cancellation; queries take a `cancelled` callable instead, which the database layer polls while SQLite runs.
A task cancelled before its turn does not run at all.

A result can come back after the window that asked for it was closed. The runner delivers a task's callbacks
only while their owner still exists: the object passed as `owner`, or else the QObject a callback belongs to
(a bound method's object, or the `self` a lambda written in a method refers to). So no screen has to guard
each callback itself."""

from __future__ import annotations

import functools

import inspect
import threading
import traceback
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ..domain.errors import Cancelled

__all__ = ["Cancelled", "Progress", "Task", "TaskRunner"]


class Progress:
    """Handed to jobs that accept a `progress` argument."""

    def __init__(self, emit: Callable[[int, int], None]):
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        self._emit(done, total)

    __call__ = report  # jobs below the UI take a plain progress(done, total) callable

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable, args: tuple, kwargs: dict):
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result is delivered
        self.signals = _Signals()
        self.progress = Progress(self.signals.progressed.emit)
        parameters = inspect.signature(fn).parameters
        if "progress" in parameters:
            kwargs = {**kwargs, "progress": self.progress}
        if "cancelled" in parameters:
            kwargs = {**kwargs, "cancelled": lambda: self.progress.cancelled}
        self._call = lambda: fn(*args, **kwargs)

    def run(self) -> None:
        try:
            if self.progress.cancelled:
                raise Cancelled()
            result = self._call()
        except Cancelled as exc:
            self.signals.failed.emit(exc)
        except Exception as exc:  # delivered to the GUI thread, which decides how to show it
            exc.traceback_text = traceback.format_exc()
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)

    def cancel(self) -> None:
        self.progress.cancel()


def callback_owner(*callbacks: Callable | None) -> QObject | None:
    """The QObject the first of `callbacks` that has one belongs to: a bound method's object, or the `self` a
    lambda or local function refers to (the method it was written in is that object's)."""
    for callback in callbacks:
        bound = getattr(callback, "__self__", None)
        if isinstance(bound, QObject):
            return bound
        code, cells = getattr(callback, "__code__", None), getattr(callback, "__closure__", None)
        if code is not None and cells and "self" in code.co_freevars:
            captured = cells[code.co_freevars.index("self")].cell_contents
            if isinstance(captured, QObject):
                return captured
    return None


def _while_alive(callback: Callable, owner: QObject) -> Callable:
    def deliver(*args):
        if shiboken6.isValid(owner):
            callback(*args)
    return deliver


def when_alive(method: Callable) -> Callable:
    """For a method of a QObject called later (a timer, a queued signal): do nothing if the object was deleted
    in between. The runner already guards the callbacks it delivers this way."""
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        if not shiboken6.isValid(self):
            return None
        return method(self, *args, **kwargs)
    return wrapper


class TaskRunner(QObject):
    """submit(fn, ...) runs fn on a lane; `inline=True` runs it at once on the calling thread (tests)."""

    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, inline: bool = False):
        super().__init__(parent)
        self.inline = inline
        self._lanes = {"db": QThreadPool(self), "io": QThreadPool(self)}
        self._lanes["db"].setMaxThreadCount(1)
        self._lanes["io"].setMaxThreadCount(2)
        self._live: set[Task] = set()

    def submit(self, fn: Callable, *args, on_done: Callable | None = None, on_error: Callable | None = None,
               on_progress: Callable | None = None, lane: str = "db", owner: QObject | None = None,
               **kwargs) -> Task:
        """`owner`: the object whose callbacks these are (found from the callbacks when not given); once it is
        deleted they are not called. The task itself runs on: a write the user asked for still lands."""
        task = Task(fn, args, kwargs)
        owner = owner if owner is not None else callback_owner(on_done, on_error, on_progress)
        if owner is not None:
            on_done, on_error, on_progress = (_while_alive(c, owner) if c else None
                                              for c in (on_done, on_error, on_progress))
        if on_done:
            task.signals.done.connect(on_done)
        if on_error:
            task.signals.failed.connect(on_error)
        if on_progress:
            task.signals.progressed.connect(on_progress)
        task.signals.done.connect(lambda _r, t=task: self._finish(t))
        task.signals.failed.connect(lambda _e, t=task: self._finish(t))
        self._live.add(task)
        self.busy_changed.emit(len(self._live))
        if self.inline:
            task.run()
        else:
            self._lanes[lane].start(task)
        return task

    def _finish(self, task: Task) -> None:
        self._live.discard(task)
        self.busy_changed.emit(len(self._live))

    def is_live(self, task: Task) -> bool:
        return task in self._live

    @property
    def busy(self) -> int:
        return len(self._live)

    def wait(self, msecs: int = 30000) -> bool:
        return all(pool.waitForDone(msecs) for pool in self._lanes.values())

    def shutdown(self) -> None:
        for task in list(self._live):
            task.cancel()
        self.wait()
