"""Tags through a real PostgreSQL: what the local services allow is what the server accepts. A rep tags with
the tags there are (a new one is refused locally, as the server would refuse it: before, the rep's tagging
vanished at the next sync); an administrator's rename and delete reach the rep's replica."""

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.tags import TagService


def _labels(service: CustomerService, customer_id) -> list[str]:
    return sorted(t.label for t in service.get(customer_id).tags)


def test_tags_a_rep_uses_and_an_administrator_renames_and_deletes_sync_without_rejections(make_client):
    admin, lina = make_client("admin"), make_client("lina")
    tags = TagService(admin.db, admin.actor)
    key_id, _ = tags.add("重点客户")
    assert admin.sync().rejected == 0

    lina.sync()
    rep = CustomerService(lina.db, lina.actor)
    cid, _ = rep.create({"name": "杭州西溪科技有限公司"})
    rep.set_tags(cid, ["重点客户"])
    with pytest.raises(ValidationError) as refused:
        rep.set_tags(cid, ["重点客户", "自己起的"])
    assert refused.value.errors[0].code == "tag_unknown"
    result = lina.sync()
    assert result.rejected == 0 and result.pushed > 0

    admin.sync()
    tags.rename(key_id, "战略客户")
    assert admin.sync().rejected == 0
    lina.sync()
    assert _labels(rep, cid) == ["战略客户"]

    done, _ = tags.delete(key_id)
    assert done == 1 and admin.sync().rejected == 0
    lina.sync()
    assert _labels(rep, cid) == []
    assert "战略客户" not in [t.name for t in TagService(lina.db, lina.actor).list_tags()]


def test_a_manager_may_make_tags_and_the_server_keeps_them(make_client):
    zhangwei = make_client("zhangwei")  # sales manager: tags:*
    manager = CustomerService(zhangwei.db, zhangwei.actor)
    cid, _ = manager.create({"name": "宁波港城物流有限公司"})
    manager.set_tags(cid, ["港口"])
    assert zhangwei.sync().rejected == 0
    admin = make_client("admin")
    assert "港口" in [t.name for t in TagService(admin.db, admin.actor).list_tags()]


def test_a_merge_by_an_administrator_moves_a_reps_customers_to_the_other_tag(make_client):
    admin, lina = make_client("admin"), make_client("lina")
    tags = TagService(admin.db, admin.actor)
    fair_id, _ = tags.add("展会")
    expo_id, _ = tags.add("会展")
    admin.sync()
    lina.sync()
    rep = CustomerService(lina.db, lina.actor)
    one, _ = rep.create({"name": "温州瓯江鞋业有限公司"})
    both, _ = rep.create({"name": "台州椒江机电有限公司"})
    rep.set_tags(one, ["会展"])
    rep.set_tags(both, ["会展", "展会"])
    assert lina.sync().rejected == 0

    admin.sync()
    done, _ = tags.merge(expo_id, fair_id)
    assert done == 2 and admin.sync().rejected == 0
    lina.sync()
    assert _labels(rep, one) == ["展会"] and _labels(rep, both) == ["展会"]
    assert "会展" not in [t.name for t in TagService(lina.db, lina.actor).list_tags()]
