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


def row_keys(customer: dict, contact: dict) -> list[str]:
    keys = [f"name:{name_key(customer.get('name') or '')}"] if customer.get("name") else []
    for v in (customer.get("phone"), customer.get("mobile"), contact.get("phone"), contact.get("mobile")):
        if v and len(d := digits(v)) >= 7:
            keys.append(f"phone:{d}")
    for v in (customer.get("email"), contact.get("email")):
        if v:
            keys.append(f"email:{email_key(v)}")
    if customer.get("credit_code"):
        keys.append(f"code:{code_key(customer['credit_code'])}")
    return keys


class DuplicateIndex:
    """Exact keys of the customers already in the database (and of rows imported so far): national phone
    digits, lower-case e-mail, credit code, pinyin name key -> customer rowid."""

    def __init__(self, conn):
        self.by: dict[str, dict[str, int]] = {"phone": {}, "email": {}, "credit_code": {}, "name": {}}
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
        for p in phones:
            if p and len(d := digits(p)) >= 7:
                self.by["phone"].setdefault(d, rowid)
        for e in emails:
            if e:
                self.by["email"].setdefault(email_key(e), rowid)
        if code:
            self.by["credit_code"].setdefault(code_key(code), rowid)
        if name_key:
            self.by["name"].setdefault(name_key, rowid)

    def add(self, rowid: int, cid: uuid.UUID, name: str, customer: dict, contact: dict) -> None:
        self.names[rowid] = (cid, name)
        self._add(rowid, name_key(name), (customer.get("phone"), customer.get("mobile"), contact.get("phone"),
                                           contact.get("mobile")),
                  (customer.get("email"), contact.get("email")), customer.get("credit_code"))

    def find(self, customer: dict, contact: dict) -> tuple[int, str] | None:
        for key, values in (("credit_code", [code_key(customer.get("credit_code") or "")]),
                            ("phone", [digits(v) for v in (customer.get("phone"), customer.get("mobile"),
                                                           contact.get("phone"), contact.get("mobile")) if v]),
                            ("email", [email_key(v or "") for v in (customer.get("email"), contact.get("email"))]),
                            ("name", [name_key(customer.get("name") or "")])):
            for value in values:
                if value and value in self.by[key]:
                    return self.by[key][value], key
        return None


__all__ = ["DuplicateIndex", "row_keys", "digits", "name_key", "email_key", "code_key"]
