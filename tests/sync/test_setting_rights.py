"""Module settings (app_setting rows keyed in SETTING_RIGHTS) against a real PostgreSQL: whoever holds the
key's right saves it on their desk, it syncs (the server accepts it, as their operation), another desk
receives it, and their undo syncs too; a user without the right is refused by the server even with a direct
database login. Every other key stays the classifications module's (s0009)."""

from __future__ import annotations

import importlib.util
import uuid
from collections.abc import Callable
from dataclasses import dataclass

import psycopg
import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import create_engine, select

from crm_desktop.data.models import AppSetting, User
from crm_desktop.domain.access import SEED_ROLES, SETTING_RIGHTS, PermissionDenied
from crm_desktop.paths import migrations_dir
from crm_desktop.services import leads
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.email_campaigns import EmailCampaignService
from crm_desktop.services.smtp_transport import SmtpConfig
from crm_desktop.sync import provision
from tests.sync.test_sync import as_role
from tests.unit.test_setting_rights import CLASSIFICATIONS_SETTINGS

INSERT = "INSERT INTO app_setting (id, key, value, created_at, updated_at) VALUES (%s, %s, '{}', now(), now())"


def user_ids(client, *logins) -> list[uuid.UUID]:
    with client.db.connect() as conn:
        found = dict(conn.execute(select(User.login, User.id).where(User.login.in_(logins))).all())
    return [found[login] for login in logins]


@dataclass(frozen=True)
class Setting:
    """How a desk saves and reads one mapped setting through its service; `save(client, n)` writes a value
    that `read(client)` gives back as `n`."""

    save: Callable
    read: Callable
    undo_label: str


def _save_smtp(client, n):
    EmailCampaignService(client.db, client.actor).save_settings(
        SmtpConfig(host="smtp.yunfan.cn", port=2500 + n, security="starttls", user="marketing",
                   from_address="marketing@yunfan.cn", from_name="云帆科技 市场部"))


def _save_lead_rules(client, n):
    lina, wang = user_ids(client, "lina", "wangfang")
    leads.LeadService(client.db, client.actor).set_rules("round_robin", users=[lina, wang][:n],
                                                          by_source={"展会": wang.hex})


def _read_lead_rules(client):
    with client.db.connect() as conn:
        rules = leads.read_rules(conn)
    return len(rules.users) if rules.mode == "round_robin" else None


SETTINGS = {
    "smtp": Setting(_save_smtp, lambda client: EmailCampaignService(client.db, client.actor).settings().port - 2500,
                    "set SMTP settings"),
    "lead_assignment": Setting(_save_lead_rules, _read_lead_rules, "lead assignment rules"),
}


def holder_and_outsider(key) -> tuple[str, str]:
    """A demo login whose role holds the key's right without being an administrator, and one without it."""
    permission = ".".join(SETTING_RIGHTS[key])
    roles = {r.code: permission in r.permissions for r in SEED_ROLES}
    logins = {"sales_manager": "zhangwei", "sales_rep": "lina", "auditor": "sunli", "service_agent": "zhaolei"}
    holder = next(login for code, login in logins.items() if roles[code])
    outsider = next(login for code, login in logins.items() if not roles[code])
    return holder, outsider


def setting_row(client, key):
    with client.db.connect() as conn:
        return conn.execute(select(AppSetting).where(AppSetting.key == key, AppSetting.deleted_at.is_(None))).one()


def sync_clean(client) -> None:
    result = client.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues


def test_every_mapped_setting_has_a_round_trip_here():
    assert set(SETTINGS) == set(SETTING_RIGHTS)


@pytest.mark.parametrize("key", sorted(SETTING_RIGHTS))
def test_a_holder_of_the_right_saves_syncs_and_undoes_the_setting(key, make_client, server_url):
    setting = SETTINGS[key]
    holder_login, outsider_login = holder_and_outsider(key)
    holder, other, outsider = make_client(holder_login), make_client("admin"), make_client(outsider_login)
    setting.save(holder, 1)
    sync_clean(holder)
    sync_clean(other)
    assert setting.read(other) == 1
    setting.save(holder, 2)
    sync_clean(holder)
    sync_clean(other)
    assert setting.read(other) == 2
    # The undo is a write of the same row: it needs the same right, locally and on the server.
    assert CustomerService(holder.db, holder.actor).undo()[0].label == setting.undo_label
    assert setting.read(holder) == 1
    sync_clean(holder)
    sync_clean(other)
    sync_clean(outsider)
    assert setting.read(other) == 1 and setting.read(outsider) == 1  # everyone reads the setting
    with psycopg.connect(server_url) as conn:
        rows = conn.execute("SELECT updated_by FROM app_setting WHERE key = %s AND deleted_at IS NULL",
                            (key,)).fetchall()
        logged = {r[0] for r in conn.execute("SELECT user_id FROM op_log WHERE entity = 'app_setting'")}
    assert rows == [(holder.actor.user_id,)] and logged == {holder.actor.user_id}
    # Without the right the desk refuses, and so does the server, whatever way the outsider writes.
    with pytest.raises(PermissionDenied):
        setting.save(outsider, 2)
    with pytest.raises(PermissionDenied):  # nor may they undo the holder's change (it is not theirs anyway)
        CustomerService(outsider.db, outsider.actor)._allow_undo("app_setting", "update",
                                                                setting_row(outsider, key))
    permission = ".".join(SETTING_RIGHTS[key])
    with as_role(server_url, outsider_login) as conn:
        for statement, args in ((INSERT, (uuid.uuid4(), key)),
                                ("UPDATE app_setting SET value = '{}' WHERE key = %s", (key,)),
                                ("UPDATE app_setting SET deleted_at = now() WHERE key = %s", (key,))):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match=f"permission_denied: {permission}"):
                conn.execute(statement, args)
            conn.rollback()
    with as_role(server_url, holder_login) as conn:  # the holder may, with a direct login too
        conn.execute(INSERT, (uuid.uuid4(), key))
        conn.rollback()
    assert setting.read(other) == 1


def test_the_server_checks_the_same_mapping_and_keeps_other_keys_on_classifications(server_url):
    with psycopg.connect(server_url) as conn:
        server = {key: conn.execute("SELECT crm_setting_right(%s)", (key,)).fetchone()[0]
                  for key in [*SETTING_RIGHTS, *CLASSIFICATIONS_SETTINGS, "anything_else"]}
        conn.execute(INSERT, (uuid.uuid4(), "company"))  # the database owner: not checked
        conn.execute(INSERT, (uuid.uuid4(), "lead_assignment"))
    assert server == {**{key: ".".join(right) for key, right in SETTING_RIGHTS.items()},
                      **{key: None for key in [*CLASSIFICATIONS_SETTINGS, "anything_else"]}}
    # A sales manager holds leads.administer and campaigns.send, not the classifications module's rights.
    with as_role(server_url, "zhangwei") as conn:
        for key in sorted(CLASSIFICATIONS_SETTINGS):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="classifications.create"):
                conn.execute(INSERT, (uuid.uuid4(), key))
            conn.rollback()
        # A key that changes needs the rights of both keys: from a classifications key to a mapped one, no...
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="classifications.edit"):
            conn.execute("UPDATE app_setting SET key = 'lead_assignment' WHERE key = 'company'")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="classifications.edit"):
            conn.execute("UPDATE app_setting SET key = 'company' WHERE key = 'lead_assignment'")
        conn.rollback()
        # ...between two mapped keys whose rights the manager both holds, yes.
        assert conn.execute("UPDATE app_setting SET key = 'smtp' WHERE key = 'lead_assignment'").rowcount == 1
        conn.rollback()
    # Someone who may send campaigns but not administer leads keeps the SMTP row, and no more: the key of
    # neither row changes into the other.
    with psycopg.connect(server_url) as conn:
        conn.execute("INSERT INTO role (id, code, name, data_scope, permissions, created_at, updated_at) "
                     "VALUES (%s, 'mailer', 'mailer', 'OWN', '[\"campaigns.view\", \"campaigns.send\"]', now(), now())",
                     (uuid.uuid4(),))
        conn.execute(INSERT, (uuid.uuid4(), "smtp"))
    provision.add_user(server_url, "mailer", "mailer-password", roles=("mailer",))
    with as_role(server_url, "mailer") as conn:
        assert conn.execute("UPDATE app_setting SET value = '{}' WHERE key = 'smtp'").rowcount == 1
        conn.rollback()
        for old, new in (("smtp", "lead_assignment"), ("lead_assignment", "smtp")):
            with pytest.raises(psycopg.errors.InsufficientPrivilege, match="permission_denied: leads.administer"):
                conn.execute("UPDATE app_setting SET key = %s WHERE key = %s", (new, old))
            conn.rollback()
    with as_role(server_url, "admin") as conn:  # the administrator holds every right
        for key in [*SETTING_RIGHTS, *CLASSIFICATIONS_SETTINGS]:
            conn.execute(INSERT, (uuid.uuid4(), key))
        conn.execute("UPDATE app_setting SET key = 'lead_assignment', deleted_at = now() WHERE key = 'company'")
        conn.commit()


def test_the_setting_rights_guard_goes_with_a_downgrade(server_url):
    path = migrations_dir("server") / "versions" / "s0009_setting_rights.py"
    spec = importlib.util.spec_from_file_location("s0009_setting_rights", path)
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    assert {k: tuple(v.split(".")) for k, v in revision.SETTING_RIGHTS.items()} == SETTING_RIGHTS
    sa_engine = create_engine(server_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        # s0008's guard: the SMTP row needs campaigns.send, the lead rules the classifications module's rights.
        for step, refused in ((revision.downgrade, "classifications.create"), (revision.upgrade, None)):
            with sa_engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
                step()
            with psycopg.connect(server_url) as conn:
                present = conn.execute("SELECT to_regprocedure('crm_setting_right(text)')").fetchone()[0]
            assert (present is None) is bool(refused)
            with as_role(server_url, "zhangwei") as conn:
                conn.execute(INSERT, (uuid.uuid4(), "smtp"))
                if refused:
                    with pytest.raises(psycopg.errors.InsufficientPrivilege, match=refused):
                        conn.execute(INSERT, (uuid.uuid4(), "lead_assignment"))
                else:
                    conn.execute(INSERT, (uuid.uuid4(), "lead_assignment"))
                conn.rollback()
            with as_role(server_url, "lina") as conn:
                with pytest.raises(psycopg.errors.InsufficientPrivilege, match="campaigns.send"):
                    conn.execute(INSERT, (uuid.uuid4(), "smtp"))
                conn.rollback()
    finally:
        sa_engine.dispose()
