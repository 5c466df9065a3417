"""Classification lists (industries, sources, levels): everyone reads them to fill the forms' choices;
administrators edit them. Each entry is a journaled, synced `lookup` row; a new database starts with the
lists below (seeded once, by the system, like the built-in roles)."""

from __future__ import annotations

from sqlalchemy import select

from ..data.database import Database
from ..data.models import Lookup
from ..data.unit_of_work import Actor
from ..domain.changes import Changes
from ..domain.errors import FieldError, ValidationError
from ..domain.records import DEFAULT_LOOKUPS as DEFAULTS
from ..domain.records import LOOKUP_KINDS
from . import pipelines, service_setup
from .base import UserService

SEEDED_KEY = "lookups_seeded"


def ensure_defaults(db: Database, actor: Actor) -> None:
    """Seed the lists (and the default sales pipeline and service desk setup) once per database (a replica joining a server gets
    the server's instead)."""
    pipelines.ensure_default(db, actor)
    service_setup.ensure_default(db, actor)
    if db.meta(SEEDED_KEY):
        return
    with db.connect() as conn:
        present = conn.execute(select(Lookup.id).limit(1)).first()
    if present is None:
        with db.unit_of_work(actor, "create classification lists") as uow:
            for kind, names in DEFAULTS.items():
                for position, name in enumerate(names):
                    uow.create(Lookup, kind=kind, name=name, position=position)
            uow.commit()
    db.set_meta(SEEDED_KEY, "1")


def read(db: Database) -> dict[str, list[str]]:
    """kind -> names in the administrator's order."""
    out: dict[str, list[str]] = {k: [] for k in LOOKUP_KINDS}
    with db.connect() as conn:
        for kind, name in conn.execute(select(Lookup.kind, Lookup.name).where(Lookup.deleted_at.is_(None))
                                       .order_by(Lookup.kind, Lookup.position, Lookup.name)):
            out.setdefault(kind, []).append(name)
    return out


class ClassificationService(UserService):
    def lists(self) -> dict[str, list[str]]:
        return read(self.db)

    def set_list(self, kind: str, names: list[str]) -> Changes:
        """Make one list exactly these names in this order: new names are added, missing ones removed
        (records keep the text they have), the rest reordered."""
        self.access.require("classifications", "administer")
        if kind not in LOOKUP_KINDS:
            raise ValidationError([FieldError("kind", "not_a_choice", {"value": kind})])
        wanted: list[str] = []
        for name in (n.strip() for n in names):
            if name and name not in wanted:
                wanted.append(name)
        with self.db.unit_of_work(self.actor, f"edit list {kind}") as uow:
            rows = {r.name: r for r in uow.session.scalars(select(Lookup).where(Lookup.kind == kind,
                                                                                Lookup.deleted_at.is_(None)))}
            for name, row in rows.items():
                if name not in wanted:
                    uow.delete(row)
            for position, name in enumerate(wanted):
                if name in rows:
                    uow.update(rows[name], position=position)
                else:
                    uow.create(Lookup, kind=kind, name=name, position=position)
            return uow.commit() | Changes(customers=True)


__all__ = ["ClassificationService", "ensure_defaults", "read", "DEFAULTS"]
