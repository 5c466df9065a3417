"""server schema: sales from lead to cash (products, pipelines, opportunities, quotes, contracts,
receivables, invoices, attachments, approvals, targets, tasks, leads), scoped like customers; approval
decisions arbitrated by the server

Revision ID: s0003
Revises: s0002
"""
from alembic import op

revision = 's0003'
down_revision = 's0002'
branch_labels = None
depends_on = None

SCHEMA = """
CREATE TABLE product_category (
    name VARCHAR(60) NOT NULL,
    parent_id UUID,
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
    CONSTRAINT pk_product_category PRIMARY KEY (id),
    CONSTRAINT fk_product_category_parent_id_product_category FOREIGN KEY(parent_id) REFERENCES product_category (id)
);
CREATE INDEX ix_product_category_department_id ON product_category (department_id);
CREATE INDEX ix_product_category_owner_id ON product_category (owner_id);
CREATE TABLE product (
    code VARCHAR(40) NOT NULL,
    name VARCHAR(120) NOT NULL,
    unit VARCHAR(20) DEFAULT '' NOT NULL,
    list_price BIGINT DEFAULT '0' NOT NULL,
    currency VARCHAR(3) DEFAULT 'CNY' NOT NULL,
    description TEXT DEFAULT '' NOT NULL,
    active BOOLEAN DEFAULT true NOT NULL,
    category_id UUID,
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
    CONSTRAINT pk_product PRIMARY KEY (id),
    CONSTRAINT fk_product_category_id_product_category FOREIGN KEY(category_id) REFERENCES product_category (id)
);
CREATE INDEX ix_product_department_id ON product (department_id);
CREATE INDEX ix_product_live_code ON product (code) WHERE deleted_at IS NULL;
CREATE INDEX ix_product_owner_id ON product (owner_id);
CREATE TABLE supplier (
    name VARCHAR(200) NOT NULL,
    contact_name VARCHAR(100) DEFAULT '' NOT NULL,
    phone VARCHAR(32) DEFAULT '' NOT NULL,
    email VARCHAR(254) DEFAULT '' NOT NULL,
    address VARCHAR(300) DEFAULT '' NOT NULL,
    notes TEXT DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_supplier PRIMARY KEY (id)
);
CREATE INDEX ix_supplier_department_id ON supplier (department_id);
CREATE INDEX ix_supplier_owner_id ON supplier (owner_id);
CREATE TABLE supplier_customer (
    supplier_id UUID NOT NULL,
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
    CONSTRAINT pk_supplier_customer PRIMARY KEY (id),
    CONSTRAINT fk_supplier_customer_supplier_id_supplier FOREIGN KEY(supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_supplier_customer_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_supplier_customer_customer_id ON supplier_customer (customer_id);
CREATE INDEX ix_supplier_customer_department_id ON supplier_customer (department_id);
CREATE INDEX ix_supplier_customer_owner_id ON supplier_customer (owner_id);
CREATE INDEX ix_supplier_customer_supplier_id ON supplier_customer (supplier_id);
CREATE TABLE supplier_price (
    supplier_id UUID NOT NULL,
    product_id UUID NOT NULL,
    price BIGINT DEFAULT '0' NOT NULL,
    currency VARCHAR(3) DEFAULT 'CNY' NOT NULL,
    min_quantity VARCHAR(20) DEFAULT '1' NOT NULL,
    valid_from DATE,
    valid_to DATE,
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
    CONSTRAINT pk_supplier_price PRIMARY KEY (id),
    CONSTRAINT fk_supplier_price_supplier_id_supplier FOREIGN KEY(supplier_id) REFERENCES supplier (id),
    CONSTRAINT fk_supplier_price_product_id_product FOREIGN KEY(product_id) REFERENCES product (id)
);
CREATE INDEX ix_supplier_price_department_id ON supplier_price (department_id);
CREATE INDEX ix_supplier_price_owner_id ON supplier_price (owner_id);
CREATE INDEX ix_supplier_price_product_id ON supplier_price (product_id);
CREATE INDEX ix_supplier_price_supplier_id ON supplier_price (supplier_id);
CREATE TABLE pipeline (
    name VARCHAR(60) NOT NULL,
    is_default BOOLEAN DEFAULT false NOT NULL,
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
    CONSTRAINT pk_pipeline PRIMARY KEY (id)
);
CREATE INDEX ix_pipeline_department_id ON pipeline (department_id);
CREATE INDEX ix_pipeline_owner_id ON pipeline (owner_id);
CREATE TABLE pipeline_stage (
    pipeline_id UUID NOT NULL,
    name VARCHAR(40) NOT NULL,
    position INTEGER DEFAULT '0' NOT NULL,
    probability INTEGER DEFAULT '0' NOT NULL,
    kind VARCHAR(8) DEFAULT 'open' NOT NULL,
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
    CONSTRAINT pk_pipeline_stage PRIMARY KEY (id),
    CONSTRAINT fk_pipeline_stage_pipeline_id_pipeline FOREIGN KEY(pipeline_id) REFERENCES pipeline (id)
);
CREATE INDEX ix_pipeline_stage_department_id ON pipeline_stage (department_id);
CREATE INDEX ix_pipeline_stage_owner_id ON pipeline_stage (owner_id);
CREATE INDEX ix_pipeline_stage_pipeline_id ON pipeline_stage (pipeline_id);
CREATE TABLE opportunity (
    customer_id UUID NOT NULL,
    name VARCHAR(120) NOT NULL,
    amount BIGINT DEFAULT '0' NOT NULL,
    currency VARCHAR(3) DEFAULT 'CNY' NOT NULL,
    expected_close DATE,
    pipeline_id UUID NOT NULL,
    stage_id UUID NOT NULL,
    probability INTEGER DEFAULT '0' NOT NULL,
    status VARCHAR(8) DEFAULT 'open' NOT NULL,
    stage_entered_at TIMESTAMP WITHOUT TIME ZONE,
    closed_at TIMESTAMP WITHOUT TIME ZONE,
    competitors VARCHAR(300) DEFAULT '' NOT NULL,
    loss_reason VARCHAR(300) DEFAULT '' NOT NULL,
    notes TEXT DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_opportunity PRIMARY KEY (id),
    CONSTRAINT fk_opportunity_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id),
    CONSTRAINT fk_opportunity_pipeline_id_pipeline FOREIGN KEY(pipeline_id) REFERENCES pipeline (id),
    CONSTRAINT fk_opportunity_stage_id_pipeline_stage FOREIGN KEY(stage_id) REFERENCES pipeline_stage (id)
);
CREATE INDEX ix_opportunity_customer ON opportunity (customer_id);
CREATE INDEX ix_opportunity_department_id ON opportunity (department_id);
CREATE INDEX ix_opportunity_live_close ON opportunity (status, expected_close, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunity_live_owner ON opportunity (owner_id, pipeline_id, status, stage_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunity_live_stage ON opportunity (stage_id, amount, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunity_live_totals ON opportunity (pipeline_id, status, stage_id, currency, amount, probability) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunity_live_updated ON opportunity (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_opportunity_owner_id ON opportunity (owner_id);
CREATE TABLE opportunity_line (
    opportunity_id UUID NOT NULL,
    product_id UUID,
    name VARCHAR(120) NOT NULL,
    quantity VARCHAR(20) DEFAULT '1' NOT NULL,
    unit_price BIGINT DEFAULT '0' NOT NULL,
    discount VARCHAR(8) DEFAULT '0' NOT NULL,
    line_total BIGINT DEFAULT '0' NOT NULL,
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
    CONSTRAINT pk_opportunity_line PRIMARY KEY (id),
    CONSTRAINT fk_opportunity_line_opportunity_id_opportunity FOREIGN KEY(opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_opportunity_line_product_id_product FOREIGN KEY(product_id) REFERENCES product (id)
);
CREATE INDEX ix_opportunity_line_department_id ON opportunity_line (department_id);
CREATE INDEX ix_opportunity_line_opportunity_id ON opportunity_line (opportunity_id);
CREATE INDEX ix_opportunity_line_owner_id ON opportunity_line (owner_id);
CREATE TABLE opportunity_stage_span (
    opportunity_id UUID NOT NULL,
    stage_id UUID NOT NULL,
    entered_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    left_at TIMESTAMP WITHOUT TIME ZONE,
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
    CONSTRAINT pk_opportunity_stage_span PRIMARY KEY (id),
    CONSTRAINT fk_opportunity_stage_span_opportunity_id_opportunity FOREIGN KEY(opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_opportunity_stage_span_stage_id_pipeline_stage FOREIGN KEY(stage_id) REFERENCES pipeline_stage (id)
);
CREATE INDEX ix_opportunity_stage_span_department_id ON opportunity_stage_span (department_id);
CREATE INDEX ix_opportunity_stage_span_opportunity ON opportunity_stage_span (opportunity_id, entered_at);
CREATE INDEX ix_opportunity_stage_span_owner_id ON opportunity_stage_span (owner_id);
CREATE TABLE quote (
    opportunity_id UUID NOT NULL,
    customer_id UUID NOT NULL,
    number VARCHAR(40) NOT NULL,
    revision INTEGER DEFAULT '1' NOT NULL,
    title VARCHAR(120) DEFAULT '' NOT NULL,
    currency VARCHAR(3) DEFAULT 'CNY' NOT NULL,
    quoted_on DATE,
    valid_until DATE,
    status VARCHAR(12) DEFAULT 'draft' NOT NULL,
    subtotal BIGINT DEFAULT '0' NOT NULL,
    tax BIGINT DEFAULT '0' NOT NULL,
    total BIGINT DEFAULT '0' NOT NULL,
    terms TEXT DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_quote PRIMARY KEY (id),
    CONSTRAINT fk_quote_opportunity_id_opportunity FOREIGN KEY(opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_quote_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_quote_department_id ON quote (department_id);
CREATE INDEX ix_quote_opportunity_id ON quote (opportunity_id);
CREATE INDEX ix_quote_owner_id ON quote (owner_id);
CREATE TABLE quote_line (
    quote_id UUID NOT NULL,
    product_id UUID,
    name VARCHAR(120) NOT NULL,
    unit VARCHAR(20) DEFAULT '' NOT NULL,
    quantity VARCHAR(20) DEFAULT '1' NOT NULL,
    unit_price BIGINT DEFAULT '0' NOT NULL,
    discount VARCHAR(8) DEFAULT '0' NOT NULL,
    tax_rate VARCHAR(8) DEFAULT '0' NOT NULL,
    net BIGINT DEFAULT '0' NOT NULL,
    tax BIGINT DEFAULT '0' NOT NULL,
    total BIGINT DEFAULT '0' NOT NULL,
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
    CONSTRAINT pk_quote_line PRIMARY KEY (id),
    CONSTRAINT fk_quote_line_quote_id_quote FOREIGN KEY(quote_id) REFERENCES quote (id),
    CONSTRAINT fk_quote_line_product_id_product FOREIGN KEY(product_id) REFERENCES product (id)
);
CREATE INDEX ix_quote_line_department_id ON quote_line (department_id);
CREATE INDEX ix_quote_line_owner_id ON quote_line (owner_id);
CREATE INDEX ix_quote_line_quote_id ON quote_line (quote_id);
CREATE TABLE contract (
    kind VARCHAR(10) DEFAULT 'contract' NOT NULL,
    number VARCHAR(40) NOT NULL,
    title VARCHAR(120) NOT NULL,
    customer_id UUID NOT NULL,
    opportunity_id UUID,
    quote_id UUID,
    amount BIGINT DEFAULT '0' NOT NULL,
    currency VARCHAR(3) DEFAULT 'CNY' NOT NULL,
    signed_on DATE,
    starts_on DATE,
    ends_on DATE,
    status VARCHAR(12) DEFAULT 'draft' NOT NULL,
    received BIGINT DEFAULT '0' NOT NULL,
    notes TEXT DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_contract PRIMARY KEY (id),
    CONSTRAINT fk_contract_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id),
    CONSTRAINT fk_contract_opportunity_id_opportunity FOREIGN KEY(opportunity_id) REFERENCES opportunity (id),
    CONSTRAINT fk_contract_quote_id_quote FOREIGN KEY(quote_id) REFERENCES quote (id)
);
CREATE INDEX ix_contract_customer_id ON contract (customer_id);
CREATE INDEX ix_contract_department_id ON contract (department_id);
CREATE INDEX ix_contract_live_number ON contract (number) WHERE deleted_at IS NULL;
CREATE INDEX ix_contract_live_signed ON contract (signed_on, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_contract_owner_id ON contract (owner_id);
CREATE TABLE attachment (
    entity VARCHAR(40) NOT NULL,
    row_id UUID NOT NULL,
    file_name VARCHAR(200) NOT NULL,
    size INTEGER DEFAULT '0' NOT NULL,
    sha256 VARCHAR(64) DEFAULT '' NOT NULL,
    data BYTEA NOT NULL,
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
    CONSTRAINT pk_attachment PRIMARY KEY (id)
);
CREATE INDEX ix_attachment_department_id ON attachment (department_id);
CREATE INDEX ix_attachment_owner_id ON attachment (owner_id);
CREATE INDEX ix_attachment_row ON attachment (entity, row_id);
CREATE TABLE receivable_plan (
    contract_id UUID NOT NULL,
    instalment INTEGER DEFAULT '1' NOT NULL,
    amount BIGINT DEFAULT '0' NOT NULL,
    due_on DATE NOT NULL,
    method VARCHAR(20) DEFAULT '' NOT NULL,
    remind_days INTEGER DEFAULT '3' NOT NULL,
    received BIGINT DEFAULT '0' NOT NULL,
    void BOOLEAN DEFAULT false NOT NULL,
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
    CONSTRAINT pk_receivable_plan PRIMARY KEY (id),
    CONSTRAINT fk_receivable_plan_contract_id_contract FOREIGN KEY(contract_id) REFERENCES contract (id)
);
CREATE INDEX ix_receivable_plan_contract_id ON receivable_plan (contract_id);
CREATE INDEX ix_receivable_plan_department_id ON receivable_plan (department_id);
CREATE INDEX ix_receivable_plan_live_due ON receivable_plan (due_on, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_receivable_plan_owner_id ON receivable_plan (owner_id);
CREATE TABLE payment (
    contract_id UUID NOT NULL,
    plan_id UUID,
    amount BIGINT DEFAULT '0' NOT NULL,
    received_on DATE NOT NULL,
    method VARCHAR(20) DEFAULT '' NOT NULL,
    overpayment BOOLEAN DEFAULT false NOT NULL,
    reference VARCHAR(60) DEFAULT '' NOT NULL,
    notes TEXT DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_payment PRIMARY KEY (id),
    CONSTRAINT fk_payment_contract_id_contract FOREIGN KEY(contract_id) REFERENCES contract (id),
    CONSTRAINT fk_payment_plan_id_receivable_plan FOREIGN KEY(plan_id) REFERENCES receivable_plan (id)
);
CREATE INDEX ix_payment_contract_id ON payment (contract_id);
CREATE INDEX ix_payment_department_id ON payment (department_id);
CREATE INDEX ix_payment_owner_id ON payment (owner_id);
CREATE TABLE invoice (
    contract_id UUID NOT NULL,
    number VARCHAR(40) DEFAULT '' NOT NULL,
    title_type VARCHAR(12) DEFAULT 'company' NOT NULL,
    title VARCHAR(200) NOT NULL,
    tax_number VARCHAR(20) DEFAULT '' NOT NULL,
    amount BIGINT DEFAULT '0' NOT NULL,
    status VARCHAR(10) DEFAULT 'draft' NOT NULL,
    issued_on DATE,
    payment_ids JSON NOT NULL,
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
    CONSTRAINT pk_invoice PRIMARY KEY (id),
    CONSTRAINT fk_invoice_contract_id_contract FOREIGN KEY(contract_id) REFERENCES contract (id)
);
CREATE INDEX ix_invoice_contract_id ON invoice (contract_id);
CREATE INDEX ix_invoice_department_id ON invoice (department_id);
CREATE INDEX ix_invoice_owner_id ON invoice (owner_id);
CREATE TABLE approval_flow (
    name VARCHAR(60) NOT NULL,
    entity VARCHAR(40) NOT NULL,
    threshold BIGINT DEFAULT '0' NOT NULL,
    steps JSON NOT NULL,
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
    CONSTRAINT pk_approval_flow PRIMARY KEY (id)
);
CREATE INDEX ix_approval_flow_department_id ON approval_flow (department_id);
CREATE INDEX ix_approval_flow_owner_id ON approval_flow (owner_id);
CREATE TABLE approval_request (
    flow_id UUID NOT NULL,
    entity VARCHAR(40) NOT NULL,
    row_id UUID NOT NULL,
    summary VARCHAR(200) DEFAULT '' NOT NULL,
    amount BIGINT DEFAULT '0' NOT NULL,
    step INTEGER DEFAULT '0' NOT NULL,
    status VARCHAR(10) DEFAULT 'pending' NOT NULL,
    decided_at TIMESTAMP WITHOUT TIME ZONE,
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
    CONSTRAINT pk_approval_request PRIMARY KEY (id),
    CONSTRAINT fk_approval_request_flow_id_approval_flow FOREIGN KEY(flow_id) REFERENCES approval_flow (id)
);
CREATE INDEX ix_approval_request_department_id ON approval_request (department_id);
CREATE INDEX ix_approval_request_live_status ON approval_request (status, step) WHERE deleted_at IS NULL;
CREATE INDEX ix_approval_request_owner_id ON approval_request (owner_id);
CREATE INDEX ix_approval_request_row ON approval_request (entity, row_id);
CREATE TABLE approval_decision (
    request_id UUID NOT NULL,
    step INTEGER DEFAULT '0' NOT NULL,
    decision VARCHAR(10) NOT NULL,
    comment VARCHAR(500) DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_approval_decision PRIMARY KEY (id),
    CONSTRAINT fk_approval_decision_request_id_approval_request FOREIGN KEY(request_id) REFERENCES approval_request (id)
);
CREATE INDEX ix_approval_decision_department_id ON approval_decision (department_id);
CREATE INDEX ix_approval_decision_owner_id ON approval_decision (owner_id);
CREATE INDEX ix_approval_decision_request_id ON approval_decision (request_id);
CREATE TABLE sales_target (
    period VARCHAR(7) NOT NULL,
    metric VARCHAR(12) NOT NULL,
    amount BIGINT DEFAULT '0' NOT NULL,
    currency VARCHAR(3) DEFAULT 'CNY' NOT NULL,
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
    CONSTRAINT pk_sales_target PRIMARY KEY (id)
);
CREATE INDEX ix_sales_target_department_id ON sales_target (department_id);
CREATE INDEX ix_sales_target_owner_id ON sales_target (owner_id);
CREATE INDEX ix_sales_target_period ON sales_target (period, metric);
CREATE TABLE task (
    kind VARCHAR(10) DEFAULT 'task' NOT NULL,
    title VARCHAR(200) NOT NULL,
    entity VARCHAR(40) DEFAULT '' NOT NULL,
    row_id UUID,
    customer_id UUID,
    due_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    ends_at TIMESTAMP WITHOUT TIME ZONE,
    remind_at TIMESTAMP WITHOUT TIME ZONE,
    done_at TIMESTAMP WITHOUT TIME ZONE,
    location VARCHAR(200) DEFAULT '' NOT NULL,
    notes TEXT DEFAULT '' NOT NULL,
    ical_uid VARCHAR(200) DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_task PRIMARY KEY (id),
    CONSTRAINT fk_task_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_task_department_id ON task (department_id);
CREATE INDEX ix_task_live_due ON task (owner_id, done_at, due_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_task_live_remind ON task (remind_at) WHERE deleted_at IS NULL AND done_at IS NULL;
CREATE INDEX ix_task_owner_id ON task (owner_id);
CREATE INDEX ix_task_row ON task (entity, row_id);
CREATE TABLE lead (
    name VARCHAR(100) NOT NULL,
    company VARCHAR(200) DEFAULT '' NOT NULL,
    title VARCHAR(60) DEFAULT '' NOT NULL,
    phone VARCHAR(32) DEFAULT '' NOT NULL,
    email VARCHAR(254) DEFAULT '' NOT NULL,
    source VARCHAR(60) DEFAULT '' NOT NULL,
    province VARCHAR(30) DEFAULT '' NOT NULL,
    city VARCHAR(30) DEFAULT '' NOT NULL,
    status VARCHAR(12) DEFAULT 'new' NOT NULL,
    notes TEXT DEFAULT '' NOT NULL,
    converted_customer_id UUID,
    converted_at TIMESTAMP WITHOUT TIME ZONE,
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
    CONSTRAINT pk_lead PRIMARY KEY (id)
);
CREATE INDEX ix_lead_department_id ON lead (department_id);
CREATE INDEX ix_lead_live_status ON lead (status, created_at) WHERE deleted_at IS NULL;
CREATE INDEX ix_lead_owner_id ON lead (owner_id);
"""

SYNC_BITS = """
CREATE INDEX ix_{t}__xid ON {t} (_xid);
CREATE TRIGGER {t}_stamp BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION crm_stamp();
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
CREATE TRIGGER {t}_guard_insert AFTER INSERT ON {t} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_insert('{module}');
CREATE TRIGGER {t}_guard_update AFTER UPDATE ON {t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_update('{module}');
"""
# Everyone reads these; the guards let only the module's administrators (or creators) change them.
OPEN_TO_READ = """
CREATE POLICY {t}_read ON {t} FOR SELECT USING (true);
CREATE POLICY {t}_insert ON {t} FOR INSERT WITH CHECK (true);
CREATE POLICY {t}_update ON {t} FOR UPDATE USING (true) WITH CHECK (true);
"""
# Records with an owner: by the data scope, as customers. A change of owner or department is logged so
# pulls re-read the row (crm_note_move).
SCOPED = """
CREATE POLICY {t}_scope ON {t}
    USING ((SELECT crm_may('{module}.view')) AND ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[]))
           OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[])){extra}))
    WITH CHECK ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[]))
           OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[])){extra});
CREATE TRIGGER {t}_move AFTER UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION crm_note_move();
"""
# Rows that belong to a parent record: visible with it, so they move with it.
BY_PARENT = """
CREATE POLICY {t}_by_{parent} ON {t}
    USING ((SELECT crm_may('{module}.view')) AND EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column}))
    WITH CHECK (EXISTS (SELECT 1 FROM {parent} p WHERE p.id = {column}));
"""

OPEN = (("product_category", "products"), ("product", "products"), ("supplier", "products"),
        ("supplier_customer", "products"), ("supplier_price", "products"), ("pipeline", "pipelines"),
        ("pipeline_stage", "pipelines"), ("approval_flow", "approvals"), ("sales_target", "targets"))
# Leads without an owner are the lead pool: whoever may claim leads sees them.
OWNED = (("opportunity", "opportunities", ""), ("quote", "quotes", ""), ("contract", "contracts", ""),
         ("task", "tasks", ""),
         ("lead", "leads", "\n           OR (owner_id IS NULL AND (SELECT crm_may('leads.claim')))"))
CHILDREN = (("opportunity_line", "opportunities", "opportunity", "opportunity_id"),
            ("opportunity_stage_span", "opportunities", "opportunity", "opportunity_id"),
            ("quote_line", "quotes", "quote", "quote_id"),
            ("attachment", "contracts", "contract", "row_id"),
            ("receivable_plan", "receivables", "contract", "contract_id"),
            ("payment", "receivables", "contract", "contract_id"),
            ("invoice", "receivables", "contract", "contract_id"))
# An approval request is seen by whoever may see approvals (the approvers' inbox) and by its requester.
APPROVALS = """
CREATE POLICY approval_request_read ON approval_request
    USING ((SELECT crm_may('approvals.view')) OR created_by = (SELECT crm_me()))
    WITH CHECK (true);
CREATE POLICY approval_decision_read ON approval_decision
    USING ((SELECT crm_may('approvals.view')) OR created_by = (SELECT crm_me())
           OR EXISTS (SELECT 1 FROM approval_request r WHERE r.id = request_id))
    WITH CHECK (true);
"""

# The server arbitrates decisions against its own state: a decision counts only for a request still
# pending at that step, from someone holding the step's role (SECURITY DEFINER: the check reads roles and
# flows whatever row-level security shows the decider).
ARBITER = r"""
CREATE FUNCTION crm_approval_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me uuid := crm_me();
    r approval_request;
    wanted text;
BEGIN
    IF me IS NULL AND crm_is_owner() THEN
        RETURN NEW;
    END IF;
    SELECT * INTO r FROM approval_request WHERE id = NEW.request_id;
    IF r.id IS NULL OR r.status <> 'pending' OR r.step <> NEW.step THEN
        RAISE EXCEPTION 'not_pending: the request was decided already' USING ERRCODE = 'P0001';
    END IF;
    SELECT f.steps ->> NEW.step INTO wanted FROM approval_flow f WHERE f.id = r.flow_id;
    IF NOT crm_may('approvals.approve') OR NOT (
        (wanted LIKE 'department:%' AND EXISTS (
            SELECT 1 FROM app_user u WHERE u.id = me AND replace(u.department_id::text, '-', '') = substr(wanted, 12)))
        OR EXISTS (
            SELECT 1 FROM user_role ur JOIN role ro ON ro.id = ur.role_id
            WHERE ur.user_id = me AND ur.deleted_at IS NULL AND ro.deleted_at IS NULL AND ro.code = wanted)) THEN
        RAISE EXCEPTION 'permission_denied: not an approver of this step' USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER approval_decision_guard BEFORE INSERT ON approval_decision FOR EACH ROW
    EXECUTE FUNCTION crm_approval_guard();

-- A request is opened by whoever writes the record it is about (no approvals permission needed); its state
-- moves only while pending, by an approver, or by its requester withdrawing it.
CREATE FUNCTION crm_approval_request_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = public AS $$
BEGIN
    IF crm_me() IS NULL AND crm_is_owner() THEN
        RETURN NEW;
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status OR NEW.step IS DISTINCT FROM OLD.step THEN
        IF OLD.status <> 'pending' THEN
            RAISE EXCEPTION 'not_pending: the request was decided already' USING ERRCODE = 'P0001';
        END IF;
        IF NOT (crm_may('approvals.approve') OR (OLD.owner_id = crm_me() AND NEW.status = 'cancelled')) THEN
            RAISE EXCEPTION 'permission_denied: approvals.approve' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER approval_request_guard BEFORE UPDATE ON approval_request FOR EACH ROW
    EXECUTE FUNCTION crm_approval_request_guard();
"""

MODULES = dict([(t, m) for t, m in OPEN] + [(t, m) for t, m, _e in OWNED] + [(t, m) for t, m, _p, _c in CHILDREN]
               + [("approval_request", "approvals"), ("approval_decision", "approvals")])

# The built-in roles as this revision found them get the sales modules (services/access.ensure_roles does
# the same for a client's own database); written out so the revision never changes meaning.
GRANTS = {
    "administrator": [f"{m}.{a}" for m, actions in (
        ("opportunities", "view create edit delete export"), ("products", "view create edit delete administer"),
        ("pipelines", "administer"), ("quotes", "view create edit delete export"),
        ("contracts", "view create edit delete export"), ("receivables", "view create edit delete export"),
        ("approvals", "view approve administer"), ("targets", "view administer"),
        ("tasks", "view create edit delete import export"),
        ("leads", "view create edit delete import export claim administer")) for a in actions.split()],
    "sales_manager": [f"{m}.{a}" for m, actions in (
        ("opportunities", "view create edit delete export"), ("products", "view"),
        ("quotes", "view create edit delete export"), ("contracts", "view create edit delete export"),
        ("receivables", "view create edit delete export"), ("approvals", "view approve"),
        ("targets", "view administer"), ("tasks", "view create edit delete import export"),
        ("leads", "view create edit delete import export claim administer")) for a in actions.split()],
    "sales_rep": [f"{m}.{a}" for m, actions in (
        ("opportunities", "view create edit delete"), ("products", "view"), ("quotes", "view create edit delete"),
        ("contracts", "view create edit"), ("receivables", "view create edit"), ("approvals", "view"),
        ("targets", "view"), ("tasks", "view create edit delete import export"),
        ("leads", "view create edit claim")) for a in actions.split()],
    "service_agent": ["products.view", "tasks.view", "tasks.create", "tasks.edit"],
    "auditor": [f"{m}.view" for m in ("opportunities", "products", "quotes", "contracts", "receivables",
                                      "approvals", "targets", "tasks", "leads")],
}


def upgrade() -> None:
    op.execute(SCHEMA)
    for table, module in MODULES.items():
        bits = SYNC_BITS.format(t=table, module=module)
        if table in ("approval_request", "approval_decision"):
            bits = bits.split("CREATE TRIGGER " + table + "_guard_insert")[0]
        op.execute(bits)
    for table, _module in OPEN:
        op.execute(OPEN_TO_READ.format(t=table))
    for table, module, extra in OWNED:
        op.execute(SCOPED.format(t=table, module=module, extra=extra))
    for table, module, parent, column in CHILDREN:
        op.execute(BY_PARENT.format(t=table, module=module, parent=parent, column=column))
    op.execute(APPROVALS)
    op.execute(ARBITER)
    for code, grants in GRANTS.items():
        listed = ", ".join(f"'{g}'" for g in grants)
        op.execute(f"""UPDATE role SET permissions = (
                           SELECT json_agg(p ORDER BY p) FROM (
                               SELECT json_array_elements_text(permissions) AS p
                               UNION SELECT unnest(ARRAY[{listed}])) AS merged)
                       WHERE code = '{code}' AND builtin AND deleted_at IS NULL""")
    # A client older than these tables would not sync them.
    op.execute("UPDATE server_meta SET value = '0008' WHERE key = 'min_client_schema'")


def downgrade() -> None:
    raise NotImplementedError("the server schema is only upgraded")
