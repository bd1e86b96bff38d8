"""Entry script of the PyInstaller bundle: the same `ehr_desktop.cli:main` as the console script.

With EHR_BUNDLE_SELFCHECK=1 in the environment it instead checks, from inside the frozen app,
the parts PyInstaller can silently get wrong (data files, compiled modules, entry-point
metadata, Qt translations) and prints one JSON report; exit code 0 only if every check passed.
installer/build.sh runs it after each build. It reads no vault and writes nothing to disk.
"""

from __future__ import annotations

import os
import sys


def _selfcheck() -> int:
    import importlib
    import io
    import json
    from importlib import metadata
    from pathlib import Path

    bundle = Path(getattr(sys, "_MEIPASS", "")).resolve()
    report: dict[str, object] = {}
    failed: list[str] = []

    def inside_bundle(path) -> bool:
        return bundle != Path("") and Path(path).resolve().is_relative_to(bundle)

    def check(name, function) -> None:
        try:
            report[name] = function()
        except Exception as exc:  # report every failure, not just the first
            report[name] = f"FAILED: {type(exc).__name__}: {exc}"
            failed.append(name)

    def frozen():
        assert getattr(sys, "frozen", False), "not running from a PyInstaller bundle"
        return str(bundle)

    def version():
        from ehr_desktop import __version__

        assert "+source" not in __version__, "ehr-desktop metadata missing from the bundle"
        return __version__

    def resources():
        from ehr_desktop.resources import resource_path, resources_root

        root = resources_root()
        assert inside_bundle(root), f"resources found outside the bundle: {root}"
        for parts in (
            ("fonts", "wqy-microhei.ttc"),
            ("styles", "app.qss"),
            ("styles", "app-dark.qss"),
            ("translations", "ehr_desktop_zh_CN.qm"),
            ("icons", "app", "ehr-desktop-256.png"),
            ("icons", "lock.svg"),
        ):
            assert resource_path(*parts).is_file(), f"missing resource {'/'.join(parts)}"
        return str(root)

    def migrations():
        from alembic.config import Config
        from alembic.script import ScriptDirectory

        from ehr_desktop.persistence import schema

        config = Config()
        config.set_main_option("script_location", "ehr_desktop.persistence:migrations")
        scripts = ScriptDirectory.from_config(config)
        folder = Path(scripts.dir)
        assert inside_bundle(folder), f"migrations found outside the bundle: {folder}"
        assert (folder / "env.py").is_file(), "migrations/env.py is not on disk"
        files = sorted(p.name for p in (folder / "versions").glob("*.py"))
        assert files, "no migration scripts on disk"
        return {
            "head": schema.head_revision(),
            "revisions": len(schema.known_revisions()),
            "files": files,
        }

    def sqlcipher():
        import sqlcipher3.dbapi2 as sqlcipher

        module = sys.modules["sqlcipher3._sqlite3"]
        assert inside_bundle(module.__file__), f"sqlcipher3 loaded from {module.__file__}"
        connection = sqlcipher.connect(":memory:")
        try:
            cipher = connection.execute("PRAGMA cipher_version").fetchone()
            provider = connection.execute("PRAGMA cipher_provider").fetchone()
        finally:
            connection.close()
        assert cipher and cipher[0], "PRAGMA cipher_version is empty: not SQLCipher"
        return {
            "cipher_version": cipher[0],
            "provider": provider[0] if provider else None,
            "sqlite": sqlcipher.sqlite_version,
        }

    def keyring_backends():
        import keyring
        import keyring.backend

        points = metadata.entry_points(group="keyring.backends")
        assert points, "no keyring.backends entry points: keyring metadata not bundled"
        loaded, broken = [], {}
        for point in points:
            try:
                point.load()
                loaded.append(point.name)
            except Exception as exc:  # other platforms' backends may not import here
                broken[point.name] = type(exc).__name__
        needed = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
        assert needed in loaded, f"the {needed} keyring backend did not load"
        if needed == "SecretService":  # the backend imports these in try/except: check them
            importlib.import_module("secretstorage")
            importlib.import_module("jeepney.io.blocking")
        viable = sorted(type(k).__module__ for k in keyring.backend.get_all_keyring())
        return {
            "entry_points": loaded,
            "not_loadable_here": broken,
            "viable_here": viable,
            "selected": type(keyring.get_keyring()).__module__,
        }

    def qt():
        from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

        from ehr_desktop.resources import resource_path

        _app = QCoreApplication.instance() or QCoreApplication([sys.argv[0]])
        translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        assert inside_bundle(translations), f"Qt translations path outside bundle: {translations}"
        assert QTranslator().load("qtbase_zh_CN", translations), "qtbase_zh_CN.qm not loadable"
        ours = str(resource_path("translations", "ehr_desktop_zh_CN.qm"))
        assert QTranslator().load(ours), "ehr_desktop_zh_CN.qm not loadable"
        plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
        return {
            "translations": translations,
            "plugins": plugins,
            "qm_files": sorted(p.name for p in Path(translations).glob("*.qm")),
        }

    def qt_modules_kept_for_later():
        # Print preview and PDF viewing come later; the bundle must already carry them.
        names = ["QtSvg", "QtSvgWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets"]
        for name in names:
            importlib.import_module(f"PySide6.{name}")
        return names

    def qt_modules_excluded():
        present = []
        for name in ("QtWebEngineCore", "QtQuick", "QtQml", "QtMultimedia", "Qt3DCore"):
            try:
                importlib.import_module(f"PySide6.{name}")
                present.append(name)
            except ImportError:
                pass
        assert not present, f"excluded Qt modules are in the bundle: {present}"
        return "absent"

    def pdf():
        from reportlab.pdfgen import canvas

        from ehr_desktop.exchange.fonts import register_cjk_font

        font = register_cjk_font()
        buffer = io.BytesIO()
        page = canvas.Canvas(buffer, initialFontName=font)
        page.drawString(72, 720, "EHR Desktop 人事档案 0123456789")
        page.save()
        data = buffer.getvalue()
        assert data.startswith(b"%PDF") and len(data) > 1000, "reportlab produced no PDF"
        return {"font": font, "bytes": len(data)}

    for name, function in [
        ("frozen", frozen),
        ("version", version),
        ("resources", resources),
        ("migrations", migrations),
        ("sqlcipher", sqlcipher),
        ("keyring", keyring_backends),
        ("qt", qt),
        ("qt_modules_kept_for_later", qt_modules_kept_for_later),
        ("qt_modules_excluded", qt_modules_excluded),
        ("pdf", pdf),
    ]:
        check(name, function)
    report["failed"] = failed
    print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    if os.environ.get("EHR_BUNDLE_SELFCHECK") == "1":
        raise SystemExit(_selfcheck())
    from ehr_desktop.cli import main

    raise SystemExit(main())
