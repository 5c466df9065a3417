"""Opportunities on the shared server: the server seeds the default pipeline, opportunities with their lines
and stage stays sync within the data scope (a manager sees the team's, another rep does not), and a
transfer moves an opportunity with everything that hangs off it. Real PostgreSQL, a database per test."""

from datetime import date

from sqlalchemy import func, select

from crm_desktop.data.models import Opportunity, OpportunityLine, OpportunityStageSpan, Pipeline
from crm_desktop.domain.opportunity_filter import OpportunityFilter
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.opportunities import LineItem, OpportunityService


def _count(client, model, **where):
    with client.db.connect() as conn:
        stmt = select(func.count()).select_from(model)
        for column, value in where.items():
            stmt = stmt.where(getattr(model, column) == value)
        return conn.execute(stmt).scalar()


def test_opportunities_sync_within_scope_and_move_with_a_transfer(make_client):
    admin, lina, manager, wang = (make_client(login) for login in ("admin", "lina", "zhangwei", "wangfang"))
    assert _count(lina, Pipeline) == 1  # seeded by `server init`, not by each replica
    sales = OpportunityService(lina.db, lina.actor)
    pipeline = sales.pipeline()
    customer_id, _ = CustomerService(lina.db, lina.actor).create({"name": "杭州云图科技有限公司"})
    oid, _ = sales.create({"customer_id": customer_id, "name": "CRM 升级项目", "expected_close": date(2027, 1, 31)},
                          [LineItem(None, "CRM 专业版", "2", 49800_00, "10")])
    sales.move(oid, pipeline.stages[2].id)
    result = lina.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues

    manager.sync()
    seen = OpportunityService(manager.db, manager.actor).get(oid)
    assert (seen.name, seen.amount, seen.customer_name) == ("CRM 升级项目", 89640_00, "杭州云图科技有限公司")
    assert [h.stage_name for h in seen.history] == ["初步接洽", "方案报价"]
    assert len(seen.lines) == 1
    wang.sync()
    assert _count(wang, Opportunity, id=oid) == 0  # another rep's opportunity is not on her replica
    assert OpportunityService(wang.db, wang.actor).count(OpportunityFilter()) == 0

    # The administrator hands the customer and its opportunity to wangfang.
    admin.sync()
    CustomerService(admin.db, admin.actor).update(customer_id, {"owner_id": wang.actor.user_id,
                                                                 "department_id": wang.actor.department_id})
    OpportunityService(admin.db, admin.actor).update(oid, {"owner_id": wang.actor.user_id})
    assert admin.sync().rejected == 0
    lina.sync()
    assert _count(lina, Opportunity, id=oid) == 0
    assert _count(lina, OpportunityLine, opportunity_id=oid) == 0  # what hangs off it leaves too
    assert _count(lina, OpportunityStageSpan, opportunity_id=oid) == 0
    wang.sync()
    moved = OpportunityService(wang.db, wang.actor).get(oid)
    assert moved.amount == 89640_00 and len(moved.lines) == 1 and len(moved.history) == 2
    OpportunityService(wang.db, wang.actor).win(oid)
    assert wang.sync().rejected == 0
    manager.sync()  # wangfang reports to zhangwei: the win reaches the manager
    assert OpportunityService(manager.db, manager.actor).get(oid).status == "won"


def test_the_whole_sale_syncs_to_the_manager_and_not_to_another_rep(make_client, tmp_path):
    """Quote, contract with a file, receivable plan, payment, invoice and a task, made offline by a rep,
    reach her manager intact and stay away from another rep."""
    from datetime import date, datetime

    from crm_desktop.services.contracts import ContractService
    from crm_desktop.services.quotes import QuoteService
    from crm_desktop.services.receivables import ReceivableService
    from crm_desktop.services.tasks import TaskService
    lina, manager, wang = (make_client(login) for login in ("lina", "zhangwei", "wangfang"))
    sales = OpportunityService(lina.db, lina.actor)
    customer_id, _ = CustomerService(lina.db, lina.actor).create({"name": "西安博远信息技术有限公司"})
    oid, _ = sales.create({"customer_id": customer_id, "name": "信息化建设"},
                          [LineItem(None, "CRM 标准版", "3", 19800_00, "0")])
    quote_id, _ = QuoteService(lina.db, lina.actor).create_from_opportunity(oid)
    contracts = ContractService(lina.db, lina.actor)
    contract_id, _ = contracts.create_from_quote(quote_id, {"signed_on": date(2026, 11, 20)})
    scan = tmp_path / "合同扫描件.pdf"
    scan.write_bytes(b"%PDF-1.4 signed")
    contracts.attach(contract_id, scan)
    receivables = ReceivableService(lina.db, lina.actor)
    total = contracts.get(contract_id).amount
    plan_id, _ = receivables.add_plan(contract_id, {"amount": total, "due_on": date(2026, 12, 31)})
    payment_id, _ = receivables.record_payment(contract_id, {"plan_id": plan_id, "amount": 10000_00,
                                                             "received_on": date(2026, 11, 25)})
    receivables.add_invoice(contract_id, {"title_type": "individual", "title": "西安博远", "amount": 10000_00,
                                          "payment_ids": [payment_id]})
    TaskService(lina.db, lina.actor).create({"title": "催收尾款", "due_at": datetime(2026, 12, 20, 2),
                                             "entity": "contract", "row_id": contract_id})
    result = lina.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues

    manager.sync()
    seen = ContractService(manager.db, manager.actor)
    detail = seen.get(contract_id)
    assert (detail.amount, detail.received, detail.quote_id) == (total, 10000_00, quote_id)
    assert seen.attachment(detail.attachments[0][0]) == ("合同扫描件.pdf", b"%PDF-1.4 signed")
    theirs = ReceivableService(manager.db, manager.actor)
    assert [(p.amount, p.received) for p in theirs.plans(contract_id)] == [(total, 10000_00)]
    assert [i.title for i in theirs.invoices(contract_id)] == ["西安博远"]
    assert QuoteService(manager.db, manager.actor).get(quote_id).total == total
    assert [t.title for t in TaskService(manager.db, manager.actor).of("contract", contract_id)] == ["催收尾款"]
    wang.sync()
    from crm_desktop.data.models import Attachment, Contract, Payment, Quote
    with wang.db.connect() as conn:
        for model in (Contract, Payment, Quote, Attachment):
            assert conn.execute(select(func.count()).select_from(model)).scalar() == 0

    # The whole sale is handed to another rep: it leaves lina's replica, the contract's file with it.
    admin = make_client("admin")
    handover = {"owner_id": wang.actor.user_id, "department_id": wang.actor.department_id}
    CustomerService(admin.db, admin.actor).update(customer_id, handover)
    OpportunityService(admin.db, admin.actor).update(oid, {"owner_id": wang.actor.user_id})
    with admin.write("hand the quote and the contract over") as uow:
        for model, row_id in ((Quote, quote_id), (Contract, contract_id)):
            uow.update(uow.get(model, row_id), **handover)
        uow.commit()
    assert admin.sync().rejected == 0
    lina.sync()
    with lina.db.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Contract).where(Contract.id == contract_id)).scalar() == 0
        assert conn.execute(select(func.count()).select_from(Attachment)).scalar() == 0
    wang.sync()  # the new owner receives it with what hangs off it, the file included
    handed = ContractService(wang.db, wang.actor).get(contract_id)
    assert handed.received == 10000_00 and [name for _i, name, _s in handed.attachments] == ["合同扫描件.pdf"]
    assert len(ReceivableService(wang.db, wang.actor).plans(contract_id)) == 1


def test_a_pulled_row_whose_parents_are_not_on_the_replica_waits_instead_of_inserting_a_blank(db):
    """A contract handed to a rep who cannot see its customer: the page is skipped, no row of defaults."""
    import uuid

    from crm_desktop.data.models import Contract
    from crm_desktop.sync.pull import _apply_rows
    row = {"id": uuid.uuid4(), "kind": "contract", "number": "HT-1", "title": "t", "customer_id": uuid.uuid4(),
           "amount": 100, "currency": "CNY", "status": "draft", "received": 0, "notes": "", "version": 1}
    with db.engine.begin() as conn:
        assert _apply_rows(conn, "contract", [row], index=False) == 0
    with db.connect() as conn:
        assert conn.execute(select(func.count()).select_from(Contract)).scalar() == 0
