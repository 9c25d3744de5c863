"""Turning a report file's bytes into text, detecting its encoding without asking the user."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from oicreader.errors import explained, listed
from oicreader.importing.errors import ImportProblem
from oicreader.importing.safe_read import read_user_file

MAX_FILE_BYTES = 50 * 1024 * 1024
TOO_LARGE_ADVICE = explained(
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
# A well-formed multi-byte UTF-8 sequence. Legacy Arabic or French bytes seldom form one:
# the bundled Arabic report in Windows-1256 has 5 among 4,284 bytes that are not UTF-8, in
# French none. So a file with one such sequence for every few bad bytes is UTF-8 with a few
# bytes typed or pasted in another encoding: reading it all as Windows-1252 would garble
# every accent ("rÃ©union"), so it is refused at the bad bytes instead.
_BAD_BYTES_PER_UTF8_SEQUENCE_IN_LEGACY_TEXT = 20
_LISTED_OFFSETS = 5
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
            path,
            explained("the file is empty"),
            explained("Choose the file that holds the report's text."),
        )
    nul_offset = data.find(b"\x00")
    if nul_offset >= 0:
        raise _binary(path, f"NUL byte at byte offset {nul_offset}")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    utf8_sequences = _UTF8_SEQUENCE.subn(b"", data)[1]  # a count, without a list of matches
    bad_places = _count_invalid_utf8(data)
    if utf8_sequences * _BAD_BYTES_PER_UTF8_SEQUENCE_IN_LEGACY_TEXT >= bad_places:
        raise _mostly_utf8(path, data, bad_places)
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
            path,
            explained("the file is empty"),
            explained("Choose the file that holds the report's text."),
        )
    nul = text.find("\x00")
    if nul >= 0:
        # In UTF-16 every ASCII letter has a zero byte, so the text, not the bytes, is
        # searched; encoding what comes before gives the offset, byte-order mark included.
        raise _binary(path, f"NUL character at byte offset {len(text[:nul].encode(encoding))}")
    return DecodedText(text, encoding)


def _count_invalid_utf8(data: bytes) -> int:
    """How many places (runs of bytes) are not UTF-8."""
    return data.decode("utf-8", errors="replace").count("\ufffd")


def _invalid_utf8_offsets(data: bytes, most: int) -> list[int]:
    offsets: list[int] = []
    start = 0
    view = memoryview(data)
    while len(offsets) < most:
        try:
            codecs.utf_8_decode(view[start:], "strict", True)
        except UnicodeDecodeError as error:
            offsets.append(start + error.start)
            start += error.end
        else:
            break
    return offsets


def _line_at(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _mostly_utf8(path: Path, data: bytes, bad_places: int) -> ImportProblem:
    offsets = _invalid_utf8_offsets(data, _LISTED_OFFSETS)
    places = listed(
        explained("{offset} (line {line})", offset=offset, line=_line_at(data, offset))
        for offset in offsets
    )
    if bad_places > len(offsets):
        places = explained(
            "{listed} and {more} more", listed=places, more=bad_places - len(offsets)
        )
    return ImportProblem(
        path,
        explained(
            "most of the file is UTF-8, but 1 place in it is not: text typed or pasted in "
            "another encoding"
        )
        if bad_places == 1
        else explained(
            "most of the file is UTF-8, but {count} places in it are not: text typed or "
            "pasted in another encoding",
            count=bad_places,
        ),
        explained(
            "Open the file in a text editor, correct the text at those places, and save it "
            "again as UTF-8."
        ),
        place=explained("byte offsets {listed}", listed=places)
        if len(offsets) > 1
        else explained("byte offset {listed}", listed=places),
    )


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


def _binary(path: Path, place: str) -> ImportProblem:
    return ImportProblem(
        path,
        explained("this is a binary file, not plain text"),
        explained("Save the report as plain text (.txt, UTF-8) and import that."),
        place=place,
    )


def _undecodable(path: Path, offset: int, encoding: str = "UTF-8") -> ImportProblem:
    encoding_name = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "utf-32": "UTF-32"}.get(
        encoding, encoding
    )
    return ImportProblem(
        path,
        explained(
            "the text cannot be decoded as {encoding}, Windows-1256 or Windows-1252",
            encoding=encoding_name,
        ),
        explained("Open the file in a text editor and save it again as UTF-8."),
        place=explained("first bad byte at byte offset {offset}", offset=offset),
    )
