"""Per-customer purchase summaries (frequency / recency / T / monetary value), RFM scores with the usual
eight named segments, and a simple customer lifetime value.

The summary follows the definitions of the `lifetimes` package's `summary_data_from_transaction_data`
(re-implemented here so the app does not depend on that unmaintained package):

* transactions after `observation_end` are ignored; the rest are grouped into periods (`freq`: "D" a
  calendar day, "W" a week starting Monday, like pandas' weekly periods) and each period's amounts summed;
* frequency = number of periods with a purchase minus one (the repeat purchase periods);
* recency = time from the first to the last purchase period, T = time from the first purchase period to
  the end of observation, both in periods divided by `freq_multiplier`;
* monetary value = mean of the repeat periods' sums (the first period excluded), 0 without repeats.

The CDNOW summary shipped with lifetimes (2,357 customers, weeks with two decimals) is reproduced exactly by
`freq="D", freq_multiplier=7, observation_end=1997-09-30` on the CDNOW sample: days divided by seven, not
pandas' whole weekly periods (those would make recency a whole number).

Amounts stay whatever numeric type the caller passes (Decimal for money, see domain/money.py), so sums and
means are exact. Dates are `datetime.date`s; a `datetime` is cut to its date.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any, NamedTuple


class Transaction(NamedTuple):
    customer_id: Hashable
    date: date
    amount: Any  # Decimal for money; any number works


@dataclass(frozen=True)
class CustomerSummary:
    frequency: int
    recency: float
    T: float
    monetary_value: Any  # mean repeat-period spend, in the amounts' type (0 without repeats)
    first_purchase: date
    last_purchase: date
    total_spend: Any  # every period's spend, the first included (RFM's M, CLV's order value)

    @property
    def periods_since_last_purchase(self) -> float:
        """RFM's "recency" (how long ago), which is not lifetimes' recency (how long the customer has been
        buying)."""
        return self.T - self.recency


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _period_start(day: date, freq: str) -> date:
    if freq == "D":
        return day
    if freq == "W":
        return day - timedelta(days=day.weekday())
    raise ValueError(f"freq must be 'D' or 'W', not {freq!r}")


def summary(
    transactions: Iterable[Transaction | tuple],
    *,
    observation_end: date | datetime,
    freq: str = "D",
    freq_multiplier: float = 1,
) -> dict[Hashable, CustomerSummary]:
    """Per customer: frequency, recency, T and monetary value as lifetimes defines them (module docstring).
    Customers whose first purchase is after `observation_end` are not in the result."""
    end = _period_start(_as_date(observation_end), freq)
    unit = (7 if freq == "W" else 1) * freq_multiplier
    spend: dict[Hashable, dict[date, Any]] = defaultdict(dict)
    for customer_id, when, amount in transactions:
        period = _period_start(_as_date(when), freq)
        if period > end:
            continue
        periods = spend[customer_id]
        periods[period] = periods[period] + amount if period in periods else amount
    result = {}
    for customer_id, periods in spend.items():
        ordered = sorted(periods)
        first, last = ordered[0], ordered[-1]
        repeats = [periods[p] for p in ordered[1:]]
        result[customer_id] = CustomerSummary(
            frequency=len(ordered) - 1,
            recency=(last - first).days / unit,
            T=(end - first).days / unit,
            monetary_value=sum(repeats) / len(repeats) if repeats else 0 * periods[first],
            first_purchase=first,
            last_purchase=last,
            total_spend=sum(repeats, periods[first]),
        )
    return result


# --- RFM scores and segments ------------------------------------------------------------------------------

# (R high, F high, M high) -> segment. "R high" means bought recently. The usual eight-way split of Chinese
# CRM practice (重要价值/发展/保持/挽留, 一般...): M decides 重要/一般, R and F the rest.
SEGMENTS: dict[tuple[bool, bool, bool], str] = {
    (True, True, True): "重要价值客户",
    (True, False, True): "重要发展客户",
    (False, True, True): "重要保持客户",
    (False, False, True): "重要挽留客户",
    (True, True, False): "一般价值客户",
    (True, False, False): "一般发展客户",
    (False, True, False): "一般保持客户",
    (False, False, False): "一般挽留客户",
}


@dataclass(frozen=True)
class RfmScore:
    recency: float  # periods since the last purchase (smaller is better)
    frequency: int  # purchase periods, the first included
    monetary: Any  # total spend in the observation period
    r_score: int  # 1-5, 5 = most recent
    f_score: int  # 1-5, 5 = most frequent
    m_score: int  # 1-5, 5 = highest spend
    segment: str

    @property
    def code(self) -> str:
        return f"{self.r_score}{self.f_score}{self.m_score}"


def quintile_scores(values: Mapping[Hashable, Any]) -> dict[Hashable, int]:
    """1-5 by mid-rank percentile: tied values share a score (most customers bought once; they all get the
    same F score instead of being spread over quintiles by an arbitrary tie-break), and without ties this is
    exactly quintiles."""
    ordered = sorted(values.values())
    n = len(ordered)
    scores: dict[Any, int] = {}
    i = 0
    while i < n:
        j = i
        while j < n and ordered[j] == ordered[i]:
            j += 1
        mid_rank = (i + j) / 2  # (values below) + (ties)/2
        scores[ordered[i]] = min(5, 1 + math.floor(5 * mid_rank / n))
        i = j
    return {key: scores[value] for key, value in values.items()}


def rfm_scores(summaries: Mapping[Hashable, CustomerSummary]) -> dict[Hashable, RfmScore]:
    """RFM from the summaries: R = periods since the last purchase, F = purchase periods, M = total spend.
    Quintile scores for ranking; the named segment compares each measure with its mean over these
    customers (the usual method: a skewed M makes "above the median" too generous)."""
    if not summaries:
        return {}
    r = {k: s.periods_since_last_purchase for k, s in summaries.items()}
    f = {k: s.frequency + 1 for k, s in summaries.items()}
    m = {k: s.total_spend for k, s in summaries.items()}
    # Recency scores the other way round: the smaller, the better.
    r_scores = {k: 6 - v for k, v in quintile_scores(r).items()}
    f_scores, m_scores = quintile_scores(f), quintile_scores(m)
    n = len(summaries)
    r_mean, f_mean = sum(r.values()) / n, sum(f.values()) / n
    m_mean = sum(m.values()) / n
    return {
        k: RfmScore(
            recency=r[k],
            frequency=f[k],
            monetary=m[k],
            r_score=r_scores[k],
            f_score=f_scores[k],
            m_score=m_scores[k],
            segment=SEGMENTS[(r[k] < r_mean, f[k] > f_mean, m[k] > m_mean)],
        )
        for k in summaries
    }


# --- a simple CLV -----------------------------------------------------------------------------------------


def simple_clv(customer: CustomerSummary, horizon: float, *, margin: Decimal | float = 1) -> Any:
    """Expected spend over the next `horizon` periods (same unit as T), times `margin`:

        CLV = average order value × (frequency / T) × horizon × margin

    average order value = total spend / purchase periods; frequency / T is the observed repeat rate since
    the first purchase (a Poisson rate estimate). Deliberately simple: it assumes every customer stays
    active at their past rate (no dropout, unlike BG/NBD), so it overstates lapsed customers; customers
    with no repeat purchase or T = 0 get 0."""
    if customer.frequency == 0 or customer.T <= 0:
        return 0 * customer.total_spend
    average_order = customer.total_spend / (customer.frequency + 1)
    rate = customer.frequency / customer.T
    if isinstance(average_order, Decimal):
        return average_order * Decimal(str(rate * horizon)) * Decimal(str(margin))
    return average_order * rate * horizon * margin


# --- CDNOW ------------------------------------------------------------------------------------------------


def load_cdnow(path: str | Path) -> list[Transaction]:
    """The CDNOW purchase log in either shipped layout: CDNOW_master.txt (header; customer, yyyymmdd, CDs,
    dollars) or CDNOW_sample.txt (no header; master id, sample id 1..2357, yyyymmdd, CDs, dollars; the
    sample id is the one the shipped summaries use). Amounts are Decimal."""
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields or not fields[0].isdigit():
                continue  # the master file's header
            if len(fields) == 5:
                customer, day, amount = int(fields[1]), fields[2], fields[4]
            elif len(fields) == 4:
                customer, day, amount = int(fields[0]), fields[1], fields[3]
            else:
                raise ValueError(f"unexpected CDNOW line: {line!r}")
            rows.append(Transaction(customer, date(int(day[:4]), int(day[4:6]), int(day[6:])), Decimal(amount)))
    return rows
