"""The churn risk in the customer's 360° view (risk, level, worded factors, what scored it, RFM value) loaded on
the database lane, and "Retrain churn model" on the churn warning screen: it trains in the background with
progress and reports the held-out AUC and the sample counts, or says why it could not."""

from __future__ import annotations

from decimal import Decimal

from crm_desktop.services.churn_scoring import ChurnScoringService
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.customer_value import CustomerValueService
from crm_desktop.services.customers import CustomerService
from crm_desktop.ui.bus import ChangeBus
from crm_desktop.ui.customers.churn import ChurnScreen
from crm_desktop.ui.customers.form import CustomerDialog
from tests.data.test_churn_scoring import build_history


def _dialog(qtbot, service, customer_id, tasks) -> CustomerDialog:
    dialog = CustomerDialog(service, ChangeBus(), customer_id, service.filter_options(), tasks=tasks)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "/ 100" in dialog.churn_risk_label.text(), timeout=10000)
    return dialog


def test_the_360_view_shows_the_churn_risk_its_factors_and_the_value(qtbot, db, tasks):
    history = build_history(db)
    service = CustomerService(db, ensure_local_user(db))
    scoring = ChurnScoringService(db, service.actor)

    before = _dialog(qtbot, service, history["churned"][1], tasks)
    assert "Rule-based" in before.churn_model_label.text()
    assert before.churn_factors_label.text() == "none"
    assert "no follow-up for" in before.churn_rules_label.text()

    trained = scoring.train()
    expected = scoring.score(history["churned"][1])
    dialog = _dialog(qtbot, service, history["churned"][1], tasks)
    assert dialog.churn_risk_label.text() == f"{expected.risk} / 100"
    assert dialog.churn_level_label.text() == "High"
    assert trained.trained_at.strftime("%Y-%m-%d %H:%M") in dialog.churn_model_label.text()
    lines = dialog.churn_factors_label.text().split("\n")
    assert len(lines) == len(expected.factors) >= 1
    # Each factor is worded with the customer's own value, in the model's order.
    for line, factor in zip(lines, expected.factors, strict=True):
        assert line == dialog._factor_text(factor.feature, factor.value)
        assert not line.startswith(factor.feature)  # worded, not the code
    # The value block: churner 1 paid 2,505.00 on one day, so no repeat purchase and no lifetime value yet.
    value = CustomerValueService(db, service.actor).value(history["churned"][1])
    assert value.total == Decimal("2505.00")
    assert dialog.rfm_label.text().endswith(f"(R{value.r_score} F{value.f_score} M{value.m_score})")
    assert dialog.clv_label.text() == "¥0.00"

    loyal = _dialog(qtbot, service, history["retained"][0], tasks)
    assert loyal.churn_level_label.text() in ("Low", "Medium")
    assert int(loyal.churn_risk_label.text().split(" / ")[0]) < expected.risk
    assert loyal.clv_label.text().startswith("¥") and loyal.clv_label.text() != "¥0.00"


def test_retraining_from_the_churn_screen_reports_the_auc(qtbot, db, tasks):
    build_history(db)
    service = CustomerService(db, ensure_local_user(db))
    screen = ChurnScreen(service, tasks, ChangeBus())
    qtbot.addWidget(screen)
    assert "No churn model" in screen.model_label.text()
    progress = []
    shown = screen._training_progress
    screen._training_progress = lambda done, total: (progress.append((done, total)), shown(done, total))
    screen.show()
    screen.retrain_button.click()
    assert not screen.retrain_button.isEnabled() and screen.training_bar.isVisible()  # runs in the background
    assert "Training" in screen.model_label.text()
    qtbot.waitUntil(lambda: screen.retrain_button.isEnabled(), timeout=30000)
    assert progress[0] == (0, 3) and progress[-1] == (3, 3)
    info = ChurnScoringService(db, service.actor).model_info()
    assert info is not None
    text = screen.model_label.text()
    assert f"held-out AUC {info.auc:.2f} on {info.n_test} customers" in text
    assert f"{info.churned} churned and {info.retained} retained" in text
    assert screen.training_bar.isHidden()


def test_retraining_without_enough_history_says_why(qtbot, db, tasks):
    build_history(db, churned=2, retained=12)
    service = CustomerService(db, ensure_local_user(db))
    screen = ChurnScreen(service, tasks, ChangeBus())
    qtbot.addWidget(screen)
    screen.retrain_button.click()
    qtbot.waitUntil(lambda: screen.retrain_button.isEnabled(), timeout=30000)
    assert "Not enough history" in screen.model_label.text()
    assert "2 churned and 12 retained" in screen.model_label.text()
    assert ChurnScoringService(db, service.actor).model_info() is None
