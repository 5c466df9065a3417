"""What the opportunity board and list show: a filter the data layer turns into SQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date


@dataclass(frozen=True)
class OpportunityFilter:
    pipeline_id: uuid.UUID | None = None
    owner_id: uuid.UUID | None = None
    customer_id: uuid.UUID | None = None
    status: str | None = None  # open / won / lost
    text: str = ""  # in the opportunity's or its customer's name
    min_amount: int | None = None  # minor units
    close_from: date | None = None
    close_to: date | None = None
    expired_on: date | None = None  # open and expected to close before this day
    # The viewer's data scope (services fill these in; None: unrestricted).
    scope_owners: frozenset[uuid.UUID] | None = None
    scope_departments: frozenset[uuid.UUID] | None = None

    def scoped(self, owners, departments) -> OpportunityFilter:
        return replace(self, scope_owners=owners, scope_departments=departments)
