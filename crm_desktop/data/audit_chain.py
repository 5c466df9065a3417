"""The journal as a tamper-evident audit trail: every entry carries a SHA-256 hash of its content chained to the
hash of the entry before it (by `seq`), and the newest link is also recorded in `local_meta` ("audit_head").

Editing an entry breaks its own link; deleting one leaves a gap in `seq` and breaks the next link; cutting
entries off the end no longer matches the recorded head. The hash covers what an entry says (operation,
record, fields old -> new, who, device, when, clock), not `synced_at`, which sync fills in later.

Limits, said plainly: without a secret, someone who rewrites the whole chain and the head consistently is
not caught by this file alone; the shared server's copy of the journal (the sync issue) is the outside
anchor that catches that.

Hashes are computed from values in the form SQLite stores them (UUIDs as 32 hex digits, times as
"YYYY-MM-DD HH:MM:SS.ffffff"), so the writer (from Python values) and the verifier (from raw rows) agree.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime

GENESIS = "0" * 64
HEAD_KEY = "audit_head"
_COLUMNS = ("seq", "op_id", "action_id", "entity", "row_id", "kind", "changes", "base_version", "hlc",
            "user_id", "device_id", "at", "chain_hash")


def _stored(value) -> str | int | None:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, datetime):
        return value.isoformat(" ", "microseconds")
    return value


def link(previous: str, entry: dict) -> str:
    """The hash of `entry` (a journal row as Python values or as stored) chained to `previous`."""
    changes = entry["changes"]
    if isinstance(changes, str):
        changes = json.loads(changes)
    payload = [_stored(entry[k]) for k in ("op_id", "action_id", "entity", "row_id", "kind")]
    payload += [changes, entry["base_version"], entry["hlc"], _stored(entry["user_id"]), entry["device_id"],
                _stored(entry["at"])]
    text = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((previous + text).encode("utf-8")).hexdigest()


def last_link(dbapi_cursor_execute: Callable) -> tuple[int, str]:
    """(seq, hash) of the newest entry, (0, GENESIS) for an empty journal."""
    row = dbapi_cursor_execute("SELECT seq, chain_hash FROM journal_entry ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1] or GENESIS) if row else (0, GENESIS)


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    seq: int | None = None  # the first entry whose link is broken
    problem: str = ""  # entry_changed | entries_missing | head_mismatch | head_missing | hash_missing
    detail: str = ""

    def as_dict(self) -> dict:
        out = {"ok": self.ok, "entries": self.entries}
        if not self.ok:
            out.update(first_broken_seq=self.seq, problem=self.problem, detail=self.detail)
        return out


def _rows(execute: Callable, batch: int = 20000) -> Iterator[tuple]:
    last = 0
    while True:
        rows = execute(f"SELECT {', '.join(_COLUMNS)} FROM journal_entry WHERE seq > ? ORDER BY seq LIMIT ?",
                       (last, batch)).fetchall()
        if not rows:
            return
        yield from rows
        last = rows[-1][0]


def verify(execute: Callable, recorded_head: str | None,
           progress: Callable[[int, int], None] | None = None) -> Verdict:
    """Walk the whole chain in seq order and report the first broken link. `execute` is a DB-API
    `execute(sql, params=())` returning a cursor."""
    total = execute("SELECT count(*) FROM journal_entry").fetchone()[0]
    previous_seq, previous_hash, count = 0, GENESIS, 0
    for row in _rows(execute):
        entry = dict(zip(_COLUMNS, row, strict=True))
        seq = entry["seq"]
        count += 1
        if previous_seq and seq != previous_seq + 1:
            gone = f"entry {seq - 1} was" if seq - 1 == previous_seq + 1 else \
                f"entries {previous_seq + 1}..{seq - 1} were"
            return Verdict(False, count, seq, "entries_missing", f"{gone} removed from the journal")
        if not entry["chain_hash"]:
            return Verdict(False, count, seq, "hash_missing", f"entry {seq} carries no hash")
        expected = link(previous_hash, entry)
        if expected != entry["chain_hash"]:
            return Verdict(False, count, seq, "entry_changed",
                           f"entry {seq} ({entry['entity']} {entry['kind']}) does not match its hash: "
                           f"it was changed, or an entry before it was")
        previous_seq, previous_hash = seq, entry["chain_hash"]
        if progress and count % 50000 == 0:
            progress(count, total)
    head = f"{previous_seq}:{previous_hash}" if previous_seq else None
    if head and not recorded_head:
        return Verdict(False, count, None, "head_missing", "the recorded head of the chain was removed")
    if recorded_head and head != recorded_head:
        recorded_seq = int(recorded_head.split(":", 1)[0])
        if recorded_seq > previous_seq:
            return Verdict(False, count, previous_seq + 1, "entries_missing",
                           f"entries {previous_seq + 1}..{recorded_seq} were cut off the end of the journal")
        return Verdict(False, count, recorded_seq, "head_mismatch",
                       "the newest entry does not match the recorded head of the chain")
    return Verdict(True, count)
