"""The SMTP transport against a real SMTP server on loopback (aiosmtpd): sending, failure classes by reply
code, STARTTLS and implicit TLS with certificate verification, sign-in."""

from __future__ import annotations

import time
from datetime import datetime
from email.header import decode_header, make_header
from email.parser import BytesParser
from email.policy import compat32

import pytest

from crm_desktop.services.email_render import MergeValues, build_message
from crm_desktop.services.smtp_transport import (
    SmtpConfig,
    SmtpFailure,
    SmtpTransport,
    check_address,
    kind_of,
)

from .smtp_server import free_port, make_certificates, start_server

SUBJECT = "{{name}}，您好：双十一客户答谢会邀请"
BODY = "尊敬的{{name}}：\n感谢{{company}}一直以来的支持。\n客户经理：{{owner}}\n退订：{{unsubscribe}}\n"


def message(to: str, n: int = 1):
    values = MergeValues(name="王芳", company="上海恒通贸易有限公司", owner="李娜",
                         unsubscribe=f"mailto:marketing@example.cn?subject=unsubscribe%20{to}")
    return build_message(subject=SUBJECT, body=BODY, values=values, to_address=to,
                         from_address="marketing@example.cn", from_name="市场部",
                         message_id=f"<test{n}@example.cn>", date=datetime(2026, 11, 11, 1, 2, 3))


@pytest.fixture
def server(handler):
    controller = start_server(handler)
    yield controller
    controller.stop()


def plain(server, **kw) -> SmtpConfig:
    return SmtpConfig(host=server.hostname, port=server.port, security="none",
                      from_address="marketing@example.cn", timeout=5, **kw)


def test_a_message_arrives_with_its_chinese_subject_and_body(server, handler):
    with SmtpTransport(plain(server)) as transport:
        assert transport.send(message("wang.fang@example.com"), "wang.fang@example.com") == "250"
    assert handler.by_recipient() == {"wang.fang@example.com": 1}
    got = handler.captured[0]
    assert got.sender == "marketing@example.cn"
    raw_subject = got.message["Subject"]
    encoded = BytesParser(policy=compat32).parsebytes(got.data)["Subject"]  # as on the wire, folded
    assert encoded.isascii() and "=?utf-8?" in encoded.lower()
    assert str(make_header(decode_header(encoded))) == "王芳，您好：双十一客户答谢会邀请"
    assert raw_subject == "王芳，您好：双十一客户答谢会邀请"
    assert got.data.isascii()  # RFC 2047 words and base64: nothing needs 8BITMIME
    assert got.message["Message-ID"] == "<test1@example.cn>"
    # Folded onto its own line on the wire (78 columns); unfolded it is the recipient's own link.
    assert got.message["List-Unsubscribe"].strip() == "<mailto:marketing@example.cn?subject=unsubscribe%20wang.fang@example.com>"
    assert got.message["From"].addresses[0].display_name == "市场部"
    body = got.message.get_content()
    assert "尊敬的王芳：" in body and "上海恒通贸易有限公司" in body and "客户经理：李娜" in body


@pytest.mark.parametrize("reply, code, kind, smtp_code, enhanced", [
    ("550 5.1.1 User unknown", "recipient_refused", "permanent", 550, "5.1.1"),
    ("451 4.3.0 Try again later", "recipient_refused", "temporary", 451, "4.3.0"),
    ("452 Too many recipients", "recipient_refused", "temporary", 452, ""),
])
def test_recipient_refusals_are_classified_by_code_and_the_connection_survives(server, handler, reply, code, kind,
                                                                                smtp_code, enhanced):
    handler.rcpt_fail["bad@example.com"] = reply
    with SmtpTransport(plain(server)) as transport:
        with pytest.raises(SmtpFailure) as caught:
            transport.send(message("bad@example.com"), "bad@example.com")
        failure = caught.value
        assert (failure.code, failure.kind, failure.scope, failure.smtp_code, failure.enhanced) == \
            (code, kind, "recipient", smtp_code, enhanced)
        assert transport.connected  # RSET, not a reconnect
        transport.send(message("good@example.com"), "good@example.com")
    assert handler.by_recipient() == {"good@example.com": 1}


@pytest.mark.parametrize("reply, kind", [("554 5.7.1 Rejected as spam", "permanent"),
                                         ("451 4.7.1 Greylisted", "temporary")])
def test_data_refusals(server, handler, reply, kind):
    handler.data_fail["x@example.com"] = reply
    with SmtpTransport(plain(server)) as transport, pytest.raises(SmtpFailure) as caught:
        transport.send(message("x@example.com"), "x@example.com")
    assert (caught.value.code, caught.value.kind, caught.value.smtp_code) == ("data_refused", kind,
                                                                              int(reply[:3]))
    assert handler.captured == []


def test_a_hang_up_after_the_data_is_uncertain_not_temporary(server, handler):
    handler.drop_in_data.add("gone@example.com")
    with SmtpTransport(plain(server)) as transport:
        with pytest.raises(SmtpFailure) as caught:
            transport.send(message("gone@example.com"), "gone@example.com")
        assert caught.value.kind == "uncertain" and caught.value.phase == "data"
        assert not transport.connected
        transport.send(message("next@example.com"), "next@example.com")  # reconnects
    assert handler.by_recipient() == {"next@example.com": 1}


def test_nothing_listening_is_a_temporary_connection_failure():
    config = SmtpConfig(host="127.0.0.1", port=free_port(), security="none", from_address="m@example.cn", timeout=2)
    with pytest.raises(SmtpFailure) as caught:
        SmtpTransport(config).send(message("a@example.com"), "a@example.com")
    assert (caught.value.code, caught.value.kind, caught.value.scope) == ("connect_failed", "temporary", "connection")


@pytest.mark.parametrize("address", ["no-at-sign", "a@", "两个@@example.com", "a b@example.com"])
def test_impossible_addresses_fail_permanently_without_a_connection(address):
    with pytest.raises(SmtpFailure) as caught:
        check_address(address)
    assert (caught.value.code, caught.value.kind, caught.value.scope) == ("bad_address", "permanent", "recipient")


def test_reply_classes():
    assert [kind_of(c) for c in (421, 450, 451, 452, 550, 552, 553, 554)] == \
        ["temporary"] * 4 + ["permanent"] * 4


@pytest.fixture
def certs(tmp_path):
    return make_certificates(tmp_path / "certs")


def test_starttls_with_sign_in_verifies_the_certificate(certs, handler):
    controller = start_server(handler, tls_context=certs.server_context(), users={"mkt": "密码-secret"})
    try:
        config = SmtpConfig(host="localhost", port=controller.port, security="starttls", user="mkt",
                            from_address="marketing@example.cn", timeout=5, ca_file=str(certs.ca_file))
        with SmtpTransport(config, password="密码-secret") as transport:
            transport.send(message("a@example.com"), "a@example.com")
        assert handler.by_recipient() == {"a@example.com": 1}

        # The system's CAs alone do not know the company CA: refused, permanently, before any mail.
        untrusted = SmtpConfig(host="localhost", port=controller.port, security="starttls", user="mkt",
                               from_address="marketing@example.cn", timeout=5)
        with pytest.raises(SmtpFailure) as caught:
            SmtpTransport(untrusted, password="密码-secret").test()
        assert (caught.value.code, caught.value.kind) == ("tls_verify_failed", "permanent")

        with pytest.raises(SmtpFailure) as caught:
            SmtpTransport(config, password="wrong").test()
        assert (caught.value.code, caught.value.kind, caught.value.smtp_code) == ("auth_failed", "permanent", 535)
        SmtpTransport(config, password="密码-secret").test()
    finally:
        controller.stop()
    assert handler.by_recipient() == {"a@example.com": 1}


def test_starttls_required_but_not_offered_is_permanent(server):
    config = SmtpConfig(host=server.hostname, port=server.port, security="starttls",
                        from_address="marketing@example.cn", timeout=5)
    with pytest.raises(SmtpFailure) as caught:
        SmtpTransport(config).test()
    assert (caught.value.code, caught.value.kind) == ("starttls_unsupported", "permanent")


def test_implicit_tls(certs, handler):
    controller = start_server(handler, ssl_context=certs.server_context(), client_context=certs.client_context())
    try:
        config = SmtpConfig(host="localhost", port=controller.port, security="ssl",
                            from_address="marketing@example.cn", timeout=5, ca_file=str(certs.ca_file))
        with SmtpTransport(config) as transport:
            transport.send(message("b@example.com"), "b@example.com")
    finally:
        controller.stop()
    assert handler.by_recipient() == {"b@example.com": 1}


def test_a_connection_the_server_closed_while_idle_is_reopened_without_a_failure(handler):
    controller = start_server(handler, idle_timeout=0.3)
    try:
        with SmtpTransport(plain(controller)) as transport:
            transport.send(message("first@example.com"), "first@example.com")
            time.sleep(0.8)  # the server hangs up meanwhile (421 and close)
            transport.send(message("second@example.com", 2), "second@example.com")
    finally:
        controller.stop()
    assert handler.by_recipient() == {"first@example.com": 1, "second@example.com": 1}


def test_a_server_that_hangs_up_on_mail_from_fails_once_reopened(handler, server):
    """Only a kept connection is retried, and only once: a fresh one that fails is a real failure."""
    calls = []

    async def refuse_mail(server_, session, envelope, address, mail_options):
        calls.append(address)
        server_.transport.close()
        return "421 closing"
    handler.handle_MAIL = refuse_mail
    with pytest.raises(SmtpFailure) as caught:
        SmtpTransport(plain(server)).send(message("a@example.com"), "a@example.com")
    assert (caught.value.kind, caught.value.scope, caught.value.phase) == ("temporary", "connection", "mail")
    assert len(calls) == 1
