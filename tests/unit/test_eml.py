"""Reading dropped .eml files into ticket drafts. Each mail is written to a real file first, the way a user's
mail client saves it; the odd cases are typed as raw bytes because a well-behaved library cannot produce
them (mislabelled GB2312, raw UTF-8 in a header, 8-bit GBK file names)."""

from __future__ import annotations

import base64
import os
import quopri
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.eml import MAX_BYTES, EmailDraft, EmlError, parse_eml


def b64(text: str, charset: str) -> bytes:
    return base64.b64encode(text.encode(charset))


def read_back(tmp_path: Path, data: bytes, name: str = "mail.eml") -> EmailDraft:
    path = tmp_path / name
    path.write_bytes(data)
    return parse_eml(path.read_bytes())


def test_a_mail_built_by_the_standard_library(tmp_path):
    message = EmailMessage()
    message["From"] = "王五 <Wang.Wu@Example.com>"
    message["To"] = "support@example.cn"
    message["Subject"] = "打印机坏了"
    message["Date"] = "Fri, 06 Nov 2026 20:00:00 +0800"
    message["Message-ID"] = "<t1@example.com>"
    message.set_content("打印机卡纸了，请尽快处理。\n谢谢")
    message.add_alternative("<p>打印机卡纸了</p>", subtype="html")
    message.add_attachment(b"\x89PNG fake", maintype="image", subtype="png", filename="截图 1.png")

    draft = read_back(tmp_path, message.as_bytes())

    assert draft.subject == "打印机坏了"
    assert draft.body == "打印机卡纸了，请尽快处理。\n谢谢"
    assert (draft.sender_name, draft.sender_email) == ("王五", "wang.wu@example.com")
    assert draft.message_id == "t1@example.com"
    assert draft.sent_at == datetime(2026, 11, 6, 12, 0)  # 20:00 in Shanghai is 12:00 UTC
    assert draft.attachments == (("截图 1.png", b"\x89PNG fake"),)


def test_a_gb2312_subject_holding_gbk_characters(tmp_path):
    # 镕 (as in 朱镕基) is in GBK but not in GB2312; mail clients label such text gb2312 all the same.
    raw = (
        b"From: =?GB2312?B?" + b64("张三", "gb2312") + b"?= <Zhang.San@Example.CN>\r\n"
        b"Subject: =?GB2312?B?" + b64("关于合同的问题：镕", "gbk") + b"?=\r\n"
        b"Date: Mon, 2 Nov 2026 09:30:00 +0800\r\n"
        b"Content-Type: text/plain; charset=gb2312\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\n" + "镕的正文".encode("gbk") + b"\r\n"
    )
    draft = read_back(tmp_path, raw)
    assert draft.subject == "关于合同的问题：镕"
    assert draft.body == "镕的正文"
    assert draft.sender_name == "张三"
    assert draft.sent_at == datetime(2026, 11, 2, 1, 30)


def test_a_utf8_character_split_across_two_encoded_words(tmp_path):
    encoded = "售后服务".encode()
    first, second = base64.b64encode(encoded[:4]), base64.b64encode(encoded[4:])
    raw = (b"From: a@example.com\r\nSubject: =?UTF-8?B?" + first + b"?=\r\n =?UTF-8?B?" + second
           + b"?=\r\n\r\nbody\r\n")
    assert read_back(tmp_path, raw).subject == "售后服务"


def test_raw_utf8_in_headers_without_encoding(tmp_path):
    raw = "From: 李四 <LI@x.cn>\r\nSubject: 发票 开错了\r\nMessage-ID:  <m-1@x.cn> \r\n\r\n请重开。\r\n"
    raw = raw.encode()
    draft = read_back(tmp_path, raw)
    assert draft.subject == "发票 开错了"
    assert (draft.sender_name, draft.sender_email) == ("李四", "li@x.cn")
    assert draft.message_id == "m-1@x.cn"
    assert draft.body == "请重开。"


def test_quoted_printable_body(tmp_path):
    # A soft line break (= at the end of a line) in the middle, as mailers wrap at 76 characters.
    body = quopri.encodestring("您好，系统报错 = 500".encode()) + b"=\r\n\r\nsecond line\r\n"
    raw = (
        b"From: Ops <ops@example.com>\r\nSubject: QP\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + body
    )
    assert read_back(tmp_path, raw).body == "您好，系统报错 = 500\nsecond line"


def test_missing_charset_is_guessed(tmp_path):
    raw = b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n" + "无字符集".encode("gbk")
    assert read_back(tmp_path, raw).body == "无字符集"
    utf8 = b"From: a@example.com\r\nSubject: x\r\n\r\n" + "无字符集".encode()
    assert read_back(tmp_path, utf8).body == "无字符集"


def test_an_html_only_mail_becomes_text(tmp_path):
    raw = (
        b'From: "Service" <svc@x.cn>\r\nSubject: html\r\n'
        b'Content-Type: text/html; charset="utf-8"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'
        b"<html><head><style>p{color:red}</style><title>T</title></head><body>"
        b"<p>=E6=82=A8=E5=A5=BD&nbsp;&amp; welcome</p><div>line<br>two<br/>three</div>\r\n"
        b"<script>alert(1)</script>&lt;end&gt; &#20320;</body></html>\r\n"
    )
    assert read_back(tmp_path, raw).body == "您好 & welcome\n\nline\ntwo\nthree\n<end> 你"


def test_html_charset_from_its_meta_tag(tmp_path):
    html = '<html><head><meta charset="gbk"></head><body>账单<br>已付</body></html>'.encode("gbk")
    raw = b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/html\r\n\r\n" + html
    assert read_back(tmp_path, raw).body == "账单\n已付"


def test_nested_alternative_inside_mixed_prefers_plain_text(tmp_path):
    raw = b"""From: a@example.com
Subject: nested
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="outer"

--outer
Content-Type: multipart/alternative; boundary="inner"

--inner
Content-Type: text/html; charset=utf-8

<b>rich</b>
--inner
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

""" + b64("纯文本正文", "utf-8") + b"""
--inner--

--outer
Content-Type: text/csv; charset=utf-8
Content-Disposition: attachment; filename="list.csv"

a,b
--outer--
"""
    draft = read_back(tmp_path, raw)
    assert draft.body == "纯文本正文"
    assert draft.attachments == (("list.csv", b"a,b"),)


def test_chinese_attachment_names(tmp_path):
    raw = (
        b"From: a@example.com\r\nSubject: files\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=XX\r\n\r\n"
        b"--XX\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--XX\r\nContent-Type: application/pdf\r\n"
        b"Content-Disposition: attachment; filename*=UTF-8''%E5%90%88%E5%90%8C.pdf\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n"
        b'--XX\r\nContent-Type: application/pdf; name="=?GBK?B?' + b64("发票.pdf", "gbk") + b'?="\r\n'
        b'Content-Disposition: attachment; filename="=?GBK?B?' + b64("发票.pdf", "gbk") + b'?="\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n"
        b'--XX\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="'
        + "报价单.pdf".encode("gbk") + b'"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n'
        b'--XX\r\nContent-Type: image/png\r\nContent-Disposition: inline; filename="logo.png"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\niVBORw==\r\n"
        b'--XX\r\nContent-Type: application/msword; name="' + "需求.doc".encode() + b'"\r\n\r\nDOC\r\n'
        b"--XX\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment\r\n\r\nraw\r\n"
        b"--XX--\r\n"
    )
    draft = read_back(tmp_path, raw)
    assert draft.body == "see attached"
    assert draft.attachments == (
        ("合同.pdf", b"%PDF"),
        ("发票.pdf", b"%PDF"),
        ("报价单.pdf", b"%PDF"),
        ("logo.png", b"\x89PNG"),
        ("需求.doc", b"DOC"),
        ("attachment-6.bin", b"raw"),
    )


def test_a_forwarded_mail_is_one_attachment(tmp_path):
    inner = EmailMessage()
    inner["From"] = "customer@example.com"
    inner["Subject"] = "原邮件"
    inner.set_content("inner body")
    inner.add_attachment(b"inner", maintype="application", subtype="octet-stream", filename="inner.bin")
    outer = EmailMessage()
    outer["From"] = "colleague@example.cn"
    outer["Subject"] = "Fwd: 原邮件"
    outer.set_content("请处理")
    outer.add_attachment(inner)

    draft = read_back(tmp_path, outer.as_bytes())

    assert draft.body == "请处理"
    [(name, content)] = draft.attachments
    assert name == "原邮件.eml"
    assert parse_eml(content).attachments == (("inner.bin", b"inner"),)


def test_an_mbox_from_line_and_a_bom_are_tolerated(tmp_path):
    raw = b"\xef\xbb\xbfFrom - Mon Nov 02 09:00:00 2026\nFrom: a@example.com\nSubject: ok\n\nbody\n"
    draft = read_back(tmp_path, raw)
    assert (draft.subject, draft.body, draft.sender_email) == ("ok", "body", "a@example.com")


def test_missing_headers_are_empty_not_errors(tmp_path):
    draft = read_back(tmp_path, b"Subject: only a subject\r\nDate: not a date\r\n\r\n")
    assert draft.subject == "only a subject"
    assert (draft.body, draft.sender_name, draft.sender_email, draft.message_id) == ("", "", "", "")
    assert draft.sent_at is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"\r\n  \r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "no_headers"),
        (os.urandom(4096), "no_headers"),
        ("只是一段文字，不是邮件。\n第二行".encode(), "no_headers"),
    ],
)
def test_not_an_email(tmp_path, data, reason):
    with pytest.raises(EmlError) as caught:
        read_back(tmp_path, data, "junk.eml")
    assert caught.value.code == "eml_malformed"
    assert caught.value.args_map == {"reason": reason}
    assert isinstance(caught.value, CrmError)


def test_too_large():
    with pytest.raises(EmlError) as caught:
        parse_eml(b"From: a@example.com\r\n\r\n" + b"x" * MAX_BYTES)
    assert caught.value.code == "eml_too_large"
    assert caught.value.args_map["limit"] == 25 * 1024 * 1024


def _sample_mail() -> bytes:
    message = EmailMessage()
    message["From"] = "王五 <w@example.cn>"
    message["Subject"] = "打印机坏了"
    message["Date"] = "Fri, 06 Nov 2026 20:00:00 +0800"
    message.set_content("正文")
    message.add_alternative("<p>正文</p>", subtype="html")
    message.add_attachment(b"%PDF", maintype="application", subtype="pdf", filename="合同.pdf")
    return message.as_bytes()


SAMPLE = _sample_mail()
SPLICES = [b"=?", b"?=", b"=?GB2312?B?", b";", b'"', b"\r\n", b"--", b"\x00", b"filename*=", b"<", b"*0*="]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE) - 1), st.integers(0, 2), st.integers(0, 255)),
                min_size=1, max_size=20))
def test_mangled_mail_gives_a_draft_or_an_eml_error(edits):
    # The file came from a user's desktop, not from a mail server that checked it.
    data = bytearray(SAMPLE)
    for position, kind, value in edits:
        position %= len(data) or 1
        if kind == 0:
            data[position:position + 1] = bytes([value])
        elif kind == 1:
            del data[position:position + value % 30 + 1]
        else:
            data[position:position] = SPLICES[value % len(SPLICES)]
    try:
        draft = parse_eml(bytes(data))
    except EmlError:
        return
    assert isinstance(draft, EmailDraft)
