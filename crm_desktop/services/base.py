"""What every service acting for a user shares: the database, the actor, and their access resolved once."""

from __future__ import annotations

from ..data.database import Database
from ..data.unit_of_work import Actor
from ..domain.access import Access
from . import access as access_service


class UserService:
    def __init__(self, db: Database, actor: Actor, access: Access | None = None):
        self.db = db
        self.actor = actor
        if access is None:
            with db.connect() as conn:
                access = access_service.resolve(conn, actor.user_id)
        self.access = access

    def can(self, module: str, action: str) -> bool:
        """For the UI to mirror (hide or disable); every call checks again."""
        return self.access.can(module, action)
