"""Every icon the packages need, made from the one source resources/icons/oicreader.svg.

Qt renders the SVG to PNGs (QtSvg is part of PySide6-Essentials); the Windows `.ico` and
the macOS `.icns` are written here by hand. Both are containers of PNG images, which every
Windows since Vista and every macOS since 10.7 reads, so no image library is needed and the
build has one dependency fewer.

Run as a script: `python packaging/icons.py [SVG] [OUT_DIR]` (defaults: the app's icon,
build/icons). It writes `png/<size>.png`, `oicreader.ico` and `oicreader.icns`.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SOURCE = ROOT / "resources" / "icons" / "oicreader.svg"
DEFAULT_OUTPUT = ROOT / "build" / "icons"

# Linux hicolor sizes, the sizes inside the .ico and the .icns, in one list.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # Windows' shell picks among these
# The element types of an .icns that hold PNG data, with their pixel size (iconutil's set).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),  # 16 pt @2x
    (b"ic12", 64),  # 32 pt @2x
    (b"ic07", 128),
    (b"ic13", 256),  # 128 pt @2x
    (b"ic08", 256),
    (b"ic14", 512),  # 256 pt @2x
    (b"ic09", 512),
    (b"ic10", 1024),  # 512 pt @2x
)


def render_pngs(svg: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, bytes]:
    """The SVG rendered square at each size, as PNG file contents. Needs a QGuiApplication."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: TID251 (build tool)
    from PySide6.QtGui import QImage, QPainter  # noqa: TID251
    from PySide6.QtSvg import QSvgRenderer  # noqa: TID251

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: Qt cannot read this SVG")
    pngs: dict[int, bytes] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise OSError(f"Qt could not encode the {size}px icon as PNG")
        buffer.close()
        pngs[size] = bytes(data.data())
    return pngs


def ico_bytes(pngs: dict[int, bytes], sizes: tuple[int, ...] = ICO_SIZES) -> bytes:
    """A Windows .ico holding the given PNG images (ICONDIR, one entry per size, the data)."""
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    entries = b""
    images = b""
    offset = len(header) + 16 * len(sizes)
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        images += data
        offset += len(data)
    return header + entries + images


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns: the header, then one PNG element per type in ICNS_TYPES.

    No table of contents: it is optional, and readers disagree on whether its length
    counts its own header (Qt's reader warns on the form iconutil writes).
    """
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_icons(svg: Path = ICON_SOURCE, output: Path = DEFAULT_OUTPUT) -> dict[str, Path]:
    """Write png/<size>.png, oicreader.ico and oicreader.icns under output; return their paths."""
    pngs = render_pngs(svg)
    (output / "png").mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for size, data in pngs.items():
        path = output / "png" / f"{size}.png"
        path.write_bytes(data)
        written[f"png{size}"] = path
    written["ico"] = output / "oicreader.ico"
    written["ico"].write_bytes(ico_bytes(pngs))
    written["icns"] = output / "oicreader.icns"
    written["icns"].write_bytes(icns_bytes(pngs))
    return written


def main(argv: list[str]) -> int:
    """Render the icons without a display."""
    svg = Path(argv[0]) if argv else ICON_SOURCE
    output = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUTPUT
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication  # noqa: TID251

    application = QGuiApplication(sys.argv[:1])
    written = write_icons(svg, output)
    del application
    print(f"icons: {len(written)} files in {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
