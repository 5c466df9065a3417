"""Churn risk scoring on a real SQLite history written through the services: customers that went invalid or
stopped buying after the cut-off are the churned examples, regularly followed-up repeat buyers the retained
ones. Training stores a JSON model that scores like the fitted scikit-learn pipeline; scores rank churners
above retained customers and name real features; too little history is refused with a code; the user's data
scope bounds both the training set and what may be scored."""

from __future__ import annotations

import json
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from crm_desktop.analytics.churn_model import train_churn_model
from crm_desktop.data.models import Customer
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.services.churn import ChurnService
from crm_desktop.services.churn_scoring import (
    FEATURES,
    ChurnScoringError,
    ChurnScoringService,
    StoredModel,
    combine,
    feature_sets,
    risk_level,
)
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.receivables import ReceivableService

NOW = datetime(2026, 11, 1, 9, 0)  # the conftest clock's start: the cut-off is 180 days before it
CUT_OFF = NOW - timedelta(days=180)


def at(db, when: datetime) -> None:
    """Move the database's clock (conftest.TickingClock) so records are written at `when`."""
    db.now.current = when


def build_history(db, churned: int = 12, retained: int = 14) -> dict[str, list[uuid.UUID]]:
    """Customers created months apart, well before the cut-off. Churners: a few follow-ups that mostly stop
    months before the cut-off, one contract in the year before it (every other one with an instalment left
    unpaid), none after; every other one is then marked invalid after the cut-off. Retained: a follow-up
    every two (some: four) months up to ten-odd days ago and contracts before and after the cut-off, paid on
    time. Plus a customer that only began after the cut-off and one
    that went invalid before it: neither is an example."""
    actor = ensure_local_user(db)
    customers, contracts, money = CustomerService(db, actor), ContractService(db, actor), ReceivableService(db, actor)
    out: dict[str, list[uuid.UUID]] = {"churned": [], "retained": [], "young": [], "gone": []}

    def customer(name: str, when: datetime, **values) -> uuid.UUID:
        at(db, when)
        cid, _changes = customers.create({"name": name, **values})
        return cid

    def contract(cid, signed: date, cents: int, *, paid: bool = True, unpaid_due: date | None = None):
        at(db, datetime.combine(signed, datetime.min.time()) + timedelta(hours=10))
        contract_id, _ = contracts.create({"title": "年度服务合同", "customer_id": cid, "amount": cents,
                                           "signed_on": signed})
        half = cents // 2
        first, _ = money.add_plan(contract_id, {"amount": half, "due_on": signed + timedelta(days=30)})
        if paid:
            money.record_payment(contract_id, {"amount": half, "plan_id": first,
                                               "received_on": signed + timedelta(days=28)})
        if unpaid_due is not None:
            money.add_plan(contract_id, {"amount": cents - half, "due_on": unpaid_due})

    for i in range(churned):
        created = datetime(2024, 9, 1, 9) + timedelta(days=23 * i)
        cid = customer(f"流失客户{i:02d}", created, level="C" if i % 3 else "B")
        follow_ups = [created + timedelta(days=20), datetime(2025, 9, 1), datetime(2026, 1, 10) + timedelta(days=i)]
        if i % 4 == 3:  # some were still being called shortly before the cut-off
            follow_ups.append(CUT_OFF - timedelta(days=12))
        for when in follow_ups:
            customers.add_activity(cid, "phone", "电话沟通，客户暂无新需求", happened_at=when)
        contract(cid, date(2025, 8, 15) + timedelta(days=i), 500_000 + 1_000 * i,
                 unpaid_due=date(2026, 3, 1) if i % 2 else None)
        if i % 2 == 0:
            at(db, datetime(2026, 7, 1) + timedelta(days=i))
            customers.update(cid, {"status": "invalid"})
        out["churned"].append(cid)
    for j in range(retained):
        created = datetime(2024, 9, 10, 9) + timedelta(days=21 * j)
        cid = customer(f"忠诚客户{j:02d}", created, level="A" if j % 3 else "B", status="closed")
        every, times = (120, 5) if j % 4 == 0 else (60, 9)  # some are visited less often
        for k in range(times):
            customers.add_activity(cid, "visit", "上门拜访，续约意向明确",
                                   happened_at=NOW - timedelta(days=10 + j + every * k))
        for signed in (date(2025, 8, 20), date(2026, 3, 20), date(2026, 8, 20)):
            contract(cid, signed + timedelta(days=j), 800_000 + 2_000 * j)
        out["retained"].append(cid)
    out["young"].append(customer("新客户", datetime(2026, 9, 1)))
    gone = customer("早已无效客户", datetime(2025, 5, 1))
    at(db, datetime(2025, 12, 1))
    customers.update(gone, {"status": "invalid"})
    out["gone"].append(gone)
    at(db, NOW)
    return out


@pytest.fixture
def history(db):
    return build_history(db)


@pytest.fixture
def scoring(db, history):
    return ChurnScoringService(db, ensure_local_user(db))


def test_the_label_follows_what_happened_after_the_cut_off(db, history, scoring):
    ids, rows, target = scoring.examples()
    label = dict(zip(ids, target, strict=True))
    assert set(label) == set(history["churned"]) | set(history["retained"])  # not the young nor the gone
    assert {c for c, y in label.items() if y} == set(history["churned"])
    # Features are as of the cut-off: the churners' contracts are there, the retained ones' later contract not.
    by_id = dict(zip(ids, rows, strict=True))
    churner, keeper = by_id[history["churned"][1]], by_id[history["retained"][0]]
    assert churner["contracts_365"] == 1 and keeper["contracts_365"] == 2
    assert churner["overdue_amount"] == (501_000 - 501_000 // 2) / 100  # the instalment due 2026-03-01
    assert keeper["overdue_amount"] == 0
    assert churner["days_since_follow_up"] == (CUT_OFF - datetime(2026, 1, 11)).days
    assert churner["relationship_days"] == (CUT_OFF - datetime(2024, 9, 24, 9)).days
    assert keeper["follow_ups_90"] >= 1 and churner["follow_ups_90"] == 0


def test_training_stores_a_json_model_that_scores_like_the_fitted_pipeline(db, scoring):
    result = scoring.train()
    assert result.churned == 12 and result.retained == 14
    assert result.n_train + result.n_test == 26 and result.n_test == 7
    assert 0.5 < result.auc <= 1.0
    assert result.trained_at.date() == NOW.date()

    stored_text = db.meta("churn_model:" + scoring.actor.user_id.hex)
    stored = json.loads(stored_text)  # JSON, not a pickle
    assert stored["format"] == 1 and stored["auc"] == result.auc
    assert stored["churned"] == 12 and stored["retained"] == 14
    # Every feature but the ticket satisfaction (no ticket was rated: nothing to learn from).
    assert set(stored["features"]) == set(FEATURES) - {"satisfaction"}
    assert len(stored["coefficients"]) == len(stored["column_means"])
    model = StoredModel.from_json(stored_text)
    assert model.to_json() == stored_text
    assert scoring.model_info() == result

    # A value beyond what training saw counts as the edge of it (no linear extrapolation).
    oldest = model.ranges["relationship_days"][1]
    row = {"relationship_days": oldest}
    assert model.probability({"relationship_days": oldest * 10}) == model.probability(row)
    assert model.probability({"relationship_days": oldest / 2}) != model.probability(row)

    # The stored numbers evaluate exactly as the scikit-learn pipeline they came from.
    _ids, rows, target = scoring.examples()
    categorical, numeric, log_numeric = feature_sets(rows)
    fitted = train_churn_model(rows, target, categorical=categorical, numeric=numeric, log_numeric=log_numeric,
                               folds=5)
    again = StoredModel.from_churn_model(fitted, rows, churned=12, retained=14, horizon_days=180)
    assert again.coefficients == pytest.approx(model.coefficients)
    for row, p in zip(rows, fitted.predict_proba(rows), strict=True):
        assert again.probability(row) == pytest.approx(p, abs=1e-9)
        ours = again.contributions(row)
        theirs = fitted.contributions(row)
        assert ours.keys() == theirs.keys()
        assert all(ours[k] == pytest.approx(theirs[k], abs=1e-9) for k in ours)


def test_scores_rank_churners_above_retained_customers_and_name_real_features(db, history, scoring):
    before = scoring.score(history["retained"][0])
    assert before.rule_based and before.model_trained_at is None and before.factors == ()
    ChurnService(db, scoring.actor).set_rules(30, 0)  # contracts do not move a customer's last deal
    scoring.train()
    # Live churners (not the ones already marked invalid) against retained customers, as of now.
    live = history["churned"][1::2]
    risky = scoring.scores(live)
    safe = scoring.scores(history["retained"])
    assert min(s.probability for s in risky.values()) > max(s.probability for s in safe.values())
    assert all(s.level == "high" for s in risky.values())
    assert all(s.level == "low" and not s.rule_flags for s in safe.values())
    one = risky[live[0]]
    assert not one.rule_based and one.model_trained_at is not None
    assert 1 <= len(one.factors) <= 4
    assert all(f.feature in FEATURES and f.contribution > 0 for f in one.factors)
    assert [f.contribution for f in one.factors] == sorted((f.contribution for f in one.factors), reverse=True)
    # A factor carries the customer's own value of the feature, as of now (churner 1: called last on
    # 2026-01-11, one contract of 5,010.00 signed 2025-08-16, half paid, the other half overdue).
    days = (NOW - datetime(2026, 1, 11)).days
    known = {"days_since_follow_up": days, "follow_ups_90": 0, "follow_ups_180": 0, "contracts_365": 0,
             "days_since_contract": (NOW - datetime(2025, 8, 16)).days, "contract_amount": 5010.0,
             "payment_amount": 2505.0, "overdue_amount": 2505.0, "level": "C"}
    assert sum(f.feature in known for f in one.factors) >= 2
    assert all(f.value == known[f.feature] for f in one.factors if f.feature in known)
    # The rules flag a customer not followed up for 30 days: its risk is at least the rules' floor.
    assert ("no_follow_up", days) in one.rule_flags
    assert one.risk >= combine(None, len(one.rule_flags))


def test_without_a_model_the_risk_is_the_rules(db, history, scoring):
    admin = ChurnService(db, scoring.actor)
    admin.set_rules(30, 0, overdue_receivables=True)
    flagged = scoring.score(history["churned"][1])  # no follow-up since January, an overdue instalment
    assert flagged.rule_based
    assert dict(flagged.rule_flags).keys() == {"no_follow_up", "overdue_receivable"}
    assert flagged.risk == combine(None, 2) and flagged.level == risk_level(flagged.risk) == "high"
    calm = scoring.score(history["retained"][0])
    assert calm.rule_flags == () and calm.risk == combine(None, 0) and calm.level == "low"


def test_too_little_history_is_refused_with_a_code(db):
    actor = ensure_local_user(db)
    build_history(db, churned=3, retained=14)
    scoring = ChurnScoringService(db, actor)
    with pytest.raises(ChurnScoringError) as caught:
        scoring.train()
    assert caught.value.code == "too_few_examples"
    assert caught.value.args_map == {"churned": 3, "retained": 14, "needed": 10}
    assert scoring.model() is None and db.meta("churn_model:" + actor.user_id.hex) is None


def test_a_model_the_app_cannot_read_falls_back_to_the_rules(db, history, scoring):
    db.set_meta("churn_model:" + scoring.actor.user_id.hex, json.dumps({"format": 99}))
    assert scoring.model() is None
    assert scoring.score(history["retained"][0]).rule_based


def test_scope_bounds_the_training_set_and_the_scores(demo_db):
    from tests.data.test_access import as_user

    admin = ChurnScoringService(demo_db, as_user(demo_db, "admin").actor)
    lina_customers = as_user(demo_db, "lina")
    lina = ChurnScoringService(demo_db, lina_customers.actor)
    with demo_db.connect() as conn:
        owned = {r[0] for r in conn.execute(select(Customer.id).where(
            Customer.deleted_at.is_(None),
            (Customer.owner_id == lina.actor.user_id) | (Customer.previous_owner_id == lina.actor.user_id)))}
        other = conn.execute(select(Customer.id).where(Customer.deleted_at.is_(None),
                                                       Customer.owner_id.is_not(None),
                                                       Customer.owner_id != lina.actor.user_id)).scalars().first()
    lina_ids = set(lina.examples()[0])
    all_ids = set(admin.examples()[0])
    assert lina_ids and lina_ids <= owned
    assert lina_ids < all_ids
    mine = next(iter(lina_ids & {c for c in owned}))
    assert lina.score(mine).customer_id == mine
    with pytest.raises(PermissionDenied):
        lina.score(other)
    with pytest.raises(PermissionDenied):
        lina.scores([mine, other])
    # Each user's model is their own.
    assert lina._meta_key != admin._meta_key
