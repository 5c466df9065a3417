"""Translations: .ts files are committed under resources/translations; the .qm files Qt loads are built from
them with pyside6-lrelease (by the install/run step, or here on first use into the cache folder), and ship
prebuilt in the frozen app."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import cache_dir, resource

LANGUAGES = ("zh_CN", "en")


def default_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def _lrelease() -> list[str] | None:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    try:
        import PySide6
        candidate = Path(PySide6.__file__).parent / "lrelease"
        if candidate.exists():
            return [str(candidate)]
    except ImportError:
        pass
    return None


def compiled(lang: str, cache: Path) -> Path | None:
    """The .qm for `lang`: shipped beside the .ts (frozen/installed), or built into the cache if stale."""
    ts = resource("translations", f"crm_{lang}.ts")
    shipped = ts.with_suffix(".qm")
    if shipped.exists() and (not ts.exists() or shipped.stat().st_mtime >= ts.stat().st_mtime):
        return shipped
    if not ts.exists():
        return None
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        cache = Path(tempfile.gettempdir()) / "crm-desktop-translations"
        cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"crm_{lang}.qm"
    if target.exists() and target.stat().st_mtime >= ts.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None or getattr(sys, "frozen", False):
        return None
    subprocess.run([*tool, "-silent", str(ts), "-qm", str(target)], check=True, timeout=60)
    return target


def install(app: QCoreApplication, lang: str, cache: Path | None = None) -> list[QTranslator]:
    installed = []
    cache = cache or cache_dir()
    qm = compiled(lang, cache)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    return installed
