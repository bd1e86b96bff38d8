"""The `ehr-desktop` console script's entry point.

Deliberately light: a child process started with multiprocessing's "spawn" (the roster and
workbook readers' memory-limited children) runs the main script again before its task. With
`ehr_desktop.cli` imported here at module level, each child would load Qt and every service
first (≈ 0.3 s and tens of MB, inside the child's memory ceiling).
"""

from __future__ import annotations


def main() -> int:
    from ehr_desktop.cli import main as cli_main

    return cli_main()
