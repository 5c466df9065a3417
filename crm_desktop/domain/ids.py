"""Client-generated, time-ordered identifiers (UUIDv7, RFC 9562) so rows can be created offline and merged
later. Within one millisecond the 12-bit rand_a field counts up (RFC 9562 method 1), so ids made by this
process are strictly increasing; the remaining 62 bits are random."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0
# Random bits are read from the OS 4 KiB at a time: one system call per id made bulk imports id-bound.
_pool = b""
_pool_at = 0


def new_id() -> uuid.UUID:
    global _last_ms, _counter, _pool, _pool_at
    with _lock:
        if _pool_at >= len(_pool):
            _pool, _pool_at = os.urandom(4096), 0
        rand_b = int.from_bytes(_pool[_pool_at:_pool_at + 8], "big") & 0x3FFF_FFFF_FFFF_FFFF
        _pool_at += 8
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms, _counter = ms, int.from_bytes(os.urandom(2), "big") & 0x3FF
        else:
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                _last_ms, _counter = _last_ms + 1, 0
        ms, counter = _last_ms, _counter
    value = (ms << 80) | (0x7 << 76) | (counter << 64) | (0b10 << 62) | rand_b
    return uuid.UUID(int=value)


def _forget_pool() -> None:
    # A forked child must not hand out the random bits its parent already used.
    global _pool, _pool_at
    _pool, _pool_at = b"", 0


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_pool)
