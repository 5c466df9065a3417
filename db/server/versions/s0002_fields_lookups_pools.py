"""server schema: customer and contact fields, classification lists, settings, public pools with
server-arbitrated claims and releases

Revision ID: s0002
Revises: s0001
"""
from alembic import op

revision = 's0002'
down_revision = 's0001'
branch_labels = None
depends_on = None

COMMON = """
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
    _hlc TEXT NOT NULL DEFAULT ''
"""

SCHEMA = f"""
ALTER TABLE customer
    ADD COLUMN customer_type VARCHAR(12) DEFAULT 'enterprise' NOT NULL,
    ADD COLUMN source VARCHAR(60) DEFAULT '' NOT NULL,
    ADD COLUMN status VARCHAR(12) DEFAULT 'potential' NOT NULL,
    ADD COLUMN district VARCHAR(30) DEFAULT '' NOT NULL,
    ADD COLUMN mobile VARCHAR(32) DEFAULT '' NOT NULL,
    ADD COLUMN website VARCHAR(200) DEFAULT '' NOT NULL,
    ADD COLUMN credit_code VARCHAR(18) DEFAULT '' NOT NULL,
    ADD COLUMN next_follow_up DATE,
    ADD COLUMN last_follow_up_at TIMESTAMP WITHOUT TIME ZONE,
    ADD COLUMN last_deal_at TIMESTAMP WITHOUT TIME ZONE,
    ADD COLUMN pool_id UUID,
    ADD COLUMN claimed_at TIMESTAMP WITHOUT TIME ZONE,
    ADD COLUMN previous_owner_id UUID,
    ADD COLUMN released_at TIMESTAMP WITHOUT TIME ZONE,
    ADD COLUMN release_reason VARCHAR(200) DEFAULT '' NOT NULL;
CREATE INDEX ix_customer_live_pool ON customer (pool_id, name_key, id) WHERE deleted_at IS NULL AND pool_id IS NOT NULL;
CREATE INDEX ix_customer_live_credit_code ON customer (credit_code) WHERE deleted_at IS NULL AND credit_code != '';

ALTER TABLE contact
    ADD COLUMN department VARCHAR(60) DEFAULT '' NOT NULL,
    ADD COLUMN mobile VARCHAR(32) DEFAULT '' NOT NULL,
    ADD COLUMN other_phone VARCHAR(32) DEFAULT '' NOT NULL,
    ADD COLUMN wechat VARCHAR(60) DEFAULT '' NOT NULL,
    ADD COLUMN birthday DATE,
    ADD COLUMN is_primary BOOLEAN DEFAULT false NOT NULL;

CREATE TABLE lookup (
    kind VARCHAR(20) DEFAULT '' NOT NULL,
    name VARCHAR(60) DEFAULT '' NOT NULL,
    position INTEGER DEFAULT '0' NOT NULL,
    {COMMON},
    CONSTRAINT pk_lookup PRIMARY KEY (id)
);
CREATE INDEX ix_lookup_kind ON lookup (kind, position) WHERE deleted_at IS NULL;

CREATE TABLE app_setting (
    key VARCHAR(60) DEFAULT '' NOT NULL,
    value JSON DEFAULT '{{}}' NOT NULL,
    {COMMON},
    CONSTRAINT pk_app_setting PRIMARY KEY (id)
);
CREATE INDEX ix_app_setting_key ON app_setting (key) WHERE deleted_at IS NULL;

CREATE TABLE pool (
    name VARCHAR(60) DEFAULT '' NOT NULL,
    rules JSON DEFAULT '{{}}' NOT NULL,
    warn_days INTEGER DEFAULT '3' NOT NULL,
    claim_limit INTEGER DEFAULT '0' NOT NULL,
    reclaim_wait_days INTEGER DEFAULT '0' NOT NULL,
    departments JSON DEFAULT '[]' NOT NULL,
    is_default BOOLEAN DEFAULT false NOT NULL,
    {COMMON},
    CONSTRAINT pk_pool PRIMARY KEY (id)
);
"""

NEW_TABLES = ("lookup", "pool")
SYNC_BITS = """
CREATE INDEX ix_{t}__xid ON {t} (_xid);
CREATE TRIGGER {t}_stamp BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION crm_stamp();
ALTER TABLE {t} ENABLE ROW LEVEL SECURITY;
CREATE POLICY {t}_read ON {t} FOR SELECT USING (true);
CREATE POLICY {t}_insert ON {t} FOR INSERT WITH CHECK (true);
CREATE POLICY {t}_update ON {t} FOR UPDATE USING (true) WITH CHECK (true);
CREATE TRIGGER {t}_guard_insert AFTER INSERT ON {t} REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_insert('{module}');
CREATE TRIGGER {t}_guard_update AFTER UPDATE ON {t} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_update('{module}');
"""

# Customers in a pool have no owner: whoever may view the pool sees them; whoever may release puts their
# own customers there.
CUSTOMER_POLICY = """
DROP POLICY customer_scope ON customer;
CREATE POLICY customer_scope ON customer
    USING ((SELECT crm_may('customers.view')) AND ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[]))
           OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[]))
           OR (pool_id IS NOT NULL AND (SELECT crm_may('pools.view')))))
    WITH CHECK ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[]))
           OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[]))
           OR (pool_id IS NOT NULL AND (SELECT crm_may('pools.release'))));
"""

# The server arbitrates pool moves against its own state, whatever the client believed: a claim needs the
# right, a customer still in a pool (the sync engine refuses one that is not), room under the pool's
# limit, and the waiting period to have passed for the customer's previous owner. SECURITY DEFINER so the
# count sees every customer the claimer owns, not only those row-level security shows.
ARBITER = r"""
CREATE FUNCTION crm_pool_guard() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    me uuid := crm_me();
    p pool;
    owned bigint;
BEGIN
    IF me IS NULL AND crm_is_owner() THEN
        RETURN NEW;
    END IF;
    IF OLD.pool_id IS NOT NULL AND NEW.pool_id IS NULL THEN
        IF crm_may('pools.administer') THEN
            RETURN NEW;
        END IF;
        IF NOT crm_may('pools.claim') THEN
            RAISE EXCEPTION 'permission_denied: pools.claim' USING ERRCODE = '42501';
        END IF;
        IF NEW.owner_id IS DISTINCT FROM me THEN
            RAISE EXCEPTION 'permission_denied: a claim takes the customer for oneself' USING ERRCODE = '42501';
        END IF;
        SELECT * INTO p FROM pool WHERE id = OLD.pool_id;
        IF p.claim_limit > 0 THEN
            SELECT count(*) INTO owned FROM customer
            WHERE owner_id = me AND deleted_at IS NULL AND pool_id IS NULL AND id <> NEW.id;
            IF owned >= p.claim_limit THEN
                RAISE EXCEPTION 'claim_limit: % of %', owned, p.claim_limit USING ERRCODE = 'P0001';
            END IF;
        END IF;
        IF p.reclaim_wait_days > 0 AND OLD.previous_owner_id = me AND OLD.released_at IS NOT NULL
           AND OLD.released_at + p.reclaim_wait_days * interval '1 day' > NEW.claimed_at THEN
            RAISE EXCEPTION 'reclaim_wait: until %', OLD.released_at + p.reclaim_wait_days * interval '1 day'
                USING ERRCODE = 'P0001';
        END IF;
    ELSIF OLD.pool_id IS NULL AND NEW.pool_id IS NOT NULL THEN
        IF NOT (crm_may('pools.release') OR crm_may('pools.administer')) THEN
            RAISE EXCEPTION 'permission_denied: pools.release' USING ERRCODE = '42501';
        END IF;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER customer_pool_guard BEFORE UPDATE OF pool_id ON customer FOR EACH ROW
    EXECUTE FUNCTION crm_pool_guard();
"""


# The built-in roles as this revision found them get the new modules' permissions (as the client does for
# its own database, services/access.ensure_roles); written out here so the revision never changes meaning.
GRANTS = {
    "administrator": ["pools.view", "pools.claim", "pools.release", "pools.administer",
                      "classifications.administer"],
    "sales_manager": ["pools.view", "pools.claim", "pools.release"],
    "sales_rep": ["pools.view", "pools.claim", "pools.release"],
}


def upgrade() -> None:
    op.execute(SCHEMA)
    for table, module in (("lookup", "classifications"), ("app_setting", "classifications"), ("pool", "pools")):
        op.execute(SYNC_BITS.format(t=table, module=module))
    op.execute(CUSTOMER_POLICY)
    op.execute(ARBITER)
    for code, grants in GRANTS.items():
        listed = ", ".join(f"'{g}'" for g in grants)
        op.execute(f"""UPDATE role SET permissions = (
                           SELECT json_agg(p ORDER BY p) FROM (
                               SELECT json_array_elements_text(permissions) AS p
                               UNION SELECT unnest(ARRAY[{listed}])) AS merged)
                       WHERE code = '{code}' AND builtin AND deleted_at IS NULL""")
    # A client older than these columns would not carry a claim the server can arbitrate.
    op.execute("UPDATE server_meta SET value = '0006' WHERE key = 'min_client_schema'")


def downgrade() -> None:
    raise NotImplementedError("the server schema is only upgraded")
