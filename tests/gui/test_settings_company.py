"""Settings: the company's address and logo for printed documents."""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt

from ehr_desktop.gui.settings_page import SettingsPage
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import company
from ehr_desktop.services.preferences import PreferenceStore


@pytest.fixture
def settings(qtbot, new_vault, tmp_path):
    page = SettingsPage(new_vault.vault, PreferenceStore(tmp_path / "prefs"), JobRunner())
    qtbot.addWidget(page)
    return page


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (200, 80), (200, 30, 30)).save(out, format="PNG")
    return out.getvalue()


def test_the_address_is_saved_with_the_name(qtbot, settings, new_vault):
    settings.ui.companyNameEdit.setText("利达包装有限公司")
    settings.ui.companyAddressEdit.setText("苏州市工业园区星湖街 1 号")
    qtbot.mouseClick(settings.ui.companySaveButton, Qt.MouseButton.LeftButton)

    found = company.profile(new_vault.vault)
    assert (found.name, found.address) == ("利达包装有限公司", "苏州市工业园区星湖街 1 号")


def test_a_logo_is_shown_saved_and_removed(qtbot, settings, new_vault):
    assert not settings.ui.companyLogoRemoveButton.isEnabled()

    assert settings.set_logo(png())

    assert company.profile(new_vault.vault).logo is not None
    assert not settings.ui.companyLogoPreview.pixmap().isNull()
    assert settings.ui.companyLogoRemoveButton.isEnabled()
    qtbot.mouseClick(settings.ui.companyLogoRemoveButton, Qt.MouseButton.LeftButton)
    assert company.profile(new_vault.vault).logo is None


def test_a_refused_logo_is_explained_next_to_it(settings, new_vault):
    assert not settings.set_logo(b"not a picture")

    assert "PNG or JPEG" in settings.ui.companyHint.text()
    assert company.profile(new_vault.vault).logo is None


def test_the_logo_is_chosen_from_a_file(qtbot, settings, new_vault, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    path = tmp_path / "logo.png"
    path.write_bytes(png())
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )

    qtbot.mouseClick(settings.ui.companyLogoButton, Qt.MouseButton.LeftButton)

    assert company.profile(new_vault.vault).logo is not None
