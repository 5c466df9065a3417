"""Words for the report codes: KPI keys, pane keys, series keys and the category codes a pane marks as codes
(`categories_are_codes`). The services hand out codes only; everything a person reads is translated here.
A code without a word shows as itself, so a new series never shows blank."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..tickets.model import CHANNELS, PRIORITIES, TYPES

CONTEXT = "reports"

KPIS = {
    "new_customers": QT_TRANSLATE_NOOP("reports", "New customers"),
    "follow_ups_done": QT_TRANSLATE_NOOP("reports", "Follow-ups done"),
    "follow_ups_overdue": QT_TRANSLATE_NOOP("reports", "Follow-ups overdue"),
    "pipeline_value": QT_TRANSLATE_NOOP("reports", "Pipeline value"),
    "pipeline_weighted": QT_TRANSLATE_NOOP("reports", "Weighted pipeline"),
    "forecast_month": QT_TRANSLATE_NOOP("reports", "Forecast this month"),
    "forecast_quarter": QT_TRANSLATE_NOOP("reports", "Forecast this quarter"),
    "contracts_signed": QT_TRANSLATE_NOOP("reports", "Contracts signed"),
    "payments_received": QT_TRANSLATE_NOOP("reports", "Payments received"),
    "receivables_overdue": QT_TRANSLATE_NOOP("reports", "Receivables overdue"),
    "open_tickets": QT_TRANSLATE_NOOP("reports", "Open tickets"),
    "sla_breaches": QT_TRANSLATE_NOOP("reports", "SLA breaches"),
    "satisfaction": QT_TRANSLATE_NOOP("reports", "Satisfaction"),
}
# Figures where more is worse: their trend arrow turns red going up.
WORSE_WHEN_UP = frozenset({"follow_ups_overdue", "receivables_overdue", "open_tickets", "sla_breaches"})

PANES = {
    "funnel": QT_TRANSLATE_NOOP("reports", "Sales funnel"),
    "revenue_trend": QT_TRANSLATE_NOOP("reports", "Revenue and payments by month"),
    "rep_ranking": QT_TRANSLATE_NOOP("reports", "Ranking by sales rep"),
    "department_ranking": QT_TRANSLATE_NOOP("reports", "Ranking by department"),
    "customers_by_industry": QT_TRANSLATE_NOOP("reports", "Customers by industry"),
    "customers_by_region": QT_TRANSLATE_NOOP("reports", "Customers by region"),
    "customers_by_level": QT_TRANSLATE_NOOP("reports", "Customers by level"),
    "customers_by_source": QT_TRANSLATE_NOOP("reports", "Customers by source"),
    "lead_conversion": QT_TRANSLATE_NOOP("reports", "Lead conversion by source"),
    "win_loss": QT_TRANSLATE_NOOP("reports", "Won and lost"),
    "loss_reasons": QT_TRANSLATE_NOOP("reports", "Reasons for losing"),
    "receivables_aging": QT_TRANSLATE_NOOP("reports", "Receivables aging"),
    "ticket_volume": QT_TRANSLATE_NOOP("reports", "Ticket volume"),
    "service_times": QT_TRANSLATE_NOOP("reports", "Response and resolution times"),
    "sla_compliance": QT_TRANSLATE_NOOP("reports", "SLA compliance"),
    "satisfaction_trend": QT_TRANSLATE_NOOP("reports", "Satisfaction trend"),
    "target_vs_actual": QT_TRANSLATE_NOOP("reports", "Target and actual"),
    "weighted_pipeline": QT_TRANSLATE_NOOP("reports", "Weighted pipeline"),
    "revenue_forecast": QT_TRANSLATE_NOOP("reports", "Revenue forecast"),
    "rfm_segments": QT_TRANSLATE_NOOP("reports", "RFM customer segments"),
}

SERIES = {
    "contract_amount": QT_TRANSLATE_NOOP("reports", "Contract amount"),
    "contracts": QT_TRANSLATE_NOOP("reports", "Contracts"),
    "payments": QT_TRANSLATE_NOOP("reports", "Payments received"),
    "revenue": QT_TRANSLATE_NOOP("reports", "Revenue"),
    "forecast": QT_TRANSLATE_NOOP("reports", "Forecast"),
    "target": QT_TRANSLATE_NOOP("reports", "Target"),
    "actual": QT_TRANSLATE_NOOP("reports", "Actual"),
    "completion": QT_TRANSLATE_NOOP("reports", "Completion"),
    "won": QT_TRANSLATE_NOOP("reports", "Won"),
    "lost": QT_TRANSLATE_NOOP("reports", "Lost"),
    "won_amount": QT_TRANSLATE_NOOP("reports", "Amount won"),
    "lost_amount": QT_TRANSLATE_NOOP("reports", "Amount lost"),
    "win_rate": QT_TRANSLATE_NOOP("reports", "Win rate"),
    "customers": QT_TRANSLATE_NOOP("reports", "Customers"),
    "new_customers": QT_TRANSLATE_NOOP("reports", "New customers"),
    "opportunities": QT_TRANSLATE_NOOP("reports", "Opportunities"),
    "amount": QT_TRANSLATE_NOOP("reports", "Amount"),
    "count": QT_TRANSLATE_NOOP("reports", "Count"),
    "weighted": QT_TRANSLATE_NOOP("reports", "Weighted amount"),
    "pipeline": QT_TRANSLATE_NOOP("reports", "Pipeline amount"),
    "leads": QT_TRANSLATE_NOOP("reports", "Leads"),
    "converted": QT_TRANSLATE_NOOP("reports", "Converted"),
    "conversion_rate": QT_TRANSLATE_NOOP("reports", "Conversion rate"),
    "receivable": QT_TRANSLATE_NOOP("reports", "Open amount"),
    "open_amount": QT_TRANSLATE_NOOP("reports", "Open amount"),
    "tickets": QT_TRANSLATE_NOOP("reports", "Tickets"),
    "created": QT_TRANSLATE_NOOP("reports", "Created"),
    "resolved": QT_TRANSLATE_NOOP("reports", "Resolved"),
    "response_avg": QT_TRANSLATE_NOOP("reports", "Average first response"),
    "response_median": QT_TRANSLATE_NOOP("reports", "Median first response"),
    "resolve_avg": QT_TRANSLATE_NOOP("reports", "Average resolution"),
    "resolve_median": QT_TRANSLATE_NOOP("reports", "Median resolution"),
    "response_minutes": QT_TRANSLATE_NOOP("reports", "First response"),
    "resolve_minutes": QT_TRANSLATE_NOOP("reports", "Resolution"),
    "sla_compliance": QT_TRANSLATE_NOOP("reports", "SLA compliance"),
    "satisfaction": QT_TRANSLATE_NOOP("reports", "Satisfaction"),
    "rated": QT_TRANSLATE_NOOP("reports", "Rated tickets"),
    "monetary": QT_TRANSLATE_NOOP("reports", "Spend"),
    "achieved": QT_TRANSLATE_NOOP("reports", "Achieved"),
    "average": QT_TRANSLATE_NOOP("reports", "Average"),
    "median": QT_TRANSLATE_NOOP("reports", "Median"),
    "breaches": QT_TRANSLATE_NOOP("reports", "SLA breaches"),
    "instalments": QT_TRANSLATE_NOOP("reports", "Instalments"),
}

CATEGORIES = {
    # Receivables aging buckets (domain.receivables.AGING_BUCKETS).
    "not_due": QT_TRANSLATE_NOOP("reports", "Not yet due"),
    "1_30": QT_TRANSLATE_NOOP("reports", "1–30 days late"),
    "31_60": QT_TRANSLATE_NOOP("reports", "31–60 days late"),
    "61_90": QT_TRANSLATE_NOOP("reports", "61–90 days late"),
    "over_90": QT_TRANSLATE_NOOP("reports", "Over 90 days late"),
    # Outcomes.
    "won": QT_TRANSLATE_NOOP("reports", "Won"),
    "lost": QT_TRANSLATE_NOOP("reports", "Lost"),
    "open": QT_TRANSLATE_NOOP("reports", "Open"),
    "none": QT_TRANSLATE_NOOP("reports", "None"),
    "unknown": QT_TRANSLATE_NOOP("reports", "Not given"),
    "other": QT_TRANSLATE_NOOP("reports", "Other"),
    # Service times.
    "response": QT_TRANSLATE_NOOP("reports", "First response"),
    "resolve": QT_TRANSLATE_NOOP("reports", "Resolution"),
    # RFM segments (services.report_figures.RFM_CODES).
    "important_value": QT_TRANSLATE_NOOP("reports", "Important, valuable"),
    "important_develop": QT_TRANSLATE_NOOP("reports", "Important, to develop"),
    "important_keep": QT_TRANSLATE_NOOP("reports", "Important, to keep"),
    "important_retain": QT_TRANSLATE_NOOP("reports", "Important, to win back"),
    "general_value": QT_TRANSLATE_NOOP("reports", "Ordinary, valuable"),
    "general_develop": QT_TRANSLATE_NOOP("reports", "Ordinary, to develop"),
    "general_keep": QT_TRANSLATE_NOOP("reports", "Ordinary, to keep"),
    "general_retain": QT_TRANSLATE_NOOP("reports", "Ordinary, to win back"),
}
# Ticket codes already have words in the service desk; the same words serve here.
_TICKET_WORDS = {**TYPES, **CHANNELS, **PRIORITIES}


def _word(table: dict, key: str) -> str:
    return QCoreApplication.translate(CONTEXT, table[key]) if key in table else key


def kpi_title(key: str) -> str:
    return _word(KPIS, key)


def pane_title(key: str) -> str:
    return _word(PANES, key)


def series_title(key: str) -> str:
    return _word(SERIES, key)


def category_title(code: str) -> str:
    if code in CATEGORIES:
        return _word(CATEGORIES, code)
    if code in _TICKET_WORDS:
        return QCoreApplication.translate("tickets", _TICKET_WORDS[code])
    return code


# The heading of a pane's category column (its table and its export).
COLUMNS = {
    "funnel": QT_TRANSLATE_NOOP("reports", "Stage"),
    "revenue_trend": QT_TRANSLATE_NOOP("reports", "Month"),
    "rep_ranking": QT_TRANSLATE_NOOP("reports", "Sales rep"),
    "department_ranking": QT_TRANSLATE_NOOP("reports", "Department"),
    "customers_by_industry": QT_TRANSLATE_NOOP("reports", "Industry"),
    "customers_by_region": QT_TRANSLATE_NOOP("reports", "Region"),
    "customers_by_level": QT_TRANSLATE_NOOP("reports", "Level"),
    "customers_by_source": QT_TRANSLATE_NOOP("reports", "Source"),
    "lead_conversion": QT_TRANSLATE_NOOP("reports", "Source"),
    "win_loss": QT_TRANSLATE_NOOP("reports", "Outcome"),
    "loss_reasons": QT_TRANSLATE_NOOP("reports", "Reason"),
    "receivables_aging": QT_TRANSLATE_NOOP("reports", "Overdue"),
    "target_vs_actual": QT_TRANSLATE_NOOP("reports", "Sales rep"),
    "weighted_pipeline": QT_TRANSLATE_NOOP("reports", "Stage"),
    "rfm_segments": QT_TRANSLATE_NOOP("reports", "Segment"),
    "service_times": QT_TRANSLATE_NOOP("reports", "Measure"),
}
TIME_COLUMN = QT_TRANSLATE_NOOP("reports", "Period")
OTHER_COLUMN = QT_TRANSLATE_NOOP("reports", "Category")
NOTES = {
    "mape": QT_TRANSLATE_NOOP("reports", "Forecast error (MAPE, %)"),
    "total": QT_TRANSLATE_NOOP("reports", "Total"),
    "win_rate": QT_TRANSLATE_NOOP("reports", "Win rate (%)"),
    "conversion_rate": QT_TRANSLATE_NOOP("reports", "Conversion rate (%)"),
    "volume": QT_TRANSLATE_NOOP("reports", "Tickets raised"),
    "resolved": QT_TRANSLATE_NOOP("reports", "Tickets resolved"),
    "level": QT_TRANSLATE_NOOP("reports", "Band level (%)"),
    "history_months": QT_TRANSLATE_NOOP("reports", "Months of history"),
}


def column_title(pane_key: str, time_axis: bool = False) -> str:
    if pane_key in COLUMNS:
        return _word(COLUMNS, pane_key)
    return QCoreApplication.translate(CONTEXT, TIME_COLUMN if time_axis else OTHER_COLUMN)


def note_title(key: str) -> str:
    return _word(NOTES, key)


def export_labels() -> dict:
    """The words report_export.write_pdf / write_xlsx print (its DEFAULT_LABELS keys), translated."""
    def t(text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)
    return {
        "page": t(QT_TRANSLATE_NOOP("reports", "Page {page} of {pages}")),
        "phone": t(QT_TRANSLATE_NOOP("reports", "Tel. {phone}")),
        "tax_number": t(QT_TRANSLATE_NOOP("reports", "Tax No. {tax_number}")),
        "category": t(OTHER_COLUMN),
        "lower": t(QT_TRANSLATE_NOOP("reports", "{series} (low)")),
        "upper": t(QT_TRANSLATE_NOOP("reports", "{series} (high)")),
        "band": t(QT_TRANSLATE_NOOP("reports", "{series} range")),
        "no_data": t(QT_TRANSLATE_NOOP("reports", "No data")),
        "other": t(CATEGORIES["other"]),
        "notes": {key: t(text) for key, text in NOTES.items()},
    }
