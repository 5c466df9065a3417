"""Chinese landlines as people write them: with the trunk 0 before the area code ("0571-8888 1234",
"(010)88881234"). Stored as +86..., they are found by search in that form too, recognised as duplicates on
import, and an upgraded database indexes the landlines it already holds."""

import pytest

from crm_desktop.data import search_index
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.import_keys import digits
from crm_desktop.services.imports import ImportService
from tests.data.schema_versions import database_with_customers, downgraded


def _found(service, query: str) -> set:
    rows = service.window(CustomerFilter(search=query), CustomerOrder("name"), limit=200)
    assert service.count(CustomerFilter(search=query)) == len(rows)
    return {r.id for r in rows}


@pytest.mark.parametrize("written, national", [
    ("0571-8888 1234", "57188881234"), ("0086 571 8888 1234", "57188881234"), ("+86 571 8888 1234", "57188881234"),
    ("(010)8888 1234", "1088881234"), ("+86 10 8888 1234", "1088881234"), ("+861088881234", "1088881234"),
    ("138-1234-5678", "13812345678"), ("+86 138 1234 5678", "13812345678"), ("8613812345678", "13812345678"),
    ("+1 212 555 1212", "12125551212")])
def test_a_phone_written_any_way_has_one_key(written, national):
    assert digits(written) == national


def test_landlines_are_found_as_written_at_home_and_mobiles_as_before(service):
    hangzhou, _ = service.create({"name": "杭州座机有限公司", "phone": "0571-8888 1234"})
    beijing, _ = service.create({"name": "北京座机有限公司", "phone": "(010)6543 2100"})
    mobile, _ = service.create({"name": "手机客户", "mobile": "138 1234 5678"})
    through_contact, _ = service.create({"name": "联系人座机公司"})
    service.add_contact(through_contact, {"name": "王芳", "phone": "0755-2345 6789"})
    assert _found(service, "0571-8888 1234") == {hangzhou}
    assert _found(service, "(0571)88881234") == {hangzhou}
    assert _found(service, "0571 8888") == {hangzhou}
    assert _found(service, "57188881234") == {hangzhou}  # as before
    assert _found(service, "010-6543 2100") == {beijing}
    assert _found(service, "0755 2345 6789") == {through_contact}
    assert _found(service, "138 1234 5678") == {mobile} and _found(service, "+86 138 1234 5678") == {mobile}
    assert _found(service, "0138 1234 5678") == set()  # nobody writes a mobile with a 0: not indexed so


def test_text_of_customers_without_a_landline_is_unchanged(service, db):
    """Mobiles and foreign numbers keep the text they had before landlines got their trunk form, so the upgrade
    re-indexes only customers with a landline."""
    service.create({"name": "手机客户", "mobile": "13812345678"})
    service.create({"name": "Acme", "phone": "+1 212 555 1212"})
    with db.connect() as conn:
        phones = conn.exec_driver_sql(f"SELECT c1 FROM {search_index.TABLE}_content ORDER BY id").scalars().all()
    # phone, its national digits, the mobile's national digits, the contacts' numbers (none)
    assert phones == ["  13812345678 ", "+12125551212 +12125551212  "]


def test_an_imported_landline_is_a_duplicate_of_the_stored_one(db, tmp_path):
    service = CustomerService(db, ensure_local_user(db))
    existing, _ = service.create({"name": "杭州座机有限公司", "phone": "+86 571 8888 1234"})
    beijing, _ = service.create({"name": "北京座机有限公司", "phone": "+86 10 6543 2100"})
    path = tmp_path / "座机.csv"
    path.write_text("客户名称,电话\n杭州某某公司,0571-88881234\n北京某某公司,(010)65432100\n新客户,0755-23456789\n",
                    encoding="utf-8")
    result = ImportService(db, ensure_local_user(db)).run(path, on_duplicate="skip", report_dir=tmp_path)
    assert (result.imported, result.skipped, result.duplicates) == (1, 2, 2)
    assert _found(service, "0755-2345 6789") and existing and beijing


def test_an_upgraded_database_finds_the_landlines_it_holds(tmp_path):
    from crm_desktop.data.database import Database
    paths, (landline, mobile) = database_with_customers(
        tmp_path / "old", {"name": "杭州座机有限公司", "phone": "0571-8888 1234"},
        {"name": "手机客户", "mobile": "13812345678"})
    with downgraded(paths, "0013") as conn:  # the index as it was: the landline without its trunk 0
        rows = conn.exec_driver_sql(f"SELECT id, c1 FROM {search_index.TABLE}_content ORDER BY id").all()
    assert [" 057188881234" in phones for _id, phones in rows] == [False, False]
    db = Database(paths)  # upgrades to the head again
    service = CustomerService(db, ensure_local_user(db))
    assert _found(service, "0571-8888 1234") == {landline} and _found(service, "13812345678") == {mobile}
    with db.connect() as conn:
        assert conn.exec_driver_sql(f"SELECT count(*) FROM {search_index.TABLE}").scalar_one() == 2
    db.close()


def test_a_phone_typed_in_full_width_digits_is_found(service):
    """A Chinese input method in full-width mode types １３８ and （０５７１）; phones are stored in ASCII."""
    mobile, _ = service.create({"name": "张三", "mobile": "13812345678"})
    landline, _ = service.create({"name": "杭州座机有限公司", "phone": "0571-8888 1234"})
    assert _found(service, "１３８　１２３４　５６７８") == {mobile}
    assert _found(service, "＋８６ １３８１２３４") == {mobile}
    assert _found(service, "（０５７１）８８８８－１２３４") == {landline}
