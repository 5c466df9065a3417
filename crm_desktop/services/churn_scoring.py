"""Churn risk scoring (流失风险评分): a 0-100 risk per customer that joins the churn-warning rules
(services/churn.py) with a logistic regression trained on this replica's own history, explained by the
features that raise it most.

**What counts as churned (the label).** A customer churned when, inside an observation window, the CRM
records one of the ways a relationship ends in it:

* its status was set to "invalid" (无效客户: the rep gave up on it), or
* it was released to a public pool (公海: nobody owns it any more), or
* it had signed a contract in the year before the window and signed none inside it (a buyer who stopped
  buying).

Features and label come from two different times, so the label cannot be read off the features: the
features are computed *as of* a cut-off `T0 = now - horizon` from the history before it, and the label is
whether the customer churned in `(T0, now]`. Only customers whose relationship had started before `T0`
(created, first followed up or first contracted; imported records can be older than their row) and that had
not already churned by `T0` take part. Scoring then computes the same features as of now, so the
probability reads "churns within the next `horizon` days" (180 by default). The first two kinds are the
CRM's own verdicts (a rep's decision, a pool rule or a release); the third is the behavioural one a sales
team means by 流失 for repeat buyers. The status change is dated by the journal (the row's `updated_at`
when the journal does not have it, e.g. a record pulled from the server), the release by `released_at`.

**Features** (per customer, one SQL pass of correlated aggregates, within the reader's data scope and only
from modules they may view): days since the last follow-up, follow-ups in the last 90 and 180 days, days
since the last contract, contracts in the last year, contract and payment totals, the overdue receivable
amount (instalments due and not paid by then, from the payments dated before it), open tickets, complaints
in the last 180 days, the average ticket satisfaction, the relationship's age, level and customer type.
Skewed counts of days and money are log-transformed (analytics/churn_model.py).

**Training** (`train`) fits analytics/churn_model's tuned logistic regression on the customers the user
may see, measures the AUC on a held-out quarter, and stores the fitted model as JSON in the replica's
`local_meta` table (coefficients, intercept, imputation medians, scaler means and scales, one-hot
categories, feature names, training date, AUC, sample counts): per-replica, per-user state, not a business
record, so it is neither journaled nor synced, and no pickle is ever loaded. Scoring evaluates that JSON
in plain Python (`StoredModel`), identical to the fitted pipeline on anything inside the training range; a
numeric value beyond the range seen in training is taken at its edge (every customer is older at scoring
time than at the cut-off, and a linear model would otherwise extrapolate one feature to 0 or 100). Each
user has their own stored model (key `churn_model:<user id>`): one trained on a manager's wider scope is
not read by a rep sharing the replica.

**Combining rules and model** (`score`): risk = max(model probability × 100, the rules' floor). The rules
are thresholds an administrator chose; a customer they flag is never shown below "medium" (one rule:
at least 50, two: 70, three: 85), while the model ranks everyone, flagged or not, and may put a customer
the rules miss at high risk. Levels: low < 40 <= medium < 70 <= high. Without a trained model the risk is
the rules' floor alone (10 when no rule flags the customer) and `model_trained_at` is None: the UI says
the score is rule-based. The rule flags are exactly the warning list's (ChurnRules.flags on the customer's
own clocks, live customers outside a pool only); note that "no deal" reads `last_deal_at`, which a won
opportunity or the closed-deal status moves, a signed contract not (yet).
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, false, func, or_, select

from ..analytics.churn_model import MISSING, train_churn_model
from ..data.models import (
    Activity,
    Contract,
    Customer,
    JournalEntry,
    Payment,
    ReceivablePlan,
    Ticket,
)
from ..domain.access import PermissionDenied
from ..domain.errors import CrmError, NotFound
from .base import UserService
from .churn import ChurnRules, read_rules

FORMAT = 1
HORIZON_DAYS = 180
LOOKBACK_DAYS = 365  # "had a contract in the year before the window"
MIN_PER_CLASS = 10  # fewer churned (or retained) customers than this: no model
TOP_FACTORS = 4

CATEGORICAL = ("level", "customer_type")
NUMERIC = ("follow_ups_90", "follow_ups_180", "contracts_365", "open_tickets", "complaints_180", "satisfaction")
LOG_NUMERIC = ("days_since_follow_up", "days_since_contract", "relationship_days", "contract_amount",
               "payment_amount", "overdue_amount")
FEATURES = CATEGORICAL + NUMERIC + LOG_NUMERIC
_CONTRACT_FEATURES = {"days_since_contract", "contracts_365", "contract_amount"}
_RECEIVABLE_FEATURES = {"payment_amount", "overdue_amount"}
_TICKET_FEATURES = {"open_tickets", "complaints_180", "satisfaction"}

RULE_FLOOR = {0: 10, 1: 50, 2: 70, 3: 85}  # without a model (0 flags: 10); with one, 0 flags add no floor
MEDIUM, HIGH = 40, 70


class ChurnScoringError(CrmError):
    """Codes: too_few_examples (churned, retained, needed): the history has too few churned or retained
    customers to train on."""

    code = "churn_scoring"


@dataclass(frozen=True)
class TrainingResult:
    trained_at: datetime
    auc: float  # ROC AUC on the held-out customers
    cv_auc: float  # cross-validated on the training part
    n_train: int
    n_test: int
    churned: int
    retained: int
    horizon_days: int


@dataclass(frozen=True)
class ChurnFactor:
    feature: str  # a code of FEATURES; the UI words it
    contribution: float  # to the log-odds of churn against an average customer (> 0 raises the risk)
    value: Any  # the customer's value of the feature (days, counts, yuan, a level)


@dataclass(frozen=True)
class ChurnScore:
    customer_id: uuid.UUID
    risk: int  # 0-100
    level: str  # low / medium / high
    factors: tuple[ChurnFactor, ...]  # the features raising the risk most, largest first (model only)
    rule_flags: tuple[tuple[str, int], ...]  # ChurnRules.flags: (rule, days)
    model_trained_at: datetime | None  # None: the score is rule-based
    probability: float | None = None  # the model's, before the rules' floor

    @property
    def rule_based(self) -> bool:
        return self.model_trained_at is None


def risk_level(risk: int) -> str:
    return "high" if risk >= HIGH else "medium" if risk >= MEDIUM else "low"


def combine(probability: float | None, flags: int) -> int:
    """The module docstring's rule: the model's percentage, never below the rules' floor."""
    if probability is None:
        return RULE_FLOOR[min(flags, 3)]
    floor = RULE_FLOOR[min(flags, 3)] if flags else 0
    return max(round(100 * probability), floor)


# --- the stored model: JSON evaluated with numpy --------------------------------------------------------


@dataclass(frozen=True)
class StoredModel:
    """A fitted logistic churn model as plain numbers (see `from_churn_model` for where each comes from)."""

    trained_at: datetime
    horizon_days: int
    auc: float
    cv_auc: float
    c: float
    n_train: int
    n_test: int
    churned: int
    retained: int
    categorical: dict[str, list[str]]  # feature -> its one-hot categories, in encoded order
    numeric: list[str]
    log_numeric: list[str]
    medians: dict[str, float]  # imputation of a missing numeric (before the log, as the pipeline does)
    means: dict[str, float]  # the scaler's, per numeric feature (after the log for log features)
    scales: dict[str, float]
    coefficients: list[float]  # one per encoded column: categoricals' one-hot columns, numeric, log numeric
    intercept: float
    column_means: list[float]  # the training mean of each encoded column (explanations)
    # Each numeric's smallest and largest value in training. A value beyond them is taken at the edge when
    # scoring: a logistic model extrapolates linearly, and every customer is older at scoring time than at
    # the cut-off, so an unclamped age (or a record amount) alone could push anyone to 0 or 100.
    ranges: dict[str, list[float]]

    @property
    def features(self) -> list[str]:
        return list(self.categorical) + self.numeric + self.log_numeric

    @property
    def column_owners(self) -> list[str]:
        owners = [f for f, cats in self.categorical.items() for _ in cats]
        return owners + self.numeric + self.log_numeric

    @classmethod
    def from_churn_model(cls, model, rows: Sequence[dict], *, churned: int, retained: int,
                         horizon_days: int) -> StoredModel:
        pre = model.explainer.named_steps["columntransformer"]
        lr = model.explainer.named_steps["logisticregression"]
        categorical: dict[str, list[str]] = {}
        medians, means, scales = {}, {}, {}
        numeric: list[str] = []
        log_numeric: list[str] = []
        for name, transformer, columns in pre.transformers_:
            if name == "categorical":
                for feature, cats in zip(columns, transformer.categories_, strict=True):
                    categorical[feature] = [str(c) for c in cats]
            elif name in ("numeric", "log_numeric"):
                imputer = transformer.named_steps["simpleimputer"]
                scaler = transformer.named_steps["standardscaler"]
                for i, feature in enumerate(columns):
                    medians[feature] = float(imputer.statistics_[i])
                    means[feature] = float(scaler.mean_[i])
                    scales[feature] = float(scaler.scale_[i])
                (numeric if name == "numeric" else log_numeric).extend(columns)
        return cls(model.trained_at.replace(tzinfo=None), horizon_days, float(model.auc),
                   float(model.cv_auc["logistic"]), float(model.c), model.n_train, model.n_test, churned, retained,
                   categorical, numeric, log_numeric, medians, means, scales,
                   [float(v) for v in lr.coef_[0]], float(lr.intercept_[0]),
                   [float(v) for v in model.column_means],
                   {f: [min(seen), max(seen)] for f in numeric + log_numeric
                    if (seen := [float(r[f]) for r in rows if r.get(f) is not None])})

    def to_json(self) -> str:
        return json.dumps({"format": FORMAT, "kind": "logistic", "trained_at": self.trained_at.isoformat(),
                           "horizon_days": self.horizon_days, "auc": self.auc, "cv_auc": self.cv_auc, "c": self.c,
                           "n_train": self.n_train, "n_test": self.n_test, "churned": self.churned,
                           "retained": self.retained, "features": self.features,
                           # Pairs, not an object: the order of the one-hot columns is the coefficients'.
                           "categorical": [[f, cats] for f, cats in self.categorical.items()], "numeric": self.numeric,
                           "log_numeric": self.log_numeric, "medians": self.medians,
                           "scaler": {"mean": self.means, "scale": self.scales},
                           "coefficients": self.coefficients, "intercept": self.intercept,
                           "column_means": self.column_means, "ranges": self.ranges},
                          ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> StoredModel:
        d = json.loads(text)
        if d.get("format") != FORMAT or d.get("kind") != "logistic":
            raise ValueError("not a churn model this version reads")
        model = cls(datetime.fromisoformat(d["trained_at"]), int(d["horizon_days"]), float(d["auc"]),
                    float(d["cv_auc"]), float(d["c"]), int(d["n_train"]), int(d["n_test"]), int(d["churned"]),
                    int(d["retained"]), {f: list(cats) for f, cats in d["categorical"]}, list(d["numeric"]),
                    list(d["log_numeric"]), dict(d["medians"]), dict(d["scaler"]["mean"]),
                    dict(d["scaler"]["scale"]), list(d["coefficients"]), float(d["intercept"]),
                    list(d["column_means"]), {k: list(v) for k, v in d["ranges"].items()})
        if len(model.coefficients) != len(model.column_owners) or len(model.column_means) != len(model.coefficients):
            raise ValueError("churn model columns do not match")
        return model

    def encode(self, row: dict) -> list[float]:
        out: list[float] = []
        for feature, cats in self.categorical.items():
            value = MISSING if row.get(feature) is None else str(row.get(feature))
            out += [1.0 if value == c else 0.0 for c in cats]  # an unseen category: all zeros, as fitted
        for feature in self.numeric + self.log_numeric:
            value = row.get(feature)
            x = self.medians[feature] if value is None or (isinstance(value, float) and math.isnan(value)) \
                else float(value)
            if feature in self.ranges:
                low, high = self.ranges[feature]
                x = min(max(x, low), high)
            if feature in self.log_numeric:
                x = math.log1p(max(x, 0.0))
            out.append((x - self.means[feature]) / self.scales[feature])
        return out

    def probability(self, row: dict) -> float:
        z = self.intercept + sum(w * x for w, x in zip(self.coefficients, self.encode(row), strict=True))
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def contributions(self, row: dict) -> dict[str, float]:
        """As ChurnModel.contributions: coefficient × (encoded − training mean), summed per feature."""
        totals: dict[str, float] = {}
        for owner, w, x, m in zip(self.column_owners, self.coefficients, self.encode(row), self.column_means,
                                  strict=True):
            totals[owner] = totals.get(owner, 0.0) + w * (x - m)
        return totals

    def top_factors(self, row: dict, k: int = TOP_FACTORS) -> tuple[ChurnFactor, ...]:
        ranked = sorted(self.contributions(row).items(), key=lambda item: item[1], reverse=True)
        return tuple(ChurnFactor(name, c, row.get(name)) for name, c in ranked[:k] if c > 0)

    def result(self) -> TrainingResult:
        return TrainingResult(self.trained_at, self.auc, self.cv_auc, self.n_train, self.n_test, self.churned,
                              self.retained, self.horizon_days)


# --- features by SQL ------------------------------------------------------------------------------------


def _in(column, values):
    values = list(values)
    real = [v for v in values if v is not None]
    cond = column.in_(real) if real else None
    if None in values:
        return column.is_(None) if cond is None else or_(cond, column.is_(None))
    return cond if cond is not None else false()


class ChurnScoringService(UserService):
    def __init__(self, *args, horizon_days: int = HORIZON_DAYS, **kwargs):
        super().__init__(*args, **kwargs)
        self.horizon_days = horizon_days

    @property
    def _meta_key(self) -> str:
        # Per user: a model learnt from one user's scope is not another user's to read.
        return "churn_model:" + (self.actor.user_id.hex if self.actor.user_id else "system")

    # -- scope ------------------------------------------------------------------------------------------
    def _scope(self, owner, department) -> list:
        conds = []
        if self.access.owner_ids is not None:
            conds.append(_in(owner, self.access.owner_ids))
        if self.access.department_ids is not None:
            conds.append(_in(department, self.access.department_ids))
        return conds

    def _customer_scope(self, *, with_released: bool) -> list:
        """The customers in scope; for training also those the user's scope released to a pool (their
        owner is gone, their previous owner says whose they were)."""
        conds = [Customer.deleted_at.is_(None)]
        if self.access.owner_ids is not None:
            owned = _in(Customer.owner_id, self.access.owner_ids)
            if with_released:
                owned = or_(owned, and_(Customer.pool_id.is_not(None),
                                        _in(Customer.previous_owner_id, self.access.owner_ids)))
            conds.append(owned)
        if self.access.department_ids is not None:
            conds.append(_in(Customer.department_id, self.access.department_ids))
        return conds

    def _feature_columns(self, at: datetime) -> dict[str, Any]:
        """Correlated aggregates per customer, as of `at` (nothing after it counts)."""
        day = at.date()
        act = lambda *c: and_(Activity.customer_id == Customer.id, Activity.deleted_at.is_(None),
                              Activity.happened_at <= at, *c)
        cols: dict[str, Any] = {
            "last_follow_up": select(func.max(Activity.happened_at)).where(act()).scalar_subquery(),
            "first_follow_up": select(func.min(Activity.happened_at)).where(act()).scalar_subquery(),
            "follow_ups_90": select(func.count()).select_from(Activity).where(
                act(Activity.happened_at > at - timedelta(days=90))).scalar_subquery(),
            "follow_ups_180": select(func.count()).select_from(Activity).where(
                act(Activity.happened_at > at - timedelta(days=180))).scalar_subquery(),
        }
        if self.access.can("contracts", "view"):
            con = lambda *c: and_(Contract.customer_id == Customer.id, Contract.deleted_at.is_(None),
                                  Contract.signed_on.is_not(None), Contract.signed_on <= day,
                                  *self._scope(Contract.owner_id, Contract.department_id), *c)
            cols.update({
                "last_contract": select(func.max(Contract.signed_on)).where(con()).scalar_subquery(),
                "first_contract": select(func.min(Contract.signed_on)).where(con()).scalar_subquery(),
                "contracts_365": select(func.count()).select_from(Contract).where(
                    con(Contract.signed_on > day - timedelta(days=365))).scalar_subquery(),
                "contract_cents": select(func.coalesce(func.sum(Contract.amount), 0)).where(con()).scalar_subquery(),
            })
        if self.access.can("contracts", "view") and self.access.can("receivables", "view"):
            contract_scope = self._scope(Contract.owner_id, Contract.department_id)
            cols["payment_cents"] = (
                select(func.coalesce(func.sum(Payment.amount), 0))
                .join(Contract, Contract.id == Payment.contract_id)
                .where(Contract.customer_id == Customer.id, Contract.deleted_at.is_(None),
                       Payment.deleted_at.is_(None), Payment.received_on <= day, *contract_scope)
                .scalar_subquery())
            # What each instalment due before `at` still lacked at `at`, from the payments dated up to it.
            paid = (select(func.coalesce(func.sum(Payment.amount), 0))
                    .where(Payment.plan_id == ReceivablePlan.id, Payment.deleted_at.is_(None),
                           Payment.received_on <= day).scalar_subquery())
            cols["overdue_cents"] = (
                select(func.coalesce(func.sum(case((ReceivablePlan.amount > paid, ReceivablePlan.amount - paid),
                                                   else_=0)), 0))
                .join(Contract, Contract.id == ReceivablePlan.contract_id)
                .where(Contract.customer_id == Customer.id, Contract.deleted_at.is_(None),
                       ReceivablePlan.deleted_at.is_(None), ReceivablePlan.void.is_(False),
                       ReceivablePlan.due_on < day, *contract_scope)
                .scalar_subquery())
        if self.access.can("tickets", "view"):
            tic = lambda *c: and_(Ticket.customer_id == Customer.id, Ticket.deleted_at.is_(None),
                                  Ticket.created_at <= at, *self._scope(Ticket.owner_id, Ticket.department_id), *c)
            cols.update({
                "open_tickets": select(func.count()).select_from(Ticket).where(
                    tic(or_(Ticket.resolved_at.is_(None), Ticket.resolved_at > at))).scalar_subquery(),
                "complaints_180": select(func.count()).select_from(Ticket).where(
                    tic(Ticket.ticket_type == "complaint",
                        Ticket.created_at > at - timedelta(days=180))).scalar_subquery(),
                "satisfaction": select(func.avg(Ticket.satisfaction)).where(
                    tic(Ticket.satisfaction.is_not(None), Ticket.resolved_at.is_not(None),
                        Ticket.resolved_at <= at)).scalar_subquery(),
            })
        return cols

    def _features(self, conn, at: datetime, conds: list, extra: dict | None = None) -> dict[uuid.UUID, dict]:
        """Per customer matching `conds`: the feature row as of `at` (plus `extra` columns, under '_' keys)."""
        cols = self._feature_columns(at)
        extra = extra or {}
        names = list(cols) + list(extra)
        stmt = select(Customer.id, Customer.created_at, Customer.level, Customer.customer_type,
                      *[c.label(n) for n, c in cols.items()], *[c.label(n) for n, c in extra.items()]).where(*conds)
        out: dict[uuid.UUID, dict] = {}
        for r in conn.execute(stmt):
            got = dict(zip(names, r[4:], strict=True))
            start = min(t for t in (r.created_at, got.get("first_follow_up"), _day(got.get("first_contract")))
                        if t is not None)
            row: dict[str, Any] = {"level": r.level or None, "customer_type": r.customer_type or None,
                                   "relationship_days": max((at - start).days, 0),
                                   "days_since_follow_up": (at - (got["last_follow_up"] or start)).days,
                                   "follow_ups_90": got["follow_ups_90"], "follow_ups_180": got["follow_ups_180"]}
            if "last_contract" in got:
                row["days_since_contract"] = (at - (_day(got["last_contract"]) or start)).days
                row["contracts_365"] = got["contracts_365"]
                row["contract_amount"] = got["contract_cents"] / 100
            if "payment_cents" in got:
                row["payment_amount"] = got["payment_cents"] / 100
                row["overdue_amount"] = got["overdue_cents"] / 100
            if "open_tickets" in got:
                row["open_tickets"] = got["open_tickets"]
                row["complaints_180"] = got["complaints_180"]
                row["satisfaction"] = None if got["satisfaction"] is None else float(got["satisfaction"])
            row["_start"], row["_created_at"] = start, r.created_at
            for n in extra:
                row["_" + n] = got[n]
            out[r.id] = row
        return out

    # -- the label --------------------------------------------------------------------------------------
    def examples(self, now: datetime | None = None) -> tuple[list[uuid.UUID], list[dict], list[int]]:
        """The training set (module docstring): the customers, their feature rows as of now - horizon, and
        1 for those that churned after it, 0 for those that did not."""
        self.access.require("customers", "view")
        now = now or self.db.now()
        t0 = now - timedelta(days=self.horizon_days)
        invalid_logged = (select(func.min(JournalEntry.at))
                          .where(JournalEntry.entity == "customer", JournalEntry.row_id == Customer.id,
                                 func.json_extract(JournalEntry.changes, "$.status[1]") == "invalid")
                          .scalar_subquery())
        extra: dict[str, Any] = {
            "status": Customer.status, "updated_at": Customer.updated_at, "invalid_at": invalid_logged,
            "released_at": Customer.released_at, "pool_id": Customer.pool_id,
        }
        contracts_ok = self.access.can("contracts", "view")
        if contracts_ok:
            con = lambda lo, hi: (select(func.count()).select_from(Contract)
                                  .where(Contract.customer_id == Customer.id, Contract.deleted_at.is_(None),
                                         Contract.signed_on > lo, Contract.signed_on <= hi,
                                         *self._scope(Contract.owner_id, Contract.department_id))
                                  .scalar_subquery())
            extra["before"] = con(t0.date() - timedelta(days=LOOKBACK_DAYS), t0.date())
            extra["after"] = con(t0.date(), now.date())
        ids, rows, target = [], [], []
        with self.db.reading() as conn:
            found = self._features(conn, t0, self._customer_scope(with_released=True), extra)
        for cid, row in found.items():
            if row["_start"] >= t0:
                continue  # the relationship had not begun at the cut-off
            invalid_at = (row["_invalid_at"] or row["_updated_at"]) if row["_status"] == "invalid" else None
            released_at = row["_released_at"] if row["_pool_id"] is not None else None
            if (invalid_at and invalid_at <= t0) or (released_at and released_at <= t0):
                continue  # already gone at the cut-off
            churned = bool(invalid_at and invalid_at > t0) or bool(released_at and released_at > t0) or \
                bool(contracts_ok and row["_before"] and not row["_after"])
            ids.append(cid)
            rows.append({k: v for k, v in row.items() if not k.startswith("_")})
            target.append(int(churned))
        return ids, rows, target

    # -- training ---------------------------------------------------------------------------------------
    def train(self, progress: Callable[[int, int], None] | None = None) -> TrainingResult:
        """Fit the model on the local history the user may see and keep it (module docstring). Raises
        ChurnScoringError("too_few_examples") when either class has fewer than MIN_PER_CLASS customers."""
        report = progress or (lambda done, total: None)
        report(0, 3)
        _ids, rows, target = self.examples()
        churned = sum(target)
        retained = len(target) - churned
        if churned < MIN_PER_CLASS or retained < MIN_PER_CLASS:
            raise ChurnScoringError("too_few_examples", churned=churned, retained=retained, needed=MIN_PER_CLASS)
        report(1, 3)
        categorical, numeric, log_numeric = feature_sets(rows)
        fitted = train_churn_model(rows, target, categorical=categorical, numeric=numeric, log_numeric=log_numeric,
                                   folds=5)
        fitted.trained_at = self.db.now()
        stored = StoredModel.from_churn_model(fitted, rows, churned=churned, retained=retained,
                                              horizon_days=self.horizon_days)
        report(2, 3)
        # Per-replica state, not a business record: a plain write, no journal, no sync.
        self.db.set_meta(self._meta_key, stored.to_json())
        report(3, 3)
        return stored.result()

    def model(self) -> StoredModel | None:
        """The stored model, or None when none was trained (or it is of a format this version cannot read)."""
        text = self.db.meta(self._meta_key)
        if not text:
            return None
        try:
            return StoredModel.from_json(text)
        except (ValueError, KeyError, TypeError):
            return None

    def model_info(self) -> TrainingResult | None:
        model = self.model()
        return model.result() if model else None

    # -- scoring ----------------------------------------------------------------------------------------
    def score(self, customer_id: uuid.UUID) -> ChurnScore:
        found = self.scores([customer_id])
        if customer_id not in found:
            raise NotFound(entity="customer", id=str(customer_id))
        return found[customer_id]

    def scores(self, customer_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, ChurnScore]:
        """Scores of these customers (a page of a list); customers out of the user's scope are refused."""
        self.access.require("customers", "view")
        ids = list(dict.fromkeys(customer_ids))
        if not ids:
            return {}
        now = self.db.now()
        model = self.model()
        rules = read_rules(self.db)
        overdue = (select(ReceivablePlan.id).join(Contract, Contract.id == ReceivablePlan.contract_id)
                   .where(Contract.customer_id == Customer.id, Contract.deleted_at.is_(None),
                          ReceivablePlan.deleted_at.is_(None), ReceivablePlan.void.is_(False),
                          ReceivablePlan.received < ReceivablePlan.amount, ReceivablePlan.due_on < now.date())
                   .exists())
        extra = {"owner_id": Customer.owner_id, "department_id": Customer.department_id,
                 "last_follow_up_at": Customer.last_follow_up_at, "last_deal_at": Customer.last_deal_at,
                 "overdue": overdue, "status": Customer.status, "pool_id": Customer.pool_id}
        out: dict[uuid.UUID, ChurnScore] = {}
        with self.db.reading() as conn:
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                found = self._features(conn, now, [Customer.id.in_(chunk), Customer.deleted_at.is_(None)], extra)
                for cid, row in found.items():
                    if not self.access.covers(row["_owner_id"], row["_department_id"]):
                        raise PermissionDenied(module="customers", action="view", reason="out_of_scope")
                    out[cid] = self._score(cid, row, model, rules, now)
        return out

    def _score(self, cid: uuid.UUID, row: dict, model: StoredModel | None, rules: ChurnRules,
               now: datetime) -> ChurnScore:
        flags: list[tuple[str, int]] = []
        if row["_status"] != "invalid" and row["_pool_id"] is None:  # as the warning list: live, owned customers
            flags = rules.flags(now, row["_created_at"], row["_last_follow_up_at"], row["_last_deal_at"], bool(row["_overdue"]))
        features = {k: v for k, v in row.items() if not k.startswith("_")}
        if model is None:
            risk = combine(None, len(flags))
            return ChurnScore(cid, risk, risk_level(risk), (), tuple(flags), None)
        p = model.probability(features)
        risk = combine(p, len(flags))
        return ChurnScore(cid, risk, risk_level(risk), model.top_factors(features), tuple(flags),
                          model.trained_at, p)


def feature_sets(rows: Sequence[dict]) -> tuple[list[str], list[str], list[str]]:
    """(categorical, numeric, log numeric) features to train on: those the rows have (the reader's
    permissions decide which modules' features there are); a number never observed (no rated ticket yet)
    is left out, as there is nothing to learn or impute from."""
    present = set().union(*(r.keys() for r in rows)) if rows else set()
    observed = {k for r in rows for k, v in r.items() if v is not None}
    return ([f for f in CATEGORICAL if f in present], [f for f in NUMERIC if f in observed],
            [f for f in LOG_NUMERIC if f in observed])


def _day(value: date | datetime | None) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.combine(value, datetime.min.time())


__all__ = [
    "FEATURES",
    "ChurnFactor",
    "ChurnScore",
    "ChurnScoringError",
    "ChurnScoringService",
    "StoredModel",
    "TrainingResult",
    "combine",
    "feature_sets",
    "risk_level",
]
