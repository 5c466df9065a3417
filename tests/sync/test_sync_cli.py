"""The sync commands as an administrator and a field rep script them: JSON out, clear errors, exit codes."""

import os
import secrets

from tests.acceptance.test_cli import ENV, last_json, run
from tests.sync.conftest import ADMIN_URL, _drop
from crm_desktop.sync import provision


def test_server_init_add_user_connect_and_sync(tmp_path):
    name = f"crm_c{os.getpid()}_{secrets.token_hex(3)}"
    url = f"{ADMIN_URL}/{name}"
    try:
        env = {**ENV, "CRM_ADMIN_PASSWORD": "admin-password"}
        import subprocess
        import sys

        def cli(*args, **extra):
            return subprocess.run([sys.executable, "-m", "crm_desktop", *args], capture_output=True, text=True,
                                  timeout=120, env={**env, **extra})

        init = cli("server", "init", "--url", url)
        assert init.returncode == 0, init.stderr
        facts = last_json(init.stdout)
        assert facts["ok"] and facts["migration"]["to"] == provision.head_revision() and facts["administrator"]["login"] == "admin"
        assert last_json(cli("server", "init", "--url", url).stdout)["migration"]["from"] == provision.head_revision()  # re-run
        added = last_json(cli("server", "add-user", "--url", url, "--login", "lina", "--name", "李娜",
                              "--role", "sales_rep", CRM_PASSWORD="lina-password").stdout)
        assert added["ok"] and added["db_role"] == f"crm_{name}_lina"

        folder = str(tmp_path / "rep")
        client_url = url.replace("postgres@", "")
        connected = cli("connect", "--data-dir", folder, "--url", client_url, "--user", "lina",
                        CRM_PASSWORD="lina-password")
        assert connected.returncode == 0, connected.stdout + connected.stderr
        linked = last_json(connected.stdout)
        assert linked["ok"] and linked["login"] == "lina" and linked["password_in_keyring"] is False
        assert "CRM_PASSWORD" in linked["note"]  # no keyring on this machine: said plainly
        synced = cli("sync", "--data-dir", folder, CRM_PASSWORD="lina-password")
        summary = last_json(synced.stdout)
        assert summary["ok"] and summary["pulled"] > 0 and summary["pushed"] == 0
        # Setting her local password (below) is an audit event that goes up with the next sync.
        assert summary["pending"] == 1
        second = last_json(cli("sync", "--data-dir", folder, CRM_PASSWORD="lina-password").stdout)
        assert second["pushed"] == 1 and second["pending"] == 0 and second["rejected"] == 0
        assert set(summary) >= {"pushed", "pulled", "conflicts", "rejected", "duration"}
        # The first sync let lina sign in on this computer with her server password (offline too): the
        # export is refused for her role, not for her password.
        export = cli("export", "--data-dir", folder, "--user", "lina", "--out", str(tmp_path / "x.csv"),
                     CRM_PASSWORD="lina-password")
        assert last_json(export.stdout)["code"] == "permission_denied"

        disabled = last_json(cli("server", "disable-user", "--url", url, "--login", "lina").stdout)
        assert disabled["ok"] and disabled["was_active"]
        refused = cli("sync", "--data-dir", folder, CRM_PASSWORD="lina-password")
        assert refused.returncode == 1
        assert last_json(refused.stdout)["code"] in ("server_login_failed", "server_user_disabled")
    finally:
        _drop(name)


def test_connect_to_an_unreachable_server_fails_clearly(tmp_path):
    result = run("connect", "--data-dir", str(tmp_path / "d"), "--url", "postgresql://127.0.0.1:1/crm",
                 "--user", "lina", timeout=60)
    assert result.returncode == 1
    facts = last_json(result.stdout)
    assert facts["code"] == "server_unreachable" and facts["ok"] is False
