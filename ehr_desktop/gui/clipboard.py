"""Copies secrets to the clipboard as KeePassXC does: hidden from managers, cleared soon."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QTimer
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000
_pending: list[str] = []


def copy_secret(text: str) -> None:
    data = QMimeData()
    data.setText(text)
    # Hints honoured by KDE Klipper, Windows clipboard history and macOS managers.
    data.setData("x-kde-passwordManagerHint", b"secret")
    data.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
    data.setData("CanIncludeInClipboardHistory", b"\x00\x00\x00\x00")
    data.setData("org.nspasteboard.ConcealedType", b"")
    QGuiApplication.clipboard().setMimeData(data)
    _pending.append(text)
    QTimer.singleShot(CLEAR_AFTER_MS, clear_secrets)


def clear_secrets() -> None:
    """Clears the clipboard if it still holds something we put there (also called on quit/lock)."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None and clipboard.text() in _pending:
        clipboard.clear()
    _pending.clear()
