"""Signing in and the secrets behind it: argon2id password hashes, the password policy, throttling (captcha
after three failures in a row, then a lockout that doubles each time), an optional TOTP second factor, and
"remember me" tokens kept only in the OS keyring.

Every sign-in, failed attempt, lockout, sign-out and credential change is journaled as an event (entity
"session" or "credential") in the same transaction as the counters it changes, so the audit trail and its
hash chain hold them. Secrets never enter the journal.
"""

from __future__ import annotations

import functools
import hashlib
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import pyotp
import qrcode
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, insert, select, update

from ..credentials import CredentialStore
from ..data.database import Database
from ..data.models import Credential, Department, RememberToken, User, UserRole
from ..data.unit_of_work import Actor, UnitOfWork
from ..domain import login_policy as policy
from ..domain.access import PermissionDenied
from ..domain.errors import AuthError, FieldError, ValidationError
from ..domain.ids import new_id
from . import access as access_service
from . import classifications
from .context import LOCAL_USER_KEY, system_actor

# argon2-cffi's defaults are argon2id with RFC 9106's low-memory profile (t=3, m=64 MiB, p=4).
HASHER = PasswordHasher()
CAPTCHA_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: the picture must be readable
CAPTCHA_LENGTH = 5
ISSUER = "CRM Desktop"
DEMO_PASSWORD = "demo2026"  # every demo user's password (documented in README.md)


@dataclass(frozen=True)
class SignedIn:
    actor: Actor
    login: str
    display_name: str
    method: str  # password | remembered | first_admin
    remembered: bool = False  # a "remember me" token is now in the keyring
    keyring_missing: bool = False  # "remember me" was asked for, but the OS has no keyring


@dataclass(frozen=True)
class TotpEnrolment:
    secret: str
    uri: str  # otpauth://... for authenticator apps
    matrix: tuple[tuple[bool, ...], ...]  # the QR code's modules, True = dark; the UI paints them


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def _verify(stored: str, password: str) -> bool:
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class AuthService:
    def __init__(self, db: Database, store: CredentialStore | None = None, *,
                 now: Callable[[], datetime] | None = None):
        self.db = db
        self.store = store or CredentialStore()
        self.now = now or db.now
        self._captchas: dict[str, str] = {}  # login (casefolded) -> the challenge last shown
        self._unknown_failures: dict[str, int] = {}  # failures for logins that do not exist (never stored)

    # -- first start ----------------------------------------------------------------------------------
    def needs_first_admin(self) -> bool:
        """True until someone has a password: the first start asks for the administrator's."""
        with self.db.connect() as conn:
            return conn.execute(select(func.count()).select_from(Credential)).scalar() == 0

    def create_first_admin(self, login: str, display_name: str, password: str) -> SignedIn:
        login = login.strip()
        errors = []
        if not login:
            errors.append(FieldError("login", "required"))
        if not display_name.strip():
            errors.append(FieldError("display_name", "required"))
        errors += policy.password_problems(password, login)
        if errors:
            raise ValidationError(errors)
        if not self.needs_first_admin():
            raise AuthError("already_set_up")
        with self.db.unit_of_work(system_actor(self.db), "set up the administrator") as uow:
            user = uow.session.scalars(select(User).where(func.lower(User.login) == login.lower())).first()
            if user is None:
                root = uow.session.scalars(select(Department).where(Department.parent_id.is_(None),
                                                                    Department.deleted_at.is_(None))).first()
                if root is None:
                    root = uow.create(Department, name="总部")
                user = uow.create(User, login=login, display_name=display_name.strip(), department_id=root.id)
            else:
                uow.update(user, display_name=display_name.strip(), active=True)
            roles = access_service.create_missing_roles(uow)
            uow.session.flush()
            held = uow.session.execute(select(UserRole.id).where(
                UserRole.user_id == user.id, UserRole.role_id == roles["administrator"],
                UserRole.deleted_at.is_(None))).first()
            if held is None:
                uow.create(UserRole, user_id=user.id, role_id=roles["administrator"])
            self._write_password(uow, user.id, hash_password(password), previous=[])
            uow.record_event("credential", user.id, "password_set", {"login": user.login}, user_id=user.id)
            uow.commit()
            user_id, department_id, name = user.id, user.department_id, user.display_name
        self.db.set_meta(LOCAL_USER_KEY, user_id.hex)
        classifications.ensure_defaults(self.db, system_actor(self.db))
        return self._signed_in(user_id, department_id, login, name, "first_admin")

    # -- signing in -----------------------------------------------------------------------------------
    def last_login(self) -> str:
        """The login of whoever used this replica last (the dialog's suggestion)."""
        stored = self.db.meta(LOCAL_USER_KEY)
        if not stored:
            return ""
        with self.db.connect() as conn:
            return conn.execute(select(User.login).where(User.id == uuid.UUID(stored))).scalar() or ""

    def captcha_needed(self, login: str) -> bool:
        key = login.strip().casefold()
        with self.db.connect() as conn:
            row = conn.execute(select(Credential.failed_attempts).join(User, User.id == Credential.user_id)
                               .where(func.lower(User.login) == key)).first()
        failures = row[0] if row else self._unknown_failures.get(key, 0)
        return failures >= policy.CAPTCHA_AFTER

    def new_captcha(self, login: str) -> str:
        """A fresh challenge for this login; the UI draws it. Each answer is good for one attempt."""
        text = "".join(secrets.choice(CAPTCHA_ALPHABET) for _ in range(CAPTCHA_LENGTH))
        self._captchas[login.strip().casefold()] = text
        return text

    def login(self, login: str, password: str, *, captcha: str | None = None, totp: str | None = None,
              remember: bool = False) -> SignedIn:
        key = login.strip().casefold()
        now = self.now()
        with self.db.unit_of_work(system_actor(self.db), "sign in") as uow:
            found = uow.session.execute(
                select(User.id, User.login, User.display_name, User.department_id, User.active)
                .where(func.lower(User.login) == key, User.deleted_at.is_(None))).first()
            cred = _credential_row(uow, found[0]) if found else None
            if cred is None:
                # Unknown login, or a user without a password on this replica: the same answer as a wrong
                # password (no hint which), and the same captcha after three tries.
                self._check_captcha(key, captcha, self._unknown_failures.get(key, 0))
                _verify(_dummy_hash(), password)  # the same time as a real check: no timing hint
                self._unknown_failures[key] = self._unknown_failures.get(key, 0) + 1
                self._event(uow, found[0] if found else None, "login_failed",
                            {"login": login.strip(), "reason": "unknown_user" if not found else "no_password"})
                uow.commit()
                raise AuthError("login_failed")
            user_id, user_login, display_name, department_id, active = found
            if cred.locked_until is not None and cred.locked_until > now:
                self._event(uow, user_id, "login_failed", {"login": user_login, "reason": "locked"})
                uow.commit()
                raise self._locked(cred, now)
            try:
                self._check_captcha(key, captcha, cred.failed_attempts)
            except AuthError as exc:
                if exc.code == "captcha_wrong":
                    self._fail(uow, cred, user_login, "captcha_wrong", now)
                raise
            if not _verify(cred.password_hash, password):
                self._fail(uow, cred, user_login, "wrong_password", now)
                raise AuthError("login_failed")
            if not active:
                self._event(uow, user_id, "login_failed", {"login": user_login, "reason": "user_inactive"})
                uow.commit()
                raise AuthError("user_inactive")
            if cred.totp_secret:
                if not totp:
                    uow.commit()  # nothing written: the password was right, the second step follows
                    raise AuthError("totp_required")
                if not pyotp.TOTP(cred.totp_secret).verify(totp.strip(), for_time=now,
                                                           valid_window=policy.TOTP_WINDOW):
                    self._fail(uow, cred, user_login, "totp_wrong", now)
                    raise AuthError("totp_wrong")
            values = dict(failed_attempts=0, lockouts=0, locked_until=None)
            if HASHER.check_needs_rehash(cred.password_hash):  # hashing parameters were raised since
                values["password_hash"] = hash_password(password)
            uow.session.execute(update(Credential.__table__).where(Credential.user_id == user_id).values(**values))
            self._event(uow, user_id, "login", {"login": user_login, "method": "password"})
            uow.commit()
        self._captchas.pop(key, None)
        self.db.set_meta(LOCAL_USER_KEY, user_id.hex)
        remembered, missing = False, False
        if remember:
            remembered = self._remember(user_id)
            missing = not remembered
        return self._signed_in(user_id, department_id, user_login, display_name, "password",
                               remembered=remembered, keyring_missing=missing)

    def resume(self) -> SignedIn | None:
        """Sign in with the "remember me" token from the keyring, if there is a valid one."""
        token = self.store.get(self._keyring_key())
        if not token:
            return None
        now = self.now()
        with self.db.unit_of_work(system_actor(self.db), "sign in (remembered)") as uow:
            row = uow.session.execute(
                select(RememberToken.user_id, RememberToken.expires_at, User.login, User.display_name,
                       User.department_id, User.active)
                .join(User, User.id == RememberToken.user_id)
                .where(RememberToken.token_hash == _token_hash(token))).first()
            if row is None or row.expires_at <= now or not row.active:
                uow.session.execute(delete(RememberToken.__table__).where(RememberToken.token_hash == _token_hash(token)))
                uow.commit()
                self.store.delete(self._keyring_key())
                return None
            self._event(uow, row.user_id, "login", {"login": row.login, "method": "remembered"})
            uow.commit()
        self.db.set_meta(LOCAL_USER_KEY, row.user_id.hex)
        return self._signed_in(row.user_id, row.department_id, row.login, row.display_name, "remembered",
                               remembered=True)

    def logout(self, actor: Actor) -> None:
        """Sign out and forget this replica's "remember me" token (keyring and database)."""
        token = self.store.get(self._keyring_key())
        with self.db.unit_of_work(actor, "sign out") as uow:
            if token:
                uow.session.execute(delete(RememberToken.__table__).where(RememberToken.token_hash == _token_hash(token)))
            login = uow.session.execute(select(User.login).where(User.id == actor.user_id)).scalar()
            self._event(uow, actor.user_id, "logout", {"login": login or ""})
            uow.commit()
        self.store.delete(self._keyring_key())

    # -- passwords ------------------------------------------------------------------------------------
    def change_password(self, actor: Actor, current: str, new: str) -> None:
        with self.db.unit_of_work(actor, "change password") as uow:
            cred, login = self._credential(uow, actor.user_id)
            if cred is None or not _verify(cred.password_hash, current):
                raise ValidationError([FieldError("current", "wrong_password")])
            self._set_password(uow, cred, login, new)
            uow.record_event("credential", actor.user_id, "password_changed", {"login": login})
            uow.commit()

    def reset_password(self, actor: Actor, user_id: uuid.UUID, new: str) -> None:
        """An administrator sets another user's password (it also lifts a lockout)."""
        with self.db.connect() as conn:
            access_service.resolve(conn, actor.user_id).require("organisation", "administer")
        with self.db.unit_of_work(actor, "reset password") as uow:
            cred, login = self._credential(uow, user_id)
            if cred is None:
                errors = policy.password_problems(new, login)
                if errors:
                    raise ValidationError(errors)
                self._write_password(uow, user_id, hash_password(new), previous=[])
            else:
                self._set_password(uow, cred, login, new)
            uow.record_event("credential", user_id, "password_reset", {"login": login})
            uow.commit()

    def has_password(self, user_id: uuid.UUID) -> bool:
        with self.db.connect() as conn:
            return conn.execute(select(Credential.user_id).where(Credential.user_id == user_id)).first() is not None

    # -- second factor ---------------------------------------------------------------------------------
    def totp_enabled(self, user_id: uuid.UUID) -> bool:
        with self.db.connect() as conn:
            return bool(conn.execute(select(Credential.totp_secret).where(Credential.user_id == user_id)).scalar())

    def begin_totp(self, actor: Actor) -> TotpEnrolment:
        with self.db.connect() as conn:
            login = conn.execute(select(User.login).where(User.id == actor.user_id)).scalar()
        secret = pyotp.random_base32()
        uri = pyotp.TOTP(secret).provisioning_uri(name=login or "user", issuer_name=ISSUER)
        code = qrcode.QRCode(border=2, error_correction=qrcode.constants.ERROR_CORRECT_M)
        code.add_data(uri)
        code.make(fit=True)
        return TotpEnrolment(secret, uri, tuple(tuple(bool(c) for c in row) for row in code.get_matrix()))

    def confirm_totp(self, actor: Actor, secret: str, code: str) -> None:
        """Turn the second factor on once the user proves their app shows the right codes."""
        if not pyotp.TOTP(secret).verify(code.strip(), for_time=self.now(), valid_window=policy.TOTP_WINDOW):
            raise ValidationError([FieldError("totp", "totp_wrong")])
        with self.db.unit_of_work(actor, "turn on two-step verification") as uow:
            cred, login = self._credential(uow, actor.user_id)
            if cred is None:
                raise AuthError("login_failed")
            uow.session.execute(update(Credential.__table__).where(Credential.user_id == actor.user_id)
                                .values(totp_secret=secret))
            uow.record_event("credential", actor.user_id, "totp_enabled", {"login": login})
            uow.commit()

    def disable_totp(self, actor: Actor, code: str) -> None:
        with self.db.unit_of_work(actor, "turn off two-step verification") as uow:
            cred, login = self._credential(uow, actor.user_id)
            if cred is None or not cred.totp_secret:
                return
            if not pyotp.TOTP(cred.totp_secret).verify(code.strip(), for_time=self.now(),
                                                       valid_window=policy.TOTP_WINDOW):
                raise ValidationError([FieldError("totp", "totp_wrong")])
            uow.session.execute(update(Credential.__table__).where(Credential.user_id == actor.user_id)
                                .values(totp_secret=None))
            uow.record_event("credential", actor.user_id, "totp_disabled", {"login": login})
            uow.commit()

    # -- internals -------------------------------------------------------------------------------------
    def _keyring_key(self) -> str:
        return f"remember@{self.db.device_id}"  # one token per replica (data folder)

    def _remember(self, user_id: uuid.UUID) -> bool:
        if not self.store.available:
            return False
        token = secrets.token_urlsafe(32)
        now = self.now()
        with self.db.unit_of_work(system_actor(self.db), "remember sign-in") as uow:
            uow.session.execute(insert(RememberToken.__table__).values(token_hash=_token_hash(token), user_id=user_id,
                                                             created_at=now,
                                                             expires_at=now + policy.REMEMBER_FOR))
            uow.commit()
        if not self.store.set(self._keyring_key(), token):
            with self.db.unit_of_work(system_actor(self.db), "forget sign-in") as uow:
                uow.session.execute(delete(RememberToken.__table__).where(RememberToken.token_hash == _token_hash(token)))
                uow.commit()
            return False
        return True

    def _check_captcha(self, key: str, answer: str | None, failures: int) -> None:
        if failures < policy.CAPTCHA_AFTER:
            return
        expected = self._captchas.pop(key, None)
        if not answer or expected is None:
            raise AuthError("captcha_required")
        if answer.strip().upper() != expected:
            raise AuthError("captcha_wrong")

    def _fail(self, uow: UnitOfWork, cred, login: str, reason: str, now: datetime) -> None:
        failures = cred.failed_attempts + 1
        values: dict = {"failed_attempts": failures}
        self._event(uow, cred.user_id, "login_failed", {"login": login, "reason": reason})
        if failures >= policy.LOCK_AFTER:
            lockouts = cred.lockouts + 1
            until = now + policy.lock_duration(lockouts)
            # After the lock the captcha is still asked for, and two more failures lock it again, longer.
            values.update(failed_attempts=policy.CAPTCHA_AFTER, lockouts=lockouts, locked_until=until)
            self._event(uow, cred.user_id, "lockout", {"login": login, "until": until,
                                                       "lockouts_in_a_row": lockouts})
        uow.session.execute(update(Credential.__table__).where(Credential.user_id == cred.user_id).values(**values))
        uow.commit()
        if failures >= policy.LOCK_AFTER:
            raise AuthError("account_locked", until=values["locked_until"],
                            seconds=int((values["locked_until"] - now).total_seconds()))

    @staticmethod
    def _locked(cred, now: datetime) -> AuthError:
        return AuthError("account_locked", until=cred.locked_until,
                         seconds=max(1, int((cred.locked_until - now).total_seconds())))

    @staticmethod
    def _event(uow: UnitOfWork, user_id: uuid.UUID | None, kind: str, details: dict) -> None:
        # A failed attempt is filed under the account it tried (so the account's history shows it); an
        # attempt on an unknown login gets a fresh id of its own.
        uow.record_event("session", user_id or new_id(), kind, details, user_id=user_id)

    @staticmethod
    def _credential(uow: UnitOfWork, user_id: uuid.UUID | None) -> tuple:
        login = uow.session.execute(select(User.login).where(User.id == user_id)).scalar()
        if login is None:
            raise PermissionDenied(module="organisation", action="edit", reason="out_of_scope")
        return _credential_row(uow, user_id), login

    def _set_password(self, uow: UnitOfWork, cred, login: str, new: str) -> None:
        errors = policy.password_problems(new, login)
        if errors:
            raise ValidationError(errors)
        recent = [cred.password_hash, *cred.previous_hashes][:policy.RECENT]
        if any(_verify(old, new) for old in recent):
            raise ValidationError([FieldError("password", "recently_used", {"count": policy.RECENT})])
        uow.session.execute(update(Credential.__table__).where(Credential.user_id == cred.user_id).values(
            password_hash=hash_password(new), previous_hashes=recent[:policy.RECENT - 1],
            changed_at=self.now(), failed_attempts=0, lockouts=0, locked_until=None))

    def _write_password(self, uow: UnitOfWork, user_id: uuid.UUID, password_hash: str, previous: list) -> None:
        uow.session.execute(insert(Credential.__table__).values(user_id=user_id, password_hash=password_hash,
                                                      previous_hashes=previous, changed_at=self.now(),
                                                      failed_attempts=0, lockouts=0))

    def _signed_in(self, user_id, department_id, login, name, method, **flags) -> SignedIn:
        return SignedIn(Actor(user_id, department_id, self.db.device_id), login, name, method, **flags)


def ensure_local_password(db: Database, user_id: uuid.UUID, password: str) -> bool:
    """After a first sync: let the server user sign in on this device (offline too) with the password they
    connected with, when this replica has none for them yet. True when one was set."""
    with db.connect() as conn:
        if conn.execute(select(Credential.user_id).where(Credential.user_id == user_id)).first():
            return False
        if conn.execute(select(User.id).where(User.id == user_id)).first() is None:
            return False
    with db.unit_of_work(system_actor(db), "password from the server sign-in") as uow:
        uow.session.execute(insert(Credential.__table__).values(
            user_id=user_id, password_hash=hash_password(password), previous_hashes=[], changed_at=db.now(),
            failed_attempts=0, lockouts=0))
        uow.record_event("credential", user_id, "password_set", {"source": "server"}, user_id=user_id)
        uow.commit()
    return True


def set_demo_password(uow: UnitOfWork, user_ids: list[uuid.UUID], now: datetime) -> None:
    """Demo users all get DEMO_PASSWORD (one hash: it is the same documented password anyway)."""
    hashed = hash_password(DEMO_PASSWORD)
    for user_id in user_ids:
        uow.session.execute(insert(Credential.__table__).values(user_id=user_id, password_hash=hashed, previous_hashes=[],
                                                      changed_at=now, failed_attempts=0, lockouts=0))


def _credential_row(uow: UnitOfWork, user_id: uuid.UUID):
    """The credential as a plain row (not an ORM object: this table changes only by explicit statements)."""
    return uow.session.execute(select(*Credential.__table__.c).where(Credential.user_id == user_id)).first()


@functools.cache
def _dummy_hash() -> str:
    return hash_password(secrets.token_hex(8))

__all__ = ["AuthService", "SignedIn", "TotpEnrolment", "DEMO_PASSWORD", "hash_password", "set_demo_password"]
