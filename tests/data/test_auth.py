"""Signing in against a real database: argon2id hashes, the password policy, captcha after three failures,
lockout with a doubling back-off, TOTP enrolment and verification, "remember me" only in the keyring, and
every attempt in the (hash-chained) audit trail."""

from datetime import datetime, timedelta

import pyotp
import pytest
from sqlalchemy import select, text

from crm_desktop.data.models import Credential, JournalEntry, User
from crm_desktop.domain import login_policy as policy
from crm_desktop.domain.errors import AuthError, NothingToUndo, ValidationError
from crm_desktop.services import audit
from crm_desktop.services.auth import DEMO_PASSWORD, AuthService
from crm_desktop.services.customers import CustomerService


class Clock:
    def __init__(self):
        self.current = datetime(2026, 11, 30, 9, 0, 0)

    def __call__(self):
        return self.current

    def advance(self, **kw):
        self.current += timedelta(**kw)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def auth(demo_db, keyring_store, clock):
    return AuthService(demo_db, keyring_store, now=clock)


def events(db, entity="session"):
    with db.connect() as conn:
        return [(r.kind, r.changes) for r in conn.execute(
            select(JournalEntry.kind, JournalEntry.changes).where(JournalEntry.entity == entity)
            .order_by(JournalEntry.seq))]


def fail_times(auth, n, login="lina"):
    for _ in range(n):
        answer = auth.new_captcha(login) if auth.captcha_needed(login) else None
        with pytest.raises(AuthError):
            auth.login(login, "wrong-password", captcha=answer)


def test_passwords_are_argon2id_hashes_never_plain(demo_db):
    with demo_db.connect() as conn:
        hashes = conn.execute(select(Credential.password_hash)).scalars().all()
        dump = "\n".join(conn.connection.dbapi_connection.iterdump())
    assert len(hashes) == 8 and all(h.startswith("$argon2id$") for h in hashes)
    assert DEMO_PASSWORD not in dump


def test_each_demo_user_signs_in_with_the_demo_password(auth):
    for login in ("admin", "zhangwei", "lina", "zhaolei", "sunli"):
        signed = auth.login(login, DEMO_PASSWORD)
        assert signed.login == login and signed.actor.user_id is not None and signed.method == "password"
    # Logins are case-insensitive, the password is not.
    assert auth.login("LiNa", DEMO_PASSWORD).login == "lina"
    with pytest.raises(AuthError) as exc:
        auth.login("lina", DEMO_PASSWORD.upper())
    assert exc.value.code == "login_failed"


def test_signed_in_users_see_their_own_scope(auth, demo_db):
    lina = CustomerService(demo_db, auth.login("lina", DEMO_PASSWORD).actor)
    admin = CustomerService(demo_db, auth.login("admin", DEMO_PASSWORD).actor)
    from crm_desktop.domain.customer_filter import CustomerFilter
    assert 0 < lina.count(CustomerFilter()) < admin.count(CustomerFilter())


def test_unknown_user_and_wrong_password_get_the_same_answer(auth, demo_db):
    with pytest.raises(AuthError) as unknown:
        auth.login("nobody", DEMO_PASSWORD)
    with pytest.raises(AuthError) as wrong:
        auth.login("lina", "not-it-at-all")
    assert unknown.value.code == wrong.value.code == "login_failed"
    reasons = [c["reason"][1] for k, c in events(demo_db) if k == "login_failed"]
    assert reasons == ["unknown_user", "wrong_password"]


def test_captcha_is_required_after_three_failures(auth):
    fail_times(auth, 3)
    assert auth.captcha_needed("lina")
    with pytest.raises(AuthError) as exc:
        auth.login("lina", DEMO_PASSWORD)
    assert exc.value.code == "captcha_required"
    auth.new_captcha("lina")
    with pytest.raises(AuthError) as exc:
        auth.login("lina", DEMO_PASSWORD, captcha="WRONG")
    assert exc.value.code == "captcha_wrong"
    answer = auth.new_captcha("lina")
    assert auth.login("lina", DEMO_PASSWORD, captcha=answer.lower()).login == "lina"
    assert not auth.captcha_needed("lina")  # success resets the count


def test_unknown_logins_also_get_a_captcha(auth):
    fail_times(auth, 3, login="ghost")
    assert auth.captcha_needed("ghost")
    with pytest.raises(AuthError) as exc:
        auth.login("ghost", "whatever1")
    assert exc.value.code == "captcha_required"


def test_lockout_after_five_failures_with_doubling_back_off(auth, clock, demo_db):
    fail_times(auth, 4)
    answer = auth.new_captcha("lina")
    with pytest.raises(AuthError) as exc:
        auth.login("lina", "wrong-password", captcha=answer)
    assert exc.value.code == "account_locked" and exc.value.args_map["seconds"] == 60
    # Locked: even the right password (and captcha) is refused until the time is up.
    answer = auth.new_captcha("lina")
    with pytest.raises(AuthError) as exc:
        auth.login("lina", DEMO_PASSWORD, captcha=answer)
    assert exc.value.code == "account_locked"
    clock.advance(seconds=61)
    # Expired: two more failures lock it again, for twice as long.
    fail_times(auth, 1)
    answer = auth.new_captcha("lina")
    with pytest.raises(AuthError) as exc:
        auth.login("lina", "wrong-password", captcha=answer)
    assert exc.value.code == "account_locked" and exc.value.args_map["seconds"] == 120
    clock.advance(seconds=121)
    answer = auth.new_captcha("lina")
    assert auth.login("lina", DEMO_PASSWORD, captcha=answer).login == "lina"
    kinds = [k for k, _ in events(demo_db)]
    assert kinds.count("lockout") == 2 and kinds[-1] == "login"
    with demo_db.connect() as conn:
        row = conn.execute(select(Credential.failed_attempts, Credential.lockouts, Credential.locked_until)
                           .join(User, User.id == Credential.user_id).where(User.login == "lina")).one()
    assert tuple(row) == (0, 0, None)


def test_lock_duration_is_capped():
    assert [policy.lock_duration(n).total_seconds() for n in (1, 2, 3)] == [60, 120, 240]
    assert policy.lock_duration(30) == policy.LONGEST_LOCK


def test_disabled_user_cannot_sign_in(auth, demo_db):
    with demo_db.connect() as conn:
        lina = conn.execute(select(User.id).where(User.login == "lina")).scalar()
    admin = auth.login("admin", DEMO_PASSWORD).actor
    with demo_db.unit_of_work(admin, "disable lina") as uow:
        uow.update(uow.get(User, lina), active=False)
        uow.commit()
    with pytest.raises(AuthError) as exc:
        auth.login("lina", DEMO_PASSWORD)
    assert exc.value.code == "user_inactive"
    # The wrong password does not reveal that the account is disabled.
    with pytest.raises(AuthError) as exc:
        auth.login("lina", "guessing-it")
    assert exc.value.code == "login_failed"


def test_password_policy(auth):
    actor = auth.login("lina", DEMO_PASSWORD).actor
    for bad, code in (("short1", "too_short"), ("xxlina2026", "contains_login"),
                      (DEMO_PASSWORD, "recently_used")):
        with pytest.raises(ValidationError) as exc:
            auth.change_password(actor, DEMO_PASSWORD, bad)
        assert exc.value.errors[0].code == code
    with pytest.raises(ValidationError) as exc:
        auth.change_password(actor, "not-current", "a-good-new-one")
    assert exc.value.errors[0].code == "wrong_password"
    history = ["first-new-pw", "second-new-pw", "third-new-pw"]
    current = DEMO_PASSWORD
    for new in history:
        auth.change_password(actor, current, new)
        current = new
    with pytest.raises(ValidationError) as exc:  # one of the recent ones
        auth.change_password(actor, current, "first-new-pw")
    assert exc.value.errors[0].code == "recently_used"
    assert auth.login("lina", current).login == "lina"
    with pytest.raises(AuthError):
        auth.login("lina", DEMO_PASSWORD)


def test_admin_resets_a_password_and_a_rep_may_not(auth, demo_db):
    from crm_desktop.domain.access import PermissionDenied
    admin = auth.login("admin", DEMO_PASSWORD).actor
    lina = auth.login("lina", DEMO_PASSWORD).actor
    with demo_db.connect() as conn:
        chen = conn.execute(select(User.id).where(User.login == "chenjing")).scalar()
    with pytest.raises(PermissionDenied):
        auth.reset_password(lina, chen, "new-password-1")
    auth.reset_password(admin, chen, "new-password-1")
    assert auth.login("chenjing", "new-password-1").login == "chenjing"
    assert [k for k, _ in events(demo_db, "credential")] == ["password_reset"]


def test_totp_enrolment_and_sign_in(auth, clock, demo_db):
    actor = auth.login("zhangwei", DEMO_PASSWORD).actor
    enrolment = auth.begin_totp(actor)
    assert enrolment.uri.startswith("otpauth://totp/") and "zhangwei" in enrolment.uri
    assert len(enrolment.matrix) >= 21 and any(any(row) for row in enrolment.matrix)
    with pytest.raises(ValidationError):
        auth.confirm_totp(actor, enrolment.secret, "000000" if pyotp.TOTP(enrolment.secret).at(clock())
                          != "000000" else "111111")
    assert not auth.totp_enabled(actor.user_id)
    auth.confirm_totp(actor, enrolment.secret, pyotp.TOTP(enrolment.secret).at(clock()))
    assert auth.totp_enabled(actor.user_id)

    with pytest.raises(AuthError) as exc:
        auth.login("zhangwei", DEMO_PASSWORD)
    assert exc.value.code == "totp_required"
    with pytest.raises(AuthError) as exc:
        auth.login("zhangwei", DEMO_PASSWORD, totp=pyotp.TOTP(enrolment.secret).at(clock() - timedelta(minutes=5)))
    assert exc.value.code == "totp_wrong"
    code = pyotp.TOTP(enrolment.secret).at(clock())
    assert auth.login("zhangwei", DEMO_PASSWORD, totp=code).login == "zhangwei"
    auth.disable_totp(actor, pyotp.TOTP(enrolment.secret).at(clock()))
    assert auth.login("zhangwei", DEMO_PASSWORD).login == "zhangwei"
    assert [k for k, _ in events(demo_db, "credential")] == ["totp_enabled", "totp_disabled"]


def test_remember_me_token_lives_only_in_the_keyring(auth, demo_db, keyring_store, clock):
    signed = auth.login("lina", DEMO_PASSWORD, remember=True)
    assert signed.remembered and not signed.keyring_missing
    (token,) = keyring_store.backend.items.values()
    with demo_db.connect() as conn:
        dump = "\n".join(conn.connection.dbapi_connection.iterdump())
    assert token not in dump  # only its hash is stored
    for path in demo_db.paths.root.rglob("*"):
        if path.is_file():
            assert token.encode() not in path.read_bytes(), path
    again = AuthService(demo_db, keyring_store, now=clock).resume()
    assert again is not None and again.login == "lina" and again.method == "remembered"
    auth.logout(again.actor)
    assert keyring_store.backend.items == {}
    assert AuthService(demo_db, keyring_store, now=clock).resume() is None


def test_remember_me_expires(auth, keyring_store, clock, demo_db):
    auth.login("lina", DEMO_PASSWORD, remember=True)
    clock.advance(days=31)
    assert AuthService(demo_db, keyring_store, now=clock).resume() is None
    assert keyring_store.backend.items == {}


def test_without_a_keyring_remember_me_is_refused_and_nothing_is_written(demo_db, no_keyring_store, clock):
    auth = AuthService(demo_db, no_keyring_store, now=clock)
    signed = auth.login("lina", DEMO_PASSWORD, remember=True)
    assert not signed.remembered and signed.keyring_missing
    with demo_db.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM remember_token")).scalar() == 0
    assert auth.resume() is None


def test_first_start_creates_the_administrator(db, keyring_store):
    auth = AuthService(db, keyring_store)
    assert auth.needs_first_admin()
    with pytest.raises(ValidationError) as exc:
        auth.create_first_admin("boss", "老板", "boss")
    assert {e.code for e in exc.value.errors} == {"too_short", "contains_login"}
    signed = auth.create_first_admin("boss", "老板", "a-long-secret")
    assert not auth.needs_first_admin()
    assert CustomerService(db, signed.actor).can("organisation", "administer")
    with pytest.raises(AuthError) as exc:
        auth.create_first_admin("other", "Other", "a-long-secret")
    assert exc.value.code == "already_set_up"
    assert auth.login("boss", "a-long-secret").display_name == "老板"


def test_sign_in_events_are_chained_audit_entries_and_not_undoable(auth, demo_db):
    fail_times(auth, 1)
    signed = auth.login("lina", DEMO_PASSWORD)
    assert audit.verify(demo_db)["ok"]
    with pytest.raises(NothingToUndo):
        CustomerService(demo_db, signed.actor).undo()
    with demo_db.connect() as conn:
        rows = conn.execute(select(JournalEntry.user_id, JournalEntry.kind, JournalEntry.device_id)
                            .where(JournalEntry.entity == "session").order_by(JournalEntry.seq)).all()
    assert [r.kind for r in rows] == ["login_failed", "login"]
    assert all(r.user_id == signed.actor.user_id and r.device_id == demo_db.device_id for r in rows)
