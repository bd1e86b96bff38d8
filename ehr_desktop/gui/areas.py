"""The workspace's areas: navigation, the home screen and the areas later versions fill in."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.gui.appraisals_area import AppraisalsArea
from ehr_desktop.gui.backup_page import BackupPage
from ehr_desktop.gui.employees_area import EmployeesArea
from ehr_desktop.gui.icons import icon
from ehr_desktop.gui.import_page import ImportPage
from ehr_desktop.gui.organization_page import OrganizationPage
from ehr_desktop.gui.reminders_panel import RemindersPanel
from ehr_desktop.gui.reports_page import ReportsPage
from ehr_desktop.gui.roles import hint_label, title_label
from ehr_desktop.gui.settings_page import SettingsPage
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.services import attachments, overview, vaults
from ehr_desktop.services.preferences import PreferenceStore


@dataclass(frozen=True)
class Area:
    key: str
    icon: str
    title: str


AREAS = (
    Area("home", "house", QT_TRANSLATE_NOOP("Areas", "Home")),
    Area("employees", "users", QT_TRANSLATE_NOOP("Areas", "Employees")),
    Area("organization", "network", QT_TRANSLATE_NOOP("Areas", "Organization")),
    Area("appraisals", "clipboard-check", QT_TRANSLATE_NOOP("Areas", "Appraisals")),
    Area("import", "file-input", QT_TRANSLATE_NOOP("Areas", "Import")),
    Area("reports", "chart-column", QT_TRANSLATE_NOOP("Areas", "Reports")),
    Area("backup", "archive", QT_TRANSLATE_NOOP("Areas", "Backup")),
    Area("settings", "settings", QT_TRANSLATE_NOOP("Areas", "Settings")),
)  # fmt: skip


def area_title(area: Area) -> str:
    return QCoreApplication.translate("Areas", area.title)


class HomePage(QWidget):
    """What is in the vault at a glance, and today's reminders."""

    def __init__(
        self,
        vault: vaults.UnlockedVault,
        parent: QWidget | None = None,
        *,
        jobs: JobRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault = vault
        self._jobs = jobs
        self.reminders = RemindersPanel(vault, load=False)  # refresh() below loads it once
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(14)
        self.title = title_label("")
        layout.addWidget(self.title)
        self.subtitle = hint_label("")
        layout.addWidget(self.subtitle)
        self.cards = QGridLayout()
        self.cards.setSpacing(12)
        layout.addLayout(self.cards)
        layout.addWidget(self.reminders, 1)
        self.refresh()

    def set_vault(self, vault: vaults.UnlockedVault) -> None:
        self._vault = vault
        self.reminders.set_vault(vault)
        self.refresh()

    def _card(self, column: int, number: int, caption: str) -> None:
        card = QFrame()
        card.setProperty("role", "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 12)
        value = QLabel(QLocale().toString(number))
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        value.setFont(font)
        inner.addWidget(value)
        inner.addWidget(hint_label(caption))
        self.cards.addWidget(card, 0, column)

    def refresh(self) -> None:
        facts = overview.overview(self._vault)
        while self.cards.count():
            self.cards.takeAt(0).widget().deleteLater()
        self.title.setText(facts.company_name or self._vault.name)
        self.subtitle.setText(
            self.tr("Vault “{name}” · {entries} audited changes").format(
                name=self._vault.name, entries=QLocale().toString(facts.audit_entries)
            )
        )
        by_status = facts.employees_by_status
        self._card(0, facts.employees_current, self.tr("employees on the payroll"))
        self._card(1, by_status.get("probation", 0), self.tr("on probation"))
        self._card(2, by_status.get("on_leave", 0), self.tr("on leave of absence"))
        self._card(3, facts.departments, self.tr("departments"))
        if self._jobs is not None:
            self.reminders.refresh_in_background(self._jobs)
        else:
            self.reminders.refresh()


class Workspace(QWidget):
    """Navigation on the left, the chosen area on the right. Holds the unlocked vault."""

    company_changed = Signal(str)
    auto_lock_changed = Signal(int)
    backup_finished = Signal()
    restore_requested = Signal(Path)

    def __init__(
        self,
        vault: vaults.UnlockedVault,
        store: PreferenceStore,
        jobs: JobRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        self.navigation.ensurePolished()  # style before items, or rows are spaced too tightly
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for area in AREAS:
            if area.key == "home":
                page = HomePage(vault, jobs=jobs)
                page.reminders.open_employee.connect(self.open_employee)
            elif area.key == "employees":
                page = EmployeesArea(vault, store, jobs=jobs)
                page.import_requested.connect(lambda: self.show_area("import"))
                page.open_appraisal.connect(self.open_appraisal)
                page.data_changed.connect(self._archive_changed)
            elif area.key == "import":
                page = ImportPage(vault, jobs)
                page.imported.connect(self._roster_imported)
                page.open_employee.connect(self.open_employee)
                page.show_employees.connect(lambda: self.show_area("employees"))
            elif area.key == "organization":
                page = OrganizationPage(vault, jobs=jobs)
                page.open_employee.connect(self.open_employee)
                page.show_department_employees.connect(self.show_department)
            elif area.key == "appraisals":
                page = AppraisalsArea(vault, jobs)
                page.open_employee.connect(self.open_employee)
            elif area.key == "reports":
                page = ReportsPage(vault, jobs)
                self.employees.print_dossier.connect(page.print_dossier_of)
                self.pages["appraisals"].print_sheet.connect(page.print_form_sheet)
            elif area.key == "backup":
                page = BackupPage(vault, jobs)
                page.backup_finished.connect(self.backup_finished)
                page.restore_requested.connect(self.restore_requested)
            elif area.key == "settings":
                page = SettingsPage(vault, store, jobs)
                page.company_changed.connect(self.company_changed)
                page.company_changed.connect(lambda _n: self.pages["home"].refresh())
                page.auto_lock_changed.connect(self.auto_lock_changed)
                page.custom_fields_changed.connect(lambda: self.employees.reload_files())
            else:
                raise AssertionError(f"no page for the area {area.key!r}")
            self.pages[area.key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(area.icon), area_title(area))
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            self.navigation.addItem(item)
        width = max(self.navigation.sizeHintForColumn(0) + 24, 150)
        self.navigation.setFixedWidth(width)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)

    @property
    def employees(self) -> EmployeesArea:
        return self.pages["employees"]

    def open_employee(self, employee_id: int) -> None:
        self.show_area("employees")
        self.employees.open_employee(employee_id)

    def open_appraisal(self, form_id: int) -> None:
        self.show_area("appraisals")
        self.pages["appraisals"].open_form(form_id)

    def show_department(self, department_id: int) -> None:
        self.show_area("employees")
        self.employees.show_department(department_id)

    def _roster_imported(self) -> None:
        self.employees.list_page.refresh()
        self._archive_changed()

    def _archive_changed(self) -> None:
        self.pages["home"].refresh()
        self.pages["organization"].refresh()

    def set_vault(self, vault: vaults.UnlockedVault) -> None:
        """Unlocked again after an automatic lock: the kept pages continue with this vault."""
        self.vault = vault
        for page in self.pages.values():
            if hasattr(page, "set_vault"):
                page.set_vault(vault)
            elif hasattr(page, "vault"):
                page.vault = vault
            elif hasattr(page, "_vault"):
                page._vault = vault

    def about_to_lock(self) -> None:
        """Plaintext copies opened in other programs go before the key does."""
        self.employees.discard_viewer_copies()
        # Also the copies previews handed out (printed documents), with no file view open.
        attachments.ViewerCopies().discard_all()

    def show_area(self, key: str) -> None:
        keys = [area.key for area in AREAS]
        self.navigation.setCurrentRow(keys.index(key))

    def current_area(self) -> str:
        return AREAS[self.navigation.currentRow()].key

    def has_unsaved_changes(self) -> bool:
        """Areas with editors (the employee files) report pending edits here."""
        return any(
            getattr(page, "has_unsaved_changes", lambda: False)() for page in self.pages.values()
        )

    @property
    def backup_page(self) -> BackupPage:
        return self.pages["backup"]

    def save_changes(self) -> bool:
        return all(getattr(page, "save_changes", lambda: True)() for page in self.pages.values())
