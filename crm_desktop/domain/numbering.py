"""Document numbering rules: a pattern with date parts and a sequence, e.g. "HT{yyyy}{mm}{dd}-{seq:4}" gives
HT20261130-0001. The sequence restarts whenever the text before it changes (a new day for this pattern)."""

from __future__ import annotations

import re
from datetime import date

from .errors import FieldError

DEFAULT_RULES = {"contract": "HT{yyyy}{mm}{dd}-{seq:4}", "order": "DD{yyyy}{mm}{dd}-{seq:4}",
                 "invoice": "FP{yyyy}{mm}-{seq:5}", "ticket": "GD{yyyy}{mm}{dd}-{seq:4}",
                 "work_order": "PG{yyyy}{mm}{dd}-{seq:3}"}
_SEQ = re.compile(r"\{seq(?::(\d))?\}")
_PARTS = re.compile(r"\{(yyyy|yy|mm|dd)\}")


def check(pattern: str) -> FieldError | None:
    if len(_SEQ.findall(pattern)) != 1 or not pattern.rstrip().endswith(_SEQ.search(pattern).group(0)):
        return FieldError("pattern", "numbering_needs_seq")
    leftover = _PARTS.sub("", _SEQ.sub("", pattern))
    if "{" in leftover or "}" in leftover or len(pattern) > 40:
        return FieldError("pattern", "numbering_invalid")
    return None


def prefix(pattern: str, day: date) -> str:
    """The text before the sequence for `day`."""
    head = pattern[:_SEQ.search(pattern).start()]
    return _PARTS.sub(lambda m: {"yyyy": f"{day:%Y}", "yy": f"{day:%y}", "mm": f"{day:%m}", "dd": f"{day:%d}"}[m.group(1)],
                      head)


def number(pattern: str, day: date, seq: int) -> str:
    width = int(_SEQ.search(pattern).group(1) or 4)
    return f"{prefix(pattern, day)}{seq:0{width}d}"
