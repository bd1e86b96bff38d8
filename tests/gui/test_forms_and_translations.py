"""Generated forms match ui/*.ui; every visible string goes through Qt's translation system."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import build_ui  # noqa: E402
import update_translations  # noqa: E402

TS_FILES = sorted((ROOT / "resources" / "translations").glob("*.ts"))


@pytest.mark.parametrize("ui_file", sorted((ROOT / "ui").glob("*.ui")), ids=lambda p: p.name)
def test_generated_form_is_current(ui_file):
    target = build_ui.target_for(ui_file)
    assert target.exists(), f"run scripts/build_ui.py: {target.name} is missing"
    assert target.read_text("utf-8") == build_ui.compile_form(ui_file), (
        f"{target.name} is stale: run scripts/build_ui.py"
    )


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts_file)
    result = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            result[(name, message.findtext("source"))] = message.find("translation")
    return result


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_translation_has_no_unfinished_entries(ts_file):
    unfinished = [
        source
        for (_context, source), translation in _messages(ts_file).items()
        if translation is None or translation.get("type") == "unfinished" or not translation.text
    ]
    assert not unfinished, f"translate these in {ts_file.name}: {unfinished[:10]}"


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_translation_covers_every_string_in_the_sources(ts_file, tmp_path):
    fresh = tmp_path / ts_file.name
    shutil.copy(ts_file, fresh)
    subprocess.run(
        [update_translations.tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
         *update_translations.sources(), "-ts", str(fresh)],
        check=True, cwd=ROOT, capture_output=True,
    )  # fmt: skip
    assert set(_messages(fresh)) == set(_messages(ts_file)), (
        "run scripts/update_translations.py and translate the new strings"
    )


@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_compiled_translation_is_current(ts_file, tmp_path):
    compiled = tmp_path / ts_file.with_suffix(".qm").name
    subprocess.run(
        [update_translations.tool("pyside6-lrelease"), str(ts_file), "-qm", str(compiled)],
        check=True, capture_output=True,
    )  # fmt: skip
    assert compiled.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
        "run scripts/update_translations.py --release"
    )


# Calls that put text on screen, and which positional argument holds the text.
_TEXT_CALLS = {
    "setText": 0, "setWindowTitle": 0, "setToolTip": 0, "setPlaceholderText": 0,
    "setTitle": 0, "setSubTitle": 0, "showMessage": 0, "setStatusTip": 0,
    "QLabel": 0, "QPushButton": 0, "QCheckBox": 0, "QRadioButton": 0, "QGroupBox": 0,
    "QListWidgetItem": 1, "QAction": 1, "addRow": 0, "information": 2, "warning": 2,
    "critical": 2, "question": 2, "about": 2,
}  # fmt: skip
# Deliberately untranslated: the product's name and language names written in themselves.
_ALLOWED = {"EHR Desktop", "简体中文", "English"}


def _literal_texts(tree: ast.AST):
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        index = _TEXT_CALLS.get(name)
        if index is None or len(node.args) <= index:
            continue
        argument = node.args[index]
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
            yield node.lineno, argument.value


def test_no_visible_literal_bypasses_translation():
    offenders = []
    gui = ROOT / "ehr_desktop" / "gui"
    for path in sorted(gui.rglob("*.py")):
        if "forms" in path.parts:
            continue
        for line, text in _literal_texts(ast.parse(path.read_text("utf-8"))):
            if any(ch.isalpha() for ch in text) and text not in _ALLOWED:
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    assert not offenders, "wrap in self.tr()/QCoreApplication.translate():\n" + "\n".join(offenders)


def test_translated_literals_are_in_a_form_lupdate_extracts():
    """lupdate finds tr("…") and translate("Context", "…") with literal text; a helper such as
    _tr("…") hides the text from it, so the string would show untranslated forever."""
    offenders = []
    for path in sorted((ROOT / "ehr_desktop").rglob("*.py")):
        if "forms" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = (
                node.func.attr
                if isinstance(node.func, ast.Attribute)
                else getattr(node.func, "id", "")
            )
            literal = node.args and isinstance(node.args[0], ast.Constant)
            if (
                name not in ("tr", "translate", "QT_TRANSLATE_NOOP")
                and literal
                and (name.lstrip("_") in ("tr", "translate"))
            ):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}(…)")
    assert not offenders, "use self.tr() or QCoreApplication.translate():\n" + "\n".join(offenders)
