"""Every user-facing string is in the committed .ts files and translated: a new tr() without a Chinese
translation fails here, not in front of a user."""

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations"


def _lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    if not Path(found).exists():
        pytest.fail("pyside6-lupdate is missing (it ships with PySide6-Essentials)")
    return found


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_ts_files_hold_every_string_of_the_ui_translated(tmp_path, language):
    copy = tmp_path / f"crm_{language}.ts"
    shutil.copy(TS / f"crm_{language}.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "crm_desktop" / "ui").rglob("*.py"))
    result = subprocess.run([_lupdate(), *sources, "-ts", str(copy)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    new = re.search(r"\((\d+) new", result.stdout)
    assert new and new.group(1) == "0", f"strings missing from crm_{language}.ts: run pyside6-lupdate\n" + \
        result.stdout
    unfinished = [m.findtext("source") for m in ET.parse(copy).iter("message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == []
    if language == "zh_CN":
        texts = [m.findtext("translation") or "".join(n.text or "" for n in m.find("translation"))
                 for m in ET.parse(copy).iter("message")]
        assert all(any("\u4e00" <= ch <= "\u9fff" for ch in t) or not any(c.isalpha() for c in t)
                   or t.startswith(("CRM", "VIP")) for t in texts), "a zh_CN translation without Chinese"
