"""An e-mail file (.eml) dropped onto the app, read into a ticket draft.

Real mail from Chinese clients is often mislabelled: "gb2312" that holds GBK characters, no charset at
all, raw UTF-8 in headers. The standard library decodes such text with replacement characters, so headers
are taken raw and every declared charset goes through `_decode`, which reads the GB family as GB18030 (a
superset of both) and falls back from the label to UTF-8 to GB18030 before giving up any byte.
"""

from __future__ import annotations

import email.utils
import mimetypes
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from email import policy
from email.errors import HeaderParseError
from email.header import decode_header
from email.message import EmailMessage
from email.parser import BytesParser
from html.parser import HTMLParser

from crm_desktop.domain.errors import CrmError

MAX_BYTES = 25 * 1024 * 1024
# Headers only a mail has; a file with none of them is something else that the parser took for a body.
MAIL_HEADERS = ("from", "subject", "date", "to", "cc", "message-id", "received", "mime-version",
                "return-path", "reply-to", "sender", "content-type")
GB_FAMILY = {"gb2312", "gb_2312", "gb_2312-80", "euc-cn", "x-euc-cn", "gbk", "x-gbk", "cp936", "ms936",
             "windows-936", "csgb2312", "chinese", "gb18030"}
RAW_PARAM = {
    param: re.compile(rf"""(?:^|;)\s*{param}\s*=\s*(?:"([^"]*)"|([^;\s]+))""", re.IGNORECASE)
    for param in ("filename", "name")
}
# What email's header parser has been seen to raise on mangled parameters instead of recording a defect.
STDLIB_PARSE_ERRORS = (HeaderParseError, ValueError, LookupError, IndexError, AttributeError, TypeError)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


class EmlError(CrmError):
    """Codes: eml_malformed (reason), eml_too_large (size, limit)."""

    code = "eml_malformed"


@dataclass(frozen=True)
class EmailDraft:
    subject: str
    body: str
    sender_name: str
    sender_email: str
    message_id: str
    sent_at: datetime | None
    attachments: tuple[tuple[str, bytes], ...]


def parse_eml(data: bytes) -> EmailDraft:
    if len(data) > MAX_BYTES:
        raise EmlError("eml_too_large", size=len(data), limit=MAX_BYTES)
    # A byte-order mark or blank lines before the first header would turn every header into body text.
    data = data.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    if not data.strip():
        raise EmlError("eml_malformed", reason="empty")
    message = BytesParser(policy=policy.default).parsebytes(data)
    raw = {name.lower(): value for name, value in reversed(list(message.raw_items()))}
    if not any(name in raw for name in MAIL_HEADERS):
        raise EmlError("eml_malformed", reason="no_headers")
    sender_name, sender_email = _address(raw.get("from") or raw.get("sender") or "")
    body_part, attachments = _split(message)
    return EmailDraft(
        subject=_header_text(raw.get("subject", "")),
        body=_body(body_part) if body_part is not None else "",
        sender_name=sender_name,
        sender_email=sender_email,
        message_id=_header_text(raw.get("message-id", "")).strip().strip("<>").strip(),
        sent_at=_date(raw.get("date", "")),
        attachments=tuple(attachments),
    )


def _split(message: EmailMessage) -> tuple[EmailMessage | None, list[tuple[str, bytes]]]:
    """The part to read as the body (first text/plain, else first text/html) and every attachment."""
    plain = html = None
    attachments: list[tuple[str, bytes]] = []
    for part in _leaves(message):
        name = _filename(part)
        disposition = _stdlib(part.get_content_disposition)
        # Older clients name a file in Content-Type and send no Content-Disposition at all.
        if part.get_content_type() == "message/rfc822" or disposition == "attachment" or (
            disposition in {"inline", None} and name
        ):
            attachments.append((name or _fallback_name(part, len(attachments) + 1), _payload(part)))
        elif part.get_content_type() == "text/plain" and plain is None:
            plain = part
        elif part.get_content_type() == "text/html" and html is None:
            html = part
    return plain or html, attachments


def _leaves(part: EmailMessage):
    """Parts that carry content, in order. A forwarded mail is one attachment, not parts of this mail."""
    if part.get_content_type() == "message/rfc822":
        yield part
    elif part.is_multipart():
        for sub in part.iter_parts():
            yield from _leaves(sub)
    else:
        yield part


def _payload(part: EmailMessage) -> bytes:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        if not isinstance(inner, EmailMessage):
            return b""
        try:
            return inner.as_bytes()
        except UnicodeError:
            # Raw 8-bit bytes in a mangled header of the forwarded mail: hand them back as they came.
            return inner.as_string(policy=inner.policy.clone(utf8=True)).encode("utf-8", "surrogateescape")
    return part.get_payload(decode=True) or b""


def _filename(part: EmailMessage) -> str:
    name = _stdlib(part.get_filename) or ""
    if "\ufffd" in name:
        # A raw 8-bit name (GBK from older Chinese clients) was decoded as ASCII; read it from the raw header.
        raw = {key.lower(): value for key, value in part.raw_items()}
        for header, param in (("content-disposition", "filename"), ("content-type", "name")):
            found = RAW_PARAM[param].search(raw.get(header, ""))
            if found:
                name = found.group(1) if found.group(1) is not None else found.group(2)
                break
    # Some clients put encoded words inside the quotes, which RFC 2231 does not cover.
    return _header_text(name).strip() if name else ""


def _stdlib(read):
    """A parameter the standard library parses, or None where its parser trips over broken input (a NUL in
    an RFC 2231 charset raises ValueError deep inside email.headerregistry)."""
    try:
        return read()
    except STDLIB_PARSE_ERRORS:
        return None


def _fallback_name(part: EmailMessage, number: int) -> str:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        subject = _header_text(str(inner.get("subject", ""))) if isinstance(inner, EmailMessage) else ""
        return f"{subject or 'message'}.eml"
    extension = mimetypes.guess_extension(part.get_content_type()) or ".bin"
    return f"attachment-{number}{extension}"


def _body(part: EmailMessage) -> str:
    content = part.get_payload(decode=True) or b""
    charset = _stdlib(part.get_content_charset)
    if part.get_content_type() == "text/html":
        if charset is None and (declared := META_CHARSET.search(content[:4096])):
            charset = declared.group(1).decode("ascii")
        return _html_to_text(_decode(content, charset))
    text = _decode(content, charset).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def _decode(content: bytes, charset: str | None) -> str:
    label = (charset or "").strip().strip("\"'").lower()
    if label in GB_FAMILY:
        label = "gb18030"
    for candidate in (label, "utf-8", "gb18030"):
        if not candidate:
            continue
        try:
            return content.decode(candidate)
        except (LookupError, ValueError):  # an unknown label, bytes that do not fit, a label with a NUL
            continue
    return content.decode("utf-8", errors="replace")


def _header_text(value: str) -> str:
    """A header's text: RFC 2047 encoded words decoded leniently, raw 8-bit bytes read as UTF-8 or GB18030."""
    value = re.sub(r"\r?\n[ \t]", " ", value)
    if any("\udc80" <= char <= "\udcff" for char in value):
        value = _decode(value.encode("utf-8", errors="surrogateescape"), None)
    if "=?" not in value:
        return value.strip()
    try:
        pieces = decode_header(value)
    except (HeaderParseError, ValueError):  # a broken encoded word is kept as typed, not lost
        return value.strip()
    return "".join(
        piece if isinstance(piece, str) else _decode(piece, charset) for piece, charset in pieces
    ).strip()


def _address(value: str) -> tuple[str, str]:
    name, address = email.utils.parseaddr(value)
    if not address:
        # parseaddr gives up on some real-world forms (unquoted commas, encoded words in quotes).
        found = re.search(r"<\s*([^<>\s]+@[^<>\s]+)\s*>|([\w.+'-]+@[\w-]+(?:\.[\w-]+)+)", value)
        address = (found.group(1) or found.group(2)) if found else ""
        name = value[: found.start()].strip().strip('"') if found else ""
    return _header_text(name).strip('"').strip(), address.strip().lower()


def _date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        sent = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    # A zone of -0000 means "UTC, origin unknown"; the parser returns those naive.
    return sent.astimezone(UTC).replace(tzinfo=None) if sent.tzinfo else sent


def _html_to_text(markup: str) -> str:
    reader = _TextOfHtml()
    reader.feed(markup)
    reader.close()
    lines = (re.sub(r"[ \t\f\v\xa0]+", " ", line).strip() for line in "".join(reader.text).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class _TextOfHtml(HTMLParser):
    """Text of an HTML mail: tags dropped, entities decoded, line and block breaks kept as newlines."""

    BLOCKS = frozenset({"p", "div", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
                        "blockquote", "pre", "hr", "section", "article", "header", "footer"})
    HIDDEN = frozenset({"script", "style", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self._hidden += 1
        elif tag == "br":
            self.text.append("\n")
        elif tag in self.BLOCKS:
            self.text.append("\n\n" if tag == "p" else "\n")
        elif tag in {"td", "th"}:
            self.text.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in {"br", "hr"}:
            self.text.append("\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self._hidden = max(0, self._hidden - 1)
        elif tag in self.BLOCKS:
            self.text.append("\n\n" if tag == "p" else "\n")

    def handle_data(self, data):
        if not self._hidden:
            # Source line breaks in HTML are spaces; only tags make lines.
            self.text.append(re.sub(r"\s*\n\s*", " ", data))
