"""The audit trail: integrity (verify the journal's hash chain, data/audit_chain.py) and reading it (filtered
lists newest first, the filter's choices, CSV/Excel export).

Reading the journal, which may hold tens of millions of entries, is designed around the indexes it has:

* paging is a keyset on `seq` (`WHERE seq < :before ORDER BY seq DESC LIMIT :n`), never OFFSET;
* a record filter (a full row id or a hex prefix of one) is answered from `ix_journal_entry_row`
  (entity, row_id, seq) and nothing else: with an entity, one range of that index; without one, one range
  per entity present (the entities are found by a skip scan of the same index, one seek each);
* every other filter (user, entity alone, kind, time) is an exact predicate evaluated while walking the
  primary key newest first (`NOT INDEXED`, so the planner cannot pick the entity index and sort millions of
  rows for one page). A page costs the entries walked until it is full: cheap while matches are dense, a
  walk of the table for a rare value or an old time window. Every read takes `cancelled`, so a superseded
  one stops within milliseconds. `at` is *not* monotonic in `seq` (the wall clock can step back; a restored
  or synced replica writes older times later), so time cannot be turned into a seq range safely; an index
  on journal_entry(at, seq), with the list keyed on (at, seq), would make time windows index ranges.

Values of fields the reader may not see are masked or blanked here, as the customer service does for its
reads: an auditor who sees customer phones masked sees them masked in the trail and its exports too.
"""

from __future__ import annotations

import csv
import io
import json
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..data import audit_chain
from ..data.database import Database
from ..domain.access import MASK_KIND, FieldRule, mask
from ..domain.errors import Cancelled, FieldError, ValidationError
from .base import UserService
from .dto import Option

__all__ = ["AuditFilter", "AuditRow", "AuditService", "EXPORT_COLUMNS", "verify"]


def verify(db: Database, progress: Callable[[int, int], None] | None = None) -> dict:
    """{"ok": True, "entries": n} or the first broken link: {"ok": False, "first_broken_seq", "problem",
    "detail"}."""
    with db.connect() as conn:
        execute = conn.exec_driver_sql
        recorded = conn.exec_driver_sql("SELECT value FROM local_meta WHERE key = ?",
                                        (audit_chain.HEAD_KEY,)).scalar()
        return audit_chain.verify(execute, recorded, progress).as_dict()


@dataclass(frozen=True)
class AuditFilter:
    """Which journal entries to list. `record` is a row id as text: a full UUID (with or without dashes) or
    a prefix of its hex digits. `since` is inclusive, `until` exclusive; both naive UTC like the journal."""

    user_id: uuid.UUID | None = None
    entity: str = ""
    record: str = ""
    since: datetime | None = None
    until: datetime | None = None
    kind: str = ""


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime  # naive UTC, as stored
    user_id: uuid.UUID | None
    user: str  # display name; "" for system jobs and unknown users
    device_id: str
    action: str  # the label of the user action the entry belongs to
    entity: str
    row_id: uuid.UUID | None
    kind: str
    changes: dict = field(default_factory=dict)  # {field: [old, new]}, masked for this reader

    @property
    def key(self) -> int:
        return self.seq


# One line per changed field; the UI passes translated titles of these.
EXPORT_COLUMNS = ("Seq", "Time (UTC)", "User", "Device", "Action", "Entity", "Record", "Kind", "Field", "Old",
                  "New")
BATCH = 1000
XLSX_MAX_ROWS = 1_048_576  # Excel's rows per sheet; longer exports continue on another sheet
_HEX = frozenset("0123456789abcdef")
_COLUMNS = "e.seq, e.at, e.user_id, e.device_id, e.action_id, e.entity, e.row_id, e.kind, e.changes"


def _stored_time(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


def _parse_time(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def _uuid(value) -> uuid.UUID | None:
    if value is None or isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def record_prefix(text: str) -> str:
    """The hex digits of a row id typed by a user ("0192A1B2-…", "{…}", "0192a1"); ValidationError if it
    cannot be one."""
    digits = text.strip().strip("{}").replace("-", "").lower()
    if not digits or len(digits) > 32 or not set(digits) <= _HEX:
        raise ValidationError([FieldError("record", "record_id_invalid", {"value": text})])
    return digits


class AuditService(UserService):
    # -- filter choices ------------------------------------------------------------------------------
    def users(self) -> list[Option]:
        self.access.require("audit", "view")
        with self.db.connect() as conn:
            rows = conn.exec_driver_sql("SELECT id, display_name, login FROM app_user "
                                        "ORDER BY display_name, login").all()
        return [Option(_uuid(r[0]), f"{r[1]} ({r[2]})" if r[2] and r[2] != r[1] else r[1]) for r in rows]

    def entities(self) -> list[str]:
        """The entities the journal holds, by a skip scan of ix_journal_entry_row: one index seek per
        entity, however long the journal."""
        self.access.require("audit", "view")
        with self.db.connect() as conn:
            return self._entities(conn)

    @staticmethod
    def _entities(conn) -> list[str]:
        return [r[0] for r in conn.exec_driver_sql(
            "WITH RECURSIVE k(entity) AS (SELECT (SELECT min(entity) FROM journal_entry) "
            "UNION ALL SELECT (SELECT min(entity) FROM journal_entry WHERE entity > k.entity) FROM k "
            "WHERE k.entity IS NOT NULL) SELECT entity FROM k WHERE entity IS NOT NULL")]

    # -- reads ---------------------------------------------------------------------------------------
    def count(self, flt: AuditFilter, *, cancelled: Callable[[], bool] | None = None) -> int:
        self.access.require("audit", "view")
        with self.db.reading(cancelled) as conn:
            sql, params = self._where(conn, flt)
            if sql is None:
                return 0
            return conn.exec_driver_sql(f"SELECT count(*) FROM journal_entry AS e {sql}", tuple(params)).scalar()

    def entries(self, flt: AuditFilter, before_seq: int | None = None, limit: int = 200, *,
                cancelled: Callable[[], bool] | None = None) -> list[AuditRow]:
        """Entries matching `flt`, newest first, older than `before_seq` (keyset on seq)."""
        self.access.require("audit", "view")
        with self.db.reading(cancelled) as conn:
            return self._page(conn, flt, before_seq, limit, self._names(conn))

    def _names(self, conn) -> dict:
        return {_uuid(r[0]): r[1] for r in conn.exec_driver_sql("SELECT id, display_name FROM app_user")}

    def _where(self, conn, flt: AuditFilter, before_seq: int | None = None) -> tuple[str | None, list]:
        """(FROM-hint + WHERE clause, parameters) for `journal_entry AS e`; (None, []) if nothing can match."""
        conds, params = [], []
        if before_seq is not None:
            conds.append("e.seq < ?")
            params.append(before_seq)
        if flt.record.strip():
            digits = record_prefix(flt.record)
            entities = [flt.entity] if flt.entity else self._entities(conn)
            if not entities:
                return None, []
            conds.append(f"e.entity IN ({', '.join('?' * len(entities))})")
            params.extend(entities)
            if len(digits) == 32:
                conds.append("e.row_id = ?")
                params.append(digits)
            else:  # every stored id is 32 lowercase hex digits, all of them sorting below "g"
                conds.append("e.row_id >= ? AND e.row_id < ?")
                params.extend((digits, digits + "g"))
            hint = "INDEXED BY ix_journal_entry_row"
        else:
            hint = "NOT INDEXED"  # walk the primary key newest first; see the module docstring
            if flt.entity:
                conds.append("e.entity = ?")
                params.append(flt.entity)
        if flt.user_id is not None:
            conds.append("e.user_id = ?")
            params.append(flt.user_id.hex)
        if flt.kind:
            conds.append("e.kind = ?")
            params.append(flt.kind)
        if flt.since is not None:
            conds.append("e.at >= ?")
            params.append(_stored_time(flt.since))
        if flt.until is not None:
            conds.append("e.at < ?")
            params.append(_stored_time(flt.until))
        where = f" WHERE {' AND '.join(conds)}" if conds else ""
        return hint + where, params

    def _page(self, conn, flt: AuditFilter, before_seq: int | None, limit: int, names: dict) -> list[AuditRow]:
        sql, params = self._where(conn, flt, before_seq)
        if sql is None:
            return []
        rows = conn.exec_driver_sql(f"SELECT {_COLUMNS} FROM journal_entry AS e {sql} ORDER BY e.seq DESC "
                                    f"LIMIT ?", (*params, limit)).all()
        action_ids = sorted({r[4] for r in rows})
        labels = {}
        for start in range(0, len(action_ids), 500):
            chunk = action_ids[start:start + 500]
            labels.update(conn.exec_driver_sql(
                f"SELECT id, label FROM journal_action WHERE id IN ({', '.join('?' * len(chunk))})",
                tuple(chunk)).all())
        out = []
        for seq, at, user_id, device, action_id, entity, row_id, kind, changes in rows:
            user = _uuid(user_id)
            if isinstance(changes, str):
                try:
                    changes = json.loads(changes)
                except ValueError:
                    changes = {"?": [None, changes]}
            out.append(AuditRow(seq, _parse_time(at), user, names.get(user, "") if user else "", device or "",
                                labels.get(action_id, ""), entity, _uuid(row_id), kind,
                                self._visible(entity, changes if isinstance(changes, dict) else {})))
        return out

    def _visible(self, entity: str, changes: dict) -> dict:
        """The changes as this reader may see them: masked fields masked, hidden fields blanked."""
        if not self.access.field_rules:
            return changes
        out = {}
        for name, pair in changes.items():
            rule = self.access.rule(entity, name)
            if rule == FieldRule.EDITABLE or rule == FieldRule.READ_ONLY:
                out[name] = pair
                continue
            values = pair if isinstance(pair, list | tuple) and len(pair) == 2 else [None, pair]
            out[name] = [None if v is None else "" if rule == FieldRule.HIDDEN
                         else mask(v if isinstance(v, str) else json.dumps(v, ensure_ascii=False),
                                   MASK_KIND.get(name, "text")) for v in values]
        return out

    def walk(self, flt: AuditFilter, *, batch: int = BATCH,
             cancelled: Callable[[], bool] | None = None) -> Iterator[list[AuditRow]]:
        """Every matching entry, newest first, in keyset batches (one short read per batch)."""
        self.access.require("audit", "view")
        before = None
        while True:
            if cancelled is not None and cancelled():
                raise Cancelled()
            with self.db.reading(cancelled) as conn:
                rows = self._page(conn, flt, before, batch, self._names(conn))
            if rows:
                yield rows
            if len(rows) < batch:
                return
            before = rows[-1].seq

    # -- export --------------------------------------------------------------------------------------
    def export(self, flt: AuditFilter, path, fmt: str = "csv", progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, *, headers: Sequence[str] | None = None) -> int:
        """Write the matching entries to `path` as CSV (UTF-8 with a BOM, so Excel reads Chinese) or .xlsx,
        one line per changed field; returns the number of lines written (without the header). Streams in
        keyset batches, so memory stays flat however long the journal. `headers` are the column titles
        (translated by the caller), defaulting to EXPORT_COLUMNS. Raises Cancelled when `cancelled()`
        turns true (or `progress` raises it); the partial file is removed."""
        self.access.require("audit", "view")
        self.access.require("audit", "export")
        total = self.count(flt, cancelled=cancelled)

        def lines() -> Iterator[list]:
            done = 0
            for rows in self.walk(flt, cancelled=cancelled):
                for row in rows:
                    head = [row.seq, row.at.strftime("%Y-%m-%d %H:%M:%S"), row.user, row.device_id, row.action,
                            row.entity, str(row.row_id) if row.row_id else "", row.kind]
                    if not row.changes:
                        yield head + ["", "", ""]
                    for name, pair in row.changes.items():
                        old, new = pair if isinstance(pair, list | tuple) and len(pair) == 2 else (None, pair)
                        yield head + [name, cell_text(old), cell_text(new)]
                done += len(rows)
                if progress is not None:
                    progress(done, total)

        return write_table(path, fmt, list(headers or EXPORT_COLUMNS), lines(), cancelled)


# -- writing tables (shared with services/exports.py) -------------------------------------------------
def cell_text(value) -> str:
    """A journal value as one cell: text as is, nothing as empty, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_FORMULA_FIRST = frozenset(_FORMULA_START)


def csv_safe(value):
    """Spreadsheets run a CSV cell starting with = + - @ as a formula (CSV injection): such text gets a
    leading apostrophe, the usual defence. Numbers stay numbers. XLSX cells are typed and need no such
    escape."""
    if isinstance(value, str) and value[:1] in _FORMULA_FIRST:
        return "'" + value
    return value


def _csv_safe_row(line: list) -> list:
    # csv_safe inlined: an export calls it for every cell of a million rows, most of which need nothing, so
    # the row is first looked over and only copied when a cell needs the apostrophe (or is not text).
    for v in line:
        if v.__class__ is not str or v[:1] in _FORMULA_FIRST:
            return [("'" + v) if isinstance(v, str) and v[:1] in _FORMULA_FIRST else v for v in line]
    return line


def write_table(path, fmt: str, header: list, lines: Iterator[list],
                cancelled: Callable[[], bool] | None = None) -> int:
    """Stream `lines` into a CSV or XLSX file at `path`, via a temporary file renamed at the end (a failed or
    cancelled export leaves no half file). Returns the number of lines written."""
    fmt = fmt.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise ValueError(f"unknown export format {fmt!r}")
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    written = 0
    try:
        if fmt == "csv":
            with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
                # Rows are formatted into memory and handed to the file a thousand at a time: the file's
                # encoder then runs once per block instead of once per row.
                block = io.StringIO()
                out = csv.writer(block)
                out.writerow(header)
                for line in lines:
                    out.writerow(_csv_safe_row(line))
                    written += 1
                    if written % 1000 == 0:
                        handle.write(block.getvalue())
                        block.seek(0)
                        block.truncate()
                        if cancelled is not None and cancelled():
                            raise Cancelled()
                handle.write(block.getvalue())
        else:
            written = _write_xlsx(partial, header, lines, cancelled)
        if cancelled is not None and cancelled():
            raise Cancelled()
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return written


def _write_xlsx(path: Path, header: list, lines: Iterator[list], cancelled) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)  # rows go to a temporary file as they come: memory stays flat
    sheet, on_sheet, written = None, XLSX_MAX_ROWS, 0

    def cell(value):
        if isinstance(value, str):
            c = WriteOnlyCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", value))
            c.data_type = "s"  # text is text, even when it starts with "=" (no formulas from data)
            return c
        return value

    try:
        for line in lines:
            if on_sheet >= XLSX_MAX_ROWS:
                sheet = book.create_sheet()
                sheet.append([cell(h) for h in header])
                on_sheet = 1
            sheet.append([cell(v) for v in line])
            on_sheet += 1
            written += 1
            if cancelled is not None and written % 1000 == 0 and cancelled():
                raise Cancelled()
    except BaseException:
        for open_sheet in book.worksheets:  # release the sheets' temporary files
            try:
                open_sheet.close()
            except Exception:
                pass
        raise
    if sheet is None:
        sheet = book.create_sheet()
        sheet.append([cell(h) for h in header])
    book.save(str(path))
    return written
