"""Segments on one replica (real SQLite, the demo data): a dynamic segment's count equals plain SQL and follows
the data as it changes; its filter survives JSON; static segments hold exactly who was put on them; the
batches for filling a campaign cover the segment once; the data scope applies to whoever evaluates it."""

import uuid
from datetime import date, datetime

import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import Segment, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.domain.errors import CrmError, ValidationError
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.segments import (
    SegmentService,
    filter_from_json,
    filter_to_json,
)

RAW = """SELECT count(*) FROM customer c WHERE c.deleted_at IS NULL AND c.city = :city AND c.level = :level
         AND EXISTS (SELECT 1 FROM customer_tag t WHERE t.customer_id = c.id AND t.tag_id = :tag
                     AND t.deleted_at IS NULL) {extra}"""


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


def _raw(db, city, level, tag_id, extra="", **params):
    with db.connect() as conn:
        return conn.execute(text(RAW.format(extra=extra)), {"city": city, "level": level, "tag": tag_id.hex,
                                                             **params}).scalar()


def _busiest(db):
    """The (city, level, tag) with the most customers in the demo data."""
    with db.connect() as conn:
        city, level, tag = conn.execute(text(
            "SELECT c.city, c.level, t.tag_id, count(*) n FROM customer c JOIN customer_tag t ON t.customer_id = c.id "
            "WHERE c.deleted_at IS NULL AND t.deleted_at IS NULL AND c.city != '' AND c.level != '' "
            "GROUP BY 1, 2, 3 ORDER BY n DESC LIMIT 1")).one()[:3]
    return city, level, uuid.UUID(tag)


@pytest.fixture
def admin(demo_db):
    return SegmentService(demo_db, _actor(demo_db, "admin"))


def test_a_dynamic_segment_counts_like_plain_sql_and_follows_the_data(demo_db, admin):
    city, level, tag = _busiest(demo_db)
    flt = CustomerFilter(city=city, level=level, tag_id=tag)
    sid, changes = admin.create({"name": f"{city}{level}级重点客户", "kind": "dynamic", "filter": flt})
    assert changes.campaigns
    before = _raw(demo_db, city, level, tag)
    assert before >= 2 and admin.count(sid) == before
    assert admin.get(sid).filter == flt

    customers = CustomerService(demo_db, admin.actor)
    first, *_ = next(admin.customer_ids(sid, 1))
    customers.update(first, {"level": "D" if level != "D" else "C"})  # leaves the segment
    assert admin.count(sid) == _raw(demo_db, city, level, tag) == before - 1
    new_id, _ = customers.create({"name": "杭州新锐机电有限公司", "city": city, "level": level})
    customers.set_tags(new_id, [n for n in _tag_names(demo_db, tag)])
    assert admin.count(sid) == _raw(demo_db, city, level, tag) == before
    customers.delete([new_id])
    assert admin.count(sid) == before - 1
    # The filter can be edited; the count follows.
    admin.update(sid, {"filter": CustomerFilter(city=city, level=level)})
    with demo_db.connect() as conn:
        plain = conn.execute(text("SELECT count(*) FROM customer WHERE deleted_at IS NULL AND city = :c "
                                  "AND level = :l"), {"c": city, "l": level}).scalar()
    assert admin.count(sid) == plain > before - 1


def _tag_names(db, tag_id):
    with db.connect() as conn:
        return [conn.execute(text("SELECT name FROM tag WHERE id = :t"), {"t": tag_id.hex}).scalar()]


def test_the_filter_survives_json_and_a_stray_key_is_refused(demo_db, admin):
    flt = CustomerFilter(search="科技", owner_id=uuid.uuid4(), tag_id=uuid.uuid4(), city="杭州市", industry="制造业",
                         level="A", status="potential", source="展会",
                         stale_follow_up_before=datetime(2026, 10, 1, 8, 30),
                         overdue_receivables_before=date(2026, 11, 30))
    stored = filter_to_json(flt)
    assert stored["tag_id"] == flt.tag_id.hex and stored["stale_follow_up_before"] == "2026-10-01T08:30:00"
    assert "owner_ids" not in filter_to_json(flt.scoped(frozenset({uuid.uuid4()}), None))  # scope never stored
    assert filter_from_json(stored) == flt
    assert filter_to_json(CustomerFilter()) == {}
    with pytest.raises(ValidationError):
        filter_from_json({"province": "浙江省"})
    with pytest.raises(ValidationError):
        admin.create({"name": "坏分群", "kind": "dynamic", "filter": {"no_such_field": 1}})
    sid, _ = admin.create({"name": "JSON 分群", "kind": "dynamic", "filter": flt})
    with demo_db.connect() as conn:
        assert conn.execute(select(Segment.filter).where(Segment.id == sid)).scalar() == stored


def test_a_static_segment_holds_who_was_put_on_it(demo_db, admin):
    city, level, tag = _busiest(demo_db)
    sid, _ = admin.create({"name": "展会名单", "kind": "static"})
    with demo_db.connect() as conn:
        some = [uuid.UUID(i) for i in conn.execute(text(
            "SELECT id FROM customer WHERE deleted_at IS NULL ORDER BY id LIMIT 5")).scalars()]
    added, changes = admin.add_members(sid, some + some[:2])
    assert added == 5 and changes.campaigns and admin.count(sid) == 5
    assert admin.add_members(sid, some[:3])[0] == 0 and admin.count(sid) == 5
    admin.remove_members(sid, some[:1])
    assert admin.count(sid) == 4
    assert sorted(i for batch in admin.customer_ids(sid, 3) for i in batch) == sorted(some[1:])

    # In bulk from a filter: everyone it selects now, once, remembered on the segment.
    flt = CustomerFilter(city=city, level=level, tag_id=tag)
    expected = _raw(demo_db, city, level, tag)
    overlap = len({*some[1:]} & {i for b in admin.customer_ids(
        admin.create({"name": "tmp", "kind": "dynamic", "filter": flt})[0], 500) for i in b})
    seen = []
    added, _ = admin.add_from_filter(sid, flt, batch=3, progress=lambda d, t: seen.append((d, t)))
    assert added == expected - overlap and admin.count(sid) == 4 + expected - overlap
    assert seen[-1] == (expected, expected)
    assert admin.get(sid).filter == flt

    # A static list does not follow the data (a changed level), but a deleted customer leaves the count.
    member = next(admin.customer_ids(sid, 1))[0]
    customers = CustomerService(demo_db, admin.actor)
    customers.update(member, {"level": "D" if level != "D" else "C"})
    assert admin.count(sid) == 4 + expected - overlap
    customers.delete([member])
    assert admin.count(sid) == 3 + expected - overlap

    dynamic, _ = admin.create({"name": "动态", "kind": "dynamic", "filter": flt})
    with pytest.raises(CrmError):
        admin.add_members(dynamic, some[:1])
    with pytest.raises(ValidationError):
        admin.update(dynamic, {"kind": "static"})


def test_batches_cover_a_dynamic_segment_exactly_once(demo_db, admin):
    sid, _ = admin.create({"name": "潜在客户", "kind": "dynamic", "filter": CustomerFilter(status="potential")})
    with demo_db.connect() as conn:
        expected = {uuid.UUID(i) for i in conn.execute(text(
            "SELECT id FROM customer WHERE deleted_at IS NULL AND status = 'potential'")).scalars()}
    batches = list(admin.customer_ids(sid, 37))
    flat = [i for b in batches for i in b]
    assert len(expected) > 100 and len(flat) == len(set(flat)) and set(flat) == expected
    assert all(len(b) == 37 for b in batches[:-1]) and 0 < len(batches[-1]) <= 37
    assert [n for _i, n in admin.preview(sid, 5)] and len(admin.preview(sid, 5)) == 5


def test_the_scope_of_whoever_evaluates_applies(demo_db, admin):
    _city, level, _tag = _busiest(demo_db)
    sid, _ = admin.create({"name": "共享分群", "kind": "dynamic", "filter": CustomerFilter(level=level)})
    lina = SegmentService(demo_db, _actor(demo_db, "lina"))
    with demo_db.connect() as conn:
        own = conn.execute(text("SELECT count(*) FROM customer WHERE deleted_at IS NULL AND level = :l "
                                "AND owner_id = :o"), {"l": level, "o": lina.actor.user_id.hex}).scalar()
        every = conn.execute(text("SELECT count(*) FROM customer WHERE deleted_at IS NULL AND level = :l"),
                             {"l": level}).scalar()
    assert lina.count(sid) == own and admin.count(sid) == every > own > 0
    assert [s.id for s in lina.segments()] == [sid]  # segments are shared; their contents are scoped
    with pytest.raises(PermissionDenied):
        lina.delete(sid)
    static, _ = admin.create({"name": "全员静态", "kind": "static"})
    admin.add_from_filter(static, CustomerFilter(level=level))
    assert admin.count(static) == every and lina.count(static) == own
    assert len({i for b in lina.customer_ids(static, 50) for i in b}) == own
    agent = SegmentService(demo_db, _actor(demo_db, "zhaolei"))
    with pytest.raises(PermissionDenied):
        agent.count(sid)
