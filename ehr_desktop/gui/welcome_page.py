"""First start (or no vault open): create, demo, restore, open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from ehr_desktop.gui.forms.ui_welcome_page import Ui_WelcomePage
from ehr_desktop.gui.icons import app_icon, icon


class WelcomePage(QWidget):
    create_requested = Signal()
    demo_requested = Signal()
    restore_requested = Signal()
    open_requested = Signal()
    recent_chosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.logoLabel.setPixmap(app_icon().pixmap(56, 56))
        self.ui.createButton.setIcon(icon("file-plus"))
        self.ui.demoButton.setIcon(icon("sparkles"))
        self.ui.restoreButton.setIcon(icon("hard-drive-download"))
        self.ui.openButton.setIcon(icon("folder-open"))
        self.ui.createButton.clicked.connect(self.create_requested)
        self.ui.demoButton.clicked.connect(self.demo_requested)
        self.ui.restoreButton.clicked.connect(self.restore_requested)
        self.ui.openButton.clicked.connect(self.open_requested)
        self.ui.recentList.itemActivated.connect(
            lambda item: self.recent_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )

    def set_recent(self, paths: list[str]) -> None:
        existing = [p for p in paths if Path(p).exists()]
        self.ui.recentList.clear()
        for path in existing:
            item = QListWidgetItem(icon("database"), Path(path).name.removesuffix(".ehrvault"))
            item.setToolTip(path)
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.ui.recentList.addItem(item)
        self.ui.recentLabel.setVisible(bool(existing))
        self.ui.recentList.setVisible(bool(existing))

    def set_busy(self, message: str, done: int = 0, total: int = 0) -> None:
        """Shows progress of demo creation; an empty message hides it."""
        self.ui.statusLabel.setText(message)
        self.ui.busyBar.setVisible(bool(message))
        self.ui.busyBar.setRange(0, total)
        self.ui.busyBar.setValue(done)
        for button in (
            self.ui.createButton,
            self.ui.demoButton,
            self.ui.restoreButton,
            self.ui.openButton,
        ):
            button.setEnabled(not message)
