"""Sort keys that order names the way Chinese users expect: by pinyin, interleaved with Latin names.

Code-point order puts every Latin name before every Chinese one and orders Chinese by Unicode block, which
means nothing to a reader; 客户 lists are read in pinyin order (张伟 under Z beside "Zhang Holdings").
The key is stored beside the name (`name_key`) so the list sorts and pages on an index.

pypinyin's own `lazy_pinyin` costs ~75 µs a name, which is 75 s for a million-row import; this reads
pypinyin's dictionaries directly (two-character phrases first, so 重庆 is chong qing and 长安 chang an),
~2 µs a name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

from .widths import half_width

# Surnames whose reading differs from the character's first reading; only applied to the first character,
# where a person's name starts.
_SURNAMES = {"单": "shan", "曾": "zeng", "解": "xie", "仇": "qiu", "区": "ou", "查": "zha", "朴": "piao",
             "盖": "ge", "乐": "yue", "覃": "qin", "缪": "miao", "翟": "zhai", "尉": "yu", "万": "wan",
             "秘": "bi", "种": "chong", "员": "yun", "繁": "po", "召": "shao", "蕃": "pi"}


def _plain(syllable: str) -> str:
    """'zhāng' -> 'zhang', 'lǜ' -> 'lv' (tone marks dropped; ü written v, as keyboards do)."""
    out = []
    for ch in unicodedata.normalize("NFD", syllable):
        if unicodedata.combining(ch):
            if ch == "\u0308":  # the diaeresis of ü
                out[-1] = "v"
            continue
        out.append(ch)
    return "".join(out)


@lru_cache(maxsize=65536)
def _char(ch: str) -> str | None:
    readings = PINYIN_DICT.get(ord(ch))
    return _plain(readings.split(",", 1)[0]) if readings else None


@lru_cache(maxsize=65536)
def _pair(two: str) -> tuple[str, str] | None:
    phrase = PHRASES_DICT.get(two)
    if phrase is None or len(phrase) != 2:
        return None
    return _plain(phrase[0][0]), _plain(phrase[1][0])


@lru_cache(maxsize=8192)  # a name is keyed for the duplicate check, the record and the index in turn
def pinyin_key(text: str) -> str:
    """A lower-case key: Chinese characters become space-separated pinyin, everything else is kept
    lower-cased. '张伟' -> 'zhang wei', '重庆长安物流' -> 'chong qing chang an wu liu', 'Brown Ltd' -> 'brown ltd'.
    Full-width ASCII counts as ASCII: 'ＩＢＭ中国（上海）' sorts, and is a duplicate, as 'IBM中国(上海)'."""
    text = half_width(text).strip()
    parts: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        syllable = _char(ch)
        if syllable is None:
            parts.append(ch.lower())
            i += 1
            continue
        if i == 0 and ch in _SURNAMES:
            parts.append(_SURNAMES[ch] + " ")
            i += 1
            continue
        pair = _pair(text[i:i + 2]) if i + 1 < n else None
        if pair is not None:
            parts.append(f"{pair[0]} {pair[1]} ")
            i += 2
        else:
            parts.append(syllable + " ")
            i += 1
    return "".join(parts).rstrip()


def _syllables(run: str, at_start: bool) -> list[str]:
    out: list[str] = []
    i, n = 0, len(run)
    while i < n:
        if i == 0 and at_start and run[0] in _SURNAMES:
            out.append(_SURNAMES[run[0]])
            i += 1
            continue
        pair = _pair(run[i:i + 2]) if i + 1 < n else None
        if pair is not None:
            out += pair
            i += 2
        else:
            out.append(_char(run[i]))
            i += 1
    return out


@lru_cache(maxsize=8192)  # an index row holds the name and the short name, most often the same text
def pinyin_tokens(text: str) -> str:
    """Search tokens for the Chinese in a name: per run of Chinese characters its full pinyin and its
    initials, each one word, so a prefix query finds it: '张三' -> 'zhangsan zs'; '北京华信' -> 'beijinghuaxin
    bjhx'. A surname read differently from its character (曾 zeng, not ceng) also gets the everyday
    reading, because people type either."""
    if not text:
        return ""
    tokens: list[str] = []
    run_start = None
    for i, ch in enumerate(text + "\0"):
        if ch != "\0" and _char(ch) is not None:
            if run_start is None:
                run_start = i
            continue
        if run_start is not None:
            run = text[run_start:i]
            for at_start in ((True, False) if run_start == 0 and run[0] in _SURNAMES else (run_start == 0,)):
                syllables = _syllables(run, at_start)
                full, initials = "".join(syllables), "".join(s[0] for s in syllables)
                for token in (full, initials):
                    if token not in tokens:
                        tokens.append(token)
            run_start = None
    return " ".join(tokens)


__all__ = ["pinyin_key", "pinyin_tokens"]
