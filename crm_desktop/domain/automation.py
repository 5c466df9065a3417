"""Marketing automation rules: when something happens (a lead is created, a customer enters a segment, an
opportunity changes stage) and the condition holds, do one thing (assign an owner, create a task, add to a
campaign, queue a template e-mail).

Plain rules, no storage. The runner (services/automation.py) turns the journal's change stream into Change
values; this module says which rules a change fires and what keeps rules from feeding themselves.

A condition is a mapping of field -> expected value, all of which must hold:
- a scalar: equal (text compared as text, so a UUID may be given as its hex or its usual form);
- a list: any of them;
- a mapping with "gte" / "lte" (numbers) or "not" (a scalar or list that must not match).
The fields are those of the change: a lead's own fields on lead_created; from_stage_id, to_stage_id,
pipeline_id, status (the new stage's kind), amount, owner_id on opportunity_stage_changed; segment_id and the
customer's fields read on segment_entered.

The loop guard: every write an automation run makes is journaled under a label starting with
AUTOMATION_LABEL, and the runner never reads such actions as triggers; so a rule set that would feed itself
(assign an owner -> the customer enters a segment -> assign again ...) stops after one round.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field

from .errors import FieldError, ValidationError

TRIGGERS = ("lead_created", "segment_entered", "opportunity_stage_changed")
ACTIONS = ("assign_owner", "create_task", "add_to_campaign", "send_email")
AUTOMATION_LABEL = "automation: "

# What each action needs in its params.
REQUIRED_PARAMS = {"assign_owner": ("owner_id",), "create_task": ("title",), "add_to_campaign": ("campaign_id",),
                   "send_email": ("campaign_id",)}
# What each trigger's target is.
TARGETS = {"lead_created": "lead", "segment_entered": "customer", "opportunity_stage_changed": "opportunity"}


@dataclass(frozen=True)
class RuleSpec:
    id: uuid.UUID
    name: str
    trigger: str
    condition: dict
    action: str
    params: dict
    active: bool = True
    position: int = 0


@dataclass(frozen=True)
class Change:
    """One thing that happened, as the runner read it from the journal."""

    trigger: str
    entity: str  # lead / customer / opportunity
    row_id: uuid.UUID
    seq: int  # the journal entry it came from (the run's source)
    values: dict = field(default_factory=dict)
    automated: bool = False  # written by an automation run: never a trigger


def is_automation_label(label: str | None) -> bool:
    return bool(label) and label.startswith(AUTOMATION_LABEL)


def automation_label(rule_name: str) -> str:
    return f"{AUTOMATION_LABEL}{rule_name}"[:200]


def _text(value) -> str:
    if isinstance(value, uuid.UUID):
        return value.hex
    if isinstance(value, str):
        try:
            return uuid.UUID(value).hex
        except ValueError:
            return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _number(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _holds(expected, actual) -> bool:
    if isinstance(expected, dict):
        if "not" in expected and _holds(expected["not"], actual):
            return False
        if "gte" in expected or "lte" in expected:
            number = _number(actual)
            if number is None:
                return False
            if "gte" in expected and number < float(expected["gte"]):
                return False
            if "lte" in expected and number > float(expected["lte"]):
                return False
        return True
    if isinstance(expected, list | tuple):
        return any(_holds(e, actual) for e in expected)
    if actual is None:
        return expected is None or expected == ""
    return _text(expected) == _text(actual)


def condition_holds(condition: dict, values: dict) -> bool:
    """Whether every field of the condition holds for these values (an empty condition always holds)."""
    return all(_holds(expected, values.get(name)) for name, expected in (condition or {}).items())


def matches(rule: RuleSpec, change: Change) -> bool:
    """Whether the rule fires on the change: active, the same trigger, not caused by automation, and the
    condition holds."""
    if not rule.active or change.automated or rule.trigger != change.trigger:
        return False
    return condition_holds(rule.condition, change.values)


def fired(rules: list[RuleSpec], change: Change) -> list[RuleSpec]:
    """The rules a change fires, in their order (position, then name)."""
    return [r for r in sorted(rules, key=lambda r: (r.position, r.name)) if matches(r, change)]


def validate_rule(values: dict) -> dict:
    """Check a rule's fields before it is saved; returns them cleaned."""
    errors = []
    name = (values.get("name") or "").strip()
    if not name:
        errors.append(FieldError("name", "required"))
    trigger = values.get("trigger")
    if trigger not in TRIGGERS:
        errors.append(FieldError("trigger", "not_a_choice"))
    action = values.get("action")
    if action not in ACTIONS:
        errors.append(FieldError("action", "not_a_choice"))
    condition = values.get("condition") or {}
    params = values.get("params") or {}
    if not isinstance(condition, dict):
        errors.append(FieldError("condition", "not_a_choice"))
        condition = {}
    if not isinstance(params, dict):
        errors.append(FieldError("params", "not_a_choice"))
        params = {}
    if trigger == "segment_entered" and not condition.get("segment_id"):
        errors.append(FieldError("condition", "segment_required"))
    for needed in REQUIRED_PARAMS.get(action, ()):
        if not params.get(needed):
            errors.append(FieldError("params", "required", {"param": needed}))
    if errors:
        raise ValidationError(errors)
    return {**values, "name": name, "condition": _jsonable(condition), "params": _jsonable(params)}


def _jsonable(value):
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, uuid.UUID):
        return str(value)
    return value


def stage_change(entry_changes: dict) -> tuple[str | None, str | None] | None:
    """(from stage, to stage) when a journal entry's changes move an opportunity, else None."""
    moved = entry_changes.get("stage_id")
    if not moved:
        return None
    old, new = moved
    if old == new:
        return None
    return old, new


def entered(matches_now: bool, last_state: str | None) -> bool:
    """Segment entry: the customer matches now and was not a member at the rule's last look (no run yet, or
    the last one recorded that it left)."""
    return matches_now and last_state in (None, "left")


def left(matches_now: bool, last_state: str | None) -> bool:
    return not matches_now and last_state not in (None, "left")
