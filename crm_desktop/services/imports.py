"""Importing customers (and their first contact) from CSV, Excel and vCard files.

The flow: `preview` reads the header and a sample, proposes a mapping (a preset for a known source, else the
header words) and shows which sample rows match existing customers; `run` imports in batches. Every batch is
one unit of work (validated, stamped, journaled like any write) and records how far the file got in the same
transaction, so an interrupted import resumes after the last committed batch and nothing is imported twice.

Duplicates are found by phone (any format: compared as national digits), e-mail, unified social credit code,
exact name, and — for files up to FUZZY_LIMIT rows — a fuzzy name match (rapidfuzz, candidates from the search
index). For each match the action is skip, update (fill the customer's fields with the file's non-empty
values) or create a new customer anyway; a default for all and a per-line choice. Rows within the file that
match an earlier row count as duplicates too.

A bad row (no name, a phone that does not exist, a malformed date…) is reported with its line number, the
source column and the reason, and written to an error report (CSV, UTF-8 with BOM so Excel shows Chinese);
the good rows still import.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rapidfuzz import fuzz
from sqlalchemy import select, text

from ..data import engine
from ..data.database import write_meta
from ..data.models import Contact, Customer, CustomerTag, Tag
from ..domain.changes import Changes
from ..domain.errors import Cancelled, FieldError, ValidationError
from ..domain.contact_points import normalize_email, normalize_phone
from ..domain.import_mapping import auto_mapping, country_region, guess_preset
from ..domain.records import validate
from ..domain.widths import half_width
from .base import UserService
from .import_keys import DuplicateIndex, row_keys, same_keys
from .import_readers import Table, open_table
from .tags import SEPARATOR

BATCH = 2000
BIG_BATCH = 10_000
IMPORT_CACHE_KIB = 256 * 1024
FUZZY_LIMIT = 20_000  # above this many rows, duplicates are found by exact keys only (fuzzy costs a query a row)
FUZZY_SCORE = 90
ACTIONS = ("skip", "update", "create")
_STATUS_WORDS = {"潜在客户": "potential", "潜在": "potential", "成交客户": "closed", "已成交": "closed", "成交": "closed",
                 "无效客户": "invalid", "无效": "invalid",
                 # Salesforce's account types that are a status
                 "prospect": "potential", "customer": "closed", "customer - direct": "closed",
                 "customer - channel": "closed"}
_TYPE_WORDS = {"企业": "enterprise", "公司": "enterprise", "企业客户": "enterprise", "个人": "individual",
               "个人客户": "individual", "customer": "enterprise", "prospect": "enterprise"}
# A level written with what it means, as WukongCRM's template offers them: "A（重点客户）", "B (普通客户)".
_LEVEL_WITH_MEANING = re.compile(r"^\s*([A-Za-z0-9+\-]{1,4})\s*[(（][^()（）]*[)）]\s*$")
_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T].*)?$")


@dataclass(frozen=True)
class RowError:
    """What went wrong on one line. An "error" kept the row out; a "warning" imported the row without that
    value, which went into the customer's notes so nothing is lost."""
    line: int
    column: str
    reason: str
    value: str = ""
    severity: str = "error"


# Values that, when they do not validate, are left out of their field (and kept in the notes) rather than
# keeping the whole row out.
SOFT_FIELDS = frozenset({"phone", "mobile", "other_phone", "email", "credit_code", "website", "next_follow_up",
                         "birthday", "customer_type", "status", "level", "wechat", "title", "department",
                         "short_name", "province", "city", "district", "address", "industry", "source"})


@dataclass(frozen=True)
class Match:
    line: int
    customer_id: uuid.UUID
    customer_name: str
    key: str  # phone | email | credit_code | name | fuzzy_name | file (an earlier row of the same file)


@dataclass
class Preview:
    kind: str
    encoding: str
    delimiter: str
    headers: list[str]
    preset: str | None
    mapping: dict[int, str]
    sample: list[tuple[int, list[str]]]
    matches: list[Match] = field(default_factory=list)


@dataclass
class ImportResult:
    file: str
    imported: int = 0
    updated: int = 0
    skipped: int = 0
    contacts: int = 0
    duplicates: int = 0
    errors: list[RowError] = field(default_factory=list)
    error_count: int = 0  # rows kept out
    warning_count: int = 0  # values kept in the notes instead of their field
    report: str | None = None
    resumed_from: int = 0
    complete: bool = False
    seconds: float = 0.0
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> dict:
        return {"file": self.file, "imported": self.imported, "updated": self.updated, "skipped": self.skipped,
                "contacts": self.contacts, "duplicates": self.duplicates, "errors": self.error_count,
                "warnings": self.warning_count,
                "error_lines": [{"line": e.line, "column": e.column, "reason": e.reason, "severity": e.severity}
                                for e in self.errors[:200]],
                "report": self.report, "resumed_from": self.resumed_from, "complete": self.complete,
                "seconds": round(self.seconds, 2)}


def _note(notes: str | None, column: str, value: str) -> str:
    """A value that fits no field, appended to the notes so the import loses nothing."""
    line = f"[{column}] {value}"
    return f"{notes}\n{line}" if notes else line


def _first_valid(values: list[str], check: Callable[[str], object]) -> tuple[str, list[str]]:
    """Of several values for one field, the first that validates (else the first) and the others, in order."""
    if len(values) > 1:
        for i, value in enumerate(values):
            if not isinstance(check(value), FieldError):
                return value, values[:i] + values[i + 1:]
    return (values[0], values[1:]) if values else ("", [])


def in_region(value: str, region: str) -> str:
    """A national number written for `region` in international form (left as it was if it is not one), so
    a US export's (212) 555-1212 is not read as a Chinese number."""
    normalized = normalize_phone(value, "phone", region)
    return value if isinstance(normalized, FieldError) else normalized


def level_code(raw: str) -> str:
    """'A（重点客户）' -> 'A': the level itself, without the meaning written after it."""
    found = _LEVEL_WITH_MEANING.match(raw)
    return found.group(1) if found else raw


def parse_date(raw: str) -> date | FieldError | None:
    raw = (raw or "").strip()
    if not raw:
        return None
    m = _DATE.match(raw)
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            pass
    if raw.isdigit() and 20000 < int(raw) < 80000:  # an Excel serial day number
        return date.fromordinal(date(1899, 12, 30).toordinal() + int(raw))
    return FieldError("date", "date_invalid", {"value": raw})


class ImportService(UserService):
    _columns: dict[str, str] = {}  # target -> the source column it came from, for error reports

    # -- preview -------------------------------------------------------------------------------------
    def preview(self, path: str | Path, preset: str | None = None, limit: int = 20) -> Preview:
        self.access.require("customers", "import")
        table = open_table(path)
        preset = preset or guess_preset(table.headers)
        mapping = auto_mapping(table.headers, preset)
        sample = []
        for item in table.rows():
            sample.append(item)
            if len(sample) >= limit:
                break
        preview = Preview(table.kind, table.encoding, table.delimiter, table.headers, preset, mapping, sample)
        with self.db.connect() as conn:
            index = DuplicateIndex(conn)
            for line, cells in sample:
                customer, contact, _errors = self._row(table.headers, mapping, cells, line)
                found = self._match(conn, index, customer, row_keys(customer, contact), fuzzy=True)
                if found:
                    rowid, key = found
                    cid, name = index.names[rowid]
                    preview.matches.append(Match(line, cid, name, key))
        return preview

    # -- the row -------------------------------------------------------------------------------------
    def _row(self, headers: list[str], mapping: dict[int, str], cells: list[str], line: int
             ) -> tuple[dict, dict, list[RowError]]:
        if cells and cells[0].startswith("!error:"):
            return {}, {}, [RowError(line, "", "unreadable: " + cells[0][7:])]
        customer: dict = {}
        contact: dict = {}
        errors: list[RowError] = []
        more: list[tuple[str, str]] = []  # (column, values) a field holds only one of: kept in the notes
        region = None
        for index, target in mapping.items():
            if target == "row.country" and index < len(cells):
                region = country_region(cells[index])
        for index, target in mapping.items():
            value = cells[index].strip() if index < len(cells) else ""
            if not value or target == "row.country":
                continue
            entity, name = target.split(".", 1)
            out = customer if entity == "customer" else contact
            column = headers[index] if index < len(headers) else f"#{index + 1}"
            if name in ("next_follow_up", "birthday"):
                parsed = parse_date(value)
                if isinstance(parsed, FieldError):
                    errors.append(RowError(line, column, "date_invalid", value, "warning"))
                    continue
                value = parsed
            elif name in ("phone", "mobile", "other_phone"):
                # Several numbers in one cell (a vCard's three mobiles): the first that is one goes in the
                # field, the rest in the notes.
                numbers = [in_region(n, region) if region and region != "CN" and not n.startswith("+") else n
                           for n in (n.strip() for n in re.split(r"[;,/、]", value)) if n]
                value, rest = _first_valid(numbers, lambda n: normalize_phone(n, name))
                if rest:
                    more.append((column, "; ".join(rest)))
            elif name == "email":
                # Split at separators, and at a space only before another address ("a@x.cn b@y.cn").
                value, rest = _first_valid([a.strip() for a in re.split(r"[;,]|\s+(?=\S+@)", value) if a.strip()],
                                           normalize_email)
                if rest:
                    more.append((column, "; ".join(rest)))
            elif name == "level":
                value = level_code(value)
            elif name == "status":
                value = _STATUS_WORDS.get(value) or _STATUS_WORDS.get(value.lower(), value.lower())
            elif name == "customer_type":
                value = _TYPE_WORDS.get(value, _TYPE_WORDS.get(value.lower(), value.lower()))
            out[name] = value
        for column, values in more:
            customer["notes"] = _note(customer.get("notes"), column, values)
        if not customer.get("name"):
            # A person (a vCard, a contacts export): the customer is the person, as an individual.
            person = contact.get("name") or contact.get("email") or customer.get("email")
            if person:
                customer["name"] = person
                customer.setdefault("customer_type", "individual")
        if contact and not contact.get("name"):
            contact["name"] = customer.get("name", "")
        return customer, contact, errors

    def _match(self, conn, index: DuplicateIndex, customer: dict, keys: list[tuple[str, str]], *, fuzzy: bool
               ) -> tuple[int, str] | None:
        found = index.find(keys)
        if found or not fuzzy or len(customer.get("name") or "") < 3:
            return found
        name = half_width(customer["name"])  # compared as the index holds names
        phrase = '"' + name[:3].replace('"', '""') + '"'
        best = None
        for rowid, candidate in conn.execute(text(
                "SELECT c.rowid, c.name FROM customer_search s JOIN customer c ON c.rowid = s.rowid "
                "WHERE customer_search MATCH :q LIMIT 50"), {"q": phrase}):
            score = fuzz.ratio(name, half_width(candidate))
            if score >= FUZZY_SCORE and (best is None or score > best[0]):
                best = (score, rowid)
        return (best[1], "fuzzy_name") if best else None

    # -- run -----------------------------------------------------------------------------------------
    def job_key(self, path: Path, mapping: dict[int, str], on_duplicate: str) -> str:
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
        digest.update(json.dumps(sorted(mapping.items())).encode())
        digest.update(on_duplicate.encode())
        return digest.hexdigest()[:16]

    def run(self, path: str | Path, *, mapping: dict[int, str] | None = None, preset: str | None = None,
            on_duplicate: str = "skip", decisions: dict[int, str] | None = None, restart: bool = False,
            report_dir: str | Path | None = None, progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None, batch: int | None = None) -> ImportResult:
        self.access.require("customers", "import")
        if on_duplicate not in ACTIONS:
            raise ValidationError([FieldError("on_duplicate", "not_a_choice", {"value": on_duplicate})])
        started = time.perf_counter()
        path = Path(path)
        table = open_table(path)
        mapping = mapping if mapping is not None else auto_mapping(table.headers, preset or guess_preset(
            table.headers))
        if "customer.name" not in mapping.values() and "contact.name" not in mapping.values() \
                and "contact.email" not in mapping.values():
            raise ValidationError([FieldError("mapping", "name_not_mapped", {
                "columns": list(table.headers), "wanted": "a customer name (客户名称, 公司名称, name, company), "
                "a contact name (联系人, 姓名) or an e-mail column"})])
        self._columns = {target: table.headers[i] if i < len(table.headers) else f"#{i + 1}"
                         for i, target in mapping.items()}
        key = self.job_key(path, mapping, on_duplicate)
        meta_key = f"import:{key}"
        state = json.loads(self.db.meta(meta_key) or "{}") if not restart else {}
        result = ImportResult(str(path), resumed_from=state.get("line", 0))
        for name in ("imported", "updated", "skipped", "contacts", "duplicates"):
            setattr(result, name, state.get(name, 0))
        result.error_count = state.get("errors", 0)
        result.warning_count = state.get("warnings", 0)
        report_dir = Path(report_dir) if report_dir else self.db.paths.root / "imports"
        report_dir.mkdir(parents=True, exist_ok=True)
        report = report_dir / f"{path.stem}-{key}-errors.csv"
        if result.resumed_from == 0 and report.exists():
            report.unlink()
        if state.get("complete"):
            result.complete = True
            result.report = str(report) if report.exists() else None
            result.seconds = time.perf_counter() - started
            return result
        total = self._count(table, path)
        decisions = decisions or {}
        fuzzy = total <= FUZZY_LIMIT
        if batch is None:
            # Larger files in larger batches (up to BIG_BATCH): an index page touched by several rows of one
            # batch is written once per commit, so fewer commits write fewer pages; progress still moves in
            # about a hundred steps.
            batch = min(BIG_BATCH, max(BATCH, total // 100))
        with self.db.connect() as conn:
            index = DuplicateIndex(conn)
        pending: list[tuple[int, dict, dict]] = []
        done = 0

        def flush(last_line: int) -> None:
            if not pending:
                return
            self._write_batch(pending, index, on_duplicate, decisions, fuzzy, result, report, meta_key, last_line)
            pending.clear()

        last_line = result.resumed_from
        for line, cells in table.rows():
            done += 1
            if line <= result.resumed_from:
                continue
            if cancelled is not None and cancelled():
                flush(last_line)
                raise Cancelled()
            customer, contact, problems = self._row(table.headers, mapping, cells, line)
            hard = [p for p in problems if p.severity == "error"]
            if hard:
                self._report(result, report, hard)
            elif not customer.get("name"):
                self._report(result, report, [RowError(line, "", "name_missing")])
            else:
                for p in problems:  # a value that could not be read: kept in the notes
                    customer["notes"] = _note(customer.get("notes"), p.column, p.value)
                if problems:
                    self._report(result, report, problems)
                pending.append((line, customer, contact))
            last_line = line
            if len(pending) >= batch:
                flush(last_line)
                if progress:
                    progress(done, total)
        flush(last_line)
        self._save_state(meta_key, result, last_line, complete=True)
        result.complete = True
        result.report = str(report) if report.exists() else None
        result.seconds = time.perf_counter() - started
        if progress:
            progress(total, total)
        return result

    @staticmethod
    def _count(table: Table, path: Path) -> int:
        """The number of rows, for progress and for choosing fuzzy matching. A CSV in an ASCII-compatible
        encoding is estimated from its line ends (a quoted cell holding a line break makes it a little high),
        which costs a scan of the bytes instead of decoding and parsing the whole file an extra time."""
        if table.kind == "csv" and table.encoding in ("utf-8", "utf-8-sig", "gb18030", "cp1252"):
            lines, last = 0, b""
            with path.open("rb") as handle:
                for chunk in iter(lambda: handle.read(1 << 20), b""):
                    lines += chunk.count(b"\n")
                    last = chunk
            if last and not last.endswith(b"\n"):
                lines += 1
            return max(0, lines - table.header_line)
        return sum(1 for _ in table.rows())

    def _report(self, result: ImportResult, report: Path, errors: list[RowError]) -> None:
        new = not report.exists()
        with report.open("a", newline="", encoding="utf-8-sig" if new else "utf-8") as out:
            writer = csv.writer(out)
            if new:
                writer.writerow(["line", "column", "reason", "value", "severity"])
            for e in errors:
                writer.writerow([e.line, e.column, e.reason, e.value, e.severity])
        result.errors += errors
        result.error_count += len({e.line for e in errors if e.severity == "error"})
        result.warning_count += sum(1 for e in errors if e.severity == "warning")

    def _save_state(self, meta_key: str, result: ImportResult, line: int, complete: bool = False,
                    session=None) -> None:
        value = json.dumps({"line": line, "imported": result.imported, "updated": result.updated,
                            "skipped": result.skipped, "contacts": result.contacts, "duplicates": result.duplicates,
                            "errors": result.error_count, "warnings": result.warning_count,
                            "complete": complete})
        if session is not None:
            write_meta(session, meta_key, value)
        else:
            self.db.set_meta(meta_key, value)

    def _write_batch(self, rows: list[tuple[int, dict, dict]], index: DuplicateIndex, on_duplicate: str,
                     decisions: dict[int, str], fuzzy: bool, result: ImportResult, report: Path, meta_key: str,
                     last_line: int) -> None:
        errors: list[RowError] = []
        with self.db.unit_of_work(self.actor, f"import {Path(result.file).name}: lines up to {last_line}") as uow:
            conn = uow.session.connection()
            dbapi = conn.connection.dbapi_connection
            # A batch touches pages all over the customer table's indexes; with the everyday cache SQLite
            # would spill them to the WAL mid-transaction and read them back. Given back after the batch.
            dbapi.execute(f"PRAGMA cache_size=-{IMPORT_CACHE_KIB}")
            tags = {t.name: t.id for t in uow.session.scalars(select(Tag).where(Tag.deleted_at.is_(None)))}
            may_create_tags = self.access.can("tags", "create")
            new_customers: list[tuple[int, dict, dict, list[str], list[tuple[str, str]]]] = []
            batch_keys: dict[tuple[str, str], int] = {}  # this batch's new rows' keys -> line: the file's duplicates
            for line, customer, contact in rows:
                tag_names = [t.strip() for t in SEPARATOR.split(customer.pop("tags", "") or "") if t.strip()]
                unknown = [] if may_create_tags else [t for t in tag_names if t not in tags]
                if unknown:  # only tags.create makes new tags (the server refuses them): kept in the notes
                    tag_names = [t for t in tag_names if t in tags]
                    column = self._columns.get("customer.tags", "tags")
                    errors += [RowError(line, column, "tag_unknown", t, "warning") for t in unknown]
                    customer["notes"] = _note(customer.get("notes"), column, "; ".join(unknown))
                keys = row_keys(customer, contact)
                earlier = next((batch_keys[k] for k in keys if k in batch_keys), None)
                if earlier is not None and decisions.get(line, on_duplicate) != "create":
                    result.duplicates += 1
                    result.skipped += 1  # an earlier line of this file is the same customer
                    continue
                found = self._match(conn, index, customer, keys, fuzzy=fuzzy)
                if found:
                    result.duplicates += 1
                    action = decisions.get(line, on_duplicate)
                    if action == "skip":
                        result.skipped += 1
                        continue
                    if action == "update":
                        problem = self._update(uow, index.names[found[0]][0], customer, contact, line)
                        if problem:
                            errors += problem
                        else:
                            result.updated += 1
                        continue
                clean, clean_contact, problems = self._validated(line, customer, contact)
                errors += problems
                if clean is None:
                    continue
                if not same_keys(customer, contact, clean, clean_contact):  # a value left out or shortened
                    keys = row_keys(clean, clean_contact)
                for k in keys:
                    batch_keys.setdefault(k, line)
                new_customers.append((line, clean, clean_contact, tag_names, keys))
            created = uow.create_many(Customer, [c for _l, c, _k, _t, _keys in new_customers], validated=True)
            contacts = []
            for (line, clean, contact, tag_names, _keys), cid in zip(new_customers, created, strict=True):
                if contact:
                    contacts.append({**contact, "customer_id": cid, "is_primary": True})
                for name in tag_names:
                    if name not in tags:
                        tags[name] = uow.create(Tag, name=name[:40]).id
                    uow.create(CustomerTag, customer_id=cid, tag_id=tags[name])
            if contacts:
                result.contacts += len(uow.create_many(Contact, contacts))
            uow.session.flush()
            if created:
                rowids = dict(conn.execute(select(Customer.id, text("customer.rowid")).where(
                    Customer.id.in_(created))).all())
                for (_line, clean, _contact, _t, keys), cid in zip(new_customers, created, strict=True):
                    index.add(rowids[cid], cid, clean["name"], keys)
            result.imported += len(created)
            if errors:
                self._report(result, report, errors)
            self._save_state(meta_key, result, last_line, session=uow.session)
            try:
                result.changes = result.changes | uow.commit()
            finally:
                dbapi.execute(f"PRAGMA cache_size={engine.CACHE_SIZE}")

    def _validated(self, line: int, customer: dict, contact: dict) -> tuple[dict | None, dict, list[RowError]]:
        """The row's customer values validated. A bad value of a SOFT_FIELDS field is left out and kept in the
        notes (a warning); anything else keeps the row out (an error)."""
        problems: list[RowError] = []
        customer, contact = dict(customer), dict(contact)
        for _attempt in range(2):
            failed, clean = [], None
            for entity, values in (("customer", customer), ("contact", contact)):
                if entity == "contact" and not values:
                    continue
                try:
                    result = validate(entity, values if entity == "customer" else {**values, "customer_id": None})
                    if entity == "customer":
                        clean = result
                except ValidationError as exc:
                    failed += [(entity, e) for e in exc.errors]
            if not failed:
                return clean, contact, problems
            for entity, e in [f for f in failed if f[1].code == "too_long"]:
                values = customer if entity == "customer" else contact
                raw = str(values.get(e.field, ""))
                values[e.field] = raw[:e.args.get("max", len(raw))]
                problems.append(RowError(line, self._columns.get(f"{entity}.{e.field}", e.field), "too_long",
                                         raw[:80] + "…", "warning"))
            failed = [f for f in failed if f[1].code != "too_long"]
            if not failed:
                continue
            hard = [(entity, e) for entity, e in failed if e.field not in SOFT_FIELDS]
            if hard:
                return None, contact, problems + [self._error(line, e, customer, contact) for _en, e in hard]
            for entity, e in failed:
                values = customer if entity == "customer" else contact
                raw = values.pop(e.field, "")
                problem = self._error(line, e, {e.field: raw} if entity == "customer" else {},
                                      {e.field: raw} if entity == "contact" else {})
                problems.append(RowError(problem.line, problem.column, problem.reason, problem.value, "warning"))
                customer["notes"] = _note(customer.get("notes"), problem.column, str(raw))
        return None, contact, problems + [RowError(line, "", "invalid")]

    def _update(self, uow, customer_id: uuid.UUID, customer: dict, contact: dict, line: int) -> list[RowError]:
        c = uow.get(Customer, customer_id)
        if not self.access.covers(c.owner_id, c.department_id):
            return [RowError(line, "", "duplicate_out_of_scope")]
        values = {k: v for k, v in customer.items() if k != "name" and v not in ("", None)}
        try:
            uow.update(c, **values)
            if contact and contact.get("name"):
                have = {k.name for k in uow.session.scalars(select(Contact).where(
                    Contact.customer_id == c.id, Contact.deleted_at.is_(None)))}
                if contact["name"] not in have:
                    uow.create(Contact, customer_id=c.id, owner_id=c.owner_id, department_id=c.department_id,
                               **contact)
        except ValidationError as exc:
            return [self._error(line, e, customer, contact) for e in exc.errors]
        return []

    def _error(self, line: int, error: FieldError, customer: dict, contact: dict) -> RowError:
        """The error under the source column the user mapped (the field name if none)."""
        in_customer = error.field in customer
        value = customer.get(error.field) if in_customer else contact.get(error.field, "")
        target = ("customer." if in_customer or error.field not in contact else "contact.") + error.field
        return RowError(line, self._columns.get(target, error.field), error.code, str(value or ""))


__all__ = ["ImportService", "ImportResult", "Preview", "RowError", "Match", "DuplicateIndex", "parse_date", "ACTIONS"]
