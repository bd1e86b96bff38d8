"""`ehr-desktop kpi …`: list, import a template workbook, export a cycle's results."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from support.vault_helpers import PASSPHRASE

from ehr_desktop import cli
from ehr_desktop.services import demo, vaults

pytestmark = pytest.mark.usefixtures("english_cli")
EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "kpi-template-sales.xlsx"
TODAY = __import__("datetime").date(2026, 11, 27)


@pytest.fixture
def demo_vault(vault_path, monkeypatch):
    created = vaults.create_vault(vault_path, PASSPHRASE)
    demo.populate(created.vault, 60, today=TODAY)
    created.vault.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    return vault_path


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = cli.main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_list_shows_the_demo_templates_and_cycles(demo_vault, capsys):
    code, listed = run_json(capsys, "kpi", "list", str(demo_vault))
    assert code == 0
    assert len(listed["templates"]) >= 3 and len(listed["cycles"]) == 3
    assert {c["state"] for c in listed["cycles"]} >= {"open", "finalized"}


def test_import_template_then_again_changes_nothing(demo_vault, capsys):
    code, first = run_json(capsys, "kpi", "import-template", str(demo_vault), str(EXAMPLE))
    assert code == 0 and first["changed"]  # new, or the next version of the demo's own SALES
    code, again = run_json(capsys, "kpi", "import-template", str(demo_vault), str(EXAMPLE))
    assert code == 0 and (again["created"], again["changed"]) == (False, False)
    assert (again["template_id"], again["version"]) == (first["template_id"], first["version"])


def test_import_of_a_broken_workbook_names_the_cell(demo_vault, tmp_path, capsys):
    broken = tmp_path / "broken.xlsx"
    book = openpyxl.load_workbook(EXAMPLE)
    sheet = book.worksheets[1]  # the indicators
    for row in sheet.iter_rows(min_row=1, max_row=6):
        for cell in row:
            if isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool):
                cell.value = "很多"  # text where a number belongs
                break
        else:
            continue
        break
    book.save(broken)
    code = cli.main(["kpi", "import-template", str(demo_vault), str(broken)])
    out = capsys.readouterr()
    assert code != 0
    text = out.out + out.err
    assert "broken.xlsx was not imported" in text and "row" in text and "很多" in text


def test_export_results_of_a_named_cycle(demo_vault, tmp_path, capsys):
    _code, listed = run_json(capsys, "kpi", "list", str(demo_vault))
    finished = next(c for c in listed["cycles"] if c["state"] != "open")
    target = tmp_path / "results.xlsx"
    code, exported = run_json(
        capsys, "kpi", "export-results", str(demo_vault), "--cycle", finished["name"], "-o",
        str(target),
    )  # fmt: skip
    assert code == 0 and exported["rows"] == finished["forms"]
    assert target.exists()
    assert cli.main(["kpi", "export-results", str(demo_vault), "--cycle", "Nope", "-o",
                     str(target)]) != 0  # fmt: skip
    assert finished["name"] in capsys.readouterr().err
