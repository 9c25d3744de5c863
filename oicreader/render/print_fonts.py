"""Amiri for PDFs: a copy without GSUB, so every Arabic glyph Qt writes maps back to text."""

from __future__ import annotations

import struct

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QFontDatabase

from oicreader.paths import amiri_font_files
from oicreader.render.fonts import AMIRI_FAMILY, FontChoice

# Why a second Amiri: Qt's PDF engine writes each glyph's Unicode value (the ToUnicode map)
# only for glyphs the font's cmap reaches, and it never writes /ActualText. Amiri's GSUB
# turns letters into contextual glyphs that no code point reaches, so a PDF set in Amiri
# shows joined Arabic but gives back only stray isolated letters to copy, search and
# screen readers. Without GSUB, HarfBuzz shapes Arabic with its fallback: the Arabic
# Presentation Forms in Amiri's cmap, which Qt maps back and NFKC folds to the letters.
# The text handed to Qt stays logical and unshaped; only the font's tables differ.
PRINT_AMIRI_FAMILY = "Amiri Print"
_POSTSCRIPT_PREFIX = b"AmiriPrint"
_DROPPED_TABLES = frozenset({b"GSUB"})
# Name records that carry the family: family, unique id, full name, typographic and WWS.
_FAMILY_NAME_IDS = frozenset({1, 3, 4, 16, 18, 21})
_POSTSCRIPT_NAME_ID = 6

_registered: list[str] = []


def register_print_fonts() -> list[str]:
    """Register the GSUB-free Amiri faces with Qt once; return the families they provide."""
    if not _registered:
        for path in amiri_font_files():
            data = derive_print_font(path.read_bytes())
            font_id = QFontDatabase.addApplicationFontFromData(QByteArray(data))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(_registered))


def print_font_choice(fonts: FontChoice) -> FontChoice:
    """The reader's fonts with Amiri swapped for its PDF-friendly copy, when that is available."""
    if fonts.arabic_family != AMIRI_FAMILY or PRINT_AMIRI_FAMILY not in register_print_fonts():
        return fonts
    return fonts._replace(arabic_family=PRINT_AMIRI_FAMILY)


def derive_print_font(font: bytes) -> bytes:
    """A TrueType font without its GSUB table and with "Amiri" renamed "Amiri Print"."""
    version, tables = _read_tables(font)
    kept = {tag: data for tag, data in tables.items() if tag not in _DROPPED_TABLES}
    if b"name" in kept:
        kept[b"name"] = _renamed(kept[b"name"])
    return _write_tables(version, kept)


def _read_tables(font: bytes) -> tuple[int, dict[bytes, bytes]]:
    version, count = struct.unpack_from(">IH", font, 0)
    tables: dict[bytes, bytes] = {}
    for index in range(count):
        tag, _checksum, offset, length = struct.unpack_from(">4sIII", font, 12 + 16 * index)
        tables[tag] = font[offset : offset + length]
    return version, tables


def _padded(data: bytes) -> bytes:
    return data + b"\0" * (-len(data) % 4)


def _checksum(data: bytes) -> int:
    padded = _padded(data)
    words: tuple[int, ...] = struct.unpack(f">{len(padded) // 4}I", padded)
    return sum(words) & 0xFFFFFFFF


def _write_tables(version: int, tables: dict[bytes, bytes]) -> bytes:
    tags = sorted(tables)
    search_range = 1
    while search_range * 2 <= len(tags):
        search_range *= 2
    header = struct.pack(
        ">IHHHH",
        version,
        len(tags),
        search_range * 16,
        search_range.bit_length() - 1,
        len(tags) * 16 - search_range * 16,
    )
    directory = b""
    body = b""
    offset = len(header) + 16 * len(tags)
    head_offset = -1
    for tag in tags:
        data = tables[tag]
        if tag == b"head":
            data = data[:8] + b"\0\0\0\0" + data[12:]  # checkSumAdjustment is set last
            head_offset = offset + len(body)
        directory += struct.pack(">4sIII", tag, _checksum(data), offset + len(body), len(data))
        body += _padded(data)
    font = bytearray(header + directory + body)
    if head_offset >= 0:
        adjustment = (0xB1B0AFBA - _checksum(bytes(font))) & 0xFFFFFFFF
        struct.pack_into(">I", font, head_offset + 8, adjustment)
    return bytes(font)


def _renamed(table: bytes) -> bytes:
    _format, count, string_offset = struct.unpack_from(">HHH", table, 0)
    records: list[tuple[int, int, int, int, bytes]] = []
    for index in range(count):
        platform, encoding, language, name_id, length, offset = struct.unpack_from(
            ">HHHHHH", table, 6 + 12 * index
        )
        value = table[string_offset + offset : string_offset + offset + length]
        wide = platform in (0, 3)  # Unicode and Windows names are UTF-16BE; Mac Roman is bytes
        old, new = b"Amiri", b"Amiri Print"
        if name_id == _POSTSCRIPT_NAME_ID:
            new = _POSTSCRIPT_PREFIX
        if name_id in _FAMILY_NAME_IDS or name_id == _POSTSCRIPT_NAME_ID:
            if wide:
                old, new = old.decode().encode("utf-16-be"), new.decode().encode("utf-16-be")
            value = value.replace(old, new, 1)
        records.append((platform, encoding, language, name_id, value))
    records.sort(key=lambda record: record[:4])
    directory = b""
    strings = b""
    for platform, encoding, language, name_id, value in records:
        directory += struct.pack(
            ">HHHHHH", platform, encoding, language, name_id, len(value), len(strings)
        )
        strings += value
    return struct.pack(">HHH", 0, len(records), 6 + 12 * len(records)) + directory + strings
