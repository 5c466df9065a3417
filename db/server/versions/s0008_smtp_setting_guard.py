"""server schema: the SMTP settings row (app_setting key 'smtp') is written by whoever may send campaigns.

The client lets a user with `campaigns.send` save the SMTP settings (services/email_campaigns.save_settings),
but the server guarded every app_setting row with the classifications module (s0002), so a sales manager's
settings were refused on push (permission_denied: classifications.create). The one guard of app_setting now
asks `campaigns.send` for a row keyed 'smtp' and the classifications module, exactly as before, for every
other row. A row whose key changes to or from 'smtp' needs both.

Revision ID: s0008
Revises: s0007
"""
from alembic import op

revision = 's0008'
down_revision = 's0007'
branch_labels = None
depends_on = None

GUARD = r"""
CREATE FUNCTION crm_app_setting_guard() RETURNS trigger LANGUAGE plpgsql AS $$
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
DROP TRIGGER app_setting_guard_insert ON app_setting;
DROP TRIGGER app_setting_guard_update ON app_setting;
CREATE TRIGGER app_setting_guard_insert AFTER INSERT ON app_setting REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_app_setting_guard();
CREATE TRIGGER app_setting_guard_update AFTER UPDATE ON app_setting REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_app_setting_guard();
"""

# The guards as s0002 made them.
PREVIOUS = """
DROP TRIGGER app_setting_guard_insert ON app_setting;
DROP TRIGGER app_setting_guard_update ON app_setting;
DROP FUNCTION crm_app_setting_guard();
CREATE TRIGGER app_setting_guard_insert AFTER INSERT ON app_setting REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_insert('classifications');
CREATE TRIGGER app_setting_guard_update AFTER UPDATE ON app_setting REFERENCING OLD TABLE AS old_rows
    NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION crm_guard_update('classifications');
"""


def upgrade() -> None:
    op.execute(GUARD)


def downgrade() -> None:
    op.execute(PREVIOUS)
