"""Pinyin sort keys: checked against the standard table of the 8,105 general-use characters
(通用规范汉字表, most common reading, from mozillazg/pinyin-data in ../shared/data/conformance/pinyin)."""

import re

import pytest

from crm_desktop.domain.sort_keys import pinyin_key
from tests.shared_data import SHARED_DATA

TABLE = SHARED_DATA / "conformance/pinyin/kMandarin_8105.txt"


def _toneless(syllable: str) -> str:
    import unicodedata
    plain = "".join(c if not unicodedata.combining(c) else ("\u0308" if c == "\u0308" else "")
                    for c in unicodedata.normalize("NFD", syllable))
    return unicodedata.normalize("NFC", plain).replace("ü", "v")


def test_every_general_use_character_gets_its_most_common_reading():
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    table = [(chr(int(m[1], 16)), _toneless(m[2].split(",")[0]))
             for m in (re.match(r"U\+([0-9A-F]+): ([^ #]+)", line) for line in lines) if m]
    assert len(table) == 8105
    # Not at the start of the name, where the surname readings apply.
    wrong = [(ch, want, pinyin_key("x" + ch)[1:]) for ch, want in table if pinyin_key("x" + ch)[1:] != want]
    assert len(wrong) <= 8, wrong[:20]


@pytest.mark.parametrize("name, key", [
    ("张伟", "zhang wei"),
    ("重庆长安物流有限公司", "chong qing chang an wu liu you xian gong si"),  # phrases beat single readings
    ("银行行长", "yin hang hang zhang"),
    ("单雄信", "shan xiong xin"),  # surname readings at the start of a name
    ("曾国藩", "zeng guo fan"),
    ("绿地集团", "lv di ji tuan"),  # ü is typed v
    ("Brown Foods Ltd.", "brown foods ltd."),
    ("  华为 Huawei ", "hua wei  huawei"),
])
def test_known_names(name, key):
    assert pinyin_key(name) == key


def test_chinese_and_latin_names_interleave_in_pinyin_order():
    names = ["张伟", "Zhao Holdings", "阿里巴巴", "Brown Foods", "北京科技", "重庆物流", "Chen & Co", "安徽建工"]
    assert sorted(names, key=pinyin_key) == ["阿里巴巴", "安徽建工", "北京科技", "Brown Foods", "Chen & Co",
                                             "重庆物流", "张伟", "Zhao Holdings"]
