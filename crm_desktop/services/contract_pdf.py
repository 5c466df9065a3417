"""A contract or order as a PDF: the parties, the amount, the dates, the receivable plan and signature
blocks, under the company letterhead with an embedded CJK font."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from ..domain.money import Money
from . import pdf_document
from .company import Company

METHODS = {"bank": "银行转账", "cash": "现金", "cheque": "支票", "alipay": "支付宝", "wechat": "微信支付",
           "acceptance": "承兑汇票", "other": "其他"}


def render(contract, plans, company: Company) -> bytes:
    s = pdf_document.styles()
    font = s["body"].fontName
    kind = "订单" if contract.kind == "order" else "合同"
    money = lambda minor: Money(minor, contract.currency).format()  # noqa: E731 - a local shorthand
    story = [Paragraph(escape(f"{contract.title}（{kind}）"), s["title"]),
             Paragraph(escape(f"{kind}编号：{contract.number}"), s["right"]), Spacer(1, 4 * mm)]
    parties = Table([["甲方（买方）", Paragraph(escape(contract.customer_name), s["cell"])],
                     ["乙方（卖方）", Paragraph(escape(company.name), s["cell"])],
                     [f"{kind}金额", f"{money(contract.amount)}（{contract.currency}）"],
                     ["签订日期", str(contract.signed_on or "")],
                     ["有效期", f"{contract.starts_on or ''} 至 {contract.ends_on or ''}"]],
                    colWidths=[30 * mm, 140 * mm])
    parties.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9.5),
                                 ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                                 ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#f3f6f9"))]))
    story += [parties, Spacer(1, 5 * mm)]
    live = [p for p in plans if not p.void]
    if live:
        story.append(Paragraph("付款计划", s["heading"]))
        rows = [["期次", "计划金额", "计划日期", "付款方式"]] + [
            [f"第 {p.instalment} 期", money(p.amount), str(p.due_on), METHODS.get(p.method, p.method)] for p in live]
        table = Table(rows, colWidths=[25 * mm, 45 * mm, 45 * mm, 45 * mm], repeatRows=1)
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9),
                                   ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9aa5b1")),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f4e79")),
                                   ("TEXTCOLOR", (0, 0), (-1, 0), colors.white), ("ALIGN", (1, 1), (1, -1), "RIGHT")]))
        story += [table, Spacer(1, 5 * mm)]
    if contract.notes:
        story += [Paragraph("条款", s["heading"]), Paragraph(escape(contract.notes).replace("\n", "<br/>"), s["body"])]
    story.append(Spacer(1, 14 * mm))
    signatures = Table([["甲方（盖章）：", "乙方（盖章）："], ["授权代表签字：", "授权代表签字："],
                        ["日期：", "日期："]], colWidths=[85 * mm, 85 * mm], rowHeights=[10 * mm] * 3)
    signatures.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), font), ("FONTSIZE", (0, 0), (-1, -1), 9.5)]))
    story.append(signatures)
    return pdf_document.build(story, company, title=f"{kind} {contract.number}", subject=contract.customer_name)
