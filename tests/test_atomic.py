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


def test_early_writeback_syncs_in_steps_and_the_file_is_complete(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    path = tmp_path / "big.bin"
    block = os.urandom(1000)
    with path.open("wb") as handle:
        writeback = atomic.EarlyWriteback(handle, step=10_000)
        for i in range(1, 101):
            handle.write(block)
            writeback.advance(i * len(block))
            writeback.wait()  # deterministic: each step's flush has run before the next write
        writeback.finish()
    assert path.read_bytes() == block * 100
    assert len(synced) == 10 + 1  # one per 10,000 bytes in the background, then the last one


def test_early_writeback_reports_a_failed_background_flush(tmp_path, monkeypatch):
    def full_disk(_fd):
        raise OSError(28, "No space left on device")

    with (tmp_path / "big.bin").open("wb") as handle:
        writeback = atomic.EarlyWriteback(handle, step=10)
        handle.write(b"x" * 20)
        monkeypatch.setattr(os, "fsync", full_disk)
        writeback.advance(20)
        with pytest.raises(OSError, match="No space"):
            writeback.finish()
