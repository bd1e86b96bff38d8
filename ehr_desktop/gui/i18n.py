"""Language selection and Qt translators (our .qm plus Qt's own for standard buttons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ehr_desktop.resources import resource_path

SUPPORTED = ("zh_CN", "en")


def resolve_language(preference: str, system: QLocale | None = None) -> str:
    """The preference if set, else Chinese for any Chinese system locale, else English."""
    if preference in SUPPORTED:
        return preference
    system = system or QLocale.system()
    return "zh_CN" if system.language() == QLocale.Language.Chinese else "en"


_installed: list[QTranslator] = []


def install(language: str) -> None:
    """Replaces the application's translators; QLocale's default follows the language."""
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"ehr_desktop_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_base = QTranslator(app)
    if qt_base.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt_base)
        _installed.append(qt_base)
