"""Saves a PNG of each main screen (on a demo vault) into docs/screenshots/<language>/.

    python scripts/screenshots.py [--lang zh_CN|en|all] [--out docs/screenshots]

Runs offscreen by default; set QT_QPA_PLATFORM=xcb under Xvfb to capture a real window.
Uses a throwaway configuration folder and demo data only (never a real vault).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QFileDialog, QWidget  # noqa: E402

from ehr_desktop.app import build_main_window, create_application  # noqa: E402
from ehr_desktop.domain.kpi import Stage  # noqa: E402
from ehr_desktop.gui import i18n  # noqa: E402
from ehr_desktop.gui.new_vault_wizard import NewVaultWizard  # noqa: E402
from ehr_desktop.services import demo, kpi_cycles, vaults  # noqa: E402
from ehr_desktop.services.kpi_cycles import CycleState  # noqa: E402
from ehr_desktop.services.preferences import Preferences, PreferenceStore  # noqa: E402

SIZE = (1366, 768)  # the smallest laptop screen the UI guide asks for
FILE_EMPLOYEE_ID = 5  # a department head hired years ago: a long timeline
SAMPLE_ROSTERS = ROOT / "tests" / "fixtures" / "rosters"  # made-up people, for the import
SHOWN_DEPARTMENT_ID = 4  # 销售部, with three regions under it


def settle(milliseconds: int = 150) -> None:
    loop = QEventLoop()
    QTimer.singleShot(milliseconds, loop.quit)
    loop.exec()


def grab(widget: QWidget, target: Path) -> None:
    settle()
    widget.grab().save(str(target))
    print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


def wait_for(condition, timeout_ms: int = 60_000) -> None:
    waited = 0
    while not condition():
        settle(100)
        waited += 100
        if waited > timeout_ms:
            raise TimeoutError("screen did not become ready")


def capture(language: str, out: Path, work: Path, demo_vault: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    config = work / f"config-{language}"
    store = PreferenceStore(config)
    store.save(Preferences(language=language, auto_lock_minutes=0))
    window = build_main_window(store)
    window.resize(*SIZE)
    window.show()

    window.show_welcome()
    grab(window, out / "01-welcome.png")

    wizard = NewVaultWizard(window.jobs, window)
    wizard.location_page.fields.folder_edit.setText(str(work / "new"))
    wizard.location_page.fields.name_edit.setText(
        "示例公司" if language == "zh_CN" else "Example Ltd"
    )
    wizard.show()
    grab(wizard, out / "02-wizard-location.png")
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText("Spring-tea-harbour-42")
    wizard.passphrase_page.repeat_edit.setText("Spring-tea-harbour-42")
    grab(wizard, out / "03-wizard-passphrase.png")
    wizard.next()
    wait_for(lambda: wizard.currentId() == NewVaultWizard.RECOVERY)
    grab(wizard, out / "04-wizard-recovery-key.png")
    created = wizard.created()
    wizard.recovery_page.confirm_check.setChecked(True)
    wizard.accept()
    created.vault.close()

    window.open_vault(demo_vault)
    window.unlock_page.ui.passphraseEdit.setText("not the passphrase")
    window.unlock_page._unlock()
    wait_for(lambda: window.unlock_page.ui.errorLabel.text() != "")
    window.unlock_page.ui.passphraseEdit.clear()
    grab(window, out / "05-unlock-wrong-passphrase.png")
    window.unlock_page.ui.passphraseEdit.setText(demo.DEMO_PASSPHRASE)
    window.unlock_page._unlock()
    wait_for(lambda: window.vault is not None)

    backup_folder = work / f"backups-{language}"
    backup_folder.mkdir(exist_ok=True)
    page = window.workspace.backup_page
    page.choose_folder(str(backup_folder))
    page.back_up_now()
    wait_for(lambda: not page.running)
    wait_for(lambda: not window.jobs.busy)  # the home reminders load in the background
    for index, key in enumerate(("home", "employees", "organization"), start=6):
        window.workspace.show_area(key)
        if key == "organization":
            window.workspace.pages[key].select_department(SHOWN_DEPARTMENT_ID)
        grab(window, out / f"{index:02d}-{key}.png")

    # A long-serving employee's file: timeline, contracts, attachments.
    area = window.workspace.employees
    window.workspace.open_employee(FILE_EMPLOYEE_ID)
    file_view = area.file_view(FILE_EMPLOYEE_ID)
    grab(window, out / "09-employee-file.png")
    for tab, name in ((2, "10-employee-timeline.png"), (1, "11-employee-job-contracts.png")):
        file_view.tabs.setCurrentIndex(tab)
        grab(window, out / name)
    area.tabs.setCurrentIndex(0)
    capture_import(window, out)
    number = capture_appraisals(window, out, 14)
    number = capture_reports(window, out, number)
    for index, key in enumerate(("backup", "settings"), start=number):
        window.workspace.show_area(key)
        grab(window, out / f"{index:02d}-{key}.png")
    window.close_vault()
    window.close()


def capture_appraisals(window, out: Path, number: int) -> int:
    """The appraisals area: the open cycle's dashboard, its forms, one form half-way through,
    the templates and the cycle's calibration. Returns the next free number."""
    window.workspace.show_area("appraisals")
    area = window.workspace.pages["appraisals"]
    wait_for(lambda: not window.jobs.busy)  # low performers load in the background
    cycle = next(
        (row for row in kpi_cycles.list_cycles(window.vault) if row.state == CycleState.OPEN),
        area.cycles_page.current_cycle(),
    )
    if cycle is None:
        grab(window, out / f"{number:02d}-appraisals.png")
        return number + 1
    area.cycles_page.select_cycle(cycle.id)
    wait_for(lambda: not window.jobs.busy)
    grab(window, out / f"{number:02d}-appraisals-dashboard.png")
    forms = area.open_forms(cycle.id)
    grab(window, out / f"{number + 1:02d}-appraisals-forms.png")
    shots = (
        ("appraisal-form", lambda: area.open_form(_form_to_show(forms))),
        ("appraisal-templates", area.show_templates),
        ("appraisal-calibration", lambda: area.open_calibration(cycle.id)),
    )
    number += 2
    for name, show in shots:
        try:
            show()
        except ImportError:  # that screen is not part of this build yet
            print(f"skipped {name}: not available")
            continue
        wait_for(lambda: not window.jobs.busy)
        grab(window, out / f"{number:02d}-{name}.png")
        number += 1
    area.tabs.setCurrentIndex(0)
    return number


def capture_reports(window, out: Path, number: int) -> int:
    """The Reports area, then a previewed appraisal sheet and a (masked) dossier."""
    window.workspace.show_area("reports")
    page = window.workspace.pages["reports"]
    finalized = [
        row for row in kpi_cycles.list_cycles(window.vault) if row.state == CycleState.FINALIZED
    ]
    if finalized:
        page.cycle_combo.setCurrentIndex(page.cycle_combo.findData(finalized[0].id))
    grab(window, out / f"{number:02d}-reports.png")
    number += 1
    shots = (
        ("print-appraisal-sheet", page.preview_sheets),
        ("print-dossier", lambda: page.preview_dossier(FILE_EMPLOYEE_ID)),
    )
    for name, start in shots:
        if start() is None:
            continue
        wait_for(lambda: page.job is None and page.preview is not None)
        preview = page.preview
        preview.resize(980, 1000)
        settle(400)
        grab(preview, out / f"{number:02d}-{name}.png")
        preview.close()
        page.preview = None
        number += 1
    return number


def _form_to_show(forms) -> int:
    """A form with scores entered and a manager's review to do: the editor at its fullest."""
    rows = [forms.model.row_at(row) for row in range(forms.model.rowCount())]
    scored = [row for row in rows if row.stage == Stage.MANAGER_REVIEW and row.score is not None]
    return (scored or rows)[0].id


def capture_import(window, out: Path) -> None:
    """The import area with a sample roster (made-up people): its columns, then the preview."""
    sample = next(SAMPLE_ROSTERS.glob("01_*.xlsx"), None) if SAMPLE_ROSTERS.is_dir() else None
    window.workspace.show_area("import")
    page = window.workspace.pages["import"]
    if sample is None:
        grab(window, out / "12-import.png")
        return
    original = QFileDialog.getOpenFileNames
    QFileDialog.getOpenFileNames = staticmethod(lambda *a, **k: ([str(sample)], ""))
    try:
        page.choose_button.click()
        wait_for(lambda: not window.jobs.busy)
        page.columns_button.click()
        grab(window, out / "12-import-columns.png")
        page.preview_button.click()
        wait_for(lambda: not window.jobs.busy)
        grab(window, out / "13-import-preview.png")
    finally:
        QFileDialog.getOpenFileNames = original


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="all", choices=["zh_CN", "en", "all"])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    app = create_application([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="ehr-shots-") as temp:
        work = Path(temp)
        created = vaults.create_vault(work / "星河示例.ehrvault", demo.DEMO_PASSPHRASE)
        demo.populate(created.vault, 300)
        created.vault.close()
        for language in ("zh_CN", "en") if args.lang == "all" else (args.lang,):
            i18n.install(language)
            capture(language, Path(args.out) / language, work, created.vault.layout.folder)
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
