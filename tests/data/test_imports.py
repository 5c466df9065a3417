"""Importing customers from the peers' real files in ../shared/data (CSV in several encodings, Excel, vCard
2.1/3.0/4.0 from phones and mail clients) and from files written here in the shapes Chinese users send
(GBK with semicolons, a WukongCRM-style template): counts, fields, duplicates, per-row errors, resume."""

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select, text

from crm_desktop.data.models import Contact, Customer
from crm_desktop.domain.errors import Cancelled
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.import_readers import open_table
from crm_desktop.services.imports import ImportService
from tests.shared_data import SHARED_DATA

SHARED = SHARED_DATA


@pytest.fixture
def importer(db):
    return ImportService(db, ensure_local_user(db))


def _customers(db) -> dict[str, Customer]:
    with db.connect() as conn:
        return {r.name: r for r in conn.execute(select(Customer.__table__).where(Customer.deleted_at.is_(None)))}


def _count(db) -> int:
    with db.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM customer WHERE deleted_at IS NULL")).scalar()


def _manifest(folder: str) -> list[dict]:
    return list(csv.DictReader((SHARED / folder / "MANIFEST.csv").open(encoding="utf-8")))


def test_every_vcard_file_imports_each_card_or_reports_it(db, importer, tmp_path):
    cards = [m for m in _manifest("vcard") if m["kind"] == "vcard"]
    assert len(cards) > 50
    rejected = []
    for m in cards:
        before = _count(db)
        result = importer.run(SHARED / "vcard" / m["file"], report_dir=tmp_path, on_duplicate="create")
        # Every card is a customer or a reported error (with on_duplicate=create nothing is skipped).
        assert result.imported + result.error_count == int(m["cards"]), (m["file"], result.summary())
        assert _count(db) == before + result.imported
        for error in result.errors:  # each malformed card says where and why
            assert error.line >= 1 and error.reason
        rejected += [(m["file"], e.line, e.reason) for e in result.errors if e.severity == "error"]
    # Only the two cards that name nobody (a nickname or an IM handle alone) stay out.
    assert rejected == [("android-aosp/v21_android_custom_prop.vcf", 1, "name_missing"),
                        ("android-aosp/v21_im.vcf", 1, "name_missing")]
    names = set(_customers(db))
    assert "安藤ロイド" in names  # vCard 2.1 N;CHARSET=SHIFT_JIS
    assert {"parent", "nest1", "nest2"} <= names  # a card nested in another is a card of its own


def test_vcard_fields_arrive_on_the_customer_and_its_contact(db, importer, tmp_path):
    importer.run(SHARED / "vcard" / "android-aosp" / "v21_complicated.vcf", report_dir=tmp_path)
    customer = _customers(db)["Gump Shrimp Co."]
    with db.connect() as conn:
        contact = conn.execute(select(Contact.__table__).where(Contact.customer_id == customer.id)).one()
    assert contact.name == "Joe Due" and contact.title == "Shrimp Man" and contact.is_primary
    assert contact.email == "forrestgump@walladalla.com" and "100 Waters Edge" in customer.address
    # A vCard 2.1 quoted-printable name in UTF-8 (ez-vcard's Android export: Ñ) decodes.
    importer.run(SHARED / "vcard" / "ez-vcard" / "John_Doe_ANDROID.vcf", report_dir=tmp_path)
    assert any("Ñ" in name for name in _customers(db))


def test_csv_encodings_and_boms_all_read_the_same(db):
    folder = SHARED / "csv" / "salesforce-dataloader"
    for name in ("csvtext_BOM_UTF8.csv", "csvtext_BOM_UTF16LE.csv", "csvtext_BOM_UTF16BE.csv",
                 "csvtext_BOM_UTF32LE.csv"):
        table = open_table(folder / name)
        assert table.headers == ["column1", "column2", "column3"], name
        assert [cells for _line, cells in table.rows()] == [["row1-1", "row1-2", "row1-3"],
                                                             ["row2-1", "row2-2", "row2-3"]], name
    assert open_table(folder / "accountData.csv").encoding == "cp1252"
    for name in ("no_bom.csv", "office_bom.csv"):
        table = open_table(SHARED / "csv" / "easyexcel" / name)
        assert table.headers == ["姓名", "年纪"] and len(list(table.rows())) == 10


def test_salesforce_accounts_import_with_their_country_and_report_nothing_lost(db, importer, tmp_path):
    m = next(r for r in _manifest("csv") if r["file"] == "salesforce-dataloader/accountData.csv")
    result = importer.run(SHARED / "csv" / m["file"], report_dir=tmp_path, on_duplicate="create")
    assert result.imported + result.error_count == int(m["data_rows"]) == 423
    assert result.warning_count == 0
    customers = _customers(db)
    acme = customers["Acme"]
    assert acme.phone == "+12129617500" and acme.city == "New York"  # a US number, not read as Chinese
    # The account Type is how far the relationship got: Prospect and Customer are statuses, not kinds of customer.
    assert (acme.status, acme.customer_type) == ("potential", "enterprise")
    assert customers["salesforce.com"].status == "closed" and customers["Global Media"].status == "potential"


def test_gbk_semicolon_csv_with_chinese_headers_and_per_row_errors(db, importer, tmp_path):
    path = tmp_path / "客户.csv"
    rows = ["客户名称;手机;邮箱;客户级别;下次联系时间;统一社会信用代码",
            "杭州西溪科技有限公司;138 1234 5678;info@xixi.cn;A;2026-12-01;",
            "坏号码公司;12345;;B;;",
            "坏日期公司;13912345678;;B;明天;",
            ";13700000000;;;;",
            "上海浦江贸易有限公司;+86-139-8765-4321;;C;2026/12/05;91110000600037341L"]
    path.write_bytes("\r\n".join(rows).encode("gbk"))
    table = open_table(path)
    assert (table.encoding, table.delimiter) == ("gb18030", ";")
    result = importer.run(path, report_dir=tmp_path)
    # A row without a name stays out (an error); a value that does not validate stays out of its field but
    # the row imports and the value is kept in the notes (a warning): nothing is lost.
    assert (result.imported, result.error_count, result.warning_count) == (4, 1, 2)
    assert {(e.line, e.column, e.reason, e.severity) for e in result.errors} == {
        (3, "手机", "phone_invalid", "warning"), (4, "下次联系时间", "date_invalid", "warning"),
        (5, "", "name_missing", "error")}
    report = list(csv.reader(Path(result.report).open(encoding="utf-8-sig")))
    assert report[0] == ["line", "column", "reason", "value", "severity"] and len(report) == 4
    customers = _customers(db)
    assert customers["坏号码公司"].mobile == "" and "[手机] 12345" in customers["坏号码公司"].notes
    assert "[下次联系时间] 明天" in customers["坏日期公司"].notes
    xixi = customers["杭州西溪科技有限公司"]
    assert xixi.mobile == "+8613812345678" and xixi.level == "A" and xixi.next_follow_up == date(2026, 12, 1)
    assert customers["上海浦江贸易有限公司"].credit_code == "91110000600037341L"


def _wukong_template(path: Path, rows: list[list]) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "客户导入模板"
    headers = ["*客户名称", "负责人", "手机", "电话", "网址", "客户来源", "客户行业", "客户级别", "省", "市", "区", "详细地址",
               "下次联系时间", "备注"]
    sheet.append(["注意事项：\n1、表头标*的为必填项\n2、手机号码请填写 11 位"] + [None] * (len(headers) - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    book.save(path)


def test_a_wukong_template_skips_its_instruction_row_and_maps_every_column(db, importer, tmp_path):
    path = tmp_path / "客户导入模板.xlsx"
    _wukong_template(path, [["深圳前海金融服务有限公司", "张伟", 13612345678, "0755-26880000", "www.qh.cn", "展会", "金融",
                             "A", "广东省", "深圳市", "南山区", "前海路 1 号", date(2026, 12, 24), "重点跟进"]])
    preview = importer.preview(path)
    assert preview.preset == "wukong" and preview.headers[0] == "客户名称"
    assert preview.sample[0][0] == 3  # the Excel row number the user sees
    result = importer.run(path, report_dir=tmp_path)
    assert result.imported == 1 and result.error_count == 0
    c = _customers(db)["深圳前海金融服务有限公司"]
    assert (c.mobile, c.website, c.source, c.industry, c.level) == ("+8613612345678", "www.qh.cn", "展会", "金融", "A")
    assert (c.province, c.city, c.district, c.address) == ("广东省", "深圳市", "南山区", "前海路 1 号")
    assert c.next_follow_up == date(2026, 12, 24) and c.notes == "重点跟进"


def test_a_template_of_wukongs_own_customer_fields_imports_with_its_own_choices(db, importer, tmp_path):
    """The template built from WukongCRM's field list (../shared/data/csv/wukong-crm: the customer module's
    fields in their order, '*' on the required one), filled with WukongCRM's own choices for each select
    field. Its levels carry their meaning ("A（重点客户）"); the level was cut to four characters ("A（重点")."""
    fields = sorted((r for r in csv.DictReader((SHARED / "csv" / "wukong-crm" / "wukong_crm_field_definitions.csv")
                                               .open(encoding="utf-8")) if r["module"] == "客户 customer/account"),
                    key=lambda r: int(r["sorting"]))
    headers = [("*" if r["is_required"] == "1" else "") + r["display_name"] for r in fields]
    choices = {r["field_name"]: r["options"].split(",") for r in fields if r["options"]}
    assert set(choices) == {"source", "industry", "level"} and len(choices["level"]) == 3
    typed = {"customer_name": "悟空测试{}有限公司", "mobile": "1361234567{}", "telephone": "0571-8888000{}",
             "website": "www.wk{}.cn", "email": "wk{}@example.cn", "next_time": "2026-12-2{} 09:30",
             "remark": "第{}行"}
    book = Workbook()
    sheet = book.active
    sheet.append(["注意事项：表头标*的为必填项"] + [None] * (len(headers) - 1))
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    sheet.append(headers)
    for k in range(3):
        sheet.append([choices[r["field_name"]][k] if r["field_name"] in choices else typed[r["field_name"]].format(k)
                      for r in fields])
    path = tmp_path / "客户导入模板.xlsx"
    book.save(path)
    preview = importer.preview(path)
    assert preview.preset == "wukong" and sorted(preview.mapping) == list(range(len(headers)))  # every column
    result = importer.run(path, report_dir=tmp_path)
    assert (result.imported, result.error_count, result.warning_count) == (3, 0, 0), result.errors
    customers = _customers(db)
    for k, level in enumerate("ABC"):
        c = customers[f"悟空测试{k}有限公司"]
        assert (c.level, c.source, c.industry) == (level, choices["source"][k], choices["industry"][k])
        assert (c.mobile, c.phone, c.email) == (f"+86136123456 7{k}".replace(" ", ""), f"+8657188880{k:03d}",
                                                f"wk{k}@example.cn")
        assert c.next_follow_up == date(2026, 12, 20 + k) and c.notes == f"第{k}行"


@pytest.mark.parametrize("raw,level", [("A（重点客户）", "A"), ("B (普通客户)", "B"), ("VIP（年费）", "VIP"), ("A", "A"),
                                       ("重点客户（A）", "重点客户（A）"), ("A（重点）（老）", "A（重点）（老）")])
def test_a_level_with_its_meaning_in_brackets_imports_as_the_level(raw, level):
    from crm_desktop.services.imports import level_code
    assert level_code(raw) == level


def test_easyexcel_workbooks_read(db):
    for m in _manifest("xlsx"):
        if not m["file"].endswith((".xlsx", ".xls")):
            continue
        table = open_table(SHARED / "xlsx" / m["file"])
        assert table.headers is not None
        list(table.rows())  # every sheet the reader picks reads to the end
    demo = open_table(SHARED / "xlsx" / "easyexcel" / "demo.xlsx")
    assert demo.headers == ["字符串标题", "日期标题", "数字标题"] and len(list(demo.rows())) == 10


def test_duplicates_by_phone_email_code_and_fuzzy_name_skip_update_or_create(db, importer, tmp_path):
    from crm_desktop.services.customers import CustomerService
    service = CustomerService(db, importer.actor)
    existing, _ = service.create({"name": "北京华信科技有限公司", "mobile": "13800001111", "email": "a@hx.cn",
                                  "city": "北京"})
    path = tmp_path / "dupes.csv"
    path.write_text("客户名称,手机,邮箱,城市\n"
                    "华信科技,+86 138-0000-1111,,北京市\n"      # same mobile, other format
                    "另一家公司,,A@HX.CN,\n"                      # same e-mail, other case
                    "北京华信科技有限公司 ,,,上海\n"              # same name
                    "北京华信科技有限公同,,,\n"                   # fuzzy name (a typo)
                    "新客户甲,13911112222,,\n"
                    "新客户甲的重复行,13911112222,,\n",           # duplicates an earlier row of the file
                    encoding="utf-8")
    preview = importer.preview(path)
    assert {m.line: m.key for m in preview.matches} == {2: "phone", 3: "email", 4: "name", 5: "fuzzy_name"}
    result = importer.run(path, report_dir=tmp_path, decisions={3: "create", 4: "update"})
    assert (result.imported, result.updated, result.skipped, result.duplicates) == (2, 1, 3, 5)
    assert _customers(db)["北京华信科技有限公司"].city == "上海"  # updated from line 4
    assert "另一家公司" in _customers(db) and "新客户甲的重复行" not in _customers(db)
    assert existing in {c.id for c in _customers(db).values()}


def test_an_interrupted_import_resumes_without_importing_twice(db, importer, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("name,phone\n" + "".join(f"客户{i:04d},1380000{i:04d}\n" for i in range(230)), encoding="utf-8")
    seen = []

    def cancel_after_first_batch():
        return len(seen) >= 1

    with pytest.raises(Cancelled):
        importer.run(path, report_dir=tmp_path, batch=100, progress=lambda done, total: seen.append(done),
                     cancelled=cancel_after_first_batch)
    assert _count(db) == 100  # the first batch, committed
    result = importer.run(path, report_dir=tmp_path, batch=100)
    assert result.resumed_from > 0 and result.imported == 230
    with db.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM customer WHERE name LIKE '客户%'")).scalar() == 230
    again = importer.run(path, report_dir=tmp_path, batch=100)
    assert again.complete and again.imported == 230  # a finished import is not run twice


def test_the_import_is_journaled_and_searchable(db, importer, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("客户名称,手机\n韩军贸易,13700001234\n", encoding="utf-8")
    importer.run(path, report_dir=tmp_path)
    from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
    from crm_desktop.services.customers import CustomerService
    service = CustomerService(db, importer.actor)
    assert [r.name for r in service.window(CustomerFilter(search="hj"), CustomerOrder("name"))] == ["韩军贸易"]
    assert [r.name for r in service.window(CustomerFilter(search="137 0000 1234"), CustomerOrder("name"))] == \
        ["韩军贸易"]
    service.undo()
    assert "韩军贸易" not in _customers(db)


def test_importing_needs_the_import_permission(demo_db, tmp_path):
    from crm_desktop.domain.access import PermissionDenied
    from tests.data.test_access import as_user
    path = tmp_path / "x.csv"
    path.write_text("name\nx\n", encoding="utf-8")
    with pytest.raises(PermissionDenied):
        ImportService(demo_db, as_user(demo_db, "zhaolei").actor).run(path, report_dir=tmp_path)


def test_a_card_with_many_numbers_and_addresses_keeps_every_one(db, importer, tmp_path):
    """SyncEvolution's Qt test card has ten numbers and four e-mail addresses; a customer and its contact have
    room for a few. Those beyond the first of each kind used to be dropped; now they are in the notes."""
    importer.run(SHARED / "vcard" / "syncevolution" / "qt_contact.vcf", report_dir=tmp_path, on_duplicate="create")
    with db.connect() as conn:
        rows = conn.execute(select(Customer.phone, Customer.mobile, Customer.email, Customer.notes, Contact.phone,
                                   Contact.mobile, Contact.other_phone, Contact.email, Contact.notes)
                            .join(Contact, Contact.customer_id == Customer.id).where(Contact.name == "Ms. Test")).all()
    full = [" ".join(map(str, row)) for row in rows if "98765432" in row.notes]
    assert len(full) == 1, rows
    # The field holds the first address that is one ("first email" is not); the notes hold the others.
    assert [row[7] for row in rows if "98765432" in row.notes] == ["google.test@homemail.com"]  # the contact's
    for value in ("11111111", "123456789", "first tel", "google voice", "home fax", "pager", "second cell",
                  "second home tel", "work fax", "first email", "google.test@homemail.com", "internet@homemail.com",
                  "google.test@orgmail.com"):
        assert value in full[0], value
