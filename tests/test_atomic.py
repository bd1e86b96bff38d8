"""Crash-safe file replacement."""

import os
import tempfile

import pytest

from ehr_desktop import atomic
from ehr_desktop.domain.errors import StorageError


def test_write_bytes_creates_and_replaces_content(tmp_path):
    target = tmp_path / "file.bin"
    atomic.write_bytes(target, b"first")
    assert target.read_bytes() == b"first"
    atomic.write_bytes(target, b"second, longer content")
    assert target.read_bytes() == b"second, longer content"
    atomic.write_bytes(target, b"")
    assert target.read_bytes() == b""


def test_write_leaves_no_temp_files(tmp_path):
    target = tmp_path / "file.json"
    for i in range(5):
        atomic.write_text(target, f'{{"n": {i}, "名": "张"}}')
    assert [p.name for p in tmp_path.iterdir()] == ["file.json"]
    assert target.read_text("utf-8") == '{"n": 4, "名": "张"}'


def test_failed_replace_keeps_the_old_content_and_cleans_up(tmp_path, monkeypatch):
    target = tmp_path / "file.txt"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError) as caught:
        atomic.write_bytes(target, b"new")
    assert caught.value.facts["reason"] == "No space left on device"
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]


def test_missing_folder_is_a_storage_error(tmp_path):
    with pytest.raises(StorageError) as caught:
        atomic.write_bytes(tmp_path / "missing" / "file.txt", b"x")
    assert caught.value.facts["path"].endswith("file.txt")
    assert not (tmp_path / "missing").exists()


def test_unwritable_folder_is_a_storage_error(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError) as caught:
        atomic.write_bytes(tmp_path / "file.txt", b"x")
    assert caught.value.facts["reason"] == "Permission denied"
    assert list(tmp_path.iterdir()) == []
