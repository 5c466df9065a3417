"""The OS keyring behind one small class: the only place a secret ("remember me" tokens, later the server
password) is stored. There is no fallback to a file: without a keyring, `available` is False and callers
tell the user they will be asked each time."""

from __future__ import annotations

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

SERVICE = "crm-desktop"


class CredentialStore:
    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE):
        self._backend = backend
        self.service = service

    @property
    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def available(self) -> bool:
        """False for keyring's "fail" backend and a chainer with nothing behind it (headless Linux)."""
        try:
            return float(self.backend.priority) > 0
        except Exception:  # noqa: BLE001 - a broken backend is an unavailable one
            return False

    def get(self, key: str) -> str | None:
        if not self.available:
            return None
        try:
            return self.backend.get_password(self.service, key)
        except KeyringError:
            return None

    def set(self, key: str, secret: str) -> bool:
        """True when stored; False when there is no working keyring (nothing is written anywhere else)."""
        if not self.available:
            return False
        try:
            self.backend.set_password(self.service, key, secret)
            return True
        except KeyringError:
            return False

    # -- the outgoing mail server's password (e-mail campaigns) ------------------------------------------
    @staticmethod
    def smtp_key(host: str, user: str) -> str:
        """One entry per server and account, so changing the server in the settings never sends the old
        server's password to the new one."""
        return f"smtp:{user.strip().lower()}@{host.strip().lower()}"

    def smtp_password(self, host: str, user: str) -> str | None:
        return self.get(self.smtp_key(host, user))

    def set_smtp_password(self, host: str, user: str, password: str) -> bool:
        return self.set(self.smtp_key(host, user), password)

    def delete(self, key: str) -> None:
        if not self.available:
            return
        try:
            self.backend.delete_password(self.service, key)
        except KeyringError:
            pass  # already gone


__all__ = ["CredentialStore", "SERVICE"]
