"""The one write path: validation, stamps, journal entries with exactly the changed fields, undo."""

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from crm_desktop.data.models import Contact, Customer, JournalAction, JournalEntry, User
from crm_desktop.data.unit_of_work import Actor, UnguardedWrite
from crm_desktop.data.undo import undo_last
from crm_desktop.domain.errors import NothingToUndo, UndoConflict, ValidationError
from crm_desktop.services.context import ensure_local_user


def entries(db, row_id=None):
    with Session(db.engine) as s:
        stmt = select(JournalEntry).order_by(JournalEntry.seq)
        if row_id is not None:
            stmt = stmt.where(JournalEntry.row_id == row_id)
        return list(s.scalars(stmt))


@pytest.fixture
def actor(db):
    return ensure_local_user(db)


def create_customer(db, actor, **values):
    with db.unit_of_work(actor, "create") as uow:
        c = uow.create(Customer, **{"name": "华信科技有限公司", **values})
        uow.commit()
    return c.id


def test_create_stamps_owner_time_and_journals_given_fields(db, actor):
    cid = create_customer(db, actor, phone="138 1234 5678", city="杭州")
    with Session(db.engine) as s:
        c = s.get(Customer, cid)
        assert c.owner_id == actor.user_id and c.department_id == actor.department_id
        assert c.created_by == actor.user_id and c.created_at == c.updated_at
        assert c.version == 0 and c.deleted_at is None
        assert c.id.version == 7
    [entry] = entries(db, cid)
    assert entry.kind == "create" and entry.entity == "customer"
    assert entry.changes == {"name": [None, "华信科技有限公司"], "phone": [None, "+8613812345678"],
                             "city": [None, "杭州"], "owner_id": [None, str(actor.user_id)],
                             "department_id": [None, str(actor.department_id)]}
    assert entry.user_id == actor.user_id and entry.device_id == db.device_id
    assert entry.base_version == 0 and entry.synced_at is None


def test_update_journals_exactly_the_changed_fields(db, actor):
    cid = create_customer(db, actor, city="杭州", email="a@example.com")
    with db.unit_of_work(actor, "edit") as uow:
        diff = uow.update(uow.get(Customer, cid), city="上海", email="a@example.com", level="A")
        uow.commit()
    assert set(diff) == {"city", "level"}
    update = entries(db, cid)[-1]
    assert update.kind == "update"
    assert update.changes == {"city": ["杭州", "上海"], "level": ["", "A"]}


def test_update_without_changes_writes_nothing(db, actor):
    cid = create_customer(db, actor, city="杭州")
    with db.unit_of_work(actor, "edit") as uow:
        assert uow.update(uow.get(Customer, cid), city="杭州") == {}
        uow.commit()
    assert len(entries(db, cid)) == 1


def test_delete_and_restore_are_tombstones_with_entries(db, actor):
    cid = create_customer(db, actor)
    with db.unit_of_work(actor, "delete") as uow:
        uow.delete(uow.get(Customer, cid))
        uow.commit()
    with Session(db.engine) as s:
        assert s.get(Customer, cid).deleted_at is not None  # still there: a tombstone
    with db.unit_of_work(actor, "restore") as uow:
        uow.restore(uow.get(Customer, cid, include_deleted=True))
        uow.commit()
    kinds = [(e.kind, list(e.changes)) for e in entries(db, cid)]
    assert kinds[1:] == [("delete", ["deleted_at"]), ("restore", ["deleted_at"])]
    assert entries(db, cid)[-1].changes["deleted_at"][1] is None


def test_invalid_values_save_nothing(db, actor):
    before = len(entries(db))
    with pytest.raises(ValidationError):
        create_customer(db, actor, phone="12345")
    assert len(entries(db)) == before
    with Session(db.engine) as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0


def test_uncommitted_work_is_rolled_back(db, actor):
    with db.unit_of_work(actor, "abandoned") as uow:
        uow.create(Customer, name="不会保存")
    with Session(db.engine) as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
        assert s.scalar(select(func.count()).select_from(JournalAction).where(
            JournalAction.label == "abandoned")) == 0


def test_writes_around_the_unit_of_work_are_refused(db, actor):
    cid = create_customer(db, actor)
    with db.unit_of_work(actor, "sneaky") as uow:
        obj = uow.session.get(Customer, cid)
        obj.name = "改名但不记录"
        with pytest.raises(UnguardedWrite):
            uow.session.flush()
    with db.unit_of_work(actor, "sneaky add") as uow:
        uow.session.add(Customer(name="x", owner_id=actor.user_id))
        with pytest.raises(UnguardedWrite):
            uow.session.flush()
    with db.unit_of_work(actor, "hard delete") as uow:
        uow.session.delete(uow.session.get(Customer, cid))
        with pytest.raises(UnguardedWrite):
            uow.session.flush()


def test_customer_needs_an_owner(db):
    system = Actor(None, None, db.device_id)
    with pytest.raises(ValidationError) as info:
        with db.unit_of_work(system, "no owner") as uow:
            uow.create(Customer, name="无主客户")
    assert info.value.errors[0].field == "owner_id"


def test_bulk_create_journals_every_row_and_reports_bad_rows(db, actor):
    bad = []
    with db.unit_of_work(actor, "import") as uow:
        ids = uow.create_many(Customer, [{"name": "甲公司", "phone": "13900000001"},
                                         {"name": "乙公司", "phone": "123"},
                                         {"name": "丙公司", "email": "c@example.com"}],
                              on_error=lambda pos, exc: bad.append((pos, exc.errors[0].field)))
        uow.commit()
    assert bad == [(1, "phone")]
    assert len(ids) == 2
    with Session(db.engine) as s:
        rows = {c.name: c for c in s.scalars(select(Customer))}
        assert set(rows) == {"甲公司", "丙公司"}
        # Stored exactly as an ORM write would store them.
        assert rows["甲公司"].phone == "+8613900000001" and rows["甲公司"].short_name == ""
        assert rows["丙公司"].created_at is not None and rows["丙公司"].version == 0
    for cid in ids:
        [entry] = entries(db, cid)
        assert entry.kind == "create"
    with db.connect() as conn:  # bulk rows are searchable after commit
        assert conn.execute(text("SELECT count(*) FROM customer_search WHERE customer_search MATCH '\"甲公司\"'")
                            ).scalar() == 1


def test_undo_reverts_the_last_action_and_is_itself_journaled(db, actor):
    cid = create_customer(db, actor, city="杭州")
    with db.unit_of_work(actor, "edit") as uow:
        uow.update(uow.get(Customer, cid), city="上海")
        uow.commit()
    with db.unit_of_work(actor, "undo") as uow:
        undone = undo_last(uow)
        uow.commit()
    assert undone.label == "edit"
    with Session(db.engine) as s:
        assert s.get(Customer, cid).city == "杭州"
        undo_action = s.scalars(select(JournalAction).order_by(JournalAction.hlc.desc())).first()
        assert undo_action.undo_of == undone.id and undo_action.label == "undo: edit"
    # The next undo goes one step further back: the create, which becomes a delete.
    with db.unit_of_work(actor, "undo") as uow:
        assert undo_last(uow).label == "create"
        uow.commit()
    with Session(db.engine) as s:
        assert s.get(Customer, cid).deleted_at is not None
    with db.unit_of_work(actor, "undo") as uow:
        with pytest.raises(NothingToUndo):
            undo_last(uow)


def test_undo_delete_restores(db, actor):
    cid = create_customer(db, actor)
    with db.unit_of_work(actor, "delete") as uow:
        uow.delete(uow.get(Customer, cid))
        uow.commit()
    with db.unit_of_work(actor, "undo") as uow:
        undo_last(uow)
        uow.commit()
    with Session(db.engine) as s:
        assert s.get(Customer, cid).deleted_at is None


def test_undo_refuses_to_overwrite_a_later_edit_by_someone_else(db, actor):
    cid = create_customer(db, actor, city="杭州")
    with db.unit_of_work(actor, "edit") as uow:
        uow.update(uow.get(Customer, cid), city="上海")
        uow.commit()
    other = Actor(None, actor.department_id, db.device_id)
    with db.unit_of_work(other, "colleague edit") as uow:
        uow.update(uow.get(Customer, cid), city="北京")
        uow.commit()
    with db.unit_of_work(actor, "undo") as uow:
        with pytest.raises(UndoConflict) as info:
            undo_last(uow)
    assert info.value.args_map["field"] == "city"
    with Session(db.engine) as s:
        assert s.get(Customer, cid).city == "北京"


def test_undo_is_per_user_and_system_jobs_are_not_undoable(db, actor):
    create_customer(db, actor)
    with db.unit_of_work(Actor(None, None, db.device_id), "undo") as uow:
        with pytest.raises(NothingToUndo):  # the system created the local user; nobody undoes that
            undo_last(uow)
    with db.unit_of_work(actor, "colleague") as uow:
        colleague = uow.create(User, login="lisi", display_name="李四")
        uow.commit()
    with db.unit_of_work(Actor(colleague.id, None, db.device_id), "undo") as uow:
        with pytest.raises(NothingToUndo):
            undo_last(uow)
    with db.unit_of_work(actor, "undo") as uow:
        assert undo_last(uow).label == "colleague"


def test_contact_changes_refresh_the_customer_search_row(db, actor):
    cid = create_customer(db, actor)
    with db.unit_of_work(actor, "contact") as uow:
        uow.create(Contact, customer_id=cid, name="欧阳娜娜", phone="13700001111")
        uow.commit()
    with db.connect() as conn:
        row = conn.execute(text("SELECT contacts, phones FROM customer_search")).one()
    assert "欧阳娜娜" in row[0] and "13700001111" in row[1]


def test_name_key_is_derived_on_create_and_rename_and_never_journaled(db, actor):
    cid = create_customer(db, actor, name="重庆长安物流有限公司")
    with Session(db.engine) as s:
        assert s.get(Customer, cid).name_key == "chong qing chang an wu liu you xian gong si"
    with db.unit_of_work(actor, "rename") as uow:
        diff = uow.update(uow.get(Customer, cid), name="张伟")
        uow.commit()
    assert set(diff) == {"name"}
    with Session(db.engine) as s:
        assert s.get(Customer, cid).name_key == "zhang wei"
    assert all("name_key" not in e.changes for e in entries(db, cid))
    assert entries(db, cid)[-1].changes == {"name": ["重庆长安物流有限公司", "张伟"]}
    with db.unit_of_work(actor, "undo") as uow:  # undo replays the journaled name; the key follows it
        undo_last(uow)
        uow.commit()
    with Session(db.engine) as s:
        assert s.get(Customer, cid).name_key.startswith("chong qing")


def test_callers_cannot_set_a_derived_field(db, actor):
    with db.unit_of_work(actor, "create") as uow:
        with pytest.raises(ValidationError) as err:
            uow.create(Customer, name="华信", name_key="aaa")
    assert [(e.field, e.code) for e in err.value.errors] == [("name_key", "read_only")]


def test_bulk_path_converts_values_exactly_as_sqlalchemy_binds_them(db):
    import uuid
    from datetime import datetime

    from crm_desktop.data.models import Base
    from crm_desktop.data.unit_of_work import _fast_converter
    dialect = db.engine.dialect
    samples = {"Uuid": [uuid.uuid4(), uuid.UUID(int=0)],
               "DateTime": [datetime(2026, 11, 22, 7, 5, 3), datetime(2026, 1, 2, 3, 4, 5, 60)]}
    checked = 0
    for table in Base.metadata.sorted_tables:
        for column in table.columns:
            for value in samples.get(type(column.type).__name__, []):
                expected = column.type._cached_bind_processor(dialect)(value)
                assert _fast_converter(column, dialect)(value) == expected, (table.name, column.name)
                checked += 1
    assert checked > 50
