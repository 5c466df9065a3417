"""The frozen one-folder build starts and paints on an isolated data folder (slow: CI runs it)."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_frozen_app_smoke(tmp_path):
    pyinstaller = shutil.which("pyinstaller") or str(Path(sys.executable).parent / "pyinstaller")
    build = subprocess.run([pyinstaller, "--noconfirm", "--distpath", str(tmp_path / "dist"),
                            "--workpath", str(tmp_path / "work"), str(ROOT / "installer.spec")],
                           cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert build.returncode == 0, build.stderr[-3000:]
    exe = tmp_path / "dist" / "crm-desktop" / ("crm-desktop.exe" if os.name == "nt" else "crm-desktop")
    assert exe.exists()
    assert (tmp_path / "dist" / "crm-desktop" / "_internal" / "resources" / "translations" / "crm_zh_CN.qm").exists()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([str(exe), "--smoke", "--data-dir", str(tmp_path / "data"), "--demo", "150",
                          "--lang", "zh_CN"], capture_output=True, text=True, env=env, timeout=300)
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["customers"] == 150
    upgrade = subprocess.run([str(exe), "db", "upgrade", "--data-dir", str(tmp_path / "data")],
                             capture_output=True, text=True, env=env, timeout=300)
    assert upgrade.returncode == 0 and json.loads(upgrade.stdout)["ok"] is True
