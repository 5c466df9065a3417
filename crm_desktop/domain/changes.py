"""What a write changed, so screens refresh only what is affected (after Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Changes:
    customers: bool = False
    contacts: bool = False
    activities: bool = False
    tags: bool = False
    users: bool = False
    opportunities: bool = False
    products: bool = False
    quotes: bool = False
    contracts: bool = False
    receivables: bool = False
    approvals: bool = False
    targets: bool = False
    tasks: bool = False
    leads: bool = False
    tickets: bool = False
    knowledge: bool = False
    campaigns: bool = False
    loyalty: bool = False
    automation: bool = False
    recycle_bin: bool = False
    undo: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(**{k: getattr(self, k) or getattr(other, k) for k in self.__dataclass_fields__})

    def any(self) -> bool:
        return any(getattr(self, k) for k in self.__dataclass_fields__)

    @classmethod
    def for_entities(cls, entities: set[str]) -> Changes:
        flags = {"customer": "customers", "contact": "contacts", "activity": "activities",
                 "customer_tag": "customers", "tag": "tags", "app_user": "users",
                 "opportunity": "opportunities", "opportunity_line": "opportunities",
                 "opportunity_stage_span": "opportunities", "pipeline": "opportunities",
                 "pipeline_stage": "opportunities", "product": "products", "product_category": "products",
                 "supplier": "products", "supplier_customer": "products", "supplier_price": "products",
                 "quote": "quotes", "quote_line": "quotes", "contract": "contracts", "attachment": "contracts",
                 "receivable_plan": "receivables", "payment": "receivables", "invoice": "receivables",
                 "approval_flow": "approvals", "approval_request": "approvals", "approval_decision": "approvals",
                 "sales_target": "targets", "task": "tasks", "lead": "leads",
                 **{e: "tickets" for e in ("ticket", "ticket_comment", "ticket_article", "work_order",
                                           "return_visit", "service_team", "ticket_status", "business_calendar",
                                           "sla_policy")},
                 "kb_category": "knowledge", "kb_article": "knowledge",
                 **{e: "campaigns" for e in ("campaign", "campaign_member", "campaign_resource", "segment",
                                             "segment_member", "marketing_resource", "email_template",
                                             "email_delivery", "email_unsubscribe")},
                 **{e: "loyalty" for e in ("loyalty_tier", "loyalty_rule", "loyalty_entry")},
                 "automation_rule": "automation", "automation_run": "automation"}
        return cls(**{flags[e]: True for e in entities if e in flags})
