"""server schema: every module setting (app_setting row) is guarded by the right its module's service asks.

s0008 let `campaigns.send` write the 'smtp' row and kept every other row on the classifications module, but
the lead assignment rules (key 'lead_assignment') are set by whoever holds `leads.administer`
(services/leads.set_rules), so a sales manager's rules were refused on push (permission_denied:
classifications.create). The guard now looks each key up in crm_setting_right(), the server's copy of
domain/access.py SETTING_RIGHTS (written out here so the revision never changes meaning; a test compares the
two): a mapped row needs its right for any change; every other row keeps the classifications module's rules
as before. A row whose key changes needs the rights of both its old and its new key.

Revision ID: s0009
Revises: s0008
"""
from alembic import op

revision = 's0009'
down_revision = 's0008'
branch_labels = None
depends_on = None

# key -> permission, as domain/access.py SETTING_RIGHTS said when this revision was written.
SETTING_RIGHTS = {
    "smtp": "campaigns.send",
    "lead_assignment": "leads.administer",
}


def _right_function(rights: dict[str, str]) -> str:
    cases = "\n".join(f"        WHEN '{key}' THEN '{permission}'" for key, permission in sorted(rights.items()))
    return f"""
CREATE OR REPLACE FUNCTION crm_setting_right(setting_key text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE setting_key
{cases}
    END
$$;
"""


# The function keeps s0008's name, so the triggers stay as they are and s0008's own downgrade still applies.
GUARD = _right_function(SETTING_RIGHTS) + r"""
CREATE OR REPLACE FUNCTION crm_app_setting_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    admin boolean;
    needed text;
BEGIN
    IF crm_me() IS NULL AND crm_is_owner() THEN
        RETURN NULL;
    END IF;
    admin := crm_may('classifications.administer');
    -- Separate statements per operation: an INSERT trigger has no old_rows to plan a query over.
    IF TG_OP = 'INSERT' THEN
        FOR needed IN SELECT DISTINCT crm_setting_right(key) FROM new_rows
                      WHERE crm_setting_right(key) IS NOT NULL ORDER BY 1 LOOP
            IF NOT crm_may(needed) THEN
                RAISE EXCEPTION 'permission_denied: %', needed USING ERRCODE = '42501';
            END IF;
        END LOOP;
        IF NOT admin AND EXISTS (SELECT 1 FROM new_rows WHERE crm_setting_right(key) IS NULL)
           AND NOT crm_may('classifications.create') THEN
            RAISE EXCEPTION 'permission_denied: %', 'classifications.create' USING ERRCODE = '42501';
        END IF;
        RETURN NULL;
    END IF;
    FOR needed IN SELECT r FROM (SELECT crm_setting_right(n.key) FROM new_rows n
                                 UNION SELECT crm_setting_right(o.key) FROM old_rows o) AS rights(r)
                  WHERE r IS NOT NULL ORDER BY 1 LOOP
        IF NOT crm_may(needed) THEN
            RAISE EXCEPTION 'permission_denied: %', needed USING ERRCODE = '42501';
        END IF;
    END LOOP;
    IF NOT admin AND EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                             WHERE (crm_setting_right(n.key) IS NULL OR crm_setting_right(o.key) IS NULL)
                               AND n.deleted_at IS DISTINCT FROM o.deleted_at)
       AND NOT crm_may('classifications.delete') THEN
        RAISE EXCEPTION 'permission_denied: %', 'classifications.delete' USING ERRCODE = '42501';
    END IF;
    IF NOT admin AND EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                             WHERE (crm_setting_right(n.key) IS NULL OR crm_setting_right(o.key) IS NULL)
                               AND n.deleted_at IS NOT DISTINCT FROM o.deleted_at)
       AND NOT crm_may('classifications.edit') THEN
        RAISE EXCEPTION 'permission_denied: %', 'classifications.edit' USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;
"""

# The guard as s0008 made it ('smtp' alone needs campaigns.send).
PREVIOUS = r"""
CREATE OR REPLACE FUNCTION crm_app_setting_guard() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    admin boolean;
BEGIN
    IF crm_me() IS NULL AND crm_is_owner() THEN
        RETURN NULL;
    END IF;
    admin := crm_may('classifications.administer');
    -- Separate statements per operation: an INSERT trigger has no old_rows to plan a query over.
    IF TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM new_rows WHERE key = 'smtp') AND NOT crm_may('campaigns.send') THEN
            RAISE EXCEPTION 'permission_denied: %', 'campaigns.send' USING ERRCODE = '42501';
        END IF;
        IF NOT admin AND EXISTS (SELECT 1 FROM new_rows WHERE key <> 'smtp')
           AND NOT crm_may('classifications.create') THEN
            RAISE EXCEPTION 'permission_denied: %', 'classifications.create' USING ERRCODE = '42501';
        END IF;
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.key = 'smtp' OR o.key = 'smtp')
       AND NOT crm_may('campaigns.send') THEN
        RAISE EXCEPTION 'permission_denied: %', 'campaigns.send' USING ERRCODE = '42501';
    END IF;
    IF NOT admin AND EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                             WHERE (n.key <> 'smtp' OR o.key <> 'smtp')
                               AND n.deleted_at IS DISTINCT FROM o.deleted_at)
       AND NOT crm_may('classifications.delete') THEN
        RAISE EXCEPTION 'permission_denied: %', 'classifications.delete' USING ERRCODE = '42501';
    END IF;
    IF NOT admin AND EXISTS (SELECT 1 FROM new_rows n JOIN old_rows o ON o.id = n.id
                             WHERE (n.key <> 'smtp' OR o.key <> 'smtp')
                               AND n.deleted_at IS NOT DISTINCT FROM o.deleted_at)
       AND NOT crm_may('classifications.edit') THEN
        RAISE EXCEPTION 'permission_denied: %', 'classifications.edit' USING ERRCODE = '42501';
    END IF;
    RETURN NULL;
END $$;
DROP FUNCTION crm_setting_right(text);
"""


def upgrade() -> None:
    op.execute(GUARD)


def downgrade() -> None:
    op.execute(PREVIOUS)
