"""Which tables sync and how their fields settle conflicts. Every table of the local schema is either synced
(with a per-field policy) or declared local-only; a test fails for a table that is neither."""

from __future__ import annotations

from dataclasses import dataclass, field

# Fields where the server's value stands on a conflict and the client's goes to the conflict inbox for a
# person to decide (money, contract, receivable and stage fields join as those modules land). Every other
# field: the newer clock wins and the losing value goes to the inbox.
SERVER_WINS = "server_wins"
LATEST_WINS = "latest_wins"


@dataclass(frozen=True)
class Synced:
    entity: str
    server_wins: frozenset[str] = field(default_factory=frozenset)

    def policy(self, field_name: str) -> str:
        return SERVER_WINS if field_name in self.server_wins else LATEST_WINS


# In dependency order: a pull applies parents before children.
SYNCED: dict[str, Synced] = {s.entity: s for s in (
    Synced("department"), Synced("app_user", frozenset({"active"})), Synced("role", frozenset({"permissions",
                                                                                                "data_scope"})),
    Synced("user_role"), Synced("tag"), Synced("lookup"), Synced("app_setting"),
    Synced("pool", frozenset({"rules", "claim_limit", "reclaim_wait_days", "departments"})),
    # Pool membership is arbitrated by the server (claims and releases); its state stands on a conflict.
    Synced("customer", frozenset({"owner_id", "department_id", "pool_id", "claimed_at", "previous_owner_id",
                                  "released_at"})),
    Synced("contact"), Synced("activity"), Synced("customer_tag"),
    Synced("product_category"), Synced("product", frozenset({"list_price", "currency"})),
    Synced("supplier"), Synced("supplier_customer"), Synced("supplier_price", frozenset({"price", "currency"})),
    Synced("pipeline"), Synced("pipeline_stage", frozenset({"probability", "kind"})),
    # Money and the stage (with the status and probability it implies) stand as the server has them; a
    # colleague's concurrent change goes to the inbox for a person to decide.
    Synced("opportunity", frozenset({"amount", "currency", "stage_id", "status", "probability",
                                     "stage_entered_at", "closed_at", "owner_id", "department_id"})),
    Synced("opportunity_line", frozenset({"quantity", "unit_price", "discount", "line_total"})),
    Synced("opportunity_stage_span"),
    Synced("quote", frozenset({"subtotal", "tax", "total", "status", "currency"})),
    Synced("quote_line", frozenset({"quantity", "unit_price", "discount", "tax_rate", "net", "tax", "total"})),
    Synced("contract", frozenset({"amount", "currency", "status", "received", "owner_id", "department_id"})),
    Synced("attachment"),
    Synced("receivable_plan", frozenset({"amount", "received", "void", "due_on"})),
    Synced("payment", frozenset({"amount", "plan_id", "overpayment"})),
    Synced("invoice", frozenset({"amount", "status", "payment_ids"})),
    Synced("approval_flow", frozenset({"steps", "threshold", "active", "entity"})),
    # Decisions are arbitrated by the server; the state of a request stands as the server has it.
    Synced("approval_request", frozenset({"status", "step", "decided_at"})),
    Synced("approval_decision"),
    Synced("sales_target", frozenset({"amount"})),
    Synced("task"),
    Synced("lead", frozenset({"owner_id", "department_id", "status", "converted_customer_id"})),
    Synced("service_team"), Synced("ticket_status"), Synced("business_calendar"), Synced("sla_policy"),
    # The SLA clock's record (dues, breaches, figures) and who works the ticket stand as the server has them.
    Synced("ticket", frozenset({"owner_id", "department_id", "team_id", "status", "response_due", "resolve_due",
                                "responded_at", "resolved_at", "closed_at", "response_breached",
                                "resolve_breached", "escalated_at"})),
    Synced("ticket_comment"),
    Synced("work_order", frozenset({"owner_id", "status"})),
    Synced("return_visit"), Synced("kb_category"), Synced("kb_article", frozenset({"helped"})),
    Synced("ticket_article"),
    # Marketing: money stands as the server has it; a delivery's outcome is the sender's record (the server's).
    Synced("segment"), Synced("segment_member"), Synced("email_template"), Synced("marketing_resource"),
    Synced("campaign", frozenset({"budget", "actual_cost", "expected_revenue", "currency", "owner_id",
                                  "department_id"})),
    Synced("campaign_member"), Synced("campaign_resource"),
    Synced("email_delivery", frozenset({"status", "attempts", "sent_at"})),
    Synced("email_unsubscribe"),
    Synced("automation_rule"), Synced("automation_run"),
    Synced("loyalty_tier"), Synced("loyalty_rule", frozenset({"per_amount", "currency", "points"})),
    Synced("loyalty_entry", frozenset({"points"})),
)}

# Tables that never leave the replica, and why.
LOCAL_ONLY = {
    "journal_action": "the journal; its entries are pushed as operations, not as a table",
    "journal_entry": "the journal and outbox; pushed as operations (a copy lands in the server's op_log)",
    "local_meta": "this replica's own facts: device id, cursor, clock",
    "credential": "password hashes and sign-in throttling stay on the device",
    "remember_token": "remember-me tokens are per device",
    "sync_issue": "this user's conflict inbox and rejected operations",
}

# Server tables that never reach a replica (no local model, never pulled or pushed), and why.
SERVER_ONLY = {
    "applied_op": "the ids of operations already applied, so a retried push is not applied twice",
    "op_log": "every applied operation, the audit anchor",
    "row_move": "rows that left someone's scope, so their replica drops them",
    "server_meta": "the server's own facts: its id, the oldest client schema it accepts",
    "user_login": "which database login is which app user",
    "email_send_claim": "which desk sends a campaign's message to an address: arbitration, not data",
}

# Journal events that change no row: pushed to the server's op_log only (the audit anchor).
AUDIT_ONLY_EVENTS = frozenset({"session", "credential"})
