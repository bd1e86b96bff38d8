"""Where the legacy roster samples are: a copy in tests/fixtures (fake people, with the expected
outcome of every row), or another corpus of the same layout named by EHR_ROSTER_SAMPLES."""

from __future__ import annotations

import os
from pathlib import Path

ROSTERS = Path(
    os.environ.get("EHR_ROSTER_SAMPLES")
    or Path(__file__).resolve().parents[1] / "fixtures" / "rosters"
)
