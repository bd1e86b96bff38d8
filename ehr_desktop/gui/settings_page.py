"""Settings: company, this computer (language, auto-lock, remember), passphrase and recovery, check,
and the custom fields of the employee file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.gui.custom_fields import (
    ROW_ROLE,
    CustomFieldColumn,
    CustomFieldDialog,
    CustomFieldTableModel,
)
from ehr_desktop.gui.dialogs import ChangePassphraseDialog, RecoveryKeyDialog
from ehr_desktop.gui.forms.ui_settings_page import Ui_SettingsPage
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.verification_texts import describe_report
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import company, employees, overview, vaults
from ehr_desktop.services.employees import CustomFieldDefinition
from ehr_desktop.services.preferences import PreferenceStore
from ehr_desktop.services.verification import verify_database


class SettingsPage(QWidget):
    auto_lock_changed = Signal(int)  # minutes; 0 = never
    company_changed = Signal(str)
    custom_fields_changed = Signal()  # a field was added or retired: open files may re-read

    def __init__(
        self,
        vault: vaults.UnlockedVault,
        store: PreferenceStore,
        jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self._vault = vault
        self._store = store
        self._jobs = jobs
        prefs = store.load()

        profile = company.profile(vault)
        self.ui.companyNameEdit.setText(profile.name)
        self.ui.companyAddressEdit.setText(profile.address)
        self._show_logo(profile.logo)
        self.ui.companySaveButton.clicked.connect(self._save_company)
        self.ui.companyNameEdit.returnPressed.connect(self._save_company)
        self.ui.companyAddressEdit.returnPressed.connect(self._save_company)
        self.ui.companyLogoButton.clicked.connect(self._pick_logo)
        self.ui.companyLogoRemoveButton.clicked.connect(lambda: self.set_logo(None))

        self.ui.languageCombo.addItem(self.tr("Same as the system"), "")
        self.ui.languageCombo.addItem("简体中文", "zh_CN")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(
            max(0, self.ui.languageCombo.findData(prefs.language))
        )
        self.ui.languageCombo.currentIndexChanged.connect(self._language_changed)

        self.ui.autoLockCheck.setChecked(prefs.auto_lock_minutes > 0)
        self.ui.autoLockSpin.setValue(prefs.auto_lock_minutes or 10)
        self.ui.autoLockSpin.setEnabled(prefs.auto_lock_minutes > 0)
        self.ui.autoLockCheck.toggled.connect(self._auto_lock_edited)
        self.ui.autoLockSpin.valueChanged.connect(self._auto_lock_edited)

        self.ui.rememberCheck.setChecked(vaults.is_remembered(vault.layout.folder))
        self.ui.rememberCheck.toggled.connect(self._remember_toggled)

        self.ui.changePassphraseButton.clicked.connect(self._change_passphrase)
        self.ui.newRecoveryKeyButton.clicked.connect(self._new_recovery_key)
        self.ui.verifyButton.clicked.connect(self._verify)

        self.custom_fields_model = CustomFieldTableModel(self)
        view = self.ui.customFieldsView
        view.setModel(self.custom_fields_model)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        # Readable before the first field exists: an empty column would shrink to its title.
        header.setMinimumSectionSize(view.fontMetrics().horizontalAdvance("M") * 8)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CustomFieldColumn.CHOICES, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._update_custom_field_buttons)
        self.ui.addCustomFieldButton.clicked.connect(self.add_custom_field)
        self.ui.retireCustomFieldButton.clicked.connect(self.retire_selected_custom_field)
        self.refresh_custom_fields()

    def _save_company(self) -> None:
        name = self.ui.companyNameEdit.text()
        overview.set_company_name(self._vault, name)
        company.set_address(self._vault, self.ui.companyAddressEdit.text())
        self.company_changed.emit(" ".join(name.split()))
        self.ui.computerHint.setText("")
        self.ui.companyHint.setText(self.tr("Saved. Documents printed from now on show it."))

    def _pick_logo(self) -> None:
        path_text, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the company logo"),
            "",
            self.tr("Pictures (*.png *.jpg *.jpeg)"),
        )
        if path_text:
            try:  # never more than the service accepts plus one byte (it says "too large")
                with Path(path_text).open("rb") as handle:
                    data = handle.read(company.MAX_LOGO_FILE_BYTES + 1)
            except OSError:
                self.ui.companyHint.setText(
                    self.tr("The file {path} could not be read.").format(path=path_text)
                )
                return
            self.set_logo(data)

    def set_logo(self, data: bytes | None) -> bool:
        """Saves (or with None removes) the logo printed on documents; False when refused."""
        try:
            company.set_logo(self._vault, data)
        except EhrError as error:
            self.ui.companyHint.setText(describe(error))
            return False
        self._show_logo(company.profile(self._vault).logo)
        self.ui.companyHint.setText(
            self.tr("Logo saved. Documents printed from now on show it.")
            if data
            else self.tr("Logo removed.")
        )
        return True

    def _show_logo(self, logo: bytes | None) -> None:
        preview = self.ui.companyLogoPreview
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            preview.setPixmap(
                pixmap.scaled(
                    preview.maximumSize(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        else:
            preview.clear()
            preview.setText(self.tr("No logo"))
        self.ui.companyLogoRemoveButton.setEnabled(bool(logo))

    def _language_changed(self) -> None:
        prefs = self._store.load()
        prefs.language = self.ui.languageCombo.currentData()
        self._store.save(prefs)
        self.ui.computerHint.setText(
            self.tr("The new language applies the next time the app starts.")
        )

    def _auto_lock_edited(self) -> None:
        enabled = self.ui.autoLockCheck.isChecked()
        self.ui.autoLockSpin.setEnabled(enabled)
        minutes = self.ui.autoLockSpin.value() if enabled else 0
        prefs = self._store.load()
        prefs.auto_lock_minutes = minutes
        self._store.save(prefs)
        self.auto_lock_changed.emit(minutes)

    def _remember_toggled(self, remember: bool) -> None:
        # The system keyring can stall (a locked GNOME keyring): never on the UI thread.
        self.ui.rememberCheck.setEnabled(False)
        self._jobs.start(
            lambda _p: vaults.set_remembered(self._vault, remember),
            on_success=lambda _r: self._remember_done(remember, None),
            on_error=lambda error: self._remember_done(remember, error),
        )

    def _remember_done(self, remember: bool, error: BaseException | None) -> None:
        self.ui.rememberCheck.setEnabled(True)
        if error is not None:
            self.ui.rememberCheck.blockSignals(True)
            self.ui.rememberCheck.setChecked(not remember)
            self.ui.rememberCheck.blockSignals(False)
            self.ui.computerHint.setText(describe(error))
            return
        self.ui.computerHint.setText(
            self.tr("This computer now remembers the passphrase.")
            if remember
            else self.tr("This computer no longer remembers the passphrase.")
        )

    def _change_passphrase(self) -> None:
        new = ChangePassphraseDialog.ask(self)
        if new is None:
            return
        self.ui.changePassphraseButton.setEnabled(False)
        self._jobs.start(
            lambda _p: vaults.change_passphrase(self._vault, new),
            on_success=lambda _r: self._done_changing(self.tr("The passphrase was changed.")),
            on_error=lambda error: self._done_changing(describe(error)),
        )

    def _done_changing(self, text: str) -> None:
        self.ui.changePassphraseButton.setEnabled(True)
        QMessageBox.information(self, self.tr("Passphrase"), text)

    def _new_recovery_key(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("New recovery key"),
            self.tr(
                "A new recovery key replaces the old one: the printed recovery sheet stops working. Continue?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            key = vaults.replace_recovery_key(self._vault)
        except EhrError as error:
            QMessageBox.warning(self, self.tr("New recovery key"), describe(error))
            return
        RecoveryKeyDialog.show_key(self, self._vault.name, key)

    def _verify(self) -> None:
        self.ui.verifyButton.setEnabled(False)
        self.ui.verifyResultLabel.setText(self.tr("Checking…"))
        self._jobs.start(
            lambda _p: verify_database(self._vault.database),
            on_success=self._verified,
            on_error=lambda error: self._verified_error(describe(error)),
        )

    def _verified(self, report) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.ui.verifyResultLabel.setText(describe_report(report))

    def _verified_error(self, text: str) -> None:
        self.ui.verifyButton.setEnabled(True)
        self.ui.verifyResultLabel.setText(text)

    # --- custom fields of the employee file -----------------------------------------------------

    def refresh_custom_fields(self, select_key: str | None = None) -> None:
        """Re-reads the definitions, active and retired; keeps (or moves) the selection."""
        chosen = self.selected_custom_field()
        try:
            rows = employees.custom_fields(self._vault, include_retired=True)
        except EhrError as error:
            self._show_custom_fields_message(describe(error))
            return
        self.custom_fields_model.set_rows(rows)
        key = select_key or (chosen.key if chosen is not None else None)
        row = self.custom_fields_model.row_of(key) if key else -1
        if row >= 0:
            self.ui.customFieldsView.selectRow(row)
        if not rows:
            self._show_custom_fields_message(
                self.tr("No custom fields yet. Use “Add field…” to define one.")
            )
        self._update_custom_field_buttons()

    def selected_custom_field(self) -> CustomFieldDefinition | None:
        selection = self.ui.customFieldsView.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return rows[0].data(ROW_ROLE) if rows else None

    def select_custom_field(self, key: str) -> bool:
        row = self.custom_fields_model.row_of(key)
        if row >= 0:
            self.ui.customFieldsView.selectRow(row)
        return row >= 0

    def _update_custom_field_buttons(self, *_args) -> None:
        chosen = self.selected_custom_field()
        self.ui.retireCustomFieldButton.setEnabled(chosen is not None and not chosen.retired)

    def _show_custom_fields_message(self, text: str) -> None:
        self.ui.customFieldsMessage.setText(text)

    def add_custom_field(self) -> None:
        key = CustomFieldDialog.ask(self, self._vault)
        if key is None:
            return
        self._show_custom_fields_message(
            self.tr("The field was added. Files opened from now on show it in their basic data.")
        )
        self.refresh_custom_fields(select_key=key)
        self.custom_fields_changed.emit()

    def retire_selected_custom_field(self) -> None:
        chosen = self.selected_custom_field()
        if chosen is None or chosen.retired:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Retire field"),
            self.tr(
                "Retire the field “{label}”? It disappears from the employee file forms. "
                "Values already entered are not deleted: they stay in the files' history."
            ).format(label=chosen.label),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            employees.retire_custom_field(self._vault, chosen.key)
        except EhrError as error:
            self._show_custom_fields_message(describe(error))
            return
        self._show_custom_fields_message(
            self.tr("The field “{label}” was retired.").format(label=chosen.label)
        )
        self.refresh_custom_fields(select_key=chosen.key)
        self.custom_fields_changed.emit()
