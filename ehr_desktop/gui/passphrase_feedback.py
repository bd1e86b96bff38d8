"""Live strength feedback under a passphrase field."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel

from ehr_desktop.domain.passphrase import Hint, Strength, assess
from ehr_desktop.gui.roles import set_role

_STRENGTH = {
    Strength.TOO_WEAK: QT_TRANSLATE_NOOP("Passphrase", "Too weak"),
    Strength.WEAK: QT_TRANSLATE_NOOP("Passphrase", "Weak"),
    Strength.FAIR: QT_TRANSLATE_NOOP("Passphrase", "Fair"),
    Strength.GOOD: QT_TRANSLATE_NOOP("Passphrase", "Good"),
    Strength.STRONG: QT_TRANSLATE_NOOP("Passphrase", "Strong"),
}
_HINTS = {
    Hint.TOO_SHORT: QT_TRANSLATE_NOOP("Passphrase", "use at least 10 characters"),
    Hint.COMMON_WORD: QT_TRANSLATE_NOOP("Passphrase", "avoid common passwords"),
    Hint.REPEATED: QT_TRANSLATE_NOOP("Passphrase", "avoid repeated characters"),
    Hint.SEQUENCE: QT_TRANSLATE_NOOP("Passphrase", "avoid sequences like 1234 or qwer"),
    Hint.ONE_KIND: QT_TRANSLATE_NOOP(
        "Passphrase", "mix in digits, capitals or symbols, or use more words"
    ),
}
_ROLE = {Strength.TOO_WEAK: "error", Strength.WEAK: "warning"}


def show_strength(label: QLabel, passphrase: str) -> bool:
    """Updates `label`; returns whether the passphrase is acceptable."""
    if not passphrase:
        label.setText("")
        return False
    report = assess(passphrase)
    text = QCoreApplication.translate("Passphrase", "Strength: {strength}").format(
        strength=QCoreApplication.translate("Passphrase", _STRENGTH[report.strength])
    )
    if report.hints:
        hints = "; ".join(QCoreApplication.translate("Passphrase", _HINTS[h]) for h in report.hints)
        text += " — " + hints
    label.setText(text)
    set_role(label, _ROLE.get(report.strength, "hint"))
    return report.acceptable
