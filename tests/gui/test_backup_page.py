"""Backups from the window: back up now, status bar, on closing, daily, restore from the welcome."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from ehr_desktop.gui.restore_dialog import RestoreDialog, RestoreRequest
from ehr_desktop.services import backup_schedule, overview, vaults

from .conftest import PASSPHRASE, unlock_in_window


def _back_up(qtbot, window, folder: Path):
    page = window.workspace.backup_page
    page.choose_folder(str(folder))
    qtbot.mouseClick(page.ui.backUpNowButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    return page


def test_back_up_now_writes_a_checked_backup_and_updates_the_status_bar(
    qtbot, window, closed_vault, tmp_path
):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    assert window.backup_label.text() == "No backup yet"
    assert window.backup_label.property("role") == "warning"
    folder = tmp_path / "usb"
    folder.mkdir()
    page = _back_up(qtbot, window, folder)
    assert page.last_error is None, page.ui.statusLabel.text()
    files = list(folder.glob("*.ehrbak"))
    assert len(files) == 1
    assert page.model.rowCount() == 1
    assert window.backup_label.text().startswith("Last backup:")
    assert window.backup_label.property("role") == ""
    assert backup_schedule.last_good_backup(window.vault).path == str(files[0])


def test_missing_backup_folder_is_a_visible_failure(qtbot, window, closed_vault, tmp_path):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    page = _back_up(qtbot, window, tmp_path / "unplugged-usb-drive")
    assert page.last_error is not None
    assert "failed" in page.ui.statusLabel.text()
    assert page.ui.statusLabel.property("role") == "error"
    assert window.backup_label.text() == "The last backup failed: see Backup"
    assert window.backup_label.property("role") == "error"


def test_backup_runs_when_the_app_closes(qtbot, window, closed_vault, tmp_path):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    folder = tmp_path / "usb"
    folder.mkdir()
    page = window.workspace.backup_page
    page.choose_folder(str(folder))
    page.ui.onExitCheck.setChecked(True)
    window.close()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=60_000)
    assert len(list(folder.glob("*.ehrbak"))) == 1
    assert window.vault is None


def test_daily_backup_runs_only_when_due(qtbot, window, closed_vault, tmp_path):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    folder = tmp_path / "share"
    folder.mkdir()
    page = window.workspace.backup_page
    page.choose_folder(str(folder))
    page.ui.dailyCheck.setChecked(True)
    assert window.run_daily_backup_if_due()
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    assert not window.run_daily_backup_if_due(), "one backup a day is enough"


def test_restore_from_the_welcome_page_into_a_new_vault(
    qtbot, window, closed_vault, tmp_path, monkeypatch, no_message_boxes
):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    folder = tmp_path / "usb"
    folder.mkdir()
    _back_up(qtbot, window, folder)
    window.close_vault()
    backup = next(folder.glob("*.ehrbak"))
    target = tmp_path / "elsewhere" / "Restored.ehrvault"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(
        RestoreDialog,
        "ask",
        classmethod(
            lambda cls, parent, chosen, header, current=None: RestoreRequest(
                chosen, target, False, PASSPHRASE, None
            )
        ),
    )
    qtbot.mouseClick(window.welcome.ui.restoreButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=60_000)
    assert window.vault_path == target
    assert no_message_boxes[-1][0] == "information"
    vaults.unlock_with_passphrase(target, PASSPHRASE).close()


def test_restore_dialog_needs_a_secret_and_a_free_name(qtbot, tmp_path):
    class Header:
        created_at = "2026-11-27T10:00:00+00:00"
        app_version = "0.1.0"

    (tmp_path / "Company (restored).ehrvault").mkdir()  # the suggested name is taken
    dialog = RestoreDialog(tmp_path / "Company-20261127-100000.ehrbak", Header(), None)
    qtbot.addWidget(dialog)
    ok_button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.location.folder_edit.setText(str(tmp_path))
    assert not dialog.replace_radio.isVisibleTo(dialog), "nothing to replace from the welcome page"
    assert dialog.location.name_edit.text() == "Company (restored)"
    dialog.secret_edit.setText(PASSPHRASE)
    assert not ok_button.isEnabled()
    assert "already exists" in dialog.error_label.text()
    dialog.location.name_edit.setText("Company again")
    assert ok_button.isEnabled()
    request = dialog.request()
    assert request.target == tmp_path / "Company again.ehrvault"
    assert request.passphrase == PASSPHRASE and request.recovery_key is None
    assert not request.replace


def test_restore_over_the_open_vault_keeps_a_safety_copy(
    qtbot, window, closed_vault, tmp_path, monkeypatch, no_message_boxes
):
    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    folder = tmp_path / "usb"
    folder.mkdir()
    page = _back_up(qtbot, window, folder)
    window.workspace.pages["settings"].ui.companyNameEdit.setText("Changed after the backup")
    window.workspace.pages["settings"]._save_company()
    backup = next(folder.glob("*.ehrbak"))
    monkeypatch.setattr(
        RestoreDialog,
        "ask",
        classmethod(
            lambda cls, parent, chosen, header, current=None: RestoreRequest(
                chosen, current, True, PASSPHRASE, None
            )
        ),
    )
    page.restore_requested.emit(backup)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.unlock_page, timeout=60_000)
    qtbot.waitUntil(lambda: not window.jobs.busy, timeout=60_000)
    assert no_message_boxes[-1][0] == "information", no_message_boxes
    safety = [p for p in path.parent.iterdir() if p.name.startswith(path.name + ".before-restore")]
    assert len(safety) == 1
    restored = vaults.unlock_with_passphrase(path, PASSPHRASE)
    try:
        assert overview.company_name(restored) != "Changed after the backup"
    finally:
        restored.close()


def test_backup_with_its_own_passphrase_opens_with_it(
    qtbot, window, closed_vault, tmp_path, monkeypatch
):
    from ehr_desktop.gui.dialogs import ChangePassphraseDialog
    from ehr_desktop.services import backups

    path, passphrase, _key = closed_vault
    unlock_in_window(qtbot, window, path, passphrase)
    folder = tmp_path / "for-the-accountant"
    folder.mkdir()
    page = window.workspace.backup_page
    page.choose_folder(str(folder))
    monkeypatch.setattr(
        ChangePassphraseDialog, "ask", classmethod(lambda cls, parent, **k: "Accountant-copy-2026!")
    )
    qtbot.mouseClick(page.ui.ownPassphraseButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not page.running, timeout=60_000)
    assert page.last_error is None, page.ui.statusLabel.text()
    backup = next(folder.glob("*.ehrbak"))
    assert backups.verify_backup(backup, passphrase="Accountant-copy-2026!").ok
    assert backups.verify_backup(backup, passphrase=passphrase).ok
