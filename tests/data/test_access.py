"""Roles, data scopes and field rules, enforced by the services for every read and write. Each demo user is
checked against the set of customers their scope should give, computed independently in SQL."""

import re
import uuid

import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import BUSINESS_MODELS, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import (ACTIONS, MODULES, SEED_ROLES, DataScope, PermissionDenied, mask,
                                       module_of)
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services import access
from crm_desktop.services.customers import CustomerService
from tests.data.test_customer_queries import all_rows_by_paging

MASKED_PHONE = re.compile(r"^\d{3}\*+\d{4}$")


def as_user(db, login) -> CustomerService:
    with db.connect() as conn:
        user = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return CustomerService(db, Actor(user[0], user[1], db.device_id))


def expected_ids(db, where: str, **params) -> set:
    with db.connect() as conn:
        return {uuid.UUID(r[0]) for r in conn.execute(text(
            "SELECT c.id FROM customer c LEFT JOIN app_user u ON u.id = c.owner_id "
            f"JOIN department d ON d.id = c.department_id WHERE c.deleted_at IS NULL AND ({where})"), params)}


SCOPES = {
    "admin": "1 = 1",
    "zhangwei": "d.name IN ('华东销售部', '上海销售组')",  # department and its children
    "lina": "u.login = 'lina'",  # own
    "liuyang": "d.name = '华南销售部'",
    "zhaolei": "1 = 1",  # service agent: all, e-mail masked
    "sunli": "1 = 1",  # auditor: all, read-only, phones masked
}


def test_every_business_entity_belongs_to_a_module_with_declared_actions():
    for entity in BUSINESS_MODELS:
        assert module_of(entity) in MODULES, f"{entity} has no module: declare it in domain/access.MODULES"
    for module, (_entities, actions) in MODULES.items():
        assert actions and set(actions) <= set(ACTIONS), module
    declared = {f"{m}.{a}" for m, (_e, actions) in MODULES.items() for a in actions}
    for role in SEED_ROLES:
        assert role.permissions <= declared, role.code
    assert {r.code for r in SEED_ROLES} == {"administrator", "sales_manager", "sales_rep", "service_agent",
                                            "auditor"}


@pytest.mark.parametrize("login", list(SCOPES))
def test_each_role_sees_exactly_its_scope_in_lists_search_and_counts(demo_db, login):
    service = as_user(demo_db, login)
    expected = expected_ids(demo_db, SCOPES[login])
    assert 0 < len(expected)
    listed = all_rows_by_paging(service, CustomerFilter(), CustomerOrder("name"))
    assert {r.id for r in listed} == expected and len(listed) == len(expected)
    assert service.count(CustomerFilter()) == len(expected)
    for order in ("owner", "city"):  # grouped orders go through another query shape
        assert {r.id for r in all_rows_by_paging(service, CustomerFilter(), CustomerOrder(order))} == expected
    for query in ("有限公司", "Ltd", "138", "王"):
        found = {r.id for r in all_rows_by_paging(service, CustomerFilter(search=query), CustomerOrder("name"))}
        everyone = {r.id for r in all_rows_by_paging(as_user(demo_db, "admin"), CustomerFilter(search=query),
                                                     CustomerOrder("name"))}
        assert found == everyone & expected
        assert service.count(CustomerFilter(search=query)) == len(found)
    anchors = service.anchors(CustomerFilter(), CustomerOrder("name"), 50)
    assert anchors == [r.key for r in listed[::50]]


def test_a_record_outside_the_scope_cannot_be_read_or_written(demo_db):
    lina, admin = as_user(demo_db, "lina"), as_user(demo_db, "admin")
    others = expected_ids(demo_db, "u.login = 'wangfang'")
    foreign = sorted(others)[0]
    own = sorted(expected_ids(demo_db, "u.login = 'lina'"))[0]
    for call in (lambda: lina.get(foreign), lambda: lina.update(foreign, {"level": "A"}),
                 lambda: lina.delete([foreign]), lambda: lina.add_contact(foreign, {"name": "李四"}),
                 lambda: lina.add_activity(foreign, "phone", "打个电话"),
                 lambda: lina.set_tags(foreign, ["VIP"])):
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert caught.value.args_map["reason"] == "out_of_scope"
    lina.update(own, {"level": "A"})  # her own: allowed
    assert lina.get(own).level == "A"
    # Nor may she hand her customer to someone outside her scope.
    wangfang_id = demo_db.connect().execute(select(User.id).where(User.login == "wangfang")).scalar()
    with pytest.raises(PermissionDenied):
        lina.update(own, {"owner_id": wangfang_id})


def test_missing_permissions_are_refused_with_a_clear_error(demo_db):
    auditor, agent = as_user(demo_db, "sunli"), as_user(demo_db, "zhaolei")
    some = sorted(expected_ids(demo_db, "1 = 1"))[0]
    for call, module, action in ((lambda: auditor.create({"name": "审计员新建"}), "customers", "create"),
                                 (lambda: auditor.update(some, {"level": "B"}), "customers", "edit"),
                                 (lambda: auditor.delete([some]), "customers", "delete"),
                                 (lambda: agent.update(some, {"level": "B"}), "customers", "edit"),
                                 (lambda: agent.add_contact(some, {"name": "张三"}), "contacts", "create")):
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert caught.value.code == "permission_denied"
        assert caught.value.args_map == {"module": module, "action": action}
    agent.add_activity(some, "phone", "客户来电咨询")  # what a service agent is for
    assert agent.can("activities", "create") and not agent.can("customers", "edit")


def test_masked_fields_never_leave_the_service_unmasked(demo_db):
    auditor, agent, admin = as_user(demo_db, "sunli"), as_user(demo_db, "zhaolei"), as_user(demo_db, "admin")
    rows = auditor.window(CustomerFilter(), CustomerOrder("name"), limit=100)
    full = {r.id: r for r in admin.window(CustomerFilter(), CustomerOrder("name"), limit=100)}
    assert all(MASKED_PHONE.match(r.phone) for r in rows if full[r.id].phone)
    assert all(r.email.split("@")[0].endswith("***") for r in rows if full[r.id].email)
    assert all(r.phone == full[r.id].phone for r in agent.window(CustomerFilter(), CustomerOrder("name"),
                                                                 limit=100))
    with_contacts = next(r.id for r in rows if admin.get(r.id).contacts)
    detail = auditor.get(with_contacts)
    assert MASKED_PHONE.match(detail.phone) and detail.editable_fields == ()
    assert all(MASKED_PHONE.match(c.phone) for c in detail.contacts if c.phone)
    agent_view = agent.get(with_contacts)
    assert agent_view.notes == "" and "notes" in agent_view.hidden_fields
    assert "email" not in agent_view.editable_fields  # the agent may not edit anyway
    admin.delete([with_contacts])  # the recycle bin is a list like any other
    binned = auditor.recycle_bin()
    assert [r.id for r in binned] == [with_contacts] and MASKED_PHONE.match(binned[0].phone)


def test_a_masked_field_sent_back_unchanged_is_ignored_and_a_change_refused(demo_db):
    from crm_desktop.data.models import Role
    from crm_desktop.services.context import system_actor
    # A rep who may edit customers but sees phones masked: a custom role, as an administrator would set up.
    with demo_db.unit_of_work(system_actor(demo_db), "custom role") as uow:
        uow.create(Role, code="masked_rep", name="外包销售", data_scope="OWN",
                   permissions=["customers.view", "customers.edit"], field_rules={"customer.phone": "MASKED"})
        uow.commit()
    with demo_db.connect() as conn:
        chenjing = conn.execute(select(User.id).where(User.login == "chenjing")).scalar()
        conn.execute(text("UPDATE user_role SET deleted_at = '2026-01-01' WHERE user_id = :u"), {"u": chenjing.hex})
        conn.commit()
    access.grant(demo_db, system_actor(demo_db), chenjing, "masked_rep")
    rep = as_user(demo_db, "chenjing")
    own = next(r for r in rep.window(CustomerFilter(), CustomerOrder("name"), limit=50) if r.phone)
    detail = rep.get(own.id)
    assert MASKED_PHONE.match(detail.phone) and "phone" not in detail.editable_fields
    rep.update(own.id, {"name": detail.name + "（新）", "phone": detail.phone})  # the form sends all fields
    assert rep.get(own.id).name.endswith("（新）")
    with pytest.raises(ValidationError) as caught:
        rep.update(own.id, {"phone": "13912345678"})
    assert caught.value.for_field("phone").code == "read_only"


def test_scopes_resolve_from_roles_departments_and_managers(demo_db):
    from crm_desktop.data.models import Role
    from crm_desktop.services.context import system_actor
    with demo_db.connect() as conn:
        users = dict(conn.execute(select(User.login, User.id)).all())
        res = {login: access.resolve(conn, users[login]) for login in ("admin", "zhangwei", "lina")}
    assert res["admin"].scope == DataScope.ALL and res["admin"].sees_everything
    assert res["lina"].owner_ids == {users["lina"]} and res["lina"].department_ids is None
    assert len(res["zhangwei"].department_ids) == 2  # 华东销售部 and 上海销售组 under it
    with demo_db.unit_of_work(system_actor(demo_db), "team lead role") as uow:
        uow.create(Role, code="team_lead", name="组长", data_scope="OWN_AND_SUBORDINATES",
                   permissions=["customers.view"])
        uow.commit()
    access.grant(demo_db, system_actor(demo_db), users["zhangwei"], "team_lead")
    with demo_db.connect() as conn:
        both = access.resolve(conn, users["zhangwei"])
    assert both.scope == DataScope.DEPARTMENT_TREE  # the widest of the two roles
    with demo_db.connect() as conn:
        conn.execute(text("UPDATE user_role SET deleted_at = '2026-01-01' WHERE user_id = :u AND role_id = "
                          "(SELECT id FROM role WHERE code = 'sales_manager')"), {"u": users["zhangwei"].hex})
        conn.commit()
        lead = access.resolve(conn, users["zhangwei"])
    assert lead.owner_ids == {users["zhangwei"], users["lina"], users["wangfang"]}
    service = CustomerService(demo_db, Actor(users["zhangwei"], None, demo_db.device_id))
    assert service.count(CustomerFilter()) == len(expected_ids(
        demo_db, "u.login IN ('zhangwei', 'lina', 'wangfang')"))


def test_an_inactive_user_gets_no_access(demo_db):
    with demo_db.connect() as conn:
        conn.execute(text("UPDATE app_user SET active = 0 WHERE login = 'lina'"))
        conn.commit()
    with pytest.raises(PermissionDenied) as caught:
        as_user(demo_db, "lina")
    assert caught.value.args_map["reason"] == "user_inactive"


@pytest.mark.parametrize("value, kind, shown", [
    ("+86 138 1234 5678", "phone", "138****5678"), ("13812345678", "phone", "138****5678"),
    ("010 6888 1234", "phone", "010****1234"), ("zhang.wei@example.cn", "email", "z***@example.cn"),
    ("110101199003071234", "id_number", "110101********1234"), ("", "phone", ""),
])
def test_masking(value, kind, shown):
    assert mask(value, kind) == shown


def test_undo_is_a_write_and_checks_permission_and_scope_now(demo_db):
    from crm_desktop.data.models import Customer
    lina, manager = as_user(demo_db, "lina"), as_user(demo_db, "zhangwei")
    mine = lina.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0]
    lina.update(mine.id, {"level": "A" if mine.level != "A" else "B"})
    # Her manager hands the customer to a colleague: it leaves lina's scope.
    with demo_db.connect() as conn:
        wangfang = conn.execute(select(User.id, User.department_id).where(User.login == "wangfang")).one()
    manager.update(mine.id, {"owner_id": wangfang[0]})
    with pytest.raises(PermissionDenied) as refused:
        lina.undo()
    assert refused.value.args_map["reason"] == "out_of_scope"
    with demo_db.connect() as conn:
        row = conn.execute(select(Customer.level, Customer.owner_id).where(Customer.id == mine.id)).one()
    assert row.owner_id == wangfang[0] and row.level != mine.level  # nothing was reverted


def test_undo_of_an_organisation_change_needs_administer_now(demo_db):
    from crm_desktop.services.organisation import OrganisationService
    admin = as_user(demo_db, "admin")
    org = OrganisationService(demo_db, admin.actor)
    dept = org.list_departments()[0].id
    # The administrator loses the role (another administrator exists to take it away).
    other, _ = org.create_user("admin2", "第二管理员", dept, roles=("administrator",))
    OrganisationService(demo_db, as_user(demo_db, "admin2").actor).set_roles(admin.actor.user_id, ["auditor"])
    demoted = as_user(demo_db, "admin")
    with pytest.raises(PermissionDenied) as refused:
        demoted.undo()
    assert refused.value.args_map["action"] == "administer"
    # The refused undo (of creating admin2) changed nothing.
    assert "admin2" in {u.login for u in OrganisationService(demo_db, as_user(demo_db, "admin2").actor)
                        .list_users() if u.active}
