"""A quote as a PDF: who quotes whom, the lines with quantity, unit price, discount and tax, the exact totals
and the terms."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..domain.money import Money
from . import pdf_document
from .company import Company


def _money(minor: int, currency: str) -> str:
    return Money(minor, currency).format()


def render(quote, company: Company) -> bytes:
    s = pdf_document.styles()
    font = s["body"].fontName
    story = [Paragraph("报价单 QUOTATION", s["title"])]
    info = [["报价单号", f"{quote.number}（第 {quote.version} 版）", "报价日期", str(quote.quoted_on or "")],
            ["客户", Paragraph(escape(quote.customer_name), s["cell"]), "有效期至", str(quote.valid_until or "")],
            ["项目", Paragraph(escape(quote.title), s["cell"]), "销售代表", quote.owner_name]]
    table = Table(info, colWidths=[22 * mm, 70 * mm, 22 * mm, 60 * mm])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                               ("TEXTCOLOR", (0, 0), (0, -1), colors.HexColor("#555555")),
                               ("TEXTCOLOR", (2, 0), (2, -1), colors.HexColor("#555555")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    story += [table, Spacer(1, 5 * mm)]

    rows = [["序号", "产品 / 服务", "单位", "数量", "单价", "折扣", "税率", "金额（不含税）", "含税金额"]]
    for i, line in enumerate(quote.lines, start=1):
        rows.append([str(i), Paragraph(escape(line.name), s["cell"]), line.unit, line.quantity,
                     _money(line.unit_price, quote.currency), f"{line.discount}%", f"{line.tax_rate}%",
                     _money(line.net, quote.currency), _money(line.total, quote.currency)])
    lines = Table(rows, colWidths=[10 * mm, 45 * mm, 11 * mm, 13 * mm, 22 * mm, 12 * mm, 12 * mm, 25 * mm, 25 * mm],
                  repeatRows=1)
    lines.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")), ("TEXTCOLOR", (0, 0), (-1, 0), colors.white),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (3, 1), (-1, -1), "RIGHT"),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f6f9")])]))
    story += [lines, Spacer(1, 4 * mm)]

    totals = Table([["小计（不含税）", _money(quote.subtotal, quote.currency)],
                    ["税额", _money(quote.tax, quote.currency)],
                    ["合计（含税）", _money(quote.total, quote.currency)]], colWidths=[35 * mm, 35 * mm],
                   hAlign="RIGHT")
    totals.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                                ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("LINEABOVE", (0, 2), (-1, 2), 0.8, colors.black),
                                ("FONTSIZE", (0, 2), (-1, 2), 11)]))
    story += [totals, Spacer(1, 6 * mm)]
    if quote.terms:
        story += [Paragraph("条款与说明", s["heading"]), Paragraph(escape(quote.terms).replace("\n", "<br/>"), s["body"])]
    if company.bank:
        story += [Spacer(1, 4 * mm), Paragraph(escape(f"开户行及账号：{company.bank}"), s["small"])]
    return pdf_document.build(story, company, title=f"报价单 {quote.number} v{quote.version}",
                              subject=quote.customer_name)
