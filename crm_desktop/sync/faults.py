"""Fault injection for the crash tests: `fault(point)` is called at a push's or pull's dangerous moments
("push:before_commit", "push:after_commit", "pull:after_page"); a test sets `fault_hook` to raise there.
None in the app."""

from __future__ import annotations

from collections.abc import Callable

fault_hook: Callable[[str], None] | None = None


def fault(point: str) -> None:
    if fault_hook is not None:
        fault_hook(point)
