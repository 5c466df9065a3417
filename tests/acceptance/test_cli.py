"""The command line as users and scripts call it: JSON out, clear messages, exit codes."""

import json
import os
import subprocess
import sys

import pytest
from tests.shared_data import SHARED_DATA

ENV = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}


def run(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "crm_desktop", *args], capture_output=True, text=True,
                          env=ENV, timeout=timeout)


def last_json(stdout: str) -> dict:
    return json.loads(stdout.strip().splitlines()[-1])


def test_smoke_on_a_fresh_folder_seeds_demo_data_and_paints(tmp_path):
    result = run("--data-dir", str(tmp_path / "d"), "--smoke", "--demo", "300")
    assert result.returncode == 0, result.stderr
    report = last_json(result.stdout)
    assert report["ok"] is True and report["customers"] == 300
    assert 0 < report["startup_ms"] <= report["first_paint_ms"]
    again = last_json(run("--data-dir", str(tmp_path / "d"), "--smoke", "--lang", "en").stdout)
    assert again["customers"] == 300  # data kept, not seeded twice


def test_db_upgrade_and_demo_print_json(tmp_path):
    result = run("db", "upgrade", "--data-dir", str(tmp_path))
    assert result.returncode == 0
    report = last_json(result.stdout)
    assert report["ok"] and report["from"] is None and report["to"]
    result = run("demo", "--data-dir", str(tmp_path), "--customers", "150")
    assert result.returncode == 0, result.stderr
    report = last_json(result.stdout)
    assert report["customers"] == 150 and report["users"] == 8 and report["contacts"] > 0
    again = run("demo", "--data-dir", str(tmp_path), "--customers", "10")
    assert again.returncode == 1 and "already holds demo data" in last_json(again.stdout)["error"]


@pytest.mark.parametrize("args, needle", [
    (["--demo", "-5"], "expected 0 or more"),
    (["--demo", "lots"], "expected a whole number"),
    (["--lang", "fr"], "invalid choice"),
    (["frobnicate"], "invalid choice"),
    (["db"], "required"),
])
def test_bad_arguments_exit_2_with_a_message(args, needle):
    result = run(*args)
    assert result.returncode == 2
    assert needle in result.stderr


def test_smoke_reports_a_corrupt_database_clearly(tmp_path):
    (tmp_path / "crm.sqlite3").write_bytes(b"garbage" * 1000)
    result = run("--data-dir", str(tmp_path), "--smoke")
    assert result.returncode == 1
    report = last_json(result.stdout)
    assert report["ok"] is False and report["error"] == "database_corrupt"
    assert "Traceback" not in result.stderr


def test_smoke_reports_an_unusable_folder_clearly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run("--data-dir", str(blocker / "data"), "--smoke")
    assert result.returncode == 1
    assert last_json(result.stdout)["error"] == "folder_not_writable"
    assert "Traceback" not in result.stderr


def test_headless_command_reports_a_locked_folder(tmp_path):
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    holder = Database(DataPaths(tmp_path))
    try:
        result = run("db", "upgrade", "--data-dir", str(tmp_path))
    finally:
        holder.close()
    assert result.returncode == 1
    assert last_json(result.stdout)["code"] == "database_in_use"


def test_backup_list_and_restore_from_the_command_line(tmp_path):
    folder = str(tmp_path / "d")
    assert run("demo", "--data-dir", folder, "--customers", "50").returncode == 0
    taken = run("backup", "--data-dir", folder)
    assert taken.returncode == 0, taken.stderr
    file = last_json(taken.stdout)["file"]
    listed = last_json(run("backup", "--list", "--data-dir", folder).stdout)["backups"]
    assert [b["file"] for b in listed] == [file] and listed[0]["reason"] == "manual"
    restored = run("restore", file, "--data-dir", folder)
    assert restored.returncode == 0, restored.stderr
    report = last_json(restored.stdout)
    assert report["ok"] and report["customers"] == 50 and report["safety_backup"]
    bad = tmp_path / "bad.sqlite3"
    bad.write_text("not a database")
    refused = run("restore", str(bad), "--data-dir", folder)
    assert refused.returncode == 1
    error = last_json(refused.stdout)
    assert error["code"] == "backup_invalid" and "not an SQLite database" in error["error"]
    missing = run("backup", "--data-dir", str(tmp_path / "empty"))
    assert missing.returncode == 1 and last_json(missing.stdout)["code"] == "no_database"


def test_audit_verify_reports_the_first_broken_link(tmp_path):
    import sqlite3
    folder = tmp_path / "d"
    assert run("demo", "--data-dir", str(folder), "--customers", "30").returncode == 0
    good = run("audit", "verify", "--data-dir", str(folder))
    assert good.returncode == 0, good.stderr
    report = last_json(good.stdout)
    assert report["ok"] is True and report["entries"] > 30
    con = sqlite3.connect(folder / "crm.sqlite3")
    con.execute("UPDATE journal_entry SET kind = 'delete' WHERE seq = 12")
    con.commit()
    con.close()
    bad = run("audit", "verify", "--data-dir", str(folder))
    assert bad.returncode == 1
    report = last_json(bad.stdout)
    assert (report["ok"], report["first_broken_seq"], report["problem"]) == (False, 12, "entry_changed")


def test_export_signs_in_and_writes_what_that_user_may_see(tmp_path):
    import csv
    folder = str(tmp_path / "d")
    assert run("demo", "--data-dir", folder, "--customers", "300").returncode == 0
    env = {**ENV, "CRM_PASSWORD": "demo2026"}

    def export(user, out, password="demo2026"):
        return subprocess.run([sys.executable, "-m", "crm_desktop", "export", "--data-dir", folder, "--user", user,
                               "--out", str(out)], capture_output=True, text=True, timeout=120,
                              env={**env, "CRM_PASSWORD": password})

    admin = export("admin", tmp_path / "all.csv")
    assert admin.returncode == 0, admin.stdout + admin.stderr
    assert last_json(admin.stdout)["rows"] == 300
    manager = last_json(export("zhangwei", tmp_path / "east.xlsx").stdout)
    assert manager["ok"] and manager["format"] == "xlsx" and 0 < manager["rows"] < 300
    with open(tmp_path / "all.csv", encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))) == 301  # a header and one line per customer

    refused = export("lina", tmp_path / "lina.csv")  # a sales rep may not export
    assert refused.returncode == 1 and last_json(refused.stdout)["code"] == "permission_denied"
    wrong = export("admin", tmp_path / "x.csv", password="wrong-password")
    assert wrong.returncode == 1 and last_json(wrong.stdout)["error"].startswith("login_failed")
    assert not (tmp_path / "lina.csv").exists() and not (tmp_path / "x.csv").exists()
    # Every sign-in, the failed one too, is in the audit trail, and the chain is intact.
    import sqlite3
    with sqlite3.connect(tmp_path / "d" / "crm.sqlite3") as conn:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM journal_entry WHERE entity = 'session' ORDER BY seq")]
    assert kinds == ["login", "login", "login", "login_failed"]
    verified = last_json(run("audit", "verify", "--data-dir", folder).stdout)
    assert verified["ok"]


def test_search_prints_the_lists_matches_as_json_lines_in_the_users_scope(tmp_path):
    folder = str(tmp_path / "d")
    assert run("demo", "--data-dir", folder, "--customers", "400").returncode == 0
    from crm_desktop.data.database import Database
    from crm_desktop.paths import DataPaths
    from tests.data.test_access import as_user
    db = Database(DataPaths(tmp_path / "d"))
    lina = as_user(db, "lina")
    cid, _ = lina.create({"name": "张三丰贸易", "mobile": "13712345678"})
    db.close()
    env = {**ENV, "CRM_PASSWORD": "demo2026"}
    for query in ("zsf", "zhangsanfeng", "张三丰", "137-1234-5678"):
        result = subprocess.run([sys.executable, "-m", "crm_desktop", "search", "--data-dir", folder, query,
                                 "--user", "lina"], capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, result.stderr
        lines = [json.loads(line) for line in result.stdout.strip().splitlines()]
        assert [line["id"] for line in lines] == [str(cid)], query
        assert lines[0]["owner"] == "李娜" and set(lines[0]) == {"id", "name", "phone", "email", "owner"}
    # Another rep's scope does not hold it.
    other = subprocess.run([sys.executable, "-m", "crm_desktop", "search", "--data-dir", folder, "zsf",
                            "--user", "wangfang"], capture_output=True, text=True, env=env, timeout=120)
    assert other.returncode == 0 and other.stdout.strip() == ""
    missing = run("search", "--data-dir", str(tmp_path / "none"), "x")
    assert missing.returncode != 0 and "no database" in last_json(missing.stdout)["error"]


def test_import_prints_a_json_summary_and_resumes_nothing_twice(tmp_path):
    folder = str(tmp_path / "d")
    assert run("demo", "--data-dir", folder, "--customers", "100").returncode == 0
    shared = SHARED_DATA
    result = run("import", "--data-dir", folder, str(shared / "vcard" / "ez-vcard" / "John_Doe_ANDROID.vcf"))
    assert result.returncode == 0, result.stderr
    summary = last_json(result.stdout)
    assert summary["ok"] and summary["imported"] + summary["errors"] == 6 and summary["complete"]
    assert {"imported", "updated", "skipped", "errors", "warnings", "error_lines", "report"} <= set(summary)
    again = last_json(run("import", "--data-dir", folder,
                          str(shared / "vcard" / "ez-vcard" / "John_Doe_ANDROID.vcf")).stdout)
    assert again["imported"] == summary["imported"] and again["resumed_from"] > 0  # the finished job, not redone
    missing = run("import", "--data-dir", folder, str(tmp_path / "nope.csv"))
    assert missing.returncode != 0 and last_json(missing.stdout)["code"] == "file_unreadable"
    # easyexcel's demo sheet has no column naming anyone: the message says so and lists the file's columns.
    nameless = run("import", "--data-dir", folder, str(shared / "csv" / "easyexcel" / "demo.csv"))
    said = last_json(nameless.stdout)
    assert nameless.returncode == 1 and said["code"] == "invalid"
    assert said["errors"][0]["code"] == "name_not_mapped" and said["errors"][0]["columns"] == ["字符串标题", "日期标题",
                                                                                              "数字标题"]
    assert said["error"].startswith("invalid: mapping: name_not_mapped (columns: 字符串标题 | 日期标题 | 数字标题")


def test_export_writes_vcards_for_the_folders_user(tmp_path):
    folder = str(tmp_path / "d")
    assert run("demo", "--data-dir", folder, "--customers", "120").returncode == 0
    out = tmp_path / "all.vcf"
    result = run("export", "--data-dir", folder, "--format", "vcf", "--vcard-version", "4.0", str(out))
    assert result.returncode == 0, result.stdout + result.stderr
    report = last_json(result.stdout)
    assert report["format"] == "vcf" and report["rows"] > 0 and report["user"] == "admin"  # the demo folder's user
    text = out.read_bytes().decode("utf-8")
    assert text.count("BEGIN:VCARD") >= report["rows"] and "VERSION:4.0" in text
