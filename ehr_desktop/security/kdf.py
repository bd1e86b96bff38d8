"""Memory-hard key derivation (Argon2id), parameters stored in each slot and tuned per machine."""

from __future__ import annotations

import os
import time
from dataclasses import asdict, dataclass

from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

TARGET_SECONDS = 0.5
MIN_ITERATIONS = 3
MAX_ITERATIONS = 64


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = 128 * 1024
    iterations: int = MIN_ITERATIONS
    lanes: int = 4

    def to_json(self) -> dict:
        return {"name": "argon2id", **asdict(self)}

    @classmethod
    def from_json(cls, data: dict) -> Argon2Params:
        if data.get("name") != "argon2id":
            raise ValueError("unknown key derivation")
        params = cls(int(data["memory_kib"]), int(data["iterations"]), int(data["lanes"]))
        # Refuse absurd values from a tampered file instead of exhausting memory or time.
        if not (8 <= params.memory_kib <= 4 * 1024 * 1024 and 1 <= params.iterations <= 1000):
            raise ValueError("key derivation parameters out of range")
        if not 1 <= params.lanes <= 64:
            raise ValueError("key derivation parameters out of range")
        return params


def derive(secret: bytes, salt: bytes, params: Argon2Params) -> bytes:
    return Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    ).derive(secret)


def expand(secret: bytes, salt: bytes, purpose: str) -> bytes:
    """A 256-bit key for one purpose from an already high-entropy secret."""
    return HKDF(algorithm=SHA256(), length=32, salt=salt, info=purpose.encode()).derive(secret)


def _timed(params: Argon2Params) -> float:
    started = time.perf_counter()
    derive(b"calibration", os.urandom(16), params)
    return max(time.perf_counter() - started, 1e-4)


def calibrate(
    target_seconds: float = TARGET_SECONDS, base: Argon2Params | None = None
) -> Argon2Params:
    """The iteration count that makes one derivation take about `target_seconds` here.

    Each derivation has a fixed cost (filling the memory) plus a cost per pass, so two probes
    fit a line instead of scaling one measurement.
    """
    base = base or Argon2Params()
    low = MIN_ITERATIONS

    def params(iterations: int) -> Argon2Params:
        return Argon2Params(base.memory_kib, iterations, base.lanes)

    low_seconds = _timed(params(low))
    if low_seconds >= target_seconds:
        return params(low)
    high = min(MAX_ITERATIONS, max(low + 2, round(low * target_seconds / low_seconds)))
    high_seconds = _timed(params(high))
    per_pass = max((high_seconds - low_seconds) / (high - low), 1e-4)
    iterations = low + round((target_seconds - low_seconds) / per_pass)
    return params(max(MIN_ITERATIONS, min(MAX_ITERATIONS, iterations)))
