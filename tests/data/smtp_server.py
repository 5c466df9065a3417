"""A real SMTP server on loopback for the e-mail tests (aiosmtpd in its own thread), with failures that can
be injected per address, a captured list of every message it accepted, and a CA + server certificate made
with `cryptography` for the TLS paths."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections import Counter
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Captured:
    sender: str
    recipients: list[str]
    data: bytes

    @property
    def message(self):
        return BytesParser(policy=policy.default).parsebytes(self.data)


@dataclass
class Handler:
    """Accepts everything except what a test arranges:
    rcpt_fail / data_fail: address -> list of reply strings used one per attempt (then accepts), or a single
    reply string used every time. drop_in_data: addresses whose DATA makes the server hang up after reading
    the message (the client never learns whether it was accepted; the message is NOT captured)."""

    rcpt_fail: dict = field(default_factory=dict)
    data_fail: dict = field(default_factory=dict)
    drop_in_data: set = field(default_factory=set)
    captured: list = field(default_factory=list)
    attempts: Counter = field(default_factory=Counter)  # (stage, address) -> how many times seen
    lock: threading.Lock = field(default_factory=threading.Lock)

    def _reply(self, table: dict, stage: str, address: str) -> str | None:
        key = address.lower()
        with self.lock:
            self.attempts[(stage, key)] += 1
            rule = table.get(key)
            if rule is None:
                return None
            if isinstance(rule, str):
                return rule
            n = self.attempts[(stage, key)]
            return rule[n - 1] if n <= len(rule) else None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        reply = self._reply(self.rcpt_fail, "rcpt", address)
        if reply:
            return reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        address = envelope.rcpt_tos[0]
        reply = self._reply(self.data_fail, "data", address)
        if reply:
            return reply
        if address.lower() in self.drop_in_data:
            server.transport.close()
            return "421 gone"  # never reaches the client: the transport is closed
        with self.lock:
            self.captured.append(Captured(envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 Message accepted for delivery"

    def by_recipient(self) -> Counter:
        with self.lock:
            return Counter(r.lower() for c in self.captured for r in c.recipients)


class _Controller(Controller):
    """Controller whose readiness check also works for an implicit-TLS server (it talks TLS to itself)."""

    def __init__(self, handler, *, client_context: ssl.SSLContext | None = None, **kwargs):
        self._client_context = client_context
        super().__init__(handler, **kwargs)

    def _trigger_server(self):
        if self.ssl_context is None:
            return super()._trigger_server()
        with socket.create_connection((self.hostname, self.port)) as raw, \
                self._client_context.wrap_socket(raw, server_hostname="localhost") as s:
            s.recv(1024)


def start_server(handler: Handler, *, tls_context: ssl.SSLContext | None = None,
                 ssl_context: ssl.SSLContext | None = None, client_context: ssl.SSLContext | None = None,
                 users: dict | None = None, idle_timeout: float | None = None) -> _Controller:
    kwargs = {}
    if idle_timeout is not None:
        kwargs.update(timeout=idle_timeout)  # the server hangs up on a connection idle this long
    if tls_context is not None:
        kwargs.update(tls_context=tls_context, require_starttls=True)
    if ssl_context is not None:
        kwargs.update(ssl_context=ssl_context)
    if users is not None:
        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and \
                users.get(auth_data.login.decode()) == auth_data.password.decode()
            return AuthResult(success=ok, handled=False)  # handled=False: the server replies 535
        kwargs.update(authenticator=authenticate, auth_require_tls=tls_context is not None or ssl_context is not None)
    else:
        kwargs.update(auth_require_tls=False)
    controller = _Controller(handler, hostname="127.0.0.1", port=free_port(), client_context=client_context,
                             decode_data=False, **kwargs)
    controller.start()
    return controller


@dataclass
class Certificates:
    ca_file: Path
    cert_file: Path
    key_file: Path

    def server_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(self.cert_file, self.key_file)
        return context

    def client_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context()
        context.load_verify_locations(cafile=str(self.ca_file))
        return context


def make_certificates(folder: Path) -> Certificates:
    """A CA and a server certificate for localhost / 127.0.0.1 signed by it, valid for a day."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "crm-desktop test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=1))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                        x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    out = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    out.ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    out.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    out.key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                               serialization.NoEncryption()))
    return out
