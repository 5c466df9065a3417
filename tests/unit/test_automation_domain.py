"""Automation rules without storage: matching a change against trigger and condition, the loop guard."""

from __future__ import annotations

import uuid

import pytest

from crm_desktop.domain.automation import (Change, RuleSpec, automation_label, condition_holds, entered, fired,
                                           is_automation_label, left, matches, stage_change, validate_rule)
from crm_desktop.domain.errors import ValidationError


def _rule(trigger="lead_created", condition=None, action="create_task", position=0, active=True, name="r"):
    return RuleSpec(uuid.uuid4(), name, trigger, condition or {}, action, {"title": "跟进"}, active, position)


def test_conditions():
    stage = uuid.uuid4()
    assert condition_holds({}, {"source": "展会"})
    assert condition_holds({"source": "展会"}, {"source": "展会", "city": "广州"})
    assert not condition_holds({"source": "展会"}, {"source": "网站"})
    assert condition_holds({"province": ["广东", "福建"]}, {"province": "福建"})
    assert not condition_holds({"province": ["广东", "福建"]}, {"province": "浙江"})
    assert condition_holds({"to_stage_id": str(stage)}, {"to_stage_id": stage.hex})  # either spelling of a UUID
    assert condition_holds({"amount": {"gte": 100000}}, {"amount": 100000})
    assert not condition_holds({"amount": {"gte": 100000, "lte": 200000}}, {"amount": 250000})
    assert not condition_holds({"amount": {"gte": 1}}, {"amount": None})
    assert condition_holds({"source": {"not": ["网站", "电话"]}}, {"source": "展会"})
    assert not condition_holds({"source": {"not": "网站"}}, {"source": "网站"})
    assert not condition_holds({"source": "展会"}, {})


def test_rules_fire_on_their_trigger_only_and_in_order():
    lead = Change("lead_created", "lead", uuid.uuid4(), 7, {"source": "展会"})
    a = _rule(condition={"source": "展会"}, position=2, name="a")
    b = _rule(position=1, name="b")
    other = _rule(trigger="opportunity_stage_changed", name="c")
    off = _rule(active=False, name="d")
    wrong = _rule(condition={"source": "网站"}, name="e")
    assert [r.name for r in fired([a, b, other, off, wrong], lead)] == ["b", "a"]


def test_the_loop_guard_changes_from_automation_fire_nothing():
    rule = _rule()
    assert matches(rule, Change("lead_created", "lead", uuid.uuid4(), 1))
    assert not matches(rule, Change("lead_created", "lead", uuid.uuid4(), 1, automated=True))
    label = automation_label("展会线索分配")
    assert is_automation_label(label) and not is_automation_label("new lead") and not is_automation_label(None)


def test_segment_entry_and_leaving():
    assert entered(True, None) and entered(True, "left")
    assert not entered(True, "done") and not entered(False, None)
    assert left(False, "done") and not left(False, None) and not left(False, "left") and not left(True, "done")


def test_stage_change_from_journal_changes():
    assert stage_change({"stage_id": ["a", "b"], "probability": [10, 50]}) == ("a", "b")
    assert stage_change({"name": ["x", "y"]}) is None


def test_validation():
    ok = validate_rule({"name": " 赢单后回访 ", "trigger": "opportunity_stage_changed", "condition": {"status": "won"},
                        "action": "create_task", "params": {"title": "回访", "due_days": 3}})
    assert ok["name"] == "赢单后回访"
    with pytest.raises(ValidationError) as err:
        validate_rule({"name": "", "trigger": "x", "action": "assign_owner", "params": {}})
    assert {e.field for e in err.value.errors} == {"name", "trigger", "params"}
    with pytest.raises(ValidationError) as err:
        validate_rule({"name": "n", "trigger": "segment_entered", "action": "add_to_campaign",
                       "params": {"campaign_id": str(uuid.uuid4())}})
    assert err.value.for_field("condition").code == "segment_required"
