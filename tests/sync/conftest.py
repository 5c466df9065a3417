"""A real PostgreSQL server database per test (never a mock): provisioned by the same code as
`crm-desktop server init`, dropped afterwards with its login roles. Names carry the process id and a random
part, so concurrent runs never collide."""

from __future__ import annotations

import os
import secrets
import uuid
from dataclasses import dataclass

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import select

from crm_desktop.data.database import Database
from crm_desktop.data.models import User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.paths import DataPaths
from crm_desktop.sync import engine, provision

ADMIN_URL = os.environ.get("CRM_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


def _drop(name: str) -> None:
    with psycopg.connect(f"{ADMIN_URL}/postgres", autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        prefix = "crm_" + name + "_"
        for (role,) in conn.execute("SELECT rolname FROM pg_roles WHERE rolname LIKE %s", (prefix + "%",)).fetchall():
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(role)))


@pytest.fixture
def server_url():
    try:
        psycopg.connect(f"{ADMIN_URL}/postgres").close()
    except psycopg.OperationalError as exc:  # pragma: no cover - CI starts PostgreSQL
        pytest.fail(f"PostgreSQL is not running at {ADMIN_URL}: {exc}")
    name = f"crm_t{os.getpid()}_{secrets.token_hex(3)}"
    url = f"{ADMIN_URL}/{name}"
    provision.init(url, "admin", "admin-password")
    for login, role, name_ in (("zhangwei", "sales_manager", "张伟"), ("lina", "sales_rep", "李娜"),
                               ("wangfang", "sales_rep", "王芳"), ("sunli", "auditor", "孙丽"),
                               ("zhaolei", "service_agent", "赵磊")):
        provision.add_user(url, login, f"{login}-password", display_name=name_, roles=(role,))
    yield url
    _drop(name)


@dataclass
class Client:
    """One replica (its own data folder) signed in as one user."""

    db: Database
    login: str
    actor: Actor

    def sync(self) -> engine.SyncResult:
        return engine.sync(self.db, None)

    def write(self, label: str = "edit"):
        return self.db.unit_of_work(self.actor, label)

    def close(self) -> None:
        self.db.close()


@pytest.fixture
def make_client(server_url, tmp_path):
    made = []

    def make(login: str) -> Client:
        db = Database(DataPaths(tmp_path / f"{login}-{uuid.uuid4().hex[:6]}"))
        engine.link(db, server_url.replace("postgres@", ""), login, None)
        engine.sync(db, None)  # the organisation arrives: users, departments, roles
        with db.connect() as conn:
            user = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
        client = Client(db, login, Actor(user[0], user[1], db.device_id))
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
