"""Two-letter Latin queries ("zs", "lm": pinyin initials, or letters of a name or e-mail) through the letter-pair
index: every plan a first window can take returns what LIKE over the text plus the pinyin index returns, the
index follows every write, and an upgraded database has its customers in it."""

import uuid

import pytest
from sqlalchemy import select, text

from crm_desktop.data import search_index
from crm_desktop.data.models import Customer
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.services.context import ensure_local_user
from tests.data.schema_versions import database_with_customers, downgraded

# (HANDED, PAIR_COLLECT, SET_WALK) forcing each plan of a first window whatever the number of matches.
PAIR_PLANS = {"handed over": (10**9, 10**9, 10**9), "collect and sort": (0, 10**9, 10**9),
              "set walk": (0, 0, 10**9), "LIKE walk": (0, 0, 0)}


def _paged(service, flt, order, page=37):
    rows, after = [], None
    while True:
        window = service.window(flt, order, after=after, limit=page)
        rows.extend(window)
        if len(window) < page:
            return rows
        after = window[-1].key


def _expected(db, query: str) -> set:
    """What a two-letter query matched before the letter-pair index: LIKE over the trigram index's text, or a
    pinyin token starting with the letters (the pinyin index's own prefix query)."""
    like = f"%{query}%"
    with db.connect() as conn:
        return {uuid.UUID(r[0]) for r in conn.execute(text(
            "SELECT c.id FROM customer c WHERE c.deleted_at IS NULL AND (c.rowid IN ("
            " SELECT id FROM customer_search_content WHERE c0 LIKE :l OR c1 LIKE :l OR c2 LIKE :l OR c3 LIKE :l)"
            " OR c.rowid IN (SELECT rowid FROM customer_search_pinyin WHERE customer_search_pinyin MATCH :p))"),
            {"l": like, "p": f'"{query.lower()}" *'})}


def _found(service, query: str) -> set:
    rows = _paged(service, CustomerFilter(search=query), CustomerOrder("name"))
    assert service.count(CustomerFilter(search=query)) == len(rows)
    return {r.id for r in rows}


def test_letter_pairs_are_what_like_matches():
    assert search_index.latin_bigrams("Zhang.Wei@a1.cn") == "an cn ei ha ng we zh"
    assert search_index.latin_bigrams("ab", "cd", None, "") == "ab cd"  # values stay apart: no "bc"
    assert search_index.latin_bigrams("a b 1c 张三 é\u212ak") == ""  # LIKE folds ASCII only (\u212a: Kelvin)
    assert search_index.latin_bigrams("ÉÉtude") == "de tu ud"


@pytest.mark.parametrize("query", ["hx", "HX", "ds", "zx", "yh", "lt", "an", "co", "qx"])
def test_every_pair_plan_returns_what_like_and_pinyin_return(demo_service, demo_db, monkeypatch, query):
    flt, order = CustomerFilter(search=query), CustomerOrder("name")
    expected = _expected(demo_db, query)
    results = {}
    for plan, (handed, collect, set_walk) in PAIR_PLANS.items():
        monkeypatch.setattr(search_index, "HANDED", handed)
        monkeypatch.setattr(search_index, "PAIR_COLLECT", collect)
        monkeypatch.setattr(search_index, "SET_WALK", set_walk)
        results[plan] = [r.id for r in _paged(demo_service, flt, order)]
    assert results["set walk"] == results["collect and sort"] == results["LIKE walk"] == results["handed over"]
    assert set(results["set walk"]) == expected
    assert demo_service.count(flt) == len(expected)
    paged = _paged(demo_service, flt, order)
    assert demo_service.anchors(flt, order, 7) == [r.key for r in paged[::7]]
    with_level = CustomerFilter(search=query, level="B")
    assert demo_service.count(with_level) == sum(1 for r in paged if r.level == "B")


def test_each_pair_plan_reads_the_index_it_should(demo_db, monkeypatch):
    def plan(collect, set_walk, purpose="window", handed=0):
        monkeypatch.setattr(search_index, "HANDED", handed)
        monkeypatch.setattr(search_index, "PAIR_COLLECT", collect)
        monkeypatch.setattr(search_index, "SET_WALK", set_walk)
        with demo_db.connect() as conn:
            cond = search_index.condition(conn, "hx", purpose=purpose)
            stmt = (select(Customer.id).where(Customer.deleted_at.is_(None), cond)
                    .order_by(Customer.name_key, Customer.id).limit(64))
            return " | ".join(r[-1] for r in conn.execute(text("EXPLAIN QUERY PLAN " + str(
                stmt.compile(compile_kwargs={"literal_binds": True})))))

    collect = plan(10**9, 10**9)
    assert search_index.BIGRAM_TABLE in collect and "TEMP B-TREE FOR ORDER BY" in collect
    for walked in (plan(0, 10**9), plan(0, 0), plan(10**9, 10**9, "anchors")):
        assert "ix_customer_live_name" in walked and "TEMP B-TREE FOR ORDER BY" not in walked
    set_walk = plan(0, 10**9)
    assert search_index.BIGRAM_TABLE in set_walk and "LIST SUBQUERY" in set_walk
    # The LIKE walk builds no set at all: the pinyin text is checked row by row, like the rest.
    assert "LIST SUBQUERY" not in plan(0, 0) and search_index.BIGRAM_TABLE not in plan(0, 0)
    handed = plan(10**9, 10**9, handed=10**9)
    assert "json_each" in handed and search_index.BIGRAM_TABLE not in handed


def test_the_counts_choose_the_plan(demo_db, monkeypatch):
    with demo_db.connect() as conn:
        held = search_index._held(conn, "hx", '"hx" *', 10**9)
        assert held >= len(_expected(demo_db, "hx")) > 0
        assert search_index._held(conn, "qq", '"qq" *', 10**9) == len(_expected(demo_db, "qq"))

    def chosen(handed, collect):
        monkeypatch.setattr(search_index, "HANDED", handed)
        monkeypatch.setattr(search_index, "PAIR_COLLECT", collect)
        with demo_db.connect() as conn:
            cond = str(search_index.condition(conn, "hx"))
        return ("handed over" if "json_each" in cond else "set walk" if "+customer.rowid IN" in cond
                else "collect and sort" if " IN (SELECT" in cond else "LIKE walk")

    assert chosen(held, held) == "handed over"  # at both thresholds
    assert chosen(held - 1, held) == "collect and sort"  # too many to hand over, few enough to look up
    assert chosen(held, held - 1) == "set walk"
    assert chosen(0, held - 1) == "set walk"


def test_many_matches_are_estimated_from_a_sample_of_customers(demo_db, monkeypatch):
    """Above the handed-over few, the pair and pinyin matches are counted among the first 1/SAMPLE of the
    customers (by rowid) and scaled up; a small database is counted whole."""
    with demo_db.connect() as conn:
        top = conn.execute(text("SELECT max(rowid) FROM customer")).scalar_one()
        exact = search_index._held(conn, "hx", '"hx" *', 10**9)
        assert search_index._estimated_held(conn, "hx", '"hx" *') == exact  # below SAMPLE_FROM: counted
        monkeypatch.setattr(search_index, "SAMPLE_FROM", 0)
        monkeypatch.setattr(search_index, "SAMPLE", 4)
        cut = top // 4
        in_sample = conn.execute(text(
            "SELECT (SELECT count(*) FROM customer_search_bigram WHERE customer_search_bigram MATCH '\"hx\"'"
            " AND rowid <= :cut) + (SELECT count(*) FROM customer_search_pinyin"
            " WHERE customer_search_pinyin MATCH '\"hx\" *' AND rowid <= :cut)"), {"cut": cut}).scalar_one()
        assert 0 < in_sample < exact
        assert search_index._estimated_held(conn, "hx", '"hx" *') == 4 * in_sample
        monkeypatch.setattr(search_index, "SAMPLE", 1)
        assert search_index._estimated_held(conn, "hx", '"hx" *') == exact


def test_the_pair_index_follows_edits_contacts_deletes_and_restores(service, db):
    cid, _ = service.create({"name": "Qxelle Labs", "email": "hello@labs.io"})
    other, _ = service.create({"name": "张三", "email": "zs@example.com"})
    assert _found(service, "qx") == {cid} and _found(service, "XE") == {cid}
    service.update(cid, {"name": "Labs Inc."})
    assert _found(service, "qx") == set() and _found(service, "nc") == {cid}
    service.add_contact(cid, {"name": "Ann", "email": "qxu@labs.io"})
    assert _found(service, "qx") == {cid}
    contact = service.get(cid).contacts[0].id
    service.update_contact(contact, {"email": "ann@labs.io"})
    assert _found(service, "qx") == set()
    service.delete_contact(contact)
    assert _found(service, "nn") == set()
    assert _found(service, "zs") == {other}  # as text and as pinyin
    service.delete([other])
    assert _found(service, "zs") == set()
    service.restore([other])
    assert _found(service, "zs") == {other}
    with db.connect() as conn:  # the bulk rebuild gives what the per-row upkeep gave
        before = conn.execute(text(f"SELECT rowid, pairs FROM {search_index.BIGRAM_TABLE} ORDER BY rowid")).all()
        search_index.rebuild(conn)
        after = conn.execute(text(f"SELECT rowid, pairs FROM {search_index.BIGRAM_TABLE} ORDER BY rowid")).all()
        conn.rollback()
    assert before == after and len(before) == 2


def test_an_upgraded_database_has_its_customers_in_the_pair_index(tmp_path):
    from crm_desktop.data.database import Database
    from crm_desktop.services.customers import CustomerService
    paths, (cid,) = database_with_customers(tmp_path / "old", {"name": "Zsolt Kiss", "email": "zk@example.hu"})
    with downgraded(paths, "0009") as conn:
        assert not conn.exec_driver_sql(f"SELECT 1 FROM sqlite_master WHERE name = "
                                        f"'{search_index.BIGRAM_TABLE}'").all()
    db = Database(paths)  # upgrades to the head again
    svc = CustomerService(db, ensure_local_user(db))
    assert _found(svc, "zs") == {cid} and _found(svc, "ss") == {cid} and _found(svc, "hu") == {cid}
    db.close()


def test_customers_created_in_a_unit_are_indexed_once_beside_edited_ones(service, db):
    """A unit of work that creates customers inserts their index rows without deleting first (they have none);
    one that also edits an existing customer, and writes to the new ones after creating them, still leaves
    exactly one row per customer in each index, holding the final text."""
    from crm_desktop.data.models import Contact
    old, _ = service.create({"name": "Old Name Trading", "email": "old@trading.io"})
    actor = ensure_local_user(db)
    with db.unit_of_work(actor, "mixed") as uow:
        first = uow.create(Customer, name="孙涛贸易")
        (second,) = uow.create_many(Customer, [{"name": "Qixelle Bulk"}])
        uow.update(first, name="孙涛商贸")
        uow.create(Contact, customer_id=second, name="Yuki Stone")
        uow.update(uow.get(Customer, old), name="Renamed Trading")
        uow.commit()
    with db.connect() as conn:
        for table, _columns, _select in search_index._INDEXES:
            counts = dict(conn.execute(text(
                f"SELECT c.id, count(*) FROM {table} s JOIN customer c ON c.rowid = s.rowid GROUP BY c.id")).all())
            assert {counts.get(i.hex) for i in (first.id, second, old)} == {1}, table
    assert _found(service, "stsm") == {first.id} and _found(service, "stmy") == set()
    assert _found(service, "商贸") == {first.id} and _found(service, "贸易") == set()
    assert _found(service, "stone") == {second} and _found(service, "xe") >= {second}
    assert _found(service, "renamed") == {old} and _found(service, "old name") == set()
