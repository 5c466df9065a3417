""""Remember me" against a real OS keyring: the Secret Service (gnome-keyring) in a private D-Bus session,
as on a Linux desktop. The token survives closing the database, never lands in the data folder, and signing
out removes it from the keyring."""

import json
import shutil
import subprocess
import sys

import pytest

from tests.acceptance.test_cli import ENV, run

SCRIPT = r"""
import json, sys
from pathlib import Path
from crm_desktop.credentials import CredentialStore
from crm_desktop.data.database import Database
from crm_desktop.paths import DataPaths
from crm_desktop.services.auth import DEMO_PASSWORD, AuthService

paths = DataPaths(Path(sys.argv[1]))
store = CredentialStore()
out = {"backend": type(store.backend).__module__, "available": store.available}
with Database(paths) as db:
    out["remembered"] = AuthService(db, store).login("lina", DEMO_PASSWORD, remember=True).remembered
token = store.get(f"remember@{db.device_id}")
out["token_in_keyring"] = bool(token)
out["token_in_files"] = [str(p) for p in paths.root.rglob("*") if p.is_file() and token and token.encode() in p.read_bytes()]
with Database(paths) as db:
    auth = AuthService(db, store)
    resumed = auth.resume()
    out["resumed"] = resumed.login if resumed else None
    auth.logout(resumed.actor)
    out["after_sign_out"] = store.get(f"remember@{db.device_id}")
    out["resumed_after_sign_out"] = AuthService(db, store).resume() is not None
print(json.dumps(out))
"""


@pytest.mark.skipif(not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
                    reason="needs dbus-run-session and gnome-keyring (.ci/run installs them)")
def test_remember_me_round_trips_through_the_secret_service(tmp_path):
    folder = tmp_path / "d"
    assert run("demo", "--data-dir", str(folder), "--customers", "20").returncode == 0
    script = tmp_path / "probe.py"
    script.write_text(SCRIPT, encoding="utf-8")
    shell = (f"echo ci-keyring-pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
             f"exec {sys.executable} {script} {folder}")
    result = subprocess.run(["dbus-run-session", "--", "sh", "-c", shell], capture_output=True, text=True,
                            timeout=120, env={k: v for k, v in ENV.items() if k != "DBUS_SESSION_BUS_ADDRESS"})
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.strip().splitlines()[-1])
    assert facts == {"backend": "keyring.backends.SecretService", "available": True, "remembered": True,
                     "token_in_keyring": True, "token_in_files": [], "resumed": "lina",
                     "after_sign_out": None, "resumed_after_sign_out": False}
