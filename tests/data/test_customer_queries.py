"""Keyset windows, anchors, counts, filters and search over a real (demo) SQLite database."""

import pytest
from sqlalchemy import text

from crm_desktop.domain.customer_filter import SORT_KEYS, CustomerFilter, CustomerOrder
from crm_desktop.domain.sort_keys import pinyin_key


def all_rows_by_paging(service, flt, order, page=37):
    rows, after = [], None
    while True:
        window = service.window(flt, order, after=after, limit=page)
        rows.extend(window)
        if len(window) < page:
            return rows
        after = window[-1].key


def reference_ids(db, order: CustomerOrder, where="deleted_at IS NULL"):
    """The expected order, computed independently: SQL for plain columns; owners and cities sorted here in
    the pinyin order of the owner's name / the city, then by name key and id."""
    with db.connect() as conn:
        if order.key in ("owner", "city"):
            rows = conn.execute(text(f"SELECT c.id, c.name_key, c.city, u.display_name, u.id FROM customer c "
                                     f"LEFT JOIN app_user u ON u.id = c.owner_id WHERE c.{where}")).all()
            # Owners in the pinyin order of their names; pool customers (no owner) after them.
            group = (lambda r: (0, pinyin_key(r[3]), r[4]) if r[4] else (1, "", "")) if order.key == "owner" \
                else (lambda r: (pinyin_key(r[2]), r[2]))
            return [r[0] for r in sorted(rows, key=lambda r: (group(r), r[1], r[0]), reverse=order.descending)]
        cols = {"name": "name_key", "created": "created_at", "updated": "updated_at"}[order.key]
        direction = " DESC" if order.descending else ""
        order_sql = ", ".join(c.strip() + direction for c in (cols + ", id").split(","))
        return [r[0] for r in conn.execute(text(f"SELECT id FROM customer WHERE {where} ORDER BY {order_sql}"))]


@pytest.mark.parametrize("key", SORT_KEYS)
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_paging_visits_every_row_once_in_sql_order(demo_service, demo_db, key, descending):
    order = CustomerOrder(key, descending)
    rows = all_rows_by_paging(demo_service, CustomerFilter(), order)
    assert [r.id.hex for r in rows] == reference_ids(demo_db, order)


@pytest.mark.parametrize("key", ["name", "city"])
def test_anchors_point_at_every_nth_row(demo_service, key):
    order = CustomerOrder(key)
    rows = all_rows_by_paging(demo_service, CustomerFilter(), order)
    anchors = demo_service.anchors(CustomerFilter(), order, 50)
    assert len(anchors) == (len(rows) + 49) // 50
    for page, anchor in enumerate(anchors):
        window = demo_service.window(CustomerFilter(), order, after=anchor, inclusive=True, limit=50)
        assert [r.id for r in window] == [r.id for r in rows[page * 50:page * 50 + 50]]


def test_count_and_filters_agree_with_sql(demo_service, demo_db):
    options = demo_service.filter_options()
    city = options["cities"][0]
    with demo_db.connect() as conn:  # an owner who has level-A customers in that city
        owner_hex = conn.execute(text("SELECT owner_id FROM customer WHERE deleted_at IS NULL AND city=:c "
                                      "AND level='A' ORDER BY id LIMIT 1"), {"c": city}).scalar()
    owner = next(o for o in options["owners"] if o.id.hex == owner_hex)
    flt = CustomerFilter(city=city, owner_id=owner.id, level="A")
    with demo_db.connect() as conn:
        expected = conn.execute(text("SELECT count(*) FROM customer WHERE deleted_at IS NULL AND city=:c "
                                     "AND owner_id=:o AND level='A'"), {"c": city, "o": owner.id.hex}).scalar()
    assert expected > 0
    assert demo_service.count(flt) == expected
    rows = all_rows_by_paging(demo_service, flt, CustomerOrder("name"))
    assert len(rows) == expected and all(r.city == city and r.owner_name == owner.label for r in rows)


def test_tag_filter(demo_service, demo_db):
    tag = next(t for t in demo_service.filter_options()["tags"] if t.label == "VIP")
    with demo_db.connect() as conn:
        expected = conn.execute(text("SELECT count(*) FROM customer_tag WHERE tag_id=:t AND deleted_at IS NULL"),
                                {"t": tag.id.hex}).scalar()
    assert expected > 0 and demo_service.count(CustomerFilter(tag_id=tag.id)) == expected


@pytest.fixture
def searchable(service):
    a, _ = service.create({"name": "杭州华信科技有限公司", "phone": "13812345678", "email": "sales@huaxin.cn"})
    b, _ = service.create({"name": "张三", "phone": "021 6888 1234"})
    c, _ = service.create({"name": "Acme Trading Ltd.", "email": "info@acme.com"})
    service.add_contact(c, {"name": "欧阳娜娜", "phone": "13911112222", "email": "nana@acme.com"})
    return {"huaxin": a, "zhangsan": b, "acme": c}


@pytest.mark.parametrize("query, expected", [
    ("华信", {"huaxin"}),            # 2-character Chinese
    ("张", {"zhangsan"}),            # 1 character
    ("娜娜", {"acme"}),              # 2 characters of a contact's name
    ("技有", {"huaxin"}),            # any two adjacent characters
    ("信技", set()),                 # both present, but not adjacent
    ("有限公司", {"huaxin"}),
    ("1381234", {"huaxin"}),         # phone substring, national digits
    ("138-1234-5678", {"huaxin"}),   # typed with separators
    ("+86 138 1234 5678", {"huaxin"}),
    ("68881234", {"zhangsan"}),      # landline
    ("huaxin.cn", {"huaxin"}),       # e-mail
    ("ACME", {"acme"}),              # case-insensitive
    ("欧阳娜娜", {"acme"}),           # contact name
    ("1391111", {"acme"}),           # contact phone
    ("nana@", {"acme"}),             # contact e-mail
    ("不存在的客户", set()),
])
def test_search_matches_name_phone_email_and_contacts(service, searchable, query, expected):
    found = {r.id for r in service.search(query)}
    assert found == {searchable[k] for k in expected}


def test_search_follows_edits_deletes_and_restores(service, searchable):
    def counts(*queries):  # counts of a search alone come from the index, so it must follow every write
        return [service.count(CustomerFilter(search=q)) for q in queries]

    service.update(searchable["huaxin"], {"name": "杭州东方科技有限公司"})
    assert service.search("华信") == []
    assert [r.id for r in service.search("东方")] == [searchable["huaxin"]]
    assert counts("华信", "东方", "东方科技", "cn") == [0, 1, 1, 1]
    service.delete([searchable["huaxin"]])
    assert service.search("东方") == []
    assert counts("东方", "东方科技", "cn") == [0, 0, 0]
    service.restore([searchable["huaxin"]])
    assert [r.id for r in service.search("东方")] == [searchable["huaxin"]]
    assert counts("东方", "东方科技", "cn") == [1, 1, 1]


def test_search_with_quotes_and_wildcards_is_literal(service, searchable):
    assert service.search('"') == []
    assert service.search("%") == []
    assert service.search('a"b OR c*') == []


def test_search_combines_with_filters_and_keyset(demo_service):
    flt = CustomerFilter(search="有限公司", level="B")
    total = demo_service.count(flt)
    rows = all_rows_by_paging(demo_service, flt, CustomerOrder("name"), page=20)
    assert total > 20 and len(rows) == total
    assert all("有限公司" in r.name and r.level == "B" for r in rows)


def test_recycle_bin_lists_deleted_customers(service, searchable):
    service.delete([searchable["acme"]])
    assert [r.id for r in service.recycle_bin()] == [searchable["acme"]]
    assert service.count(CustomerFilter()) == 2


@pytest.mark.parametrize("query", ["有限公司", "杭州", "Ltd", "138", "example.cn", "张", "科技", "有限", "李", "td", "13"])
def test_the_three_search_plans_return_the_same_rows(demo_service, monkeypatch, query):
    from crm_desktop.data import search_index
    flt, order = CustomerFilter(search=query), CustomerOrder("name")
    results = {}
    # (HANDED, COLLECT, SET_WALK): which plan a first window takes whatever the number of matches.
    for plan, (handed, collect, set_walk) in {"handed over": (10**9, 10**9, 10**9),
                                              "collect and sort": (0, 10**9, 10**9), "set walk": (0, 0, 10**9),
                                              "LIKE walk": (0, 0, 0)}.items():
        monkeypatch.setattr(search_index, "HANDED", handed)
        monkeypatch.setattr(search_index, "COLLECT", collect)
        monkeypatch.setattr(search_index, "SET_WALK", set_walk)
        results[plan] = [r.id for r in all_rows_by_paging(demo_service, flt, order)]
    total = demo_service.count(flt)
    assert total > 0
    assert results["set walk"] == results["collect and sort"] == results["LIKE walk"] == results["handed over"]
    assert len(results["set walk"]) == total
    # Anchors (every 7th row) give the same keys as paging; with a second filter the count agrees too.
    paged = all_rows_by_paging(demo_service, flt, order)
    with_level = CustomerFilter(search=query, level="B")
    expected = (demo_service.anchors(flt, order, 7), demo_service.count(with_level))
    assert expected[0] == [r.key for r in paged[::7]]
    assert expected[1] == sum(1 for r in paged if r.level == "B")
    if len(search_index.normalize_query(query)) >= 3 or search_index._short_cjk(query):
        # Anchors and counts take indexable matches from the index even where a first window would walk
        # with LIKE (COLLECT = SET_WALK = 0 still holds here).
        def no_like_walk(*_a, **_k):
            raise AssertionError("LIKE walk used where the index can answer")
        monkeypatch.setattr(search_index, "_like_walk", no_like_walk)
        assert (demo_service.anchors(flt, order, 7), demo_service.count(with_level)) == expected


def test_each_search_plan_reads_the_index_it_should(demo_db, monkeypatch):
    from sqlalchemy import select

    from crm_desktop.data import search_index
    from crm_desktop.data.models import Customer

    def plan(collect, set_walk, purpose="window", handed=0):
        monkeypatch.setattr(search_index, "HANDED", handed)
        monkeypatch.setattr(search_index, "COLLECT", collect)
        monkeypatch.setattr(search_index, "SET_WALK", set_walk)
        with demo_db.connect() as conn:
            cond = search_index.condition(conn, "有限公司", purpose=purpose)
            stmt = (select(Customer.id).where(Customer.deleted_at.is_(None), cond)
                    .order_by(Customer.name_key, Customer.id).limit(200))
            return " | ".join(r[-1] for r in conn.execute(text("EXPLAIN QUERY PLAN " + str(
                stmt.compile(compile_kwargs={"literal_binds": True})))))

    collect = plan(10**9, 10**9)
    assert "USING INTEGER PRIMARY KEY" in collect and "TEMP B-TREE FOR ORDER BY" in collect
    for walked in (plan(0, 10**9), plan(0, 0), plan(10**9, 10**9, "anchors")):
        assert "ix_customer_live_name" in walked and "TEMP B-TREE" not in walked
    assert "LIST SUBQUERY" in plan(0, 10**9) and "LIST SUBQUERY" not in plan(0, 0)
    # Handed over: the rowids are looked up from a JSON list; the full-text index is not read again.
    handed = plan(0, 0, handed=10**9)
    assert "json_each" in handed and "USING INTEGER PRIMARY KEY" in handed and search_index.TABLE not in handed
    assert "json_each" not in plan(10**9, 10**9, "anchors", handed=10**9)
    assert "json_each" not in plan(10**9, 10**9, "count", handed=10**9)


def test_short_chinese_queries_use_the_character_index(demo_db, monkeypatch):
    from sqlalchemy import select

    from crm_desktop.data import search_index
    from crm_desktop.data.models import Customer
    monkeypatch.setattr(search_index, "HANDED", 0)  # else the index is read before the plan, for its rowids
    with demo_db.connect() as conn:
        cond = search_index.condition(conn, "王芳")
        plan = " ".join(str(r) for r in conn.execute(text("EXPLAIN QUERY PLAN " + str(
            select(Customer.id).where(cond).compile(compile_kwargs={"literal_binds": True})))))
    assert search_index.CJK_TABLE in plan


def test_owners_and_cities_sort_in_pinyin_order_of_what_the_list_shows(demo_service):
    for key, label in (("owner", lambda r: r.owner_name), ("city", lambda r: r.city)):
        rows = all_rows_by_paging(demo_service, CustomerFilter(), CustomerOrder(key))
        seen = list(dict.fromkeys(label(r) for r in rows))  # group labels in the order shown
        assert len(seen) > 3
        if key == "owner":  # customers in the public pool have no owner and come last
            assert seen[-1] == "" and "" not in seen[:-1]
            seen = seen[:-1]
        assert seen == sorted(seen, key=pinyin_key)
    cities = list(dict.fromkeys(r.city for r in all_rows_by_paging(demo_service, CustomerFilter(),
                                                                     CustomerOrder("city"))))
    assert cities.index("北京") < cities.index("成都") < cities.index("重庆") < cities.index("上海")


def test_a_grouped_window_continues_after_its_group_emptied(demo_service):
    order = CustomerOrder("city")
    rows = all_rows_by_paging(demo_service, CustomerFilter(), order)
    first_city = rows[0].city
    key = rows[0].key
    demo_service.delete([r.id for r in rows if r.city == first_city])
    after = demo_service.window(CustomerFilter(), order, after=key, limit=5)
    assert [r.id for r in after] == [r.id for r in rows if r.city != first_city][:5]


def test_a_cancelled_read_stops_inside_sqlite_and_the_connection_stays_usable(demo_service):
    from crm_desktop.domain.errors import Cancelled
    checks = []

    def cancelled():
        checks.append(1)
        return len(checks) > 1  # not yet when the read starts; as soon as SQLite asks while it runs

    # A broad one-letter search walks every row: long enough for SQLite to poll the flag.
    flt = CustomerFilter(search="a")
    with pytest.raises(Cancelled):
        demo_service.anchors(flt, CustomerOrder("name"), 1, cancelled=cancelled)
    assert len(checks) >= 2  # SQLite itself asked while the walk ran
    with pytest.raises(Cancelled):  # already cancelled: the query is not even started
        demo_service.count(flt, cancelled=lambda: True)
    # The pooled connection carries no handler afterwards: the same read completes, with or without a flag.
    expected = demo_service.count(flt)
    assert expected > 0
    assert demo_service.count(flt, cancelled=lambda: False) == expected
    assert len(demo_service.anchors(flt, CustomerOrder("name"), 1)) == expected
