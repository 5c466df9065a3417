"""Exporting the customer list to CSV or Excel.

The export reads only through CustomerService's public list reads (count and keyset windows), the same
calls the customer screen makes: the data scope and the field rules are applied by the service, so an
export can never hold a customer or a value the user could not see on screen. A field the user may not see
at all stays in the file as an empty column (every user's file has the same columns, so files can be
compared and re-imported by column position); a masked field is written masked.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..domain.contact_points import display_phone
from ..domain.customer_filter import CustomerFilter, CustomerOrder
from ..domain.errors import Cancelled
from .audit import write_table
from .customers import CustomerService

__all__ = ["CUSTOMER_COLUMNS", "export_customers"]

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
    order = order or CustomerOrder("name")
    total = service.count(flt, cancelled=cancelled)

    def lines() -> Iterator[list]:
        after, done = None, 0
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            rows = service.window(flt, order, after=after, limit=BATCH, cancelled=cancelled)
            for r in rows:
                yield [str(r.id), r.name, display_phone(r.phone), r.email, r.city, r.industry, r.level,
                       r.owner_name, r.created_at.strftime("%Y-%m-%d %H:%M:%S"),
                       r.updated_at.strftime("%Y-%m-%d %H:%M:%S")]
            done += len(rows)
            if progress is not None:
                progress(done, max(total, done))
            if len(rows) < BATCH:
                return
            after = rows[-1].key

    return write_table(path, fmt, list(headers or CUSTOMER_COLUMNS), lines(), cancelled)
