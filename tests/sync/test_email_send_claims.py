"""E-mail campaigns sent from two desks of one server (real PostgreSQL, a database per test, and a real SMTP
server on loopback): a campaign prepared on desk A and synced to desk B holds the same queued deliveries on
both, and still every address receives exactly one message — one desk after the other, and interleaved
message by message — because each handoff is reserved on the server first (email_send_claim). A server out
of reach stops the job before anything unreserved is sent; a requeue removes the reservation so a person can
resend once; only users with campaigns.send may reserve, even with a direct database login. The sending desk's
record (sent, failed) reaches the other desks by sync, as its user's operations, without filling anyone's
conflict inbox, and no undo reverts it. A sales manager's SMTP settings are accepted by the server."""

from __future__ import annotations

import importlib.util
import uuid

import psycopg
import pytest
from alembic.migration import MigrationContext
from alembic.operations import Operations
from sqlalchemy import create_engine, select

from crm_desktop.data.models import (
    Base,
    Campaign,
    CampaignMember,
    EmailDelivery,
    EmailTemplate,
    JournalAction,
    SyncIssue,
)
from crm_desktop.data.undo import is_irreversible
from crm_desktop.domain.errors import Cancelled
from crm_desktop.paths import migrations_dir
from crm_desktop.services.customers import CustomerService
from crm_desktop.services.email_campaigns import CampaignSendError, EmailCampaignService
from crm_desktop.services.smtp_transport import SmtpConfig
from crm_desktop.sync import engine, provision
from crm_desktop.sync.registry import SERVER_ONLY, SYNCED
from tests.sync.test_sync import as_role

ADDRESSES = [f"kehu{i:02d}@example.com" for i in range(12)]


def service(client, keyring_store) -> EmailCampaignService:
    return EmailCampaignService(client.db, client.actor, credentials=keyring_store)


def statuses(client, campaign_id) -> dict[str, tuple[str, str]]:
    with client.db.connect() as conn:
        rows = conn.execute(select(EmailDelivery.email, EmailDelivery.status, EmailDelivery.reason)
                            .where(EmailDelivery.campaign_id == campaign_id)).all()
    return {r.email: (r.status, r.reason) for r in rows}


def senders(client, campaign_id) -> dict[str, uuid.UUID]:
    """Who last wrote each delivery: on the desk that sent it, and after sync everywhere, that desk's user."""
    with client.db.connect() as conn:
        rows = conn.execute(select(EmailDelivery.email, EmailDelivery.updated_by)
                            .where(EmailDelivery.campaign_id == campaign_id)).all()
    return {r.email: r.updated_by for r in rows}


def inbox(client) -> list[tuple[str, str, str]]:
    with client.db.connect() as conn:
        return [tuple(r) for r in conn.execute(select(SyncIssue.kind, SyncIssue.entity, SyncIssue.field)).all()]


def sync_clean(client) -> None:
    result = client.sync()
    assert result.rejected == 0 and result.conflicts == 0, result.issues


def claims(server_url, campaign_id) -> dict[str, str]:
    with psycopg.connect(server_url) as conn:
        return dict(conn.execute("SELECT email, device_id FROM email_send_claim WHERE campaign_id = %s",
                                 (campaign_id,)).fetchall())


@pytest.fixture
def desks(make_client, smtp, keyring_store):
    """Desk A (the sales manager) prepares a campaign and syncs; desk B (the administrator) pulls it: both
    hold the same queued deliveries, and neither has sent anything."""
    a, b = make_client("zhangwei"), make_client("admin")
    sa, sb = service(a, keyring_store), service(b, keyring_store)
    # Whoever may send campaigns sets the SMTP server (a sales manager too: see the test at the end).
    sb.save_settings(SmtpConfig(host=smtp.hostname, port=smtp.port, security="none",
                                from_address="marketing@yunfan.cn", from_name="云帆科技 市场部", rate_per_minute=0,
                                timeout=5))
    assert b.sync().rejected == 0
    a.sync()
    assert sa.settings().port == smtp.port
    template_id, _ = sa.create_template({"name": "秋季发布会邀请", "subject": "{{name}}，您好",
                                         "body": "尊敬的{{name}}：诚邀参加新品发布会。"})
    with a.write("test campaign") as uow:
        campaign = uow.create(Campaign, name="2026 秋季新品发布会", kind="email", template_id=template_id)
        uow.create_many(CampaignMember, [{"campaign_id": campaign.id, "email": e.upper() if i == 0 else e,
                                          "name": f"客户{i}"} for i, e in enumerate(ADDRESSES)],
                        index_search=False)
        uow.commit()
    assert sa.prepare(campaign.id).queued == len(ADDRESSES)
    pushed = a.sync()
    assert pushed.rejected == 0 and pushed.conflicts == 0, pushed.issues
    b.sync()
    assert sb.counts(campaign.id)["queued"] == len(ADDRESSES)
    return a, b, sa, sb, campaign.id


def test_two_desks_one_after_the_other_send_each_address_once(desks, handler, server_url):
    a, b, sa, sb, cid = desks
    first = sa.send(cid)
    assert first.sent == len(ADDRESSES) and first.claimed_elsewhere == []
    second = sb.send(cid)
    assert second.sent == 0 and sorted(second.claimed_elsewhere) == ADDRESSES
    assert second.remaining == 0 and second.aborted == ""
    assert handler.by_recipient() == {address: 1 for address in ADDRESSES}
    # Desk B leaves the rows as they are (writing 'skipped' would collide with desk A's 'sent' on the server).
    assert set(statuses(b, cid).values()) == {("queued", "")}
    assert set(statuses(a, cid).values()) == {("sent", "")}
    # Every reservation is desk A's, under the lower-cased address the delivery holds.
    assert claims(server_url, cid) == {address: a.db.device_id for address in ADDRESSES}
    # A third run on either desk finds nothing left to send.
    assert sa.send(cid).sent == 0 and sb.send(cid).sent == 0
    assert len(handler.captured) == len(ADDRESSES)
    # Both desks sync twice: desk A's record arrives on desk B, nobody's inbox has anything in it.
    for client in (a, b, a, b):
        sync_clean(client)
    assert set(statuses(b, cid).values()) == {("sent", "")} and set(statuses(a, cid).values()) == {("sent", "")}
    assert set(senders(b, cid).values()) == {a.actor.user_id}
    assert inbox(a) == [] and inbox(b) == []


def test_two_desks_sending_interleaved_send_each_address_once(desks, handler):
    a, b, sa, sb, cid = desks
    b_runs = []

    def b_sends_two(done, total):
        if done >= 2:
            raise Cancelled()

    def a_progress(done, total):
        # Between two of A's messages, desk B runs and handles two deliveries of its own.
        b_runs.append(sb.send(cid, b_sends_two))

    result_a = sa.send(cid, a_progress)
    result_b = sb.send(cid)  # B finishes whatever is left on its side
    sent_b = sum(r.sent for r in b_runs) + result_b.sent
    assert result_a.sent > 0 and sent_b > 0, (result_a, b_runs)  # both desks really sent some
    assert result_a.sent + sent_b == len(ADDRESSES)
    assert handler.by_recipient() == {address: 1 for address in ADDRESSES}
    assert len(handler.captured) == len(ADDRESSES)
    # What one desk sent, the other left queued as claimed elsewhere, and the two lists say so.
    on_a, on_b = statuses(a, cid), statuses(b, cid)
    elsewhere_b = {e for r in [*b_runs, result_b] for e in r.claimed_elsewhere}
    assert set(result_a.claimed_elsewhere) == {e for e, s in on_a.items() if s == ("queued", "")}
    assert elsewhere_b == {e for e, s in on_b.items() if s == ("queued", "")}
    for address in ADDRESSES:
        assert sorted([on_a[address][0], on_b[address][0]]) == ["queued", "sent"], address
    assert {c.recipients[0] for c in handler.captured} == set(ADDRESSES)
    sent_by = {e: a.actor.user_id if on_a[e][0] == "sent" else b.actor.user_id for e in ADDRESSES}

    # Both desks sync twice: each shows every delivery sent, last written by the desk that sent it, and
    # neither has a conflict (or anything else) in its inbox.
    for client in (a, b, a, b):
        sync_clean(client)
    for client in (a, b):
        assert set(statuses(client, cid).values()) == {("sent", "")}
        assert senders(client, cid) == sent_by
        assert inbox(client) == []
    assert sa.send(cid).sent == 0 and sb.send(cid).sent == 0
    assert len(handler.captured) == len(ADDRESSES)


def test_an_unreachable_server_stops_the_job_and_nothing_is_sent(desks, handler, server_url):
    a, _b, sa, _sb, cid = desks
    linked = a.db.meta(engine.URL_KEY)
    a.db.set_meta(engine.URL_KEY, "postgresql://127.0.0.1:1/" + linked.rsplit("/", 1)[1])
    with pytest.raises(CampaignSendError) as stopped:
        sa.send(cid)
    assert stopped.value.code == "server_unreachable"
    assert handler.captured == [] and sa.counts(cid)["queued"] == len(ADDRESSES)
    with pytest.raises(CampaignSendError) as refused:  # nor is a requeue done behind the server's back
        with a.write("a failed delivery") as uow:
            row = uow.session.scalars(select(EmailDelivery).where(EmailDelivery.campaign_id == cid)).first()
            # as a crash leaves it: handed over (its Message-ID recorded), the outcome unknown
            uow.update(row, status="failed", reason="interrupted", message_id="<interrupted.1@yunfan.cn>")
            uow.commit()
        sa.requeue(cid, [row.id])
    assert refused.value.code == "server_unreachable"
    assert statuses(a, cid)[row.email] == ("failed", "interrupted")

    # The connection drops in the middle of the job: it stops there, the rest stays queued.
    a.db.set_meta(engine.URL_KEY, linked)
    role = provision.db_role_name(linked.rsplit("/", 1)[1], "zhangwei")

    def cut_the_line(done, total):
        if done == 1:
            with psycopg.connect(server_url, autocommit=True) as admin:
                assert admin.execute("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                     "WHERE usename = %s", (role,)).fetchone()[0] == 1

    result = sa.send(cid, cut_the_line)
    assert result.sent == 1 and result.aborted == "server_unreachable"
    assert result.remaining == len(ADDRESSES) - 2  # one sent, one requeue-refused row still failed
    assert len(handler.captured) == 1
    # Back in reach, the next run sends the rest once.
    assert sa.send(cid).sent == len(ADDRESSES) - 2
    assert handler.by_recipient() == {e: 1 for e in ADDRESSES if e != row.email}


def test_requeue_removes_the_reservation_and_the_resend_happens_once(desks, handler, server_url):
    a, b, sa, sb, cid = desks
    refused = ADDRESSES[3]
    handler.rcpt_fail[refused] = ["550 5.1.1 mailbox unavailable"]  # refused once; the mailbox is fixed later
    first = sa.send(cid)
    assert first.sent == len(ADDRESSES) - 1 and first.failed == 1
    assert claims(server_url, cid)[refused] == a.db.device_id
    # Desk B learns of the sent messages and of the failure by sync: there is nothing for it to send.
    sync_clean(a)
    sync_clean(b)
    on_b = statuses(b, cid)
    assert on_b.pop(refused) == ("failed", "recipient_refused:550:5.1.1")
    assert set(on_b.values()) == {("sent", "")}
    with b.db.connect() as conn:
        row = conn.execute(select(EmailDelivery.id).where(EmailDelivery.campaign_id == cid,
                                                          EmailDelivery.email == refused)).one()
    before = sb.send(cid)
    assert before.sent == 0 and before.claimed_elsewhere == [] and before.remaining == 0

    # A person on desk B decides to resend it: desk A's reservation goes, desk B's run sends it once.
    sb.requeue(cid, [row.id])
    assert refused not in claims(server_url, cid)
    again = sb.send(cid)
    assert again.sent == 1 and again.claimed_elsewhere == []
    assert claims(server_url, cid)[refused] == b.db.device_id
    assert statuses(b, cid)[refused] == ("sent", "")
    assert sa.send(cid).sent == 0 and sb.send(cid).sent == 0
    assert handler.by_recipient() == {address: 1 for address in ADDRESSES}
    assert len(handler.captured) == len(ADDRESSES)
    # Desk A learns that desk B resent it; no conflict anywhere.
    for client in (b, a, b, a):
        sync_clean(client)
    assert statuses(a, cid)[refused] == ("sent", "") and senders(a, cid)[refused] == b.actor.user_id
    assert inbox(a) == [] and inbox(b) == []


def test_two_desks_requeueing_the_same_failure_resend_it_once(desks, handler, server_url):
    """Both desks saw the same refusal; desk A requeues and resends it; desk B, not synced since, requeues the
    failure it saw. B's requeue removes only the reservation of that failed handoff (named by its Message-ID),
    so A's new one stays and B sends nothing: the address gets one message."""
    a, b, sa, sb, cid = desks
    refused = ADDRESSES[3]
    handler.rcpt_fail[refused] = ["550 5.1.1 mailbox unavailable"]
    assert sa.send(cid).failed == 1
    sync_clean(a)
    sync_clean(b)
    assert statuses(b, cid)[refused] == ("failed", "recipient_refused:550:5.1.1")
    with b.db.connect() as conn:
        row_id = conn.execute(select(EmailDelivery.id).where(EmailDelivery.campaign_id == cid,
                                                             EmailDelivery.email == refused)).scalar_one()
    sa.requeue(cid, [row_id])
    assert sa.send(cid).sent == 1
    sb.requeue(cid, [row_id])
    assert claims(server_url, cid)[refused] == a.db.device_id
    late = sb.send(cid)
    assert late.sent == 0 and late.claimed_elsewhere == [refused]
    assert handler.by_recipient() == {address: 1 for address in ADDRESSES}
    for client in (a, b, a, b):
        client.sync()
    assert statuses(a, cid)[refused] == ("sent", "") and statuses(b, cid)[refused] == ("sent", "")


def test_results_sync_as_the_senders_operations_and_no_undo_reverts_them(desks, handler, server_url):
    a, b, sa, sb, cid = desks
    refused = ADDRESSES[5]
    handler.rcpt_fail[refused] = "550 5.1.1 mailbox unavailable"
    with a.db.connect() as conn:
        template_id = conn.execute(select(Campaign.template_id).where(Campaign.id == cid)).scalar()
    sa.update_template(template_id, {"subject": "{{name}}，诚邀您"})  # the user's last action before sending
    result = sa.send(cid)
    assert (result.sent, result.failed) == (len(ADDRESSES) - 1, 1)
    before = statuses(a, cid)

    # Ctrl+Z (the undo service) passes the send job's actions by: first the template edit is undone, then the
    # prepare (its rows become tombstones, their statuses untouched); no status is ever reverted.
    undo = CustomerService(a.db, a.actor)
    assert undo.undo()[0].label == "edit e-mail template"
    with a.db.connect() as conn:
        assert conn.execute(select(EmailTemplate.subject).where(EmailTemplate.id == template_id)).scalar() \
            == "{{name}}，您好"
        jobs = conn.execute(select(JournalAction.label, JournalAction.user_id)
                            .where(JournalAction.label.like("%send campaign e-mail"))).all()
    # The job's actions are the user's, and marked irreversible.
    assert jobs and {(is_irreversible(label), user) for label, user in jobs} == {(True, a.actor.user_id)}
    assert statuses(a, cid) == before
    assert undo.undo()[0].label == "prepare e-mail campaign"
    assert statuses(a, cid) == before and sa.deliveries(cid) == []
    assert sa.send(cid).sent == 0 and len(handler.captured) == len(ADDRESSES) - 1

    # The results reach the server as desk A's user's operations (op_log accepts them), and desk B.
    pushed = a.sync()
    assert pushed.rejected == 0 and pushed.conflicts == 0, pushed.issues
    with psycopg.connect(server_url) as conn:
        logged = conn.execute("SELECT DISTINCT user_id FROM op_log WHERE entity = 'email_delivery' AND kind = "
                              "'update' AND changes ? 'status'").fetchall()
        server_status = dict(conn.execute("SELECT email, status FROM email_delivery WHERE campaign_id = %s",
                                          (cid,)).fetchall())
    assert logged == [(a.actor.user_id,)]
    assert server_status == {e: "failed" if e == refused else "sent" for e in ADDRESSES}
    sync_clean(b)
    on_b = statuses(b, cid)
    assert on_b == before
    assert inbox(a) == [] and inbox(b) == []
    # Nor can desk B's user undo desk A's sending: the pulled rows are no action of theirs; their own last
    # action (the SMTP settings) is what their Ctrl+Z reverts.
    assert CustomerService(b.db, b.actor).undo()[0].label == "set SMTP settings"
    assert statuses(b, cid) == before


def test_a_sales_manager_sets_the_smtp_server_and_it_syncs(make_client, server_url, keyring_store):
    manager, admin = make_client("zhangwei"), make_client("admin")
    config = SmtpConfig(host="smtp.yunfan.cn", port=587, security="starttls", user="marketing",
                        from_address="marketing@yunfan.cn", from_name="云帆科技 市场部")
    service(manager, keyring_store).save_settings(config)
    sync_clean(manager)
    sync_clean(admin)
    assert service(admin, keyring_store).settings().host == "smtp.yunfan.cn"
    # The manager changes them again, and may undo that change (locally and on the server: campaigns.send).
    service(manager, keyring_store).save_settings(SmtpConfig(**{**config.__dict__, "port": 2525}))
    sync_clean(manager)
    assert CustomerService(manager.db, manager.actor).undo()[0].label == "set SMTP settings"
    sync_clean(manager)
    sync_clean(admin)
    assert service(admin, keyring_store).settings().port == 587
    # The rule is by key: other settings stay the classifications module's (nor may a manager turn one into
    # the SMTP row), and a rep may not set the SMTP server even with a direct login.
    insert = ("INSERT INTO app_setting (id, key, value, created_at, updated_at) "
              "VALUES (%s, %s, '{}', now(), now())")
    with psycopg.connect(server_url) as conn:  # the database owner: not checked
        conn.execute(insert, (uuid.uuid4(), "company"))
    with as_role(server_url, "zhangwei") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="classifications.create"):
            conn.execute(insert, (uuid.uuid4(), "company"))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="classifications.edit"):
            conn.execute("UPDATE app_setting SET key = 'smtp' WHERE key = 'company'")
        conn.rollback()
    with as_role(server_url, "lina") as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="campaigns.send"):
            conn.execute("UPDATE app_setting SET value = '{}' WHERE key = 'smtp'")
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege, match="campaigns.send"):
            conn.execute(insert, (uuid.uuid4(), "smtp"))
        conn.rollback()
    with psycopg.connect(server_url) as conn:
        rows = conn.execute("SELECT updated_by, value->>'port' FROM app_setting WHERE key = 'smtp' "
                            "AND deleted_at IS NULL").fetchall()
    assert rows == [(manager.actor.user_id, "587")]


def test_only_users_who_may_send_reserve_even_with_a_direct_login(server_url):
    cid = uuid.uuid4()
    with as_role(server_url, "zhangwei") as conn:  # a sales manager may send campaigns
        me = conn.execute("SELECT crm_me()").fetchone()[0]
        row = conn.execute("INSERT INTO email_send_claim (campaign_id, email, device_id) VALUES (%s, %s, 'x') "
                           "ON CONFLICT DO NOTHING RETURNING user_id", (cid, "a@example.com")).fetchone()
        assert row == (me,)
        again = conn.execute("INSERT INTO email_send_claim (campaign_id, email, device_id) VALUES (%s, %s, 'y') "
                             "ON CONFLICT DO NOTHING RETURNING user_id", (cid, "a@example.com")).fetchone()
        assert again is None  # the first reservation stands
        with pytest.raises(psycopg.errors.CheckViolation):  # addresses are reserved lower-cased
            conn.execute("INSERT INTO email_send_claim (campaign_id, email, device_id) VALUES (%s, %s, 'x')",
                         (cid, "B@example.com"))
        conn.rollback()
        lina_id = conn.execute("SELECT id FROM app_user WHERE login = 'lina'").fetchone()[0]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor in someone else's name
            conn.execute("INSERT INTO email_send_claim (campaign_id, email, device_id, user_id) "
                         "VALUES (%s, %s, 'x', %s)", (cid, "c@example.com", lina_id))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # a reservation is never rewritten
            conn.execute("UPDATE email_send_claim SET device_id = 'z' WHERE campaign_id = %s", (cid,))
        conn.rollback()
        # The rollbacks above took the first reservation with them: make it again, for the others to try.
        conn.execute("INSERT INTO email_send_claim (campaign_id, email, device_id) VALUES (%s, %s, 'x')",
                     (cid, "a@example.com"))
        conn.commit()
    for login in ("lina", "sunli", "zhaolei"):  # a rep, an auditor, a service agent: no campaigns.send
        with as_role(server_url, login) as conn:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("INSERT INTO email_send_claim (campaign_id, email, device_id) VALUES (%s, %s, 'x') "
                             "ON CONFLICT DO NOTHING RETURNING email", (cid, f"{login}@example.com"))
            conn.rollback()
            # Nor may they take a reservation away (which would let a desk send it again).
            assert conn.execute("DELETE FROM email_send_claim WHERE campaign_id = %s", (cid,)).rowcount == 0
            conn.commit()
    with psycopg.connect(server_url) as conn:
        assert conn.execute("SELECT email FROM email_send_claim WHERE campaign_id = %s", (cid,)).fetchall() == \
            [("a@example.com",)]
    with as_role(server_url, "zhangwei") as conn:  # whoever may send (and so requeue) may remove it
        assert conn.execute("DELETE FROM email_send_claim WHERE campaign_id = %s", (cid,)).rowcount == 1
        conn.commit()


def test_the_claim_table_is_server_only_and_goes_with_a_downgrade(server_url):
    assert "email_send_claim" not in SYNCED and "email_send_claim" not in Base.metadata.tables
    with psycopg.connect(server_url) as conn:
        tables = {r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        assert conn.execute("SELECT relrowsecurity FROM pg_class WHERE relname = 'email_send_claim'"
                            ).fetchone() == (True,)
    assert tables - {"server_alembic_version"} == set(SYNCED) | set(SERVER_ONLY)
    # This revision's own downgrade and upgrade, alone (the revisions after it are not its business).
    path = migrations_dir("server") / "versions" / "s0006_email_send_claims.py"
    spec = importlib.util.spec_from_file_location("s0006_email_send_claims", path)
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    sa_engine = create_engine(server_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        for step, present in ((revision.downgrade, False), (revision.upgrade, True)):
            with sa_engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
                step()
            with psycopg.connect(server_url) as conn:
                assert (conn.execute("SELECT to_regclass('email_send_claim')").fetchone()[0] is not None) is present
    finally:
        sa_engine.dispose()
    provision.upgrade(server_url)  # `server upgrade` grants again after the migrations
    with as_role(server_url, "zhangwei") as conn:  # back, with its grants
        assert conn.execute("SELECT count(*) FROM email_send_claim").fetchone() == (0,)


def test_the_smtp_setting_guard_goes_with_a_downgrade(server_url):
    path = migrations_dir("server") / "versions" / "s0008_smtp_setting_guard.py"
    spec = importlib.util.spec_from_file_location("s0008_smtp_setting_guard", path)
    revision = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(revision)
    insert = ("INSERT INTO app_setting (id, key, value, created_at, updated_at) "
              "VALUES (%s, 'smtp', '{}', now(), now())")
    sa_engine = create_engine(server_url.replace("postgresql://", "postgresql+psycopg://"))
    try:
        for step, refused in ((revision.downgrade, "classifications.create"), (revision.upgrade, None)):
            with sa_engine.begin() as conn, Operations.context(MigrationContext.configure(conn)):
                step()
            with as_role(server_url, "zhangwei") as conn:
                if refused:
                    with pytest.raises(psycopg.errors.InsufficientPrivilege, match=refused):
                        conn.execute(insert, (uuid.uuid4(),))
                else:
                    conn.execute(insert, (uuid.uuid4(),))
                conn.rollback()
    finally:
        sa_engine.dispose()
