"""How big a window opens: each kind of dialog at the size its user last gave it, and every window within the
screen it opens on. A 1366×768 laptop, common among field reps, leaves about 728 pixels under its task bar: a
720-pixel customer form plus its title bar put the Save button out of reach there."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QWidget

from .. import settings as S

# Room for the window manager's frame and title bar, which a widget's own size leaves out.
FRAME = QSize(16, 48)


def settings_of(widget: QWidget | None) -> S.Settings | None:
    """The app's settings, from the first of the widget and its parents that holds them (the main window and
    the screens do); None for a dialog opened on its own, as tests do."""
    while widget is not None:
        found = getattr(widget, "settings", None)
        if isinstance(found, S.Settings):
            return found
        widget = widget.parent()
    return None


def within_screen(widget: QWidget, size: QSize) -> QSize:
    """`size`, shrunk where needed to fit the available area (without the task bar) of the screen the widget
    opens on: its parent's screen for a dialog."""
    screen = (widget.parentWidget() or widget).screen()
    if screen is None:
        return size
    return size.boundedTo(screen.availableGeometry().size() - FRAME)


def _setting(kind: str) -> S.Setting:
    return S.Setting(f"dialogs/{kind}/size", QSize, QSize())


def open_at_remembered_size(dialog: QDialog, kind: str, width: int, height: int) -> None:
    """Size `dialog` as its user last left a dialog of this kind (else width × height), within the screen, and
    remember the size it has when it closes. Only the size: Qt places a dialog over its parent, which is where
    it is expected, whichever screen the main window is on now."""
    settings = settings_of(dialog)
    size = QSize(width, height)
    if settings is not None:
        saved = settings.get(_setting(kind))
        if isinstance(saved, QSize) and saved.width() > 0 and saved.height() > 0:
            size = saved
    dialog.resize(within_screen(dialog, size))
    if settings is not None:
        dialog.finished.connect(lambda _result: settings.set(_setting(kind), dialog.size()))


__all__ = ["FRAME", "open_at_remembered_size", "settings_of", "within_screen"]
