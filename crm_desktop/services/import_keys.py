"""The keys by which an imported row is the same customer as one already there (or as an earlier row of the
same file): national phone digits, lower-case e-mail, credit code and the pinyin key of the name, kept in
memory for the length of an import."""

from __future__ import annotations

import re
import uuid

from sqlalchemy import text

from ..domain.sort_keys import pinyin_key
from ..domain.widths import half_width


name_key = pinyin_key  # remembered (lru_cache): a name is keyed for the duplicate check, the batch and the index


_NON_DIGIT = re.compile(r"[^0-9]")  # (\D would keep full-width digits)
_CODE_SEPARATORS = re.compile(r"[\s-]")


def email_key(email: str) -> str:
    """An e-mail address as compared: in half width and lower case (as typed in a file, not yet validated)."""
    return (half_width(email) or "").strip().lower()


def code_key(code: str) -> str:
    """A credit code as compared: in half width, upper case, without the spaces and dashes people write."""
    return _CODE_SEPARATORS.sub("", half_width(code) or "").upper()


def digits(phone: str) -> str:
    """The national digits of a phone written any way: +86 138-1234-5678 -> 13812345678, and a landline with its
    trunk 0 or in international form alike: 0571-8888 1234, 0086 571 8888 1234 and +86 571 8888 1234 ->
    57188881234; (010)8888 1234 and +86 10 8888 1234 -> 1088881234. Full-width digits count as digits."""
    found = _NON_DIGIT.sub("", half_width(phone) or "")
    if found.startswith("00"):  # the international prefix dialled from China: 0086...
        found = found[2:]
    elif found.startswith("0"):  # the trunk prefix before an area code
        found = found[1:]
    # Country code 86 before 10 or 11 national digits (a landline with a 2- or 3-digit area code, or a mobile).
    return found[2:] if found.startswith("86") and len(found) in (12, 13) else found


# The fields keys are made of: a row whose validated values differ from the file's in none of these has the
# same keys, so they are worked out once.
CUSTOMER_KEY_FIELDS = ("name", "phone", "mobile", "email", "credit_code")
CONTACT_KEY_FIELDS = ("phone", "mobile", "email")


def row_keys(customer: dict, contact: dict) -> list[tuple[str, str]]:
    """(kind, value) pairs in the order a match is reported by: credit code, phones, e-mail, name."""
    keys = []
    if customer.get("credit_code"):
        keys.append(("credit_code", code_key(customer["credit_code"])))
    for v in (customer.get("phone"), customer.get("mobile"), contact.get("phone"), contact.get("mobile")):
        if v and len(d := digits(v)) >= 7:
            keys.append(("phone", d))
    for v in (customer.get("email"), contact.get("email")):
        if v and (e := email_key(v)):
            keys.append(("email", e))
    if customer.get("name") and (n := name_key(customer["name"])):
        keys.append(("name", n))
    return keys


def same_keys(customer: dict, contact: dict, clean: dict, clean_contact: dict) -> bool:
    return all(customer.get(f) == clean.get(f) for f in CUSTOMER_KEY_FIELDS) and \
        all(contact.get(f) == clean_contact.get(f) for f in CONTACT_KEY_FIELDS)


class DuplicateIndex:
    """Exact keys of the customers already in the database (and of rows imported so far): national phone
    digits, lower-case e-mail, credit code, pinyin name key -> customer rowid."""

    def __init__(self, conn):
        self.by: dict[tuple[str, str], int] = {}
        self.names: dict[int, tuple[uuid.UUID, str]] = {}
        rows = conn.execute(text("SELECT rowid, id, name, name_key, phone, mobile, email, credit_code FROM customer "
                                 "WHERE deleted_at IS NULL"))
        for rowid, cid, name, key, phone, mobile, email, code in rows:
            self.names[rowid] = (cid if isinstance(cid, uuid.UUID) else uuid.UUID(cid), name)
            self._add(rowid, key, (phone, mobile), (email,), code)
        for rowid, phone, mobile, other, email in conn.execute(text(
                "SELECT c.rowid, k.phone, k.mobile, k.other_phone, k.email FROM contact k "
                "JOIN customer c ON c.id = k.customer_id WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL")):
            self._add(rowid, None, (phone, mobile, other), (email,), None)

    def _add(self, rowid: int, name_key: str | None, phones, emails, code) -> None:
        by = self.by
        for p in phones:
            if p and len(d := digits(p)) >= 7:
                by.setdefault(("phone", d), rowid)
        for e in emails:
            if e and (k := email_key(e)):
                by.setdefault(("email", k), rowid)
        if code and (k := code_key(code)):
            by.setdefault(("credit_code", k), rowid)
        if name_key:
            by.setdefault(("name", name_key), rowid)

    def add(self, rowid: int, cid: uuid.UUID, name: str, keys: list[tuple[str, str]]) -> None:
        """A customer just imported, under its `row_keys`."""
        self.names[rowid] = (cid, name)
        for key in keys:
            self.by.setdefault(key, rowid)

    def find(self, keys: list[tuple[str, str]]) -> tuple[int, str] | None:
        """(rowid, kind of key) of the customer a row's `row_keys` first match, in their order."""
        for key in keys:
            rowid = self.by.get(key)
            if rowid is not None:
                return rowid, key[0]
        return None


__all__ = ["DuplicateIndex", "row_keys", "same_keys", "digits", "name_key", "email_key", "code_key"]
