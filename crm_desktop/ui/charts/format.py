"""Figures as people read them: money with a yuan sign and thousands separators (exact: Decimal, never float
arithmetic on amounts), percentages, minutes, days. Shared by the chart panes, their tables and the KPI tiles."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFont

UNITS = {
    "minutes": QT_TRANSLATE_NOOP("units", "%1 min"),
    "days": QT_TRANSLATE_NOOP("units", "%1 d"),
}
# Fonts that carry Chinese glyphs, in order of preference; Qt falls back along the list.
CJK_FAMILIES = ["Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC",
                "Droid Sans Fallback", "sans-serif"]


def cjk_font(point_size: float | None = None, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(CJK_FAMILIES)
    if point_size:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def _decimal(value) -> Decimal:
    return value if isinstance(value, Decimal) else Decimal(str(value))


def format_value(value, unit: str = "count") -> str:
    """The value of a figure in its unit; an empty dash for no value."""
    if value is None:
        return "—"
    if unit == "CNY":
        amount = _decimal(value).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        sign = "-" if amount < 0 else ""
        return f"{sign}¥{abs(amount):,.2f}"
    if unit == "percent":
        return f"{_decimal(value).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    if unit == "score":
        return f"{_decimal(value).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)}"
    if unit in UNITS:
        number = _decimal(value).quantize(Decimal("1") if unit == "days" else Decimal("0.1"),
                                          rounding=ROUND_HALF_UP)
        return QCoreApplication.translate("units", UNITS[unit]).replace("%1", f"{number:,}")
    number = _decimal(value)
    if number == number.to_integral_value():
        return f"{int(number):,}"
    return f"{number.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,}"


def as_float(value) -> float:
    """For plotting only (coordinates are floats); never used to sum money."""
    return float("nan") if value is None else float(value)
