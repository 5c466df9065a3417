"""server schema: e-mail send claims (issue 9) — the server arbitrates which desk sends a campaign's message
to an address, so the at-most-once guarantee holds across every replica of the team, not only per local
database.

`email_send_claim` is a server-only table: it is never pulled or pushed (it is not in sync/registry.SYNCED
and has no local model). A sending desk inserts (campaign, address) with ON CONFLICT DO NOTHING before it
hands the message to SMTP; the primary key makes exactly one desk win. Row-level security lets only users
with `campaigns.send` claim, and only for themselves; removing a claim (a deliberate resend, requeue) needs
the same right, which is the one `requeue` checks. A claim records the Message-ID of the handoff it reserved
(unique per handoff), and a requeue removes only the claim of the failed handoff its desk saw: when two desks
requeue the same failure, the second finds the first one's new reservation in place and sends nothing.

No foreign key to `campaign`: a desk may send a campaign it has not pushed yet, and the claim must still
reserve the addresses for when the campaign reaches the other desks.

Revision ID: s0006
Revises: s0005
"""
from alembic import op

revision = 's0006'
down_revision = 's0005'
branch_labels = None
depends_on = None

SCHEMA = """
CREATE TABLE email_send_claim (
    campaign_id UUID NOT NULL,
    email TEXT NOT NULL,
    delivery_id UUID,
    device_id TEXT NOT NULL,
    message_id TEXT NOT NULL DEFAULT '',
    user_id UUID DEFAULT crm_me(),
    claimed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pk_email_send_claim PRIMARY KEY (campaign_id, email),
    -- Deliveries hold lower-cased addresses; a differently cased claim would not collide.
    CONSTRAINT ck_email_send_claim_lower CHECK (email = lower(email))
);
ALTER TABLE email_send_claim ENABLE ROW LEVEL SECURITY;
-- Own claims (an INSERT ... RETURNING must see its row), and the claims of campaigns the user may see.
CREATE POLICY email_send_claim_read ON email_send_claim FOR SELECT
    USING (user_id = (SELECT crm_me())
           OR ((SELECT crm_may('campaigns.view')) AND EXISTS (SELECT 1 FROM campaign c WHERE c.id = campaign_id)));
CREATE POLICY email_send_claim_insert ON email_send_claim FOR INSERT
    WITH CHECK ((SELECT crm_may('campaigns.send')) AND user_id = (SELECT crm_me()));
CREATE POLICY email_send_claim_delete ON email_send_claim FOR DELETE
    USING ((SELECT crm_may('campaigns.send')));
"""


def upgrade() -> None:
    # The group role's SELECT, INSERT, DELETE on the table are granted by provision._grant (roles are named
    # per database, and it runs after every upgrade).
    op.execute(SCHEMA)


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS email_send_claim")
