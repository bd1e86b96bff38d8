"""Container version 2: the SQLCipher page facts the page check relies on, and the GCM chunks."""

import io
import os

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from ehr_desktop.domain.errors import BackupDamaged
from ehr_desktop.exchange import backup_file, page_mac
from ehr_desktop.persistence.engine import PAGE_SIZE, raw_connection
from ehr_desktop.security import keyslots

# --- SQLCipher's page format, checked against real SQLCipher output --------------------------


@pytest.fixture
def sqlcipher_file(tmp_path):
    """A real SQLCipher 4 database written as the vault writes one (raw key, WAL, 4 KiB pages),
    checkpointed into its main file; its key and bytes."""
    key = os.urandom(32)
    path = tmp_path / "real.ehrdb"
    connection = raw_connection(path, key)
    try:
        connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("BEGIN")
        for i in range(2000):
            connection.execute("INSERT INTO t (body) VALUES (?)", (f"row {i} " * 20,))
        connection.execute("COMMIT")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        page_count = int(connection.execute("PRAGMA page_count").fetchone()[0])
        assert int(connection.execute("PRAGMA page_size").fetchone()[0]) == PAGE_SIZE
    finally:
        connection.close()
    data = path.read_bytes()
    assert len(data) == page_count * PAGE_SIZE and page_count > 10
    return path, key, data


def page_check(key: bytes, data: bytes) -> list[int]:
    check = backup_file.PageMacCheck(key)
    for at in range(0, len(data), backup_file.CHUNK_BYTES):
        check(data[at : at + backup_file.CHUNK_BYTES], at // PAGE_SIZE + 1)
    return check.finish()


def cipher_integrity(path, key) -> str:
    """SQLCipher's own verdict: its cipher_integrity_check rows, or the error of reading."""
    connection = sqlcipher.connect(str(path), isolation_level=None)
    try:
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        rows = connection.execute("PRAGMA cipher_integrity_check").fetchall()
        return " ".join(str(row) for row in rows)
    except sqlcipher.DatabaseError as exc:
        return f"error: {exc}"
    finally:
        connection.close()


def test_every_page_of_real_sqlcipher_output_passes(sqlcipher_file):
    _path, key, data = sqlcipher_file
    assert not data.startswith(b"SQLite format 3")  # page 1 starts with the random salt
    assert page_check(key, data) == []


def test_the_wrong_key_fails_every_page(sqlcipher_file):
    _path, _key, data = sqlcipher_file
    assert page_check(os.urandom(32), data) == list(range(1, len(data) // PAGE_SIZE + 1))


@pytest.mark.parametrize(
    ("page", "offset"),
    [(1, 16), (1, 100), (3, 0), (3, 2000), (3, PAGE_SIZE - 80), (3, PAGE_SIZE - 1), (5, 4031)],
    ids=["p1-after-salt", "p1", "p3-start", "p3-middle", "p3-iv", "p3-hmac", "p5-last-data"],
)
def test_a_flipped_byte_fails_its_page_as_in_sqlcipher(sqlcipher_file, page, offset):
    path, key, data = sqlcipher_file
    damaged = bytearray(data)
    damaged[(page - 1) * PAGE_SIZE + offset] ^= 0x01
    assert page_check(key, bytes(damaged)) == [page]
    path.write_bytes(bytes(damaged))
    reported = cipher_integrity(path, key)
    assert f"HMAC verification failed for page {page}'" in reported, reported
    assert reported.count("failed") == 1


def test_a_changed_salt_fails_every_page(sqlcipher_file):
    _path, key, data = sqlcipher_file
    damaged = bytearray(data)
    damaged[5] ^= 0x01  # the salt is part of the HMAC key
    assert len(page_check(key, bytes(damaged))) == len(data) // PAGE_SIZE


# --- the chunks ---------------------------------------------------------------------------


@pytest.fixture
def sealed():
    """A version 2 file of 3 chunks and a bit (synthetic pages; the chunks do not care)."""
    data_key = os.urandom(32)
    header, keys = backup_file.new_header(
        data_key=data_key,
        vault_slots=keyslots.SlotFile.new(),
        passphrase=None,
        kdf_params=None,
        schema_revision="r1",
        app_version="test",
    )
    payload = os.urandom(3 * backup_file.CHUNK_BYTES + 2 * PAGE_SIZE)
    out = io.BytesIO()
    backup_file.write_pages(out, header, keys, io.BytesIO(payload), len(payload), lambda: {"x": 1})
    return header, keys, payload, out.getvalue()


def chunk_bounds(header, payload_len: int) -> list[tuple[int, int]]:
    at = 8 + 4 + len(header.raw) + backup_file.PARAMS_BYTES
    bounds = []
    for start in range(0, payload_len, backup_file.CHUNK_BYTES):
        size = min(backup_file.CHUNK_BYTES, payload_len - start) + backup_file.TAG_BYTES
        bounds.append((at, at + size))
        at += size
    return bounds


def read(tmp_path, header, keys, data: bytes):
    path = tmp_path / "x.ehrbak"
    path.write_bytes(data)
    chunks = []
    # A copy: read_pages hands over a view of a buffer it reuses for the next chunk.
    manifest = backup_file.read_pages(path, header, keys, lambda c, p: chunks.append((p, bytes(c))))
    return manifest, chunks


def test_the_chunks_give_back_the_pages_and_the_manifest(sealed, tmp_path):
    header, keys, payload, data = sealed
    assert data[7] == 2
    manifest, chunks = read(tmp_path, header, keys, data)
    assert b"".join(c for _p, c in chunks) == payload
    assert [p for p, _c in chunks] == [1, 257, 513, 769]
    assert manifest == {
        "x": 1,
        "payload_bytes": len(payload),
        "page_size": PAGE_SIZE,
        "page_count": len(payload) // PAGE_SIZE,
    }
    assert payload[:4096] not in data and payload[-4096:] not in data


@pytest.mark.parametrize("how", ["swap", "repeat", "drop-last", "drop-middle", "extend"])
def test_reordered_repeated_dropped_or_added_chunks_are_detected(sealed, tmp_path, how):
    header, keys, payload, data = sealed
    bounds = chunk_bounds(header, len(payload))
    head, tail = data[: bounds[0][0]], data[bounds[-1][1] :]
    chunks = [data[a:b] for a, b in bounds]
    if how == "swap":
        chunks[0], chunks[1] = chunks[1], chunks[0]
    elif how == "repeat":
        chunks[2] = chunks[1]
    elif how == "drop-last":
        chunks = chunks[:-1]
    elif how == "drop-middle":
        chunks = chunks[:1] + chunks[2:]
    else:
        chunks = [*chunks, chunks[-1]]
    with pytest.raises(BackupDamaged):
        read(tmp_path, header, keys, head + b"".join(chunks) + tail)


def test_chunks_of_another_backup_are_detected(sealed, tmp_path):
    header, keys, payload, data = sealed
    # Another backup of the same pages (its own random backup key and id): its chunks, even at
    # the same place, do not authenticate here.
    other_header, other_keys = backup_file.new_header(
        data_key=keys.data_key,
        vault_slots=header.vault_slots,
        passphrase=None,
        kdf_params=None,
        schema_revision="r1",
        app_version="test",
    )
    out = io.BytesIO()
    backup_file.write_pages(out, other_header, other_keys, io.BytesIO(payload), len(payload), dict)
    other = out.getvalue()
    (a, b) = chunk_bounds(header, len(payload))[1]
    (c, d) = chunk_bounds(other_header, len(payload))[1]
    mixed = data[:a] + other[c:d] + data[b:]
    assert len(mixed) == len(data)
    with pytest.raises(BackupDamaged):
        read(tmp_path, header, keys, mixed)


def test_a_short_source_is_an_error_not_a_short_backup(sealed):
    header, keys, payload, _data = sealed
    with pytest.raises(OSError):
        backup_file.write_pages(
            io.BytesIO(), header, keys, io.BytesIO(payload[:-PAGE_SIZE]), len(payload), dict
        )


def test_the_file_check_in_two_processes_agrees_with_sqlcipher(sqlcipher_file):
    path, key, data = sqlcipher_file
    pages = len(data) // PAGE_SIZE
    assert page_mac.PAGE_SIZE == PAGE_SIZE
    assert page_mac.check_file_range(str(path), key, 1, pages + 1) == []
    damaged = bytearray(data)
    damaged[6 * PAGE_SIZE + 10] ^= 0x80  # page 7
    path.write_bytes(bytes(damaged))
    check = page_mac.FileCheck(path, key, pages)
    assert check.finish() == [7]
    path.write_bytes(data[: 5 * PAGE_SIZE])  # shorter than its page count: the rest is bad
    assert page_mac.check_file_range(str(path), key, 1, 8) == [6, 7]
