"""The `ehr-desktop` command, run in-process (plus one real subprocess for the entry point)."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from support.vault_helpers import OTHER_PASSPHRASE, PASSPHRASE

from ehr_desktop import cli
from ehr_desktop.domain.errors import WrongPassphrase
from ehr_desktop.persistence.engine import raw_connection
from ehr_desktop.security import keyslots
from ehr_desktop.services import demo, vaults

KEY_PATTERN = re.compile(r"[0-9A-Z]{4}(?:-[0-9A-Z]{4}){8}")


pytestmark = pytest.mark.usefixtures("english_cli")


def run(*argv: str) -> int:
    return cli.main([str(a) for a in argv])


def error_lines(capfd) -> tuple[str, list[str]]:
    captured = capfd.readouterr()
    return captured.out, captured.err.splitlines()


def opens_with(path: Path, passphrase: str) -> bool:
    try:
        vaults.unlock_with_passphrase(path, passphrase).close()
    except WrongPassphrase:
        return False
    return True


def test_init_prints_the_recovery_key(vault_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("init", vault_path) == 0
    out = capsys.readouterr().out
    (key,) = KEY_PATTERN.findall(out)
    assert str(vault_path) in out
    vaults.unlock_with_recovery_key(vault_path, key).close()
    assert opens_with(vault_path, PASSPHRASE)


@pytest.mark.parametrize("where", ["after", "before"])
def test_init_json_is_parseable_wherever_the_flag_goes(vault_path, monkeypatch, capsys, where):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    argv = ["init", vault_path, "--json"] if where == "after" else ["--json", "init", vault_path]
    assert run(*argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert KEY_PATTERN.fullmatch(result["recovery_key"])
    assert result["vault"] == str(vault_path)
    assert not any(key.startswith("_") for key in result)


def test_init_with_weak_passphrase_fails_with_one_line(vault_path, monkeypatch, capfd):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "password1")
    assert run("init", vault_path) == 1
    out, err = error_lines(capfd)
    assert out == ""
    assert len(err) == 1
    assert err[0].startswith("ehr-desktop: ")
    assert not vault_path.exists()


def test_demo_then_verify_exit_zero(vault_path, monkeypatch, capsys):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("demo", vault_path, "--employees", "40", "--json") == 0
    demo = json.loads(capsys.readouterr().out)
    assert demo["employees"] == 40
    assert run("verify", vault_path) == 0
    assert "The vault is intact." in capsys.readouterr().out
    assert run("verify", vault_path, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert {c["check"] for c in report["checks"]} >= {"cipher", "integrity", "audit_chain"}


def test_demo_without_passphrase_uses_the_documented_demo_passphrase(vault_path, capsys):
    assert run("demo", vault_path, "--employees", "5") == 0
    assert opens_with(vault_path, demo.DEMO_PASSPHRASE)


def test_verify_of_a_tampered_vault_exits_one(closed_vault, vault_path, monkeypatch, capsys):
    data_key = keyslots.unlock_with_passphrase(vault_path, PASSPHRASE)[1]
    connection = raw_connection(vault_path / "vault.ehrdb", data_key)
    connection.execute("DROP TRIGGER audit_log_no_update")
    connection.execute("UPDATE audit_log SET actor = 'nobody'")
    connection.close()
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("verify", vault_path, "--json") == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False
    (chain,) = [c for c in report["checks"] if c["check"] == "audit_chain"]
    assert (chain["ok"], chain["problem"]) == (False, "broken")


def test_wrong_passphrase_exits_one_with_exactly_one_line(
    closed_vault, vault_path, monkeypatch, capfd
):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, "Wrong-but-long-passphrase-1")
    assert run("verify", vault_path) == 1
    out, err = error_lines(capfd)
    assert out == ""
    assert len(err) == 1
    assert "passphrase is not correct" in err[0]


def test_damaged_database_exits_one_and_sqlcipher_prints_nothing(
    closed_vault, vault_path, monkeypatch, capfd
):
    """capfd sees the file descriptor too: SQLCipher's own HMAC complaints would show up here."""
    (vault_path / "vault.ehrdb").write_bytes(os.urandom(4096 * 4))
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("verify", vault_path) == 1
    out, err = error_lines(capfd)
    assert out == ""
    assert len(err) == 1
    assert "damaged" in err[0]


def test_json_errors_are_json_too(tmp_path, monkeypatch, capfd):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("verify", tmp_path / "Missing.ehrvault", "--json") == 1
    out, err = error_lines(capfd)
    assert json.loads(out)["ok"] is False
    assert len(err) == 1


def test_no_passphrase_and_no_terminal_exits_one_with_one_line(closed_vault, vault_path, capfd):
    assert run("verify", vault_path) == 1
    out, err = error_lines(capfd)
    assert out == ""
    assert len(err) == 1
    assert cli.PASSPHRASE_ENV in err[0]


def test_init_without_passphrase_and_terminal_creates_nothing(vault_path, capfd):
    assert run("init", vault_path) == 1
    _out, err = error_lines(capfd)
    assert len(err) == 1
    assert not vault_path.exists()


def test_recover_sets_a_new_passphrase_with_the_recovery_key(closed_vault, vault_path, monkeypatch):
    monkeypatch.setenv(cli.RECOVERY_KEY_ENV, closed_vault.recovery_key.lower())
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, OTHER_PASSPHRASE)
    assert run("recover", vault_path) == 0
    assert opens_with(vault_path, OTHER_PASSPHRASE)
    assert not opens_with(vault_path, PASSPHRASE)
    vaults.unlock_with_recovery_key(vault_path, closed_vault.recovery_key).close()


def test_recover_with_a_mistyped_key_changes_nothing(closed_vault, vault_path, monkeypatch, capfd):
    before = (vault_path / keyslots.PRIMARY_NAME).read_bytes()
    key = closed_vault.recovery_key
    typo = key[:-1] + ("0" if key[-1] != "0" else "1")
    monkeypatch.setenv(cli.RECOVERY_KEY_ENV, typo)
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, OTHER_PASSPHRASE)
    assert run("recover", vault_path) == 1
    assert len(error_lines(capfd)[1]) == 1
    assert (vault_path / keyslots.PRIMARY_NAME).read_bytes() == before


def test_passwd_changes_the_passphrase(closed_vault, vault_path, monkeypatch):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, OTHER_PASSPHRASE)
    assert run("passwd", vault_path) == 0
    assert opens_with(vault_path, OTHER_PASSPHRASE)
    assert not opens_with(vault_path, PASSPHRASE)


def test_passwd_refuses_a_weak_new_passphrase(closed_vault, vault_path, monkeypatch, capfd):
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, "qwerty123")
    assert run("passwd", vault_path) == 1
    assert len(error_lines(capfd)[1]) == 1
    assert opens_with(vault_path, PASSPHRASE)


def test_passwd_ignores_the_recovery_key_variable(closed_vault, vault_path, monkeypatch, capfd):
    monkeypatch.setenv(cli.RECOVERY_KEY_ENV, closed_vault.recovery_key)
    monkeypatch.setenv(cli.NEW_PASSPHRASE_ENV, OTHER_PASSPHRASE)
    assert run("passwd", vault_path) == 1
    assert cli.PASSPHRASE_ENV in error_lines(capfd)[1][0]
    assert opens_with(vault_path, PASSPHRASE)


def test_init_writes_a_recovery_sheet_with_the_key_and_an_embedded_font(
    tmp_path, vault_path, monkeypatch, capsys
):
    sheet = tmp_path / "recovery.pdf"
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("init", vault_path, "--recovery-sheet", sheet, "--json") == 0
    key = json.loads(capsys.readouterr().out)["recovery_key"]

    reader = pypdf.PdfReader(sheet)
    assert len(reader.pages) == 1
    text = reader.pages[0].extract_text()
    for group in key.split("-"):
        assert group in text
    assert "Company" in text
    fonts = reader.pages[0]["/Resources"]["/Font"]
    assert fonts
    for font in fonts.values():
        descriptor = font.get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, "fonts must be embedded, not referenced"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as caught:
        run("--version")
    assert caught.value.code == 0
    assert capsys.readouterr().out.startswith("ehr-desktop ")


def test_python_dash_m_entry_point_verifies_a_vault(closed_vault, vault_path, tmp_path):
    """One real process: the installed package, its __main__ and Qt's translations load."""
    env = {
        **os.environ,
        cli.PASSPHRASE_ENV: PASSPHRASE,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "xdg-config"),
        "HOME": str(tmp_path / "home"),
    }
    completed = subprocess.run(
        [sys.executable, "-m", "ehr_desktop", "verify", "--json", str(vault_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert completed.stderr == ""
    assert json.loads(completed.stdout)["ok"] is True


def test_verify_of_a_vault_with_a_damaged_page_exits_one_without_a_traceback(
    new_vault, vault_path, monkeypatch, capfd
):
    demo.populate(new_vault.vault, 100, seed=5)
    new_vault.vault.close()
    database = vault_path / "vault.ehrdb"
    raw = bytearray(database.read_bytes())
    raw[len(raw) - 3000] ^= 0xFF  # inside the last page; page 1 still opens
    database.write_bytes(bytes(raw))
    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("verify", vault_path, "--json") == 1
    out, err = error_lines(capfd)
    assert json.loads(out)["ok"] is False
    assert err == []


def test_employees_lists_masked_by_default_and_unmasked_is_audited(vault_path, monkeypatch, capsys):
    from ehr_desktop.domain import pinyin
    from ehr_desktop.services import employee_list, employees

    monkeypatch.setenv(cli.PASSPHRASE_ENV, PASSPHRASE)
    assert run("demo", vault_path, "--employees", "30") == 0
    capsys.readouterr()
    assert run("employees", vault_path, "--json", "--limit", "5") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["total"] > 5 and len(listed["employees"]) == 5
    assert all("*" in e["id_number"] for e in listed["employees"])
    name = listed["employees"][0]["name"]
    assert run("employees", vault_path, "--json", "--search", pinyin.initials(name).split()[0]) == 0
    assert name in {e["name"] for e in json.loads(capsys.readouterr().out)["employees"]}
    assert run("employees", vault_path, "--json", "--limit", "2", "--unmasked") == 0
    assert not any("*" in e["id_number"] for e in json.loads(capsys.readouterr().out)["employees"])
    vault = vaults.unlock_with_passphrase(vault_path, PASSPHRASE)
    try:
        first = employee_list.source(vault, employee_list.ListQuery()).rows(0, 1)[0]
        assert employees.file_history(vault, first.id)[0].action == "reveal"
    finally:
        vault.close()
