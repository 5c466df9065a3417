"""A hybrid logical clock: wall time when it moves forward, a counter when it does not.

Timestamps are strings that sort in causal order ("<ms:013>-<counter:05>-<device>"), so the journal, the
audit trail and later the sync merge can all compare them as plain text.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Hlc:
    millis: int
    counter: int
    device: str

    def __str__(self) -> str:
        return f"{self.millis:013d}-{self.counter:05d}-{self.device}"

    @classmethod
    def parse(cls, text: str) -> Hlc:
        millis, counter, device = text.split("-", 2)
        return cls(int(millis), int(counter), device)


class HybridClock:
    def __init__(self, device: str, last: str | None = None, wall=time.time):
        self._device = device
        self._wall = wall
        self._lock = threading.Lock()
        self._last = Hlc.parse(last) if last else Hlc(0, 0, device)

    def now(self) -> Hlc:
        with self._lock:
            wall_ms = int(self._wall() * 1000)
            if wall_ms > self._last.millis:
                stamp = Hlc(wall_ms, 0, self._device)
            else:
                stamp = Hlc(self._last.millis, self._last.counter + 1, self._device)
            self._last = stamp
            return stamp

    def observe(self, remote: str) -> None:
        """Move past a timestamp seen from another device so later local stamps sort after it."""
        other = Hlc.parse(remote)
        with self._lock:
            if (other.millis, other.counter) > (self._last.millis, self._last.counter):
                self._last = Hlc(other.millis, other.counter, self._device)
