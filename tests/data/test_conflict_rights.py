"""Settling a sync conflict in the inbox is an edit like any other: the desk checks the right and the scope it
exercises now, as the server will when the choice is pushed."""

import uuid

import pytest
from sqlalchemy import insert, select

from crm_desktop.data.models import AppSetting, Customer, SyncIssue, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.services.sync import SyncService


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _conflict(db, entity, row_id, field, mine, theirs) -> uuid.UUID:
    issue_id = uuid.uuid4()
    with db.engine.begin() as conn:
        conn.execute(insert(SyncIssue).values(id=issue_id, kind="conflict", op_id=uuid.uuid4(), entity=entity,
                                              row_id=row_id, field=field, mine=mine, theirs=theirs,
                                              winner="theirs", detail="", at=db.now()))
    return issue_id


def _notes(db, customer_id):
    with db.connect() as conn:
        return conn.execute(select(Customer.notes).where(Customer.id == customer_id)).scalar_one()


def _owned_by(db, login):
    with db.connect() as conn:
        return conn.execute(select(Customer.id).join(User, User.id == Customer.owner_id)
                            .where(User.login == login, Customer.deleted_at.is_(None)).limit(1)).scalar_one()


def test_a_rep_settles_a_conflict_on_her_own_customer_but_not_on_a_colleagues(demo_db):
    lina = _actor(demo_db, "lina")
    hers, theirs = _owned_by(demo_db, "lina"), _owned_by(demo_db, "wangfang")
    before = _notes(demo_db, theirs)
    mine_issue = _conflict(demo_db, "customer", hers, "notes", "李娜的备注", "经理的备注")
    other_issue = _conflict(demo_db, "customer", theirs, "notes", "李娜的备注", "王芳的备注")
    service = SyncService(demo_db, lina)
    service.resolve(mine_issue, "mine")
    assert _notes(demo_db, hers) == "李娜的备注"
    with pytest.raises(PermissionDenied) as refused:
        service.resolve(other_issue, "mine")
    assert refused.value.args_map["reason"] == "out_of_scope"
    assert _notes(demo_db, theirs) == before
    assert [i.id for i in service.issues()] == [other_issue]  # still open for someone who may settle it


def test_a_setting_conflict_is_settled_only_with_the_settings_right(demo_db):
    admin = _actor(demo_db, "admin")
    with demo_db.unit_of_work(admin, "company letterhead") as uow:
        setting = uow.create(AppSetting, key="company", value={"x": 2})
        uow.commit()
    issue = _conflict(demo_db, "app_setting", setting.id, "value", {"x": 1}, {"x": 2})
    with pytest.raises(PermissionDenied):
        SyncService(demo_db, _actor(demo_db, "lina")).resolve(issue, "mine")
    SyncService(demo_db, admin).resolve(issue, "mine")
    with demo_db.connect() as conn:
        assert conn.execute(select(AppSetting.value).where(AppSetting.id == setting.id)).scalar_one() == {"x": 1}
