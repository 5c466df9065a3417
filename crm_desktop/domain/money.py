"""Exact money: a Decimal amount in a currency, stored as an integer count of the currency's minor unit
(分 for CNY, none for JPY), so sums in SQL are exact integer sums and nothing passes through a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from .errors import FieldError

DEFAULT_CURRENCY = "CNY"
# ISO 4217 minor-unit exponents of the currencies a Chinese SME invoices in; others default to 2.
EXPONENTS = {"CNY": 2, "HKD": 2, "TWD": 2, "USD": 2, "EUR": 2, "GBP": 2, "JPY": 0, "KRW": 0, "SGD": 2,
             "AUD": 2, "CAD": 2, "CHF": 2, "MOP": 2}
SYMBOLS = {"CNY": "¥", "USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥", "HKD": "HK$"}
CURRENCIES = tuple(EXPONENTS)


def exponent(currency: str) -> int:
    return EXPONENTS.get(currency, 2)


@dataclass(frozen=True, order=True)
class Money:
    minor: int
    currency: str = DEFAULT_CURRENCY

    @classmethod
    def of(cls, amount: Decimal | str | int, currency: str = DEFAULT_CURRENCY) -> Money:
        """From a decimal amount ("1234.50"); rounds half up to the currency's minor unit."""
        if isinstance(amount, float):
            raise TypeError("money is never a float; pass a Decimal or a string")
        value = Decimal(amount) if not isinstance(amount, Decimal) else amount
        scaled = (value * (Decimal(10) ** exponent(currency))).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        return cls(int(scaled), currency)

    @property
    def amount(self) -> Decimal:
        return Decimal(self.minor).scaleb(-exponent(self.currency))

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.minor - other.minor, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise ValueError(f"cannot mix {self.currency} and {other.currency}")

    def format(self) -> str:
        places = exponent(self.currency)
        return f"{SYMBOLS.get(self.currency, self.currency + ' ')}{self.amount:,.{places}f}"

    def __str__(self) -> str:
        return self.format()


def parse_amount(text: str | Decimal | int, currency: str = DEFAULT_CURRENCY, *, field: str = "amount",
                 allow_negative: bool = False) -> int | FieldError:
    """A user's amount ("12,345.60", "¥1 000", "1.2万") in minor units, or the FieldError saying why not."""
    if isinstance(text, bool) or isinstance(text, float):
        return FieldError(field, "not_a_number")
    if isinstance(text, (int, Decimal)):
        value = Decimal(text)
    else:
        cleaned = (text or "").strip().replace(",", "").replace("，", "").replace(" ", "")
        for symbol in set(SYMBOLS.values()) | {"￥", currency}:
            cleaned = cleaned.replace(symbol, "")
        factor = Decimal(1)
        if cleaned.endswith("万"):
            factor, cleaned = Decimal(10000), cleaned[:-1]
        elif cleaned.endswith("亿"):
            factor, cleaned = Decimal(100000000), cleaned[:-1]
        if not cleaned:
            return 0
        try:
            value = Decimal(cleaned) * factor
        except InvalidOperation:
            return FieldError(field, "not_a_number", {"value": text})
    if not value.is_finite():
        return FieldError(field, "not_a_number", {"value": str(text)})
    if value < 0 and not allow_negative:
        return FieldError(field, "negative")
    scaled = value * (Decimal(10) ** exponent(currency))
    if scaled != scaled.to_integral_value():
        return FieldError(field, "too_precise", {"places": exponent(currency)})
    minor = int(scaled)
    if abs(minor) >= 2 ** 62:
        return FieldError(field, "too_large")
    return minor


def weighted(minor: int, probability: int) -> Decimal:
    """amount x probability%, exact (in minor units, as a Decimal: 0.5 分 is not rounded away in a total)."""
    return Decimal(minor * probability) / 100
