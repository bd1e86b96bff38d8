"""Render resources/icons/app/ehr-desktop.svg to PNGs, a Windows .ico and a macOS .icns."""

import os
import struct
import sys
from pathlib import Path

# Must be set before Qt is imported so no display server is needed.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

APP_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "app"
SVG_PATH = APP_DIR / "ehr-desktop.svg"
BASENAME = "ehr-desktop"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# PNG-payload ICNS element types and their pixel sizes (ic11..ic14 are the @2x variants).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    """Render the SVG into a size x size transparent image and return it PNG-encoded."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise RuntimeError(f"could not encode {size}px PNG")
    buffer.close()
    return bytes(data.data())


def build_ico(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into an ICO container (PNG entries are valid since Windows Vista).

    Layout (all little-endian):
      ICONDIR       reserved=0 (u16), type=1 for icons (u16), image count (u16)
      ICONDIRENTRY  one 16-byte record per image, in the same order as the data:
                    width (u8), height (u8) -- 0 means 256 --, palette size=0 (u8),
                    reserved=0 (u8), colour planes=1 (u16), bits per pixel=32 (u16),
                    payload size in bytes (u32), payload offset from file start (u32)
      payloads      the PNG files themselves, back to back
    """
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)  # first payload follows the directory
    entries = b""
    for size in sizes:
        dim = 0 if size >= 256 else size  # a byte cannot hold 256, so 0 stands for it
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
    return header + entries + b"".join(pngs[size] for size in sizes)


def build_icns(pngs: dict[int, bytes]) -> bytes:
    """Pack PNG images into an ICNS container.

    Layout (all big-endian): magic b"icns" + total file length (u32), then one element per
    image: four-byte type code + element length including this 8-byte header (u32) + PNG data.
    """
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # must outlive rendering
    renderer = QSvgRenderer(str(SVG_PATH))
    if not renderer.isValid():
        print(f"error: cannot load {SVG_PATH}", file=sys.stderr)
        return 1

    wanted = set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES}
    pngs = {size: render_png(renderer, size) for size in sorted(wanted)}

    for size in PNG_SIZES:
        (APP_DIR / f"{BASENAME}-{size}.png").write_bytes(pngs[size])
    (APP_DIR / f"{BASENAME}.ico").write_bytes(build_ico({s: pngs[s] for s in ICO_SIZES}))
    (APP_DIR / f"{BASENAME}.icns").write_bytes(build_icns(pngs))

    print(f"wrote {len(PNG_SIZES)} PNGs, {BASENAME}.ico and {BASENAME}.icns to {APP_DIR}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
