"""Organisation administration on a real SQLite database: the department tree, users and their roles, roles;
the rules that keep the organisation usable; permissions; and a journal entry for every write."""

import pytest
from sqlalchemy import func, select

from crm_desktop.data.models import JournalEntry, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied, all_permissions
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.organisation import OrganisationService


def as_user(db, login) -> OrganisationService:
    with db.connect() as conn:
        user = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return OrganisationService(db, Actor(user[0], user[1], db.device_id))


def journal_count(db, entity=None) -> int:
    with db.connect() as conn:
        query = select(func.count()).select_from(JournalEntry)
        if entity:
            query = query.where(JournalEntry.entity == entity)
        return conn.execute(query).scalar()


def error_code(caught, field: str) -> str:
    found = caught.value.for_field(field)
    assert found is not None, caught.value.errors
    return found.code


@pytest.fixture
def admin(demo_db) -> OrganisationService:
    return as_user(demo_db, "admin")


def dept(service, name):
    return next(d for d in service.list_departments() if d.name == name)


def user(service, login):
    return next(u for u in service.list_users() if u.login == login)


def role(service, code):
    return next(r for r in service.list_roles() if r.code == code)


def test_departments_list_as_a_tree_with_paths_and_user_counts(admin):
    departments = admin.list_departments()
    assert [d.path for d in departments][:3] == ["总部", "总部 / 华东销售部", "总部 / 华东销售部 / 上海销售组"]
    assert {d.name for d in departments} == {"总部", "华东销售部", "华南销售部", "客户服务部", "上海销售组"}
    assert dept(admin, "上海销售组").user_count == 1  # wangfang
    assert dept(admin, "总部").user_count == 2  # admin and sunli; sub-departments are not counted


def test_department_create_rename_move_and_delete(admin, demo_db):
    before = journal_count(demo_db, "department")
    hq, east = dept(admin, "总部"), dept(admin, "华东销售部")
    new_id, changes = admin.create_department("杭州销售组", east.id)
    assert changes.users and dept(admin, "杭州销售组").path == "总部 / 华东销售部 / 杭州销售组"
    admin.rename_department(new_id, "浙江销售组")
    admin.move_department(new_id, hq.id)
    moved = dept(admin, "浙江销售组")
    assert moved.parent_id == hq.id and moved.path == "总部 / 浙江销售组"
    admin.delete_department(new_id)
    assert "浙江销售组" not in {d.name for d in admin.list_departments()}
    assert journal_count(demo_db, "department") == before + 4  # create, rename, move, delete


def test_a_department_cannot_be_moved_inside_itself(admin):
    hq, east, shanghai = dept(admin, "总部"), dept(admin, "华东销售部"), dept(admin, "上海销售组")
    for department, new_parent in ((east, shanghai), (east, east), (hq, shanghai)):
        with pytest.raises(ValidationError) as caught:
            admin.move_department(department.id, new_parent.id)
        assert error_code(caught, "parent_id") == "cycle"
    assert dept(admin, "华东销售部").parent_id == hq.id  # nothing changed


def test_department_names_are_checked(admin):
    east = dept(admin, "华东销售部")
    for name, code in (("", "required"), ("上海销售组", "duplicate")):  # twice under one parent
        with pytest.raises(ValidationError) as caught:
            admin.create_department(name, east.id)
        assert error_code(caught, "name") == code
    admin.create_department("上海销售组", dept(admin, "华南销售部").id)  # another parent: fine


def test_a_department_in_use_cannot_be_deleted(admin):
    east, shanghai = dept(admin, "华东销售部"), dept(admin, "上海销售组")
    with pytest.raises(ValidationError) as caught:
        admin.delete_department(east.id)  # has 上海销售组 under it
    assert error_code(caught, "department") == "in_use"
    with pytest.raises(ValidationError) as caught:
        admin.delete_department(shanghai.id)  # wangfang works there
    assert caught.value.for_field("department").args == {"departments": 0, "users": 1}
    admin.set_active(user(admin, "wangfang").id, False)  # an inactive user does not keep it alive
    admin.delete_department(shanghai.id)
    with pytest.raises(ValidationError) as caught:
        admin.delete_department(east.id)  # no sub-department left, but zhangwei and lina work there
    assert caught.value.for_field("department").args == {"departments": 0, "users": 2}
    assert {d.name for d in admin.list_departments()} == {"总部", "华东销售部", "华南销售部", "客户服务部"}


def test_users_create_update_roles_and_journal(admin, demo_db):
    before = journal_count(demo_db)
    east, south = dept(admin, "华东销售部"), dept(admin, "华南销售部")
    zhangwei = user(admin, "zhangwei")
    new_id, changes = admin.create_user("  Zhou.Min ", "周敏", east.id, zhangwei.id, ["sales_rep"])
    assert changes.users
    zhou = user(admin, "zhou.min")  # stored lower-case, trimmed
    assert (zhou.display_name, zhou.department_name, zhou.manager_name, zhou.active, zhou.role_codes) == \
        ("周敏", "华东销售部", "张伟", True, ("sales_rep",))
    admin.update_user(new_id, "zhou.min", "周敏敏", south.id, None, ["sales_manager", "auditor"])
    zhou = user(admin, "zhou.min")
    assert (zhou.display_name, zhou.department_name, zhou.manager_id, zhou.role_codes) == \
        ("周敏敏", "华南销售部", None, ("auditor", "sales_manager"))
    admin.set_roles(new_id, ["auditor"])
    assert user(admin, "zhou.min").role_codes == ("auditor",)
    admin.set_active(new_id, False)
    assert not user(admin, "zhou.min").active
    admin.set_active(new_id, True)
    with demo_db.connect() as conn:
        entities = [r[0] for r in conn.execute(select(JournalEntry.entity).order_by(JournalEntry.seq)
                                               .offset(before))]
    # create user + role, update user + (remove 1, add 2) roles, remove 1 role, deactivate, activate
    assert entities.count("app_user") == 4 and entities.count("user_role") == 5
    assert len(entities) == 9


def test_user_fields_are_validated(admin):
    east = dept(admin, "华东销售部")
    cases = [(("LINA", "另一个李娜", east.id), "login", "duplicate"),  # case-insensitive
             (("li na", "李娜", east.id), "login", "bad_identifier"),
             (("王芳", "王芳", east.id), "login", "bad_identifier"),
             (("", "无名", east.id), "login", "required"),
             (("nobody", "  ", east.id), "display_name", "required"),
             (("nodept", "无部门", None), "department_id", "required")]
    for args, field, code in cases:
        with pytest.raises(ValidationError) as caught:
            admin.create_user(*args)
        assert error_code(caught, field) == code, args
    with pytest.raises(ValidationError) as caught:
        admin.create_user("x1", "某人", east.id, None, ["no_such_role"])
    assert error_code(caught, "roles") == "not_a_choice"


def test_a_manager_chain_cannot_loop(admin):
    zhangwei, lina, wangfang = user(admin, "zhangwei"), user(admin, "lina"), user(admin, "wangfang")
    admin.update_user(wangfang.id, "wangfang", "王芳", wangfang.department_id, lina.id)  # zhangwei > lina > wangfang
    for who, manager in ((zhangwei, wangfang), (zhangwei, zhangwei), (lina, wangfang)):
        with pytest.raises(ValidationError) as caught:
            admin.update_user(who.id, who.login, who.display_name, who.department_id, manager.id)
        assert error_code(caught, "manager_id") == "cycle"


def test_the_last_active_administrator_is_protected(admin, demo_db):
    me = user(admin, "admin")
    with pytest.raises(ValidationError) as caught:
        admin.set_active(me.id, False)  # nobody deactivates their own account
    assert error_code(caught, "active") == "own_account"
    with pytest.raises(ValidationError) as caught:
        admin.set_roles(me.id, ["auditor"])
    assert error_code(caught, "roles") == "last_admin"
    # A second administrator makes the first one's role removable, but then not the second one's.
    zhangwei = user(admin, "zhangwei")
    admin.set_roles(zhangwei.id, ["administrator", "sales_manager"])
    second = as_user(demo_db, "zhangwei")
    admin.set_roles(me.id, ["administrator", "auditor"])
    second.set_active(me.id, False)
    with pytest.raises(ValidationError) as caught:
        second.set_roles(zhangwei.id, ["sales_manager"])
    assert error_code(caught, "roles") == "last_admin"
    with pytest.raises(ValidationError) as caught:
        second.set_active(zhangwei.id, False)
    assert error_code(caught, "active") == "own_account"
    assert user(second, "zhangwei").role_codes == ("administrator", "sales_manager")


def test_roles_create_edit_delete(admin, demo_db):
    before = journal_count(demo_db, "role")
    role_id, _changes = admin.create_role("team_lead", "组长")
    created = role(admin, "team_lead")
    assert (created.name, created.permissions, created.scope, created.field_rules, created.builtin) == \
        ("组长", frozenset(), "OWN", {}, False)
    admin.update_role(role_id, "小组长", ["customers.view", "customers.export"], "OWN_AND_SUBORDINATES",
                      {"customer.phone": "MASKED", "customer.notes": "HIDDEN", "customer.email": "EDITABLE"})
    edited = role(admin, "team_lead")
    assert edited.permissions == {"customers.view", "customers.export"}
    assert edited.scope == "OWN_AND_SUBORDINATES"
    assert edited.field_rules == {"customer.phone": "MASKED", "customer.notes": "HIDDEN"}  # editable = no rule
    lina = user(admin, "lina")
    admin.set_roles(lina.id, ["sales_rep", "team_lead"])
    with pytest.raises(ValidationError) as caught:
        admin.delete_role(role_id)
    assert caught.value.for_field("role").code == "in_use"
    admin.set_roles(lina.id, ["sales_rep"])
    admin.delete_role(role_id)
    assert "team_lead" not in {r.code for r in admin.list_roles()}
    assert journal_count(demo_db, "role") == before + 3
    with pytest.raises(ValidationError) as caught:
        admin.delete_role(role(admin, "auditor").id)
    assert caught.value.for_field("role").code == "builtin"


def test_role_values_are_validated(admin):
    rep = role(admin, "sales_rep")
    for kwargs, field, code in (
            ({"permissions": ["customers.view", "customers.fly"]}, "permissions", "unknown_permission"),
            ({"permissions": ["audit.delete"]}, "permissions", "unknown_permission"),  # not declared by audit
            ({"scope": "EVERYTHING"}, "data_scope", "not_a_choice"),
            ({"field_rules": {"customer.phone": "SECRET"}}, "field_rules", "not_a_choice"),
            ({"field_rules": {"customer.shoe_size": "HIDDEN"}}, "field_rules", "unknown_field")):
        values = {"name": rep.name, "permissions": rep.permissions, "scope": rep.scope,
                  "field_rules": rep.field_rules} | kwargs
        with pytest.raises(ValidationError) as caught:
            admin.update_role(rep.id, **values)
        assert error_code(caught, field) == code
    assert role(admin, "sales_rep") == rep  # nothing half-saved
    for code, expected in (("sales_rep", "duplicate"), ("Bad Code", "bad_identifier")):
        with pytest.raises(ValidationError) as caught:
            admin.create_role(code, "重复")
        assert error_code(caught, "code") == expected


def test_the_administrator_role_keeps_every_permission(admin):
    admin_role = role(admin, "administrator")
    assert admin_role.permissions == all_permissions()
    with pytest.raises(ValidationError) as caught:
        admin.update_role(admin_role.id, admin_role.name, admin_role.permissions - {"roles.administer"}, "ALL", {})
    assert error_code(caught, "permissions") == "admin_role_protected"
    admin.update_role(admin_role.id, "超级管理员", admin_role.permissions, "ALL", {})  # renaming is fine
    assert role(admin, "administrator").name == "超级管理员"


@pytest.mark.parametrize("login", ["lina", "sunli", "zhangwei"])
def test_only_administrators_may_change_the_organisation(demo_db, login):
    service = as_user(demo_db, login)
    admin = as_user(demo_db, "admin")
    east, lina, rep = dept(admin, "华东销售部"), user(admin, "lina"), role(admin, "sales_rep")
    writes = [(lambda: service.create_department("新部门", east.id), "organisation"),
              (lambda: service.update_department(east.id, "改名", None), "organisation"),
              (lambda: service.delete_department(east.id), "organisation"),
              (lambda: service.create_user("newbie", "新人", east.id), "organisation"),
              (lambda: service.update_user(lina.id, "lina", "李娜", east.id, None), "organisation"),
              (lambda: service.set_active(lina.id, False), "organisation"),
              (lambda: service.set_roles(lina.id, ["administrator"]), "organisation"),
              (lambda: service.create_role("x", "X"), "roles"),
              (lambda: service.update_role(rep.id, "X", [], "ALL", {}), "roles"),
              (lambda: service.delete_role(rep.id), "roles")]
    before = journal_count(demo_db)
    for call, module in writes:
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert caught.value.args_map == {"module": module, "action": "administer"}
    assert journal_count(demo_db) == before
    assert not service.can("organisation", "administer") and not service.can("roles", "administer")


def test_who_may_read_what(demo_db):
    auditor, manager, rep = as_user(demo_db, "sunli"), as_user(demo_db, "zhangwei"), as_user(demo_db, "lina")
    assert len(auditor.list_departments()) == 5 and len(auditor.list_roles()) == 5
    assert user(auditor, "lina").role_codes == ("sales_rep",)
    assert len(manager.list_users()) == 8
    assert user(manager, "lina").role_codes == ()  # a sales manager may see users but not roles
    with pytest.raises(PermissionDenied):
        manager.list_roles()
    for call in (rep.list_departments, rep.list_users, rep.list_roles):
        with pytest.raises(PermissionDenied):
            call()


def test_an_organisation_action_is_one_undoable_journal_action(admin, demo_db):
    from crm_desktop.data.models import JournalAction
    east = dept(admin, "华东销售部")
    new_id, _ = admin.create_user("one.action", "一次", east.id, None, ["sales_rep", "auditor"])
    with demo_db.connect() as conn:
        action_id = conn.execute(select(JournalEntry.action_id).where(JournalEntry.row_id == new_id)).scalar()
        action = conn.execute(select(JournalAction.id, JournalAction.label)
                              .where(JournalAction.id == action_id)).one()
        kinds = conn.execute(select(JournalEntry.entity, JournalEntry.kind)
                             .where(JournalEntry.action_id == action.id)).all()
    assert action.label == "create user"
    assert sorted(kinds) == [("app_user", "create"), ("user_role", "create"), ("user_role", "create")]
