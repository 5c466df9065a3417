"""Printing benchmark rows as a table or as {"rows": [...]} JSON."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass


@dataclass
class Row:
    name: str
    value: float
    floor: float | None
    unit: str
    target: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor in (None, 0):
            return None
        return round(self.value / self.floor, 2)

    def as_json(self) -> dict:
        # Four significant digits: a floor of a few milliseconds written in seconds keeps its precision, so
        # value / floor read back from the JSON is the ratio printed beside them.
        return {"name": self.name, "value": float(f"{self.value:.4g}"),
                "floor": None if self.floor is None else float(f"{self.floor:.4g}"), "ratio": self.ratio,
                "unit": self.unit}


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    return statistics.quantiles(ordered, n=100, method="inclusive")[int(p) - 1]


def render(rows: list[Row], as_json: bool, header: str = "") -> str:
    if as_json:
        return json.dumps({"rows": [r.as_json() for r in rows]}, ensure_ascii=False)
    lines = [header] if header else []
    lines.append(f"| {'figure':<38} | {'value':>10} | {'raw floor':>10} | {'ratio':>6} | {'unit':<5} | target")
    lines.append(f"|{'-' * 40}|{'-' * 12}|{'-' * 12}|{'-' * 8}|{'-' * 7}|--------")
    for r in rows:
        floor = "" if r.floor is None else f"{r.floor:.3f}"
        ratio = "" if r.ratio is None else f"{r.ratio:.2f}"
        lines.append(f"| {r.name:<38} | {r.value:>10.3f} | {floor:>10} | {ratio:>6} | {r.unit:<5} | {r.target}")
    return "\n".join(lines)
