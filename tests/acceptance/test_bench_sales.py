"""`crm-desktop bench sales` runs end to end on a small scale and prints the documented JSON rows, each beside
its raw floor."""

import json
import subprocess
import sys

from tests.acceptance.test_cli import ENV


def test_bench_sales_prints_totals_kanban_and_move_rows():
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "bench", "sales", "--opportunities", "12000",
                             "--json"], capture_output=True, text=True, timeout=600, env=ENV)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout.strip().splitlines()[-1])["rows"]
    names = [r["name"] for r in rows]
    assert any(n.startswith("pipeline totals (") and n.endswith("p95") for n in names)
    assert any(n.startswith("a rep's pipeline totals (") for n in names)
    assert "kanban paint (10,000 open) p95" in names
    assert "stage move (drag and drop) p50" in names
    for row in rows:
        assert set(row) == {"name", "value", "floor", "ratio", "unit"}
        assert row["value"] > 0 and row["floor"] > 0


def test_bench_sales_refuses_too_few_opportunities():
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "bench", "sales", "--opportunities", "50"],
                            capture_output=True, text=True, timeout=120, env=ENV)
    assert result.returncode == 2 and "10000 or more" in result.stderr
