"""Tags as an administered list: counts, add, rename, merge and delete in batches (journaled, undoable,
cancellable), and new tags only from those with tags.create, as the server insists."""

import dataclasses

import pytest
from sqlalchemy import select

from crm_desktop.data.models import CustomerTag, Tag
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.domain.errors import Cancelled, ValidationError
from crm_desktop.services import tags as tags_module
from crm_desktop.services.imports import ImportService
from crm_desktop.services.tags import TagService
from tests.data.test_access import as_user


def _tags(db, login) -> TagService:
    s = as_user(db, login)
    return TagService(db, s.actor, s.access)


def _carrying(db, name: str) -> set:
    with db.connect() as conn:
        return set(conn.execute(select(CustomerTag.customer_id).join(Tag, Tag.id == CustomerTag.tag_id).where(
            Tag.name == name, Tag.deleted_at.is_(None), CustomerTag.deleted_at.is_(None))).scalars())


def _tag_customers(db, login, names: dict[str, int]) -> dict[str, list]:
    """Tag the first n customers (in name order) of each name, through the customer service."""
    service = as_user(db, login)
    rows = service.window(CustomerFilter(), CustomerOrder("name"), limit=max(names.values()))
    for name, n in names.items():
        for row in rows[:n]:
            have = [t.label for t in service.get(row.id).tags]
            service.set_tags(row.id, have + [name])
    return {name: [r.id for r in rows[:n]] for name, n in names.items()}


def test_the_list_counts_customers_in_pinyin_order(demo_db):
    admin = _tags(demo_db, "admin")
    listed = admin.list_tags()
    names = [t.name for t in listed]
    assert names == ["待回访", "老客户", "VIP", "新客户", "展会", "重点客户"]  # dai, lao, vip, xin, zhan, zhong
    for item in listed:
        assert item.customers == len(_carrying(demo_db, item.name))
    assert sum(t.customers for t in listed) > 0


def test_add_checks_the_name_and_the_right(demo_db):
    admin = _tags(demo_db, "admin")
    new_id, changes = admin.add("  战略合作  ")
    assert changes.tags and any(t.id == new_id and t.name == "战略合作" for t in admin.list_tags())
    for bad, code in (("", "required"), ("VIP", "tag_exists"), ("华东，华南", "tag_separator"), ("长" * 41, "too_long")):
        with pytest.raises(ValidationError) as refused:
            admin.add(bad)
        assert refused.value.errors[0].code == code, bad
    with pytest.raises(PermissionDenied):
        _tags(demo_db, "lina").add("销售自建")  # a rep has tags.view only


def test_a_rename_shows_on_every_customer_and_refuses_a_taken_name(demo_db):
    admin = _tags(demo_db, "admin")
    tagged = _tag_customers(demo_db, "admin", {"年会": 3})["年会"]
    tag = next(t for t in admin.list_tags() if t.name == "年会")
    admin.rename(tag.id, "年会邀请")
    reader = as_user(demo_db, "admin")
    assert all("年会邀请" in [t.label for t in reader.get(c).tags] for c in tagged)
    vip = next(t for t in admin.list_tags() if t.name == "VIP")
    with pytest.raises(ValidationError) as refused:
        admin.rename(tag.id, "VIP")
    assert refused.value.errors[0].code == "tag_exists" and refused.value.errors[0].args["id"] == str(vip.id)
    with pytest.raises(PermissionDenied):
        _tags(demo_db, "lina").rename(tag.id, "随便")


def test_a_merge_moves_customers_in_batches_and_one_carrying_both_keeps_one(demo_db, monkeypatch):
    monkeypatch.setattr(tags_module, "BATCH", 4)
    admin = _tags(demo_db, "admin")
    tagged = _tag_customers(demo_db, "admin", {"展会客户": 10, "会展": 3})
    before = _carrying(demo_db, "展会客户")
    steps = []
    ids = {t.name: t.id for t in admin.list_tags()}
    done, changes = admin.merge(ids["会展"], ids["展会客户"], progress=lambda d, t: steps.append((d, t)))
    assert done == 3 and steps == [(3, 3)] and changes.tags
    assert _carrying(demo_db, "展会客户") == before and "会展" not in [t.name for t in admin.list_tags()]
    # Every customer of "展会客户" carries it once: the three that had both lost the duplicate link.
    with demo_db.connect() as conn:
        links = conn.execute(select(CustomerTag.customer_id).where(CustomerTag.tag_id == ids["展会客户"],
                                                                   CustomerTag.deleted_at.is_(None))).scalars().all()
    assert sorted(links) == sorted(tagged["展会客户"])
    # A bigger merge goes in batches of BATCH, each reported.
    _tag_customers(demo_db, "admin", {"大客户": 10})
    ids = {t.name: t.id for t in admin.list_tags()}
    steps.clear()
    admin.merge(ids["大客户"], ids["VIP"], progress=lambda d, t: steps.append((d, t)))
    assert steps == [(4, 10), (8, 10), (10, 10)] and "大客户" not in [t.name for t in admin.list_tags()]
    assert set(tagged["展会客户"]) <= _carrying(demo_db, "VIP")


def test_a_delete_takes_the_tag_off_every_customer_and_one_undo_brings_it_back(demo_db):
    admin = _tags(demo_db, "admin")
    tagged = set(_tag_customers(demo_db, "admin", {"待清理": 5})["待清理"])
    tag = next(t for t in admin.list_tags() if t.name == "待清理")
    assert tag.customers == 5
    done, _changes = admin.delete(tag.id)
    assert done == 5 and _carrying(demo_db, "待清理") == set()
    reader = as_user(demo_db, "admin")
    assert all("待清理" not in [t.label for t in reader.get(c).tags] for c in tagged)
    assert "待清理" not in [t.name for t in admin.list_tags()]
    reader.undo()  # the links and the tag went in one unit of work
    assert _carrying(demo_db, "待清理") == tagged
    with pytest.raises(PermissionDenied):
        _tags(demo_db, "lina").delete(tag.id)


def test_only_someone_who_sees_every_customer_merges_or_deletes_a_tag(demo_db):
    """A department's manager has tags:* but sees his departments' customers only: a merge or delete by him
    would leave the other departments' customers on a deleted tag. He may still add and rename."""
    manager = _tags(demo_db, "zhangwei")
    ids = {t.name: t.id for t in _tags(demo_db, "admin").list_tags()}
    assert not manager.may_merge_or_delete() and _tags(demo_db, "admin").may_merge_or_delete()
    with pytest.raises(PermissionDenied) as refused:
        manager.delete(ids["展会"])
    assert refused.value.args_map["reason"] == "out_of_scope"
    with pytest.raises(PermissionDenied):
        manager.merge(ids["展会"], ids["VIP"])
    assert "展会" in [t.name for t in manager.list_tags()]
    manager.rename(ids["展会"], "展会客户")
    assert "展会客户" in [t.name for t in manager.list_tags()]


def test_a_cancelled_delete_stops_between_batches_and_leaves_the_tag(demo_db, monkeypatch):
    monkeypatch.setattr(tags_module, "BATCH", 4)
    admin = _tags(demo_db, "admin")
    _tag_customers(demo_db, "admin", {"分批": 10})
    tag = next(t for t in admin.list_tags() if t.name == "分批")
    steps = []
    with pytest.raises(Cancelled):
        admin.delete(tag.id, progress=lambda d, t: steps.append(d), cancelled=lambda: len(steps) >= 1)
    assert steps == [4] and len(_carrying(demo_db, "分批")) == 6  # one batch off; the tag is still there


def test_a_rep_picks_existing_tags_and_is_told_which_are_new(demo_db):
    lina = as_user(demo_db, "lina")
    cid = lina.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0].id
    lina.set_tags(cid, ["VIP", "展会"])
    assert sorted(t.label for t in lina.get(cid).tags) == ["VIP", "展会"]
    with pytest.raises(ValidationError) as refused:
        lina.set_tags(cid, ["VIP", "我的标签", "另一个"])
    error = refused.value.errors[0]
    assert (error.field, error.code, error.args["names"]) == ("tags", "tag_unknown", "另一个、我的标签")
    assert sorted(t.label for t in lina.get(cid).tags) == ["VIP", "展会"]  # nothing changed
    manager = as_user(demo_db, "zhangwei")  # tags:* — may make new ones
    manager.set_tags(manager.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0].id, ["经理新建"])
    assert _carrying(demo_db, "经理新建")


def test_an_import_by_someone_without_tags_create_keeps_unknown_tags_in_the_notes(demo_db, tmp_path):
    admin = as_user(demo_db, "admin")
    # A role an administrator could set up: may import customers, may not make tags.
    access = dataclasses.replace(admin.access, permissions=admin.access.permissions - {"tags.create"})
    path = tmp_path / "tags.csv"
    path.write_text("客户名称,标签\n标签导入测试有限公司,VIP；没见过的标签\n", encoding="utf-8")
    result = ImportService(demo_db, admin.actor, access).run(path, report_dir=tmp_path)
    assert result.imported == 1 and result.error_count == 0
    assert [(e.column, e.reason, e.value) for e in result.errors] == [("标签", "tag_unknown", "没见过的标签")]
    cid = admin.search("标签导入测试", limit=1)[0].id
    detail = admin.get(cid)
    assert [t.label for t in detail.tags] == ["VIP"] and "[标签] 没见过的标签" in detail.notes
