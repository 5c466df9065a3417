"""What the reports hand out: key figures (KPI tiles) and panes (one chart and the table behind it).

One generic shape for every report keeps three consumers apart and simple: the chart panes (ui/charts) draw
any pane from its chart kind, categories and series; the PDF and Excel exports (crm_desktop/reports) print the
same pane as a picture and a table; the benchmark times the service that fills them. Keys are codes (no
translated text below the UI); categories are data (stage names, rep names, months) unless
`categories_are_codes` says the UI words them (ticket types, aging buckets, RFM segments).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

Number = Decimal | int | float


@dataclass(frozen=True)
class ReportFilter:
    """The period [start, end) as local dates, and optional narrowing. Scope is never a filter: the service
    always applies the viewer's data scope on top."""
    start: date
    end: date
    owner_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None
    product_id: uuid.UUID | None = None


@dataclass(frozen=True)
class Series:
    key: str  # a code the UI words: "contract_amount", "payments", "forecast", "won", "lost", ...
    values: tuple[Number | None, ...]  # one per category of the pane
    unit: str = "count"  # "count", "CNY" (yuan, exact Decimal), "percent" (0-100), "minutes", "score", "days"
    lower: tuple[Number | None, ...] | None = None  # an uncertainty band, where the series has one
    upper: tuple[Number | None, ...] | None = None


@dataclass(frozen=True)
class Pane:
    key: str  # "funnel", "revenue_trend", ... (REPORT_PANES)
    chart: str  # "bar", "hbar", "line", "pie", "funnel"
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    categories_are_codes: bool = False
    time_axis: bool = False  # categories are months "2026-01" or days "2026-01-31", in order (zoomable)
    # Per category, the filter of the list behind it (for drill-down): e.g. ("customers", {"industry": "IT"}).
    drill: tuple[tuple[str, dict], ...] | None = None
    notes: tuple[tuple[str, Number], ...] = field(default_factory=tuple)  # extra figures: ("mape", 10.5)


@dataclass(frozen=True)
class Kpi:
    key: str  # KPI_KEYS
    value: Number | None  # None: nothing to measure yet (no rated tickets, say)
    unit: str = "count"
    previous: Number | None = None  # the same figure over the period before, for the trend arrow
    # The list behind the tile: a screen key and its filter ("customers", {"created_from": "2026-11-01"}).
    drill: tuple[str, dict] | None = None


KPI_KEYS = ("new_customers", "follow_ups_done", "follow_ups_overdue", "pipeline_value", "pipeline_weighted",
            "forecast_month", "forecast_quarter", "contracts_signed", "payments_received", "receivables_overdue",
            "open_tickets", "sla_breaches", "satisfaction")

REPORT_PANES = ("funnel", "revenue_trend", "rep_ranking", "department_ranking", "customers_by_industry",
                "customers_by_region", "customers_by_level", "customers_by_source", "lead_conversion", "win_loss",
                "loss_reasons", "receivables_aging", "ticket_volume", "service_times", "sla_compliance",
                "satisfaction_trend", "target_vs_actual", "weighted_pipeline", "revenue_forecast", "rfm_segments")
