"""Finds bundled resources (fonts, icons, translations, styles) wherever the app runs from."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resources_root() -> Path:
    # In a wheel or a PyInstaller bundle the folder sits inside the package (hatch force-include,
    # spec datas); in a source checkout or editable install it is the repository's resources/.
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found next to the ehr_desktop package")


def resource_path(*parts: str) -> Path:
    return resources_root().joinpath(*parts)


CJK_FONT_FILE = ("fonts", "wqy-microhei.ttc")
