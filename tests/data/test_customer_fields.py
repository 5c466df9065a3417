"""The complete customer and contact record: every field of issue 5 stores, validates and reads back through
the service; classification lists; follow-ups keep the customer's clocks; pinyin and short-query search."""

from datetime import date, datetime

import pytest

from crm_desktop.data.database import Database
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.sort_keys import pinyin_tokens
from crm_desktop.services import classifications
from crm_desktop.services.classifications import ClassificationService
from crm_desktop.services.context import ensure_local_user
from tests.shared_data import SHARED_DATA

STDNUM = SHARED_DATA / "conformance" / "stdnum-cn"


def _valid_codes() -> list[str]:
    lines = (STDNUM / "uscc_valid_numbers.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_every_customer_field_round_trips(service):
    code = _valid_codes()[0]
    cid, _ = service.create({
        "name": "杭州云栖科技有限公司", "short_name": "云栖", "customer_type": "enterprise", "level": "A",
        "industry": "信息技术", "source": "展会", "status": "potential", "province": "浙江省", "city": "杭州市",
        "district": "西湖区", "address": "文三路 90 号", "phone": "0571-8888 1234", "mobile": "138 1234 5678",
        "email": "info@yunqi.example.cn", "website": "https://yunqi.example.cn", "credit_code": code.lower(),
        "next_follow_up": date(2026, 12, 1), "notes": "重点"})
    d = service.get(cid)
    assert (d.short_name, d.customer_type, d.source, d.status, d.district) == ("云栖", "enterprise", "展会",
                                                                               "potential", "西湖区")
    assert d.credit_code == code.upper().replace(" ", "").replace("-", "")
    assert d.mobile == "138 1234 5678" and d.phone.replace(" ", "").endswith("88881234")
    assert d.website == "https://yunqi.example.cn" and d.next_follow_up == date(2026, 12, 1)


def test_every_published_credit_code_validates_and_a_wrong_check_character_is_refused(service):
    codes = _valid_codes()
    assert len(codes) > 50
    for code in codes[:60]:
        service.create({"name": f"公司{code[-6:]}", "credit_code": code})
    bad = codes[0][:-1] + ("0" if codes[0][-1] != "0" else "1")
    with pytest.raises(ValidationError) as exc:
        service.create({"name": "错误代码公司", "credit_code": bad})
    assert exc.value.for_field("credit_code").code == "credit_code_invalid"


def test_type_and_status_are_choices(service):
    with pytest.raises(ValidationError) as exc:
        service.create({"name": "甲", "customer_type": "robot", "status": "won"})
    assert {e.field for e in exc.value.errors} == {"customer_type", "status"}
    cid, _ = service.create({"name": "乙"})
    d = service.get(cid)
    assert (d.customer_type, d.status) == ("enterprise", "potential")


def test_contact_fields_round_trip_and_the_primary_contact_comes_first(service):
    cid, _ = service.create({"name": "深圳海鲸贸易"})
    service.add_contact(cid, {"name": "Zhou Min", "title": "采购"})
    service.add_contact(cid, {"name": "韩军", "title": "总经理", "department": "管理层", "phone": "0755-2688 0000",
                              "mobile": "13912345678", "other_phone": "+852 2123 4567", "email": "hj@haijing.cn",
                              "wechat": "hanjun_sz", "birthday": date(1980, 5, 4), "is_primary": True})
    contacts = service.get(cid).contacts
    assert contacts[0].name == "韩军" and contacts[0].is_primary
    k = contacts[0]
    assert (k.department, k.mobile, k.wechat, k.birthday) == ("管理层", "139 1234 5678", "hanjun_sz",
                                                             date(1980, 5, 4))
    assert "2123 4567" in k.other_phone
    with pytest.raises(ValidationError):
        service.add_contact(cid, {"name": "坏号码", "mobile": "12345"})


def test_a_follow_up_moves_the_customers_clocks(service):
    cid, _ = service.create({"name": "成都蜀锦"})
    service.add_activity(cid, "phone", "初次电话", happened_at=datetime(2026, 10, 1, 10),
                         next_follow_up=date(2026, 10, 8))
    d = service.get(cid)
    assert d.last_follow_up_at == datetime(2026, 10, 1, 10) and d.next_follow_up == date(2026, 10, 8)
    # An older follow-up entered late does not move the last time back.
    service.add_activity(cid, "visit", "补录", happened_at=datetime(2026, 9, 1, 10))
    assert service.get(cid).last_follow_up_at == datetime(2026, 10, 1, 10)
    service.add_activity(cid, "visit", "拜访", happened_at=datetime(2026, 10, 9, 15))
    d = service.get(cid)
    assert d.last_follow_up_at == datetime(2026, 10, 9, 15) and d.next_follow_up is None


def test_closing_a_deal_stamps_the_deal_clock(service, db):
    cid, _ = service.create({"name": "武汉光谷"})
    service.update(cid, {"status": "closed"})
    with db.connect() as conn:
        stamped = conn.exec_driver_sql("SELECT last_deal_at FROM customer WHERE id = ?", (cid.hex,)).scalar()
    assert stamped is not None


def test_classification_lists_seed_once_and_only_administrators_edit_them(db, demo_db):
    actor = ensure_local_user(db)
    lists = classifications.read(db)
    assert lists["level"] == ["A", "B", "C", "D"] and "制造业" in lists["industry"] and "展会" in lists["source"]
    admin = ClassificationService(db, actor)
    admin.set_list("industry", ["新能源", "制造业", "新能源", " "])
    assert classifications.read(db)["industry"] == ["新能源", "制造业"]
    classifications.ensure_defaults(db, actor)  # not seeded twice
    assert classifications.read(db)["industry"] == ["新能源", "制造业"]
    from tests.data.test_access import as_user
    rep = as_user(demo_db, "lina")
    from crm_desktop.domain.access import PermissionDenied
    with pytest.raises(PermissionDenied):
        ClassificationService(demo_db, rep.actor).set_list("industry", ["x"])


def test_pinyin_tokens():
    assert pinyin_tokens("张三") == "zhangsan zs"
    assert pinyin_tokens("重庆长安物流") == "chongqingchanganwuliu cqcawl"
    assert "zeng" in pinyin_tokens("曾小贤") and "ceng" in pinyin_tokens("曾小贤")  # surname and everyday
    assert pinyin_tokens("Brown Ltd") == ""


@pytest.fixture
def people(service):
    names = {}
    for name in ("张三", "张三丰", "李四", "韩军", "王五", "Zsolt Kiss", "北京华信科技有限公司"):
        names[name] = service.create({"name": name})[0]
    other, _ = service.create({"name": "上海某公司"})
    service.add_contact(other, {"name": "张珊", "mobile": "13800001111"})
    names["contact:张珊"] = other
    code = _valid_codes()[1]
    names["code"] = service.create({"name": "信用代码公司", "credit_code": code, "mobile": "13698765432"})[0]
    names["code_value"] = code
    return names


def _found(service, query):
    rows = service.window(CustomerFilter(search=query), CustomerOrder("name"), limit=500)
    assert service.count(CustomerFilter(search=query)) == len(rows)
    return {r.name for r in rows}


def test_pinyin_full_and_initials_find_chinese_names(service, people):
    assert {"张三", "张三丰"} <= _found(service, "zs")
    assert "Zsolt Kiss" in _found(service, "zs")  # Latin text still matches as text
    assert "上海某公司" in _found(service, "zs")  # 张珊, a contact, is zs too
    assert _found(service, "zhangsan") >= {"张三", "张三丰"}
    assert "张三" in _found(service, "Zhang San")
    assert _found(service, "zsf") == {"张三丰"}
    assert _found(service, "hanjun") == {"韩军"} and _found(service, "hj") == {"韩军"}
    assert "北京华信科技有限公司" in _found(service, "bjhx")
    assert "李四" not in _found(service, "zs")


def test_one_and_two_character_chinese_queries(service, people):
    assert _found(service, "韩军") == {"韩军"}
    assert _found(service, "张") >= {"张三", "张三丰", "上海某公司"}
    assert _found(service, "三") == {"张三", "张三丰"}


def test_phone_credit_code_and_contact_mobile_search(service, people):
    assert _found(service, "136 9876 5432") == {"信用代码公司"}
    assert _found(service, people["code_value"]) == {"信用代码公司"}
    assert _found(service, "+86 138-0000-1111") == {"上海某公司"}


def test_an_older_database_is_upgraded_with_its_customers_in_the_new_indexes(tmp_path):
    """A 0005 database with customers, upgraded: the new columns have their defaults and the pinyin index
    and the rebuilt trigram index hold the existing customers."""
    from alembic import command
    from sqlalchemy import create_engine, event

    from crm_desktop.data import search_index
    from crm_desktop.data.migrate import alembic_config
    from crm_desktop.domain.ids import new_id
    from crm_desktop.paths import DataPaths
    from crm_desktop.services.customers import CustomerService
    paths = DataPaths(tmp_path / "old")
    paths.root.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{paths.database}")
    event.listen(engine, "connect", lambda c, _r: search_index.register_functions(c))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        cid = new_id()
        conn.exec_driver_sql(
            "INSERT INTO customer (id, name, name_key, short_name, level, industry, province, city, address, phone,"
            " email, notes, created_at, updated_at, version) VALUES (?, '韩军', 'han jun', '', '', '', '', '', '',"
            " '+8613912345678', '', '', '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1)", (cid.hex,))
        conn.exec_driver_sql("INSERT INTO customer_search(rowid, name, phones, emails, contacts) "
                             "SELECT rowid, name, phone, email, '' FROM customer")
        conn.exec_driver_sql("INSERT INTO customer_search_cjk(rowid, name, contacts) "
                             "SELECT rowid, crm_cjk_spaced(name), '' FROM customer")
    engine.dispose()
    db = Database(paths)
    svc = CustomerService(db, ensure_local_user(db))
    assert _found(svc, "hj") == {"韩军"} and _found(svc, "hanjun") == {"韩军"} and _found(svc, "韩军") == {"韩军"}
    d = svc.get(cid)
    assert (d.customer_type, d.status, d.credit_code) == ("enterprise", "potential", "")
    db.close()


def test_field_history_lists_who_changed_what_with_masking_for_restricted_readers(demo_db):
    from tests.data.test_access import as_user
    lina = as_user(demo_db, "lina")
    cid, _ = lina.create({"name": "历史记录公司", "phone": "13812345678", "city": "苏州"})
    lina.update(cid, {"city": "无锡", "phone": "13987654321"})
    history = lina.history(cid)
    latest = {h.field: h for h in history if h.kind == "update"}
    assert (latest["city"].old, latest["city"].new, latest["city"].user) == ("苏州", "无锡", "李娜")
    assert latest["phone"].new == "139 8765 4321"
    assert any(h.kind == "create" and h.field == "name" and h.new == "历史记录公司" for h in history)
    auditor = as_user(demo_db, "sunli")  # phones masked for auditors
    masked = {h.field: h for h in auditor.history(cid) if h.kind == "update"}
    assert masked["phone"].new.startswith("139") and "*" in masked["phone"].new
    from crm_desktop.domain.access import PermissionDenied
    with pytest.raises(PermissionDenied):
        as_user(demo_db, "wangfang").history(cid)  # outside her scope


def test_the_360_timeline_and_due_follow_ups(service, db):
    from datetime import timedelta
    cid, _ = service.create({"name": "时间线客户"})
    service.add_contact(cid, {"name": "联系人甲"})
    now = db.now()
    service.add_activity(cid, "visit", "上门拜访", happened_at=now - timedelta(days=3),
                         next_follow_up=(now - timedelta(days=1)).date())
    service.update(cid, {"status": "closed"})
    kinds = [i.kind for i in service.timeline(cid)]
    assert {"created", "contact", "follow_up", "status"} <= set(kinds)
    assert kinds.index("status") < kinds.index("follow_up")  # newest first
    due = service.due_follow_ups(now.date())
    assert [(d.name, d.overdue_days) for d in due if d.customer_id == cid] == [("时间线客户", 1)]
    other, _ = service.create({"name": "还没到期", "next_follow_up": (now + timedelta(days=5)).date()})
    assert other not in {d.customer_id for d in service.due_follow_ups(now.date())}
    assert other in {d.customer_id for d in service.due_follow_ups(now.date(), ahead_days=7)}


def test_field_history_names_what_ids_refer_to_and_shows_local_times(demo_db, beijing_time):
    """A department, a pool or a previous owner reads as its name, not as a UUID; a journaled time as the screens
    show times, in local time; a change no user made (the demo seeder, a rule) has no user name."""
    from sqlalchemy import select

    from crm_desktop.data.models import Department
    from tests.data.test_access import as_user
    lina = as_user(demo_db, "lina")
    cid, _ = lina.create({"name": "引用名称公司"})
    lina.add_activity(cid, "visit", "上门拜访", happened_at=datetime(2026, 4, 8, 19, 46, 24))
    history = lina.history(cid)
    created = {h.field: h for h in history if h.kind == "create"}
    with demo_db.connect() as conn:
        department = conn.execute(select(Department.name).where(
            Department.id == lina.actor.department_id)).scalar_one()
    assert created["department_id"].new == department
    assert created["owner_id"].new == "李娜"
    followed = [h for h in history if h.field == "last_follow_up_at"]
    assert followed and followed[0].new == "2026-04-09 03:46"  # 19:46 UTC on the 8th, in Beijing
    seeded = next(c.id for c in lina.window(CustomerFilter(), CustomerOrder("name"), limit=1))
    assert {h.user for h in lina.history(seeded) if h.kind == "create"} == {""}
