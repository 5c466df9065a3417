"""One SMTP connection: connect (plain, STARTTLS or implicit TLS), sign in, send one message at a time, and
say what went wrong as a code the campaign can act on (no database here).

Failures are classified by SMTP reply codes and exception types, never by the server's wording:

* ``permanent`` — a 5xx reply, an address that cannot be valid, a refused sign-in, a certificate that does
  not verify. Sending the same thing again will fail again.
* ``temporary`` — a 4xx reply, a refused or reset connection, a timeout **before the message data was
  handed over**. Nothing was delivered; trying again later is safe.
* ``uncertain`` — the connection broke or timed out while the message data was being sent or its reply
  awaited. The server may or may not have accepted the message (RFC 5321 §6.1 calls this the duplicate
  window). A sender that must never send twice does not retry these.

``scope`` says whether the failure belongs to one recipient (``recipient``: RCPT or DATA refused) or to the
whole connection (``connection``: connect, TLS, sign-in, MAIL FROM) — a campaign stops on a permanent
connection failure instead of failing every recipient one by one.

TLS certificates are verified by default (``ssl.create_default_context``, host name checked); a company
server with its own CA is trusted by giving ``ca_file``, never by turning verification off.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Self

from email_validator import EmailNotValidError, validate_email

from ..domain.errors import CrmError

SECURITY = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int = 587
    security: str = "starttls"  # none / starttls / ssl
    user: str = ""  # empty: no sign-in
    from_address: str = ""
    from_name: str = ""
    rate_per_minute: int = 60  # 0: no throttle
    timeout: float = 30.0
    ca_file: str = ""  # a PEM file of CAs to trust in addition to nothing else (the company's own CA)
    unsubscribe_url: str = ""  # "https://example.com/unsubscribe?e={email}"; empty: a mailto: to from_address
    helo_name: str = ""  # empty: the machine's name

    def __post_init__(self):
        if self.security not in SECURITY:
            raise ValueError(f"security must be one of {SECURITY}")


class SmtpFailure(CrmError):
    """A failure with a code and its class. Codes: connect_failed, tls_failed, tls_verify_failed,
    starttls_unsupported, auth_failed, auth_unsupported, sender_refused, recipient_refused, data_refused,
    bad_address, disconnected, timeout. `kind`: permanent / temporary / uncertain; `scope`: recipient /
    connection; `smtp_code` (int) and `enhanced` ("5.1.1") when the server replied."""

    code = "smtp_failed"

    def __init__(self, code: str, kind: str, scope: str, *, smtp_code: int | None = None,
                 enhanced: str = "", phase: str = "", detail: str = ""):
        super().__init__(code, kind=kind, scope=scope, smtp_code=smtp_code, enhanced=enhanced, phase=phase)
        self.kind = kind
        self.scope = scope
        self.smtp_code = smtp_code
        self.enhanced = enhanced
        self.phase = phase
        self.detail = detail  # the server's words, for the log only; decisions never read them

    @property
    def permanent(self) -> bool:
        return self.kind == "permanent"

    @property
    def temporary(self) -> bool:
        return self.kind == "temporary"

    @property
    def uncertain(self) -> bool:
        return self.kind == "uncertain"

    def reason(self) -> str:
        """A compact code for a delivery row: "recipient_refused:550:5.1.1", "disconnected", ..."""
        parts = [self.code]
        if self.smtp_code is not None:
            parts.append(str(self.smtp_code))
        if self.enhanced:
            parts.append(self.enhanced)
        return ":".join(parts)


def kind_of(smtp_code: int) -> str:
    """RFC 5321 §4.2.1: 4yz transient negative, 5yz permanent negative."""
    if 400 <= smtp_code < 500:
        return "temporary"
    if 500 <= smtp_code < 600:
        return "permanent"
    return "permanent"  # a reply outside the protocol: do not loop on it


def _enhanced(message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    first = text.split(None, 1)[0] if text.split() else ""
    bits = first.split(".")
    return first if len(bits) == 3 and all(b.isdigit() for b in bits) and bits[0] in "245" else ""


def _reply_failure(code: str, scope: str, phase: str, smtp_code: int, message) -> SmtpFailure:
    detail = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return SmtpFailure(code, kind_of(smtp_code), scope, smtp_code=smtp_code, enhanced=_enhanced(message),
                       phase=phase, detail=detail)


def classify(exc: BaseException, phase: str) -> SmtpFailure:
    """An exception raised by smtplib/ssl/socket during `phase` (connect, tls, auth, mail, rcpt, data)."""
    if isinstance(exc, SmtpFailure):
        return exc
    scope = "recipient" if phase in ("rcpt", "data") else "connection"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return _reply_failure("auth_failed", "connection", phase, exc.smtp_code, exc.smtp_error)
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        code = "starttls_unsupported" if phase == "tls" else "auth_unsupported" if phase == "auth" else \
            "not_supported"
        return SmtpFailure(code, "permanent", "connection", phase=phase, detail=str(exc))
    if isinstance(exc, ssl.SSLCertVerificationError):
        return SmtpFailure("tls_verify_failed", "permanent", "connection", phase=phase,
                           detail=str(exc.verify_message or exc))
    if isinstance(exc, smtplib.SMTPResponseException):
        code = {"mail": "sender_refused", "rcpt": "recipient_refused", "data": "data_refused",
                "auth": "auth_failed", "tls": "tls_failed"}.get(phase, "connect_failed")
        return _reply_failure(code, scope, phase, exc.smtp_code, exc.smtp_error)
    if isinstance(exc, ssl.SSLError):
        return SmtpFailure("tls_failed", "permanent", "connection", phase=phase, detail=str(exc))
    broken = isinstance(exc, (smtplib.SMTPServerDisconnected, ConnectionError, EOFError))
    timed_out = isinstance(exc, (socket.timeout, TimeoutError))
    if broken or timed_out or isinstance(exc, OSError):
        code = "timeout" if timed_out else "connect_failed" if phase == "connect" or not broken else \
            "disconnected"
        # Once the data is on its way, a broken connection leaves delivery unknown.
        kind = "uncertain" if phase == "data" else "temporary"
        return SmtpFailure(code, kind, "connection" if kind == "temporary" else "recipient", phase=phase,
                           detail=str(exc))
    if isinstance(exc, smtplib.SMTPException):
        return SmtpFailure("smtp_failed", "uncertain" if phase == "data" else "temporary", scope, phase=phase,
                           detail=str(exc))
    raise exc


def check_address(address: str) -> str:
    """The address normalised for sending (domain lower-cased, IDN as entered); SmtpFailure bad_address
    (permanent, recipient) for one that cannot be valid. No DNS look-up: the server says the rest."""
    try:
        return validate_email(address, check_deliverability=False, allow_smtputf8=True, strict=True).normalized
    except EmailNotValidError as exc:
        raise SmtpFailure("bad_address", "permanent", "recipient", phase="address", detail=str(exc)) from None


def tls_context(ca_file: str = "") -> ssl.SSLContext:
    """Verification on, host names checked; `ca_file` adds (only) the given CA to the system's."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)
    return context


@dataclass
class SmtpTransport:
    """A connection that stays open across messages (reopened on the next send after a failure). Use as a
    context manager or call close(). `password` comes from the caller (who reads it from the keyring)."""

    config: SmtpConfig
    password: str = ""
    context: ssl.SSLContext | None = None
    _smtp: smtplib.SMTP | None = field(default=None, init=False, repr=False)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def connected(self) -> bool:
        return self._smtp is not None

    def open(self) -> None:
        if self._smtp is not None:
            return
        cfg = self.config
        context = self.context or tls_context(cfg.ca_file)
        phase = "connect"
        smtp: smtplib.SMTP | None = None
        try:
            helo = cfg.helo_name or None
            if cfg.security == "ssl":
                phase = "tls"
                smtp = smtplib.SMTP_SSL(cfg.host, cfg.port, local_hostname=helo, timeout=cfg.timeout,
                                        context=context)
            else:
                smtp = smtplib.SMTP(cfg.host, cfg.port, local_hostname=helo, timeout=cfg.timeout)
            smtp.ehlo()
            if cfg.security == "starttls":
                phase = "tls"
                smtp.starttls(context=context)
                smtp.ehlo()
            if cfg.user:
                phase = "auth"
                _login(smtp, cfg.user, self.password)
        except BaseException as exc:
            if smtp is not None:
                _close_quietly(smtp)
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                raise
            raise classify(exc, phase) from exc
        self._smtp = smtp

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            try:
                smtp.quit()
            except (smtplib.SMTPException, OSError):
                _close_quietly(smtp)

    def test(self) -> None:
        """Connect, sign in and say goodbye; raises SmtpFailure with what went wrong."""
        try:
            self.open()
            try:
                code, message = self._smtp.noop()
            except BaseException as exc:
                raise classify(exc, "connect") from exc
            if code != 250:
                raise _reply_failure("connect_failed", "connection", "connect", code, message)
        finally:
            self.close()

    def send(self, message: EmailMessage, recipient: str, sender: str | None = None) -> str:
        """Hand one message to the server for one recipient; returns the server's final reply code ("250").
        Raises SmtpFailure. A refused recipient resets the transaction (RSET) and keeps the connection; any
        other failure drops it (reopened by the next send), so a half-finished transaction never leaks into
        the next message. A kept connection the server has meanwhile closed (idle time-out, 421) is reopened
        once at once: that failure comes before MAIL FROM is answered, so nothing was sent."""
        recipient = check_address(recipient)
        sender = sender or self.config.from_address
        reused = self._smtp is not None
        try:
            return self._transaction(message, recipient, sender)
        except SmtpFailure as failure:
            if not (reused and failure.temporary and failure.scope == "connection" and failure.phase == "mail"):
                raise
        return self._transaction(message, recipient, sender)

    def _transaction(self, message: EmailMessage, recipient: str, sender: str) -> str:
        self.open()
        smtp = self._smtp
        phase = "mail"
        try:
            utf8 = not (recipient.isascii() and sender.isascii())
            if utf8 and not smtp.has_extn("smtputf8"):
                raise SmtpFailure("bad_address", "permanent", "recipient", phase="address",
                                  detail="the server does not accept non-ASCII addresses (SMTPUTF8)")
            options = ["SMTPUTF8", "BODY=8BITMIME"] if utf8 else []
            code, reply = smtp.mail(sender, options)
            if code != 250:
                raise _reply_failure("sender_refused", "connection", phase, code, reply)
            phase = "rcpt"
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                raise _reply_failure("recipient_refused", "recipient", phase, code, reply)
            phase = "data"
            payload = message.as_bytes(policy=message.policy.clone(utf8=True)) if utf8 else message.as_bytes()
            try:
                code, reply = smtp.data(payload)
            except smtplib.SMTPDataError as exc:
                # The server answered DATA (or the end of the data) with a refusal: not delivered.
                raise _reply_failure("data_refused", "recipient", phase, exc.smtp_code, exc.smtp_error) from exc
            if code != 250:
                raise _reply_failure("data_refused", "recipient", phase, code, reply)
            return str(code)
        except BaseException as exc:
            if isinstance(exc, (KeyboardInterrupt, SystemExit)):
                self._drop()
                raise
            failure = classify(exc, phase)
            if failure.scope == "recipient" and failure.kind != "uncertain":
                # The server refused this recipient cleanly; reset the transaction and keep the connection.
                try:
                    code, _reply = smtp.rset()
                    if code != 250:
                        self._drop()
                except (smtplib.SMTPException, OSError):
                    self._drop()
            else:
                self._drop()
            raise failure from exc

    def _drop(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is not None:
            _close_quietly(smtp)


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """smtplib encodes credentials as ASCII; a Chinese password (or user name) goes as SASL PLAIN in UTF-8
    (RFC 4616), which every server offering PLAIN accepts."""
    if (user + password).isascii():
        smtp.login(user, password)
        return
    mechanisms = smtp.esmtp_features.get("auth", "").upper().split()
    if "PLAIN" not in mechanisms:
        raise smtplib.SMTPNotSupportedError("non-ASCII credentials need AUTH PLAIN")
    token = base64.b64encode(b"\0" + user.encode() + b"\0" + password.encode()).decode("ascii")
    code, reply = smtp.docmd("AUTH", "PLAIN " + token)
    if code == 503:  # already signed in
        return
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def _close_quietly(smtp: smtplib.SMTP) -> None:
    try:
        smtp.close()
    except OSError:
        pass


__all__ = ["DEFAULT_PORTS", "SECURITY", "SmtpConfig", "SmtpFailure", "SmtpTransport", "check_address", "classify",
           "kind_of", "tls_context"]
