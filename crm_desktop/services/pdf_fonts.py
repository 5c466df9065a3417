"""A CJK TrueType font to embed in PDFs, so Chinese renders in any viewer (reportlab's built-in CID fonts
are referenced, not embedded, and show as blanks or boxes where the viewer lacks them).

Looked for, in order: CRM_PDF_FONT, fonts bundled under resources/fonts, then the system fonts of Windows,
macOS and Linux that are TrueType outlines (reportlab cannot embed CFF-flavoured OpenType such as Noto CJK).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.errors import CrmError
from ..paths import resource

FONT_NAME = "CrmCJK"
SYSTEM_FONTS = (
    "C:/Windows/Fonts/msyh.ttc", "C:/Windows/Fonts/simhei.ttf", "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc", "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
)


class NoCjkFont(CrmError):
    code = "no_cjk_font"


def candidates() -> list[Path]:
    found = []
    if os.environ.get("CRM_PDF_FONT"):
        found.append(Path(os.environ["CRM_PDF_FONT"]))
    bundled = resource("fonts")
    if bundled.is_dir():
        found += sorted(p for p in bundled.iterdir() if p.suffix.lower() in (".ttf", ".ttc"))
    found += [Path(p) for p in SYSTEM_FONTS]
    return found


def register() -> str:
    """Register the first usable CJK font with reportlab (once) and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont, TTFError
    if FONT_NAME in pdfmetrics.getRegisteredFontNames():
        return FONT_NAME
    tried = []
    for path in candidates():
        if not path.is_file():
            continue
        try:
            font = TTFont(FONT_NAME, str(path), subfontIndex=0) if path.suffix.lower() == ".ttc" \
                else TTFont(FONT_NAME, str(path))
        except TTFError as exc:
            tried.append(f"{path}: {exc}")
            continue
        pdfmetrics.registerFont(font)
        return FONT_NAME
    raise NoCjkFont(detail="; ".join(tried) or "install a Chinese TrueType font (e.g. WenQuanYi Micro Hei) or set "
                    "CRM_PDF_FONT to a .ttf/.ttc file")
