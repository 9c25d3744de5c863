"""The icons made from resources/icons/oicreader.svg: PNG sizes, the .ico and the .icns."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader  # noqa: TID251 (reads the icons back)

from tests.packaging import packaging_module

icons = packaging_module("icons")

pytestmark = pytest.mark.gui


def _sizes_read_back(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.append(image.width())
    return sizes


def test_every_size_is_rendered_from_the_one_svg(qapp: object, tmp_path: Path) -> None:
    written = icons.write_icons(icons.ICON_SOURCE, tmp_path)
    for size in icons.PNG_SIZES:
        image = QImage(str(written[f"png{size}"]))
        assert (image.width(), image.height()) == (size, size)
    middle = QImage(str(written["png256"])).pixelColor(128, 128)
    assert middle.alpha() == 255  # the tile is opaque; its corners are not
    assert QImage(str(written["png256"])).pixelColor(0, 0).alpha() == 0


def test_the_windows_icon_holds_every_size_the_shell_asks_for(qapp: object, tmp_path: Path) -> None:
    written = icons.write_icons(icons.ICON_SOURCE, tmp_path)
    data = written["ico"].read_bytes()
    assert struct.unpack("<HHH", data[:6]) == (0, 1, len(icons.ICO_SIZES))
    assert sorted(_sizes_read_back(written["ico"])) == sorted(icons.ICO_SIZES)


def test_the_macos_icon_holds_the_retina_sizes(qapp: object, tmp_path: Path) -> None:
    written = icons.write_icons(icons.ICON_SOURCE, tmp_path)
    data = written["icns"].read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    assert sorted(_sizes_read_back(written["icns"])) == sorted(s for _, s in icons.ICNS_TYPES)
