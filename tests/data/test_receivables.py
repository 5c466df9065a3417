"""Contracts, receivable plans, payments and invoices: numbering rules, the invariants (plans never exceed
the contract; a payment never exceeds what is open unless it is an overpayment; invoices never exceed the
contract), plan status, % collected and overdue on the contract list, aging, reminders, attachments, the
contract PDF, and the churn rule on overdue receivables."""

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.receivables import bucket, plan_status
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.receivables import ReceivableService

TODAY = date(2026, 11, 30)


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def contract(demo_db):
    actor = _actor(demo_db, "lina")
    with demo_db.connect() as conn:
        customer_id = conn.execute(select(Customer.id).where(Customer.owner_id == actor.user_id,
                                                             Customer.name.like("%公司%")).limit(1)).scalar_one()
    contracts = ContractService(demo_db, actor)
    cid, _ = contracts.create({"title": "CRM 实施合同", "customer_id": customer_id, "amount": 100000_00,
                               "signed_on": TODAY - timedelta(days=60)})
    return contracts, ReceivableService(demo_db, actor), cid, customer_id


def test_contracts_are_numbered_by_the_rule(demo_db, contract):
    contracts, _r, cid, customer_id = contract
    first = contracts.get(cid).number
    assert first.startswith("HT") and first.endswith("-0001") and len(first) == len("HT20261101-0001")
    second, _ = contracts.create({"title": "二期", "customer_id": customer_id, "amount": 1})
    assert contracts.get(second).number.endswith("-0002")
    admin = ContractService(demo_db, _actor(demo_db, "admin"))
    admin.set_numbering_rule("order", "SO{yy}{mm}-{seq:3}")
    order, _ = contracts.create({"kind": "order", "title": "订单", "customer_id": customer_id, "amount": 1})
    assert contracts.get(order).number.startswith("SO") and contracts.get(order).number.endswith("-001")
    with pytest.raises(ValidationError):
        admin.set_numbering_rule("order", "SO{yy}")  # no sequence
    with pytest.raises(ValidationError):
        contracts.create({"title": "重号", "customer_id": customer_id, "amount": 1, "number": first})


def test_plans_never_exceed_the_contract_amount(contract):
    _c, receivables, cid, _ = contract
    receivables.add_plan(cid, {"amount": 60000_00, "due_on": TODAY - timedelta(days=10)})
    with pytest.raises(ValidationError) as refused:
        receivables.add_plan(cid, {"amount": 40000_01, "due_on": TODAY + timedelta(days=30)})
    assert refused.value.errors[0].code == "plans_exceed_contract"
    assert refused.value.errors[0].args["left"] == 40000_00
    second, _ = receivables.add_plan(cid, {"amount": 40000_00, "due_on": TODAY + timedelta(days=30)})
    with pytest.raises(ValidationError):
        receivables.update_plan(second, {"amount": 40000_01})
    assert [p.instalment for p in receivables.plans(cid, TODAY)] == [1, 2]


def test_payments_never_exceed_what_is_open_unless_overpaid(contract):
    contracts, receivables, cid, _ = contract
    first, _ = receivables.add_plan(cid, {"amount": 60000_00, "due_on": TODAY - timedelta(days=10)})
    receivables.record_payment(cid, {"plan_id": first, "amount": 20000_00, "received_on": TODAY})
    with pytest.raises(ValidationError) as refused:
        receivables.record_payment(cid, {"plan_id": first, "amount": 40000_01, "received_on": TODAY})
    assert refused.value.errors[0].code == "exceeds_open" and refused.value.errors[0].args["open"] == 40000_00
    plan = receivables.plans(cid, TODAY)[0]
    assert (plan.received, plan.status) == (20000_00, "overdue")
    receivables.record_payment(cid, {"plan_id": first, "amount": 40000_00, "received_on": TODAY})
    assert receivables.plans(cid, TODAY)[0].status == "paid"
    with pytest.raises(ValidationError):
        receivables.record_payment(cid, {"amount": 40000_01, "received_on": TODAY})  # contract open: 40,000.00
    overpaid, _ = receivables.record_payment(cid, {"amount": 40000_01, "received_on": TODAY, "overpayment": True})
    assert contracts.get(cid).received == 100000_01
    from crm_desktop.domain.access import PermissionDenied
    with pytest.raises(PermissionDenied):
        receivables.delete_payment(overpaid)  # a rep may record payments, not delete them
    ReceivableService(receivables.db, _actor(receivables.db, "zhangwei")).delete_payment(overpaid)  # her manager
    assert contracts.get(cid).received == 60000_00
    with pytest.raises(ValidationError):
        receivables.void_plan(first)  # it has payments


def test_the_contract_list_shows_collected_and_overdue(contract):
    contracts, receivables, cid, _ = contract
    first, _ = receivables.add_plan(cid, {"amount": 30000_00, "due_on": TODAY - timedelta(days=45)})
    receivables.add_plan(cid, {"amount": 70000_00, "due_on": TODAY + timedelta(days=15)})
    receivables.record_payment(cid, {"plan_id": first, "amount": 10000_00, "received_on": TODAY})
    row = next(r for r in contracts.rows(TODAY) if r.id == cid)
    assert row.received == 10000_00 and row.collected_percent == pytest.approx(10.0)
    assert row.overdue == 20000_00
    aging = receivables.aging(TODAY)
    assert aging["31_60"]["CNY"] >= 20000_00 and aging["not_due"]["CNY"] >= 70000_00
    assert cid in {r.contract_id for r in receivables.due_reminders(TODAY)}  # overdue still reminds
    later = receivables.due_reminders(TODAY + timedelta(days=12))  # 3 days before the second falls due
    assert any(r.instalment == 2 for r in later if r.contract_id == cid)
    assert not any(r.instalment == 2 for r in receivables.due_reminders(TODAY) if r.contract_id == cid)


def test_invoices_never_exceed_the_contract_and_are_numbered_when_issued(contract):
    _c, receivables, cid, _ = contract
    payment, _ = receivables.record_payment(cid, {"amount": 50000_00, "received_on": TODAY})
    with pytest.raises(ValidationError) as refused:
        receivables.add_invoice(cid, {"title": "某公司", "amount": 1})
    assert refused.value.errors[0].field == "tax_number"
    iid, _ = receivables.add_invoice(cid, {"title": "某公司", "tax_number": "91350100M000100Y43", "amount": 50000_00,
                                           "payment_ids": [payment]})
    with pytest.raises(ValidationError):
        receivables.add_invoice(cid, {"title_type": "individual", "title": "张三", "amount": 50000_01})
    receivables.issue_invoice(iid)
    invoice = receivables.invoices(cid)[0]
    assert invoice.status == "issued" and invoice.number.startswith("FP") and invoice.payment_ids == (payment,)


def test_attachments_and_the_contract_pdf(contract, tmp_path):
    contracts, receivables, cid, _ = contract
    receivables.add_plan(cid, {"amount": 100000_00, "due_on": TODAY, "method": "bank"})
    scan = tmp_path / "签字版合同.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    aid, _ = contracts.attach(cid, scan)
    assert contracts.get(cid).attachments[0][1] == "签字版合同.pdf"
    assert contracts.attachment(aid) == ("签字版合同.pdf", b"%PDF-1.4 scan")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(contracts.pdf(cid))).pages)
    detail = contracts.get(cid)
    assert detail.customer_name in text and detail.number in text and "付款计划" in text


def test_status_and_aging_rules():
    assert plan_status(100, 0, False, TODAY, TODAY) == "pending"
    assert plan_status(100, 40, False, TODAY, TODAY) == "partly_paid"
    assert plan_status(100, 40, False, TODAY - timedelta(days=1), TODAY) == "overdue"
    assert plan_status(100, 100, False, TODAY - timedelta(days=1), TODAY) == "paid"
    assert plan_status(100, 0, True, TODAY, TODAY) == "void"
    assert [bucket(TODAY - timedelta(days=d), TODAY) for d in (0, 1, 30, 31, 61, 91)] == [
        "not_due", "1_30", "1_30", "31_60", "61_90", "over_90"]


def test_overdue_receivables_flag_the_customer_for_churn(demo_db, contract):
    from dataclasses import replace
    from datetime import datetime

    from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
    from crm_desktop.services.churn import ChurnRules, ChurnService
    from crm_desktop.services.customers import CustomerService
    _c, receivables, cid, customer_id = contract
    customers = CustomerService(demo_db, receivables.actor)
    only_receivables = ChurnRules(no_follow_up_days=0, no_deal_days=0, overdue_receivables=True)
    now = datetime(2026, 11, 30, 12)

    def flagged():
        return {r.id for r in customers.window(only_receivables.filter(now, CustomerFilter()), CustomerOrder("name"),
                                               limit=1000)}
    assert customer_id not in flagged()
    plan, _ = receivables.add_plan(cid, {"amount": 10000_00, "due_on": date.today() - timedelta(days=3)})
    assert customer_id in flagged()
    row = next(r for r in customers.window(replace(CustomerFilter(), search=""), CustomerOrder("name"), limit=1000)
               if r.id == customer_id)
    assert row.overdue_receivable
    assert ("overdue_receivable", 0) in only_receivables.flags(now, row.created_at, now, now, row.overdue_receivable)
    receivables.record_payment(cid, {"plan_id": plan, "amount": 10000_00, "received_on": date.today()})
    assert customer_id not in flagged()
    admin = ChurnService(demo_db, _actor(demo_db, "admin"))
    admin.set_rules(30, 180, overdue_receivables=False)
    assert admin.rules().overdue_receivables is False


def test_the_360_timeline_shows_the_sale(demo_db, contract):
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.services.opportunities import OpportunityService
    from crm_desktop.services.tasks import TaskService
    contracts, receivables, cid, customer_id = contract
    actor = receivables.actor
    oid, _ = OpportunityService(demo_db, actor).create({"customer_id": customer_id, "name": "扩容项目"})
    OpportunityService(demo_db, actor).lose(oid, "预算不足")
    receivables.record_payment(cid, {"amount": 5000_00, "received_on": TODAY})
    TaskService(demo_db, actor).create({"title": "回访", "due_at": demo_db.now(), "entity": "customer",
                                        "row_id": customer_id})
    kinds = {(e.kind, e.title) for e in CustomerService(demo_db, actor).timeline(customer_id)}
    assert ("opportunity", "扩容项目") in kinds and ("opportunity_lost", "扩容项目") in kinds
    assert ("contract", f"{contracts.get(cid).number} CRM 实施合同") in kinds
    assert ("payment", "¥5,000.00") in kinds and ("task", "回访") in kinds
    agent = CustomerService(demo_db, _actor(demo_db, "zhaolei"))  # service: no sales modules
    assert not {e.kind for e in agent.timeline(customer_id)} & {"opportunity", "contract", "payment"}
