"""Full-width forms of ASCII, as a Chinese input method in full-width mode types them (ＩＢＭ, （分公司）, １３８) and
as Chinese spreadsheets and company registers often hold them, read as the ASCII they stand for.

Data is stored as typed; only what is compared is folded: search text and queries, sort and duplicate keys.
Only the full-width ASCII block and the ideographic space are folded (not NFKC, which would also turn ①
into 1 and ㈱ into (株)), so a folded text is the same length as the original and LIKE on it means what it says.
"""

from __future__ import annotations

import re

_HALF = {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}
# The characters _HALF folds, as the inside of a character class: a regex here, a GLOB in the search index's SQL.
FULL_WIDTH_CLASS = "\uff01-\uff5e\u3000"
_FULL = re.compile(f"[{FULL_WIDTH_CLASS}]")


def half_width(text: str | None) -> str | None:
    """'ＩＢＭ中国（上海）' -> 'IBM中国(上海)'; '　' (ideographic space) -> ' '; None and '' as they are."""
    # Most text has nothing to fold; looking costs a tenth of translating (an import folds every name, phone,
    # e-mail address and credit code several times over).
    if not text or text.isascii() or not _FULL.search(text):
        return text
    return text.translate(_HALF)


__all__ = ["FULL_WIDTH_CLASS", "half_width"]
