"""Sales targets: per user and per department, by month or quarter; actual contract amounts signed and
payments received against them, ranked."""

from datetime import date

import pytest
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain import periods
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.receivables import ReceivableService
from crm_desktop.services.targets import TargetService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _sign(db, login, amount, signed_on, paid=0):
    actor = _actor(db, login)
    with db.connect() as conn:
        customer = conn.execute(select(Customer.id).where(Customer.owner_id == actor.user_id).limit(1)).scalar_one()
    contracts = ContractService(db, actor)
    cid, _ = contracts.create({"title": "合同", "customer_id": customer, "amount": amount, "signed_on": signed_on})
    contracts.set_status(cid, "active")
    if paid:
        ReceivableService(db, actor).record_payment(cid, {"amount": paid, "received_on": signed_on})
    return cid


def test_periods():
    assert periods.bounds("2026-11") == (date(2026, 11, 1), date(2026, 12, 1))
    assert periods.bounds("2026-12") == (date(2026, 12, 1), date(2027, 1, 1))
    assert periods.bounds("2026-Q4") == (date(2026, 10, 1), date(2027, 1, 1))
    assert periods.bounds("2027-Q1") == (date(2027, 1, 1), date(2027, 4, 1))
    assert periods.check("2026-13") is not None and periods.quarter_of(date(2026, 11, 30)) == "2026-Q4"


def test_actual_against_target_and_ranking(demo_db):
    manager = TargetService(demo_db, _actor(demo_db, "zhangwei"))
    lina, wang = _actor(demo_db, "lina"), _actor(demo_db, "wangfang")
    manager.set_target("2026-11", "contracts", 100000_00, user_id=lina.user_id)
    manager.set_target("2026-11", "contracts", 50000_00, user_id=wang.user_id)
    manager.set_target("2026-11", "contracts", 80000_00, user_id=wang.user_id)  # replaces
    _sign(demo_db, "lina", 60000_00, date(2026, 11, 5), paid=20000_00)
    _sign(demo_db, "wangfang", 90000_00, date(2026, 11, 20))
    _sign(demo_db, "wangfang", 70000_00, date(2026, 10, 31))  # last month: not counted
    rows = {p.name: p for p in manager.performance("2026-11", "contracts")}
    assert (rows["李娜"].target, rows["李娜"].actual, rows["李娜"].rank) == (100000_00, 60000_00, 2)
    assert (rows["王芳"].target, rows["王芳"].actual, rows["王芳"].rank) == (80000_00, 90000_00, 1)
    assert rows["王芳"].achieved == pytest.approx(112.5)
    payments = {p.name: p.actual for p in manager.performance("2026-11", "payments")}
    assert payments == {"李娜": 20000_00}
    quarter = {p.name: p.actual for p in manager.performance("2026-Q4", "contracts")}
    assert quarter["王芳"] == 160000_00
    manager.set_target("2026-11", "contracts", 300000_00, department_id=lina.department_id)
    departments = {d.department_id: d for d in manager.departments("2026-11", "contracts")}
    assert departments[lina.department_id].target == 300000_00
    assert departments[lina.department_id].actual == 60000_00
    rep = TargetService(demo_db, lina)
    assert [p.name for p in rep.performance("2026-11", "contracts")] == ["李娜"]  # a rep sees their own
    with pytest.raises(PermissionDenied):
        rep.set_target("2026-11", "contracts", 1, user_id=lina.user_id)
    with pytest.raises(ValidationError):
        manager.set_target("2026-13", "contracts", 1, user_id=lina.user_id)
