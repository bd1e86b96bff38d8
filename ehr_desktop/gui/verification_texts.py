"""Words for a vault check's results (shared by Settings and the CLI)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ehr_desktop.services.verification import VerificationReport

CHECK_LABELS = {
    "files": QT_TRANSLATE_NOOP("Verification", "Vault files complete"),
    "file": QT_TRANSLATE_NOOP("Verification", "Backup file complete and unaltered"),
    "counts": QT_TRANSLATE_NOOP("Verification", "Record counts match"),
    "cipher": QT_TRANSLATE_NOOP("Verification", "Encryption intact"),
    "integrity": QT_TRANSLATE_NOOP("Verification", "Database structure intact"),
    "foreign_keys": QT_TRANSLATE_NOOP("Verification", "Records consistent"),
    "schema": QT_TRANSLATE_NOOP("Verification", "Data format known"),
    "audit_tail": QT_TRANSLATE_NOOP("Verification", "Audit trail complete up to its last entry"),
    "audit_chain": QT_TRANSLATE_NOOP("Verification", "Audit trail unbroken"),
}


def check_label(name: str) -> str:
    label = CHECK_LABELS.get(name)
    return QCoreApplication.translate("Verification", label) if label else name


def report_lines(report) -> list[str]:
    """One line per check of a vault or backup report (anything with .results)."""
    lines = []
    for result in report.results:
        mark = "✓" if result.ok else "✗"
        detail = ""
        if result.problem:
            detail = f"  ({result.problem}{' @ ' + result.at if result.at else ''})"
        lines.append(f"{mark} {check_label(result.check.value)}{detail}")
    return lines


def describe_report(report: VerificationReport) -> str:
    summary = (
        QCoreApplication.translate("Verification", "The vault is intact.")
        if report.ok
        else QCoreApplication.translate(
            "Verification",
            "The vault has problems. Keep the app closed, make no changes and restore the latest good backup.",
        )
    )
    return "\n".join([*report_lines(report), "", summary])
