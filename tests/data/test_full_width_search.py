"""Names in full width (ＩＢＭ中国, 华信科技（分公司）), as Chinese input methods type them and Chinese spreadsheets
hold them: found by the same query in either width, sorted among the Latin names, recognised as duplicates of the
same name in ASCII, and indexed so by an upgraded database."""

import pytest

from crm_desktop.data import search_index
from crm_desktop.data.database import Database
from crm_desktop.domain.customer_filter import CustomerFilter, CustomerOrder
from crm_desktop.domain.sort_keys import pinyin_key
from crm_desktop.domain.widths import half_width
from crm_desktop.services.context import ensure_local_user
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.imports import ImportService
from tests.data.schema_versions import database_with_customers, downgraded


def _found(service, query: str) -> set:
    rows = service.window(CustomerFilter(search=query), CustomerOrder("name"), limit=200)
    assert service.count(CustomerFilter(search=query)) == len(rows)
    return {r.id for r in rows}


def test_half_width_folds_the_full_width_ascii_block_only():
    assert half_width("ＩＢＭ中国（上海）　１２３＠ｘ．ｃｎ") == "IBM中国(上海) 123@x.cn"
    assert half_width("①㈱ｶﾀｶﾅ，。") == "①㈱ｶﾀｶﾅ,。"  # not NFKC: circled digits, half-width kana, the 。 stay
    assert half_width("") == "" and half_width(None) is None


@pytest.mark.parametrize("query", ["IBM", "ibm", "ＩＢＭ", "ｉｂｍ中国", "IB", "Ｉ", "bm"])
def test_a_full_width_name_is_found_in_either_width(service, query):
    full, _ = service.create({"name": "ＩＢＭ中国"})
    half, _ = service.create({"name": "IBM中国"})
    service.create({"name": "华为技术"})
    assert _found(service, query) == {full, half}


def test_brackets_and_contact_names_are_searched_in_half_width(service):
    branch, _ = service.create({"name": "华信科技（杭州分公司）"})
    other, _ = service.create({"name": "华信科技(北京分公司)"})
    through_contact, _ = service.create({"name": "某某贸易"})
    service.add_contact(through_contact, {"name": "Ｍａｒｙ　Ｗａｎｇ"})
    assert _found(service, "(杭州") == {branch}
    assert _found(service, "（北京") == {other}
    assert _found(service, "分公司)") == {branch, other}
    assert _found(service, "mary wang") == {through_contact}
    assert _found(service, "ＭＡＲＹ") == {through_contact}


def test_a_full_width_name_sorts_and_is_keyed_as_ascii(service):
    assert pinyin_key("ＩＢＭ中国（上海）") == pinyin_key("IBM中国(上海)") == "ibmzhong guo (shang hai )"
    ids = {name: service.create({"name": name})[0] for name in ("Ｚｅｔａ Ltd", "华为技术", "ＩＢＭ中国", "Apple")}
    rows = service.window(CustomerFilter(), CustomerOrder("name"), limit=10)
    # Hua (华) before IBM before Zeta; in code-point order every full-width name came after Z.
    assert [r.name for r in rows] == ["Apple", "华为技术", "ＩＢＭ中国", "Ｚｅｔａ Ltd"]
    assert {r.id for r in rows} == set(ids.values())


def test_an_imported_half_width_name_is_a_duplicate_of_the_stored_full_width_one(db, tmp_path):
    service = CustomerService(db, ensure_local_user(db))
    service.create({"name": "华信科技（杭州分公司）"})
    path = tmp_path / "names.csv"
    path.write_text("客户名称\n华信科技(杭州分公司)\nＩＢＭ中国\n", encoding="utf-8")
    service.create({"name": "IBM中国"})
    result = ImportService(db, ensure_local_user(db)).run(path, on_duplicate="skip", report_dir=tmp_path)
    assert (result.imported, result.skipped, result.duplicates) == (0, 2, 2)


def test_an_upgraded_database_indexes_and_sorts_its_full_width_names(tmp_path):
    paths, (full, contact_only, plain) = database_with_customers(
        tmp_path / "old", {"name": "ＩＢＭ中国", "short_name": "ＩＢＭ"}, {"name": "某某贸易"}, {"name": "Apple"})
    db = Database(paths)
    CustomerService(db, ensure_local_user(db)).add_contact(contact_only, {"name": "Ｍａｒｙ"})
    with db.connect() as conn:
        head_text = conn.exec_driver_sql(f"SELECT id, c0, c1, c2, c3 FROM {search_index.TABLE}_content "
                                         f"ORDER BY id").all()
    db.close()
    with downgraded(paths, "0014") as conn:  # as an older version wrote them: names as typed
        conn.exec_driver_sql("UPDATE customer SET name_key = 'ｉｂｍzhong guo' WHERE name = 'ＩＢＭ中国'")
        old = conn.exec_driver_sql(f"SELECT c0, c3 FROM {search_index.TABLE}_content ORDER BY id").all()
        pairs = conn.exec_driver_sql(f"SELECT count(*) FROM {search_index.BIGRAM_TABLE} "
                                     f"WHERE {search_index.BIGRAM_TABLE} MATCH 'ib'").scalar_one()
    assert [c0.strip() for c0, _c3 in old] == ["ＩＢＭ中国 ＩＢＭ", "某某贸易", "Apple"] and old[1][1] == "Ｍａｒｙ"
    assert pairs == 0
    db = Database(paths)  # upgrades to the head again
    service = CustomerService(db, ensure_local_user(db))
    assert _found(service, "IBM") == {full} and _found(service, "ib") == {full}
    assert _found(service, "mary") == {contact_only} and _found(service, "Apple") == {plain}
    assert [r.id for r in service.window(CustomerFilter(), CustomerOrder("name"), limit=10)] == [
        plain, full, contact_only]
    with db.connect() as conn:
        # The same text a new database holds, and every customer indexed once.
        assert conn.exec_driver_sql(f"SELECT id, c0, c1, c2, c3 FROM {search_index.TABLE}_content "
                                    f"ORDER BY id").all() == head_text
        assert conn.exec_driver_sql(f"SELECT count(*) FROM {search_index.BIGRAM_TABLE}").scalar_one() == 3
        assert conn.exec_driver_sql("SELECT name_key FROM customer WHERE name = 'ＩＢＭ中国'").scalar_one() == \
            "ibmzhong guo"
    db.close()


def test_an_import_in_full_width_keeps_its_rows_and_finds_their_duplicates(db, tmp_path):
    """A Chinese spreadsheet typed in full-width mode: the e-mail, credit code and phone are the ASCII values
    they stand for (they were refused as invalid), and a credit code in full width is a duplicate of the same
    code stored in ASCII."""
    service = CustomerService(db, ensure_local_user(db))
    existing, _ = service.create({"name": "福建某某有限公司", "credit_code": "91350100M000100Y43"})
    path = tmp_path / "全角.csv"
    path.write_text("客户名称,统一社会信用代码,邮箱,手机\n"
                    "福建某某公司,９１３５０１００Ｍ０００１００Ｙ４３,,\n"
                    "全角客户,,ｌｉ．ｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ,１３８－１２３４－５６７８\n", encoding="utf-8")
    result = ImportService(db, ensure_local_user(db)).run(path, on_duplicate="skip", report_dir=tmp_path)
    assert (result.imported, result.skipped, result.duplicates, result.errors) == (1, 1, 1, [])
    (row,) = service.window(CustomerFilter(search="全角客户"), CustomerOrder("name"), limit=5)
    assert (row.email, row.phone) == ("li.na@example.com", "") and existing
    assert _found(service, "138 1234 5678") == {row.id}


def test_the_index_folds_exactly_what_half_width_folds(db):
    """The index's SQL looks for text to fold with GLOB before calling Python: it must find every character
    half_width folds, and change nothing else."""
    samples = [chr(cp) for cp in (*range(0x3000, 0x3003), *range(0xFF00, 0xFF61), 0x20, 0x41, 0x4E2D)]
    samples += ["ＩＢＭ中国", "北京华信", "a　b", "Acme Ltd.", ""]
    with db.connect() as conn:
        for value in samples:
            indexed = conn.exec_driver_sql(f"SELECT {search_index._half(':v')}", {"v": value}).scalar_one()
            assert indexed == half_width(value), hex(ord(value[0])) if value else value
