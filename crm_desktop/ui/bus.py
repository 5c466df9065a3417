"""One broadcast of what changed after each write, so every screen refreshes only what its flags name."""

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    changed = Signal(object)  # crm_desktop.domain.changes.Changes

    def publish(self, changes) -> None:
        if changes is not None and changes.any():
            self.changed.emit(changes)
