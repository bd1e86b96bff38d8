"""EHR Desktop: an offline, encrypted personnel archive and KPI appraisal tool."""

from __future__ import annotations

APP_NAME = "EHR Desktop"
APP_ID = "ehr-desktop"


def __getattr__(name: str) -> str:
    # The version is read from the installed metadata only when something asks for it:
    # importlib.metadata costs ≈ 60 ms, which every process would otherwise pay at start,
    # the roster reader's child process included.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("ehr-desktop")
    except PackageNotFoundError:  # running from a source tree without installation
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
