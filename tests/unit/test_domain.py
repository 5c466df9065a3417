import uuid

import pytest

from crm_desktop.domain.changes import Changes
from crm_desktop.domain.clock import Hlc, HybridClock
from crm_desktop.domain.contact_points import display_phone, normalize_email, normalize_phone, phone_digits
from crm_desktop.domain.errors import FieldError, ValidationError
from crm_desktop.domain.ids import new_id
from crm_desktop.domain.records import validate
from tests.shared_data import SHARED_DATA


@pytest.mark.parametrize("raw, stored", [
    ("13812345678", "+8613812345678"),
    ("138 1234 5678", "+8613812345678"),
    ("+86 138-1234-5678", "+8613812345678"),
    ("010 6552 9988", "+861065529988"),
    ("+1 650-253-0000", "+16502530000"),
    ("１３８－１２３４－５６７８", "+8613812345678"),  # typed in full-width mode
    ("+861３８１２３４５６７８", "+8613812345678"),  # \d matches these digits: they must not be stored so
])
def test_phone_is_normalised_to_e164(raw, stored):
    assert normalize_phone(raw) == stored


@pytest.mark.parametrize("raw, code", [("12345", "phone_invalid"), ("not a phone", "phone_unparsable"),
                                       ("1381234567", "phone_invalid")])
def test_bad_phone_gives_a_field_error(raw, code):
    result = normalize_phone(raw)
    assert isinstance(result, FieldError) and result.code == code and result.field == "phone"


def test_phone_display_and_search_digits():
    assert display_phone("+8613812345678") == "138 1234 5678"
    assert phone_digits("+8613812345678") == "13812345678"


@pytest.mark.parametrize("raw, stored", [("Zhang.San@Example.COM", "Zhang.San@example.com"),
                                         ("用户@例子.广告", "用户@例子.广告"),
                                         ("ｚｈａｎｇ．ｓａｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "zhang.san@example.com")])
def test_email_normalised(raw, stored):
    assert normalize_email(raw) == stored


@pytest.mark.parametrize("raw", ["x@", "a..b@example.com", "no-at-sign", "a@b"])
def test_bad_email_gives_a_field_error(raw):
    result = normalize_email(raw)
    assert isinstance(result, FieldError) and result.code == "email_invalid"


def test_a_credit_code_in_full_width_is_stored_in_ascii():
    assert validate("customer", {"name": "某公司", "credit_code": "９１３５０１００Ｍ０００１００Ｙ４３"}) == {
        "name": "某公司", "credit_code": "91350100M000100Y43"}
    with pytest.raises(ValidationError):  # still checked: a wrong check character in either width
        validate("customer", {"name": "某公司", "credit_code": "９１３５０１００Ｍ０００１００Ｙ４４"})


def test_validate_reports_every_bad_field_at_once():
    with pytest.raises(ValidationError) as info:
        validate("customer", {"name": " ", "phone": "123", "email": "x@", "customer_type": "Z",
                              "credit_code": "91110000600037341X"})
    assert {e.field: e.code for e in info.value.errors} == {
        "name": "required", "phone": "phone_invalid", "email": "email_invalid", "customer_type": "not_a_choice",
        "credit_code": "credit_code_invalid"}


def test_validate_refuses_system_and_unknown_fields():
    with pytest.raises(ValidationError) as info:
        validate("customer", {"name": "A", "version": 3, "colour": "red"}, partial=True)
    assert {e.field: e.code for e in info.value.errors} == {"version": "read_only", "colour": "unknown_field"}


def test_validate_trims_and_keeps_empty_optionals():
    assert validate("customer", {"name": " 华信科技 ", "phone": "", "email": None}) == {
        "name": "华信科技", "phone": "", "email": ""}


def test_uuid7_is_time_ordered_and_unique():
    ids = [new_id() for _ in range(20000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in ids[:100])


def test_hybrid_clock_never_goes_backwards():
    wall = iter([1.000, 1.000, 0.500, 2.000])
    clock = HybridClock("dev1", wall=lambda: next(wall))
    stamps = [clock.now() for _ in range(4)]
    assert [str(s) for s in stamps] == sorted(str(s) for s in stamps)
    assert stamps[1] == Hlc(1000, 1, "dev1") and stamps[2] == Hlc(1000, 2, "dev1")
    assert stamps[3] == Hlc(2000, 0, "dev1")


def test_hybrid_clock_moves_past_observed_remote_stamps():
    clock = HybridClock("a", wall=lambda: 1.0)
    clock.observe("0000000005000-00007-b")
    assert clock.now() == Hlc(5000, 8, "a")


def test_changes_combine_and_map_entities():
    c = Changes.for_entities({"customer", "contact"}) | Changes(recycle_bin=True)
    assert c.customers and c.contacts and c.recycle_bin and not c.activities
    assert not Changes().any()


def test_example_numbers_of_every_region_normalise_to_their_e164():
    """libphonenumber's own example numbers (../shared/data/conformance): every region's number written
    internationally stays itself, and China's national forms (a mobile through the fast path, a fixed line
    with its 0 prefix through the library) give the published E.164 form."""
    import csv

    from crm_desktop.domain.contact_points import normalize_phone
    path = SHARED_DATA / "conformance" / "libphonenumber" / \
        "example_numbers_all_regions.csv"
    rows = [r for r in csv.DictReader(path.open(encoding="utf-8")) if r["type"] in ("mobile", "fixedLine")]
    assert len(rows) > 400
    # The corpus comes from a newer libphonenumber than the installed phonenumbers may be: a region whose
    # numbering changed since can disagree, the rest must not.
    agree = sum(1 for r in rows if normalize_phone(r["e164"], "phone", r["region"]) == r["e164"])
    assert agree >= 0.97 * len(rows), (agree, len(rows))
    china = [r for r in rows if r["region"] == "CN"]
    assert {r["type"] for r in china} == {"mobile", "fixedLine"}
    for r in china:
        national = ("0" if r["type"] == "fixedLine" else "") + r["national_number"]
        assert normalize_phone(national) == r["e164"], r
