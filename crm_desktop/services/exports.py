"""Exporting the customer list to CSV or Excel.

The export reads only through CustomerService's public list reads (count and keyset windows), the same
calls the customer screen makes: the data scope and the field rules are applied by the service, so an
export can never hold a customer or a value the user could not see on screen. A field the user may not see
at all stays in the file as an empty column (every user's file has the same columns, so files can be
compared and re-imported by column position); a masked field is written masked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..domain.customer_filter import CustomerFilter, CustomerOrder
from ..domain.errors import Cancelled
from .audit import write_table
from .customers import CustomerService

__all__ = ["CUSTOMER_COLUMNS", "export_customers", "export_vcards"]

# The customer list's columns, with the record's id first (so a file can be matched back to records).
CUSTOMER_COLUMNS = ("ID", "Name", "Phone", "Email", "City", "Industry", "Level", "Owner", "Created (UTC)",
                    "Updated (UTC)")
BATCH = 1000


def export_customers(service: CustomerService, flt: CustomerFilter, path, fmt: str = "csv",
                     progress: Callable[[int, int], None] | None = None,
                     cancelled: Callable[[], bool] | None = None, *, order: CustomerOrder | None = None,
                     headers: Sequence[str] | None = None) -> int:
    """Write the customers matching `flt` (within the user's scope, masked as the list shows them) to `path`
    as CSV (UTF-8 with a BOM) or .xlsx; returns the number of customers written. Needs customers.export.
    Streams keyset windows of BATCH rows; raises Cancelled when `cancelled()` turns true (no file is left)."""
    service.access.require("customers", "export")
    # Without an order from a screen, customers come oldest first: that order follows the table's own, so a
    # million rows are read front to back rather than jumping about the file as the name order does.
    order = order or CustomerOrder("created")
    total = service.count(flt, cancelled=cancelled)

    def lines() -> Iterator[list]:
        after, done = None, 0
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            rows, after = service.export_window(flt, order, after=after, limit=BATCH, cancelled=cancelled)
            yield from rows
            done += len(rows)
            if progress is not None:
                progress(done, max(total, done))
            if len(rows) < BATCH:
                return

    return write_table(path, fmt, list(headers or CUSTOMER_COLUMNS), lines(), cancelled)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 6350 folding: lines of at most 75 octets, continued after CRLF + space, never inside a character."""
    out, current = [], b""
    for ch in line:
        encoded = ch.encode("utf-8")
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode("utf-8"))
            current = b""
        current += encoded
    out.append(current.decode("utf-8"))
    return "\r\n ".join(out)


def vcard_text(detail, version: str = "3.0") -> str:
    """The customer as vCards: one per contact (the person, with the customer as ORG), or one for the
    customer itself when it has no contacts (4.0: KIND:org). Values as the service returned them (masked or
    empty where the reader's roles say so)."""
    address = ";".join(["", "", _escape(detail.address), _escape(" ".join(x for x in (detail.city, detail.district)
                                                                         if x)),
                        _escape(detail.province), "", ""])
    people = list(detail.contacts) or [None]
    cards = []
    for person in people:
        lines = ["BEGIN:VCARD", f"VERSION:{version}"]
        if person is None:
            if version == "4.0":
                lines.append("KIND:org")
            lines += [f"FN:{_escape(detail.name)}", f"N:{_escape(detail.name)};;;;", f"ORG:{_escape(detail.name)}"]
            phones = [("WORK", detail.phone), ("CELL", detail.mobile)]
            emails = [detail.email]
        else:
            lines += [f"FN:{_escape(person.name)}", f"N:{_escape(person.name)};;;;", f"ORG:{_escape(detail.name)}"]
            if person.title:
                lines.append(f"TITLE:{_escape(person.title)}")
            phones = [("CELL", person.mobile), ("WORK", person.phone), ("VOICE", person.other_phone),
                      ("WORK", detail.phone if len(people) == 1 else "")]
            emails = [person.email]
            if person.birthday:
                lines.append(f"BDAY:{person.birthday.isoformat()}")
        for kind, number in phones:
            if number:
                lines.append(f"TEL;TYPE={kind}:{number.replace(' ', '')}" if version == "3.0" else
                             f"TEL;TYPE={kind.lower()};VALUE=uri:tel:{number.replace(' ', '')}")
        for email in emails:
            if email:
                lines.append(f"EMAIL;TYPE=INTERNET:{email}" if version == "3.0" else f"EMAIL:{email}")
        if detail.address or detail.city or detail.province:
            lines.append(f"ADR;TYPE=WORK:{address}")
        if detail.website:
            lines.append(f"URL:{_escape(detail.website)}")
        if detail.notes:
            lines.append(f"NOTE:{_escape(detail.notes)}")
        lines += [f"X-CRM-CUSTOMER-ID:{detail.id}", "END:VCARD"]
        cards.append("\r\n".join(_fold(line) for line in lines) + "\r\n")
    return "".join(cards)


def export_vcards(service: CustomerService, flt: CustomerFilter, path, version: str = "3.0",
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None, *, order: CustomerOrder | None = None) -> int:
    """The customers matching `flt` as a vCard 3.0 or 4.0 file (UTF-8), read through the service like the
    other exports (scope and masking apply); returns the number of customers written. Written to a
    temporary file first, so a cancelled export leaves nothing behind."""
    import os
    from pathlib import Path
    service.access.require("customers", "export")
    if version not in ("3.0", "4.0"):
        raise ValueError(f"vCard version {version!r}")
    order = order or CustomerOrder("name")
    total = service.count(flt, cancelled=cancelled)
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    written = 0
    try:
        with partial.open("w", encoding="utf-8", newline="") as out:
            after = None
            while True:
                if cancelled is not None and cancelled():
                    raise Cancelled()
                rows = service.window(flt, order, after=after, limit=BATCH, cancelled=cancelled)
                for r in rows:
                    out.write(vcard_text(service.get(r.id), version))
                written += len(rows)
                if progress is not None:
                    progress(written, max(total, written))
                if len(rows) < BATCH:
                    break
                after = rows[-1].key
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return written
