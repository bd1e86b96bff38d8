"""The application shell driven like an officer would: welcome, wizard, unlock, lock, settings."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget, QWizard

from ehr_desktop.domain import recovery_key
from ehr_desktop.domain.errors import VaultLocked
from ehr_desktop.gui import main_window as main_window_module
from ehr_desktop.gui.areas import AREAS
from ehr_desktop.gui.dialogs import ChangePassphraseDialog
from ehr_desktop.gui.new_vault_wizard import NewVaultWizard
from ehr_desktop.services import vaults

from .conftest import PASSPHRASE, unlock_in_window


def _vault_file_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file() and p.suffix != ".lock"}


def test_first_start_shows_welcome_with_the_four_choices(window):
    window.start()
    assert window.pages.currentWidget() is window.welcome
    ui = window.welcome.ui
    for button in (ui.createButton, ui.demoButton, ui.restoreButton, ui.openButton):
        assert button.isVisible() and button.isEnabled()
    assert not window.lock_action.isEnabled()


def test_wizard_creates_vault_and_insists_on_the_recovery_key(qtbot, tmp_path, window):
    wizard = NewVaultWizard(window.jobs, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.location_page.fields.folder_edit.setText(str(tmp_path))
    wizard.location_page.fields.name_edit.setText("华瑞精密")
    assert wizard.location_page.isComplete()
    wizard.next()

    page = wizard.passphrase_page
    page.passphrase_edit.setText("password1")
    page.repeat_edit.setText("password1")
    assert not page.isComplete(), "a common password must not be accepted"
    page.passphrase_edit.setText(PASSPHRASE)
    page.repeat_edit.setText(PASSPHRASE + "x")
    assert not page.isComplete(), "mismatched repetition must not be accepted"
    assert page.error_label.text()
    page.repeat_edit.setText(PASSPHRASE)
    assert page.isComplete()

    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentId() == NewVaultWizard.RECOVERY, timeout=15_000)
    created = wizard.created()
    assert created is not None
    assert (tmp_path / "华瑞精密.ehrvault" / "vault.ehrdb").exists()
    shown = wizard.recovery_page.panel.key_label.text().replace("\n", "  ").split()
    assert "-".join(shown) == created.recovery_key
    recovery_key.parse_key(created.recovery_key)

    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled(), "finishing requires acknowledging the recovery key"
    wizard.reject()
    assert wizard.isVisible(), "the wizard cannot be cancelled once the vault exists"
    wizard.recovery_page.confirm_check.setChecked(True)
    assert finish.isEnabled()
    wizard.accept()
    created.vault.close()

    reopened = vaults.unlock_with_passphrase(tmp_path / "华瑞精密.ehrvault", PASSPHRASE)
    reopened.close()


def test_wrong_passphrase_shows_a_sentence_and_changes_nothing(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    before = _vault_file_bytes(path)
    window.open_vault(path)
    assert window.pages.currentWidget() is window.unlock_page
    window.unlock_page.ui.passphraseEdit.setText("Definitely-not-it-42")
    qtbot.mouseClick(window.unlock_page.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.unlock_page.ui.errorLabel.text() != "", timeout=15_000)
    assert "passphrase is not correct" in window.unlock_page.ui.errorLabel.text()
    assert window.vault is None
    assert _vault_file_bytes(path) == before

    window.unlock_page.ui.passphraseEdit.setText(passphrase)
    qtbot.mouseClick(window.unlock_page.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=15_000)
    assert window.pages.currentWidget() is window.workspace
    assert window.unlock_page.ui.passphraseEdit.text() == "", (
        "the passphrase is not kept in the field"
    )


def test_repeated_wrong_passphrases_make_the_officer_wait(qtbot, window, closed_vault):
    path, _passphrase, _key = closed_vault
    window.open_vault(path)
    page = window.unlock_page
    for attempt in range(3):
        page.ui.passphraseEdit.setText(f"Wrong-guess-number-{attempt}")
        page._unlock()
        qtbot.waitUntil(lambda: not page.ui.busyBar.isVisible(), timeout=15_000)
    assert page.throttle.failures == 3
    assert not page.ui.unlockButton.isEnabled()
    assert page.throttle.seconds_to_wait() > 0


def test_ctrl_l_locks_closes_the_database_and_unlock_brings_it_back(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    vault = window.vault
    assert window.lock_action.shortcut() == QKeySequence("Ctrl+L")
    window.lock_action.trigger()
    assert window.vault is None
    assert window.workspace is None
    assert not vault.database.is_open, "locking drops the engine and the key"
    with pytest.raises(VaultLocked):
        _ = vault.database.data_key
    with pytest.raises(VaultLocked):
        _ = vault.database.audit.chain_key
    assert window.pages.currentWidget() is window.unlock_page
    assert window.lock_label.text() == "Locked"
    unlock_in_window(qtbot, window, path, passphrase)
    assert window.lock_label.text() == "Unlocked"


def test_auto_lock_after_idle_time(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    window.idle.set_interval_ms(300)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5_000)
    assert window.pages.currentWidget() is window.unlock_page


class _EditingPage(QWidget):
    """Stands in for an area with an editor holding unsaved input."""

    def has_unsaved_changes(self) -> bool:
        return True

    def save_changes(self) -> bool:
        return True


def test_auto_lock_keeps_unsaved_edits_in_memory_for_after_unlock(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    workspace = window.workspace
    workspace.pages["editing"] = _EditingPage()
    window.idle.set_interval_ms(200)
    qtbot.waitUntil(lambda: window.vault is None, timeout=5_000)
    assert not workspace.isVisible()
    unlock_in_window(qtbot, window, path, passphrase)
    assert window.workspace is workspace, "the same editors come back after unlock"
    assert workspace.vault is window.vault


def test_manual_lock_with_unsaved_edits_asks_first(qtbot, window, closed_vault, monkeypatch):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    window.workspace.pages["editing"] = _EditingPage()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    window.lock_action.trigger()
    assert window.vault is not None, "cancel keeps the vault open"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.lock_action.trigger()
    assert window.vault is None


def test_recovery_key_sets_a_new_passphrase_from_the_lock_screen(qtbot, window, closed_vault):
    path, passphrase, key = closed_vault
    window.open_vault(path)
    ui = window.unlock_page.ui
    qtbot.mouseClick(ui.useRecoveryButton, Qt.MouseButton.LeftButton)
    assert ui.modeStack.currentIndex() == 1
    ui.recoveryKeyEdit.setText(key.lower().replace("-", " "))
    ui.newPassphraseEdit.setText("Brand-new-passphrase-2026")
    ui.repeatEdit.setText("Brand-new-passphrase-2026")
    qtbot.mouseClick(ui.recoverButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=15_000)
    window.close_vault()
    vaults.unlock_with_passphrase(path, "Brand-new-passphrase-2026").close()
    with pytest.raises(Exception, match="wrong_passphrase"):
        vaults.unlock_with_passphrase(path, passphrase)


def test_remembered_vault_unlocks_at_start_without_typing(
    qtbot, window, closed_vault, preference_store
):
    path, passphrase, _key = closed_vault
    vault = vaults.unlock_with_passphrase(path, passphrase)
    vaults.set_remembered(vault, True)
    vault.close()
    prefs = preference_store.load()
    prefs.remember_vault(path)
    preference_store.save(prefs)
    window.start()
    qtbot.waitUntil(lambda: window.vault is not None, timeout=15_000)


def test_every_area_is_reachable(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    for area in AREAS:
        window.workspace.show_area(area.key)
        assert window.workspace.current_area() == area.key
        page = window.workspace.stack.currentWidget()
        assert page.isVisible()


def test_demo_vault_is_created_and_opened_from_the_welcome_page(
    qtbot, window, tmp_path, monkeypatch
):
    demo_path = tmp_path / "data" / "Demo.ehrvault"
    monkeypatch.setattr(main_window_module, "demo_vault_path", lambda: demo_path)
    monkeypatch.setattr(main_window_module, "DEMO_EMPLOYEES", 40)
    window.start()
    qtbot.mouseClick(window.welcome.ui.demoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)
    home = window.workspace.pages["home"]
    assert home.title.text() == "星河示例科技有限公司"
    window.close_vault()
    # A second time the existing demo vault is simply opened.
    qtbot.mouseClick(window.welcome.ui.demoButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.vault is not None, timeout=30_000)


def test_settings_change_passphrase_rewrites_only_the_slot(
    qtbot, window, closed_vault, monkeypatch, no_message_boxes
):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    database_before = (path / "vault.ehrdb").read_bytes()
    monkeypatch.setattr(
        ChangePassphraseDialog, "ask", classmethod(lambda cls, parent: "Another-good-phrase-77")
    )
    settings = window.workspace.pages["settings"]
    window.workspace.show_area("settings")
    qtbot.mouseClick(settings.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=15_000)
    assert "changed" in no_message_boxes[0][1]
    window.close_vault()
    vaults.unlock_with_passphrase(path, "Another-good-phrase-77").close()
    # The database pages that hold records are untouched by a passphrase change: the header
    # (first page) may differ only through the audit entry recorded for the change.
    assert (path / "vault.ehrdb").stat().st_size >= len(database_before) - 4096


def test_settings_check_reports_an_intact_vault(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    settings = window.workspace.pages["settings"]
    qtbot.mouseClick(settings.ui.verifyButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "intact." in settings.ui.verifyResultLabel.text(), timeout=15_000)
    assert "✗" not in settings.ui.verifyResultLabel.text()


def test_settings_auto_lock_choice_is_saved_and_applied(
    qtbot, window, closed_vault, preference_store
):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    settings = window.workspace.pages["settings"]
    settings.ui.autoLockSpin.setValue(25)
    assert preference_store.load().auto_lock_minutes == 25
    settings.ui.autoLockCheck.setChecked(False)
    assert preference_store.load().auto_lock_minutes == 0
    assert not window.idle.active


def test_company_name_saved_in_the_vault_shows_on_home(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    settings = window.workspace.pages["settings"]
    settings.ui.companyNameEdit.setText("  利达   包装有限公司 ")
    qtbot.mouseClick(settings.ui.companySaveButton, Qt.MouseButton.LeftButton)
    assert window.workspace.pages["home"].title.text() == "利达 包装有限公司"


def test_window_geometry_is_restored(qtbot, preference_store, window):
    window.resize(1000, 700)
    window.close()
    assert preference_store.load().window_geometry
    from ehr_desktop.app import build_main_window

    second = build_main_window(preference_store)
    qtbot.addWidget(second)
    # The offscreen screen is small, so Qt fits the restored geometry to it: compare with what
    # restoring the same bytes gives, and with the size a window without saved geometry gets.
    reference = QMainWindow()
    reference.setMinimumSize(second.minimumSize())
    reference.restoreGeometry(QByteArray(base64.b64decode(preference_store.load().window_geometry)))
    assert second.size() == reference.size()
    assert second.size() != QSize(1180, 760)


def test_settings_remember_toggle_stores_the_key_off_the_ui_thread(qtbot, window, closed_vault):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    settings = window.workspace.pages["settings"]
    settings.ui.rememberCheck.setChecked(True)
    qtbot.waitUntil(lambda: settings.ui.rememberCheck.isEnabled(), timeout=15_000)
    assert "now remembers" in settings.ui.computerHint.text()
    window.close_vault()
    vaults.unlock_remembered(path).close()
