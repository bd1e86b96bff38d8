"""Composition root of the desktop app: Qt application, fonts, style, translations, main window."""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

import platformdirs
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ehr_desktop import APP_ID, APP_NAME, __version__
from ehr_desktop.gui import gc_guard, i18n
from ehr_desktop.gui.icons import app_icon
from ehr_desktop.gui.main_window import AppContext, MainWindow
from ehr_desktop.gui.messages import describe
from ehr_desktop.gui.worker import JobRunner
from ehr_desktop.resources import CJK_FONT_FILE, resource_path
from ehr_desktop.services.preferences import PreferenceStore

log = logging.getLogger("ehr_desktop")
_fault_log = None


def log_folder() -> Path:
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def setup_logging() -> None:
    """A rotating log of what the app did — event names and error types, never personal data."""
    global _fault_log
    folder = log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "ehr-desktop.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        _fault_log = (folder / "crash.log").open("a", encoding="utf-8")
        faulthandler.enable(_fault_log)  # stack frames only, no values
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook() -> None:
    def hook(exc_type, exc, tb) -> None:
        # Exception messages can quote personal data (a value that failed to parse): log the
        # type and the code locations only.
        frames = "".join(traceback.format_tb(tb))
        log.error("unhandled %s.%s\n%s", exc_type.__module__, exc_type.__name__, frames)
        if QApplication.instance() is not None:
            QMessageBox.critical(None, APP_NAME, describe(exc))

    sys.excepthook = hook


def use_bundled_font_if_needed() -> None:
    """Registers the bundled CJK font; the default only where no system font has Chinese."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    system_chinese = [
        family
        for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
        if family not in families
    ]
    if families and not system_chinese:
        font = QFont(families[0])
        font.setPointSizeF(QGuiApplication.font().pointSizeF())
        QGuiApplication.setFont(font)


def apply_style(app: QApplication) -> None:
    dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    sheet = resource_path("styles", "app-dark.qss" if dark else "app.qss")
    app.setStyleSheet(sheet.read_text("utf-8"))


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    use_bundled_font_if_needed()
    apply_style(app)
    gc_guard.install()
    return app


def build_main_window(store: PreferenceStore | None = None) -> MainWindow:
    store = store or PreferenceStore()
    gc_guard.install()  # background jobs start from this window on
    i18n.install(i18n.resolve_language(store.load().language))
    return MainWindow(AppContext(preferences=store, jobs=JobRunner()))


def run_gui(argv: list[str] | None = None) -> int:
    from ehr_desktop.services import attachments

    app = create_application(argv)
    setup_logging()
    install_excepthook()
    log.info("EHR Desktop %s starting (locale %s)", __version__, QLocale.system().name())
    # Copies opened in other programs before a crash or a killed process: delete them now.
    left = attachments.ViewerCopies().discard_all()
    if left:
        log.warning("%d temporary attachment copies are still in use and stay for now", left)
    window = build_main_window()
    window.show()
    window.start()
    return app.exec()
