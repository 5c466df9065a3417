"""E-mail templates: merge fields, errors with codes, the preview, and the message's encoding."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from email import policy
from email.header import decode_header, make_header
from email.parser import BytesParser
from email.policy import compat32

import pytest

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.email_render import (
    SAMPLE,
    MergeValues,
    build_message,
    merge,
    preview,
    template_errors,
    unsubscribe_link,
)

VALUES = MergeValues(name="陈静", company="深圳市南山区云帆电子有限公司", owner="赵磊",
                     unsubscribe="https://crm.example.cn/u?e=chen%40example.com")


def codes(subject, body):
    return [(e.field, e.code, e.args) for e in template_errors(subject, body)]


def test_known_fields_fill_in_with_or_without_spaces():
    assert merge("{{name}}您好，{{ company }}的客户经理{{owner}}。退订 {{unsubscribe}}", VALUES) == \
        "陈静您好，深圳市南山区云帆电子有限公司的客户经理赵磊。退订 https://crm.example.cn/u?e=chen%40example.com"


def test_unknown_and_unclosed_fields_are_errors_with_codes():
    body = "你好 {{phone}} {{phone}} {{company}} {{owner"
    assert codes("{{name}} {{title}}", body) == [
        ("subject", "unknown_merge_field", {"name": "title"}),
        ("body", "unknown_merge_field", {"name": "phone"}),
        ("body", "unclosed_merge_field", {"at": body.index("{{owner")}),
    ]
    assert codes("", " ") == [("subject", "required", {}), ("body", "required", {})]
    assert codes("a\nb", "x")[0][1] == "line_break"
    assert codes("主" * 256, "x") == [("subject", "too_long", {"max": 255})]
    assert codes("{{name}}", "{{unsubscribe}}") == []


def test_merge_refuses_an_unknown_field():
    with pytest.raises(ValidationError) as caught:
        merge("{{name}} {{nickname}}", VALUES)
    assert caught.value.errors[0].args == {"name": "nickname"}


def test_preview_fills_the_sample_and_keeps_unknown_fields_visible():
    shown = preview("{{name}}，您好", "{{company}} / {{owner}} / {{fax}}")
    assert shown.subject == f"{SAMPLE.name}，您好"
    assert shown.body == f"{SAMPLE.company} / {SAMPLE.owner} / {{{{fax}}}}"
    assert not shown.ok and shown.errors[0].code == "unknown_merge_field"
    mine = preview("{{name}}", "{{company}}", VALUES)
    assert (mine.subject, mine.body, mine.ok) == ("陈静", "深圳市南山区云帆电子有限公司", True)


def test_html_bodies_escape_values():
    values = MergeValues(name="<b>A&B</b>", company="甲&乙", owner="", unsubscribe="")
    assert merge("<p>{{name}} {{company}}</p>", values, html=True) == "<p>&lt;b&gt;A&amp;B&lt;/b&gt; 甲&amp;乙</p>"
    assert preview("{{name}}", "<p>{{name}}</p>", values, html=True).body == "<p>&lt;b&gt;A&amp;B&lt;/b&gt;</p>"


def test_unsubscribe_link():
    assert unsubscribe_link("https://x.cn/u?e={email}", "a+b@example.com", "m@x.cn") == \
        "https://x.cn/u?e=a%2Bb@example.com"
    assert unsubscribe_link("", "a@example.com", "m@x.cn") == "mailto:m@x.cn?subject=unsubscribe%20a%40example.com"


def wire(subject="{{name}}，您好：2026 年度新品发布会邀请函（{{company}}）", body="{{name}}：\n{{company}}\n{{owner}}\n{{unsubscribe}}\n",
         html=False, date=datetime(2026, 11, 11, 8, 30)):
    return build_message(subject=subject, body=body, values=VALUES, to_address="chen@example.com",
                         to_name="陈静", from_address="marketing@yunfan.cn", from_name="云帆 市场部",
                         message_id="<d1.c1@yunfan.cn>", date=date, html=html).as_bytes()


def test_the_wire_form_is_ascii_with_rfc2047_subject_and_utf8_body():
    data = wire()
    assert data.isascii() and b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")
    raw = BytesParser(policy=compat32).parsebytes(data)
    assert "=?utf-8?" in raw["Subject"].lower()
    assert str(make_header(decode_header(raw["Subject"]))) == \
        "陈静，您好：2026 年度新品发布会邀请函（深圳市南山区云帆电子有限公司）"
    parsed = BytesParser(policy=policy.default).parsebytes(data)
    assert parsed["Subject"] == "陈静，您好：2026 年度新品发布会邀请函（深圳市南山区云帆电子有限公司）"
    assert parsed.get_content_type() == "text/plain" and parsed.get_content_charset() == "utf-8"
    assert parsed["Content-Transfer-Encoding"] == "base64"
    assert parsed.get_content().replace("\r\n", "\n") == \
        "陈静：\n深圳市南山区云帆电子有限公司\n赵磊\nhttps://crm.example.cn/u?e=chen%40example.com\n"
    assert parsed["Message-ID"] == "<d1.c1@yunfan.cn>"
    assert parsed["Date"].datetime == datetime(2026, 11, 11, 8, 30, tzinfo=UTC)
    assert parsed["List-Unsubscribe"].strip() == "<https://crm.example.cn/u?e=chen%40example.com>"
    assert parsed["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert parsed["From"].addresses[0].display_name == "云帆 市场部"
    assert parsed["To"].addresses[0].addr_spec == "chen@example.com"
    assert parsed["To"].addresses[0].display_name == "陈静"


def test_an_aware_date_keeps_its_offset():
    beijing = timezone(timedelta(hours=8))
    parsed = BytesParser(policy=policy.default).parsebytes(wire(date=datetime(2026, 11, 11, 16, 30, tzinfo=beijing)))
    assert parsed["Date"].datetime.utcoffset() == timedelta(hours=8)
    assert parsed["Date"].datetime == datetime(2026, 11, 11, 8, 30, tzinfo=UTC)


def test_html_messages_carry_a_plain_text_alternative():
    parsed = BytesParser(policy=policy.default).parsebytes(
        wire(body='<p>{{name}}，您好</p><p><a href="{{unsubscribe}}">退订</a></p>', html=True))
    assert parsed.get_content_type() == "multipart/alternative"
    text = parsed.get_body(("plain",)).get_content()
    markup = parsed.get_body(("html",)).get_content()
    assert "陈静，您好" in text and "<https://crm.example.cn/u?e=chen%40example.com>" in text
    assert '<a href="https://crm.example.cn/u?e=chen%40example.com">退订</a>' in markup


def test_a_template_with_errors_never_becomes_a_message():
    with pytest.raises(ValidationError):
        wire(body="{{name}} {{wechat}}")


def test_a_line_break_in_a_value_cannot_split_a_header():
    values = MergeValues(name="王\r\nBcc: victim@example.com", company="", owner="", unsubscribe="")
    data = build_message(subject="{{name}} 您好", body="{{name}}", values=values, to_address="w@example.com",
                         to_name=values.name, from_address="m@yunfan.cn", message_id="<x@yunfan.cn>",
                         date=datetime(2026, 1, 1)).as_bytes()
    parsed = BytesParser(policy=policy.default).parsebytes(data)
    assert parsed["Bcc"] is None
    assert parsed["Subject"] == "王 Bcc: victim@example.com 您好"
    assert [a.addr_spec for a in parsed["To"].addresses] == ["w@example.com"]
