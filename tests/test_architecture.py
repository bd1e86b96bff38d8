"""The layering is enforced by tools, not by hope: import contracts and ruff, run by the suite."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
LINTED = ["ehr_desktop", "tests", "scripts", "bench", "installer"]


def venv_tool(name: str) -> str:
    """A console script installed next to the running interpreter (bin/ or Scripts/)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail(f"{name} is not installed in {Path(sys.executable).parent}")
    return found


def run_tool(*command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=300, check=False
    )


def test_import_contracts_are_kept():
    result = run_tool(venv_tool("lint-imports"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_ruff_finds_nothing():
    paths = [p for p in LINTED if (REPO / p).exists()]
    result = run_tool(venv_tool("ruff"), "check", *paths)
    assert result.returncode == 0, result.stdout + result.stderr


def test_code_is_formatted():
    paths = [p for p in LINTED if (REPO / p).exists()]
    result = run_tool(venv_tool("ruff"), "format", "--check", *paths)
    assert result.returncode == 0, result.stdout + result.stderr
