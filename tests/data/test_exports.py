"""Customer exports read only through CustomerService's scoped, masked list reads: each exporter's file
holds exactly their scope's customers, masked values stay masked, and users without customers.export are
refused."""

import csv
import re
import uuid

import openpyxl
import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import Role, User
from crm_desktop.domain.access import SEED_ROLES, PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter
from crm_desktop.domain.errors import Cancelled
from crm_desktop.services import access
from crm_desktop.services.context import system_actor
from crm_desktop.services.demo import DEMO_USERS
from crm_desktop.services.exports import CUSTOMER_COLUMNS, export_customers
from tests.data.test_access import SCOPES, as_user, expected_ids

MASKED_PHONE = re.compile(r"^\d{3}\*+\d{4}$")
ROLE_OF = {login: role for login, _n, _d, role, _m in DEMO_USERS}
EXPORTERS = [login for login in SCOPES
             if "customers.export" in next(r for r in SEED_ROLES if r.code == ROLE_OF[login]).permissions]


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == CUSTOMER_COLUMNS
    return [dict(zip(CUSTOMER_COLUMNS, r, strict=True)) for r in rows[1:]]


def read_xlsx(path) -> list[dict]:
    rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    assert tuple(rows[0]) == CUSTOMER_COLUMNS
    return [dict(zip(CUSTOMER_COLUMNS, ["" if v is None else v for v in r], strict=True)) for r in rows[1:]]


def test_the_exporters_are_the_admin_and_the_sales_managers():
    assert sorted(EXPORTERS) == ["admin", "liuyang", "zhangwei"]


@pytest.mark.parametrize("login", EXPORTERS)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_each_exporter_gets_exactly_their_scope(demo_db, tmp_path, login, fmt):
    service = as_user(demo_db, login)
    expected = expected_ids(demo_db, SCOPES[login])
    seen = []
    path = tmp_path / f"customers.{fmt}"
    written = export_customers(service, CustomerFilter(), path, fmt, progress=lambda d, t: seen.append((d, t)))
    rows = (read_csv if fmt == "csv" else read_xlsx)(path)
    ids = [uuid.UUID(r["ID"]) for r in rows]
    assert set(ids) == expected and len(ids) == len(expected) == written
    assert seen[-1] == (written, written)
    with demo_db.connect() as conn:  # unmasked for these roles: the stored values, as the list shows them
        sample = conn.execute(text("SELECT id, name, email FROM customer WHERE deleted_at IS NULL")).all()
    stored = {uuid.UUID(r[0]): (r[1], r[2]) for r in sample}
    assert all((r["Name"], r["Email"]) == stored[uuid.UUID(r["ID"])] for r in rows)
    assert all(re.fullmatch(r"1\d\d \d{4} \d{4}", r["Phone"]) for r in rows)


def test_a_filter_narrows_the_export(demo_db, tmp_path):
    admin = as_user(demo_db, "admin")
    flt = CustomerFilter(city="北京", level="A")
    written = export_customers(admin, flt, tmp_path / "beijing.csv")
    rows = read_csv(tmp_path / "beijing.csv")
    assert written == len(rows) == admin.count(flt) > 0
    assert {r["City"] for r in rows} == {"北京"} and {r["Level"] for r in rows} == {"A"}


def _grant_exporting_role(db, login: str, code: str, rules: dict) -> None:
    """A role that adds customers.export while masking the same fields the user's own role masks (the most
    open rule of a user's roles wins, so both must mask)."""
    with db.unit_of_work(system_actor(db), "exporting role") as uow:
        uow.create(Role, code=code, name=code, data_scope="ALL", permissions=["customers.view", "customers.export"],
                   field_rules=rules)
        uow.commit()
    with db.connect() as conn:
        uid = conn.execute(select(User.id).where(User.login == login)).scalar()
    access.grant(db, system_actor(db), uid, code)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_masked_fields_stay_masked_in_the_file(demo_db, tmp_path, fmt):
    _grant_exporting_role(demo_db, "sunli", "masked_export", {"customer.phone": "MASKED", "customer.email": "MASKED"})
    _grant_exporting_role(demo_db, "zhaolei", "agent_export", {"customer.email": "MASKED",
                                                                "customer.notes": "HIDDEN"})
    read = read_csv if fmt == "csv" else read_xlsx
    auditor, agent = as_user(demo_db, "sunli"), as_user(demo_db, "zhaolei")
    export_customers(auditor, CustomerFilter(), tmp_path / f"auditor.{fmt}", fmt)
    export_customers(agent, CustomerFilter(), tmp_path / f"agent.{fmt}", fmt)
    every = expected_ids(demo_db, "1 = 1")
    for name in ("auditor", "agent"):
        rows = read(tmp_path / f"{name}.{fmt}")
        assert {uuid.UUID(r["ID"]) for r in rows} == every
        assert all(r["Email"].split("@")[0].endswith("***") for r in rows if r["Email"])
        assert not any(re.search(r"c\d+@", r["Email"]) for r in rows)  # no stored address leaks
    auditor_rows = read(tmp_path / f"auditor.{fmt}")
    assert all(MASKED_PHONE.match(r["Phone"]) for r in auditor_rows if r["Phone"])
    agent_rows = read(tmp_path / f"agent.{fmt}")
    assert all(re.fullmatch(r"1\d\d \d{4} \d{4}", r["Phone"]) for r in agent_rows)  # phones are open to agents


@pytest.mark.parametrize("login", ["lina", "zhaolei", "sunli"])
def test_users_without_export_are_refused(demo_db, tmp_path, login):
    with pytest.raises(PermissionDenied) as caught:
        export_customers(as_user(demo_db, login), CustomerFilter(), tmp_path / "x.csv")
    assert caught.value.args_map == {"module": "customers", "action": "export"}
    assert not (tmp_path / "x.csv").exists()


def test_cancelling_stops_and_leaves_no_file(demo_db, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        export_customers(as_user(demo_db, "admin"), CustomerFilter(), out / "x.xlsx", "xlsx",
                         progress=lambda d, t: None, cancelled=lambda: True)
    assert list(out.iterdir()) == []


def test_vcard_export_3_and_4_round_trips_through_the_importer(db, tmp_path):
    from crm_desktop.services.context import ensure_local_user
    from crm_desktop.services.customers import CustomerService
    from crm_desktop.services.exports import export_vcards
    from crm_desktop.services.imports import ImportService
    from crm_desktop.services.import_readers import open_table
    from crm_desktop.paths import DataPaths
    from crm_desktop.data.database import Database
    service = CustomerService(db, ensure_local_user(db))
    cid, _ = service.create({"name": "杭州西湖龙井茶业有限公司", "phone": "0571-8765 4321", "city": "杭州",
                             "address": "龙井路 1 号; 西湖区", "notes": "第一行\n第二行，有逗号"})
    service.add_contact(cid, {"name": "欧阳娜娜", "title": "总经理", "mobile": "13812345678",
                              "email": "ouyang@longjing.cn"})
    service.create({"name": "没有联系人的公司", "mobile": "13900001111"})
    for version in ("3.0", "4.0"):
        out = tmp_path / f"customers-{version}.vcf"
        assert export_vcards(service, CustomerFilter(), out, version) == 2
        text = out.read_bytes().decode("utf-8")  # as written: CRLF line ends
        assert text.count("BEGIN:VCARD") == 2 and f"VERSION:{version}" in text
        long_lines = [line for line in text.split("\r\n") if len(line.encode("utf-8")) > 75]
        assert long_lines == []  # folded
        rows = {cells[0]: cells for _line, cells in open_table(out).rows()}
        assert rows["欧阳娜娜"][2] == "杭州西湖龙井茶业有限公司" and "13812345678" in rows["欧阳娜娜"][4]
        assert rows["欧阳娜娜"][10] == "第一行 第二行，有逗号" or "第二行，有逗号" in rows["欧阳娜娜"][10]
        other = Database(DataPaths(tmp_path / f"into-{version}"))
        imported = ImportService(other, ensure_local_user(other)).run(out, report_dir=tmp_path)
        assert imported.imported == 2 and imported.error_count == 0
        with other.connect() as conn:
            names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM customer")}
            mobiles = {r[0] for r in conn.exec_driver_sql("SELECT mobile FROM contact")}
        assert names == {"杭州西湖龙井茶业有限公司", "没有联系人的公司"} and "+8613812345678" in mobiles
        other.close()


@pytest.mark.parametrize("key", ["name", "city", "created", "owner"])
def test_the_export_holds_the_list_in_the_list_order(demo_service, tmp_path, monkeypatch, key):
    """Every sort order the list offers exports the same rows in the same order as the list reads them,
    across many batches."""
    import csv

    from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
    from crm_desktop.services import exports
    from crm_desktop.services.exports import export_customers
    monkeypatch.setattr(exports, "BATCH", 70)
    order = CustomerOrder(key, descending=key == "created")
    path = tmp_path / f"{key}.csv"
    assert export_customers(demo_service, CustomerFilter(), path, order=order) == 600
    with path.open(encoding="utf-8-sig") as f:
        exported = [row[0] for row in list(csv.reader(f))[1:]]
    listed = [str(r.id) for r in demo_service.window(CustomerFilter(), order, limit=1000)]
    assert exported == listed
