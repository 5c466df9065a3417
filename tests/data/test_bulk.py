"""Bulk actions on a selection or on a whole filter, in batches, with progress and cancel; scope checked."""

import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import Customer, CustomerTag, Tag, User
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.domain.errors import Cancelled, ValidationError
from crm_desktop.services import bulk
from crm_desktop.services.bulk import BulkService
from crm_desktop.services.tags import TagService
from tests.data.test_access import as_user


def _service(db, login) -> BulkService:
    s = as_user(db, login)
    return BulkService(db, s.actor, s.access)


def _user(db, login):
    with db.connect() as conn:
        return conn.execute(select(User.id).where(User.login == login)).scalar()


def test_assign_owner_to_a_whole_filter_in_batches_with_progress(demo_db, monkeypatch):
    monkeypatch.setattr(bulk, "BATCH", 20)
    manager = _service(demo_db, "zhangwei")
    flt = CustomerFilter(search="有限公司")
    total = manager.count(flt)
    seen = []
    lina = _user(demo_db, "lina")
    done, _changes = manager.run("assign_owner", flt=flt, value=lina, progress=lambda d, t: seen.append((d, t)))
    assert done == total > 40 and seen[-1] == (total, total) and len(seen) == (total + 19) // 20
    with demo_db.connect() as conn:
        owners = {r[0] for r in conn.execute(text(
            "SELECT DISTINCT owner_id FROM customer WHERE id IN (SELECT id FROM customer) AND name LIKE '%有限公司%' "
            "AND deleted_at IS NULL AND department_id IN (SELECT department_id FROM app_user WHERE login='lina')"))}
    assert owners == {lina.hex}


def test_tags_on_a_selection_and_cancel_stops_between_batches(demo_db, monkeypatch):
    monkeypatch.setattr(bulk, "BATCH", 10)
    lina = _service(demo_db, "lina")
    ids = [r.id for r in lina.window(CustomerFilter(), CustomerOrder("name"),
                                     limit=35)]
    with pytest.raises(ValidationError) as refused:  # a rep picks tags; making a new one is tags.create
        lina.run("add_tag", ids=ids, value="年会邀请")
    assert refused.value.errors[0].code == "tag_unknown" and refused.value.errors[0].args["names"] == "年会邀请"
    manager = _service(demo_db, "zhangwei")
    TagService(demo_db, manager.actor, manager.access).add("年会邀请")
    lina.run("add_tag", ids=ids, value="年会邀请")
    with demo_db.connect() as conn:
        tag = conn.execute(select(Tag.id).where(Tag.name == "年会邀请")).scalar()
        linked = conn.execute(select(CustomerTag.customer_id).where(CustomerTag.tag_id == tag,
                                                                    CustomerTag.deleted_at.is_(None))).all()
    assert {r[0] for r in linked} == set(ids)
    lina.run("add_tag", ids=ids, value="年会邀请")  # again: not doubled
    calls = []
    with pytest.raises(Cancelled):
        lina.run("remove_tag", ids=ids, value="年会邀请", progress=lambda d, t: calls.append(d),
                 cancelled=lambda: len(calls) >= 1)
    with demo_db.connect() as conn:
        left = conn.execute(select(CustomerTag.customer_id).where(CustomerTag.tag_id == tag,
                                                                  CustomerTag.deleted_at.is_(None))).all()
    assert len(left) == 25  # the first batch of 10 was removed, then it stopped


def test_move_to_pool_and_delete_and_scope(demo_db):
    lina = _service(demo_db, "lina")
    ids = [r.id for r in lina.window(CustomerFilter(), CustomerOrder("name"),
                                     limit=4)]
    lina.run("move_to_pool", ids=ids[:2], value="批量退回")
    lina.run("delete", ids=ids[2:])
    with demo_db.connect() as conn:
        rows = dict(conn.execute(select(Customer.id, Customer.pool_id).where(Customer.id.in_(ids[:2]))).all())
        deleted = conn.execute(select(Customer.deleted_at).where(Customer.id.in_(ids[2:]))).scalars().all()
    assert all(rows.values()) and all(deleted)
    with pytest.raises(PermissionDenied):  # a rep cannot hand customers to someone outside her scope
        lina.run("assign_owner", ids=ids[2:], value=_user(demo_db, "wangfang"))
    with pytest.raises(PermissionDenied):  # and cannot touch another rep's customers
        wang_ids = [r.id for r in _service(demo_db, "wangfang").window(
            CustomerFilter(), CustomerOrder("name"), limit=2)]
        lina.run("add_tag", ids=wang_ids, value="VIP")
