"""Per-user undo, computed from the journal: the user's latest action that is neither an undo itself nor
already undone is reverted by a new, journaled action (so the audit trail shows both). Actions labelled
`irreversible(...)` are never reverted, however recent."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from ..domain.errors import NothingToUndo, UndoConflict
from ..domain.records import DOMAIN_OPS
from .models import BUSINESS_MODELS, JournalAction, JournalEntry
from .unit_of_work import EVENT_ENTITIES, UnitOfWork
from .values import from_json, to_json

# The label kind of an action that records something that happened outside the database and cannot be called
# back (an e-mail handed to the mail server). Such actions are written as the user who ran the job — the server
# accepts only its users' operations, and the audit trail names who did it — and undo passes them by: reverting
# one could put a sent message back in the queue. A label, not a column: journal_action stays as it is.
IRREVERSIBLE = "irreversible: "


def irreversible(label: str) -> str:
    return (IRREVERSIBLE + label)[:200]


def is_irreversible(label: str | None) -> bool:
    return bool(label) and label.startswith(IRREVERSIBLE)


def last_undoable(session: Session, user_id: uuid.UUID | None) -> JournalAction | None:
    if user_id is None:  # system jobs (demo seeding, migrations) are not anyone's to undo
        return None
    undo = aliased(JournalAction)
    event = (select(JournalEntry.seq).where(JournalEntry.action_id == JournalAction.id,
                                            JournalEntry.entity.in_(EVENT_ENTITIES)).exists())
    stmt = (select(JournalAction)
            .where(JournalAction.user_id == user_id, JournalAction.undo_of.is_(None),
                   ~JournalAction.label.startswith(IRREVERSIBLE),
                   ~select(undo.id).where(undo.undo_of == JournalAction.id).exists(), ~event)
            .order_by(JournalAction.hlc.desc()).limit(1))
    return session.scalars(stmt).first()


def undo_action(uow: UnitOfWork, action: JournalAction,
                allow: Callable[[str, str, object], None] | None = None) -> None:
    """Revert `action`. `allow(entity, kind, row)` is called for each entry before its row changes and
    raises to refuse (the caller's permissions and scope apply to an undo as to any write)."""
    if is_irreversible(action.label):
        raise NothingToUndo()
    entries = list(uow.session.scalars(select(JournalEntry).where(JournalEntry.action_id == action.id)
                                       .order_by(JournalEntry.seq.desc())))
    if not entries:
        raise NothingToUndo()
    for entry in entries:
        model = BUSINESS_MODELS[entry.entity]
        obj = uow.get(model, entry.row_id, include_deleted=True)
        if allow is not None:
            allow(entry.entity, entry.kind, obj)
        if entry.kind == "create":
            uow.delete(obj)
        elif entry.kind == "delete":
            uow.restore(obj)
        elif entry.kind == "restore":
            uow.delete(obj)
        elif entry.kind == "update" or entry.kind in DOMAIN_OPS:
            revert = {}
            for field, (old, new) in entry.changes.items():
                if to_json(getattr(obj, field)) != new:
                    raise UndoConflict(entity=entry.entity, id=str(entry.row_id), field=field)
                revert[field] = from_json(model, field, old)
            uow.update(obj, **revert)


def undo_last(uow: UnitOfWork, allow: Callable[[str, str, object], None] | None = None) -> JournalAction:
    action = last_undoable(uow.session, uow.actor.user_id)
    if action is None:
        raise NothingToUndo()
    uow.mark_as_undo_of(action.id, f"undo: {action.label}")
    undo_action(uow, action, allow)
    return action
