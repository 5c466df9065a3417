"""server schema: business tables, sync bookkeeping, row-level security

Revision ID: s0001
Revises:
"""
from alembic import op

revision = 's0001'
down_revision = None
branch_labels = None
depends_on = None

# The business tables as the local models define them (compiled for PostgreSQL when this revision was
# written; later changes come as new revisions). Text columns default to '' because a journaled create
# leaves out empty values.
TABLES = """
CREATE TABLE department (
    name VARCHAR(100) DEFAULT '' NOT NULL,
    parent_id UUID,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    CONSTRAINT pk_department PRIMARY KEY (id),
    CONSTRAINT fk_department_parent_id_department FOREIGN KEY(parent_id) REFERENCES department (id)
);
CREATE INDEX ix_department_owner_id ON department (owner_id);
CREATE INDEX ix_department_department_id ON department (department_id);

CREATE TABLE app_user (
    login VARCHAR(60) DEFAULT '' NOT NULL,
    display_name VARCHAR(100) DEFAULT '' NOT NULL,
    manager_id UUID,
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
    CONSTRAINT pk_app_user PRIMARY KEY (id),
    CONSTRAINT uq_app_user_login UNIQUE (login)
);
CREATE INDEX ix_app_user_manager_id ON app_user (manager_id);
CREATE INDEX ix_app_user_owner_id ON app_user (owner_id);
CREATE INDEX ix_app_user_department_id ON app_user (department_id);

CREATE TABLE role (
    code VARCHAR(40) DEFAULT '' NOT NULL,
    name VARCHAR(100) DEFAULT '' NOT NULL,
    data_scope VARCHAR(30) DEFAULT '' NOT NULL,
    permissions JSON DEFAULT '[]' NOT NULL,
    field_rules JSON DEFAULT '{}' NOT NULL,
    builtin BOOLEAN DEFAULT false NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    CONSTRAINT pk_role PRIMARY KEY (id),
    CONSTRAINT uq_role_code UNIQUE (code)
);
CREATE INDEX ix_role_owner_id ON role (owner_id);
CREATE INDEX ix_role_department_id ON role (department_id);

CREATE TABLE user_role (
    user_id UUID NOT NULL,
    role_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    CONSTRAINT pk_user_role PRIMARY KEY (id),
    CONSTRAINT fk_user_role_user_id_app_user FOREIGN KEY(user_id) REFERENCES app_user (id),
    CONSTRAINT fk_user_role_role_id_role FOREIGN KEY(role_id) REFERENCES role (id)
);
CREATE INDEX ix_user_role_user ON user_role (user_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_user_role_department_id ON user_role (department_id);
CREATE INDEX ix_user_role_owner_id ON user_role (owner_id);

CREATE TABLE tag (
    name VARCHAR(40) DEFAULT '' NOT NULL,
    color VARCHAR(9) DEFAULT '' NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    CONSTRAINT pk_tag PRIMARY KEY (id)
);
CREATE INDEX ix_tag_owner_id ON tag (owner_id);
CREATE INDEX ix_tag_department_id ON tag (department_id);

CREATE TABLE customer (
    name VARCHAR(200) DEFAULT '' NOT NULL,
    name_key VARCHAR(800) DEFAULT '' NOT NULL,
    short_name VARCHAR(60) DEFAULT '' NOT NULL,
    level VARCHAR(4) DEFAULT '' NOT NULL,
    industry VARCHAR(60) DEFAULT '' NOT NULL,
    province VARCHAR(30) DEFAULT '' NOT NULL,
    city VARCHAR(30) DEFAULT '' NOT NULL,
    address VARCHAR(300) DEFAULT '' NOT NULL,
    phone VARCHAR(32) DEFAULT '' NOT NULL,
    email VARCHAR(254) DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_customer PRIMARY KEY (id)
);
CREATE INDEX ix_customer_owner_id ON customer (owner_id);
CREATE INDEX ix_customer_live_city ON customer (city, name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_deleted ON customer (deleted_at) WHERE deleted_at IS NOT NULL;
CREATE INDEX ix_customer_live_name ON customer (name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_department_id ON customer (department_id);
CREATE INDEX ix_customer_live_industry ON customer (industry, name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_live_created ON customer (created_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_live_updated ON customer (updated_at, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_live_level ON customer (level, name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_live_department ON customer (department_id, name_key, id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_live_owner ON customer (owner_id, name_key, id) WHERE deleted_at IS NULL;

CREATE TABLE contact (
    customer_id UUID NOT NULL,
    name VARCHAR(100) DEFAULT '' NOT NULL,
    title VARCHAR(60) DEFAULT '' NOT NULL,
    phone VARCHAR(32) DEFAULT '' NOT NULL,
    email VARCHAR(254) DEFAULT '' NOT NULL,
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
    CONSTRAINT pk_contact PRIMARY KEY (id),
    CONSTRAINT fk_contact_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id)
);
CREATE INDEX ix_contact_department_id ON contact (department_id);
CREATE INDEX ix_contact_owner_id ON contact (owner_id);
CREATE INDEX ix_contact_customer_id ON contact (customer_id);

CREATE TABLE activity (
    customer_id UUID NOT NULL,
    contact_id UUID,
    kind VARCHAR(16) DEFAULT '' NOT NULL,
    happened_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    content TEXT DEFAULT '' NOT NULL,
    next_follow_up DATE,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    CONSTRAINT pk_activity PRIMARY KEY (id),
    CONSTRAINT fk_activity_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id),
    CONSTRAINT fk_activity_contact_id_contact FOREIGN KEY(contact_id) REFERENCES contact (id)
);
CREATE INDEX ix_activity_owner_id ON activity (owner_id);
CREATE INDEX ix_activity_customer_time ON activity (customer_id, happened_at);
CREATE INDEX ix_activity_department_id ON activity (department_id);

CREATE TABLE customer_tag (
    customer_id UUID NOT NULL,
    tag_id UUID NOT NULL,
    id UUID NOT NULL,
    created_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    created_by UUID,
    updated_at TIMESTAMP WITHOUT TIME ZONE NOT NULL,
    updated_by UUID,
    deleted_at TIMESTAMP WITHOUT TIME ZONE,
    version INTEGER DEFAULT '0' NOT NULL,
    owner_id UUID,
    department_id UUID,
    CONSTRAINT pk_customer_tag PRIMARY KEY (id),
    CONSTRAINT fk_customer_tag_customer_id_customer FOREIGN KEY(customer_id) REFERENCES customer (id),
    CONSTRAINT fk_customer_tag_tag_id_tag FOREIGN KEY(tag_id) REFERENCES tag (id)
);
CREATE INDEX ix_customer_tag_owner_id ON customer_tag (owner_id);
CREATE INDEX ix_customer_tag_tag ON customer_tag (tag_id, customer_id) WHERE deleted_at IS NULL;
CREATE INDEX ix_customer_tag_customer ON customer_tag (customer_id);
CREATE INDEX ix_customer_tag_department_id ON customer_tag (department_id);
"""

# What only the server has: which database login is which app user, the operations already applied (push
# is idempotent), the journal's copy (the outside anchor of the audit chain), rows that changed owner or
# department (so replicas that lose sight of them drop them), and the schema gate.
SERVER_TABLES = """
CREATE TABLE user_login (
    db_role TEXT PRIMARY KEY,
    user_id UUID NOT NULL UNIQUE REFERENCES app_user (id)
);
CREATE TABLE applied_op (
    op_id UUID PRIMARY KEY,
    user_id UUID NOT NULL,
    outcome TEXT NOT NULL,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE TABLE op_log (
    seq BIGSERIAL UNIQUE,  -- the order operations were applied in
    op_id UUID PRIMARY KEY,
    action_id UUID NOT NULL,
    entity TEXT NOT NULL,
    row_id UUID NOT NULL,
    kind TEXT NOT NULL,
    changes JSONB NOT NULL,
    hlc TEXT NOT NULL,
    user_id UUID,
    device_id TEXT NOT NULL,
    at TIMESTAMP NOT NULL,
    chain_hash TEXT,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ix_op_log_row ON op_log (entity, row_id);
CREATE TABLE row_move (
    seq BIGSERIAL PRIMARY KEY,
    _xid XID8 NOT NULL DEFAULT pg_current_xact_id(),
    entity TEXT NOT NULL,
    row_id UUID NOT NULL
);
CREATE TABLE server_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

SYNCED = ("department", "app_user", "role", "user_role", "tag", "customer", "contact", "activity", "customer_tag")

# Every synced row records the transaction that last wrote it (pull reads whole transactions only, by
# xid8 window: nothing committed out of order is skipped), the clock of the last operation applied to it
# (newer clock wins a text conflict), and a server version that counts its writes.
SYNC_COLUMNS = """
ALTER TABLE {t} ADD COLUMN _xid XID8 NOT NULL DEFAULT pg_current_xact_id();
ALTER TABLE {t} ADD COLUMN _hlc TEXT NOT NULL DEFAULT '';
CREATE INDEX ix_{t}__xid ON {t} (_xid);
CREATE TRIGGER {t}_stamp BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW EXECUTE FUNCTION crm_stamp();
"""

FUNCTIONS = r"""
CREATE FUNCTION crm_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW._xid := pg_current_xact_id();
    IF TG_OP = 'INSERT' THEN
        NEW.version := 1;
    ELSE
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END $$;

-- Who is connected: the app user mapped to this database login (session_user, not current_user, which
-- changes inside SECURITY DEFINER functions).
CREATE FUNCTION crm_me() RETURNS uuid LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT l.user_id FROM user_login l JOIN app_user u ON u.id = l.user_id
    WHERE l.db_role = session_user AND u.active AND u.deleted_at IS NULL
$$;

CREATE FUNCTION crm_roles() RETURNS SETOF role LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT r.* FROM user_role ur JOIN role r ON r.id = ur.role_id
    WHERE ur.user_id = crm_me() AND ur.deleted_at IS NULL AND r.deleted_at IS NULL
$$;

CREATE FUNCTION crm_may(permission text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    SELECT EXISTS (SELECT 1 FROM crm_roles() r WHERE r.permissions::jsonb ? permission)
$$;

-- The widest data scope of the user's roles: 1 own, 2 own + subordinates, 3 department,
-- 4 department and its children, 5 all (as domain/access.py DataScope).
CREATE FUNCTION crm_scope() RETURNS int LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT COALESCE(max(CASE r.data_scope WHEN 'OWN' THEN 1 WHEN 'OWN_AND_SUBORDINATES' THEN 2
                        WHEN 'DEPARTMENT' THEN 3 WHEN 'DEPARTMENT_TREE' THEN 4 WHEN 'ALL' THEN 5 END), 0)
    FROM crm_roles() r
$$;

CREATE FUNCTION crm_visible_owners() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    WITH RECURSIVE team(id) AS (
        SELECT crm_me()
        UNION
        SELECT u.id FROM app_user u JOIN team t ON u.manager_id = t.id
        WHERE crm_scope() = 2 AND u.deleted_at IS NULL
    )
    SELECT CASE WHEN crm_scope() IN (1, 2) THEN array_agg(id) ELSE '{}'::uuid[] END FROM team
$$;

CREATE FUNCTION crm_visible_departments() RETURNS uuid[] LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public AS $$
    WITH RECURSIVE tree(id) AS (
        SELECT department_id FROM app_user WHERE id = crm_me()
        UNION
        SELECT d.id FROM department d JOIN tree t ON d.parent_id = t.id
        WHERE crm_scope() = 4 AND d.deleted_at IS NULL
    )
    SELECT CASE WHEN crm_scope() IN (3, 4) THEN array_agg(id) ELSE '{}'::uuid[] END FROM tree
$$;

-- The database owner (provisioning, migrations) is not an app user: its writes are not checked.
CREATE FUNCTION crm_is_owner() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT session_user = (SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database())
        OR (SELECT rolsuper FROM pg_roles WHERE rolname = session_user)
$$;

-- The permission a write needs, checked once per statement over its transition tables: creating rows needs
-- create; tombstoning or restoring needs delete; any other change needs edit (administer covers all).
CREATE FUNCTION crm_guard_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    module text := TG_ARGV[0];
BEGIN
    IF crm_me() IS NULL AND crm_is_owner() THEN
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows)
       AND NOT (crm_may(module || '.create') OR crm_may(module || '.administer')) THEN
        RAISE EXCEPTION 'permission_denied: %', module || '.create' USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;

CREATE FUNCTION crm_guard_update() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    module text := TG_ARGV[0];
    admin boolean;
BEGIN
    IF crm_me() IS NULL AND crm_is_owner() THEN
        RETURN NULL;
    END IF;
    admin := crm_may(module || '.administer');
    IF NOT admin AND EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                             WHERE n.deleted_at IS DISTINCT FROM o.deleted_at)
       AND NOT crm_may(module || '.delete') THEN
        RAISE EXCEPTION 'permission_denied: %', module || '.delete' USING ERRCODE = '42501';
    END IF;
    IF NOT admin AND EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                             WHERE n.deleted_at IS NOT DISTINCT FROM o.deleted_at)
       AND NOT crm_may(module || '.edit') THEN
        RAISE EXCEPTION 'permission_denied: %', module || '.edit' USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;

-- Where a pull window may end: the oldest transaction of THIS database still running when the snapshot
-- was taken (every transaction below it has ended, so nothing can commit there later), or the snapshot's
-- xmax when none is. Transactions in other databases of the cluster do not hold the window back. The
-- snapshot is taken before the activity is read, so a transaction running at snapshot time is either
-- listed or already ended. Without the right to see other sessions' transaction ids it falls back to the
-- cluster-wide xmin (correct, only slower to advance).
CREATE FUNCTION crm_pull_horizon() RETURNS xid8 LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public AS $$
DECLARE
    snap pg_snapshot := pg_current_snapshot();
    horizon xid8;
BEGIN
    IF NOT (pg_has_role(current_user, 'pg_read_all_stats', 'MEMBER')
            OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)) THEN
        RETURN pg_snapshot_xmin(snap);
    END IF;
    PERFORM pg_stat_clear_snapshot();
    SELECT min(x) INTO horizon FROM pg_snapshot_xip(snap) AS x
    WHERE (x::text::bigint % 4294967296)::text::xid IN (
        SELECT backend_xid FROM pg_stat_activity WHERE datname = current_database() AND backend_xid IS NOT NULL);
    RETURN COALESCE(horizon, pg_snapshot_xmax(snap));
END $$;

CREATE FUNCTION crm_note_move() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF NEW.owner_id IS DISTINCT FROM OLD.owner_id OR NEW.department_id IS DISTINCT FROM OLD.department_id THEN
        INSERT INTO row_move (entity, row_id) VALUES (TG_TABLE_NAME, NEW.id);
    END IF;
    RETURN NEW;
END $$;
"""

# Row-level security. Customers by the data scope (each scope's list computed once per query: the
# sub-selects become init plans); contacts, follow-ups and tag links by their customer, so they move with
# it; the organisation for everyone to read and administrators to change.
POLICIES = """
ALTER TABLE customer ENABLE ROW LEVEL SECURITY;
CREATE POLICY customer_scope ON customer
    USING ((SELECT crm_may('customers.view')) AND ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[])) OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[]))))
    WITH CHECK ((SELECT crm_scope()) = 5
           OR owner_id = ANY (CAST((SELECT crm_visible_owners()) AS uuid[])) OR department_id = ANY (CAST((SELECT crm_visible_departments()) AS uuid[])));
"""
for child, module in (("contact", "contacts"), ("activity", "activities"), ("customer_tag", "customers")):
    POLICIES += f"""
ALTER TABLE {child} ENABLE ROW LEVEL SECURITY;
CREATE POLICY {child}_by_customer ON {child}
    USING ((SELECT crm_may('{module}.view')) AND EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id))
    WITH CHECK (EXISTS (SELECT 1 FROM customer c WHERE c.id = customer_id));
"""
for table, module in (("department", "organisation"), ("app_user", "organisation"), ("role", "roles"),
                      ("user_role", "roles"), ("tag", "tags")):
    POLICIES += f"""
ALTER TABLE {table} ENABLE ROW LEVEL SECURITY;
CREATE POLICY {table}_read ON {table} FOR SELECT USING (true);
CREATE POLICY {table}_insert ON {table} FOR INSERT WITH CHECK (true);
CREATE POLICY {table}_update ON {table} FOR UPDATE USING (true) WITH CHECK (true);
"""
GUARDS = ""
for table, module in (("customer", "customers"), ("contact", "contacts"), ("activity", "activities"),
                      ("customer_tag", "customers"), ("department", "organisation"), ("app_user", "organisation"),
                      ("role", "roles"), ("user_role", "roles"), ("tag", "tags")):
    GUARDS += (f"CREATE TRIGGER {table}_guard_insert AFTER INSERT ON {table} REFERENCING NEW TABLE AS new_rows "
               f"FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_insert('{module}');\n"
               f"CREATE TRIGGER {table}_guard_update AFTER UPDATE ON {table} REFERENCING OLD TABLE AS old_rows "
               f"NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_update('{module}');\n")
GUARDS += ("CREATE TRIGGER customer_move AFTER UPDATE ON customer FOR EACH ROW EXECUTE FUNCTION crm_note_move();\n")

# Own rows only in the bookkeeping tables: a user cannot read or forge another user's operations.
BOOKKEEPING = """
ALTER TABLE applied_op ENABLE ROW LEVEL SECURITY;
CREATE POLICY applied_op_own ON applied_op USING (user_id = (SELECT crm_me())) WITH CHECK (user_id = (SELECT crm_me()));
ALTER TABLE op_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY op_log_insert ON op_log FOR INSERT WITH CHECK (user_id IS NOT DISTINCT FROM (SELECT crm_me()));
CREATE POLICY op_log_read ON op_log FOR SELECT USING (user_id = (SELECT crm_me()) OR (SELECT crm_may('audit.view')));
ALTER TABLE user_login ENABLE ROW LEVEL SECURITY;
CREATE POLICY user_login_own ON user_login FOR SELECT USING (db_role = session_user);
"""


def upgrade() -> None:
    op.execute(FUNCTIONS.split("CREATE FUNCTION crm_me()")[0])  # crm_stamp: needed by the tables' triggers
    op.execute(TABLES)
    op.execute(SERVER_TABLES)
    op.execute("CREATE FUNCTION crm_me()" + FUNCTIONS.split("CREATE FUNCTION crm_me()")[1])
    for table in SYNCED:
        op.execute(SYNC_COLUMNS.format(t=table))
    op.execute(POLICIES)
    op.execute(GUARDS)
    op.execute(BOOKKEEPING)
    op.execute("INSERT INTO server_meta (key, value) VALUES ('min_client_schema', '0004')")


def downgrade() -> None:
    raise NotImplementedError("the server schema is only upgraded")
