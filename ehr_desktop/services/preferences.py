"""Per-user preferences on this computer (language, auto-lock, recent vaults, window layout).

Stored as JSON in the platform's configuration folder. Nothing personal goes here: the vault's
own settings live inside the vault.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

import platformdirs

from ehr_desktop import APP_ID, atomic
from ehr_desktop.domain.errors import StorageError

FILE_NAME = "preferences.json"
MAX_RECENT = 8


def default_folder() -> Path:
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def default_vault_folder() -> Path:
    return Path(platformdirs.user_documents_dir())


def demo_vault_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False)) / "Demo.ehrvault"


@dataclass
class Preferences:
    language: str = ""  # "" follows the system; otherwise "zh_CN" or "en"
    auto_lock_minutes: int = 10
    last_vault: str = ""
    recent_vaults: list[str] = field(default_factory=list)
    window_geometry: str = ""  # base64 of Qt's saveGeometry()
    window_state: str = ""
    employee_list_header: str = ""  # base64 of the list's column order, widths and visibility

    def remember_vault(self, path: Path) -> None:
        text = str(path)
        self.last_vault = text
        self.recent_vaults = [text, *[p for p in self.recent_vaults if p != text]][:MAX_RECENT]


class PreferenceStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.path = (folder or default_folder()) / FILE_NAME

    def load(self) -> Preferences:
        try:
            data = json.loads(self.path.read_text("utf-8"))
        except (OSError, ValueError):
            return Preferences()  # missing or unreadable: start from defaults, never crash
        defaults = asdict(Preferences())
        # A hand-edited or foreign file: keep only values of the expected type, default the rest.
        values = (
            {
                k: v
                for k, v in data.items()
                if k in defaults and (defaults[k] is None or type(v) is type(defaults[k]))
            }
            if isinstance(data, dict)
            else {}
        )
        try:
            prefs = Preferences(**values)
        except TypeError:
            return Preferences()
        prefs.auto_lock_minutes = max(0, min(int(prefs.auto_lock_minutes or 0), 240))
        prefs.recent_vaults = [p for p in prefs.recent_vaults if isinstance(p, str)][:MAX_RECENT]
        return prefs

    def save(self, prefs: Preferences) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(path=str(self.path), reason=exc.strerror or str(exc)) from None
        atomic.write_text(self.path, json.dumps(asdict(prefs), indent=2, ensure_ascii=False))
