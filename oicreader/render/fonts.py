"""Fonts: the bundled Amiri face registered with Qt, and the fonts chosen per script."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QFont, QFontDatabase

from oicreader.model.languages import direction_of
from oicreader.paths import amiri_font_files

AMIRI_FAMILY = "Amiri"
# Amiri's letters sit small for their point size next to a Latin sans face; this ratio
# makes the x-height of both scripts look alike side by side.
ARABIC_SCALE = 1.3
DEFAULT_POINT_SIZE = 11.0

_registered: list[str] = []


def register_bundled_fonts() -> list[str]:
    """Register the Amiri files with Qt once; return the families they provide."""
    if not _registered:
        for path in amiri_font_files():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class FontChoice(NamedTuple):
    """The reader's font per script and the base size; Arabic defaults to Amiri."""

    arabic_family: str = AMIRI_FAMILY
    latin_family: str = ""  # empty: the platform's default sans face
    point_size: float = DEFAULT_POINT_SIZE

    def font_for(self, language: str, scale: float = 1.0) -> QFont:
        """The font a paragraph in this language is set in."""
        font = QFont()
        if direction_of(language) == "rtl":
            font.setFamilies([self.arabic_family, AMIRI_FAMILY])
            font.setPointSizeF(self.point_size * ARABIC_SCALE * scale)
        else:
            if self.latin_family:
                font.setFamily(self.latin_family)
            font.setPointSizeF(self.point_size * scale)
        return font
