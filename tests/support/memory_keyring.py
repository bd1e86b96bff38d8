"""Keyring backends for tests: one remembering in a dict, and ones failing like real systems."""

from __future__ import annotations

import threading

from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError


class MemoryKeyring(KeyringBackend):
    """Keeps secrets in a dict for the life of one test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


class NoKeyring(KeyringBackend):
    """What headless Linux gives: every call raises NoKeyringError."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no keyring in this test")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no keyring in this test")

    def delete_password(self, service: str, username: str) -> None:
        raise NoKeyringError("no keyring in this test")


class BlockingKeyring(KeyringBackend):
    """A locked desktop keyring: every call waits until the test releases it."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def _wait(self) -> None:
        self.release.wait(timeout=30)

    def get_password(self, service: str, username: str) -> str | None:
        self._wait()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self._wait()

    def delete_password(self, service: str, username: str) -> None:
        self._wait()
