"""`crm-desktop bench service` runs end to end on a small scale and prints the documented JSON rows: each queue
opened and the knowledge search per query length, each beside its raw floor."""

import json
import subprocess
import sys

from tests.acceptance.test_cli import ENV


def test_bench_service_prints_queue_and_search_rows():
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "bench", "service", "--tickets", "3000",
                             "--articles", "300", "--json"], check=False, capture_output=True, text=True, timeout=600, env=ENV)
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout.strip().splitlines()[-1])["rows"]
    names = [r["name"] for r in rows]
    for queue in ("mine", "open", "unassigned", "team"):
        assert any(n.startswith(f"queue {queue} (") and n.endswith(") p95") for n in names), queue
        assert any(n.startswith(f"queue {queue} (") and n.endswith("first window") for n in names), queue
    for kind in ("1 char", "2 chars", "3 chars", "4 chars", "latin word"):
        assert any(n.startswith(f"kb search {kind} p95") for n in names), kind
    assert any(n.startswith("kb search all (300 queries) p95") for n in names)
    for row in rows:
        assert set(row) == {"name", "value", "floor", "ratio", "unit"}
        assert row["unit"] in ("s", "ms")
        assert row["value"] > 0 and row["floor"] > 0
        assert isinstance(row["ratio"], (int, float)) and row["ratio"] > 0


def test_bench_service_refuses_too_few_tickets():
    result = subprocess.run([sys.executable, "-m", "crm_desktop", "bench", "service", "--tickets", "50"],
                            check=False, capture_output=True, text=True, timeout=120, env=ENV)
    assert result.returncode == 2 and "--tickets 1000" in result.stderr
