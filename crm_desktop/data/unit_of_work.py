"""The one write path. Every create, update, delete and restore — from a form, a bulk action, an import or
the demo seeder — goes through a UnitOfWork, which validates, stamps who/when/ownership, and appends a
journal entry in the same transaction as the change. A session guard refuses any flush that did not come
through these methods, so no screen or service can write around the journal.
"""

from __future__ import annotations

import functools

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import JSON, DateTime, Uuid, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from ..domain.changes import Changes
from ..domain.clock import HybridClock
from ..domain.errors import FieldError, NotFound, ValidationError
from ..domain.ids import new_id
from ..domain.records import DERIVED_FIELDS, DOMAIN_OPS, OWNER_REQUIRED, SYSTEM_FIELDS, derive, validate
from . import audit_chain, search_index
from .models import BUSINESS_MODELS, Contact, Customer, JournalAction, JournalEntry, SyncRow
from .values import to_json

_SEARCHED = {"customer", "contact"}
# Journal entities that are events, not rows: sign-ins and credential changes. They join the audit trail and
# its hash chain; undo passes them by (there is no row to revert).
EVENT_ENTITIES = ("session", "credential")


@dataclass(frozen=True)
class Actor:
    """Who is writing, from which device. user_id is None for system jobs such as the demo seeder."""

    user_id: uuid.UUID | None
    department_id: uuid.UUID | None
    device_id: str


class UnguardedWrite(RuntimeError):
    pass


class UnitOfWork:
    def __init__(self, engine: Engine, actor: Actor, clock: HybridClock, label: str,
                 now: Callable[[], datetime], undo_of: uuid.UUID | None = None):
        self.session = Session(engine, expire_on_commit=False, autoflush=True)
        self.actor = actor
        self.label = label
        self._clock = clock
        self._now = now
        self._undo_of = undo_of
        self._action: JournalAction | None = None
        self._sanctioned: set[int] = set()
        self._touched: set[str] = set()
        self._recycled = False
        self._search_dirty: set[uuid.UUID] = set()
        self._search_new: set[uuid.UUID] = set()  # customers created here: not in the indexes yet
        self._committed = False
        self._chain: str | None = None  # hash of the newest journal entry, once this unit has written one
        event.listen(self.session, "before_flush", self._guard)

    # -- context management: rolled back unless committed ------------------------------------------
    def __enter__(self) -> UnitOfWork:
        return self

    def __exit__(self, *exc) -> None:
        if not self._committed:
            self.session.rollback()
        self.session.close()

    def _guard(self, session, _ctx, _instances) -> None:
        for obj in list(session.new) + list(session.dirty):
            if id(obj) not in self._sanctioned and session.is_modified(obj):
                raise UnguardedWrite(f"{type(obj).__name__} changed outside the unit of work")
        if session.deleted:
            raise UnguardedWrite("rows are never hard-deleted; use UnitOfWork.delete (a tombstone)")

    # -- reads ---------------------------------------------------------------------------------------
    def get(self, model: type[SyncRow], row_id: uuid.UUID, *, include_deleted: bool = False) -> SyncRow:
        obj = self.session.get(model, row_id)
        if obj is None or (obj.deleted_at is not None and not include_deleted):
            raise NotFound(entity=model.__entity__, id=str(row_id))
        return obj

    # -- writes --------------------------------------------------------------------------------------
    def create(self, model: type[SyncRow], **values) -> SyncRow:
        clean = validate(model.__entity__, values)
        row = self._stamp_new(clean, model.__entity__)
        obj = model(**row)
        self._sanctioned.add(id(obj))
        self.session.add(obj)
        # Written now: the models declare no relationships, so a flush would not know to insert a parent
        # (a category, an opportunity) before the child created after it in the same unit.
        self.session.flush([obj])
        self._journal(model.__entity__, obj.id, "create", _create_changes(row), 0)
        self._note(model.__entity__, obj)
        if model.__entity__ == "customer":
            self._search_new.add(obj.id)
        return obj

    def update(self, obj: SyncRow, *, operation: str = "update", **values) -> dict:
        """Apply changed values; journal exactly the fields whose value differs. Returns {field: (old, new)}.

        `operation` names a domain operation the server arbitrates instead of merging fields (DOMAIN_OPS:
        a pool claim or release); the journal entry carries it as its kind."""
        if operation != "update" and operation not in DOMAIN_OPS:
            raise ValueError(f"unknown operation {operation!r}")
        clean = validate(obj.__entity__, values, partial=True)
        diff = {k: (getattr(obj, k), v) for k, v in clean.items() if getattr(obj, k) != v}
        if not diff:
            return {}
        self._sanctioned.add(id(obj))
        for field, (_old, new) in diff.items():
            setattr(obj, field, new)
        for field, value in derive(obj.__entity__, {k: n for k, (_o, n) in diff.items()}).items():
            setattr(obj, field, value)
        self._stamp_update(obj)
        self._journal(obj.__entity__, obj.id, operation,
                      {k: [to_json(o), to_json(n)] for k, (o, n) in diff.items()}, obj.version)
        self._note(obj.__entity__, obj)
        return diff

    def delete(self, obj: SyncRow) -> None:
        """Soft delete: the row becomes a tombstone in the recycle bin."""
        if obj.deleted_at is not None:
            return
        self._sanctioned.add(id(obj))
        obj.deleted_at = self._now()
        self._stamp_update(obj)
        self._journal(obj.__entity__, obj.id, "delete", {"deleted_at": [None, to_json(obj.deleted_at)]},
                      obj.version)
        self._recycled = True
        self._note(obj.__entity__, obj)

    def restore(self, obj: SyncRow) -> None:
        if obj.deleted_at is None:
            return
        self._sanctioned.add(id(obj))
        old = obj.deleted_at
        obj.deleted_at = None
        self._stamp_update(obj)
        self._journal(obj.__entity__, obj.id, "restore", {"deleted_at": [to_json(old), None]}, obj.version)
        self._recycled = True
        self._note(obj.__entity__, obj)

    def create_many(self, model: type[SyncRow], rows: Iterable[dict], *, index_search: bool = True,
                    on_error: Callable[[int, ValidationError], None] | None = None,
                    validated: bool = False) -> list[uuid.UUID]:
        """Bulk create through the same rules, stamps and journal as `create`, written with executemany.

        A row that fails validation is passed to on_error (with its position) and skipped, so the good rows
        still land; without on_error the first bad row raises. Pass index_search=False when the caller
        rebuilds the search index once after a large load. Pass validated=True only with rows that are
        already the output of `records.validate` for this entity (the importer validates each row itself,
        to keep a bad optional value in the notes instead of losing the row), so they are not checked twice.
        Returns the new ids in input order.
        """
        entity = model.__entity__
        self.session.flush()  # entries added earlier get their seq before these: seq order is chain order
        rows_out = _BulkInsert(model.__table__, self.session)
        journal_out = _BulkInsert(JournalEntry.__table__, self.session)
        created: list[uuid.UUID] = []
        action_id = self._ensure_action().id
        now = self._now()  # one bulk action happens at one moment

        def flush():
            rows_out.flush()
            journal_out.flush()

        for position, values in enumerate(rows):
            try:
                row = self._stamp_new(values if validated else validate(entity, values), entity, now)
            except ValidationError as exc:
                if on_error is None:
                    raise
                on_error(position, exc)
                continue
            rows_out.add(row)
            journal_out.add(self._entry_row(action_id, entity, row["id"], "create", _create_changes(row), 0,
                                            now))
            created.append(row["id"])
            if index_search and entity in _SEARCHED:
                self._search_dirty.add(row["id"] if entity == "customer" else row["customer_id"])
                if entity == "customer":
                    self._search_new.add(row["id"])
            if len(rows_out) >= 5000:
                flush()
        flush()
        if created:
            self._touched.add(entity)
        return created

    def commit(self) -> Changes:
        if self._search_dirty:
            self.session.flush()
            search_index.refresh(self.session.connection(), self._search_dirty, new=self._search_new)
        if self._chain is not None:
            self.session.flush()
            conn = self.session.connection()
            seq, head = audit_chain.last_link(conn.exec_driver_sql)
            conn.exec_driver_sql("INSERT INTO local_meta(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                                 (audit_chain.HEAD_KEY, f"{seq}:{head}"))
        self.session.commit()
        self._committed = True
        changes = Changes.for_entities(self._touched)
        if self._recycled:
            changes = changes | Changes(recycle_bin=True)
        if self._action is not None:
            changes = changes | Changes(undo=True)
        return changes

    def record_event(self, entity: str, row_id: uuid.UUID, kind: str, details: dict, *,
                     user_id: uuid.UUID | None = None) -> None:
        """Journal a fact that changes no business row (a sign-in, a failed one, a lockout, a password
        change), so it is audited and chained like every write. `details` must hold no secret. `user_id`
        names the account concerned when the writer is the system (a sign-in happens before anyone is)."""
        if entity not in EVENT_ENTITIES:
            raise ValueError(f"{entity!r} is not an event entity")
        action = self._ensure_action()
        entry = JournalEntry(**self._entry_row(action.id, entity, row_id, kind,
                                               {k: [None, to_json(v)] for k, v in details.items()}, 0,
                                               user_id=user_id or self.actor.user_id))
        self._sanctioned.add(id(entry))
        self.session.add(entry)

    def mark_as_undo_of(self, action_id: uuid.UUID, label: str) -> None:
        if self._action is not None:
            raise RuntimeError("mark an undo before the first write")
        self._undo_of = action_id
        self.label = label

    @property
    def action_id(self) -> uuid.UUID | None:
        return self._action.id if self._action else None

    # -- internals -----------------------------------------------------------------------------------
    def _stamp_new(self, clean: dict, entity: str, now: datetime | None = None) -> dict:
        now = now or self._now()
        row = dict(clean)
        row.update(derive(entity, clean))
        for name, make in _json_defaults(entity):
            # A list or mapping left out gets its empty value here, so the journal (and the server's
            # insert, which has no default for JSON columns) carries it like any other field.
            row.setdefault(name, make())
        if row.get("owner_id") is None and row.get("pool_id") is None:  # a pool's customers have no owner
            row["owner_id"] = self.actor.user_id
        if row.get("department_id") is None:
            row["department_id"] = self.actor.department_id
        if row["owner_id"] is None and entity in OWNER_REQUIRED and row.get("pool_id") is None:
            raise ValidationError([FieldError("owner_id", "required")])
        row.update(id=new_id(), created_at=now, created_by=self.actor.user_id, updated_at=now,
                   updated_by=self.actor.user_id, deleted_at=None, version=0)
        return row

    def _stamp_update(self, obj: SyncRow) -> None:
        obj.updated_at = self._now()
        obj.updated_by = self.actor.user_id

    def _ensure_action(self) -> JournalAction:
        if self._action is None:
            self._action = JournalAction(id=new_id(), label=self.label, user_id=self.actor.user_id,
                                         device_id=self.actor.device_id, at=self._now(),
                                         hlc=str(self._clock.now()), undo_of=self._undo_of)
            self._sanctioned.add(id(self._action))
            self.session.add(self._action)
            self.session.flush([self._action])
            # The insert above took SQLite's write lock, so no other writer can extend the chain until this
            # transaction ends: the newest link read now stays the newest.
            _seq, self._chain = audit_chain.last_link(self.session.connection().exec_driver_sql)
        return self._action

    def _entry_row(self, action_id, entity, row_id, kind, changes, base_version, now=None, *,
                   user_id: uuid.UUID | None = None) -> dict:
        row = dict(op_id=new_id(), action_id=action_id, entity=entity, row_id=row_id, kind=kind,
                   changes=changes, base_version=base_version, hlc=str(self._clock.now()),
                   user_id=user_id or self.actor.user_id, device_id=self.actor.device_id, at=now or self._now(),
                   synced_at=None)
        row["chain_hash"] = self._chain = audit_chain.link(self._chain, row)
        return row

    def _journal(self, entity, row_id, kind, changes, base_version) -> None:
        action = self._ensure_action()
        entry = JournalEntry(**self._entry_row(action.id, entity, row_id, kind, changes, base_version))
        self._sanctioned.add(id(entry))
        self.session.add(entry)

    def _note(self, entity: str, obj: SyncRow) -> None:
        self._touched.add(entity)
        if entity == "customer":
            self._search_dirty.add(obj.id)
        elif entity == "contact":
            self._search_dirty.add(obj.customer_id)


class _BulkInsert:
    """executemany straight to the driver, each value converted as SQLAlchemy's own bind processor for its
    column would (checked by a test), so bulk rows are stored exactly as ORM rows are, without per-row
    statement overhead. UUIDs and datetimes, most of the values, get C-speed equivalents of the processors."""

    def __init__(self, table, session: Session):
        self._session = session
        dialect = session.get_bind().dialect
        names, converters = [], []
        for column in table.columns:
            default = column.default.arg if column.default is not None and not callable(column.default.arg) \
                else None
            names.append((column.name, default))
            converters.append(_fast_converter(column, dialect))
        self._names = names
        # Most columns are stored as given; only these (position, converter) need converting.
        self._converted = [(i, c) for i, c in enumerate(converters) if c is not None]
        self._sql = (f"INSERT INTO {table.name} ({', '.join(n for n, _d in names)}) "
                     f"VALUES ({', '.join('?' * len(names))})")
        self._pending: list[tuple] = []

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, row: dict) -> None:
        get = row.get
        values = [get(name, default) for name, default in self._names]
        for i, convert in self._converted:
            if values[i] is not None:
                values[i] = convert(values[i])
        self._pending.append(tuple(values))

    def flush(self) -> None:
        if self._pending:
            self._session.connection().exec_driver_sql(self._sql, self._pending)
            self._pending = []


def _fast_converter(column, dialect) -> Callable | None:
    processor = column.type._cached_bind_processor(dialect)
    if processor is None or dialect.name != "sqlite":
        return processor
    if isinstance(column.type, Uuid) and column.type.as_uuid:
        return _uuid_hex
    if isinstance(column.type, DateTime) and not column.type.timezone:
        return _sqlite_datetime
    return processor


def _uuid_hex(value: uuid.UUID) -> str:
    return value.hex


def _sqlite_datetime(value: datetime) -> str:
    return value.isoformat(" ", "microseconds")


def _create_changes(row: dict) -> dict:
    # The entry itself says who and when; the changes hold only what the record says.
    return {k: [None, to_json(v)] for k, v in row.items() if k not in SYSTEM_FIELDS and k not in DERIVED_FIELDS and v not in (None, "")}


def load_journal(session: Session, entity: str, row_id: uuid.UUID) -> list[JournalEntry]:
    return list(session.scalars(select(JournalEntry).where(JournalEntry.entity == entity,
                                                           JournalEntry.row_id == row_id)
                                .order_by(JournalEntry.seq)))


__all__ = ["Actor", "UnitOfWork", "UnguardedWrite", "BUSINESS_MODELS", "Customer", "Contact"]


@functools.cache
def _json_defaults(entity: str) -> tuple[tuple[str, Callable[[], object]], ...]:
    out = []
    for column in BUSINESS_MODELS[entity].__table__.columns:
        default = column.default
        if isinstance(column.type, JSON) and default is not None and default.is_callable:
            out.append((column.name, lambda arg=default.arg: arg(None)))
    return tuple(out)
