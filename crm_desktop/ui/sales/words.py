"""How sales values read: money, probabilities, durations."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.money import Money


def _t(text: str) -> str:
    return QCoreApplication.translate("sales", text)


def money(minor: int, currency: str = "CNY") -> str:
    return Money(minor, currency).format()


def money_totals(amounts: dict) -> str:
    """Per-currency totals, CNY first ("¥1,200.00 + $30.00"); "¥0.00" when empty."""
    if not amounts:
        return money(0)
    order = sorted(amounts, key=lambda c: (c != "CNY", c))
    return " + ".join(money(int(amounts[c]), c) for c in order)


def duration(span: timedelta) -> str:
    days, seconds = span.days, span.seconds
    if days:
        return _t(QT_TRANSLATE_NOOP("sales", "%1 d %2 h")).replace("%1", str(days)).replace("%2", str(seconds // 3600))
    hours, minutes = seconds // 3600, seconds % 3600 // 60
    return _t(QT_TRANSLATE_NOOP("sales", "%1 h %2 min")).replace("%1", str(hours)).replace("%2", str(minutes))


STATUS = {"open": QT_TRANSLATE_NOOP("sales", "Open"), "won": QT_TRANSLATE_NOOP("sales", "Won"),
          "lost": QT_TRANSLATE_NOOP("sales", "Lost")}


def status(code: str) -> str:
    return _t(STATUS.get(code, code))
