"""Turning column values into JSON for the journal and back, using the model's own column types."""

from __future__ import annotations

import base64
import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, DateTime, LargeBinary, Numeric, Uuid


def to_json(value):
    if value is None or value.__class__ in (str, int, float, bool):
        return value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        # An attachment's content travels in its create entry (the sync push), as base64 text.
        return base64.b64encode(value).decode("ascii")
    return value


def from_json(model, field: str, value):
    if value is None:
        return None
    column_type = model.__table__.c[field].type
    if isinstance(column_type, Uuid):
        return uuid.UUID(value)
    if isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(column_type, Date):
        return date.fromisoformat(value)
    if isinstance(column_type, Numeric):
        return Decimal(value)
    if isinstance(column_type, LargeBinary):
        return base64.b64decode(value)
    return value
