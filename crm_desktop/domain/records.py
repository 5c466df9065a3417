"""The rules of each business record, independent of storage: which fields exist, how they are normalised
and what makes them invalid. The unit of work calls `validate` for every create and update."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from decimal import Decimal, InvalidOperation

from .access import DataScope
from .contact_points import normalize_email, normalize_phone
from .errors import FieldError, ValidationError
from .identifiers import normalize_credit_code
from .money import DEFAULT_CURRENCY
from .sort_keys import pinyin_key

ACTIVITY_KINDS = ("phone", "visit", "wechat", "email", "meeting", "other")
# The levels a new database starts with; administrators edit the list (lookup "level").
CUSTOMER_LEVELS = ("A", "B", "C", "D")
CUSTOMER_TYPES = ("enterprise", "individual")
CUSTOMER_STATUSES = ("potential", "closed", "invalid")  # 潜在客户 / 成交客户 / 无效客户
LOOKUP_KINDS = ("industry", "source", "level")
STAGE_KINDS = ("open", "won", "lost")
QUOTE_STATUSES = ("draft", "sent", "accepted", "rejected", "superseded")
CONTRACT_KINDS = ("contract", "order")
CONTRACT_STATUSES = ("draft", "pending", "active", "completed", "terminated")  # pending: awaiting approval
PAYMENT_METHODS = ("bank", "cash", "cheque", "alipay", "wechat", "acceptance", "other")
INVOICE_TITLE_TYPES = ("company", "individual")
INVOICE_STATUSES = ("draft", "pending", "issued", "void")
APPROVAL_ENTITIES = ("contract", "receivable_plan", "invoice", "quote")
APPROVAL_STATUSES = ("pending", "approved", "rejected", "cancelled")
TARGET_METRICS = ("contracts", "payments")
TASK_KINDS = ("task", "call", "meeting", "visit")
LEAD_STATUSES = ("new", "contacted", "qualified", "converted", "invalid")
OPPORTUNITY_STATUSES = STAGE_KINDS
TICKET_TYPES = ("inquiry", "complaint", "suggestion", "repair", "feedback")
TICKET_CHANNELS = ("phone", "email", "wechat", "visit", "other")
TICKET_PRIORITIES = ("low", "normal", "high", "urgent")
TICKET_STATUS_KINDS = ("new", "open", "waiting", "resolved", "closed")
TICKET_COMMENT_KINDS = ("comment", "note", "event")
TEAM_RULES = ("manual", "round_robin", "least_open")
WORK_ORDER_STATUSES = ("dispatched", "visited", "completed", "cancelled")
RETURN_VISIT_OUTCOMES = ("", "satisfied", "unsatisfied", "unreachable")
KB_STATUSES = ("draft", "published", "archived")
CAMPAIGN_KINDS = ("email", "event", "exhibition", "online", "telemarketing", "other")
CAMPAIGN_STATUSES = ("planned", "active", "completed", "cancelled")
CAMPAIGN_MEMBER_STATUSES = ("added", "responded")
CAMPAIGN_RESPONSES = ("interested", "not_interested", "registered", "attended", "bought", "other")
SEGMENT_KINDS = ("dynamic", "static")
RESOURCE_KINDS = ("template", "image", "document", "other")
DELIVERY_STATUSES = ("queued", "sending", "sent", "failed", "skipped")
UNSUBSCRIBE_SOURCES = ("link", "manual", "bounce", "import")
AUTOMATION_TRIGGERS = ("lead_created", "segment_entered", "opportunity_stage_changed")
AUTOMATION_ACTIONS = ("assign_owner", "create_task", "add_to_campaign", "send_email")
AUTOMATION_RUN_STATUSES = ("done", "skipped", "failed")
LOYALTY_RULE_KINDS = ("per_amount", "per_event")
LOYALTY_ENTRY_KINDS = ("earn", "redeem", "expire", "adjust")
# The classification lists a new database (or server) starts with; administrators edit them.
DEFAULT_LOOKUPS = {
    "industry": ("制造业", "信息技术", "批发零售", "金融", "房地产", "教育", "医疗健康", "物流运输", "餐饮酒店",
                 "建筑工程", "能源化工", "政府机构", "其他"),
    "source": ("电话营销", "网络推广", "客户介绍", "展会", "广告", "独立开发", "促销活动", "其他"),
    "level": CUSTOMER_LEVELS,
}
# The sales pipeline a new database (or server) starts with: a typical Chinese B2B sale, then won and lost.
DEFAULT_PIPELINE = "标准销售流程"
DEFAULT_STAGES = (("初步接洽", 10, "open"), ("需求确认", 30, "open"), ("方案报价", 50, "open"),
                  ("谈判审核", 80, "open"), ("赢单", 100, "won"), ("输单", 0, "lost"))


def _text(max_len: int, required: bool = False) -> Callable:
    def check(name, value):
        value = (value or "").strip() if isinstance(value, str) or value is None else value
        if not isinstance(value, str):
            return FieldError(name, "not_text")
        if required and not value:
            return FieldError(name, "required")
        if len(value) > max_len:
            return FieldError(name, "too_long", {"max": max_len})
        return value
    return check


def _optional(check: Callable) -> Callable:
    def wrapped(name, value):
        if value is None or (isinstance(value, str) and not value.strip()):
            return ""
        return check(value, name)
    return wrapped


def _choice(options: tuple, required: bool = False, default: str = "") -> Callable:
    def check(name, value):
        if value in (None, "") and not required:
            return default
        if value not in options:
            return FieldError(name, "not_a_choice", {"value": value, "options": list(options)})
        return value
    return check


def _instance(kind: type, required: bool = False) -> Callable:
    def check(name, value):
        if value is None:
            return FieldError(name, "required") if required else None
        if not isinstance(value, kind):
            return FieldError(name, "wrong_type", {"expected": kind.__name__})
        return value
    return check


def _any(name, value):
    return value


def _minor_units(name, value):
    """Money in minor units (domain.money): an int >= 0; forms parse text with money.parse_amount."""
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int):
        return FieldError(name, "wrong_type", {"expected": "int"})
    if value < 0:
        return FieldError(name, "negative")
    return value


def _decimal_text(low: Decimal, high: Decimal | None, default: str) -> Callable:
    def check(name, value):
        if value is None or (isinstance(value, str) and not value.strip()):
            return default
        try:
            number = Decimal(str(value).strip()) if not isinstance(value, float) else None
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            return FieldError(name, "not_a_number", {"value": str(value)})
        if number < low or (high is not None and number > high):
            return FieldError(name, "out_of_range", {"min": str(low), "max": str(high) if high else ""})
        text = format(number.normalize(), "f")
        return text if len(text) <= 20 else FieldError(name, "too_long", {"max": 20})
    return check


def _range(low: int, high: int) -> Callable:
    def check(name, value):
        if value is None:
            return low
        if isinstance(value, bool) or not isinstance(value, int):
            return FieldError(name, "wrong_type", {"expected": "int"})
        if not low <= value <= high:
            return FieldError(name, "out_of_range", {"min": low, "max": high})
        return value
    return check


def _currency(name, value):
    if value in (None, ""):
        return DEFAULT_CURRENCY
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper():
        return FieldError(name, "not_a_currency", {"value": value})
    return value


def _lower_email(name, value):
    """An e-mail address for campaigns: validated like any e-mail, then lower-cased (deliveries and the
    unsubscribe list match on it)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    result = _optional(normalize_email)(name, value)
    return result.lower() if isinstance(result, str) else result


def _lower_email_required(name, value):
    result = _lower_email(name, value)
    return FieldError(name, "required") if result == "" else result


RULES: dict[str, dict[str, Callable]] = {
    "customer": {
        "name": _text(200, required=True),
        "short_name": _text(60),
        # Levels are an administrator's list; a level outside it still stores (imports carry their own).
        "level": _text(4),
        "industry": _text(60),
        "source": _text(60),
        "customer_type": _choice(CUSTOMER_TYPES, default="enterprise"),
        "status": _choice(CUSTOMER_STATUSES, default="potential"),
        "province": _text(30),
        "city": _text(30),
        "district": _text(30),
        "address": _text(300),
        "phone": _optional(normalize_phone),
        "mobile": _optional(normalize_phone),
        "email": _optional(normalize_email),
        "website": _text(200),
        "credit_code": _optional(normalize_credit_code),
        "notes": _text(4000),
        "next_follow_up": _instance(date),
        "last_follow_up_at": _instance(datetime),
        "last_deal_at": _instance(datetime),
        "pool_id": _any,
        "claimed_at": _instance(datetime),
        "previous_owner_id": _any,
        "released_at": _instance(datetime),
        "release_reason": _text(200),
        "loyalty_tier_id": _any,
        "loyalty_points": _instance(int),
    },
    "contact": {
        "customer_id": _any,
        "name": _text(100, required=True),
        "title": _text(60),
        "department": _text(60),
        "phone": _optional(normalize_phone),
        "mobile": _optional(normalize_phone),
        "other_phone": _optional(normalize_phone),
        "email": _optional(normalize_email),
        "wechat": _text(60),
        "birthday": _instance(date),
        "is_primary": _instance(bool),
        "notes": _text(2000),
    },
    "activity": {
        "customer_id": _any,
        "contact_id": _any,
        "kind": _choice(ACTIVITY_KINDS, required=True),
        "happened_at": _instance(datetime, required=True),
        "content": _text(4000, required=True),
        "next_follow_up": _instance(date),
    },
    "tag": {"name": _text(40, required=True), "color": _text(9)},
    "customer_tag": {"customer_id": _any, "tag_id": _any},
    "department": {"name": _text(100, required=True), "parent_id": _any},
    "app_user": {"login": _text(60, required=True), "display_name": _text(100, required=True),
                 "department_id": _any, "manager_id": _any, "active": _instance(bool)},
    "role": {"code": _text(40, required=True), "name": _text(100, required=True),
             "data_scope": _choice(tuple(s.name for s in DataScope), required=True),
             "permissions": _instance(list), "field_rules": _instance(dict), "builtin": _instance(bool)},
    "user_role": {"user_id": _any, "role_id": _any},
    "lookup": {"kind": _choice(LOOKUP_KINDS, required=True), "name": _text(60, required=True),
               "position": _instance(int)},
    "app_setting": {"key": _text(60, required=True), "value": _instance(dict)},
    "product_category": {"name": _text(60, required=True), "parent_id": _any, "position": _instance(int)},
    "product": {"code": _text(40, required=True), "name": _text(120, required=True), "unit": _text(20),
                "list_price": _minor_units, "currency": _currency, "description": _text(4000),
                "active": _instance(bool), "category_id": _any},
    "supplier": {"name": _text(200, required=True), "contact_name": _text(100), "phone": _optional(normalize_phone),
                 "email": _optional(normalize_email), "address": _text(300), "notes": _text(4000)},
    "supplier_customer": {"supplier_id": _any, "customer_id": _any},
    "supplier_price": {"supplier_id": _any, "product_id": _any, "price": _minor_units, "currency": _currency,
                       "min_quantity": _decimal_text(Decimal("0.0001"), None, "1"), "valid_from": _instance(date),
                       "valid_to": _instance(date)},
    "pipeline": {"name": _text(60, required=True), "is_default": _instance(bool), "position": _instance(int)},
    "pipeline_stage": {"pipeline_id": _any, "name": _text(40, required=True), "position": _instance(int),
                       "probability": _range(0, 100), "kind": _choice(STAGE_KINDS, default="open")},
    "opportunity": {"customer_id": _any, "name": _text(120, required=True), "amount": _minor_units,
                    "currency": _currency, "expected_close": _instance(date), "pipeline_id": _any,
                    "stage_id": _any, "probability": _range(0, 100),
                    "status": _choice(OPPORTUNITY_STATUSES, default="open"),
                    "stage_entered_at": _instance(datetime), "closed_at": _instance(datetime),
                    "competitors": _text(300), "loss_reason": _text(300), "notes": _text(4000),
                    "campaign_id": _any},
    "opportunity_line": {"opportunity_id": _any, "product_id": _any, "name": _text(120, required=True),
                         "quantity": _decimal_text(Decimal("0.0001"), None, "1"), "unit_price": _minor_units,
                         "discount": _decimal_text(Decimal(0), Decimal(100), "0"), "line_total": _minor_units,
                         "position": _instance(int)},
    "opportunity_stage_span": {"opportunity_id": _any, "stage_id": _any,
                               "entered_at": _instance(datetime, required=True), "left_at": _instance(datetime)},
    "quote": {"opportunity_id": _any, "customer_id": _any, "number": _text(40, required=True),
              "revision": _instance(int), "title": _text(120), "currency": _currency, "quoted_on": _instance(date),
              "valid_until": _instance(date), "status": _choice(QUOTE_STATUSES, default="draft"),
              "subtotal": _minor_units, "tax": _minor_units, "total": _minor_units, "terms": _text(4000)},
    "quote_line": {"quote_id": _any, "product_id": _any, "name": _text(120, required=True), "unit": _text(20),
                   "quantity": _decimal_text(Decimal("0.0001"), None, "1"), "unit_price": _minor_units,
                   "discount": _decimal_text(Decimal(0), Decimal(100), "0"),
                   "tax_rate": _decimal_text(Decimal(0), Decimal(100), "0"), "net": _minor_units, "tax": _minor_units,
                   "total": _minor_units, "position": _instance(int)},
    "contract": {"kind": _choice(CONTRACT_KINDS, default="contract"), "number": _text(40, required=True),
                 "title": _text(120, required=True), "customer_id": _any, "opportunity_id": _any, "quote_id": _any,
                 "amount": _minor_units, "currency": _currency, "signed_on": _instance(date),
                 "starts_on": _instance(date), "ends_on": _instance(date),
                 "status": _choice(CONTRACT_STATUSES, default="draft"), "received": _minor_units,
                 "notes": _text(4000)},
    "receivable_plan": {"contract_id": _any, "instalment": _range(1, 999), "amount": _minor_units,
                        "due_on": _instance(date, required=True), "method": _choice(PAYMENT_METHODS, default="bank"),
                        "remind_days": _range(0, 365), "received": _minor_units, "void": _instance(bool)},
    "payment": {"contract_id": _any, "plan_id": _any, "amount": _minor_units,
                "received_on": _instance(date, required=True), "method": _choice(PAYMENT_METHODS, default="bank"),
                "overpayment": _instance(bool), "reference": _text(60), "notes": _text(2000)},
    "invoice": {"contract_id": _any, "number": _text(40), "title_type": _choice(INVOICE_TITLE_TYPES, default="company"),
                "title": _text(200, required=True), "tax_number": _optional(normalize_credit_code),
                "amount": _minor_units, "status": _choice(INVOICE_STATUSES, default="draft"),
                "issued_on": _instance(date), "payment_ids": _instance(list)},
    "attachment": {"entity": _text(40, required=True), "row_id": _any, "file_name": _text(200, required=True),
                   "size": _instance(int), "sha256": _text(64), "data": _instance(bytes, required=True)},
    "approval_flow": {"name": _text(60, required=True), "entity": _choice(APPROVAL_ENTITIES, required=True),
                      "threshold": _minor_units, "steps": _instance(list), "active": _instance(bool)},
    "approval_request": {"flow_id": _any, "entity": _choice(APPROVAL_ENTITIES, required=True), "row_id": _any,
                         "summary": _text(200), "amount": _minor_units, "step": _instance(int),
                         "status": _choice(APPROVAL_STATUSES, default="pending"), "decided_at": _instance(datetime)},
    "approval_decision": {"request_id": _any, "step": _instance(int),
                          "decision": _choice(("approved", "rejected"), required=True), "comment": _text(500)},
    "sales_target": {"period": _text(7, required=True), "metric": _choice(TARGET_METRICS, required=True),
                     "amount": _minor_units, "currency": _currency},
    "task": {"kind": _choice(TASK_KINDS, default="task"), "title": _text(200, required=True), "entity": _text(40),
             "row_id": _any, "customer_id": _any, "due_at": _instance(datetime, required=True),
             "ends_at": _instance(datetime), "remind_at": _instance(datetime), "done_at": _instance(datetime),
             "location": _text(200), "notes": _text(4000), "ical_uid": _text(200)},
    "lead": {"name": _text(100, required=True), "company": _text(200), "title": _text(60),
             "phone": _optional(normalize_phone), "email": _optional(normalize_email), "source": _text(60),
             "province": _text(30), "city": _text(30), "status": _choice(LEAD_STATUSES, default="new"),
             "notes": _text(4000), "converted_customer_id": _any, "converted_at": _instance(datetime),
             "campaign_id": _any},
    "service_team": {"name": _text(60, required=True), "lead_id": _any, "members": _instance(list),
                     "rule": _choice(TEAM_RULES, default="manual"), "product_ids": _instance(list),
                     "provinces": _instance(list), "position": _instance(int), "active": _instance(bool)},
    "ticket_status": {"code": _text(20, required=True), "name": _text(40, required=True),
                      "kind": _choice(TICKET_STATUS_KINDS, default="open"), "position": _instance(int),
                      "next": _instance(list), "builtin": _instance(bool)},
    "business_calendar": {"name": _text(60, required=True), "hours": _instance(dict), "holidays": _instance(list),
                          "workdays": _instance(list), "time_zone": _text(40)},
    "sla_policy": {"name": _text(60, required=True), "priority": _choice(TICKET_PRIORITIES),
                   "ticket_type": _choice(TICKET_TYPES), "calendar_id": _any,
                   "first_response_minutes": _range(1, 525600), "resolve_minutes": _range(1, 5256000),
                   "warn_minutes": _range(0, 525600), "position": _instance(int), "active": _instance(bool)},
    "ticket": {"number": _text(40, required=True), "ticket_type": _choice(TICKET_TYPES, default="inquiry"),
               "channel": _choice(TICKET_CHANNELS, default="phone"),
               "priority": _choice(TICKET_PRIORITIES, default="normal"), "status": _text(20),
               "subject": _text(200, required=True), "description": _text(20000), "customer_id": _any,
               "contact_id": _any, "product_id": _any, "province": _text(30), "team_id": _any,
               "sla_policy_id": _any, "response_due": _instance(datetime), "resolve_due": _instance(datetime),
               "responded_at": _instance(datetime), "resolved_at": _instance(datetime),
               "closed_at": _instance(datetime), "response_minutes": _instance(int),
               "resolve_minutes": _instance(int), "response_breached": _instance(bool),
               "resolve_breached": _instance(bool), "warned_at": _instance(datetime),
               "escalated_at": _instance(datetime), "satisfaction": _instance(int),
               "satisfaction_comment": _text(2000), "source_ref": _text(250)},
    "ticket_comment": {"ticket_id": _any, "kind": _choice(TICKET_COMMENT_KINDS, default="comment"),
                       "body": _text(20000), "event": _instance(dict)},
    "work_order": {"ticket_id": _any, "number": _text(40, required=True),
                   "status": _choice(WORK_ORDER_STATUSES, default="dispatched"), "scheduled_at": _instance(datetime),
                   "address": _text(300), "instructions": _text(4000), "visited_at": _instance(datetime),
                   "result": _text(4000), "parts": _instance(list), "signed_by": _text(60),
                   "signed_at": _instance(datetime)},
    "return_visit": {"ticket_id": _any, "customer_id": _any, "due_at": _instance(datetime, required=True),
                     "done_at": _instance(datetime), "outcome": _choice(RETURN_VISIT_OUTCOMES),
                     "score": _instance(int), "notes": _text(4000)},
    "kb_category": {"name": _text(60, required=True), "parent_id": _any, "position": _instance(int)},
    "kb_article": {"title": _text(200, required=True), "body": _text(200000), "category_id": _any,
                   "product_id": _any, "tags": _text(300), "status": _choice(KB_STATUSES, default="draft"),
                   "helped": _instance(int)},
    "ticket_article": {"ticket_id": _any, "article_id": _any, "helped": _instance(bool)},
    "campaign": {"name": _text(120, required=True), "kind": _choice(CAMPAIGN_KINDS, default="other"),
                 "status": _choice(CAMPAIGN_STATUSES, default="planned"), "starts_on": _instance(date),
                 "ends_on": _instance(date), "budget": _minor_units, "actual_cost": _minor_units,
                 "expected_revenue": _minor_units, "currency": _currency, "goals": _text(4000),
                 "description": _text(20000), "template_id": _any, "segment_id": _any},
    "campaign_member": {"campaign_id": _any, "customer_id": _any, "contact_id": _any, "lead_id": _any,
                        "email": _lower_email, "name": _text(120),
                        "status": _choice(CAMPAIGN_MEMBER_STATUSES, default="added"),
                        "response": _choice(CAMPAIGN_RESPONSES), "responded_at": _instance(datetime),
                        "note": _text(4000)},
    "segment": {"name": _text(120, required=True), "kind": _choice(SEGMENT_KINDS, default="dynamic"),
                "filter": _instance(dict), "description": _text(4000)},
    "segment_member": {"segment_id": _any, "customer_id": _any},
    "marketing_resource": {"kind": _choice(RESOURCE_KINDS, default="document"), "name": _text(120, required=True),
                           "description": _text(4000), "tags": _instance(list)},
    "campaign_resource": {"campaign_id": _any, "resource_id": _any},
    "email_template": {"name": _text(120, required=True), "subject": _text(255), "body": _text(200000),
                       "html": _instance(bool)},
    "email_delivery": {"campaign_id": _any, "member_id": _any, "email": _lower_email_required,
                       "status": _choice(DELIVERY_STATUSES, default="queued"), "reason": _text(4000),
                       "attempts": _range(0, 1000000), "message_id": _text(255), "sent_at": _instance(datetime)},
    "email_unsubscribe": {"email": _lower_email_required, "reason": _text(4000),
                          "source": _choice(UNSUBSCRIBE_SOURCES)},
    "automation_rule": {"name": _text(120, required=True), "trigger": _choice(AUTOMATION_TRIGGERS, required=True),
                        "condition": _instance(dict), "action": _choice(AUTOMATION_ACTIONS, required=True),
                        "params": _instance(dict), "active": _instance(bool), "position": _instance(int)},
    "automation_run": {"rule_id": _any, "source_action_id": _instance(int), "source_device": _text(64),
                       "target_entity": _text(40, required=True),
                       "target_id": _any, "status": _choice(AUTOMATION_RUN_STATUSES, default="done"),
                       "detail": _text(20000)},
    "loyalty_tier": {"name": _text(40, required=True), "threshold": _range(0, 2_000_000_000),
                     "benefits": _text(4000), "position": _instance(int)},
    "loyalty_rule": {"kind": _choice(LOYALTY_RULE_KINDS, required=True), "event": _text(24),
                     "points": _range(0, 2_000_000_000), "per_amount": _minor_units, "currency": _currency,
                     "expires_after_days": _range(0, 36500), "active": _instance(bool)},
    "loyalty_entry": {"customer_id": _any, "kind": _choice(LOYALTY_ENTRY_KINDS, required=True),
                      "points": _instance(int, required=True), "reason": _text(4000), "source_entity": _text(40),
                      "source_id": _any, "happened_at": _instance(datetime, required=True),
                      "expires_on": _instance(date)},
    "pool": {"name": _text(60, required=True), "rules": _instance(dict), "warn_days": _instance(int),
             "claim_limit": _instance(int), "reclaim_wait_days": _instance(int), "departments": _instance(list),
             "is_default": _instance(bool)},
}

# Updates that are domain operations: journaled under their own kind, arbitrated by the server on push
# (sync/engine.py) and undone like an update.
DOMAIN_OPS = frozenset({"claim", "release"})

# Fields every business record carries; stamped by the unit of work, never set by callers.
SYSTEM_FIELDS = frozenset({"id", "created_at", "created_by", "updated_at", "updated_by", "deleted_at",
                           "version"})
# Fields computed from another field of the same record: never set by callers and not journaled, because
# every replica (undo, sync, import) recomputes them from the journaled source field.
DERIVED: dict[str, dict[str, tuple[str, Callable[[str], str]]]] = {
    "customer": {"name_key": ("name", pinyin_key)},
}
DERIVED_FIELDS = frozenset(f for fields in DERIVED.values() for f in fields)
# Business records that must always belong to someone (sorting, scope and pools rely on it).
OWNER_REQUIRED = frozenset({"customer", "contact", "activity", "opportunity", "quote", "contract", "task"})
# Ownership may be given by the caller (assign owner) and otherwise defaults to the actor.
OWNERSHIP_FIELDS = ("owner_id", "department_id")


def validate(entity: str, values: dict, partial: bool = False) -> dict:
    """Return normalised values, or raise ValidationError naming every bad field at once."""
    rules = RULES[entity]
    errors: list[FieldError] = []
    clean: dict = {}
    for name, value in values.items():
        if name in SYSTEM_FIELDS or name in DERIVED_FIELDS:
            errors.append(FieldError(name, "read_only"))
            continue
        if name in OWNERSHIP_FIELDS and name not in rules:
            clean[name] = value
            continue
        rule = rules.get(name)
        if rule is None:
            errors.append(FieldError(name, "unknown_field"))
            continue
        result = rule(name, value)
        if isinstance(result, FieldError):
            errors.append(result)
        else:
            clean[name] = result
    if not partial:
        for name, rule in rules.items():
            if name not in values:
                result = rule(name, None)
                if isinstance(result, FieldError):
                    errors.append(result)
    if errors:
        raise ValidationError(errors)
    return clean


def derive(entity: str, clean: dict) -> dict:
    """The derived fields whose source field is among `clean` (normalised values), computed."""
    return {field: fn(clean[source]) for field, (source, fn) in DERIVED.get(entity, {}).items()
            if source in clean}
