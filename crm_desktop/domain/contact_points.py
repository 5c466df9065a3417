"""Phone numbers and e-mail addresses: normalised for storage, validated with well-kept libraries.

Well-formed canonical values (what the app itself stores and what imports usually carry) take a fast path
that accepts only strings the full validators would also accept; everything else goes through
phonenumbers / email-validator, so bulk writes stay fast without loosening the rules.
"""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from .errors import FieldError
from .widths import half_width

DEFAULT_REGION = "CN"
_CN_MOBILE_E164 = re.compile(r"^\+861[3-9]\d{9}$")
_CN_MOBILE_NATIONAL = re.compile(r"^1[3-9]\d{9}$")
_ATOM = r"[A-Za-z0-9_%+\-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9\-]{0,61}[A-Za-z0-9])?"
_SIMPLE_EMAIL = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+[A-Za-z]{{2,24}}$")


def normalize_phone(raw: str, field: str = "phone", region: str = DEFAULT_REGION) -> str | FieldError:
    text = half_width(raw).strip()  # (\d matches full-width digits too: they must not be stored)
    if _CN_MOBILE_E164.match(text):
        return text
    if region == DEFAULT_REGION and _CN_MOBILE_NATIONAL.match(text):
        return "+86" + text  # the same numbers as the line above, written without the country code
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return FieldError(field, "phone_unparsable", {"value": raw})
    if not phonenumbers.is_valid_number(number):
        return FieldError(field, "phone_invalid", {"value": raw})
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(stored: str) -> str:
    """Chinese numbers in national format (138 1234 5678), others internationally."""
    if not stored:
        return ""
    if len(stored) == 14 and stored.startswith("+861") and stored[1:].isdigit():
        # Chinese mobiles are most numbers on screen; phonenumbers takes ~100 µs to say the same.
        return f"{stored[3:6]} {stored[6:10]} {stored[10:]}"
    try:
        number = phonenumbers.parse(stored, None)
    except phonenumbers.NumberParseException:
        return stored
    fmt = (phonenumbers.PhoneNumberFormat.NATIONAL if number.country_code == 86
           else phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, fmt)


def normalize_email(raw: str, field: str = "email") -> str | FieldError:
    # Typed in full-width mode (ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ) it is the ASCII address the user means.
    text = half_width(raw).strip()
    if _SIMPLE_EMAIL.match(text) and len(text) <= 254 and len(text.split("@")[0]) <= 64:
        local, domain = text.split("@")
        return f"{local}@{domain.lower()}"
    try:
        # strict: RFC 5321's 64-character local part, which the pattern above holds to as well.
        return validate_email(text, check_deliverability=False, strict=True).normalized
    except EmailNotValidError as exc:
        return FieldError(field, "email_invalid", {"value": raw, "reason": str(exc)})


def phone_digits(stored: str) -> str:
    """What a search for a phone should match: the national digits (13812345678), not '+86'."""
    if stored.startswith("+86"):
        return stored[3:]
    return stored.lstrip("+")
