"""KPI templates through Excel: the example workbook imports, imports again as the same
version, exports and reads back equal; a file that is no template is refused with reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from ehr_desktop.exchange import kpi as workbook
from ehr_desktop.services import kpi_template_files, kpi_templates

EXAMPLE = Path(__file__).resolve().parents[1] / "docs" / "examples" / "kpi-template-sales.xlsx"


def test_example_workbook_imports_once_and_exports_back_equal(new_vault, tmp_path):
    vault = new_vault.vault
    first = kpi_template_files.import_template(vault, EXAMPLE)
    assert first.created and first.version_number == 1
    again = kpi_template_files.import_template(vault, EXAMPLE)
    assert (again.template_id, again.created, again.changed) == (first.template_id, False, False)
    assert [t.code for t in kpi_templates.list_templates(vault)] == [
        kpi_templates.get_template(vault, first.template_id).code
    ]

    out = tmp_path / "exported.xlsx"
    kpi_template_files.export_template(
        vault, first.template_id, out, workbook.TemplateTexts(["说明"])
    )
    read, problems = workbook.read_template(out)
    assert problems == []
    stored = kpi_templates.get_template(vault, first.template_id).template
    assert read == stored


def test_a_file_that_is_no_template_is_refused_with_its_reasons(new_vault, tmp_path):
    junk = tmp_path / "junk.xlsx"
    junk.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(kpi_template_files.TemplateWorkbookRefused) as refused:
        kpi_template_files.import_template(new_vault.vault, junk)
    assert [p.code for p in refused.value.problems] == ["file_unreadable"]
    assert kpi_templates.list_templates(new_vault.vault) == []
