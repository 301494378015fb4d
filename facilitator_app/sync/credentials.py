"""The central store's password: in the system keyring, never in a file or a log.

When no keyring backend works (a bare Linux session without a secret service), the
password lives only in this process's memory for the session, and callers can tell the
user so (``KeyringUnavailable``).
"""

from __future__ import annotations

import functools

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

SERVICE = "facilitator-app central store"


class KeyringUnavailable(Exception):
    """No usable system keyring; the message says why."""


def account_for(url: str) -> str:
    """The keyring account of a URL: role@host:port/database (no password)."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        return url
    return f"{parsed.username or ''}@{parsed.host or ''}:{parsed.port or ''}/{parsed.database}"


def needs_password(url: str) -> bool:
    """True for URLs that log in as a database role (PostgreSQL)."""
    try:
        return make_url(url).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


class PasswordVault:
    """Reads and writes the password in the keyring, or holds it in memory only."""

    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    @functools.cached_property
    def problem(self) -> str:
        """Why the keyring cannot be used; "" when it can.

        Found out on first use, not on start-up: detecting the backend costs ~0.1 s.
        """
        try:
            import keyring
            from keyring.backends import fail

            backend = keyring.get_keyring()
            if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
                return "no keyring backend found"
        except Exception as exc:  # keyring reports broken backends in many ways
            return f"the system keyring cannot be used ({type(exc).__name__})"
        return ""

    @property
    def available(self) -> bool:
        """True when the system keyring stores passwords."""
        return not self.problem

    def get(self, url: str) -> str | None:
        """The password for ``url``, or None."""
        account = account_for(url)
        if account in self._memory:
            return self._memory[account]
        if not self.available:
            return None
        import keyring

        try:
            return keyring.get_password(SERVICE, account)
        except Exception:
            return None

    def set(self, url: str, password: str) -> None:
        """Remember the password: in the keyring, or (no keyring) in memory only.

        Raises ``KeyringUnavailable`` after keeping it in memory, so the UI can say so.
        """
        account = account_for(url)
        if not self.available:
            self._memory[account] = password
            raise KeyringUnavailable(self.problem)
        import keyring

        try:
            keyring.set_password(SERVICE, account, password)
        except Exception as exc:
            self._memory[account] = password
            raise KeyringUnavailable(
                f"the system keyring refused the password ({type(exc).__name__})"
            ) from None
        self._memory.pop(account, None)
