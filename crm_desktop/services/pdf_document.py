"""The frame every PDF the app makes shares: the company letterhead on each page, page numbers ("第 1 / 3
页"), A4, and paragraph styles in the embedded CJK font (pdf_fonts)."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas
from reportlab.platypus import SimpleDocTemplate

from . import pdf_fonts
from .company import Company

MARGIN = 18 * mm


def styles() -> dict[str, ParagraphStyle]:
    font = pdf_fonts.register()
    base = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=14, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=colors.HexColor("#555555")),
        "title": ParagraphStyle("title", parent=base, fontSize=18, leading=24, alignment=1, spaceAfter=6),
        "heading": ParagraphStyle("heading", parent=base, fontSize=11, leading=16, spaceBefore=8, spaceAfter=4),
        "right": ParagraphStyle("right", parent=base, alignment=2),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
    }


def _numbered_canvas(letterhead: Callable[[pdf_canvas.Canvas, int, int], None]):
    class NumberedCanvas(pdf_canvas.Canvas):
        """Holds each page until the end so every page can say how many there are."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                letterhead(self, number, total)
                super().showPage()
            super().save()
    return NumberedCanvas


def build(story: list, company: Company, *, title: str, subject: str = "") -> bytes:
    """Lay out `story` (platypus flowables) under the letterhead; the PDF's bytes."""
    font = pdf_fonts.register()
    width, height = A4

    def letterhead(c: pdf_canvas.Canvas, number: int, total: int) -> None:
        c.saveState()
        c.setFont(font, 14)
        c.drawString(MARGIN, height - 14 * mm, company.name)
        c.setFont(font, 8)
        c.setFillColor(colors.HexColor("#555555"))
        contact = "  ".join(x for x in (company.address, f"电话 {company.phone}" if company.phone else "",
                                        company.email) if x)
        c.drawString(MARGIN, height - 19 * mm, contact)
        if company.tax_number:
            c.drawRightString(width - MARGIN, height - 14 * mm, f"税号 {company.tax_number}")
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.setLineWidth(1.2)
        c.line(MARGIN, height - 21.5 * mm, width - MARGIN, height - 21.5 * mm)
        c.setFont(font, 8)
        c.drawCentredString(width / 2, 10 * mm, f"第 {number} / {total} 页")
        c.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=28 * mm,
                            bottomMargin=18 * mm, title=title, subject=subject, author=company.name,
                            creator="crm-desktop")
    doc.build(story, canvasmaker=_numbered_canvas(letterhead))
    return buffer.getvalue()
