"""The audit trail read back through AuditService on a real (demo) SQLite database: filters, keyset paging,
permissions, masking, and CSV/Excel exports parsed back."""

import csv
import re
import uuid
from datetime import datetime

import openpyxl
import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import Access, DataScope, PermissionDenied
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.domain.errors import Cancelled, ValidationError
from crm_desktop.services.audit import AuditFilter, AuditService
from tests.data.test_access import as_user

MASKED_PHONE = re.compile(r"^\d{3}\*+\d{4}$")
# The demo template is seeded at the real time; the test clock (conftest.TickingClock) starts here.
TEST_DAY = datetime(2026, 11, 1)


def audit_as(db, login) -> AuditService:
    with db.connect() as conn:
        user = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return AuditService(db, Actor(user[0], user[1], db.device_id))


def user_id(db, login) -> uuid.UUID:
    with db.connect() as conn:
        return conn.execute(select(User.id).where(User.login == login)).scalar()


@pytest.fixture
def edited(demo_db):
    """Lina renames one of her customers (Chinese text) and changes its phone; the admin edits another."""
    lina, admin = as_user(demo_db, "lina"), as_user(demo_db, "admin")
    own = lina.window(CustomerFilter(), CustomerOrder("name"), limit=1)[0]
    old_name = lina.get(own.id).name
    lina.update(own.id, {"name": "上海测试贸易有限公司", "phone": "13912345678"})
    other = admin.window(CustomerFilter(city="北京"), CustomerOrder("name"), limit=1)[0]
    admin.update(other.id, {"level": "A", "notes": "审计测试"})
    return {"lina_customer": own.id, "old_name": old_name, "admin_customer": other.id}


def sql_seqs(db, where="1 = 1", **params) -> list[int]:
    with db.connect() as conn:
        return [r[0] for r in conn.execute(text(f"SELECT seq FROM journal_entry WHERE {where} ORDER BY seq DESC"),
                                           params)]


def all_entries(service, flt, page=97):
    rows, before = [], None
    while True:
        batch = service.entries(flt, before_seq=before, limit=page)
        rows.extend(batch)
        if len(batch) < page:
            return rows
        before = batch[-1].seq


def test_keyset_paging_returns_every_entry_once_newest_first(demo_db, edited):
    admin = audit_as(demo_db, "admin")
    rows = all_entries(admin, AuditFilter(), page=251)
    assert [r.seq for r in rows] == sql_seqs(demo_db)
    assert admin.count(AuditFilter()) == len(rows)
    first = rows[0]
    assert first.user == "系统管理员" and first.action == "edit customer" and first.entity == "customer"
    assert first.row_id == edited["admin_customer"] and first.kind == "update"
    assert first.changes["notes"][1] == "审计测试"
    system = rows[-1]  # the demo seeder wrote as the system
    assert system.user_id is None and system.user == ""


def test_filter_by_user_entity_record_and_dates(demo_db, edited):
    admin = audit_as(demo_db, "admin")
    lina = user_id(demo_db, "lina")
    by_lina = all_entries(admin, AuditFilter(user_id=lina))
    assert by_lina and {r.user for r in by_lina} == {"李娜"}
    assert [r.seq for r in by_lina] == sql_seqs(demo_db, "user_id = :u", u=lina.hex)

    contacts = all_entries(admin, AuditFilter(entity="contact"))
    assert [r.seq for r in contacts] == sql_seqs(demo_db, "entity = 'contact'")
    assert admin.count(AuditFilter(entity="contact")) == len(contacts)
    assert "contact" in admin.entities() and "customer" in admin.entities()

    cid = edited["lina_customer"]
    expected = sql_seqs(demo_db, "row_id = :r", r=cid.hex)
    assert len(expected) == 2  # created by the seeder, renamed by lina
    for record in (str(cid), cid.hex, cid.hex.upper(), cid.hex[:24]):
        found = all_entries(admin, AuditFilter(record=record))
        assert [r.seq for r in found] == expected, record
        assert [r.seq for r in all_entries(admin, AuditFilter(record=record, entity="customer"))] == expected
    assert all_entries(admin, AuditFilter(record=cid.hex, entity="contact")) == []
    prefix = cid.hex[:10]
    assert [r.seq for r in all_entries(admin, AuditFilter(record=prefix))] == \
        sql_seqs(demo_db, "substr(row_id, 1, 10) = :p", p=prefix)
    with pytest.raises(ValidationError):
        admin.entries(AuditFilter(record="not-an-id"))

    # The test's writes happen on 1 Nov 2026 (the seeder's on the real day): a range holds exactly them.
    day = all_entries(admin, AuditFilter(since=TEST_DAY, until=datetime(2026, 11, 2)))
    assert [r.seq for r in day] == sql_seqs(demo_db, "at >= '2026-11-01' AND at < '2026-11-02'")
    assert len(day) == 2 and {r.row_id for r in day} == {edited["lina_customer"], edited["admin_customer"]}
    assert all_entries(admin, AuditFilter(until=TEST_DAY)) == []
    both = AuditFilter(user_id=lina, entity="customer", since=TEST_DAY, kind="update")
    assert [r.row_id for r in all_entries(admin, both)] == [cid]
    assert admin.count(both) == 1


def test_only_users_with_audit_view_may_read_and_only_exporters_export(demo_db, edited, tmp_path):
    lina = audit_as(demo_db, "lina")
    for call in (lambda: lina.entries(AuditFilter()), lambda: lina.count(AuditFilter()), lina.users,
                 lina.entities, lambda: lina.export(AuditFilter(), tmp_path / "x.csv", "csv")):
        with pytest.raises(PermissionDenied) as caught:
            call()
        assert caught.value.args_map == {"module": "audit", "action": "view"}
    assert not (tmp_path / "x.csv").exists()
    for login in ("sunli", "admin"):
        assert audit_as(demo_db, login).entries(AuditFilter(), limit=5)
    # Sales managers have no audit.view (the trail would show records outside their scope); a custom role
    # with audit.view but not audit.export reads and cannot export.
    with pytest.raises(PermissionDenied):
        audit_as(demo_db, "zhangwei").entries(AuditFilter(), limit=1)
    viewer = audit_as(demo_db, "zhangwei")
    manager = AuditService(demo_db, viewer.actor, access=Access(viewer.actor.user_id, frozenset({"audit.view"}),
                                                                DataScope.ALL))
    assert manager.entries(AuditFilter(), limit=1)
    with pytest.raises(PermissionDenied) as caught:
        manager.export(AuditFilter(), tmp_path / "y.csv", "csv")
    assert caught.value.args_map == {"module": "audit", "action": "export"}
    assert audit_as(demo_db, "sunli").export(AuditFilter(record=edited["lina_customer"].hex),
                                             tmp_path / "z.csv", "csv") > 0


def test_the_auditor_sees_masked_values_in_the_trail(demo_db, edited):
    flt = AuditFilter(record=edited["lina_customer"].hex)
    auditor, admin = audit_as(demo_db, "sunli"), audit_as(demo_db, "admin")
    renamed = auditor.entries(flt)[0]
    assert renamed.kind == "update"
    assert admin.entries(flt)[0].changes["phone"][1] == "+8613912345678"
    old, new = renamed.changes["phone"]
    assert MASKED_PHONE.match(old) and new == "139****5678"
    assert renamed.changes["name"] == [edited["old_name"], "上海测试贸易有限公司"]  # names are not masked
    created = auditor.entries(flt)[1]
    assert created.changes["email"][1].split("@")[0].endswith("***")


def _csv_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_csv_and_xlsx_exports_hold_one_line_per_changed_field(demo_db, edited, tmp_path):
    admin = audit_as(demo_db, "admin")
    flt = AuditFilter(record=str(edited["lina_customer"]))
    seen = []
    written = admin.export(flt, tmp_path / "trail.csv", "csv", progress=lambda d, t: seen.append((d, t)))
    raw = (tmp_path / "trail.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = _csv_rows(tmp_path / "trail.csv")
    header, lines = rows[0], rows[1:]
    assert header == ["Seq", "Time (UTC)", "User", "Device", "Action", "Entity", "Record", "Kind", "Field",
                      "Old", "New"]
    assert written == len(lines) and seen[-1] == (2, 2)
    entries = admin.entries(flt)
    assert len(lines) == sum(len(e.changes) for e in entries)
    by_field = {(r[7], r[8]): r for r in lines}
    name = by_field[("update", "name")]
    assert name[9:] == [edited["old_name"], "上海测试贸易有限公司"]
    assert name[2] == "李娜" and name[4] == "edit customer" and name[6] == str(edited["lina_customer"])
    assert by_field[("update", "phone")][10] == "'+8613912345678"  # formula-looking text is escaped in CSV
    assert by_field[("create", "name")][9:] == ["", edited["old_name"]]

    assert admin.export(flt, tmp_path / "trail.xlsx", "xlsx") == written
    book = openpyxl.load_workbook(tmp_path / "trail.xlsx", read_only=True)
    sheet_rows = [["" if v is None else v for v in row] for row in book.active.iter_rows(values_only=True)]
    assert sheet_rows[0] == header
    assert len(sheet_rows) - 1 == written
    xname = next(r for r in sheet_rows[1:] if r[7] == "update" and r[8] == "name")
    assert xname[9:] == [edited["old_name"], "上海测试贸易有限公司"]
    xphone = next(r for r in sheet_rows[1:] if r[7] == "update" and r[8] == "phone")
    assert xphone[10] == "+8613912345678"  # typed text in Excel, no escape needed


def test_a_cancelled_export_leaves_no_file(demo_db, tmp_path):
    admin = audit_as(demo_db, "admin")
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 3

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Cancelled):
        admin.export(AuditFilter(), out / "big.xlsx", "xlsx", cancelled=cancelled)
    assert list(out.iterdir()) == []


def test_csv_cells_that_look_like_formulas_are_escaped_and_numbers_stay_numbers(tmp_path):
    import csv

    from crm_desktop.services.audit import write_table
    lines = [["plain", "文本", "2026-12-01"], ["=SUM(A1)", "ok", "@cmd"], ["a", "-x", "+86 138"], [-5, 2.5, None],
             ["tab\tinside", "\tlead", "\rcr"]] + [[f"row {i}", str(i), ""] for i in range(2500)]
    assert write_table(tmp_path / "t.csv", "csv", ["A", "B", "C"], iter(lines)) == len(lines)
    with open(tmp_path / "t.csv", encoding="utf-8-sig", newline="") as handle:
        back = list(csv.reader(handle))
    assert back[0] == ["A", "B", "C"] and len(back) == len(lines) + 1  # every block reached the file
    assert back[1:6] == [["plain", "文本", "2026-12-01"], ["'=SUM(A1)", "ok", "'@cmd"], ["a", "'-x", "'+86 138"],
                         ["-5", "2.5", ""], ["tab\tinside", "'\tlead", "'\rcr"]]
    assert back[-1] == ["row 2499", "2499", ""]
