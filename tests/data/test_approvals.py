"""Approvals on one replica: a flow above a threshold sends a new contract through a chain of roles; the
contract is locked while pending; each approver sees it in "my approvals" at their step; a rejection needs a
comment and unlocks it; approval at the last step makes it active. Receivable plans and invoices likewise."""

from datetime import date

import pytest
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.approvals import ApprovalService, Locked, NotPending
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.receivables import ReceivableService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def flows(demo_db):
    admin = ApprovalService(demo_db, _actor(demo_db, "admin"))
    admin.save_flow(None, {"name": "大额合同", "entity": "contract", "threshold": 50000_00,
                           "steps": ["sales_manager", "administrator"]})
    admin.save_flow(None, {"name": "回款计划", "entity": "receivable_plan", "threshold": 80000_00,
                           "steps": ["sales_manager"]})
    lina = _actor(demo_db, "lina")
    with demo_db.connect() as conn:
        customer_id = conn.execute(select(Customer.id).where(Customer.owner_id == lina.user_id).limit(1)).scalar_one()
    return demo_db, lina, customer_id


def test_an_approval_round_trip(flows):
    db, lina, customer_id = flows
    contracts = ContractService(db, lina)
    small, _ = contracts.create({"title": "小单", "customer_id": customer_id, "amount": 49999_99})
    assert contracts.get(small).status == "draft"  # under the threshold: no approval
    big, _ = contracts.create({"title": "大单", "customer_id": customer_id, "amount": 120000_00})
    assert contracts.get(big).status == "pending"
    with pytest.raises(Locked):
        contracts.update(big, {"title": "改名"})

    rep, manager, admin = (ApprovalService(db, _actor(db, login)) for login in ("lina", "zhangwei", "admin"))
    assert rep.inbox() == []
    [waiting] = manager.inbox()
    assert (waiting.row_id, waiting.waiting_for, waiting.requested_by) == (big, "sales_manager", "李娜")
    assert admin.inbox() == []  # not at the administrator's step yet
    with pytest.raises(PermissionDenied):
        admin.decide(waiting.id, "approved")  # not their step
    manager.decide(waiting.id, "approved", "同意")
    assert manager.inbox() == [] and [r.id for r in admin.inbox()] == [waiting.id]
    with pytest.raises(ValidationError):
        admin.decide(waiting.id, "rejected")  # a rejection says why
    admin.decide(waiting.id, "rejected", "价格过低，请重新报价")
    assert contracts.get(big).status == "draft"
    with pytest.raises(NotPending):
        admin.decide(waiting.id, "approved")
    [history] = rep.requests_of("contract", big)
    assert [(d[1], d[2]) for d in history.decisions] == [("approved", "同意"), ("rejected", "价格过低，请重新报价")]

    contracts.update(big, {"amount": 110000_00})  # the changed contract goes for approval again
    assert contracts.get(big).status == "pending"
    again = manager.inbox()[0]
    manager.decide(again.id, "approved")
    admin.decide(again.id, "approved")
    assert contracts.get(big).status == "active"
    assert {r.status for r in rep.mine()} == {"approved", "rejected"}


def test_a_large_instalment_waits_for_approval_before_payments(flows):
    db, lina, customer_id = flows
    contracts, receivables = ContractService(db, lina), ReceivableService(db, lina)
    cid, _ = contracts.create({"title": "小合同", "customer_id": customer_id, "amount": 40000_00})
    manager = ApprovalService(db, _actor(db, "zhangwei"))
    ContractService(db, _actor(db, "zhangwei")).update(cid, {"amount": 100000_00})  # now above the contract flow
    for request in manager.inbox():
        manager.decide(request.id, "approved")
    ApprovalService(db, _actor(db, "admin")).decide(manager.requests_of("contract", cid)[-1].id, "approved")
    plan, _ = receivables.add_plan(cid, {"amount": 90000_00, "due_on": date(2027, 1, 31)})
    assert receivables.plans(cid)[0].locked
    with pytest.raises(Locked):
        receivables.record_payment(cid, {"plan_id": plan, "amount": 10000_00, "received_on": date(2026, 12, 1)})
    manager.decide(manager.inbox()[0].id, "approved")
    receivables.record_payment(cid, {"plan_id": plan, "amount": 10000_00, "received_on": date(2026, 12, 1)})
    assert receivables.plans(cid)[0].received == 10000_00


def test_the_requester_may_withdraw(flows):
    db, lina, customer_id = flows
    contracts, rep = ContractService(db, lina), ApprovalService(db, lina)
    big, _ = contracts.create({"title": "撤回", "customer_id": customer_id, "amount": 60000_00})
    request = rep.requests_of("contract", big)[0]
    with pytest.raises(PermissionDenied):
        ApprovalService(db, _actor(db, "zhangwei")).cancel(request.id)
    rep.cancel(request.id)
    assert contracts.get(big).status == "draft"
    contracts.update(big, {"title": "撤回后修改"})


def test_a_large_discount_waits_for_approval_before_the_quote_is_sent(flows):
    from crm_desktop.services.opportunities import OpportunityService
    from crm_desktop.services.quotes import QuoteLineItem, QuoteService
    db, lina, customer_id = flows
    ApprovalService(db, _actor(db, "admin")).save_flow(None, {"name": "大折扣", "entity": "quote", "threshold": 20,
                                                              "steps": ["sales_manager"]})
    oid, _ = OpportunityService(db, lina).create({"customer_id": customer_id, "name": "折扣单", "amount": 1000_00})
    quotes = QuoteService(db, lina)
    qid, _ = quotes.create_from_opportunity(oid)
    quotes.save(qid, {}, [QuoteLineItem(None, "软件", "1", 1000_00, "15")])  # under 20%: no approval
    assert ApprovalService(db, lina).requests_of("quote", qid) == []
    quotes.save(qid, {}, [QuoteLineItem(None, "软件", "1", 1000_00, "25")])
    with pytest.raises(Locked):
        quotes.set_status(qid, "sent")
    manager = ApprovalService(db, _actor(db, "zhangwei"))
    [request] = manager.inbox()
    assert request.entity == "quote" and request.amount == 25
    manager.decide(request.id, "approved")
    quotes.set_status(qid, "sent")
    assert quotes.get(qid).status == "sent"


def test_a_step_can_belong_to_a_department(flows):
    db, lina, customer_id = flows
    manager = _actor(db, "zhangwei")  # 华东销售部
    other = _actor(db, "liuyang")  # 华南销售部, also a sales manager
    admin = ApprovalService(db, _actor(db, "admin"))
    admin.save_flow(None, {"name": "华东部门审批", "entity": "invoice", "threshold": 1,
                           "steps": [f"department:{manager.department_id.hex}"]})
    contracts, receivables = ContractService(db, lina), ReceivableService(db, lina)
    cid, _ = contracts.create({"title": "开票合同", "customer_id": customer_id, "amount": 10000_00})
    iid, _ = receivables.add_invoice(cid, {"title_type": "individual", "title": "张三", "amount": 100_00})
    assert [r.row_id for r in ApprovalService(db, manager).inbox()] == [iid]
    assert ApprovalService(db, other).inbox() == []
    with pytest.raises(PermissionDenied):
        ApprovalService(db, other).decide(ApprovalService(db, manager).inbox()[0].id, "approved")
    ApprovalService(db, manager).decide(ApprovalService(db, manager).inbox()[0].id, "approved")
    assert receivables.invoices(cid)[0].status == "draft"  # approved: ready to issue
    receivables.issue_invoice(iid)
