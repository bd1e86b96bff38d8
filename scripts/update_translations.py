"""Refreshes resources/translations/*.ts from the sources (pyside6-lupdate) and compiles .qm.

Translate with Qt Linguist (pyside6-linguist) between the two steps:
    python scripts/update_translations.py            # lupdate + lrelease
    python scripts/update_translations.py --release  # only lrelease
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def sources() -> list[str]:
    package = ROOT / "ehr_desktop"
    python = [
        p
        for p in sorted(package.rglob("*.py"))
        if "forms" not in p.parts  # generated from ui/*.ui, which lupdate reads directly
    ]
    return [str(p.relative_to(ROOT)) for p in python + sorted((ROOT / "ui").glob("*.ui"))]


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"ehr_desktop_{language}.ts"


def update() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none", *sources(), "-ts",
             str(ts_file(language).relative_to(ROOT))],
            check=True,
            cwd=ROOT,
        )  # fmt: skip


def release() -> None:
    for language in LANGUAGES:
        subprocess.run(
            [tool("pyside6-lrelease"), str(ts_file(language)), "-qm",
             str(ts_file(language).with_suffix(".qm"))],
            check=True,
        )  # fmt: skip


def main() -> int:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if "--release" not in sys.argv:
        update()
    release()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
