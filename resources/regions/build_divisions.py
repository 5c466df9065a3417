"""Rebuild cn_divisions.json from cpca's adcodes.csv (cpca 0.5.5, MIT, LICENSE beside this file):
`pip download cpca==0.5.5 --no-deps`, unzip, then `python build_divisions.py path/to/adcodes.csv`.

Codes are the 12-digit administrative division codes: 2 digits province, 2 city, 2 district. The four
municipalities list their districts under a city of the same name (北京市 > 北京市 > 朝阳区), as forms and
the post do; placeholder names (市辖区, 县) are not places and are left out."""

import csv
import json
import sys
from pathlib import Path

PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def build(source: Path) -> dict:
    rows = sorted((r["adcode"][:6], r["name"]) for r in csv.DictReader(source.open(encoding="utf-8")))
    provinces: dict[str, dict] = {}
    names = dict(rows)
    for code, name in rows:
        if name in PLACEHOLDERS:
            continue
        p, c, d = code[:2], code[2:4], code[4:6]
        province = names.get(p + "0000")
        if c == "00" and d == "00":
            provinces.setdefault(name, {})
        elif d == "00":
            provinces.setdefault(province, {}).setdefault(name, [])
        else:
            city = names.get(p + c + "00")
            if city is None or city in PLACEHOLDERS:
                city = province
            provinces.setdefault(province, {}).setdefault(city, []).append(name)
    return provinces


if __name__ == "__main__":
    out = Path(__file__).with_name("cn_divisions.json")
    out.write_text(json.dumps(build(Path(sys.argv[1])), ensure_ascii=False, indent=0), encoding="utf-8")
