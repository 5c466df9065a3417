"""`crm-desktop bench sync` runs end to end on a small scale and prints the documented JSON rows."""

import json
import subprocess
import sys

from tests.acceptance.test_cli import ENV


def test_bench_sync_prints_rows_with_floors_and_ratios():
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "bench", "sync", "--customers", "3000", "--json"],
                            capture_output=True, text=True, timeout=600, env=ENV)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout.strip().splitlines()[-1])["rows"]
    assert [r["name"] for r in rows] == ["initial sync", "push 1,000 operations", "pull 1,000 changes",
                                         "1,000 operations round trip", "sync with nothing to do"]
    for row in rows:
        assert set(row) == {"name", "value", "floor", "ratio", "unit"}
        assert row["value"] > 0 and row["floor"] > 0
        assert abs(row["ratio"] - row["value"] / row["floor"]) < 0.02 * max(1, row["ratio"])
