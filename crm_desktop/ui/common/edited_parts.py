"""Settings pages edited in place, in parts each saved by its own button (a pipeline's stages, the company
letterhead, the business calendar, a classification list). Saving one part reloads the page, which used to put
the stored values back over every other part's unsaved edits, and choosing another pipeline or calendar threw
the shown one's edits away, both without a word.

A `Part` remembers the values it last showed from storage. A reload refills only parts the user has not
changed; a selector that would show another record in a changed part asks Save / Discard / Cancel first
(`guard_selector`); and a page lists its changed parts when the window is about to close (`EditedParts`)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget

from .unsaved import may_close


class Part:
    """One part of a page: `read` gives the values as shown, `save` saves them (True when saved)."""

    def __init__(self, title: str, read: Callable[[], object], save: Callable[[], bool]):
        self.title, self.read, self.save = title, read, save
        self.clean: object = None  # the values last shown from storage; None: the next refill shows stored ones

    def changed(self) -> bool:
        return self.clean is not None and self.read() != self.clean

    def refill(self, fill: Callable[[], None]) -> bool:
        """Show the stored values (`fill`) unless the user changed what is shown; True if it did."""
        if self.changed():
            return False
        fill()
        self.clean = self.read()
        return True

    def saved(self) -> None:
        """Saved or thrown away: the next refill shows what is stored."""
        self.clean = None

    def may_leave(self, owner: QWidget) -> bool:
        question = QCoreApplication.translate("unsaved", "“%1” has changes that are not saved. Save them first?")
        return may_close(owner, self.changed(), self.save, question.replace("%1", self.title))


class EditedParts:
    """The parts of one page, for the question when the window closes."""

    def __init__(self, owner: QWidget):
        self.owner = owner
        self.parts: list[Part] = []

    def add(self, title: str, read: Callable[[], object], save: Callable[[], bool]) -> Part:
        part = Part(title, read, save)
        self.parts.append(part)
        return part

    def changed(self) -> list[Part]:
        return [p for p in self.parts if p.changed()]

    def may_leave(self) -> bool:
        changed = self.changed()
        if len(changed) < 2:
            return not changed or changed[0].may_leave(self.owner)
        titles = QCoreApplication.translate("unsaved", ", ").join(f"“{p.title}”" for p in changed)

        def save_all() -> bool:
            return all(p.save() for p in changed)  # stops at the first refused save, whose reason is shown
        question = QCoreApplication.translate("unsaved",
                                              "These settings have changes that are not saved: %1. Save them?")
        return may_close(self.owner, True, save_all, question.replace("%1", titles))


def guard_selector(selector: QComboBox | QListWidget, part: Part, owner: QWidget, show: Callable[[], None]
                   ) -> Callable[[], None]:
    """Run `show` when the user picks another record in `selector` (a combo box's item data, a list's
    UserRole data), after asking about the part's unsaved changes: Save saves them as the record they belong
    to, then moves on; Discard moves on; Cancel puts the selection back. Returns `remember`, for a reload that
    refilled the selector (signals blocked) to say which record the part shows now."""
    combo = isinstance(selector, QComboBox)
    signal = selector.currentIndexChanged if combo else selector.currentRowChanged
    state = {"key": _key(selector)}

    def moved(_index: int) -> None:
        target = _key(selector)
        if part.changed():
            _select(selector, state["key"])
            if not part.may_leave(owner):
                # Again once a mouse click has finished moving the selection, which it does after this signal.
                shown = state["key"]
                QTimer.singleShot(0, lambda: _select(selector, shown))
                return
            part.saved()
            _select(selector, target)
        show()
        state["key"] = _key(selector)

    signal.connect(moved)

    def remember() -> None:
        state["key"] = _key(selector)
    return remember


def _key(selector) -> object:
    if isinstance(selector, QComboBox):
        return selector.currentData()
    item = selector.currentItem()
    return item.data(Qt.ItemDataRole.UserRole) if item is not None and selector.currentRow() >= 0 else None


def _select(selector, key) -> None:
    selector.blockSignals(True)
    if isinstance(selector, QComboBox):
        index = selector.findData(key)
        if index >= 0:
            selector.setCurrentIndex(index)
    else:
        row = next((i for i in range(selector.count())
                    if selector.item(i).data(Qt.ItemDataRole.UserRole) == key), -1)
        selector.setCurrentRow(row)
        if row < 0:
            selector.clearSelection()
    selector.blockSignals(False)


__all__ = ["Part", "EditedParts", "guard_selector"]
