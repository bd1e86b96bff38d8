"""Icons from resources/icons (Lucide, SVG), tinted to the palette's text colour."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ehr_desktop.resources import resource_path


@cache
def _svg(name: str) -> bytes:
    return resource_path("icons", f"{name}.svg").read_bytes()


_rendered: dict[tuple[str, str], QIcon] = {}


def icon(name: str, color: str | None = None) -> QIcon:
    """A crisp icon at common sizes; `currentColor` becomes the palette's text colour.

    Rendered once per name and colour: a screen full of toolbars would otherwise spend tens
    of milliseconds drawing the same SVGs again."""
    palette = QGuiApplication.palette()
    tint = color or palette.windowText().color().name()
    cached = _rendered.get((name, tint))
    if cached is not None:
        return cached
    data = _svg(name).replace(b"currentColor", tint.encode())
    renderer = QSvgRenderer(QByteArray(data))
    result = QIcon()
    for size in (16, 20, 24, 32, 48):
        for ratio in (1, 2):
            image = QImage(
                QSize(size * ratio, size * ratio), QImage.Format.Format_ARGB32_Premultiplied
            )
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            result.addPixmap(pixmap)
    _rendered[(name, tint)] = result
    return result


def app_icon() -> QIcon:
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        result.addFile(
            str(resource_path("icons", "app", f"ehr-desktop-{size}.png")), QSize(size, size)
        )
    return result
