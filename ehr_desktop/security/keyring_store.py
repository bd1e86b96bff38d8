"""'Remember on this computer': a random secret in the OS keyring, never stored anywhere else.

Calls run on a helper thread with a timeout, because a locked desktop keyring can block
indefinitely; on headless systems keyring raises NoKeyringError and we simply ask for the
passphrase instead.
"""

from __future__ import annotations

import base64
import concurrent.futures
import contextlib
import os

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

from ehr_desktop.domain.errors import KeyringUnavailable

SERVICE = "EHR Desktop vault"
TIMEOUT_SECONDS = 5.0

_executor = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="keyring")


def _call(function, *args):
    future = _executor.submit(function, *args)
    try:
        return future.result(timeout=TIMEOUT_SECONDS)
    except concurrent.futures.TimeoutError:
        raise KeyringUnavailable(reason="timeout") from None
    except (KeyringError, RuntimeError, OSError) as exc:
        raise KeyringUnavailable(reason=type(exc).__name__) from None


def new_secret() -> bytes:
    return os.urandom(32)


def store(vault_id: str, secret: bytes) -> None:
    _call(keyring.set_password, SERVICE, vault_id, base64.b64encode(secret).decode("ascii"))


def fetch(vault_id: str) -> bytes | None:
    """The remembered secret, or None when this computer does not remember the vault."""
    value = _call(keyring.get_password, SERVICE, vault_id)
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def _delete_if_present(vault_id: str) -> None:
    with contextlib.suppress(PasswordDeleteError):  # nothing remembered: already forgotten
        keyring.delete_password(SERVICE, vault_id)


def forget(vault_id: str) -> None:
    _call(_delete_if_present, vault_id)


def available() -> bool:
    try:
        _call(keyring.get_password, SERVICE, "__probe__")
    except KeyringUnavailable:
        return False
    return True
