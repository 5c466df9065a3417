"""Rules for signing in: the password policy and the throttling of failed attempts. Plain values, no I/O,
so the rules are tested without a database and the service just applies them."""

from __future__ import annotations

from datetime import timedelta

from .errors import FieldError

MIN_LENGTH = 8
MAX_LENGTH = 128  # argon2 takes any length; a bound keeps a pasted novel from costing memory
RECENT = 5  # a new password may not be any of the last RECENT ones (the current one included)

CAPTCHA_AFTER = 3  # failed attempts in a row before a captcha is asked for
LOCK_AFTER = 5  # failed attempts in a row before the account locks
FIRST_LOCK = timedelta(minutes=1)
LONGEST_LOCK = timedelta(hours=1)  # the back-off doubles per lockout in a row, up to this

TOTP_WINDOW = 1  # accept the code of the previous and next 30-second step too (clock drift)
REMEMBER_FOR = timedelta(days=30)


def password_problems(password: str, login: str) -> list[FieldError]:
    """What is wrong with a new password by itself (reuse is checked by the service against the hashes)."""
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(FieldError("password", "too_short", {"min": MIN_LENGTH}))
    elif len(password) > MAX_LENGTH:
        problems.append(FieldError("password", "too_long", {"max": MAX_LENGTH}))
    name = login.strip().casefold()
    if name and name in password.casefold():
        problems.append(FieldError("password", "contains_login"))
    return problems


def lock_duration(lockouts_in_a_row: int) -> timedelta:
    """How long the n-th lockout in a row lasts: 1, 2, 4, 8 ... minutes, at most an hour."""
    n = max(1, lockouts_in_a_row)
    return min(FIRST_LOCK * 2 ** min(n - 1, 16), LONGEST_LOCK)
