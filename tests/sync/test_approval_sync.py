"""Approvals on the shared server: two managers decide the same request offline and the server keeps the
first decision (the second is refused and rolled back on its replica, with the reason); a user without the
step's role cannot write a decision even straight into the database."""

import psycopg
import pytest
from sqlalchemy import select

from crm_desktop.data.models import ApprovalDecision, SyncIssue
from crm_desktop.services.approvals import ApprovalService
from crm_desktop.services.contracts import ContractService
from crm_desktop.services.customers import CustomerService
from crm_desktop.sync import engine, provision


def test_two_managers_decide_offline_and_the_server_keeps_the_first(server_url, make_client):
    provision.add_user(server_url, "liuyang", "liuyang-password", display_name="刘洋", roles=("sales_manager",))
    admin = make_client("admin")
    ApprovalService(admin.db, admin.actor).save_flow(None, {"name": "大额合同", "entity": "contract",
                                                            "threshold": 50000_00, "steps": ["sales_manager"]})
    assert admin.sync().rejected == 0
    lina = make_client("lina")
    customer_id, _ = CustomerService(lina.db, lina.actor).create({"name": "成都远航科技有限公司"})
    contract_id, _ = ContractService(lina.db, lina.actor).create({"title": "大单", "customer_id": customer_id,
                                                                  "amount": 200000_00})
    assert ContractService(lina.db, lina.actor).get(contract_id).status == "pending"
    assert lina.sync().rejected == 0

    first, second = make_client("zhangwei"), make_client("liuyang")
    [request] = ApprovalService(first.db, first.actor).inbox()
    assert [r.id for r in ApprovalService(second.db, second.actor).inbox()] == [request.id]
    ApprovalService(first.db, first.actor).decide(request.id, "approved", "同意")
    ApprovalService(second.db, second.actor).decide(request.id, "rejected", "价格太低")
    assert first.sync().rejected == 0
    result = second.sync()
    assert result.rejected >= 1
    with second.db.connect() as conn:
        details = [d for (d,) in conn.execute(select(SyncIssue.detail).where(SyncIssue.kind == "rejected"))]
        decisions = conn.execute(select(ApprovalDecision.decision)).all()
    assert any("not_pending" in d for d in details)
    assert decisions == [("approved",)]  # the refused rejection is gone; the server's approval arrived
    assert ApprovalService(second.db, second.actor).inbox() == []
    lina.sync()
    assert ContractService(lina.db, lina.actor).get(contract_id).status == "active"


def test_a_decision_without_the_role_is_refused_by_the_database(server_url, make_client):
    admin = make_client("admin")
    ApprovalService(admin.db, admin.actor).save_flow(None, {"name": "大额合同", "entity": "contract",
                                                            "threshold": 1, "steps": ["sales_manager"]})
    admin.sync()
    lina = make_client("lina")
    customer_id, _ = CustomerService(lina.db, lina.actor).create({"name": "厦门海纳贸易有限公司"})
    ContractService(lina.db, lina.actor).create({"title": "单", "customer_id": customer_id, "amount": 100})
    lina.sync()
    request_id = ApprovalService(lina.db, lina.actor).mine()[0].id
    with engine.server_connection(lina.db, None) as pg, pytest.raises(psycopg.Error) as refused:
        pg.execute("INSERT INTO approval_decision (id, request_id, step, decision, comment, created_at, "
                   "updated_at, owner_id) VALUES (gen_random_uuid(), %s, 0, 'approved', '', now(), now(), %s)",
                   (request_id, lina.actor.user_id))
    assert "approvals.approve" in str(refused.value) or "not an approver" in str(refused.value) \
        or "permission" in str(refused.value)
