"""Compiles ui/*.ui into ehr_desktop/gui/forms/ui_*.py with pyside6-uic (after editing a form)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "ehr_desktop" / "gui" / "forms"


def uic_command() -> str:
    return str(Path(sys.executable).with_name("pyside6-uic"))


def compile_form(ui_file: Path) -> str:
    """The generated module's text for one .ui file."""
    result = subprocess.run(
        [uic_command(), "--from-imports", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def main() -> int:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by scripts/build_ui.py: do not edit."""\n')
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.relative_to(ROOT)} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
