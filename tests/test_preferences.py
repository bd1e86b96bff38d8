"""Per-user preferences on this computer: round trip, damage tolerance, recent vaults."""

import json
from pathlib import Path

import pytest

from ehr_desktop.services import preferences
from ehr_desktop.services.preferences import MAX_RECENT, Preferences, PreferenceStore


def test_preferences_survive_a_round_trip(preferences_folder):
    store = PreferenceStore()
    prefs = Preferences(language="zh_CN", auto_lock_minutes=5, window_geometry="AAEC")
    prefs.remember_vault(Path("/data/公司.ehrvault"))
    store.save(prefs)
    assert store.path == preferences_folder / preferences.FILE_NAME
    assert PreferenceStore().load() == prefs
    assert "公司" in store.path.read_text("utf-8")  # readable, not escaped


def test_missing_file_gives_defaults(tmp_path):
    assert PreferenceStore(tmp_path / "nowhere").load() == Preferences()


@pytest.mark.parametrize(
    "content",
    [
        b"{not json",
        b"",
        b"\xff\xfe garbage",
        b"[1, 2, 3]",
        b"null",
        b'"a string"',
    ],
)
def test_corrupt_file_falls_back_to_defaults(preferences_folder, content):
    preferences_folder.mkdir()
    (preferences_folder / preferences.FILE_NAME).write_bytes(content)
    assert PreferenceStore().load() == Preferences()


@pytest.mark.parametrize(
    "values",
    [
        {"auto_lock_minutes": "soon"},  # used to crash in int()
        {"auto_lock_minutes": None},  # used to switch auto-lock off
        {"recent_vaults": "C:/one.ehrvault"},
        {"recent_vaults": [1, None, {"x": 1}]},
        {"language": 5},
        {"window_state": ["x"]},
    ],
)
def test_values_of_the_wrong_type_fall_back_to_their_defaults(preferences_folder, values):
    preferences_folder.mkdir()
    (preferences_folder / preferences.FILE_NAME).write_text(json.dumps(values))
    prefs = PreferenceStore().load()
    assert prefs == Preferences()


def test_unknown_keys_are_ignored_and_known_ones_kept(preferences_folder):
    preferences_folder.mkdir()
    (preferences_folder / preferences.FILE_NAME).write_text(
        json.dumps({"language": "en", "from_a_newer_version": True})
    )
    assert PreferenceStore().load() == Preferences(language="en")


@pytest.mark.parametrize(("stored", "loaded"), [(-5, 0), (0, 0), (30, 30), (100000, 240)])
def test_auto_lock_minutes_are_clamped(preferences_folder, stored, loaded):
    preferences_folder.mkdir()
    (preferences_folder / preferences.FILE_NAME).write_text(
        json.dumps({"auto_lock_minutes": stored})
    )
    assert PreferenceStore().load().auto_lock_minutes == loaded


def test_remember_vault_puts_the_newest_first_without_duplicates():
    prefs = Preferences()
    for name in ("a", "b", "c", "b"):
        prefs.remember_vault(Path(f"/v/{name}.ehrvault"))
    assert prefs.last_vault == str(Path("/v/b.ehrvault"))
    assert prefs.recent_vaults == [str(Path(f"/v/{n}.ehrvault")) for n in ("b", "c", "a")]


def test_remember_vault_keeps_only_the_most_recent_few():
    prefs = Preferences()
    for index in range(MAX_RECENT + 3):
        prefs.remember_vault(Path(f"/v/{index}.ehrvault"))
    assert len(prefs.recent_vaults) == MAX_RECENT
    assert prefs.recent_vaults[0] == str(Path(f"/v/{MAX_RECENT + 2}.ehrvault"))
    assert str(Path("/v/0.ehrvault")) not in prefs.recent_vaults


def test_saving_creates_the_folder_and_leaves_no_temp_files(preferences_folder):
    PreferenceStore().save(Preferences(language="en"))
    assert [p.name for p in preferences_folder.iterdir()] == [preferences.FILE_NAME]


def test_tests_never_touch_the_real_configuration_folder(preferences_folder):
    assert preferences.default_folder() == preferences_folder
