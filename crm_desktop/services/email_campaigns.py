"""E-mail campaigns (邮件营销): SMTP settings, templates, the delivery list of a campaign, and sending it —
throttled, in the background, resumable, and never twice to the same address.

The delivery list
    `prepare(campaign_id)` writes one `email_delivery` row per campaign member with an address (the member's
    own, else the contact's, customer's or lead's), lower-cased. The table's UNIQUE (campaign_id, email) key
    is the never-twice key: a second prepare, a member added twice, or two members sharing an address add
    nothing. Addresses on the unsubscribe list get a row with status `skipped` (reason `unsubscribed`) so
    the per-recipient list shows why they got nothing.

Sending, and the guarantee it gives: AT MOST ONCE per (campaign, address)
    Each delivery is claimed — flipped from `queued` to `sending`, its attempt counted and its Message-ID
    recorded — in its own committed unit of work *before* the SMTP server is contacted; the unsubscribe
    list is read again in that same unit (an address unsubscribed a second ago is `skipped`, not sent).
    Then the message is handed over, and a second unit records `sent` or the failure. Only a row in
    `queued` is ever handed to SMTP, so a row can be sent a second time only if a person puts it back.

    The crash window. If the program dies between the claim and the second unit (power cut, kill, a bug),
    the row stays `sending` and nobody can know from here whether the server accepted the message: SMTP
    has no "did you get message X?" query. The next `send` therefore does NOT resend it: it marks it
    `failed` with reason `interrupted`, keeps its Message-ID, and lists it in `SendResult.interrupted`. A
    person can look for that Message-ID in the server's log or the Sent folder and, if it never left, put
    the row back with `requeue()`. The same holds when the connection breaks while the message data is
    being sent (reason `uncertain:...`): the server may have taken it. Every other failure is certain:
      * permanent for the recipient (5xx to RCPT or DATA, an impossible address): `failed`, reason
        "recipient_refused:550:5.1.1" and the like — codes, not the server's words;
      * temporary for the recipient (4xx): back to `queued` and retried after a back-off (60 s, 120 s, ...
        by default) up to `max_attempts` attempts, then `failed`;
      * a connection failure before the message data (refused, reset, 421, TLS, sign-in): the claim is
        given back (the row is `queued` again, the attempt not counted). A temporary one is retried with
        back-off; after `max_attempts` in a row, or at once for a permanent one (wrong password, untrusted
        certificate), the run stops and says why in `SendResult.aborted` — the rest stays queued for later.

    The status changes of the sending job are written as the user who runs it (the server accepts only its
    users' operations, so the results reach the other desks, and the audit trail names the sender), in
    actions labelled irreversible (data/undo.py): undo passes them by, so no Ctrl+Z can put a sent row back
    to `queued`. Undoing `prepare` tombstones the rows (their statuses stay), and a tombstone still holds
    its address.

    One campaign is sent by one job at a time per data folder in this process (a lock); the database's own
    lock file keeps other processes off the same data folder.

Across desks: AT MOST ONCE per (campaign, address) on every desk of the server
    Deliveries sync like other records, so two desks (local databases linked to the same server) can hold
    the same queued row. When the data folder is linked to a server, the send job opens one connection to
    it (the sync's login and password) and each claim first reserves (campaign, lower-cased address) in the
    server-only table `email_send_claim` (INSERT ... ON CONFLICT DO NOTHING; its primary key lets exactly
    one desk win; row-level security lets only users with `campaigns.send` claim). A delivery another desk
    reserved is not sent and is listed in `SendResult.claimed_elsewhere`; its row is left as it is here
    (`queued`, not counted in `remaining`): the reserving desk's record of it (sending, sent, failed)
    arrives with the next sync. Writing `skipped` here instead would collide on the server with that desk's
    record and fill this desk's conflict inbox with noise. The server reservation comes before the local claim, so a crash in
    between leaves the row `queued` with a reservation of this device's, which the next run takes up (the
    message was never handed over). A server out of reach stops the job: at the start with
    CampaignSendError `server_unreachable` (`server_refused` for a refused login or a server without the
    table) before anything is claimed; later with `SendResult.aborted` set to that code — the rest stays
    queued, nothing is ever sent unreserved. `requeue` removes the reservations of the rows it puts back
    (and refuses when the server cannot be reached), so a person can deliberately resend. A data folder not
    linked to a server sends exactly as described above, with the guarantee per local database. The
    reservations themselves are services/email_claims.py.

Throttling and cancelling
    At most `rate_per_minute` handoffs a minute (the setting, or the argument), spaced evenly with the
    injectable `clock` and `sleep`; the wait happens before a delivery is claimed. `progress(done, total)` is
    called after each delivery and every second of a long wait (a back-off); raising `Cancelled` from it
    stops the job at that point — never between a claim and its handoff, so nothing is left `sending` — and
    the result says `cancelled`.
"""

from __future__ import annotations

import heapq
import itertools
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime

import psycopg
from sqlalchemy import func, select

from ..credentials import CredentialStore
from ..data.models import (
    AppSetting,
    Campaign,
    CampaignMember,
    Contact,
    Customer,
    EmailDelivery,
    EmailTemplate,
    EmailUnsubscribe,
    Lead,
    User,
)
from ..data.undo import irreversible
from ..domain.access import setting_right
from ..domain.changes import Changes
from ..domain.errors import Cancelled, CrmError, FieldError, NotFound, ValidationError
from . import email_render
from .email_claims import ClaimServerError, ServerClaims, failure_code, open_claims
from .base import UserService
from .email_render import MergeValues
from .smtp_transport import (
    DEFAULT_PORTS,
    SECURITY,
    SmtpConfig,
    SmtpFailure,
    SmtpTransport,
    check_address,
)
from .sync import SyncService

SETTING_KEY = "smtp"
# What the 'smtp' app_setting holds (the password never: it lives in the OS keyring).
SETTING_FIELDS = ("host", "port", "security", "user", "from_address", "from_name", "rate_per_minute", "timeout",
                  "ca_file", "unsubscribe_url", "helo_name")
TEMPLATE_FIELDS = frozenset({"name", "subject", "body", "html"})
DEFAULT_MAX_ATTEMPTS = 3
DEFAULT_BACKOFF = 60.0  # seconds before the first retry; doubled for each further one

# (data folder, campaign) pairs being sent by this process.
_running: set[tuple[str, uuid.UUID]] = set()
_running_lock = threading.Lock()


class CampaignSendError(CrmError):
    """Codes: smtp_not_configured, smtp_password_missing, campaign_no_template, campaign_already_sending,
    keyring_unavailable, not_unsubscribed (email: the address resubscribe() was given is not on the list);
    with a linked server: server_unreachable, server_refused (cause: the sign-in's code, detail)."""

    code = "campaign_send"


@dataclass(frozen=True)
class TemplateDTO:
    id: uuid.UUID
    name: str
    subject: str
    body: str
    html: bool
    updated_at: datetime


@dataclass(frozen=True)
class DeliveryDTO:
    id: uuid.UUID
    email: str
    name: str
    status: str  # queued / sending / sent / failed / skipped
    reason: str  # a code: "recipient_refused:550:5.1.1", "interrupted", "unsubscribed", ...
    attempts: int
    message_id: str
    sent_at: datetime | None


@dataclass(frozen=True)
class PrepareResult:
    queued: int  # new rows to send
    unsubscribed: int  # new rows skipped because the address is on the unsubscribe list
    duplicates: int  # members whose address is already on the list (this run or an earlier one)
    no_address: int  # members without a usable address
    changes: Changes = field(default_factory=Changes)


@dataclass(frozen=True)
class UnsubscribeDTO:
    id: uuid.UUID
    email: str  # lower-cased
    reason: str
    source: str  # link / manual / bounce / import
    created_at: datetime


@dataclass
class SendResult:
    sent: int = 0
    failed: int = 0  # certain failures (permanent, or temporary with no attempts left)
    skipped: int = 0  # unsubscribed after the list was prepared
    # Another desk of the server reserved them: not sent from here, left queued until its record syncs.
    claimed_elsewhere: list[str] = field(default_factory=list)
    retried: int = 0  # temporary failures that went back to the queue
    interrupted: list[str] = field(default_factory=list)  # left 'sending' by a crash: now failed, not resent
    uncertain: list[str] = field(default_factory=list)  # connection lost during the data: failed, not resent
    cancelled: bool = False
    aborted: str = ""  # why the run stopped early (a connection failure's reason code, or server_unreachable /
    # server_refused when the server stopped answering the claims); the rest stays queued
    remaining: int = 0  # still queued at the end for this desk to send (claimed_elsewhere not counted)
    changes: Changes = field(default_factory=Changes)


@dataclass
class _Claim:
    delivery_id: uuid.UUID
    email: str
    message: object | None  # EmailMessage, None when the delivery was settled at claim time
    outcome: str = ""  # "skipped" / "failed" / "claimed_elsewhere" when settled at claim time
    changes: Changes = field(default_factory=Changes)


class EmailCampaignService(UserService):
    def __init__(self, db, actor, access=None, *, credentials: CredentialStore | None = None,
                 transport_factory: Callable[[SmtpConfig, str], SmtpTransport] | None = None):
        super().__init__(db, actor, access)
        self._tie = itertools.count()  # orders retries due at the same moment
        self.credentials = credentials or CredentialStore()
        self.transport_factory = transport_factory or (lambda config, password: SmtpTransport(config, password))

    # -- settings ------------------------------------------------------------------------------------
    def settings(self) -> SmtpConfig:
        """The organisation's SMTP settings; host "" when nobody has set them."""
        with self.db.connect() as conn:
            value = conn.execute(select(AppSetting.value).where(AppSetting.key == SETTING_KEY,
                                                                AppSetting.deleted_at.is_(None))
                                 .order_by(AppSetting.updated_at.desc())).scalar() or {}
        known = {f.name: f for f in fields(SmtpConfig)}
        clean = {k: v for k, v in value.items() if k in known}
        try:
            return SmtpConfig(**{"host": "", **clean})
        except (TypeError, ValueError):
            return SmtpConfig(host="")

    def save_settings(self, config: SmtpConfig) -> Changes:
        self.access.require(*setting_right(SETTING_KEY))
        errors = settings_errors(config)
        if errors:
            raise ValidationError(errors)
        value = {k: v for k, v in asdict(config).items() if k in SETTING_FIELDS}
        with self.db.unit_of_work(self.actor, "set SMTP settings") as uow:
            row = uow.session.scalars(select(AppSetting).where(AppSetting.key == SETTING_KEY,
                                                               AppSetting.deleted_at.is_(None))).first()
            if row is None:
                uow.create(AppSetting, key=SETTING_KEY, value=value)
            else:
                uow.update(row, value=value)
            return uow.commit() | Changes(campaigns=True)

    def set_password(self, password: str, config: SmtpConfig | None = None) -> bool:
        """Keep the SMTP password in the OS keyring. False when there is no keyring: nothing is written
        anywhere, and the UI asks for the password each time (and passes it to send/test_connection)."""
        self.access.require("campaigns", "send")
        config = config or self.settings()
        return self.credentials.set_smtp_password(config.host, config.user, password)

    def has_password(self, config: SmtpConfig | None = None) -> bool:
        config = config or self.settings()
        return bool(self.credentials.smtp_password(config.host, config.user))

    def test_connection(self, config: SmtpConfig | None = None, password: str | None = None) -> None:
        """Connect, secure, sign in; raises SmtpFailure (codes in smtp_transport) or CampaignSendError."""
        self.access.require("campaigns", "send")
        config = config or self.settings()
        self.transport_factory(config, self._password(config, password)).test()

    def _password(self, config: SmtpConfig, given: str | None) -> str:
        if not config.host:
            raise CampaignSendError("smtp_not_configured")
        if not config.user:
            return ""
        password = given if given is not None else self.credentials.smtp_password(config.host, config.user)
        if not password:
            raise CampaignSendError("smtp_password_missing", keyring=self.credentials.available)
        return password

    # -- templates -----------------------------------------------------------------------------------
    def templates(self) -> list[TemplateDTO]:
        self.access.require("campaigns", "view")
        with self.db.connect() as conn:
            rows = conn.execute(select(EmailTemplate).where(EmailTemplate.deleted_at.is_(None))
                                .order_by(EmailTemplate.name, EmailTemplate.id)).all()
        return [_template_dto(r) for r in rows]

    def template(self, template_id: uuid.UUID) -> TemplateDTO:
        self.access.require("campaigns", "view")
        with self.db.connect() as conn:
            row = conn.execute(select(EmailTemplate).where(EmailTemplate.id == template_id,
                                                           EmailTemplate.deleted_at.is_(None))).first()
        if row is None:
            raise NotFound(entity="email_template", id=str(template_id))
        return _template_dto(row)

    def create_template(self, values: dict) -> tuple[uuid.UUID, Changes]:
        """name, subject, body (merge fields checked: an unknown one is an error), html."""
        self.access.require("campaigns", "create")
        clean = _template_values(values, partial=False)
        with self.db.unit_of_work(self.actor, "create e-mail template") as uow:
            row = uow.create(EmailTemplate, **clean)
            return row.id, uow.commit()

    def update_template(self, template_id: uuid.UUID, values: dict) -> Changes:
        self.access.require("campaigns", "edit")
        with self.db.unit_of_work(self.actor, "edit e-mail template") as uow:
            row = uow.get(EmailTemplate, template_id)
            merged = {"subject": row.subject, "body": row.body, **values}
            clean = _template_values(merged, partial=True)
            uow.update(row, **{k: v for k, v in clean.items() if k in values})
            return uow.commit()

    def delete_template(self, template_id: uuid.UUID) -> Changes:
        self.access.require("campaigns", "delete")
        with self.db.unit_of_work(self.actor, "delete e-mail template") as uow:
            uow.delete(uow.get(EmailTemplate, template_id))
            return uow.commit()

    def set_template(self, campaign_id: uuid.UUID, template_id: uuid.UUID | None) -> Changes:
        """The template the campaign sends (the send dialog's choice)."""
        self.access.require("campaigns", "edit")
        with self.db.unit_of_work(self.actor, "choose campaign e-mail template") as uow:
            campaign = uow.get(Campaign, campaign_id)
            if template_id is not None:
                uow.get(EmailTemplate, template_id)
            uow.update(campaign, template_id=template_id)
            return uow.commit()

    def campaign_template(self, campaign_id: uuid.UUID) -> uuid.UUID | None:
        self.access.require("campaigns", "view")
        with self.db.connect() as conn:
            return conn.execute(select(Campaign.template_id).where(Campaign.id == campaign_id)).scalar()

    def preview(self, template_id: uuid.UUID, member_id: uuid.UUID | None = None) -> email_render.Preview:
        """The template filled for one campaign member (or the sample recipient)."""
        tpl = self.template(template_id)
        values = email_render.SAMPLE
        if member_id is not None:
            config = self.settings()
            with self.db.unit_of_work(self.actor, "preview") as uow:  # read only: never committed
                member = uow.get(CampaignMember, member_id)
                campaign = uow.get(Campaign, member.campaign_id)
                values = _merge_values(uow.session, campaign, member, member.email or "", config)
        return email_render.preview(tpl.subject, tpl.body, values, html=tpl.html)

    # -- the delivery list ---------------------------------------------------------------------------
    def _require_delivery_writes(self, action: str) -> None:
        """Sending needs campaigns.send, and the delivery rows it writes need the module's own right as well:
        the server guards email_delivery with campaigns.create/edit, so a role holding send alone would have
        its results refused on push and rolled back here (a sent row back to `queued`)."""
        self.access.require("campaigns", "send")
        self.access.require("campaigns", action)

    def prepare(self, campaign_id: uuid.UUID) -> PrepareResult:
        self._require_delivery_writes("create")
        with self.db.unit_of_work(self.actor, "prepare e-mail campaign") as uow:
            uow.get(Campaign, campaign_id)
            session = uow.session
            members = session.execute(
                select(CampaignMember.id, CampaignMember.email, CampaignMember.contact_id,
                       CampaignMember.customer_id, CampaignMember.lead_id)
                .where(CampaignMember.campaign_id == campaign_id, CampaignMember.deleted_at.is_(None))
                .order_by(CampaignMember.created_at, CampaignMember.id)).all()
            # Tombstones too: the unique key counts them, and a deleted delivery was still perhaps sent.
            taken = set(session.scalars(select(EmailDelivery.email)
                                        .where(EmailDelivery.campaign_id == campaign_id)))
            unsubscribed = _unsubscribed(session)
            fallback = _fallback_addresses(session, members)
            rows, duplicates, no_address, skipped = [], 0, 0, 0
            for member in members:
                address = _usable(member.email) or fallback.get(member.id, "")
                if not address:
                    no_address += 1
                    continue
                if address in taken:
                    duplicates += 1
                    continue
                taken.add(address)
                if address in unsubscribed:
                    skipped += 1
                    rows.append({"campaign_id": campaign_id, "member_id": member.id, "email": address,
                                 "status": "skipped", "reason": "unsubscribed"})
                else:
                    rows.append({"campaign_id": campaign_id, "member_id": member.id, "email": address,
                                 "status": "queued"})
            if rows:
                uow.create_many(EmailDelivery, rows, index_search=False)
            changes = uow.commit()
        return PrepareResult(len(rows) - skipped, skipped, duplicates, no_address, changes)

    def deliveries(self, campaign_id: uuid.UUID) -> list[DeliveryDTO]:
        self.access.require("campaigns", "view")
        with self.db.connect() as conn:
            rows = conn.execute(
                select(EmailDelivery.id, EmailDelivery.email, CampaignMember.name, EmailDelivery.status,
                       EmailDelivery.reason, EmailDelivery.attempts, EmailDelivery.message_id, EmailDelivery.sent_at)
                .outerjoin(CampaignMember, CampaignMember.id == EmailDelivery.member_id)
                .where(EmailDelivery.campaign_id == campaign_id, EmailDelivery.deleted_at.is_(None))
                .order_by(EmailDelivery.email)).all()
        return [DeliveryDTO(r.id, r.email, r.name or "", r.status, r.reason, r.attempts, r.message_id, r.sent_at)
                for r in rows]

    def counts(self, campaign_id: uuid.UUID) -> dict[str, int]:
        self.access.require("campaigns", "view")
        with self.db.connect() as conn:
            rows = conn.execute(select(EmailDelivery.status, func.count())
                                .where(EmailDelivery.campaign_id == campaign_id, EmailDelivery.deleted_at.is_(None))
                                .group_by(EmailDelivery.status)).all()
        return {status: 0 for status in ("queued", "sending", "sent", "failed", "skipped")} | dict(rows)

    def requeue(self, campaign_id: uuid.UUID, delivery_ids: list[uuid.UUID]) -> Changes:
        """A person decided these failed deliveries (an interrupted one they checked did not leave, a
        refused one whose mailbox is fixed) may be sent again: back to `queued`. Only `failed` rows move."""
        self._require_delivery_writes("edit")
        with self.db.unit_of_work(self.actor, "requeue e-mail deliveries") as uow:
            moved = []
            for delivery_id in delivery_ids:
                row = uow.get(EmailDelivery, delivery_id)
                if row.campaign_id == campaign_id and row.status == "failed":
                    if row.message_id:  # handed over (or about to be): the server holds its reservation
                        moved.append((row.email, row.message_id))
                    uow.update(row, status="queued", reason="", attempts=0)
            if moved:
                # Before the local commit: a server out of reach refuses the requeue rather than leave rows
                # queued here that the server still reserves (they would be skipped, not resent).
                self._release_claims(campaign_id, moved)
            return uow.commit()

    # -- the server's reservations -------------------------------------------------------------------
    def _server_claims(self) -> ServerClaims | None:
        """The claim connection of a send job, None when this data folder is not linked to a server."""
        try:
            return open_claims(self.db, lambda: SyncService(self.db, self.actor, self.credentials).server_password())
        except ClaimServerError as exc:
            raise CampaignSendError(exc.code, cause=exc.cause, detail=exc.detail) from exc

    def _release_claims(self, campaign_id: uuid.UUID, handoffs: list[tuple[str, str]]) -> None:
        claims = self._server_claims()
        if claims is None:
            return
        try:
            claims.release(campaign_id, handoffs)
        except psycopg.Error as exc:
            raise CampaignSendError(failure_code(exc), detail=str(exc).strip()) from exc
        finally:
            claims.close()

    # -- the unsubscribe list ------------------------------------------------------------------------
    def unsubscribe(self, email: str, reason: str = "", source: str = "manual") -> Changes:
        """Put an address on the list; its queued deliveries in every campaign become `skipped` at once
        (and the send loop checks the list again before each message anyway). An address that is not an
        e-mail address is refused (ValidationError, field `email`, code `email_invalid`)."""
        self.access.require("campaigns", "edit")
        address = (email or "").strip().lower()
        if not _usable(address):
            raise ValidationError([FieldError("email", "required" if not address else "email_invalid",
                                              {"value": email or ""})])
        with self.db.unit_of_work(self.actor, "unsubscribe e-mail address") as uow:
            row = uow.session.scalars(select(EmailUnsubscribe).where(func.lower(EmailUnsubscribe.email) == address)
                                      ).first()
            if row is None:
                uow.create(EmailUnsubscribe, email=address, reason=reason, source=source)
            else:
                uow.restore(row)
                uow.update(row, reason=reason or row.reason, source=source or row.source)
            for delivery in uow.session.scalars(select(EmailDelivery).where(EmailDelivery.email == address,
                                                                            EmailDelivery.status == "queued",
                                                                            EmailDelivery.deleted_at.is_(None))):
                uow.update(delivery, status="skipped", reason="unsubscribed")
            return uow.commit()

    def is_unsubscribed(self, email: str) -> bool:
        with self.db.connect() as conn:
            return conn.execute(select(EmailUnsubscribe.id).where(
                EmailUnsubscribe.email == (email or "").strip().lower(),
                EmailUnsubscribe.deleted_at.is_(None))).first() is not None

    def unsubscribes(self, search: str = "", limit: int = 500) -> list[UnsubscribeDTO]:
        """The unsubscribe list, newest first; `search` keeps the addresses containing it (any case)."""
        self.access.require("campaigns", "view")
        query = select(EmailUnsubscribe.id, EmailUnsubscribe.email, EmailUnsubscribe.reason,
                       EmailUnsubscribe.source, EmailUnsubscribe.created_at).where(
            EmailUnsubscribe.deleted_at.is_(None))
        needle = (search or "").strip().lower()
        if needle:
            escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(func.lower(EmailUnsubscribe.email).like(f"%{escaped}%", escape="\\"))
        with self.db.connect() as conn:
            rows = conn.execute(query.order_by(EmailUnsubscribe.created_at.desc(), EmailUnsubscribe.id.desc())
                                .limit(max(0, limit))).all()
        return [UnsubscribeDTO(r.id, r.email, r.reason or "", r.source or "", r.created_at) for r in rows]

    def resubscribe(self, email: str) -> Changes:
        """Take an address off the unsubscribe list (a tombstone: the row stays in the journal and the
        recycle bin). Campaigns prepared from now on queue it again; deliveries already `skipped` because
        of it stay skipped (they were settled when the address was off limits; nothing is revived behind
        the sender's back). Raises CampaignSendError `not_unsubscribed`
        when the address is not on the list."""
        self.access.require("campaigns", "edit")
        address = (email or "").strip().lower()
        with self.db.unit_of_work(self.actor, "resubscribe e-mail address") as uow:
            row = uow.session.scalars(select(EmailUnsubscribe).where(
                func.lower(EmailUnsubscribe.email) == address, EmailUnsubscribe.deleted_at.is_(None))).first()
            if row is None:
                raise CampaignSendError("not_unsubscribed", email=address)
            uow.delete(row)
            return uow.commit()

    # -- sending -------------------------------------------------------------------------------------
    def send(self, campaign_id: uuid.UUID, progress: Callable[[int, int], None] | None = None, *,
             rate_per_minute: int | None = None, clock: Callable[[], float] | None = None,
             sleep: Callable[[float], None] | None = None, password: str | None = None,
             max_attempts: int = DEFAULT_MAX_ATTEMPTS, backoff: float = DEFAULT_BACKOFF) -> SendResult:
        """Send the campaign's queued deliveries (see the module docstring for the guarantee). A plain
        callable for a background lane; returns what happened. Raises CampaignSendError before anything is
        claimed when the settings, the password or the template are missing."""
        self._require_delivery_writes("edit")
        clock = clock or time.monotonic
        sleep = sleep or time.sleep
        config = self.settings()
        secret = self._password(config, password)
        key = (str(self.db.paths.root), campaign_id)
        with _running_lock:
            if key in _running:
                raise CampaignSendError("campaign_already_sending")
            _running.add(key)
        try:
            return self._send(campaign_id, progress, config, secret, clock, sleep,
                              config.rate_per_minute if rate_per_minute is None else rate_per_minute,
                              max(1, max_attempts), backoff)
        finally:
            with _running_lock:
                _running.discard(key)

    def _send(self, campaign_id, progress, config, secret, clock, sleep, rate, max_attempts, backoff) -> SendResult:
        result = SendResult()
        with self.db.connect() as conn:
            campaign = conn.execute(select(Campaign).where(Campaign.id == campaign_id,
                                                           Campaign.deleted_at.is_(None))).first()
            if campaign is None:
                raise NotFound(entity="campaign", id=str(campaign_id))
            template = conn.execute(select(EmailTemplate).where(EmailTemplate.id == campaign.template_id,
                                                                EmailTemplate.deleted_at.is_(None))).first() \
                if campaign.template_id else None
        if template is None:
            raise CampaignSendError("campaign_no_template")
        email_render.check_template(template.subject, template.body)
        server = self._server_claims()  # raises before anything is claimed when the server cannot arbitrate
        try:
            return self._send_claimed(campaign_id, progress, config, secret, clock, sleep, rate, max_attempts,
                                      backoff, template, server, result)
        finally:
            if server is not None:
                server.close()

    def _send_claimed(self, campaign_id, progress, config, secret, clock, sleep, rate, max_attempts, backoff,
                      template, server, result) -> SendResult:
        result.interrupted, changes = self._settle_interrupted(campaign_id)
        with self.db.connect() as conn:
            pending = deque(conn.scalars(select(EmailDelivery.id).where(
                EmailDelivery.campaign_id == campaign_id, EmailDelivery.status == "queued",
                EmailDelivery.deleted_at.is_(None)).order_by(EmailDelivery.email)))
        total, done = len(pending), 0
        retries: list[tuple[float, int, uuid.UUID]] = []  # (due, tie-break, id)
        interval = 60.0 / rate if rate and rate > 0 else 0.0
        next_slot = clock()
        connection_failures = 0

        def tell() -> None:
            if progress is not None:
                progress(done, max(total, done))

        def pause(seconds: float) -> None:
            """Sleep, in steps of at most a second so that Cancel is heard during a long back-off."""
            end = clock() + seconds
            while (left := end - clock()) > 0:
                sleep(min(left, 1.0))
                if left > 1.0:
                    tell()

        transport = self.transport_factory(config, secret)
        try:
            while pending or retries:
                if pending:
                    delivery_id = pending.popleft()
                else:
                    due, _n, delivery_id = heapq.heappop(retries)
                    pause(due - clock())
                pause(next_slot - clock())  # the throttle; before the claim, so a Cancel here leaves nothing 'sending'
                try:
                    claim = self._claim(campaign_id, delivery_id, template, config, server)
                except psycopg.Error as exc:  # the server stopped answering: nothing unreserved is sent
                    result.aborted = failure_code(exc)
                    break
                settled = True
                if claim is None:  # settled elsewhere meanwhile (someone unsubscribed it, ...)
                    pass
                elif claim.message is None:
                    changes |= claim.changes
                    result.skipped += claim.outcome == "skipped"
                    result.failed += claim.outcome == "failed"
                    if claim.outcome == "claimed_elsewhere":
                        result.claimed_elsewhere.append(claim.email)
                else:
                    changes |= claim.changes
                    next_slot = max(clock(), next_slot) + interval
                    try:
                        transport.send(claim.message, claim.email, config.from_address)
                    except SmtpFailure as failure:
                        what, failed_changes, attempts = self._failed(claim, failure, max_attempts)
                        changes |= failed_changes
                        if what == "retry":
                            result.retried += 1
                            settled = False
                            heapq.heappush(retries, (clock() + backoff * 2 ** (attempts - 1), next(self._tie),
                                                     delivery_id))
                        elif what == "released":
                            connection_failures += 1
                            if failure.permanent or connection_failures >= max_attempts:
                                result.aborted = failure.reason()
                                break
                            settled = False
                            pending.appendleft(delivery_id)
                            pause(backoff * 2 ** (connection_failures - 1))
                        else:
                            if what == "uncertain":
                                result.uncertain.append(claim.email)
                            result.failed += 1
                    else:
                        connection_failures = 0
                        changes |= self._settle(delivery_id, "sent", "", sent=True)
                        result.sent += 1
                done += settled
                tell()
        except Cancelled:
            # Raised by `progress` between deliveries or during a pause: no row is 'sending' at those points.
            result.cancelled = True
        finally:
            transport.close()
        elsewhere = set(result.claimed_elsewhere)
        with self.db.connect() as conn:
            queued = conn.scalars(select(EmailDelivery.email).where(
                EmailDelivery.campaign_id == campaign_id, EmailDelivery.status == "queued",
                EmailDelivery.deleted_at.is_(None))).all()
        result.remaining = sum(1 for email in queued if email not in elsewhere)
        result.changes = changes
        return result

    def _job(self, label: str):
        """A unit of work of the sending job: the user's (so the server accepts its operations), but
        irreversible — were a claim undoable, two Ctrl+Z after a campaign could put a sent row back to
        `queued` and send it twice."""
        return self.db.unit_of_work(self.actor, irreversible(label))

    def _settle_interrupted(self, campaign_id) -> tuple[list[str], Changes]:
        """Rows a crashed run left `sending`: failed, reason `interrupted`, never resent by the program."""
        with self._job("settle interrupted e-mail deliveries") as uow:
            rows = list(uow.session.scalars(select(EmailDelivery).where(
                EmailDelivery.campaign_id == campaign_id, EmailDelivery.status == "sending",
                EmailDelivery.deleted_at.is_(None)).order_by(EmailDelivery.email)))
            for row in rows:
                uow.update(row, status="failed", reason="interrupted")
            return [r.email for r in rows], uow.commit() if rows else Changes()

    def _claim(self, campaign_id, delivery_id, template, config, server: ServerClaims | None = None
               ) -> _Claim | None:
        with self._job("send campaign e-mail") as uow:
            row = uow.get(EmailDelivery, delivery_id)
            if row.status != "queued":
                return None
            if row.email in _unsubscribed(uow.session, row.email):
                uow.update(row, status="skipped", reason="unsubscribed")
                claim = _Claim(delivery_id, row.email, None, "skipped")
                claim.changes = uow.commit()
                return claim
            campaign = uow.get(Campaign, campaign_id)
            member = uow.session.get(CampaignMember, row.member_id) if row.member_id else None
            # Unique per handoff (a resend is a new message): the server's reservation names it, so a requeue
            # removes the reservation of the failure it saw and no newer one.
            message_id = (f"<{delivery_id.hex}.{uuid.uuid4().hex[:12]}"
                          f"@{email_render.message_domain(config.from_address)}>")
            try:
                address = check_address(row.email)
                values = _merge_values(uow.session, campaign, member, address, config)
                message = email_render.build_message(
                    subject=template.subject, body=template.body, html=template.html, values=values,
                    to_address=address, to_name=values.name, from_address=config.from_address,
                    from_name=config.from_name, message_id=message_id, date=self.db.now())
            except SmtpFailure as failure:
                uow.update(row, status="failed", reason=failure.reason(), attempts=row.attempts + 1)
                claim = _Claim(delivery_id, row.email, None, "failed")
                claim.changes = uow.commit()
                return claim
            # The server's reservation first, the local claim after: a crash in between leaves the row queued
            # and the reservation this device's own (see ServerClaims.claim).
            if server is not None and not server.claim(campaign_id, row.email, delivery_id, message_id):
                # Left queued, nothing written (see "Across desks"): the unit rolls back.
                return _Claim(delivery_id, row.email, None, "claimed_elsewhere")
            uow.update(row, status="sending", attempts=row.attempts + 1, message_id=message_id)
            claim = _Claim(delivery_id, address, message)
            claim.changes = uow.commit()
            return claim

    def _failed(self, claim: _Claim, failure: SmtpFailure, max_attempts: int):
        """Record a failed handoff. Returns (what, changes, attempts): what is "failed", "uncertain", "retry"
        (back to queued for later) or "released" (a connection failure: the claim is given back)."""
        with self._job("send campaign e-mail") as uow:
            row = uow.get(EmailDelivery, claim.delivery_id)
            if failure.uncertain:
                what = "uncertain"
                uow.update(row, status="failed", reason="uncertain:" + failure.reason())
            elif failure.scope == "connection":
                what = "released"  # nothing reached the recipient stage: not an attempt at this address
                uow.update(row, status="queued", reason=failure.reason(), attempts=max(0, row.attempts - 1))
            elif failure.temporary and row.attempts < max_attempts:
                what = "retry"
                uow.update(row, status="queued", reason=failure.reason())
            else:
                what = "failed"
                uow.update(row, status="failed", reason=failure.reason())
            return what, uow.commit(), row.attempts

    def _settle(self, delivery_id, status, reason, *, sent=False) -> Changes:
        with self._job("send campaign e-mail") as uow:
            row = uow.get(EmailDelivery, delivery_id)
            values = {"status": status, "reason": reason}
            if sent:
                values["sent_at"] = self.db.now()
            uow.update(row, **values)
            return uow.commit()


def settings_errors(config: SmtpConfig) -> list[FieldError]:
    errors = []
    if not config.host.strip():
        errors.append(FieldError("host", "required"))
    if not isinstance(config.port, int) or not 0 < config.port < 65536:
        errors.append(FieldError("port", "out_of_range", {"min": 1, "max": 65535}))
    if config.security not in SECURITY:
        errors.append(FieldError("security", "invalid_choice", {"choices": list(SECURITY)}))
    try:
        check_address(config.from_address)
    except SmtpFailure:
        errors.append(FieldError("from_address", "email_invalid", {"value": config.from_address}))
    if not isinstance(config.rate_per_minute, int) or config.rate_per_minute < 0:
        errors.append(FieldError("rate_per_minute", "out_of_range", {"min": 0}))
    if config.unsubscribe_url and not config.unsubscribe_url.startswith(("https://", "http://", "mailto:")):
        errors.append(FieldError("unsubscribe_url", "invalid_url"))
    return errors


def default_port(security: str) -> int:
    return DEFAULT_PORTS[security]


def _template_dto(row) -> TemplateDTO:
    return TemplateDTO(row.id, row.name, row.subject, row.body, bool(row.html), row.updated_at)


def _template_values(values: dict, *, partial: bool) -> dict:
    unknown = set(values) - TEMPLATE_FIELDS
    if unknown:
        raise ValidationError([FieldError(name, "unknown_field") for name in sorted(unknown)])
    subject, body = values.get("subject", ""), values.get("body", "")
    errors = email_render.template_errors(subject, body)
    if not partial and not (values.get("name") or "").strip():
        errors.insert(0, FieldError("name", "required"))
    if errors:
        raise ValidationError(errors)
    return {k: v for k, v in values.items() if k in TEMPLATE_FIELDS}


def _usable(address: str | None) -> str:
    address = (address or "").strip().lower()
    if not address:
        return ""
    try:
        check_address(address)
    except SmtpFailure:
        return ""
    return address


def _unsubscribed(session, email: str | None = None) -> set[str]:
    query = select(EmailUnsubscribe.email).where(EmailUnsubscribe.deleted_at.is_(None))
    if email is not None:
        query = query.where(EmailUnsubscribe.email == email)
    return {e.lower() for e in session.scalars(query)}


def _fallback_addresses(session, members) -> dict[uuid.UUID, str]:
    """The address of a member recorded without one: its contact's, customer's or lead's."""
    need = [m for m in members if not _usable(m.email)]
    out: dict[uuid.UUID, str] = {}
    sources = ((Contact, "contact_id"), (Lead, "lead_id"), (Customer, "customer_id"))
    for model, attribute in sources:
        ids = {getattr(m, attribute) for m in need if getattr(m, attribute) and m.id not in out}
        if not ids:
            continue
        found = dict(session.execute(select(model.id, model.email).where(model.id.in_(ids))).all())
        for m in need:
            if m.id not in out and _usable(found.get(getattr(m, attribute))):
                out[m.id] = _usable(found[getattr(m, attribute)])
    return out


def _merge_values(session, campaign, member, address: str, config: SmtpConfig) -> MergeValues:
    """name: the member's (else the contact's / lead's / customer's); company: the customer's (or the lead's
    company); owner: the customer's (or lead's) owner, else the campaign's owner."""
    name = company = ""
    owner_id = None
    if member is not None:
        name = member.name or ""
        customer_id = member.customer_id
        if member.contact_id:
            contact = session.get(Contact, member.contact_id)
            if contact is not None:
                name = name or contact.name
                customer_id = customer_id or contact.customer_id
        if member.lead_id:
            lead = session.get(Lead, member.lead_id)
            if lead is not None:
                name, company, owner_id = name or lead.name, lead.company or "", lead.owner_id
        if customer_id:
            customer = session.get(Customer, customer_id)
            if customer is not None:
                company, owner_id = customer.name, customer.owner_id or owner_id
                name = name or customer.name
    owner_id = owner_id or campaign.owner_id
    owner = session.get(User, owner_id) if owner_id else None
    return MergeValues(name=name, company=company, owner=owner.display_name if owner is not None else "",
                       unsubscribe=email_render.unsubscribe_link(config.unsubscribe_url, address,
                                                                 config.from_address))


__all__ = ["CampaignSendError", "DeliveryDTO", "EmailCampaignService", "PrepareResult", "SendResult",
           "TemplateDTO", "UnsubscribeDTO", "settings_errors"]
