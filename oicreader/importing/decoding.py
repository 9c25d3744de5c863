"""Turning a report file's bytes into text, detecting its encoding without asking the user."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from oicreader.importing.errors import ImportProblem
from oicreader.importing.safe_read import read_user_file

MAX_FILE_BYTES = 50 * 1024 * 1024
TOO_LARGE_ADVICE = (
    "Check that it is the right file; if it is, split it into one file per language, "
    "or take the pictures out of a Word file."
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# A well-formed multi-byte UTF-8 sequence. Legacy Arabic or French bytes almost never form
# one, so a file with many of them and one bad byte is damaged UTF-8, not Windows-1256.
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u00ff\u0152\u0153]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class DecodedText:
    """A file's text and the encoding it was found to be in."""

    text: str
    encoding: str


def read_text_file(path: Path) -> DecodedText:
    """Read a report file, refusing empty, oversized, binary and undecodable files."""
    return decode_report_bytes(read_user_file(path, MAX_FILE_BYTES, TOO_LARGE_ADVICE), path)


def decode_report_bytes(data: bytes, path: Path) -> DecodedText:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16/32 with BOM, Windows-1256 or -1252."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding, path)
    if not data.strip():
        raise ImportProblem(
            path, "the file is empty", "Choose the file that holds the report's text."
        )
    nul_offset = data.find(b"\x00")
    if nul_offset >= 0:
        raise ImportProblem(
            path,
            "this is a binary file, not plain text",
            "Save the report as plain text (.txt, UTF-8) and import that.",
            place=f"NUL byte at byte offset {nul_offset}",
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if len(_UTF8_SEQUENCE.findall(data)) > _count_invalid_utf8_bytes(data):
        raise _undecodable(path, utf8_error.start)
    legacy = _decode_legacy(data)
    if legacy is None:
        raise _undecodable(path, utf8_error.start)
    return legacy


def _decode_strict(data: bytes, encoding: str, path: Path) -> DecodedText:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        raise _undecodable(path, error.start, encoding) from None
    if not text.strip():
        raise ImportProblem(
            path, "the file is empty", "Choose the file that holds the report's text."
        )
    return DecodedText(text, encoding)


def _count_invalid_utf8_bytes(data: bytes) -> int:
    return data.decode("utf-8", errors="replace").count("\ufffd")


def _decode_legacy(data: bytes) -> DecodedText | None:
    """Windows-1256 when the text reads as Arabic, Windows-1252 when it reads as Latin."""
    arabic_reading = data.decode("cp1256")
    arabic_letters = len(_ARABIC_LETTER.findall(arabic_reading))
    latin_letters = len(_LATIN_LETTER.findall(arabic_reading))
    if arabic_letters and arabic_letters >= latin_letters and not _looks_binary(arabic_reading):
        return DecodedText(arabic_reading, "cp1256")
    try:
        latin_reading = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _looks_binary(latin_reading) or not _LATIN_LETTER.search(latin_reading):
        return None
    return DecodedText(latin_reading, "cp1252")


def _looks_binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > max(2, len(text) // 100)


def _undecodable(path: Path, offset: int, encoding: str = "UTF-8") -> ImportProblem:
    encoding_name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(
        encoding, encoding
    )
    return ImportProblem(
        path,
        f"the text cannot be decoded as {encoding_name}, Windows-1256 or Windows-1252",
        "Open the file in a text editor and save it again as UTF-8.",
        place=f"first bad byte at byte offset {offset}",
    )
