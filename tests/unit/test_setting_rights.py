"""Which right writes which app_setting row: every key a service writes is found in the source, and each
writer must ask exactly the right SETTING_RIGHTS (or, for the classifications module's own settings, the
classifications default) names, a right that is declared in MODULES, so some role can hold it. The server's
guard checks the same mapping (tests/sync/test_setting_rights.py)."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import crm_desktop
from crm_desktop.domain.access import MODULES, SEED_ROLES, SETTING_RIGHTS, all_permissions, setting_right

PACKAGE = Path(crm_desktop.__file__).parent
# The organisation-wide settings the classifications module owns (administrators set them); the only keys
# SETTING_RIGHTS may leave out. A new key fails the test below until someone decides whose it is: its module's
# right in SETTING_RIGHTS (and a server migration), or this list.
CLASSIFICATIONS_SETTINGS = {"churn_warning", "company", "numbering"}
# The settings the services wrote when this test was written: the scan must find at least these.
KNOWN = {"smtp", "lead_assignment"} | CLASSIFICATIONS_SETTINGS


def _constants(tree: ast.Module) -> dict[str, str]:
    return {t.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
            for t in node.targets if isinstance(t, ast.Name)}


def _key(node: ast.expr, constants: dict[str, str], where: str) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    assert isinstance(node, ast.Name) and node.id in constants, f"{where}: app_setting key is not a constant"
    return constants[node.id]


def _requires(function: ast.AST, constants: dict[str, str], where: str) -> set[tuple[str, str]]:
    """The rights a function asks with access.require(...): literal pairs, or setting_right(KEY)."""
    out = set()
    for call in ast.walk(function):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and call.func.attr == "require"):
            continue
        args = call.args
        if len(args) == 1 and isinstance(args[0], ast.Starred) and isinstance(args[0].value, ast.Call) \
                and getattr(args[0].value.func, "id", None) == "setting_right":
            out.add(setting_right(_key(args[0].value.args[0], constants, where)))
        elif len(args) >= 2 and all(isinstance(a, ast.Constant) for a in args[:2]):
            out.add((args[0].value, args[1].value))
    return out


def setting_writers() -> dict[str, list[tuple[str, set[tuple[str, str]]]]]:
    """key -> [(where, rights the writing function asks)] for every `....create(AppSetting, key=...)` in the
    package outside ui/ (a setting is created by the function that saves it, which also updates it)."""
    found: dict[str, list[tuple[str, set[tuple[str, str]]]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _constants(tree)
        for function in ast.walk(tree):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            where = f"{path.relative_to(PACKAGE)}:{function.name}"
            for call in ast.walk(function):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
                        and call.func.attr == "create" and call.args \
                        and getattr(call.args[0], "id", None) == "AppSetting":
                    key = next(k.value for k in call.keywords if k.arg == "key")
                    found.setdefault(_key(key, constants, where), []).append(
                        (where, _requires(function, constants, where)))
    return found


def test_every_setting_a_service_writes_is_guarded_by_its_mapped_right():
    writers = setting_writers()
    assert KNOWN <= set(writers), f"the scan lost settings: {KNOWN - set(writers)}"
    for key, places in writers.items():
        for where, rights in places:
            # A writer asking another module's right than the mapping would be refused by the server on push
            # (or accepted there while refused here): add the key to SETTING_RIGHTS and a server migration.
            assert rights == {setting_right(key)}, (
                f"{where} writes app_setting {key!r} asking {sorted(rights)}, but SETTING_RIGHTS says "
                f"{setting_right(key)}")
    unowned = set(writers) - set(SETTING_RIGHTS) - CLASSIFICATIONS_SETTINGS
    assert not unowned, f"app_setting keys written but missing from SETTING_RIGHTS: {sorted(unowned)}"
    assert not CLASSIFICATIONS_SETTINGS & set(SETTING_RIGHTS)
    # Keys the mapping names that nothing writes any more are stale (the server would still honour them).
    assert set(SETTING_RIGHTS) <= set(writers), set(SETTING_RIGHTS) - set(writers)
    assert SETTING_RIGHTS["lead_assignment"] == ("leads", "administer")
    assert SETTING_RIGHTS["smtp"] == ("campaigns", "send")


def test_every_mapped_right_is_one_a_role_can_hold():
    declared = all_permissions()
    for key, (module, action) in {**SETTING_RIGHTS, "<unmapped>": setting_right("<unmapped>")}.items():
        assert module in MODULES and action in MODULES[module][1], f"{key}: {module}.{action} is not declared"
        assert f"{module}.{action}" in declared
    # Module settings exist so that someone besides the administrator can change them.
    for key, (module, action) in SETTING_RIGHTS.items():
        holders = {r.code for r in SEED_ROLES if f"{module}.{action}" in r.permissions}
        assert holders - {"administrator"}, f"{key}: only the administrator holds {module}.{action}"
        assert module != "classifications", f"{key}: the classifications module's settings need no mapping"


def test_the_scan_reports_a_writer_asking_another_right(tmp_path, monkeypatch):
    # The check itself can fail: a service saving the lead rules with the classifications right is seen.
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "rogue.py").write_text(
        "from ..domain.access import setting_right\n"
        "KEY = 'lead_assignment'\n"
        "def save(self, uow):\n"
        "    self.access.require('classifications', 'administer')\n"
        "    uow.create(AppSetting, key=KEY, value={})\n"
        "def fine(self, uow):\n"
        "    self.access.require(*setting_right('smtp'))\n"
        "    uow.create(AppSetting, key='smtp', value={})\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    assert setting_writers() == {"lead_assignment": [("services/rogue.py:save", {("classifications", "administer")})],
                                 "smtp": [("services/rogue.py:fine", {("campaigns", "send")})]}
