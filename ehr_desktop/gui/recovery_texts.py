"""The recovery sheet's words, translated (shared by the wizard, Settings and the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ehr_desktop.exchange.recovery_sheet import RecoverySheetText


def recovery_sheet_text() -> RecoverySheetText:
    return RecoverySheetText(
        title=QCoreApplication.translate("RecoverySheet", "Vault recovery sheet"),
        vault_label=QCoreApplication.translate("RecoverySheet", "Vault:"),
        created_label=QCoreApplication.translate("RecoverySheet", "Printed on:"),
        key_label=QCoreApplication.translate("RecoverySheet", "Recovery key:"),
        instructions=(
            QCoreApplication.translate(
                "RecoverySheet",
                'If the passphrase is forgotten, open the vault in EHR Desktop, choose "Use recovery key" and type this key to set a new passphrase.',
            ),
            QCoreApplication.translate(
                "RecoverySheet",
                "Letters and digits are what count: upper or lower case and the dashes do not matter.",
            ),
            QCoreApplication.translate(
                "RecoverySheet",
                "A backup of the vault can also be restored on another computer with this key.",
            ),
        ),
        warning=QCoreApplication.translate(
            "RecoverySheet",
            "Anyone holding this sheet can open all personnel records. Keep it locked away (for example in the company safe), not next to the computer, and never as a photo or file on the computer.",
        ),
        footer=QCoreApplication.translate(
            "RecoverySheet",
            "EHR Desktop — recovery sheet. A new recovery key (Settings) makes this sheet invalid.",
        ),
    )
