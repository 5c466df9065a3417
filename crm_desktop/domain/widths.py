"""Full-width forms of ASCII, as a Chinese input method in full-width mode types them (ＩＢＭ, （分公司）, １３８) and
as Chinese spreadsheets and company registers often hold them, read as the ASCII they stand for.

Data is stored as typed; only what is compared is folded: search text and queries, sort and duplicate keys.
Only the full-width ASCII block and the ideographic space are folded (not NFKC, which would also turn ①
into 1 and ㈱ into (株)), so a folded text is the same length as the original and LIKE on it means what it says.
"""

from __future__ import annotations

_HALF = {**{cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}, 0x3000: 0x20}


def half_width(text: str | None) -> str | None:
    """'ＩＢＭ中国（上海）' -> 'IBM中国(上海)'; '　' (ideographic space) -> ' '; None and '' as they are."""
    return text.translate(_HALF) if text else text


__all__ = ["half_width"]
