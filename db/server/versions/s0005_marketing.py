"""server schema: marketing (issue 9) — campaigns with their members, resources and e-mail deliveries scoped by
the campaign's owner like other business records; segments, templates, resources, the unsubscribe list,
automation rules and runs, loyalty tiers and rules read organisation-wide and written by permission; the
points ledger seen with its customer; the customer's tier and balance, and the campaign a lead or an
opportunity is attributed to; marketing resource files guarded by the campaigns module

Revision ID: s0005
Revises: s0004
"""
from alembic import op

revision = 's0005'
down_revision = 's0004'
branch_labels = None
depends_on = None

COLUMNS = """
ALTER TABLE customer
    ADD COLUMN loyalty_tier_id UUID,
    ADD COLUMN loyalty_points INTEGER DEFAULT '0' NOT NULL;
CREATE INDEX ix_customer_live_segment ON customer (level, city, industry, owner_id, id) WHERE deleted_at IS NULL;
ALTER TABLE opportunity ADD COLUMN campaign_id UUID;
CREATE INDEX ix_opportunity_campaign_id ON opportunity (campaign_id);
ALTER TABLE lead ADD COLUMN campaign_id UUID;
CREATE INDEX ix_lead_campaign_id ON lead (campaign_id);
"""

SCHEMA = """
CREATE TABLE segment (
    name VARCHAR(120) NOT NULL,
    kind VARCHAR(8) DEFAULT 'dynamic' NOT NULL,
    filter JSON NOT NULL,
    description TEXT DEFAULT '' NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_segment PRIMARY KEY (id)
);
CREATE INDEX ix_segment_department_id ON segment (department_id);
CREATE INDEX ix_segment_owner_id ON segment (owner_id);
CREATE TABLE segment_member (
    segment_id UUID NOT NULL,
    customer_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_segment_member PRIMARY KEY (id),
    CONSTRAINT fk_segment_member_segment_id_segment FOREIGN KEY(segment_id) REFERENCES segment (id),
    CONSTRAINT fk_segment_member_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_segment_member_department_id ON segment_member (department_id);
CREATE INDEX ix_segment_member_owner_id ON segment_member (owner_id);
CREATE INDEX ix_segment_member_segment ON segment_member (segment_id, customer_id);
CREATE TABLE email_template (
    name VARCHAR(120) NOT NULL,
    subject VARCHAR(255) DEFAULT '' NOT NULL,
    body TEXT DEFAULT '' NOT NULL,
    html BOOLEAN DEFAULT false NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_email_template PRIMARY KEY (id)
);
CREATE INDEX ix_email_template_department_id ON email_template (department_id);
CREATE INDEX ix_email_template_owner_id ON email_template (owner_id);
CREATE TABLE marketing_resource (
    kind VARCHAR(12) DEFAULT 'document' NOT NULL,
    name VARCHAR(120) NOT NULL,
    description TEXT DEFAULT '' NOT NULL,
    tags JSON NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_marketing_resource PRIMARY KEY (id)
);
CREATE INDEX ix_marketing_resource_department_id ON marketing_resource (department_id);
CREATE INDEX ix_marketing_resource_owner_id ON marketing_resource (owner_id);
CREATE TABLE campaign (
    name VARCHAR(120) NOT NULL,
    kind VARCHAR(16) DEFAULT 'other' NOT NULL,
    status VARCHAR(12) DEFAULT 'planned' NOT NULL,
    starts_on DATE,
    ends_on DATE,
    budget BIGINT DEFAULT '0' NOT NULL,
    actual_cost BIGINT DEFAULT '0' NOT NULL,
    expected_revenue BIGINT DEFAULT '0' NOT NULL,
    currency VARCHAR(3) DEFAULT 'CNY' NOT NULL,
    goals TEXT DEFAULT '' NOT NULL,
    description TEXT DEFAULT '' NOT NULL,
    template_id UUID,
    segment_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_campaign PRIMARY KEY (id)
);
CREATE INDEX ix_campaign_department_id ON campaign (department_id);
CREATE INDEX ix_campaign_live_starts ON campaign (starts_on, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_campaign_owner_id ON campaign (owner_id);
CREATE TABLE campaign_member (
    campaign_id UUID NOT NULL,
    customer_id UUID,
    contact_id UUID,
    lead_id UUID,
    email VARCHAR(254) DEFAULT '' NOT NULL,
    name VARCHAR(120) DEFAULT '' NOT NULL,
    status VARCHAR(16) DEFAULT 'added' NOT NULL,
    response VARCHAR(24) DEFAULT '' NOT NULL,
    responded_at TIMESTAMP WITHOUT TIME ZONE,
    note TEXT DEFAULT '' NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_campaign_member PRIMARY KEY (id),
    CONSTRAINT fk_campaign_member_campaign_id_campaign FOREIGN KEY(campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_campaign_member_campaign_id ON campaign_member (campaign_id);
CREATE INDEX ix_campaign_member_customer ON campaign_member (campaign_id, customer_id);
CREATE INDEX ix_campaign_member_department_id ON campaign_member (department_id);
CREATE INDEX ix_campaign_member_owner_id ON campaign_member (owner_id);
CREATE TABLE campaign_resource (
    campaign_id UUID NOT NULL,
    resource_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_campaign_resource PRIMARY KEY (id),
    CONSTRAINT fk_campaign_resource_campaign_id_campaign FOREIGN KEY(campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_resource_resource_id_marketing_resource FOREIGN KEY(resource_id) REFERENCES marketing_resource (id)
);
CREATE INDEX ix_campaign_resource_campaign_id ON campaign_resource (campaign_id);
CREATE INDEX ix_campaign_resource_department_id ON campaign_resource (department_id);
CREATE INDEX ix_campaign_resource_owner_id ON campaign_resource (owner_id);
CREATE INDEX ix_campaign_resource_resource_id ON campaign_resource (resource_id);
CREATE TABLE email_delivery (
    campaign_id UUID NOT NULL,
    member_id UUID,
    email VARCHAR(254) NOT NULL,
    status VARCHAR(10) DEFAULT 'queued' NOT NULL,
    reason TEXT DEFAULT '' NOT NULL,
    attempts INTEGER DEFAULT '0' NOT NULL,
    message_id VARCHAR(255) DEFAULT '' NOT NULL,
    sent_at TIMESTAMP WITHOUT TIME ZONE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_email_delivery PRIMARY KEY (id),
    CONSTRAINT fk_email_delivery_campaign_id_campaign FOREIGN KEY(campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_email_delivery_department_id ON email_delivery (department_id);
CREATE INDEX ix_email_delivery_owner_id ON email_delivery (owner_id);
CREATE UNIQUE INDEX ux_email_delivery_campaign_email ON email_delivery (campaign_id, email);
CREATE TABLE email_unsubscribe (
    email VARCHAR(254) NOT NULL,
    reason TEXT DEFAULT '' NOT NULL,
    source VARCHAR(24) DEFAULT '' NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_email_unsubscribe PRIMARY KEY (id),
    CONSTRAINT uq_email_unsubscribe_email UNIQUE (email)
);
CREATE INDEX ix_email_unsubscribe_department_id ON email_unsubscribe (department_id);
CREATE INDEX ix_email_unsubscribe_owner_id ON email_unsubscribe (owner_id);
CREATE TABLE automation_rule (
    name VARCHAR(120) NOT NULL,
    trigger VARCHAR(32) NOT NULL,
    condition JSON NOT NULL,
    action VARCHAR(24) NOT NULL,
    params JSON NOT NULL,
    active BOOLEAN DEFAULT true NOT NULL,
    position INTEGER DEFAULT '0' NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_automation_rule PRIMARY KEY (id)
);
CREATE INDEX ix_automation_rule_department_id ON automation_rule (department_id);
CREATE INDEX ix_automation_rule_owner_id ON automation_rule (owner_id);
CREATE TABLE automation_run (
    rule_id UUID NOT NULL,
    source_action_id INTEGER,
    target_entity VARCHAR(40) NOT NULL,
    target_id UUID NOT NULL,
    status VARCHAR(10) DEFAULT 'done' NOT NULL,
    detail TEXT DEFAULT '' NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_automation_run PRIMARY KEY (id),
    CONSTRAINT fk_automation_run_rule_id_automation_rule FOREIGN KEY(rule_id) REFERENCES automation_rule (id)
);
CREATE INDEX ix_automation_run_department_id ON automation_run (department_id);
CREATE INDEX ix_automation_run_owner_id ON automation_run (owner_id);
CREATE UNIQUE INDEX ux_automation_run_once ON automation_run (rule_id, target_entity, target_id, source_action_id);
CREATE TABLE loyalty_tier (
    name VARCHAR(40) NOT NULL,
    threshold INTEGER DEFAULT '0' NOT NULL,
    benefits TEXT DEFAULT '' NOT NULL,
    position INTEGER DEFAULT '0' NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_loyalty_tier PRIMARY KEY (id)
);
CREATE INDEX ix_loyalty_tier_department_id ON loyalty_tier (department_id);
CREATE INDEX ix_loyalty_tier_owner_id ON loyalty_tier (owner_id);
CREATE TABLE loyalty_rule (
    kind VARCHAR(16) NOT NULL,
    event VARCHAR(24) DEFAULT '' NOT NULL,
    points INTEGER DEFAULT '0' NOT NULL,
    per_amount BIGINT DEFAULT '0' NOT NULL,
    expires_after_days INTEGER DEFAULT '0' NOT NULL,
    active BOOLEAN DEFAULT true NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_loyalty_rule PRIMARY KEY (id)
);
CREATE INDEX ix_loyalty_rule_department_id ON loyalty_rule (department_id);
CREATE INDEX ix_loyalty_rule_owner_id ON loyalty_rule (owner_id);
CREATE TABLE loyalty_entry (
    customer_id UUID NOT NULL,
    kind VARCHAR(8) NOT NULL,
    points INTEGER NOT NULL,
    reason TEXT DEFAULT '' NOT NULL,
    source_entity VARCHAR(40) DEFAULT '' NOT NULL,
    source_id UUID,
    happened_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    expires_on DATE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    _hlc TEXT NOT NULL DEFAULT '',
    CONSTRAINT pk_loyalty_entry PRIMARY KEY (id),
    CONSTRAINT fk_loyalty_entry_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_loyalty_entry_customer_time ON loyalty_entry (customer_id, happened_at);
CREATE INDEX ix_loyalty_entry_department_id ON loyalty_entry (department_id);
CREATE INDEX ix_loyalty_entry_owner_id ON loyalty_entry (owner_id);
CREATE UNIQUE INDEX ux_loyalty_entry_source ON loyalty_entry (source_entity, source_id, kind) WHERE source_id IS NOT NULL;
"""

SYNC_BITS = """
CREATE INDEX ix_{t}__xid ON {t} (_xid);
CREATE TRIGGER {t}_stamp BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION crm_stamp();
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
"""
GUARDS = """
CREATE TRIGGER {t}_guard_insert AFTER INSERT ON {t} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_insert('{module}');
CREATE TRIGGER {t}_guard_update AFTER UPDATE ON {t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_update('{module}');
"""
OPEN_TO_READ = """
CREATE POLICY {t}_read ON {t} FOR SELECT USING (true);
CREATE POLICY {t}_insert ON {t} FOR INSERT WITH CHECK (true);
CREATE POLICY {t}_update ON {t} FOR UPDATE USING (true) WITH CHECK (true);
"""
SCOPED = """
CREATE POLICY {t}_scope ON {t}
    USING ((SELECT crm_may('{module}.view')) AND ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[]))
           OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[]))))
    WITH CHECK ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[]))
           OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[])));
CREATE TRIGGER {t}_move AFTER UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION crm_note_move();
"""
BY_PARENT = """
CREATE POLICY {t}_by_{parent} ON {t}
    USING ((SELECT crm_may('{module}.view')) AND EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column}))
    WITH CHECK (EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column}));
"""

# Read by everyone, written by permission (the module's create/edit/delete, or administer).
OPEN = (("segment", "campaigns"), ("segment_member", "campaigns"), ("email_template", "campaigns"),
        ("marketing_resource", "campaigns"), ("email_unsubscribe", "campaigns"),
        ("automation_rule", "automation"), ("automation_run", "automation"),
        ("loyalty_tier", "loyalty"), ("loyalty_rule", "loyalty"))
# Scoped by owner like customers and opportunities: a rep sees their own campaigns, a manager their tree.
OWNED = (("campaign", "campaigns"),)
# Seen with their parent (the parent's own policy decides).
CHILDREN = (("campaign_member", "campaigns", "campaign", "campaign_id"),
            ("campaign_resource", "campaigns", "campaign", "campaign_id"),
            ("email_delivery", "campaigns", "campaign", "campaign_id"),
            ("loyalty_entry", "loyalty", "customer", "customer_id"))
MODULES = dict([(t, m) for t, m in OPEN] + [(t, m) for t, m in OWNED] + [(t, m) for t, m, _p, _c in CHILDREN])
# Written as a consequence of someone else's write, not by a marketing user: automation runs (the rule fires
# on the replica whose change triggered it) and the points ledger (a payment earns points) get their own
# guards below instead of the module's create/edit/delete.
OWN_GUARDS = {"automation_run", "loyalty_entry"}

LEDGER = r"""
CREATE FUNCTION crm_loyalty_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF crm_me() IS NULL AND crm_is_owner() THEN
        RETURN NEW;
    END IF;
    -- Earning and expiry follow from payments, events and the calendar: whoever may see the customer
    -- records them (the policy checks that). Redemptions and manual adjustments need the permission, and
    -- the ledger is append-only for everyone else.
    IF TG_OP = 'INSERT' AND NEW.kind IN ('earn', 'expire') THEN
        RETURN NEW;
    END IF;
    IF NOT (crm_may('loyalty.adjust') OR crm_may('loyalty.administer')) THEN
        RAISE EXCEPTION 'permission_denied: %', 'loyalty.adjust' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER loyalty_entry_guard BEFORE INSERT OR UPDATE ON loyalty_entry FOR EACH ROW
    EXECUTE FUNCTION crm_loyalty_guard();
CREATE TRIGGER automation_run_guard_update AFTER UPDATE ON automation_run REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_update('automation');
"""

# Marketing resources keep their file as an attachment: seen with the resource (organisation-wide) by those
# who may view campaigns, and guarded by the campaigns module.
ATTACHMENTS = r"""
CREATE POLICY attachment_by_marketing_resource ON attachment
    USING ((SELECT crm_may('campaigns.view')) AND EXISTS (SELECT 1 FROM marketing_resource p WHERE p.id = row_id))
    WITH CHECK (EXISTS (SELECT 1 FROM marketing_resource p WHERE p.id = row_id));
CREATE OR REPLACE FUNCTION crm_attachment_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    module text := CASE NEW.entity WHEN 'ticket' THEN 'tickets' WHEN 'marketing_resource' THEN 'campaigns'
                   ELSE 'contracts' END;
    action text := CASE WHEN TG_OP = 'INSERT' THEN 'create'
                        WHEN NEW.deleted_at IS DISTINCT FROM OLD.deleted_at THEN 'delete' ELSE 'edit' END;
BEGIN
    IF crm_me() IS NULL AND crm_is_owner() THEN
        RETURN NEW;
    END IF;
    IF NOT (crm_may(module || '.' || action) OR crm_may(module || '.administer')) THEN
        RAISE EXCEPTION 'permission_denied: %', module || '.' || action USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
"""

# The built-in roles as this revision found them get the marketing modules (services/access.ensure_roles
# does the same for a client's own database); written out so the revision never changes meaning.
GRANTS = {
    "administrator": [f"{m}.{a}" for m, actions in (
        ("campaigns", "view create edit delete send"), ("loyalty", "view adjust administer"),
        ("automation", "view administer")) for a in actions.split()],
    "sales_manager": ["campaigns.view", "campaigns.create", "campaigns.edit", "campaigns.delete", "campaigns.send",
                      "loyalty.view", "loyalty.adjust", "automation.view"],
    "sales_rep": ["campaigns.view", "campaigns.create", "campaigns.edit", "loyalty.view"],
    "service_agent": ["loyalty.view", "loyalty.adjust"],
    "auditor": ["campaigns.view", "loyalty.view", "automation.view"],
}


def upgrade() -> None:
    op.execute(COLUMNS)
    op.execute(SCHEMA)
    for table, module in MODULES.items():
        op.execute(SYNC_BITS.format(t=table))
        if table not in OWN_GUARDS:
            op.execute(GUARDS.format(t=table, module=module))
    op.execute(LEDGER)
    for table, _module in OPEN:
        op.execute(OPEN_TO_READ.format(t=table))
    for table, module in OWNED:
        op.execute(SCOPED.format(t=table, module=module))
    for table, module, parent, column in CHILDREN:
        op.execute(BY_PARENT.format(t=table, module=module, parent=parent, column=column))
    op.execute(ATTACHMENTS)
    for code, grants in GRANTS.items():
        listed = ", ".join(f"'{g}'" for g in grants)
        op.execute(f"""UPDATE role SET permissions = (
                           SELECT json_agg(p ORDER BY p) FROM (
                               SELECT json_array_elements_text(permissions) AS p
                               UNION SELECT unnest(ARRAY[{listed}])) AS merged)
                       WHERE code = '{code}' AND builtin AND deleted_at IS NULL""")
    # A client older than these tables would not sync them.
    op.execute("UPDATE server_meta SET value = '0012' WHERE key = 'min_client_schema'")


def downgrade() -> None:
    raise NotImplementedError("the server schema is only upgraded")
