"""Reading import files into rows of text with their line numbers: CSV (any encoding people's tools write —
UTF-8 with or without BOM, UTF-16/32 with BOM, GB18030/GBK, Windows-1252 — and any delimiter), Excel (.xlsx
with openpyxl, .xls with xlrd; an instruction row above the header is skipped) and vCard 2.1/3.0/4.0
(vobject, after undoing what 2.1 writers do that vobject does not read: quoted-printable soft line breaks
and unindented base64 continuation lines).

A Table has `headers` and `rows()`, an iterator of (line number, [cell text]) that streams: a million-row CSV
is never held in memory. Line numbers are what a user sees in their editor (CSV: the physical line the record
starts on; Excel: the row number; vCard: the line of BEGIN:VCARD)."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..domain.errors import CrmError

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# The vCard "columns": one row per card, multi-valued properties joined with "; ".
VCARD_COLUMNS = ("FN", "N", "ORG", "TITLE", "TEL;CELL", "TEL;WORK", "TEL", "EMAIL", "ADR", "URL", "NOTE", "BDAY",
                 "PHOTO")


class ImportFileError(CrmError):
    """The file cannot be read at all (code: file_unreadable, file_empty, unsupported_format)."""


@dataclass
class Table:
    kind: str  # csv | xlsx | xls | vcf
    encoding: str = ""
    delimiter: str = ""
    headers: list[str] = field(default_factory=list)
    header_line: int = 1
    _rows: object = None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        return self._rows()


def open_table(path: str | Path) -> Table:
    path = Path(path)
    if not path.exists():
        raise ImportFileError("file_unreadable", path=str(path), detail="no such file")
    suffix = path.suffix.lower()
    if suffix in (".vcf", ".vcard"):
        return _vcard(path)
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx(path)
    if suffix == ".xls":
        return _xls(path)
    return _csv(path)


# -- CSV -----------------------------------------------------------------------------------------------------
def detect_encoding(head: bytes) -> str:
    for bom, name in BOMS:
        if head.startswith(bom):
            return name
    for name in ("utf-8", "gb18030"):
        try:
            head.decode(name)
            return name
        except UnicodeDecodeError as exc:
            # A multi-byte character cut at the end of the sample is not a wrong guess.
            if exc.start >= len(head) - 4 and name == "utf-8":
                return name
    return "cp1252"


def _csv(path: Path) -> Table:
    head = path.open("rb").read(256 * 1024)
    if not head.strip():
        raise ImportFileError("file_empty", path=str(path))
    encoding, skip = detect_encoding(head), 0
    sample = head.decode(encoding, errors="ignore")[:64 * 1024]
    if sample.count("\x00") > len(sample) // 10:
        # Text in a wider encoding than its BOM says (e.g. UTF-32 after a UTF-16 BOM): find the reading
        # that gives text without NULs.
        for candidate, offset in (("utf-32-le", 2), ("utf-32-be", 2), ("utf-32-le", 0), ("utf-32-be", 0),
                                  ("utf-16-le", 0), ("utf-16-be", 0)):
            body = head[offset:]
            width = 4 if "32" in candidate else 2
            try:
                text = body[:len(body) - len(body) % width].decode(candidate)
            except UnicodeDecodeError:
                continue
            if "\x00" not in text and text.strip():
                encoding, skip, sample = candidate, offset, text[:64 * 1024]
                break
    try:
        delimiter = csv.Sniffer().sniff(sample.split("\n", 20)[0] + "\n" + "\n".join(sample.split("\n")[1:20]),
                                        delimiters=",;\t|").delimiter
    except csv.Error:
        delimiter = ","
    table = Table("csv", encoding=encoding, delimiter=delimiter)

    def reader():
        raw = path.open("rb")
        raw.seek(skip)
        handle = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        return handle, csv.reader(handle, delimiter=delimiter)

    handle, first = reader()
    try:
        headers = next(first, None)
    finally:
        handle.close()
    if headers is None:
        raise ImportFileError("file_empty", path=str(path))
    table.headers = [h.strip().lstrip("\ufeff").strip("*").strip() for h in headers]

    def rows():
        handle, records = reader()
        with handle:
            next(records, None)
            start = records.line_num + 1
            for record in records:
                if any(cell.strip() for cell in record):
                    yield start, record
                start = records.line_num + 1
    table._rows = rows
    return table


# -- Excel ---------------------------------------------------------------------------------------------------
def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S") if (value.hour, value.minute, value.second) != (0, 0, 0) \
            else value.strftime("%Y-%m-%d")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e17:
        return str(int(value))  # a phone number typed into a number cell
    return str(value).strip()


def _header_index(rows: list[list[str]]) -> int:
    """Which of the first rows is the header: an instruction row above it (a single long merged cell) is
    skipped; the header is the first row with at least two cells filled, or the fullest row."""
    best, best_count = 0, -1
    for i, row in enumerate(rows):
        filled = [c for c in row if c]
        if len(filled) >= 2 and all(len(c) <= 60 for c in filled):
            return i
        if len(filled) > best_count:
            best, best_count = i, len(filled)
    return best


def _xlsx(path: Path) -> Table:
    from openpyxl import load_workbook
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - a damaged or foreign file: say so
        raise ImportFileError("file_unreadable", path=str(path), detail=str(exc)) from exc
    sheet = next((ws for ws in book.worksheets if ws.max_row and ws.max_row > 1), book.worksheets[0])
    head = [[_cell_text(v) for v in row] for row in sheet.iter_rows(min_row=1, max_row=12, values_only=True)]
    if not head:
        raise ImportFileError("file_empty", path=str(path))
    index = _header_index(head)
    table = Table("xlsx", headers=[h.strip().strip("*").strip() for h in head[index]], header_line=index + 1)

    def rows():
        book = load_workbook(path, read_only=True, data_only=True)
        ws = book[sheet.title]
        for number, values in enumerate(ws.iter_rows(min_row=index + 2, values_only=True), start=index + 2):
            cells = [_cell_text(v) for v in values]
            if any(cells):
                yield number, cells
        book.close()
    table._rows = rows
    book.close()
    return table


def _xls(path: Path) -> Table:
    import xlrd
    try:
        book = xlrd.open_workbook(str(path))
    except Exception as exc:  # noqa: BLE001
        raise ImportFileError("file_unreadable", path=str(path), detail=str(exc)) from exc
    sheet = next((s for s in book.sheets() if s.nrows > 1), book.sheet_by_index(0))

    def text(cell) -> str:
        if cell.ctype == xlrd.XL_CELL_DATE:
            return _cell_text(xlrd.xldate.xldate_as_datetime(cell.value, book.datemode))
        return _cell_text(cell.value)
    head = [[text(c) for c in sheet.row(r)] for r in range(min(sheet.nrows, 12))]
    if not head:
        raise ImportFileError("file_empty", path=str(path))
    index = _header_index(head)
    table = Table("xls", headers=[h.strip().strip("*").strip() for h in head[index]], header_line=index + 1)

    def rows():
        for r in range(index + 1, sheet.nrows):
            cells = [text(c) for c in sheet.row(r)]
            if any(cells):
                yield r + 1, cells
    table._rows = rows
    return table


# -- vCard ---------------------------------------------------------------------------------------------------
_QP_SOFT_BREAK = re.compile(r"=\r?\n")
_PROPERTY_START = re.compile(r"^(?:[A-Za-z0-9-]+\.)?[A-Za-z0-9-]+[;:]")


def normalize_vcard_text(text: str) -> str:
    """vCard 2.1 as phones and Outlook write it, made readable for vobject: quoted-printable values whose soft
    line breaks continue on unindented lines are joined; base64 continuation lines get the leading space that
    3.0 folding expects; '#' comment lines some tools write are dropped."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    in_qp = in_b64 = False
    for line in lines:
        upper = line.upper()
        if in_qp:
            out[-1] = out[-1][:-1] + line if out[-1].endswith("=") else out[-1] + line
            in_qp = line.endswith("=")
            continue
        if in_b64:
            if line.strip() == "":
                in_b64 = False
                continue
            if not _PROPERTY_START.match(line) or line.startswith((" ", "\t")):
                out.append(" " + line.strip())
                continue
            in_b64 = False
        if line.startswith("#"):
            continue
        out.append(line)
        if "QUOTED-PRINTABLE" in upper.split(":", 1)[0] and line.endswith("="):
            in_qp = True
        elif ("ENCODING=BASE64" in upper.split(":", 1)[0] or "ENCODING=B" in upper.split(":", 1)[0]) \
                and upper.startswith(("PHOTO", "LOGO", "SOUND", "KEY")):
            in_b64 = True
    return "\n".join(out)


def _card_blocks(text: str) -> Iterator[tuple[int, str]]:
    """Each BEGIN:VCARD..END:VCARD block with the line it starts on, in file order. A card nested in another
    (an AGENT written inline) is a card of its own and is taken out of its parent."""
    stack: list[tuple[int, list[str]]] = []
    done: list[tuple[int, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            stack.append((number, [line]))
            continue
        if not stack:
            continue
        stack[-1][1].append(line)
        if upper == "END:VCARD":
            start, block = stack.pop()
            done.append((start, "\n".join(block) + "\n"))
    return iter(sorted(done))


def _vcard(path: Path) -> Table:
    raw = path.read_bytes()
    if not raw.strip():
        raise ImportFileError("file_empty", path=str(path))
    encoding = detect_encoding(raw[:256 * 1024])
    text = normalize_vcard_text(_decode_vcard(raw, encoding).lstrip("\ufeff"))
    table = Table("vcf", encoding=encoding, headers=list(VCARD_COLUMNS))

    def rows():
        for line, block in _card_blocks(text):
            yield line, card_cells(block)
    table._rows = rows
    return table


_CHARSET = re.compile(rb"CHARSET=([A-Za-z0-9_-]+)", re.IGNORECASE)


def _decode_vcard(raw: bytes, encoding: str) -> str:
    """Each line in the charset its property names (vCard 2.1: N;CHARSET=SHIFT_JIS:安藤…), else the file's."""
    if encoding.startswith(("utf-16", "utf-32")):
        return raw.decode(encoding, errors="replace")
    out = []
    for line in raw.split(b"\n"):
        head = line.split(b":", 1)[0]
        m = _CHARSET.search(head)
        if m and b"QUOTED-PRINTABLE" not in head.upper():
            try:
                out.append(line.decode(m[1].decode().lower()))
                continue
            except (LookupError, UnicodeDecodeError):
                pass
        out.append(line.decode(encoding, errors="replace"))
    return "\n".join(out)


def _with_name(cells: list[str]) -> list[str]:
    """A card without FN is named by its N, else its organisation (FN is the contact's name column)."""
    if cells and not cells[0]:
        cells[0] = cells[1] or ""
    return cells


def card_cells(block: str) -> list[str]:
    """One card as the VCARD_COLUMNS cells; a card vobject cannot read yields its error as the only cell
    prefixed with '!error:' (reported for that card; the other cards still import)."""
    import logging

    import vobject
    logging.getLogger("vobject.base").setLevel(logging.CRITICAL)
    try:
        card = vobject.readOne(block, ignoreUnreadable=True, allowQP=True)
    except Exception:  # noqa: BLE001 - vobject refuses some real-world cards; read them leniently instead
        return _with_name(_lenient_cells(block))
    values: dict[str, list[str]] = {c: [] for c in VCARD_COLUMNS}
    for child in card.getChildren():
        name = child.name.upper()
        if name == "TEL":
            kinds = {t.upper() for t in child.params.get("TYPE", [])} | {p.upper() for p in child.singletonparams}
            key = "TEL;CELL" if "CELL" in kinds else "TEL;WORK" if "WORK" in kinds else "TEL"
            values[key].append(str(child.value).strip())
        elif name == "N":
            n = child.value
            parts = [getattr(n, "family", ""), getattr(n, "given", ""), getattr(n, "additional", "")]
            values["N"].append(" ".join(_join(p) for p in parts if _join(p)))
        elif name == "ORG":
            org = child.value
            values["ORG"].append(_join(org[0] if isinstance(org, list) and org else org))
        elif name == "ADR":
            a = child.value
            parts = [getattr(a, k, "") for k in ("street", "city", "region", "code", "country")]
            values["ADR"].append(", ".join(_join(p) for p in parts if _join(p)))
        elif name == "PHOTO":
            values["PHOTO"].append("yes")
        elif name in values:
            value = child.value
            values[name].append(value.isoformat() if isinstance(value, date) else _join(value))
    return _with_name(["; ".join(v for v in values[c] if v) for c in VCARD_COLUMNS])


_LINE = re.compile(r"^(?:[A-Za-z0-9-]+\.)?(?P<name>[A-Za-z0-9-]+)(?P<params>(?:;[^:]*)?):(?P<value>.*)$")


def _lenient_cells(block: str) -> list[str]:
    """The card read property by property, for cards vobject will not parse (a damaged photo, an unusual
    charset, a vendor's quirks): what can be read is kept, a property that cannot is skipped."""
    import quopri
    unfolded: list[str] = []
    for line in block.split("\n"):
        if line.startswith((" ", "\t")) and unfolded:
            unfolded[-1] += line[1:]
        else:
            unfolded.append(line)
    values: dict[str, list[str]] = {c: [] for c in VCARD_COLUMNS}
    for line in unfolded:
        m = _LINE.match(line.strip())
        if not m:
            continue
        name, params, value = m["name"].upper(), m["params"].upper(), m["value"]
        if name in ("BEGIN", "END", "VERSION"):
            continue
        if name in ("PHOTO", "LOGO"):
            values["PHOTO"].append("yes")
            continue
        if "QUOTED-PRINTABLE" in params:
            charset = re.search(r"CHARSET=([A-Z0-9_-]+)", params)
            raw = quopri.decodestring(value.encode("latin-1", errors="replace"))
            value = raw.decode(charset[1].lower() if charset else "utf-8", errors="replace")
        value = value.replace("\\,", ",").replace("\\;", "\x00").replace("\\n", " ").replace("\\N", " ")
        parts = [p.replace("\x00", ";").strip() for p in value.split(";")]
        if name == "TEL":
            key = "TEL;CELL" if "CELL" in params else "TEL;WORK" if "WORK" in params else "TEL"
            values[key].append(value.strip())
        elif name == "N":
            values["N"].append(" ".join(p for p in parts[:3] if p))
        elif name == "ORG":
            values["ORG"].append(parts[0])
        elif name == "ADR":
            values["ADR"].append(", ".join(p for p in parts[2:] if p))
        elif name in values:
            values[name].append(value.replace("\x00", ";").strip())
    return ["; ".join(v for v in values[c] if v) for c in VCARD_COLUMNS]


def _join(value) -> str:
    if isinstance(value, list | tuple):
        return " ".join(str(v).strip() for v in value if str(v).strip())
    return str(value or "").strip()


__all__ = ["Table", "open_table", "ImportFileError", "detect_encoding", "normalize_vcard_text", "VCARD_COLUMNS",
           "card_cells"]
