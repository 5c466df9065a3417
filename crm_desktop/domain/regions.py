"""China's administrative divisions (province > city > district) for the address fields: the bundled list
in resources/regions (built from cpca's adcodes, MIT; see build_divisions.py there)."""

from __future__ import annotations

import json
from functools import lru_cache

from ..paths import resource


@lru_cache(maxsize=1)
def divisions() -> dict[str, dict[str, list[str]]]:
    return json.loads(resource("regions", "cn_divisions.json").read_text(encoding="utf-8"))


def provinces() -> list[str]:
    return list(divisions())


def cities(province: str) -> list[str]:
    return list(divisions().get(province, {}))


def districts(province: str, city: str) -> list[str]:
    return list(divisions().get(province, {}).get(city, []))


__all__ = ["divisions", "provinces", "cities", "districts"]
