"""Quotes: made from an opportunity's lines, totals exact to the fen with discount and tax, versions, locked
once sent, and a PDF whose text (read back with a PDF text extractor) carries the Chinese customer name and
whose CJK font is embedded."""

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from crm_desktop.data.models import Customer, User
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.services.company import Company, CompanyService
from crm_desktop.services.opportunities import LineItem, OpportunityService
from crm_desktop.services.quotes import QuoteLineItem, QuoteLocked, QuoteService, line_figures


def _actor(db, login):
    with db.connect() as conn:
        row = conn.execute(select(User.id, User.department_id).where(User.login == login)).one()
    return Actor(row[0], row[1], db.device_id)


@pytest.fixture
def quoted(demo_db):
    actor = _actor(demo_db, "lina")
    sales = OpportunityService(demo_db, actor)
    with demo_db.connect() as conn:
        customer_id = conn.execute(select(Customer.id).where(Customer.owner_id == actor.user_id,
                                                             Customer.name.like("%有限公司%")).limit(1)).scalar_one()
    oid, _ = sales.create({"customer_id": customer_id, "name": "CRM 升级项目"},
                          [LineItem(None, "CRM 专业版", "3", 49800_00, "5"), LineItem(None, "实施服务", "2.5", 2500_00)])
    quotes = QuoteService(demo_db, actor)
    qid, _ = quotes.create_from_opportunity(oid)
    return quotes, qid, customer_id


def test_line_figures_round_once_per_line():
    assert line_figures("3", 49800_00, "5", "13") == (14193000, 1845090, 16038090)
    assert line_figures("1", 1_01, "0", "6") == (101, 6, 107)  # 6.06 分 of tax rounds to 6
    assert line_figures("1", 1_25, "0", "6") == (125, 8, 133)  # 7.5 分 rounds half up


def test_a_quote_copies_the_lines_and_totals_them_exactly(quoted):
    quotes, qid, customer_id = quoted
    q = quotes.get(qid)
    assert q.number.startswith("Q") and q.version == 1 and q.status == "draft"
    assert [line.name for line in q.lines] == ["CRM 专业版", "实施服务"]
    assert q.subtotal == sum(line.net for line in q.lines) == 14193000 + 625000
    assert q.tax == sum(line.tax for line in q.lines)
    assert q.total == q.subtotal + q.tax
    assert q.customer_id == customer_id


def test_versions_supersede_and_sent_quotes_are_locked(quoted):
    quotes, qid, _ = quoted
    quotes.set_status(qid, "sent")
    with pytest.raises(QuoteLocked):
        quotes.save(qid, {"title": "改"}, [QuoteLineItem(None, "x", "1", 100)])
    new_id, _ = quotes.new_version(qid)
    assert quotes.get(qid).status == "superseded"
    new = quotes.get(new_id)
    assert (new.number, new.version, new.status) == (quotes.get(qid).number, 2, "draft")
    quotes.save(new_id, {"terms": "含一年维保"}, [QuoteLineItem(None, "CRM 专业版", "3", 49800_00, "10", "13")])
    assert quotes.get(new_id).subtotal == 13446000
    assert [v for _i, _n, v, _s, _t in quotes.of_opportunity(new.opportunity_id)] == [2, 1]


def test_the_pdf_carries_the_chinese_customer_name_with_an_embedded_font(demo_db, quoted):
    quotes, qid, _ = quoted
    CompanyService(demo_db, _actor(demo_db, "admin")).set_company(
        Company(name="杭州示例软件有限公司", address="杭州市西湖区文三路 100 号", phone="0571-88886666",
                tax_number="91330106MA2XXXXX0X"))
    data = quotes.pdf(qid)
    reader = PdfReader(io.BytesIO(data))
    text = "".join(page.extract_text() for page in reader.pages)
    q = quotes.get(qid)
    assert q.customer_name in text
    assert "杭州示例软件有限公司" in text and "报价单" in text and q.number in text
    assert "¥" in text and f"{q.total / 100:,.2f}" in text
    fonts = [f.get_object() for page in reader.pages for f in page["/Resources"]["/Font"].values()]
    descriptors = [f["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in f
                   else f.get("/FontDescriptor") for f in fonts]
    assert any(d is not None and ("/FontFile2" in d.get_object()) for d in descriptors)  # embedded TrueType
