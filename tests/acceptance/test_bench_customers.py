"""`crm-desktop bench customers` runs end to end on a small scale and prints the documented JSON rows, each
beside its raw floor."""

import json
import subprocess
import sys

from tests.acceptance.test_cli import ENV


def test_bench_customers_prints_search_export_duplicate_and_import_rows():
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "bench", "customers", "--customers", "2000",
                             "--json"], capture_output=True, text=True, timeout=900, env=ENV)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout.strip().splitlines()[-1])["rows"]
    names = [r["name"] for r in rows]
    for kind in ("1 Chinese character", "2 Chinese characters", "3+ Chinese characters", "pinyin initials",
                 "full pinyin", "phone (7 digits)", "email (local part)"):
        assert f"search {kind} p95" in names
    assert "CSV export of 2,000 customers" in names and "Excel export of 2,000 customers" in names
    assert "duplicate finder over every customer" in names
    assert "import of 2,000 CSV rows" in names
    for row in rows:
        assert set(row) == {"name", "value", "floor", "ratio", "unit"}
        assert row["value"] > 0 and row["floor"] > 0
