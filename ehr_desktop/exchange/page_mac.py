"""Every page's own SQLCipher HMAC, checked without SQLite (and without decrypting anything).

Light on purpose (hashlib and the standard library only): `check_file_range` runs in spawned
child processes, which import this module and nothing heavy.
"""

from __future__ import annotations

import hashlib
import multiprocessing
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

PAGE_SIZE = 4096  # = persistence.engine.PAGE_SIZE (a test keeps them equal)
CHUNK_BYTES = 1024 * 1024
SALT_BYTES = 16
HMAC_BYTES = 64
LOCK_PAGE = 0x40000000 // PAGE_SIZE + 1  # the page holding SQLite's 1 GiB lock byte


_SHA512_BLOCK = 128


def _template(data_key: bytes, salt: bytes) -> tuple[hashlib._Hash, hashlib._Hash]:
    """HMAC-SHA512 under the page MAC key as two keyed SHA-512 states (RFC 2104's inner and
    outer hash after the padded key): copying these per page costs only C calls, where
    hmac.HMAC.copy() adds Python frames that took ~40 % of the page check's time."""
    mac_key = hashlib.pbkdf2_hmac("sha512", data_key, bytes(b ^ 0x3A for b in salt), 2, 32)
    padded = mac_key.ljust(_SHA512_BLOCK, b"\0")
    inner = hashlib.sha512(bytes(b ^ 0x36 for b in padded))
    outer = hashlib.sha512(bytes(b ^ 0x5C for b in padded))
    return inner, outer


def _bad_pages(
    template: tuple[hashlib._Hash, hashlib._Hash], chunk: bytes, first_page: int
) -> list[int]:
    view = memoryview(chunk)
    new_inner, new_outer = template[0].copy, template[1].copy
    bad = []
    end = PAGE_SIZE - HMAC_BYTES
    for i in range(len(chunk) // PAGE_SIZE):
        page = first_page + i
        if page == LOCK_PAGE:
            continue
        at = i * PAGE_SIZE
        inner = new_inner()
        inner.update(view[at + (SALT_BYTES if page == 1 else 0) : at + end])
        inner.update(page.to_bytes(4, "little"))
        outer = new_outer()
        outer.update(inner.digest())
        # A plain comparison: these MACs are checked, not used to answer an attacker's queries.
        if outer.digest() != view[at + end : at + PAGE_SIZE]:
            bad.append(page)
    return bad


class PageMacCheck:
    """Checks every page's own SQLCipher HMAC under the vault data key, without SQLite.

    SQLCipher 4 defaults with a raw 256-bit key, as the vault uses them (tests/test_backup_pages.py
    checks these facts against real SQLCipher output):

    - page 1 starts with the file's 16-byte random salt;
    - each page ends with a reserved area of 80 bytes: 16-byte IV, then a 64-byte HMAC;
    - HMAC-SHA512 over the page up to the HMAC (page 1 without its salt), then the page number
      as 4 bytes little-endian, keyed with PBKDF2-HMAC-SHA512(data key, salt XOR 0x3a, 2
      iterations, 32 bytes);
    - the page holding the 1 GiB lock byte is never written by SQLite and is skipped.

    Pages are handed over in chunks and checked by `workers` threads (hashlib releases the GIL
    while it hashes a page), so the check overlaps the reading and decryption of the next chunks.
    """

    def __init__(self, data_key: bytes, workers: int = 2) -> None:
        self._data_key = data_key
        self._template: tuple[hashlib._Hash, hashlib._Hash] | None = None
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="page-mac")
        self._pending: list[Future] = []
        self._limit = 4 * workers
        self.bad: list[int] = []

    def __call__(self, chunk: bytes, first_page: int) -> None:
        if self._template is None:
            self._template = _template(self._data_key, bytes(chunk[:SALT_BYTES]))
        # A copy: the caller may reuse its buffer (read_pages does) while a thread checks it.
        self._pending.append(self._pool.submit(self._check, bytes(chunk), first_page))
        if len(self._pending) >= self._limit:
            self.bad.extend(self._pending.pop(0).result())

    def _check(self, chunk: bytes, first_page: int) -> list[int]:
        assert self._template is not None
        return _bad_pages(self._template, chunk, first_page)

    def finish(self) -> list[int]:
        """Waits for every page; returns the numbers of pages whose HMAC does not match."""
        try:
            for future in self._pending:
                self.bad.extend(future.result())
        finally:
            self._pending.clear()
            self._pool.shutdown(wait=True, cancel_futures=True)
        return sorted(self.bad)

    def cancel(self) -> None:
        self._pending.clear()
        self._pool.shutdown(wait=True, cancel_futures=True)


def check_file_range(path: str, data_key: bytes, first_page: int, end_page: int) -> list[int]:
    """The pages in [first_page, end_page) of a SQLCipher file whose HMAC does not match (a
    page missing from the file counts as bad)."""
    bad: list[int] = []
    with Path(path).open("rb") as handle:
        template = _template(data_key, handle.read(SALT_BYTES))
        handle.seek((first_page - 1) * PAGE_SIZE)
        page = first_page
        while page < end_page:
            count = min(CHUNK_BYTES // PAGE_SIZE, end_page - page)
            data = handle.read(count * PAGE_SIZE)
            bad.extend(_bad_pages(template, data, page))
            whole = len(data) // PAGE_SIZE
            if whole < count:
                bad.extend(range(page + whole, end_page))
                break
            page += count
    return bad


class FileCheck:
    """`check_file_range` over pages 1 … page_count of a file that does not change meanwhile
    (the vault file under the backup's read pin), split between `workers` spawned processes so
    the HMACs use both CPUs while this process seals the same pages."""

    def __init__(self, path: Path, data_key: bytes, page_count: int, workers: int = 2) -> None:
        self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
        step = -(-page_count // workers)
        self._futures = [
            self._pool.submit(
                check_file_range, str(path), data_key, first, min(first + step, page_count + 1)
            )
            for first in range(1, page_count + 1, step)
        ]

    def finish(self) -> list[int]:
        try:
            return sorted(page for future in self._futures for page in future.result())
        finally:
            self._pool.shutdown(wait=True)

    def cancel(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
