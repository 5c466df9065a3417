"""The search indexes' upkeep in bulk: a unit of work that creates or changes many customers writes each FTS5
index in rowid order, one segment per commit, and the indexes still answer exactly for what was written."""

from crm_desktop.data import search_index
from crm_desktop.data.models import Customer
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.services.context import ensure_local_user

INDEXES = (search_index.TABLE, search_index.CJK_TABLE, search_index.PINYIN_TABLE, search_index.BIGRAM_TABLE)


def _segments(db) -> dict[str, int]:
    with db.connect() as conn:
        return {t: conn.exec_driver_sql(f"SELECT count(DISTINCT segid) FROM {t}_idx").scalar() for t in INDEXES}


def _create(db, actor, rows: list[dict]) -> list:
    with db.unit_of_work(actor, "bulk") as uow:
        ids = uow.create_many(Customer, rows)
        uow.commit()
    return ids


def test_a_bulk_create_writes_one_segment_per_index(db):
    actor = ensure_local_user(db)
    _create(db, actor, [{"name": f"北京华信{i}号科技有限公司", "mobile": f"139{i:08d}", "email": f"hx{i}@example.cn"}
                        for i in range(1200)])
    # FTS5 starts a segment per statement: a statement per 500 customers made three here.
    assert _segments(db) == {t: 1 for t in INDEXES}


def test_changes_to_many_customers_leave_the_index_exact(db, service):
    actor = ensure_local_user(db)
    ids = _create(db, actor, [{"name": f"上海远航{i}号物流", "mobile": f"138{i:08d}"} for i in range(300)])
    with db.unit_of_work(actor, "rename") as uow:
        for i, cid in enumerate(ids[::3]):
            uow.update(uow.get(Customer, cid), name=f"杭州天目{i}号茶业")
        uow.delete(uow.get(Customer, ids[1]))
        uow.commit()

    def found(query: str) -> set:
        return {r.id for r in service.window(CustomerFilter(search=query), CustomerOrder("name"), limit=1000)}

    renamed, deleted = set(ids[::3]), {ids[1]}
    assert found("杭州天目") == renamed
    assert found("hangzhou") == renamed and found("hztm") == renamed
    assert found("远航") == set(ids) - renamed - deleted
    assert found("13800000001") == set()  # the deleted customer's phone
    assert found("13800000002") == {ids[2]}
    with db.connect() as conn:
        for table in INDEXES:
            held = conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            assert held == 299, table  # one row per live customer, none left behind by the renames
