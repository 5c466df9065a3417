"""The audit trail's integrity: verify the journal's hash chain (data/audit_chain.py)."""

from __future__ import annotations

from collections.abc import Callable

from ..data import audit_chain
from ..data.database import Database


def verify(db: Database, progress: Callable[[int, int], None] | None = None) -> dict:
    """{"ok": True, "entries": n} or the first broken link: {"ok": False, "first_broken_seq", "problem",
    "detail"}."""
    with db.connect() as conn:
        execute = conn.exec_driver_sql
        recorded = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?",
                                        (audit_chain.HEAD_KEY,)).scalar()
        return audit_chain.verify(execute, recorded, progress).as_dict()
