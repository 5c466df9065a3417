"""Finding a combo box item by its data. QComboBox.findData() compares the Python objects it wraps (a UUID,
a tuple) by identity, so an equal id read again from the database is not found: a list refilled with fresh
rows would fall back to its first item. These compare in Python, by equality."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def find_data(combo: QComboBox, data) -> int:
    """The index of the first item whose data equals `data`, or -1."""
    return next((i for i in range(combo.count()) if combo.itemData(i) == data), -1)


def combo_select(combo: QComboBox, data) -> None:
    """Select the item whose data is `data` (the first item when there is none)."""
    combo.setCurrentIndex(max(find_data(combo, data), 0))


__all__ = ["find_data", "combo_select"]
