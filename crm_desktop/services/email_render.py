"""E-mail templates: merge fields, a preview, and the message as it goes on the wire (no database, no network).

A template holds a subject and a body with merge fields in double braces: {{name}}, {{company}}, {{owner}}
and {{unsubscribe}} (the link or address that takes the recipient off the list). Any other field, or a
brace pair left open, is an error with a code, reported for the subject and the body separately, so the
template form can point at the mistake before anything is sent; a campaign never sends a message with a
literal "{{...}}" left in it.

The message is built with `email.message.EmailMessage` under `email.policy.SMTP`: a Chinese subject is
written as RFC 2047 encoded words (UTF-8), the body is UTF-8 (base64 once it holds non-ASCII text, so it
passes servers without 8BITMIME), lines end in CRLF, and every message carries Date, a Message-ID chosen by
the caller (the campaign stores it before sending, so a message can be found again after a crash) and
List-Unsubscribe (RFC 2369) with List-Unsubscribe-Post (RFC 8058) when the link is https.
"""

from __future__ import annotations

import html as html_lib
import re
import urllib.parse
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from html.parser import HTMLParser

from ..domain.errors import FieldError, ValidationError

MERGE_FIELDS = ("name", "company", "owner", "unsubscribe")
FIELD = re.compile(r"\{\{\s*([^{}]*?)\s*\}\}")
SUBJECT_MAX = 255


@dataclass(frozen=True)
class MergeValues:
    """What one recipient's message is filled with. `unsubscribe` is the link (https://... or mailto:...)."""

    name: str = ""
    company: str = ""
    owner: str = ""
    unsubscribe: str = ""

    def get(self, field: str) -> str:
        return getattr(self, field)


# What the preview fills a template with when no recipient is chosen.
SAMPLE = MergeValues(name="张伟", company="北京示例科技有限公司", owner="李娜",
                     unsubscribe="mailto:marketing@example.com?subject=unsubscribe")


@dataclass(frozen=True)
class Preview:
    subject: str
    body: str
    errors: tuple[FieldError, ...]  # field: "subject" or "body"; code: unknown_merge_field / unclosed_merge_field

    @property
    def ok(self) -> bool:
        return not self.errors


def template_errors(subject: str, body: str) -> list[FieldError]:
    """Every problem in a template, with codes: required (empty subject or body), too_long (subject),
    unknown_merge_field {name}, unclosed_merge_field {at}, line_break (a subject on two lines)."""
    errors: list[FieldError] = []
    if not subject.strip():
        errors.append(FieldError("subject", "required"))
    elif len(subject) > SUBJECT_MAX:
        errors.append(FieldError("subject", "too_long", {"max": SUBJECT_MAX}))
    if "\n" in subject or "\r" in subject:
        errors.append(FieldError("subject", "line_break"))
    if not body.strip():
        errors.append(FieldError("body", "required"))
    for name, text in (("subject", subject), ("body", body)):
        errors.extend(FieldError(name, code, args) for code, args in _field_problems(text))
    return errors


def check_template(subject: str, body: str) -> None:
    """Raises ValidationError with template_errors(); returns quietly for a template that can be sent."""
    errors = template_errors(subject, body)
    if errors:
        raise ValidationError(errors)


def _field_problems(text: str) -> list[tuple[str, dict]]:
    out: list[tuple[str, dict]] = []
    seen: set[str] = set()
    for match in FIELD.finditer(text):
        name = match.group(1)
        if name not in MERGE_FIELDS and name not in seen:
            seen.add(name)
            out.append(("unknown_merge_field", {"name": name}))
    spans = [(m.start(), m.end()) for m in FIELD.finditer(text)]
    at = text.find("{{")
    while at >= 0 and any(start <= at < end for start, end in spans):
        at = text.find("{{", at + 1)
    if at >= 0:
        out.append(("unclosed_merge_field", {"at": at}))
    return out


def merge(text: str, values: MergeValues, *, html: bool = False) -> str:
    """`text` with its merge fields filled; an unknown field raises ValidationError (check the template first).
    In an HTML body the values are escaped (a company called "A&B <Ltd>" stays text)."""
    def fill(match: re.Match) -> str:
        name = match.group(1)
        if name not in MERGE_FIELDS:
            raise ValidationError([FieldError("body", "unknown_merge_field", {"name": name})])
        value = values.get(name)
        return html_lib.escape(value, quote=True) if html else value
    return FIELD.sub(fill, text)


def preview(subject: str, body: str, values: MergeValues = SAMPLE, *, html: bool = False) -> Preview:
    """The template filled for one recipient (the sample one by default), with every error listed; unknown
    fields are left as written in the preview so the user sees where they are."""
    errors = tuple(template_errors(subject, body))

    def lenient(text: str, as_html: bool) -> str:
        def fill(match: re.Match) -> str:
            name = match.group(1)
            if name not in MERGE_FIELDS:
                return match.group(0)
            value = values.get(name)
            return html_lib.escape(value, quote=True) if as_html else value
        return FIELD.sub(fill, text)

    return Preview(lenient(subject, False), lenient(body, html), errors)


def unsubscribe_link(pattern: str, email: str, from_address: str) -> str:
    """The recipient's unsubscribe link: `pattern` with {email} filled (URL-quoted), or, with no pattern, a
    mailto: to the sender with the address in the subject (a person or a mailbox rule processes it)."""
    if pattern:
        return pattern.replace("{email}", urllib.parse.quote(email, safe="@"))
    return f"mailto:{from_address}?subject={urllib.parse.quote('unsubscribe ' + email)}"


def message_domain(from_address: str) -> str:
    return from_address.rpartition("@")[2] or "localhost"


def build_message(*, subject: str, body: str, values: MergeValues, to_address: str, from_address: str,
                  from_name: str = "", message_id: str, date: datetime, html: bool = False,
                  to_name: str = "") -> EmailMessage:
    """One recipient's message, ready for SMTP. `message_id` is "<...@domain>"; `date` naive means UTC.
    Raises ValidationError for a template with errors (nothing half-filled ever leaves)."""
    check_template(subject, body)
    message = EmailMessage(policy=policy.SMTP)
    # A value with a line break (a name pasted from a spreadsheet) must not split a header: one line each.
    message["Subject"] = _one_line(merge(subject, values))
    message["From"] = Address(display_name=_one_line(from_name), addr_spec=from_address)
    message["To"] = Address(display_name=_one_line(to_name), addr_spec=to_address) if to_name.strip() else to_address
    message["Date"] = format_datetime(date if date.tzinfo else date.replace(tzinfo=UTC))
    message["Message-ID"] = message_id
    if values.unsubscribe:
        message["List-Unsubscribe"] = f"<{values.unsubscribe}>"
        if values.unsubscribe.startswith("https://"):
            message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    if html:
        filled = merge(body, values, html=True)
        text = _html_to_text(filled)
        message.set_content(text, charset="utf-8", cte=_cte(text))
        message.add_alternative(filled, subtype="html", charset="utf-8", cte=_cte(filled))
    else:
        text = merge(body, values)
        message.set_content(text, charset="utf-8", cte=_cte(text))
    return message


def _one_line(text: str) -> str:
    return " ".join(text.split()) if any(c in text for c in "\r\n\t\v\f\x85\u2028\u2029") else text


def _cte(text: str) -> str:
    # ASCII stays readable; anything else is base64 (Chinese is shorter that way than quoted-printable and
    # needs no 8BITMIME from the server).
    return "7bit" if text.isascii() and all(len(line) <= 998 for line in text.splitlines()) else "base64"


class _Text(HTMLParser):
    BREAKS = frozenset({"p", "br", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        elif tag in self.BREAKS:
            self.parts.append("\n")
        elif tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.parts.append(f"<{href}> ")

    def handle_endtag(self, tag):
        if tag in ("script", "style") and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def _html_to_text(markup: str) -> str:
    parser = _Text()
    parser.feed(markup)
    parser.close()
    lines = [line.strip() for line in "".join(parser.parts).splitlines()]
    return "\n".join(line for line in lines if line) + "\n"


__all__ = [
    "MERGE_FIELDS",
    "SAMPLE",
    "MergeValues",
    "Preview",
    "build_message",
    "check_template",
    "merge",
    "message_domain",
    "preview",
    "template_errors",
    "unsubscribe_link",
]
