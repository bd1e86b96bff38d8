"""Shared fixtures: offscreen Qt, in-memory keyring, cheap key derivation, vaults in tmp_path."""

import os

# Before anything can import Qt: no display is needed, ever.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import keyring  # noqa: E402
import pytest  # noqa: E402
from support.memory_keyring import MemoryKeyring  # noqa: E402
from support.vault_helpers import CHEAP_KDF, PASSPHRASE  # noqa: E402

from ehr_desktop.security import kdf  # noqa: E402
from ehr_desktop.services import preferences, vaults  # noqa: E402

# Kept before any fixture patches it: the one calibration test needs the real thing.
REAL_CALIBRATE = kdf.calibrate


@pytest.fixture(autouse=True)
def memory_keyring() -> MemoryKeyring:
    """Every test gets an empty in-memory keyring; nothing reaches the real OS keyring."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture(autouse=True)
def cheap_kdf(monkeypatch: pytest.MonkeyPatch) -> kdf.Argon2Params:
    """Vaults are created with 8 MiB / 3 passes instead of a calibrated half second."""
    monkeypatch.setattr(kdf, "calibrate", lambda *args, **kwargs: CHEAP_KDF)
    return CHEAP_KDF


@pytest.fixture
def real_calibrate():
    return REAL_CALIBRATE


@pytest.fixture(autouse=True)
def preferences_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Preferences go to the test's own folder, never to the user's configuration."""
    folder = tmp_path / "config"
    monkeypatch.setattr(preferences, "default_folder", lambda: folder)
    return folder


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "Company.ehrvault"


@pytest.fixture
def new_vault(vault_path: Path) -> Iterator[vaults.CreatedVault]:
    """A freshly created, unlocked vault; closed after the test."""
    created = vaults.create_vault(vault_path, PASSPHRASE)
    try:
        yield created
    finally:
        created.vault.close()


@pytest.fixture
def closed_vault(new_vault: vaults.CreatedVault) -> vaults.CreatedVault:
    """A freshly created vault, already locked again (files at rest, no -wal)."""
    new_vault.vault.close()
    return new_vault


@pytest.fixture
def english_cli(qapp, preferences_folder, monkeypatch):
    """The CLI in English, never prompting (stdin is not a terminal), no secrets in the env.

    Takes qapp so a QApplication exists first and GUI tests can share the process.
    """
    import io
    import sys

    from ehr_desktop import cli
    from ehr_desktop.services.preferences import Preferences, PreferenceStore

    PreferenceStore(preferences_folder).save(Preferences(language="en"))
    for name in (cli.PASSPHRASE_ENV, cli.NEW_PASSPHRASE_ENV, cli.RECOVERY_KEY_ENV):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))


@pytest.fixture(autouse=True)
def _collect_garbage_on_the_main_thread():
    """The app switches Python's automatic collector off (gui/gc_guard.py) and collects from a
    UI-thread timer; tests without an event loop collect between tests instead."""
    yield
    import gc

    if not gc.isenabled():
        from ehr_desktop.gui import gc_guard

        gc_guard.collect_due()


DEMO_TODAY = __import__("datetime").date(2026, 11, 27)


@pytest.fixture
def filled_vault(new_vault: vaults.CreatedVault) -> vaults.UnlockedVault:
    """An unlocked vault with 60 demo employees (departments, positions, lifecycles, contracts),
    generated as of DEMO_TODAY so tests see the same people every time."""
    from ehr_desktop.services import demo

    demo.populate(new_vault.vault, 60, today=DEMO_TODAY)
    return new_vault.vault
