"""`ehr-desktop print sheets …` and `ehr-desktop print dossier …` on a demo vault."""

from __future__ import annotations

import io
import json
import sys

import pytest
from sqlalchemy import select
from support.print_samples import flat, page_texts, read
from support.vault_helpers import PASSPHRASE

from ehr_desktop import cli
from ehr_desktop.persistence.models import AuditLogEntry, Employee
from ehr_desktop.services import demo, kpi_cycles, kpi_results, organization, vaults
from ehr_desktop.services.kpi_store import CycleState

pytestmark = pytest.mark.usefixtures("english_cli")
TODAY = __import__("datetime").date(2026, 11, 27)


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """One demo vault per module, copied for each test (the demo takes a few seconds)."""
    from support.vault_helpers import CHEAP_KDF

    from ehr_desktop.security import kdf

    folder = tmp_path_factory.mktemp("demo") / "Company.ehrvault"
    original = kdf.calibrate
    kdf.calibrate = lambda *args, **kwargs: CHEAP_KDF
    try:
        created = vaults.create_vault(folder, PASSPHRASE)
    finally:
        kdf.calibrate = original
    demo.populate(created.vault, 60, today=TODAY)
    facts = {}
    cycle = next(
        c for c in kpi_cycles.list_cycles(created.vault) if c.state == CycleState.FINALIZED
    )
    facts["cycle"] = cycle.name
    facts["people"] = len(kpi_results.cycle_results(created.vault, cycle.id))
    facts["departments"] = organization.paths(created.vault)
    with created.vault.database.reading() as session:
        employee = session.scalars(
            select(Employee).where(Employee.id_number.is_not(None)).order_by(Employee.id)
        ).first()
        facts["employee_no"], facts["id_number"] = employee.employee_no, employee.id_number
    created.vault.close()
    return folder, facts


@pytest.fixture
def demo_vault(demo_template, tmp_path, monkeypatch):
    import shutil

    folder, facts = demo_template
    copy = tmp_path / "Company.ehrvault"
    shutil.copytree(folder, copy)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    return copy, facts


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = cli.main([*args, "--json"])
    return code, json.loads(capsys.readouterr().out)


def audit_details(vault_path, action: str) -> list[dict]:
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        with vault.database.reading() as session:
            rows = session.scalars(
                select(AuditLogEntry.detail).where(AuditLogEntry.action == action)
            ).all()
    finally:
        vault.close()
    return [json.loads(r) for r in rows]


def test_print_sheets_of_a_cycle_to_one_pdf(demo_vault, tmp_path, capsys):
    vault, facts = demo_vault
    out = tmp_path / "sheets.pdf"

    code, result = run_json(
        capsys, "print", "sheets", str(vault), "--cycle", facts["cycle"], "-o", str(out)
    )

    assert code == 0
    assert result["people"] == facts["people"] and result["files"] == [str(out)]
    assert len(read(out.read_bytes()).pages) >= facts["people"]
    assert audit_details(vault, "export")[-1]["people"] == facts["people"]


def test_print_sheets_of_a_department_blank_on_letter_into_a_folder(demo_vault, tmp_path, capsys):
    vault, facts = demo_vault
    path = next(p for p in facts["departments"].values() if "/" not in p)
    folder = tmp_path / "out"
    folder.mkdir()

    code, result = run_json(
        capsys, "print", "sheets", str(vault), "--cycle", facts["cycle"], "--department", path,
        "--blank", "--page-size", "letter", "--folder", str(folder),
    )  # fmt: skip

    assert code == 0 and result["blank"] is True
    files = sorted(folder.iterdir())
    assert len(files) == result["people"] > 0
    box = read(files[0].read_bytes()).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--cycle", "No such cycle", "-o", "{tmp}/x.pdf"), "no appraisal cycle named"),
        (("--cycle", "{cycle}", "--department", "Nowhere", "-o", "{tmp}/x.pdf"), "no department"),
        (("--cycle", "{cycle}", "-o", "{tmp}/missing/x.pdf"), "Could not write"),
        (("--cycle", "{cycle}", "-o", "{tmp}/x.txt"), "written as .pdf"),
        (("--cycle", "{cycle}", "--folder", "{tmp}/missing"), "does not exist"),
    ],
)
def test_user_errors_are_one_clear_sentence(demo_vault, tmp_path, capsys, arguments, message):
    vault, facts = demo_vault
    filled = [a.format(tmp=tmp_path, cycle=facts["cycle"]) for a in arguments]

    code = cli.main(["print", "sheets", str(vault), *filled])

    captured = capsys.readouterr()
    assert code == 1 and message in captured.err
    assert captured.err.count("\n") == 1 and "Traceback" not in captured.err
    assert not list(tmp_path.glob("*.pdf"))


def test_print_dossier_masked_by_default(demo_vault, tmp_path, capsys):
    vault, facts = demo_vault
    out = tmp_path / "dossier.pdf"

    code, result = run_json(
        capsys, "print", "dossier", str(vault), facts["employee_no"], "-o", str(out)
    )

    assert code == 0 and result["unmasked"] is False
    text = "".join(flat(t) for t in page_texts(out.read_bytes()))
    assert facts["employee_no"] in text and facts["id_number"] not in text
    assert audit_details(vault, "export")[-1]["unmasked"] is False


def test_print_dossier_unmasked_needs_a_confirmation(demo_vault, tmp_path, capsys):
    vault, facts = demo_vault
    out = tmp_path / "dossier.pdf"
    args = ["print", "dossier", str(vault), facts["employee_no"], "--unmasked", "-o", str(out)]

    code = cli.main(args)  # stdin is no terminal: refused, nothing written

    assert code == 1 and "--yes" in capsys.readouterr().err and not out.exists()

    code, result = run_json(capsys, *args, "--yes")

    assert code == 0 and result["unmasked"] is True
    text = "".join(flat(t) for t in page_texts(out.read_bytes()))
    assert facts["id_number"] in text
    assert audit_details(vault, "export")[-1]["unmasked"] is True


def test_print_dossier_unmasked_asks_on_a_terminal(demo_vault, tmp_path, capsys, monkeypatch):
    vault, facts = demo_vault
    out = tmp_path / "dossier.pdf"
    monkeypatch.setattr(cli, "_interactive", lambda: True)
    monkeypatch.setattr(sys, "stdin", io.StringIO("n\n"))

    code = cli.main(
        ["print", "dossier", str(vault), facts["employee_no"], "--unmasked", "-o", str(out)]
    )

    assert code == 1 and not out.exists()
    monkeypatch.setattr(sys, "stdin", io.StringIO("y\n"))
    code = cli.main(
        ["print", "dossier", str(vault), facts["employee_no"], "--unmasked", "-o", str(out)]
    )
    assert code == 0 and out.exists()


def test_print_dossier_of_an_unknown_employee(demo_vault, tmp_path, capsys):
    vault, _facts = demo_vault

    code = cli.main(["print", "dossier", str(vault), "NOBODY", "-o", str(tmp_path / "x.pdf")])

    assert code == 1 and "no employee with the number NOBODY" in capsys.readouterr().err
