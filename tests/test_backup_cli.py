"""`ehr-desktop backup`, `restore` and `verify FILE.ehrbak`, run in-process with --json."""

import json

import pytest
from support.vault_helpers import OTHER_PASSPHRASE, PASSPHRASE

from ehr_desktop import cli
from ehr_desktop.services import demo, vaults

pytestmark = pytest.mark.usefixtures("english_cli")


def run(*argv) -> int:
    return cli.main([str(a) for a in argv])


@pytest.fixture
def demo_vault(new_vault, vault_path):
    demo.populate(new_vault.vault, 25, seed=1)
    new_vault.vault.close()
    return vault_path, new_vault.recovery_key


def test_backup_verify_restore_round_trip_with_json(demo_vault, tmp_path, monkeypatch, capsys):
    vault_path, recovery = demo_vault
    backup = tmp_path / "out" / "Company.ehrbak"
    backup.parent.mkdir()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)

    assert run("backup", vault_path, "-o", backup, "--json") == 0
    made = json.loads(capsys.readouterr().out)
    assert made["backup"] == str(backup) and made["counts"]["employees"] == 25

    assert run("verify", backup, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True and report["kind"] == "backup"
    assert {c["check"] for c in report["checks"]} >= {"file", "cipher", "counts", "audit_tail"}
    assert {"integrity", "audit_chain"}.isdisjoint({c["check"] for c in report["checks"]})

    assert run("verify", backup, "--thorough", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert {c["check"] for c in report["checks"]} >= {"integrity", "foreign_keys", "audit_chain"}

    monkeypatch.delenv(cli.PASSPHRASE_ENV)
    monkeypatch.setenv(cli.RECOVERY_KEY_ENV, recovery)
    target = tmp_path / "Restored.ehrvault"
    assert run("restore", backup, "--to", target, "--json") == 0
    assert json.loads(capsys.readouterr().out)["vault"] == str(target)
    vaults.unlock_with_passphrase(target, PASSPHRASE).close()


def test_verify_recognises_a_backup_by_its_signature_not_its_name(
    demo_vault, tmp_path, monkeypatch, capsys
):
    vault_path, _recovery = demo_vault
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    renamed = tmp_path / "backup.bin"
    assert run("backup", vault_path, "-o", renamed) == 0
    assert "verified" in capsys.readouterr().out
    assert run("verify", renamed) == 0
    assert "The backup is intact" in capsys.readouterr().out


def test_separate_backup_passphrase_from_an_environment_variable(
    demo_vault, tmp_path, monkeypatch, capsys
):
    vault_path, _recovery = demo_vault
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv("BACKUP_SECRET", OTHER_PASSPHRASE)
    backup = tmp_path / "s.ehrbak"
    assert run("backup", vault_path, "-o", backup, "--backup-passphrase-env", "BACKUP_SECRET") == 0
    capsys.readouterr()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, OTHER_PASSPHRASE)
    assert run("verify", backup, "--json") == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True


def test_restore_over_an_existing_vault_needs_replace(demo_vault, tmp_path, monkeypatch, capfd):
    vault_path, _recovery = demo_vault
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    backup = tmp_path / "c.ehrbak"
    assert run("backup", vault_path, "-o", backup) == 0
    capfd.readouterr()
    assert run("restore", backup, "--to", vault_path) == 1
    err = capfd.readouterr().err.splitlines()
    assert len(err) == 1 and err[0].startswith("ehr-desktop: ")
    assert run("restore", backup, "--to", vault_path, "--replace") == 0
    assert list(tmp_path.glob("Company.ehrvault.before-restore-*"))


def test_a_foreign_file_gives_one_error_line(tmp_path, monkeypatch, capfd):
    foreign = tmp_path / "notes.ehrbak"
    foreign.write_bytes(b"hello")
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("verify", foreign, "--json") == 1
    captured = capfd.readouterr()
    assert json.loads(captured.out)["ok"] is False
    assert len(captured.err.splitlines()) == 1
    assert run("restore", foreign, "--to", tmp_path / "X.ehrvault") == 1
    assert not (tmp_path / "X.ehrvault").exists()


def test_backup_of_a_vault_opened_by_recovery_key_needs_no_passphrase(
    demo_vault, tmp_path, monkeypatch, capsys
):
    # Given no passphrase anywhere: the vault is opened with the recovery key
    vault_path, recovery = demo_vault
    monkeypatch.setenv(cli.RECOVERY_KEY_ENV, recovery)
    backup = tmp_path / "r.ehrbak"

    # Then the backup is written without a passphrase slot, and says how it opens
    assert run("backup", vault_path, "-o", backup) == 0
    text = capsys.readouterr().out
    assert "verified" in text and "recovery key" in text
    assert run("backup", vault_path, "-o", tmp_path / "r2.ehrbak", "--json") == 0
    assert json.loads(capsys.readouterr().out)["passphrase_slot"] is False

    # And it opens with the recovery key and with the vault passphrase
    assert run("verify", backup, "--json") == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    monkeypatch.delenv(cli.RECOVERY_KEY_ENV)
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("verify", backup, "--json") == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
