"""GUI fixtures: a main window on a throwaway preferences folder, and ready-made vaults."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ehr_desktop.app import build_main_window
from ehr_desktop.services import vaults
from ehr_desktop.services.preferences import PreferenceStore

PASSPHRASE = 'Correct "horse" battery-staple 9'


def unlock_in_window(qtbot, window, path, passphrase: str) -> None:
    """Opens `path` on the lock screen and unlocks it by typing and clicking, as an officer does."""
    window.open_vault(path)
    window.unlock_page.ui.passphraseEdit.setText(passphrase)
    qtbot.mouseClick(window.unlock_page.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=15_000)
    # The unlock job's "finished" arrives just after its result: wait for it, so a test's next
    # step does not find the window still busy (a daily backup, for one, then waits its turn).
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=15_000)


@pytest.fixture
def preference_store(tmp_path) -> PreferenceStore:
    return PreferenceStore(tmp_path / "gui-config")


@pytest.fixture
def window(qtbot, preference_store):
    main_window = build_main_window(preference_store)
    main_window.resize(1100, 720)
    main_window.show()
    qtbot.waitExposed(main_window)
    yield main_window
    # Not qtbot.addWidget: its teardown would close the window while a test's unsaved edits
    # are still pending and the real "save first?" question would wait for a click.
    main_window.jobs.wait(10_000)
    if main_window.vault is not None:
        main_window._drop_vault(keep_workspace=False)
    main_window.close()
    main_window.deleteLater()


@pytest.fixture
def closed_vault(tmp_path):
    """A vault on disk, locked: (path, passphrase, recovery key)."""
    created = vaults.create_vault(tmp_path / "Company.ehrvault", PASSPHRASE)
    created.vault.close()
    return created.vault.layout.folder, PASSPHRASE, created.recovery_key


@pytest.fixture
def no_message_boxes(monkeypatch):
    """Records message boxes instead of showing them (a modal box would block the test)."""
    shown: list[tuple[str, str]] = []

    def record(kind, answer=QMessageBox.StandardButton.Ok):
        def fake(parent, title, text, *args, **kwargs):
            shown.append((kind, text))
            return answer

        return fake

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    monkeypatch.setattr(QMessageBox, "critical", record("critical"))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return shown
