"""Client-generated, time-ordered identifiers (UUIDv7) so rows can be created offline and merged later."""

import uuid

from uuid6 import uuid7


def new_id() -> uuid.UUID:
    return uuid7()
