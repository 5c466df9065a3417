"""Monthly revenue forecast: a 6-month backtest on CDNOW's monthly revenue, and the band's contract."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.analytics.forecast import (
    backtest,
    backtest_mape,
    monthly_forecast,
    monthly_totals,
)
from crm_desktop.analytics.rfm import load_cdnow
from tests.shared_data import SHARED_DATA, require

CDNOW = SHARED_DATA / "datasets" / "lifetimes-cdnow"


@pytest.fixture(scope="module")
def revenue():
    path = CDNOW / "CDNOW_master.txt"
    require(path)
    return monthly_totals((t.date, t.amount) for t in load_cdnow(path))


def test_monthly_totals_cover_every_month(revenue):
    assert [m for m, _ in revenue][:2] == [date(1997, 1, 1), date(1997, 2, 1)] and len(revenue) == 18
    assert sum(v for _, v in revenue) == pytest.approx(2_500_315.63, abs=0.01)
    assert monthly_totals([(date(2024, 1, 5), 1), (date(2024, 3, 9), 2)]) == [
        (date(2024, 1, 1), 1.0), (date(2024, 2, 1), 0.0), (date(2024, 3, 1), 2.0),
    ]  # fmt: skip


def test_six_month_backtest_beats_the_last_value_by_far(revenue):
    result = backtest(revenue, 6)
    assert result.forecast.model == "ETS(A,Ad,N) on log revenue"
    # Measured: 10.5 %. The last-value forecast (1997-12 repeated) scores 27.6 % on the same months.
    naive = sum(abs(a - revenue[11][1]) / a for a in result.actual) / 6 * 100
    assert naive == pytest.approx(27.55, abs=0.01)
    assert result.mape < 15 and result.mape < naive / 2
    assert result.coverage >= 5 / 6  # an 80 % band should hold most of the six months
    assert backtest_mape(revenue, 6) == result.mape


def test_forecast_band_and_months(revenue):
    forecast = monthly_forecast(revenue, 6, level=0.95)
    assert [p.month for p in forecast.points] == [date(1998, m, 1) for m in range(7, 13)]
    assert all(0 < p.lower < p.value < p.upper for p in forecast.points)
    narrow = monthly_forecast(revenue, 6, level=0.8)
    assert all(n.upper - n.lower < w.upper - w.lower for n, w in zip(narrow.points, forecast.points))
    # Uncertainty grows with the horizon: the band is symmetric on the log scale, so its ratio widens (its
    # width in money can shrink while the damped trend lowers the level).
    ratios = [p.upper / p.lower for p in forecast.points]
    assert ratios == sorted(ratios) and ratios[0] < ratios[-1]


def test_short_and_odd_series():
    level_only = monthly_forecast([100.0, 120.0, 90.0, 110.0, 105.0], 2)
    assert level_only.model == "ETS(A,N,N) on log revenue" and len(level_only.points) == 2
    with_zero = monthly_forecast([0.0, 50.0, 40.0, 60.0], 1)
    assert with_zero.model == "ETS(A,N,N)"
    with pytest.raises(ValueError):
        monthly_forecast([1.0, 2.0], 1)
    with pytest.raises(ValueError):
        backtest([1.0, 2.0, 3.0], 3)
