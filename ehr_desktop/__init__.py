"""EHR Desktop: an offline, encrypted personnel archive and KPI appraisal tool."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("ehr-desktop")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0+source"

APP_NAME = "EHR Desktop"
APP_ID = "ehr-desktop"
