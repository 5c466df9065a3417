"""Report export: the PDF (letterhead, charts, tables splitting across pages, page numbers, an embedded CJK
font) and the Excel workbook (one sheet per pane, numbers as numbers), read back with pypdf and openpyxl."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import openpyxl
import pytest
from PIL import Image as PilImage
from pypdf import PdfReader
from reportlab.graphics.shapes import Group, Polygon, Wedge

from crm_desktop.domain.errors import Cancelled
from crm_desktop.services.company import Company
from crm_desktop.services.report_dto import Pane, Series
from crm_desktop.services.report_export import ReportSection, draw_chart, format_value, sheet_names, write_pdf, \
    write_xlsx

LABELS = {"page": "第 {page} 页 / 共 {pages} 页", "category": "类别", "lower": "{series}下限", "upper": "{series}上限",
          "band": "{series}区间", "no_data": "暂无数据", "other": "其他", "phone": "电话 {phone}",
          "tax_number": "税号 {tax_number}"}
COMPANY = Company(name="上海示例科技有限公司", address="上海市浦东新区世纪大道 100 号", phone="021-5555 0000",
                  tax_number="91310115MA1H000000")
REPS = ("张伟", "王芳", "李娜", "刘洋", "陈静")
AMOUNTS = (Decimal("1234567.50"), Decimal("89000.00"), None, Decimal("0.05"), Decimal("12345678.99"))
MONTHS = tuple(f"2026-{m:02d}" for m in range(1, 7))


def rep_ranking() -> ReportSection:
    pane = Pane("rep_ranking", "bar", REPS, (Series("contract_amount", AMOUNTS, "CNY"),
                                             Series("contracts", (12, 3, None, 1, 40))))
    return ReportSection("销售代表排名", pane, {"contract_amount": "合同金额", "contracts": "合同数"},
                         column_title="销售代表")


def forecast(band: bool = True) -> ReportSection:
    values = tuple(Decimal(100000 + 5000 * i) for i in range(len(MONTHS)))
    series = Series("forecast", values, "CNY",
                    lower=tuple(v - 8000 for v in values) if band else None,
                    upper=tuple(v + 8000 for v in values) if band else None)
    return ReportSection("收入预测", Pane("revenue_forecast", "line", MONTHS, (series,), time_axis=True,
                                       notes=(("mape", 10.5),)),
                         {"forecast": "预测收入"}, column_title="月份")


def aging_pie() -> ReportSection:
    pane = Pane("receivables_aging", "pie", ("not_due", "1_30", "31_60", "over_90"),
                (Series("amount", (Decimal("5000.00"), Decimal("2500.00"), Decimal("0"), Decimal("2500.00")), "CNY"),),
                categories_are_codes=True)
    return ReportSection("应收账龄", pane, {"amount": "金额"},
                         {"not_due": "未到期", "1_30": "逾期1-30天", "31_60": "逾期31-60天", "over_90": "逾期90天以上"})


def funnel() -> ReportSection:
    return ReportSection("销售漏斗", Pane("funnel", "funnel", ("线索", "商机", "报价", "成交"),
                                      (Series("count", (400, 120, None, 30)),)), {"count": "数量"})


def long_table(rows: int = 1000) -> ReportSection:
    customers = tuple(f"客户{i:04d}有限公司" for i in range(rows))
    amounts = tuple(Decimal(i * 100001) / 100 for i in range(rows))
    return ReportSection("客户贡献明细", Pane("customers_by_source", "hbar", customers,
                                          (Series("contract_amount", amounts, "CNY"),)),
                         {"contract_amount": "合同金额"}, column_title="客户名称")


def png(width: int = 640, height: int = 320) -> bytes:
    buffer = io.BytesIO()
    PilImage.new("RGB", (width, height), (31, 78, 121)).save(buffer, "PNG")
    return buffer.getvalue()


def pdf_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


# --- PDF ----------------------------------------------------------------------------------------------------

def test_the_pdf_embeds_a_cjk_truetype_font_and_prints_the_tables(tmp_path):
    target = tmp_path / "报表.pdf"
    pages = write_pdf([rep_ranking(), forecast(), aging_pie(), funnel()], target, title="销售分析报表",
                      subtitle="2026-01-01 至 2026-06-30", company=COMPANY, labels=LABELS)
    reader = PdfReader(target)
    assert pages == len(reader.pages) >= 2
    embedded = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.append(str(font["/BaseFont"]))
    assert embedded, "no embedded TrueType font"
    text = "\n".join(pdf_text(target))
    whole = flat(text)
    for expected in ("销售分析报表", "上海示例科技有限公司", "税号91310115MA1H000000", "销售代表排名", "销售代表",
                     "合同金额(¥)", "合同数", "张伟", "1,234,567.50", "89,000.00", "0.05", "12,345,678.99", "预测收入下限(¥)",
                     "预测收入上限(¥)", "92,000.00", "133,000.00", "mape:10.5", "未到期", "逾期90天以上", "5,000.00", "线索",
                     "400"):
        assert expected in whole, expected
    # the rep with no figures shows dashes, not zeros
    assert re.search(r"李娜\s*—\s*—", text)
    assert "not_due" not in text  # codes are worded by the caller's titles


def test_every_page_is_numbered_of_the_total(tmp_path):
    target = tmp_path / "r.pdf"
    pages = write_pdf([long_table(300), rep_ranking()], target, title="编号", company=COMPANY, labels=LABELS)
    texts = pdf_text(target)
    assert pages == len(texts) > 3
    for number, text in enumerate(texts, start=1):
        assert f"第 {number} 页 / 共 {pages} 页" in text
        assert "上海示例科技有限公司" in text  # the letterhead on every page


def test_english_page_labels_by_default_and_no_letterhead_without_a_company(tmp_path):
    target = tmp_path / "r.pdf"
    pages = write_pdf([rep_ranking()], target, title="Report")
    text = pdf_text(target)[-1]
    assert f"Page {pages} of {pages}" in text and "Category" not in text  # column_title given
    assert "上海示例科技有限公司" not in text


def test_a_long_table_splits_across_pages_repeating_its_header(tmp_path):
    section = long_table(1000)
    target = tmp_path / "long.pdf"
    pages = write_pdf([section], target, title="明细", labels=LABELS)
    texts = pdf_text(target)
    assert pages == len(texts) >= 15
    # the header row starts every page of the table
    assert all("客户名称" in t and "合同金额" in t for t in texts)
    whole = flat("".join(texts))
    for i in (0, 1, 500, 999):
        assert f"客户{i:04d}有限公司" in whole
        assert format_value(Decimal(i * 100001) / 100, "CNY") in whole
    assert "999,009.99" in whole  # the last row's amount, exactly


def test_a_band_line_chart_shades_between_its_edges_and_a_pie_draws_its_slices():
    with_band = draw_chart(forecast(band=True), LABELS).expandUserNodes()
    without = draw_chart(forecast(band=False), LABELS).expandUserNodes()

    def polygons(group):
        found = []
        for item in group.contents:
            if isinstance(item, Group):
                found += polygons(item)
            elif isinstance(item, Polygon):
                found.append(item)
        return found

    bands = [p for p in polygons(with_band) if len(p.points) == 4 * len(MONTHS)]  # n upper + n lower points
    assert len(bands) == 1 and bands[0].fillColor is not None
    assert not [p for p in polygons(without) if len(p.points) == 4 * len(MONTHS)]

    def wedges(group):
        found = []
        for item in group.contents:
            if isinstance(item, Group):
                found += wedges(item)
            elif isinstance(item, Wedge):
                found.append(item)
        return found
    # the 31-60 bucket is zero: three slices
    assert len(wedges(draw_chart(aging_pie(), LABELS).expandUserNodes())) == 3


def test_a_pie_with_many_slices_gathers_the_smallest_as_other():
    names = tuple(f"渠道{i}" for i in range(30))
    section = ReportSection("来源", Pane("customers_by_source", "pie", names, (Series("n", tuple(range(1, 31))),)))

    def wedges(group):
        return sum(wedges(i) if isinstance(i, Group) else isinstance(i, Wedge) for i in group.contents)
    assert wedges(draw_chart(section, LABELS).expandUserNodes()) == 12


def test_the_ui_picture_replaces_the_drawn_chart_and_a_broken_one_falls_back(tmp_path):
    def images(path):
        count = 0
        for page in PdfReader(path).pages:
            xobjects = page["/Resources"].get("/XObject") or {}
            count += sum(1 for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image")
        return count

    picture = tmp_path / "picture.pdf"
    write_pdf([ReportSection("图", rep_ranking().pane, image_png=png()), rep_ranking()], picture, title="t")
    broken = tmp_path / "broken.pdf"
    write_pdf([ReportSection("坏图", rep_ranking().pane, image_png=b"\x89PNG not really")], broken, title="t")
    assert images(picture) == 1
    assert images(broken) == 0 and "1,234,567.50" in "".join(pdf_text(broken))


def test_awkward_input_still_makes_a_pdf(tmp_path):
    long_name = "华东区重点客户" * 40
    sections = [
        ReportSection("空报表", Pane("funnel", "funnel", (), ())),
        ReportSection("全是空值", Pane("win_loss", "line", MONTHS, (Series("won", (None,) * len(MONTHS)),))),
        ReportSection("空饼图", Pane("loss_reasons", "pie", ("价格", "功能"), (Series("lost", (0, None)),))),
        ReportSection("超长名称", Pane("rep_ranking", "hbar", (long_name, "短"),
                                    (Series("amount", (Decimal("1.00"), Decimal("2.00")), "CNY"),))),
        ReportSection("短序列", Pane("ticket_volume", "bar", ("一", "二", "三"), (Series("tickets", (5,)),))),
        long_table(1000),
        ReportSection("怪字符", Pane("rep_ranking", "bar", ("甲\x0b乙", "长" * 20000), (Series("n", (1, 2)),))),
    ]
    target = tmp_path / "awkward.pdf"
    pages = write_pdf(sections, target, title="边界情况", labels=LABELS)
    texts = pdf_text(target)
    assert pages == len(texts) >= 15
    whole = flat("".join(texts))
    assert "暂无数据" in whole
    assert flat(long_name) in whole  # wrapped in its cell, not cut
    assert re.search(r"三\s*—", "".join(texts))  # a series shorter than its categories is padded


def test_money_is_formatted_exactly():
    assert format_value(Decimal("1234567.5"), "CNY") == "1,234,567.50"
    assert format_value(Decimal("0.005"), "CNY") == "0.005"  # a weighted half-fen is not rounded away
    assert format_value(123456789, "CNY") == "123,456,789.00"
    assert format_value(Decimal("-42"), "CNY") == "-42.00"
    assert format_value(None, "CNY") == format_value(None) == "—"
    assert format_value(12345) == "12,345"
    assert format_value(87.5, "percent") == "87.5%"
    assert format_value(Decimal("2.50"), "days") == "2.50"


def test_progress_is_reported_and_cancelling_leaves_no_file(tmp_path):
    seen = []
    target = tmp_path / "r.pdf"
    write_pdf([rep_ranking(), forecast()], target, title="t", progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 3) and seen[-1] == (3, 3) and [d for d, _ in seen] == sorted(d for d, _ in seen)

    def cancel_at(step):
        def progress(done, total):
            if done == step:
                raise Cancelled()
        return progress

    for step in (0, 1, 3):
        for writer, name in ((write_pdf, "c.pdf"), (write_xlsx, "c.xlsx")):
            with pytest.raises(Cancelled):
                writer([rep_ranking(), forecast()], tmp_path / name, title="t", progress=cancel_at(step))
            assert not (tmp_path / name).exists()
    # cancelling over an older export keeps the older file as it was
    before = target.read_bytes()
    with pytest.raises(Cancelled):
        write_pdf([rep_ranking()], target, title="t", progress=cancel_at(2))
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]  # no temporary files left behind


# --- Excel --------------------------------------------------------------------------------------------------

def test_the_workbook_has_one_sheet_per_section_with_exact_numbers(tmp_path):
    sections = [rep_ranking(), forecast(), aging_pie(), long_table(1000)]
    target = tmp_path / "报表.xlsx"
    write_xlsx(sections, target, title="销售分析报表")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["销售代表排名", "收入预测", "应收账龄", "客户贡献明细"]
    assert book.properties.title == "销售分析报表"

    ranking = book["销售代表排名"]
    assert [c.value for c in ranking[1]] == ["销售代表", "合同金额 (¥)", "合同数"]
    assert all(c.font.bold for c in ranking[1])
    assert ranking.freeze_panes == "B2"
    assert [c.value for c in ranking["A"][1:]] == list(REPS)
    amounts = [c.value for c in ranking["B"][1:]]
    assert [None if v is None else Decimal(str(v)) for v in amounts] == list(AMOUNTS)
    assert all(c.data_type == "n" and c.number_format == "#,##0.00" for c in ranking["B"][1:] if c.value is not None)
    assert [c.value for c in ranking["C"][1:]] == [12, 3, None, 1, 40]

    band = book["收入预测"]
    assert [c.value for c in band[1]] == ["月份", "预测收入 (¥)", "预测收入 (low) (¥)", "预测收入 (high) (¥)"]
    assert [band.cell(row=2, column=j).value for j in (2, 3, 4)] == [100000, 92000, 108000]
    assert band.cell(row=len(MONTHS) + 3, column=1).value == "mape"
    assert band.cell(row=len(MONTHS) + 3, column=2).value == 10.5

    aging = book["应收账龄"]
    assert [c.value for c in aging["A"][1:]] == ["未到期", "逾期1-30天", "逾期31-60天", "逾期90天以上"]

    detail = book["客户贡献明细"]
    assert detail.max_row == 1001
    assert Decimal(str(detail["B1001"].value)) == Decimal(999 * 100001) / 100
    # Chinese names get a column wide enough for their double-width characters
    assert detail.column_dimensions["A"].width >= 2 * len("客户0000有限公司") - 4


def test_sheet_names_are_valid_and_unique():
    names = sheet_names(["销售/回款: 2026[上]?", "销售/回款: 2026[上]?", "SALES*", "sales*", "", "'引号'",
                         "一个非常非常非常非常非常非常非常非常非常非常非常长的报表标题", "一个非常非常非常非常非常非常非常非常非常非常非常长的报表标题"])
    assert len(names) == 8
    assert len({n.casefold() for n in names}) == 8
    for name in names:
        assert name and len(name) <= 31 and not re.search(r"[\[\]:*?/\\]", name)
        assert not name.startswith("'") and not name.endswith("'")
    assert names[0].startswith("销售 回款")


def test_awkward_input_still_makes_a_workbook(tmp_path):
    title = "一个非常非常非常非常非常非常非常非常非常非常非常长的报表标题"
    sections = [ReportSection(title, Pane("funnel", "funnel", (), ())),
                ReportSection(title, Pane("win_loss", "bar", ("一", "二"), (Series("won", (None,)),))),
                ReportSection("怪字符", Pane("rep_ranking", "bar", ("甲\x0b乙", "长" * 40000), (Series("n", (1, 2)),)))]
    target = tmp_path / "a.xlsx"
    write_xlsx(sections, target)
    book = openpyxl.load_workbook(target)
    assert len(book.sheetnames) == 3 and len(set(book.sheetnames)) == 3
    empty, short, odd = (book[n] for n in book.sheetnames)
    assert odd["A2"].value == "甲乙" and odd["A3"].value == "长" * 32767 and odd["B3"].value == 2
    assert empty.max_row == 1 and empty["A1"].value == "Category"
    assert [[c.value for c in row] for row in short.iter_rows(min_row=2)] == [["一", None], ["二", None]]
    write_xlsx([], tmp_path / "none.xlsx", title="空")
    assert openpyxl.load_workbook(tmp_path / "none.xlsx").sheetnames == ["空"]


def test_exports_get_the_usual_file_permissions(tmp_path):
    reference = tmp_path / "plain.bin"
    reference.write_bytes(b"")
    write_pdf([rep_ranking()], tmp_path / "r.pdf", title="t")
    write_xlsx([rep_ranking()], tmp_path / "r.xlsx")
    mode = reference.stat().st_mode & 0o777
    assert (tmp_path / "r.pdf").stat().st_mode & 0o777 == mode
    assert (tmp_path / "r.xlsx").stat().st_mode & 0o777 == mode
