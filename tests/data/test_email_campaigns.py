"""E-mail campaigns against a real SMTP server on loopback (aiosmtpd) and a real SQLite database: every
recipient gets exactly one message through injected 4xx/5xx failures, a crash mid-send and a resume by a new
service; the unsubscribe list is always honoured; Chinese subjects and merge fields arrive intact."""

from __future__ import annotations

import uuid
from dataclasses import replace
from email.header import decode_header, make_header
from email.parser import BytesParser
from email.policy import compat32

import pytest
from sqlalchemy import func, select

from crm_desktop.data.database import Database
from crm_desktop.data.models import (
    Campaign,
    CampaignMember,
    Contact,
    Customer,
    EmailDelivery,
    EmailUnsubscribe,
    JournalAction,
    Lead,
    User,
)
from crm_desktop.data.undo import is_irreversible
from crm_desktop.data.unit_of_work import Actor
from crm_desktop.domain.access import PermissionDenied
from crm_desktop.domain.errors import Cancelled, ValidationError
from crm_desktop.services.access import grant
from crm_desktop.services.context import ensure_local_user, system_actor
from crm_desktop.services.email_campaigns import CampaignSendError, EmailCampaignService
from crm_desktop.services.smtp_transport import SmtpConfig, SmtpFailure, SmtpTransport

from .smtp_server import free_port, start_server

SUBJECT = "{{name}}，您好：云帆科技 2026 秋季新品发布会邀请"
BODY = ("尊敬的{{name}}：\n\n诚邀{{company}}参加我们的新品发布会。\n如有疑问请联系您的客户经理{{owner}}。\n\n"
        "不想再收到此类邮件？退订：{{unsubscribe}}\n")


class Crash(Exception):
    """Stands for the process dying: not an SMTP failure, so nothing catches it."""


class FakeTime:
    def __init__(self):
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Recording:
    """The real transport, wrapped: records the clock at each handoff and can crash before or after the Nth."""

    def __init__(self, real: SmtpTransport, clock=None, crash_after: int | None = None,
                 crash_before: int | None = None):
        self.real, self.clock = real, clock
        self.crash_after, self.crash_before = crash_after, crash_before
        self.calls = 0
        self.times: list[float] = []
        self.recipients: list[str] = []

    def send(self, message, recipient, sender=None):
        self.calls += 1
        if self.calls == self.crash_before:
            raise Crash(f"before handoff {self.calls}")
        if self.clock is not None:
            self.times.append(self.clock())
        self.recipients.append(recipient)
        reply = self.real.send(message, recipient, sender)
        if self.calls == self.crash_after:
            raise Crash(f"after handoff {self.calls}")  # the server has the message; the database does not know
        return reply

    def test(self):
        self.real.test()

    def close(self):
        self.real.close()


@pytest.fixture
def actor(db):
    return ensure_local_user(db, display_name="刘洋")


def make_service(db, actor, keyring_store, **kw) -> EmailCampaignService:
    return EmailCampaignService(db, actor, credentials=keyring_store, **kw)


@pytest.fixture
def service(db, actor, keyring_store, smtp):
    svc = make_service(db, actor, keyring_store)
    svc.save_settings(SmtpConfig(host=smtp.hostname, port=smtp.port, security="none",
                                 from_address="marketing@yunfan.cn", from_name="云帆科技 市场部",
                                 rate_per_minute=0, timeout=5))
    return svc


def make_campaign(db, actor, service, members: list[dict], subject=SUBJECT, body=BODY) -> uuid.UUID:
    template_id, _changes = service.create_template({"name": "秋季发布会邀请", "subject": subject, "body": body})
    with db.unit_of_work(actor, "test campaign") as uow:
        campaign = uow.create(Campaign, name="2026 秋季新品发布会", kind="email", template_id=template_id)
        uow.create_many(CampaignMember, [{"campaign_id": campaign.id, **m} for m in members], index_search=False)
        uow.commit()
    return campaign.id


def statuses(db, campaign_id) -> dict[str, tuple[str, str, int, str]]:
    with db.connect() as conn:
        rows = conn.execute(select(EmailDelivery.email, EmailDelivery.status, EmailDelivery.reason,
                                   EmailDelivery.attempts, EmailDelivery.message_id)
                            .where(EmailDelivery.campaign_id == campaign_id)).all()
    return {r.email: (r.status, r.reason, r.attempts, r.message_id) for r in rows}


def subject_of(captured) -> str:
    encoded = BytesParser(policy=compat32).parsebytes(captured.data)["Subject"]
    assert encoded.isascii()
    return str(make_header(decode_header(encoded)))


# -- the acceptance test of issue 9 -------------------------------------------------------------------------

def test_a_thousand_recipients_get_exactly_one_message_through_failures_a_crash_and_a_resume(
        db, actor, keyring_store, service, handler, smtp):
    addresses = [f"kehu{i:04d}@example.com" for i in range(1000)]
    members = [{"email": a, "name": f"客户{i:04d}"} for i, a in enumerate(addresses)]
    # The same people again, typed differently: the UNIQUE (campaign, email) key keeps one delivery each.
    members += [{"email": a.upper(), "name": "重复"} for a in addresses[:20]]
    members += [{"name": "没有邮箱"}] * 3
    campaign_id = make_campaign(db, actor, service, members)

    refused = set(addresses[100:110])  # 550 at RCPT: permanent
    greylisted = set(addresses[110:120])  # 451 at RCPT once, then accepted
    slow = set(addresses[120:125])  # 452 at DATA twice, accepted on the third (and last) attempt
    never = set(addresses[125:130])  # 451 at DATA every time: fails after 3 attempts
    spam = set(addresses[130:135])  # 554 at DATA: permanent
    for a in refused:
        handler.rcpt_fail[a] = "550 5.1.1 <mailbox unavailable>"
    for a in greylisted:
        handler.rcpt_fail[a] = ["451 4.7.1 Greylisted, try again"]
    for a in slow:
        handler.data_fail[a] = ["452 4.3.1 Insufficient storage", "452 4.3.1 Insufficient storage"]
    for a in never:
        handler.data_fail[a] = "451 4.3.0 Local error"
    for a in spam:
        handler.data_fail[a] = "554 5.7.1 Message rejected"

    unsubscribed_before = addresses[200:205]
    for a in unsubscribed_before:
        service.unsubscribe(a.upper(), "客户要求", "link")
    prepared = service.prepare(campaign_id)
    assert (prepared.queued, prepared.unsubscribed, prepared.duplicates, prepared.no_address) == (995, 5, 20, 3)
    assert service.prepare(campaign_id).queued == 0  # idempotent

    # Unsubscribed while the job runs, written straight to the table (as a sync from another desk would):
    # only the check just before each send can catch these.
    unsubscribed_during = addresses[900:905]

    def progress(done, total):
        if done == 50:
            with db.unit_of_work(actor, "unsubscribe elsewhere") as uow:
                for a in unsubscribed_during:
                    uow.create(EmailUnsubscribe, email=a, source="link")
                uow.commit()

    fake = FakeTime()
    first = Recording(None, crash_after=300)
    first_service = make_service(db, actor, keyring_store,
                                 transport_factory=lambda c, p: setattr(first, "real", SmtpTransport(c, p)) or first)
    with pytest.raises(Crash):
        first_service.send(campaign_id, progress, clock=fake.clock, sleep=fake.sleep)
    crashed_on = first.recipients[-1]
    assert handler.by_recipient()[crashed_on] == 1  # delivered, but the database still says 'sending'
    assert statuses(db, campaign_id)[crashed_on][0] == "sending"
    sent_before_crash = sum(handler.by_recipient().values())

    # A new process: a new Database on the same file, a new service; it crashes too, this time after
    # claiming a delivery but before handing it over (so that one never left).
    db2 = Database(db.paths, now=db.now, lock=False)  # the dead process's lock would be gone; this one's is not
    try:
        second = Recording(None, crash_before=100)
        resumed = make_service(db2, actor, keyring_store,
                               transport_factory=lambda c, p: setattr(second, "real", SmtpTransport(c, p)) or second)
        with pytest.raises(Crash):
            resumed.send(campaign_id, clock=fake.clock, sleep=fake.sleep)
        third = make_service(db2, actor, keyring_store)
        result = third.send(campaign_id, clock=fake.clock, sleep=fake.sleep)
    finally:
        db2.close()
    rows = statuses(db, campaign_id)
    interrupted = sorted(a for a, (_status, reason, _n, _m) in rows.items() if reason == "interrupted")
    assert crashed_on in interrupted and len(interrupted) == 2
    [lost] = [a for a in interrupted if a != crashed_on]  # claimed by the second run, never handed over
    assert result.interrupted == [lost]  # reported by the run that found it, not resent
    assert lost not in handler.by_recipient() and handler.by_recipient()[crashed_on] == 1

    counts = handler.by_recipient()
    assert max(counts.values()) == 1, [a for a, n in counts.items() if n > 1]  # never twice
    undeliverable = refused | never | spam | set(unsubscribed_before) | set(unsubscribed_during)
    expected = set(addresses) - undeliverable
    # Everyone else got their message exactly once, except the one claimed when the second run crashed,
    # which waits for a person (it is reported, not resent).
    assert set(counts) == expected - {lost}
    # The first run's 300 handoffs, less the 35 the server refused (each refused address was tried once).
    assert sent_before_crash == 300 - len(refused | greylisted | slow | never | spam)

    for a in refused:
        assert rows[a][:3] == ("failed", "recipient_refused:550:5.1.1", 1)
    for a in spam:
        assert rows[a][:3] == ("failed", "data_refused:554:5.7.1", 1)
    for a in never:
        assert rows[a][:3] == ("failed", "data_refused:451:4.3.0", 3)
        assert handler.attempts[("data", a)] == 3
    for a in greylisted:
        assert rows[a][:3] == ("sent", "", 2)
    for a in slow:
        assert rows[a][:3] == ("sent", "", 3)
    for a in unsubscribed_before:
        assert rows[a][:2] == ("skipped", "unsubscribed")
    for a in unsubscribed_during:
        assert rows[a][:2] == ("skipped", "unsubscribed")
        assert handler.attempts[("rcpt", a)] == 0
    # The row of the message delivered just before the first crash: not resent, reported as interrupted
    # by the run that found it (the second one).
    assert rows[crashed_on][:2] == ("failed", "interrupted")

    # Each message sent carries the Message-ID its row recorded before the handoff.
    by_id = {c.recipients[0].lower(): c.message["Message-ID"] for c in handler.captured}
    for a, (status, _reason, _n, message_id) in rows.items():
        if status == "sent":
            assert by_id[a] == message_id
    assert by_id[crashed_on] == rows[crashed_on][3]  # so a person can find it in the server's log

    # A person checks: the second crash's message never left -> requeue it; it goes out once.
    with db.connect() as conn:
        lost_id = conn.execute(select(EmailDelivery.id).where(EmailDelivery.campaign_id == campaign_id,
                                                              EmailDelivery.email == lost)).scalar()
    service.requeue(campaign_id, [lost_id])
    again = service.send(campaign_id, clock=fake.clock, sleep=fake.sleep)
    assert (again.sent, again.interrupted, again.remaining) == (1, [], 0)
    final = handler.by_recipient()
    assert set(final) == expected and set(final.values()) == {1}
    assert service.counts(campaign_id) == {"queued": 0, "sending": 0, "sent": len(expected) - 1,
                                           "failed": len(refused | never | spam) + 1,
                                           "skipped": 10}


# -- encoding and merge fields ------------------------------------------------------------------------------

def test_chinese_subject_and_merge_fields_arrive_as_written(db, actor, service, handler):
    with db.unit_of_work(actor, "people") as uow:
        owner = uow.create(User, login="zhou.min", display_name="周敏")
        customer = uow.create(Customer, name="杭州西湖龙井茶业有限公司", owner_id=owner.id)
        contact = uow.create(Contact, customer_id=customer.id, name="孙丽", email="sun.li@xihu-tea.cn")
        lead = uow.create(Lead, name="黄强", company="成都蜀锦文化传媒", email="huang@shujin.cn", owner_id=owner.id)
        uow.commit()
    campaign_id = make_campaign(db, actor, service, [
        {"contact_id": contact.id, "customer_id": customer.id, "name": "孙丽", "email": "Sun.Li@xihu-tea.cn"},
        {"lead_id": lead.id},  # no address or name on the member: taken from the lead
        {"email": "guest@example.com", "name": "访客"},  # nobody's: the campaign owner signs
    ])
    assert service.prepare(campaign_id).queued == 3
    result = service.send(campaign_id)
    assert (result.sent, result.failed) == (3, 0)
    got = {c.recipients[0]: c for c in handler.captured}
    assert set(got) == {"sun.li@xihu-tea.cn", "huang@shujin.cn", "guest@example.com"}

    sun = got["sun.li@xihu-tea.cn"]
    assert subject_of(sun) == "孙丽，您好：云帆科技 2026 秋季新品发布会邀请"
    assert sun.message["Subject"] == "孙丽，您好：云帆科技 2026 秋季新品发布会邀请"
    body = sun.message.get_content()
    assert "尊敬的孙丽：" in body and "诚邀杭州西湖龙井茶业有限公司参加" in body and "客户经理周敏。" in body
    assert "{{" not in body
    unsubscribe = "mailto:marketing@yunfan.cn?subject=unsubscribe%20sun.li%40xihu-tea.cn"
    assert unsubscribe in body
    assert sun.message["List-Unsubscribe"].strip() == f"<{unsubscribe}>"
    assert sun.message["From"].addresses[0].display_name == "云帆科技 市场部"
    assert sun.message["To"].addresses[0].display_name == "孙丽"
    assert sun.message["Date"] is not None

    huang = got["huang@shujin.cn"].message.get_content()
    assert "尊敬的黄强：" in huang and "诚邀成都蜀锦文化传媒参加" in huang and "客户经理周敏。" in huang
    guest = got["guest@example.com"].message.get_content()
    assert "尊敬的访客：" in guest and "客户经理刘洋。" in guest  # the campaign's owner
    assert subject_of(got["guest@example.com"]) == "访客，您好：云帆科技 2026 秋季新品发布会邀请"


def test_an_unsubscribed_address_never_gets_mail(db, actor, service, handler):
    campaign_id = make_campaign(db, actor, service, [{"email": "a@example.com", "name": "甲"},
                                                     {"email": "b@example.com", "name": "乙"},
                                                     {"email": "c@example.com", "name": "丙"}])
    service.unsubscribe("B@Example.com", "电话里说不要了", "manual")
    service.prepare(campaign_id)
    service.unsubscribe("c@example.com", "", "link")  # after prepare: its queued row is skipped at once
    assert service.is_unsubscribed("C@example.com")
    result = service.send(campaign_id)
    assert result.sent == 1 and set(handler.by_recipient()) == {"a@example.com"}
    rows = statuses(db, campaign_id)
    assert rows["b@example.com"][:2] == rows["c@example.com"][:2] == ("skipped", "unsubscribed")
    # A requeue cannot resurrect a skipped row, and a second campaign skips them too.
    service.requeue(campaign_id, [d.id for d in service.deliveries(campaign_id)])
    assert service.send(campaign_id).sent == 0
    other = make_campaign(db, actor, service, [{"email": "b@example.com"}, {"email": "c@example.com"}])
    assert service.prepare(other).unsubscribed == 2
    service.send(other)
    assert set(handler.by_recipient()) == {"a@example.com"}


def test_the_unsubscribe_list_is_newest_first_searched_by_a_part_of_the_address(db, actor, service):
    service.unsubscribe("Wang.Fang@Example.com", "电话里说不要了", "manual")
    service.unsubscribe("li_na@yunfan.cn", "", "link")
    service.unsubscribe("zhao100%@example.com", "退信", "bounce")
    listed = service.unsubscribes()
    assert [u.email for u in listed] == ["zhao100%@example.com", "li_na@yunfan.cn", "wang.fang@example.com"]
    assert [(u.reason, u.source) for u in listed] == [("退信", "bounce"), ("", "link"), ("电话里说不要了", "manual")]
    assert listed[0].created_at > listed[1].created_at > listed[2].created_at
    assert [u.email for u in service.unsubscribes("EXAMPLE")] == ["zhao100%@example.com", "wang.fang@example.com"]
    # LIKE's wildcards are taken literally: "_" is not "any one character", "%" not "anything".
    assert [u.email for u in service.unsubscribes("g_f")] == []  # as a wildcard it would match "wang.fang"
    assert [u.email for u in service.unsubscribes("i_n")] == ["li_na@yunfan.cn"]
    assert [u.email for u in service.unsubscribes("0%@")] == ["zhao100%@example.com"]
    assert [u.email for u in service.unsubscribes("%")] == ["zhao100%@example.com"]
    assert [u.email for u in service.unsubscribes(limit=2)] == ["zhao100%@example.com", "li_na@yunfan.cn"]
    assert service.unsubscribes("不存在") == []
    # What is not an address never reaches the list.
    for bad, code in (("不是邮箱", "email_invalid"), ("a@", "email_invalid"), ("  ", "required")):
        with pytest.raises(ValidationError) as caught:
            service.unsubscribe(bad, "", "manual")
        assert [(e.field, e.code) for e in caught.value.errors] == [("email", code)]
    assert len(service.unsubscribes()) == 3


def test_resubscribe_takes_an_address_off_the_list_and_later_campaigns_mail_it_again(db, actor, service, handler):
    first = make_campaign(db, actor, service, [{"email": "zhou.min@example.com", "name": "周敏"},
                                               {"email": "sun.li@example.com", "name": "孙丽"}])
    service.unsubscribe("Zhou.Min@Example.com", "客户要求", "link")
    assert service.prepare(first).unsubscribed == 1
    changes = service.resubscribe(" ZHOU.MIN@example.com ")
    assert changes.campaigns
    assert not service.is_unsubscribed("zhou.min@example.com")
    assert service.unsubscribes() == []
    with db.connect() as conn:  # a tombstone, not a hard delete
        deleted_at = conn.execute(select(EmailUnsubscribe.deleted_at)
                                  .where(EmailUnsubscribe.email == "zhou.min@example.com")).scalar_one()
    assert deleted_at is not None
    # Not on the list (any more, or ever): a clear code, and nothing changes.
    for address in ("zhou.min@example.com", "nobody@example.com", ""):
        with pytest.raises(CampaignSendError) as caught:
            service.resubscribe(address)
        assert caught.value.code == "not_unsubscribed"
    # The campaign prepared while the address was on the list keeps it skipped; a new one queues it and sends.
    assert statuses(db, first)["zhou.min@example.com"][:2] == ("skipped", "unsubscribed")
    second = make_campaign(db, actor, service, [{"email": "zhou.min@example.com", "name": "周敏"}])
    prepared = service.prepare(second)
    assert (prepared.queued, prepared.unsubscribed) == (1, 0)
    assert statuses(db, second)["zhou.min@example.com"][0] == "queued"
    assert service.send(second).sent == 1
    assert handler.by_recipient() == {"zhou.min@example.com": 1}
    # Unsubscribing again brings the same row back (the address is unique on the table).
    service.unsubscribe("zhou.min@example.com", "又不要了", "manual")
    again = service.unsubscribes()
    assert [(u.email, u.reason, u.source) for u in again] == [("zhou.min@example.com", "又不要了", "manual")]
    with db.connect() as conn:
        assert conn.execute(select(func.count()).select_from(EmailUnsubscribe)).scalar_one() == 1


def test_only_users_who_may_edit_campaigns_resubscribe(db, actor, keyring_store, service):
    service.unsubscribe("wu.lei@example.com", "", "manual")
    with db.unit_of_work(system_actor(db), "reader") as uow:
        user = uow.create(User, login="auditor", display_name="审计")
        uow.commit()
    grant(db, system_actor(db), user.id, "auditor")
    reader = make_service(db, Actor(user.id, None, db.device_id), keyring_store)
    assert [u.email for u in reader.unsubscribes()] == ["wu.lei@example.com"]
    with pytest.raises(PermissionDenied):
        reader.resubscribe("wu.lei@example.com")
    assert service.is_unsubscribed("wu.lei@example.com")


def test_a_role_that_may_send_but_not_edit_campaigns_sends_nothing(db, actor, keyring_store, service, handler):
    """The server guards the delivery rows with the campaigns module's create/edit: results written by a role
    holding campaigns.send alone would be refused on push and rolled back here, so such a role may not start."""
    campaign_id = make_campaign(db, actor, service, [{"email": "zhou.min@example.cn", "name": "周敏"}])
    service.prepare(campaign_id)
    full = service.access
    for missing, call in (("campaigns.edit", lambda s: s.send(campaign_id)),
                          ("campaigns.edit", lambda s: s.requeue(campaign_id, [])),
                          ("campaigns.create", lambda s: s.prepare(campaign_id))):
        sender = make_service(db, actor, keyring_store, access=replace(full, permissions=full.permissions - {missing}))
        with pytest.raises(PermissionDenied):
            call(sender)
    assert handler.captured == [] and statuses(db, campaign_id)["zhou.min@example.cn"][0] == "queued"
    assert service.send(campaign_id).sent == 1 and len(handler.captured) == 1


# -- throttling, cancelling, connection failures, the duplicate window --------------------------------------

def test_sending_is_throttled_to_the_rate(db, actor, keyring_store, service):
    campaign_id = make_campaign(db, actor, service, [{"email": f"r{i}@example.com"} for i in range(6)])
    service.prepare(campaign_id)
    fake = FakeTime()
    recording = Recording(None, clock=fake.clock)
    svc = make_service(db, actor, keyring_store,
                       transport_factory=lambda c, p: setattr(recording, "real", SmtpTransport(c, p)) or recording)
    assert svc.send(campaign_id, rate_per_minute=30, clock=fake.clock, sleep=fake.sleep).sent == 6
    gaps = [b - a for a, b in zip(recording.times, recording.times[1:])]
    assert gaps == [2.0] * 5  # 30 a minute: one every two seconds, the first at once
    assert recording.times[0] == 1000.0


def test_cancel_stops_between_messages_and_a_later_run_sends_the_rest_once(db, actor, service, handler):
    campaign_id = make_campaign(db, actor, service, [{"email": f"c{i:02d}@example.com"} for i in range(30)])
    service.prepare(campaign_id)

    def cancel_at_ten(done, total):
        assert total == 30
        if done == 10:
            raise Cancelled()
    first = service.send(campaign_id, cancel_at_ten)
    assert (first.cancelled, first.sent, first.remaining) == (True, 10, 20)
    assert service.counts(campaign_id)["sending"] == 0
    second = service.send(campaign_id)
    assert (second.cancelled, second.sent, second.remaining, second.interrupted) == (False, 20, 0, [])
    assert len(handler.by_recipient()) == 30 and set(handler.by_recipient().values()) == {1}


def test_a_server_that_is_down_stops_the_run_and_leaves_everything_queued(db, actor, keyring_store, service,
                                                                           handler, smtp):
    campaign_id = make_campaign(db, actor, service, [{"email": f"d{i}@example.com"} for i in range(5)])
    service.prepare(campaign_id)
    down = make_service(db, actor, keyring_store)
    down.save_settings(SmtpConfig(host="127.0.0.1", port=free_port(), security="none",
                                  from_address="marketing@yunfan.cn", rate_per_minute=0, timeout=2))
    fake = FakeTime()
    result = down.send(campaign_id, clock=fake.clock, sleep=fake.sleep)
    assert (result.sent, result.failed, result.aborted, result.remaining) == (0, 0, "connect_failed", 5)
    # Backed off 60 s then 120 s (in steps of a second, so Cancel is heard), gave up on the third refusal.
    assert sum(fake.sleeps) == 180.0 and max(fake.sleeps) == 1.0
    # The one claimed each time was given back (its attempt not counted); the others were never touched.
    assert sorted(r[:3] for r in statuses(db, campaign_id).values()) == \
        [("queued", "", 0)] * 4 + [("queued", "connect_failed", 0)]
    service.save_settings(SmtpConfig(host=smtp.hostname, port=smtp.port, security="none",
                                     from_address="marketing@yunfan.cn", rate_per_minute=0, timeout=5))
    assert service.send(campaign_id).sent == 5 and set(handler.by_recipient().values()) == {1}


def test_a_wrong_password_aborts_at_once(db, actor, keyring_store, handler):
    controller = start_server(handler, users={"mkt": "正确的密码"})
    try:
        svc = make_service(db, actor, keyring_store)
        config = SmtpConfig(host=controller.hostname, port=controller.port, security="none", user="mkt",
                            from_address="marketing@yunfan.cn", rate_per_minute=0, timeout=5)
        svc.save_settings(config)
        campaign_id = make_campaign(db, actor, svc, [{"email": "x@example.com"}, {"email": "y@example.com"}])
        svc.prepare(campaign_id)
        with pytest.raises(CampaignSendError) as caught:
            svc.send(campaign_id)  # nothing in the keyring yet
        assert caught.value.code == "smtp_password_missing"
        assert svc.set_password("错误的密码") is True
        with pytest.raises(SmtpFailure) as failed:
            svc.test_connection()
        assert failed.value.code == "auth_failed"
        fake = FakeTime()
        result = svc.send(campaign_id, clock=fake.clock, sleep=fake.sleep)
        assert (result.aborted, result.remaining, fake.sleeps) == ("auth_failed:535:5.7.8", 2, [])
        assert svc.set_password("正确的密码") and svc.has_password()
        assert keyring_store.smtp_password(controller.hostname, "mkt") == "正确的密码"
        svc.test_connection()
        assert svc.send(campaign_id).sent == 2
    finally:
        controller.stop()
    assert set(handler.by_recipient()) == {"x@example.com", "y@example.com"}


def test_a_connection_lost_during_the_data_is_failed_not_resent(db, actor, service, handler):
    handler.drop_in_data.add("lost@example.com")
    campaign_id = make_campaign(db, actor, service, [{"email": "lost@example.com"}, {"email": "ok@example.com"}])
    service.prepare(campaign_id)
    result = service.send(campaign_id)
    assert (result.sent, result.failed, result.uncertain) == (1, 1, ["lost@example.com"])
    assert statuses(db, campaign_id)["lost@example.com"][:3] == ("failed", "uncertain:disconnected", 1)
    assert handler.attempts[("data", "lost@example.com")] == 1
    assert service.send(campaign_id).sent == 0


def test_one_send_per_campaign_at_a_time(db, actor, service):
    campaign_id = make_campaign(db, actor, service, [{"email": "a@example.com"}, {"email": "b@example.com"}])
    service.prepare(campaign_id)
    seen = []

    def nested(done, total):
        with pytest.raises(CampaignSendError) as caught:
            service.send(campaign_id)
        seen.append(caught.value.code)
    assert service.send(campaign_id, nested).sent == 2
    assert seen == ["campaign_already_sending"] * 2


# -- settings and templates ---------------------------------------------------------------------------------

def test_settings_round_trip_without_the_password(db, actor, keyring_store, service, smtp):
    config = SmtpConfig(host="smtp.exmail.qq.com", port=465, security="ssl", user="marketing@yunfan.cn",
                        from_address="marketing@yunfan.cn", from_name="云帆科技", rate_per_minute=120,
                        unsubscribe_url="https://yunfan.cn/unsubscribe?e={email}")
    service.save_settings(config)
    assert make_service(db, actor, keyring_store).settings() == config
    with db.connect() as conn:
        from crm_desktop.data.models import AppSetting
        stored = conn.execute(select(AppSetting.value).where(AppSetting.key == "smtp")).scalar()
    assert "password" not in stored and stored["host"] == "smtp.exmail.qq.com"
    with pytest.raises(ValidationError) as caught:
        service.save_settings(SmtpConfig(host="", port=0, security="ssl", from_address="不是邮箱",
                                         rate_per_minute=-1, unsubscribe_url="ftp://x"))
    assert [e.field for e in caught.value.errors] == ["host", "port", "from_address", "rate_per_minute",
                                                      "unsubscribe_url"]


def test_templates_refuse_unknown_merge_fields(service):
    with pytest.raises(ValidationError) as caught:
        service.create_template({"name": "坏模板", "subject": "{{name}}", "body": "{{mobile}}"})
    assert caught.value.errors[0].code == "unknown_merge_field"
    template_id, _ = service.create_template({"name": "好模板", "subject": "{{name}}您好", "body": "{{company}}"})
    with pytest.raises(ValidationError):
        service.update_template(template_id, {"body": "{{company}} {{wechat}}"})
    service.update_template(template_id, {"subject": "{{owner}}的问候"})
    assert service.template(template_id).subject == "{{owner}}的问候"
    shown = service.preview(template_id)
    assert shown.ok and shown.subject == "李娜的问候"
    assert [t.name for t in service.templates()] == ["好模板"]
    service.delete_template(template_id)
    assert service.templates() == []


def test_undo_never_puts_a_sent_message_back_in_the_queue(db, actor, service, handler):
    from crm_desktop.services.customers import CustomerService

    campaign_id = make_campaign(db, actor, service, [{"email": "u1@example.com"}, {"email": "u2@example.com"}])
    service.prepare(campaign_id)
    assert service.send(campaign_id).sent == 2
    before = statuses(db, campaign_id)
    with db.connect() as conn:
        jobs = conn.execute(select(JournalAction.label, JournalAction.user_id)
                            .where(JournalAction.label.like("%send campaign e-mail"))).all()
    # The per-delivery writes are the user's (so they sync under their login) but irreversible: undo passes
    # them by, and the user's last undoable action is the prepare.
    assert len(jobs) == 4 and {(is_irreversible(label), user) for label, user in jobs} == {(True, actor.user_id)}
    undo = CustomerService(db, actor)
    result, _changes = undo.undo()
    assert result.label == "prepare e-mail campaign"
    assert service.deliveries(campaign_id) == []
    assert statuses(db, campaign_id) == before  # tombstones now, still sent
    # Preparing again after the undo adds nobody: the undone rows still hold their addresses.
    assert service.prepare(campaign_id).duplicates == 2
    service.send(campaign_id)
    assert handler.by_recipient() == {"u1@example.com": 1, "u2@example.com": 1}


def test_cancel_is_heard_during_a_back_off(db, actor, service, handler):
    handler.rcpt_fail["later@example.com"] = "451 4.7.1 Greylisted"
    campaign_id = make_campaign(db, actor, service, [{"email": "later@example.com"}, {"email": "now@example.com"}])
    service.prepare(campaign_id)
    fake = FakeTime()
    start = fake.now

    def progress(done, total):
        if fake.now - start > 10:  # ten seconds into the 60-second back-off
            raise Cancelled()
    result = service.send(campaign_id, progress, clock=fake.clock, sleep=fake.sleep)
    assert (result.cancelled, result.sent, result.retried, result.remaining) == (True, 1, 1, 1)
    assert 10 < fake.now - start < 13
    assert statuses(db, campaign_id)["later@example.com"][:3] == ("queued", "recipient_refused:451:4.7.1", 1)
    assert service.counts(campaign_id)["sending"] == 0
