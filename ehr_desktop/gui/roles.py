"""Style roles (resources/styles/*.qss selects on the `role` property): title, hint, error, …"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def set_role(widget: QWidget, role: str) -> None:
    """Changes a widget's role and re-applies the stylesheet to it (Qt does not do that itself)."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def role_label(text: str, role: str, *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setWordWrap(wrap)
    return label


def title_label(text: str) -> QLabel:
    return role_label(text, "pageTitle", wrap=False)


def hint_label(text: str = "") -> QLabel:
    return role_label(text, "hint")


def error_label(text: str = "") -> QLabel:
    return role_label(text, "error")
