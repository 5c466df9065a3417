"""Duplicates and merge: the finder groups customers sharing a phone, e-mail, credit code, name or a similar
name within the user's scope; a merge keeps the chosen values, moves contacts, follow-ups and tags to the
survivor, tombstones the others, and undoes as one action."""

import pytest
from sqlalchemy import select

from crm_desktop.data.models import Customer, CustomerTag
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.merge import MergeService
from tests.data.test_access import as_user


@pytest.fixture
def lina(demo_db):
    return as_user(demo_db, "lina")


def _make(service: CustomerService, name, **values):
    return service.create({"name": name, **values})[0]


def test_the_finder_groups_by_each_key_within_the_scope(demo_db, lina):
    a = _make(lina, "宁波海曙贸易有限公司", mobile="13855556666")
    b = _make(lina, "海曙贸易", mobile="138-5555-6666")
    c = _make(lina, "Ningbo Haishu Trading", email="INFO@haishu.cn")
    d = _make(lina, "海曙贸易(宁波)", email="info@haishu.cn")
    e = _make(lina, "杭州钱塘江电子有限公司")
    f = _make(lina, "杭州钱塘江电子有限公同")  # a typo
    groups = MergeService(demo_db, lina.actor).find()
    keyed = {(g.key, frozenset(i for i, _n in g.customers)) for g in groups}
    assert ("phone", frozenset({a, b})) in keyed
    assert ("email", frozenset({c, d})) in keyed
    assert ("fuzzy_name", frozenset({e, f})) in keyed
    wang = as_user(demo_db, "wangfang")  # another rep's scope holds none of them
    assert not any({a, b, c, d, e, f} & {i for g in MergeService(demo_db, wang.actor).find() for i, _n in g.customers})


def test_merge_keeps_chosen_values_moves_related_records_and_undoes(demo_db, lina):
    survivor = _make(lina, "合并后的客户", city="宁波", phone="0574-8888 1234")
    other = _make(lina, "合并前的客户", city="杭州", website="https://other.example.cn")
    lina.add_contact(other, {"name": "其他联系人"})
    lina.add_activity(other, "visit", "拜访过")
    lina.set_tags(survivor, ["VIP"])
    lina.set_tags(other, ["VIP", "展会"])
    merge = MergeService(demo_db, lina.actor)
    merge.merge(survivor, [other], {"city": "杭州", "website": "https://other.example.cn"})
    detail = lina.get(survivor)
    assert (detail.city, detail.website, detail.name) == ("杭州", "https://other.example.cn", "合并后的客户")
    assert [c.name for c in detail.contacts] == ["其他联系人"] and len(detail.activities) == 1
    assert sorted(t.label for t in detail.tags) == ["VIP", "展会"]
    assert lina.get(other).deleted_at is not None
    with demo_db.connect() as conn:
        links = conn.execute(select(CustomerTag.tag_id).where(CustomerTag.customer_id == survivor,
                                                              CustomerTag.deleted_at.is_(None))).all()
    assert len(links) == 2  # the shared tag is not doubled
    lina.undo()
    back = lina.get(other)
    assert back.deleted_at is None and [c.name for c in back.contacts] == ["其他联系人"]
    assert lina.get(survivor).city == "宁波" and lina.get(survivor).contacts == ()


def test_merge_refuses_records_outside_the_scope_and_unknown_fields(demo_db, lina):
    mine = _make(lina, "我的客户")
    wang = as_user(demo_db, "wangfang")
    theirs = _make(wang, "别人的客户")
    merge = MergeService(demo_db, lina.actor)
    with pytest.raises(PermissionDenied):
        merge.merge(mine, [theirs])
    from crm_desktop.domain.errors import ValidationError
    with pytest.raises(ValidationError):
        merge.merge(mine, [mine])
    with pytest.raises(ValidationError):
        merge.merge(mine, [_make(lina, "另一个")], {"colour": "red"})
    with demo_db.connect() as conn:
        assert conn.execute(select(Customer.deleted_at).where(Customer.id == theirs)).scalar() is None


def test_contacts_merge_and_follow_ups_follow_the_survivor(demo_db, lina):
    from crm_desktop.data.models import Activity, Contact
    cid = _make(lina, "联系人合并公司")
    lina.add_contact(cid, {"name": "王小明", "mobile": "13800002222"})
    lina.add_contact(cid, {"name": "王晓明", "email": "wxm@example.cn"})
    with demo_db.connect() as conn:
        ids = dict(conn.execute(select(Contact.name, Contact.id).where(Contact.customer_id == cid)).all())
    with lina.db.unit_of_work(lina.actor, "follow-up with a contact") as uow:
        uow.create(Activity, customer_id=cid, contact_id=ids["王晓明"], kind="phone", content="电话",
                   happened_at=demo_db.now(), owner_id=lina.actor.user_id)
        uow.commit()
    MergeService(demo_db, lina.actor).merge_contacts(ids["王小明"], [ids["王晓明"]], {"email": "wxm@example.cn"})
    contacts = lina.get(cid).contacts
    assert [(c.name, c.email) for c in contacts] == [("王小明", "wxm@example.cn")]
    with demo_db.connect() as conn:
        assert conn.execute(select(Activity.contact_id).where(Activity.customer_id == cid)).scalar() == ids["王小明"]
