"""Asking why: reopening a cycle or a form, changing a finalized form. The reason is required
and kept with the change; with an action, a refusal keeps the dialog open and says why."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ehr_desktop.domain.errors import EhrError
from ehr_desktop.domain.kpi import KpiRefused
from ehr_desktop.gui.messages import describe, describe_kpi, describe_kpi_error
from ehr_desktop.gui.roles import error_label


def _set_text(widget: QLabel, text: str) -> None:
    widget.setText(text)
    widget.setVisible(bool(text))


class ReasonDialog(QDialog):
    """Asks for a reason (reopening a form, changing a finalized one). `action`, when given, is
    carried out with it on Save; a refusal keeps the dialog open with the sentence under the
    field."""

    def __init__(
        self,
        title: str,
        intro: str,
        action: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
        *,
        button_text: str = "",
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._action = action
        self.reason = ""
        layout = QVBoxLayout(self)
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        layout.addWidget(intro_label)
        form = QFormLayout()
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setPlainText(reason)
        self.reason_edit.setFixedHeight(self.fontMetrics().height() * 4)
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.reason_edit)
        self.reason_error = error_label()
        self.reason_error.hide()
        column.addWidget(self.reason_error)
        caption = QLabel(self.tr("Reason *"))
        caption.setBuddy(self.reason_edit)
        form.addRow(caption, holder)
        layout.addLayout(form)
        self.error_label = error_label()
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if button_text:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(button_text)
        self.buttons.accepted.connect(self._save_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self._save_clicked)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        self.reason_edit.setFocus()

    def field_error(self) -> str:
        return self.reason_error.text() if not self.reason_error.isHidden() else ""

    def submit(self) -> bool:
        """Checks the reason and carries out the action; False (and why, shown) when refused."""
        _set_text(self.reason_error, "")
        _set_text(self.error_label, "")
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            _set_text(self.reason_error, describe_kpi("reason_required"))
            self.reason_edit.setFocus()
            return False
        if self._action is not None:
            try:
                self._action(reason)
            except KpiRefused as refusal:
                target = (
                    self.reason_error if refusal.rule == "reason_required" else self.error_label
                )
                _set_text(target, describe_kpi_error(refusal))
                return False
            except EhrError as error:
                _set_text(self.error_label, describe(error))
                return False
        self.reason = reason
        return True

    def _save_clicked(self) -> None:
        if self.submit():
            self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        intro: str,
        action: Callable[[str], None] | None = None,
        *,
        button_text: str = "",
        reason: str = "",
    ) -> str | None:
        """The reason given (the action done), or None when cancelled."""
        dialog = cls(title, intro, action, parent, button_text=button_text, reason=reason)
        try:
            return dialog.reason if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
