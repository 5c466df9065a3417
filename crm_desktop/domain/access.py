"""Who may do what: permissions (module x action), data scopes, field rules and masking.

Every module declares its actions in MODULES; a permission is "module.action". A role grants permissions,
one data scope, and field rules; a user's access is the union of their roles (the widest scope, the most
open rule per field). Services enforce it on every read and write; the UI only mirrors it.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field

from .errors import CrmError

ACTIONS = ("view", "create", "edit", "delete", "import", "export", "approve", "claim", "release", "administer",
           "send", "adjust")

# module -> (the journal entities it owns, the actions it has). A new module must be declared here; a test
# fails for any business entity no module owns.
MODULES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "customers": (("customer", "customer_tag"), ("view", "create", "edit", "delete", "import", "export")),
    "contacts": (("contact",), ("view", "create", "edit", "delete", "import", "export")),
    "activities": (("activity",), ("view", "create", "edit", "delete", "export")),
    "tags": (("tag",), ("view", "create", "edit", "delete")),
    "organisation": (("department", "app_user"), ("view", "create", "edit", "delete", "administer")),
    "roles": (("role", "user_role"), ("view", "create", "edit", "delete", "administer")),
    # Public pools: see a pool's customers, claim them, release own customers to a pool, set the rules.
    "pools": (("pool",), ("view", "claim", "release", "administer")),
    # Classification lists (industries, sources, levels) and organisation-wide settings (churn thresholds):
    # everyone reads them, administrators edit them.
    "classifications": (("lookup", "app_setting"), ("administer",)),
    # Sales: opportunities with their product lines and stage history; the product catalogue; pipelines and
    # their stages (everyone reads them, administrators define them).
    "opportunities": (("opportunity", "opportunity_line", "opportunity_stage_span"),
                      ("view", "create", "edit", "delete", "export")),
    "products": (("product_category", "product", "supplier", "supplier_customer", "supplier_price"), ("view", "create", "edit", "delete", "administer")),
    "pipelines": (("pipeline", "pipeline_stage"), ("administer",)),
    "quotes": (("quote", "quote_line"), ("view", "create", "edit", "delete", "export")),
    # Orders and contracts with their attached files.
    "contracts": (("contract", "attachment"), ("view", "create", "edit", "delete", "export")),
    # Receivable plans, payments received and invoices.
    "receivables": (("receivable_plan", "payment", "invoice"), ("view", "create", "edit", "delete", "export")),
    # Approval flows (administer), the requests and decisions (approve: decide a step one's role holds).
    "approvals": (("approval_flow", "approval_request", "approval_decision"), ("view", "approve", "administer")),
    "targets": (("sales_target",), ("view", "administer")),
    "tasks": (("task",), ("view", "create", "edit", "delete", "import", "export")),
    "leads": (("lead",), ("view", "create", "edit", "delete", "import", "export", "claim", "administer")),
    # The service desk: tickets with their timeline, work orders and return visits; teams, the workflow's
    # steps, business calendars and SLA policies (administer).
    "tickets": (("ticket", "ticket_comment", "ticket_article", "work_order", "return_visit", "service_team",
                 "ticket_status", "business_calendar", "sla_policy"),
                ("view", "create", "edit", "delete", "export", "administer")),
    "knowledge": (("kb_category", "kb_article"), ("view", "create", "edit", "delete", "administer")),
    # Marketing: campaigns with their members, resources and e-mail (send), segments and templates;
    # the loyalty programme (adjust: manual points; administer: tiers and rules); automation rules.
    "campaigns": (("campaign", "campaign_member", "campaign_resource", "segment", "segment_member",
                   "marketing_resource", "email_template", "email_delivery", "email_unsubscribe"),
                  ("view", "create", "edit", "delete", "send")),
    "loyalty": (("loyalty_tier", "loyalty_rule", "loyalty_entry"), ("view", "adjust", "administer")),
    "automation": (("automation_rule", "automation_run"), ("view", "administer")),
    "audit": ((), ("view", "export")),
    "backup": ((), ("create", "administer")),
}

# app_setting rows that a module keeps its own settings in, by key: written (and undone) with that module's
# right instead of the classifications module's. The server's guard of app_setting checks the same mapping
# (s0009, written out there so the revision never changes meaning; a test compares the two). Every other key
# (churn_warning, company, numbering) is an organisation-wide setting of the classifications module.
SETTING_RIGHTS: dict[str, tuple[str, str]] = {
    "smtp": ("campaigns", "send"),  # services/email_campaigns.save_settings
    "lead_assignment": ("leads", "administer"),  # services/leads.set_rules
}


def setting_right(key: str) -> tuple[str, str]:
    """The (module, action) that writing, deleting or undoing the app_setting row `key` needs."""
    return SETTING_RIGHTS.get(key, ("classifications", "administer"))


def module_of(entity: str) -> str:
    for module, (entities, _actions) in MODULES.items():
        if entity in entities:
            return module
    raise KeyError(f"no module owns entity {entity!r}")


def all_permissions() -> frozenset[str]:
    return frozenset(f"{m}.{a}" for m, (_e, actions) in MODULES.items() for a in actions)


class DataScope(enum.IntEnum):
    """Wider scopes compare greater: a user with several roles gets the widest."""

    OWN = 1
    OWN_AND_SUBORDINATES = 2
    DEPARTMENT = 3
    DEPARTMENT_TREE = 4
    ALL = 5


class FieldRule(enum.IntEnum):
    """How a role sees a field; more open rules compare greater."""

    HIDDEN = 1
    MASKED = 2  # shown masked (138****1234), never sent unmasked, not editable
    READ_ONLY = 3
    EDITABLE = 4


class PermissionDenied(CrmError):
    code = "permission_denied"


@dataclass(frozen=True)
class RoleSpec:
    code: str
    name: str
    scope: DataScope
    permissions: frozenset[str]
    field_rules: dict[str, FieldRule] = field(default_factory=dict)  # "entity.field" -> rule


def _perms(*specs: str) -> frozenset[str]:
    out = set()
    for spec in specs:
        module, _, actions = spec.partition(":")
        declared = MODULES[module][1]
        for action in (declared if actions == "*" else actions.split(",")):
            if action not in declared:
                raise ValueError(f"{module} has no action {action}")
            out.add(f"{module}.{action}")
    return frozenset(out)


SEED_ROLES = (
    RoleSpec("administrator", "系统管理员", DataScope.ALL, all_permissions()),
    RoleSpec("sales_manager", "销售经理", DataScope.DEPARTMENT_TREE,
             _perms("customers:*", "contacts:*", "activities:*", "tags:*", "organisation:view",
                    "pools:view,claim,release", "backup:create", "opportunities:*", "products:view", "quotes:*", "contracts:*",
                    "receivables:*", "approvals:view,approve", "targets:view,administer", "tasks:*", "leads:*",
                    "tickets:view,create", "knowledge:view", "campaigns:*", "loyalty:view,adjust",
                    "automation:view")),
    RoleSpec("sales_rep", "销售代表", DataScope.OWN,
             _perms("customers:view,create,edit,delete", "contacts:view,create,edit,delete",
                    "activities:view,create,edit", "tags:view", "pools:view,claim,release", "backup:create",
                    "opportunities:view,create,edit,delete", "products:view", "quotes:view,create,edit,delete",
                    "contracts:view,create,edit", "receivables:view,create,edit", "approvals:view", "targets:view",
                    "tasks:view,create,edit,delete,import,export", "leads:view,create,edit,claim",
                    "tickets:view,create", "knowledge:view", "campaigns:view,create,edit", "loyalty:view")),
    RoleSpec("service_agent", "客服专员", DataScope.ALL,
             _perms("customers:view", "contacts:view", "activities:view,create", "tags:view", "products:view",
                    "tasks:view,create,edit", "tickets:view,create,edit,export", "knowledge:view,create,edit",
                    "loyalty:view,adjust"),
             {"customer.email": FieldRule.MASKED, "contact.email": FieldRule.MASKED,
              "customer.notes": FieldRule.HIDDEN}),
    RoleSpec("auditor", "只读审计员", DataScope.ALL,
             _perms("customers:view", "contacts:view", "activities:view", "tags:view", "organisation:view",
                    "roles:view", "audit:view,export", "opportunities:view", "products:view", "quotes:view",
                    "contracts:view", "receivables:view", "approvals:view", "targets:view", "tasks:view", "leads:view",
                    "tickets:view", "knowledge:view", "campaigns:view", "loyalty:view", "automation:view"),
             {"customer.phone": FieldRule.MASKED, "contact.phone": FieldRule.MASKED,
              "customer.mobile": FieldRule.MASKED, "contact.mobile": FieldRule.MASKED,
              "contact.other_phone": FieldRule.MASKED,
              "customer.email": FieldRule.MASKED, "contact.email": FieldRule.MASKED}),
)


@dataclass(frozen=True)
class Access:
    """What one user may do and see, resolved from their roles. `owner_ids`/`department_ids` hold the
    records' owners/departments inside the scope (None: unrestricted for that dimension)."""

    user_id: uuid.UUID | None
    permissions: frozenset[str]
    scope: DataScope
    owner_ids: frozenset[uuid.UUID] | None = None
    department_ids: frozenset[uuid.UUID] | None = None
    field_rules: dict[str, FieldRule] = field(default_factory=dict)
    role_codes: tuple[str, ...] = ()

    @classmethod
    def unrestricted(cls, user_id: uuid.UUID | None = None) -> Access:
        """System jobs (demo seeding, migrations) and tests of the data layer."""
        return cls(user_id, all_permissions(), DataScope.ALL, role_codes=("system",))

    def can(self, module: str, action: str) -> bool:
        return f"{module}.{action}" in self.permissions

    def require(self, module: str, action: str) -> None:
        if not self.can(module, action):
            raise PermissionDenied(module=module, action=action)

    def rule(self, entity: str, field_name: str) -> FieldRule:
        return self.field_rules.get(f"{entity}.{field_name}", FieldRule.EDITABLE)

    @property
    def sees_everything(self) -> bool:
        return self.owner_ids is None and self.department_ids is None

    def covers(self, owner_id: uuid.UUID | None, department_id: uuid.UUID | None) -> bool:
        """Whether a record with this owner and department lies inside the scope."""
        if self.owner_ids is not None and owner_id not in self.owner_ids:
            return False
        if self.department_ids is not None and department_id not in self.department_ids:
            return False
        return True


def mask(value: str, kind: str = "text") -> str:
    """Masked for display: phones keep the first 3 and last 4 digits (138****1234), e-mails the first letter
    and the domain (z***@example.cn), ID numbers the first 6 and last 4; anything else its first character."""
    if not value:
        return value
    if kind == "phone":
        digits = "".join(ch for ch in value if ch.isdigit())
        if digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        return digits[:3] + "*" * max(len(digits) - 7, 1) + digits[-4:] if len(digits) >= 8 else "*" * len(digits)
    if kind == "email":
        local, _, domain = value.partition("@")
        return (local[:1] + "***@" + domain) if domain else local[:1] + "***"
    if kind == "id_number":
        return value[:6] + "*" * max(len(value) - 10, 1) + value[-4:] if len(value) > 10 else "*" * len(value)
    return value[:1] + "*" * max(len(value) - 1, 2)


# How each sensitive field is masked.
MASK_KIND = {"phone": "phone", "mobile": "phone", "other_phone": "phone", "email": "email", "id_number": "id_number",
             "credit_code": "id_number"}


def require_row_write(access: Access, entity: str, action: str, row) -> None:
    """A write to a record that is already there, outside its module's own screens (an undo, a sync conflict
    settled in the inbox): the right it exercises now — administer for organisation and roles, the key's right
    for a setting (as the server's guard) — and the record within the user's scope."""
    module = module_of(entity)
    if module in ("organisation", "roles"):
        action = "administer"
    if entity == "app_setting":
        module, action = setting_right(row.key)
    access.require(module, action)
    if not access.covers(row.owner_id, row.department_id):
        raise PermissionDenied(module=module, action=action, reason="out_of_scope")
