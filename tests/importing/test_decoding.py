"""Encodings real report files arrive in, and the messages bad files get."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from oicreader.importing.decoding import MAX_FILE_BYTES
from oicreader.importing.errors import ImportProblem
from oicreader.importing.plain_text import read_report_file
from tests.conftest import ARABIC_SOURCE

FRENCH_SAMPLE = (
    "Organisation de la coopération islamique\n\nProjet\n\n"
    "1. La réunion s'est tenue à New York ; Côte d'Ivoire, Bakou, œuvre, « Voix ».\n"
    "2. Elle a salué les efforts déployés.\n"
)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("cp1256", b""),
    ],
)
def test_arabic_report_round_trips_in_every_encoding(
    tmp_path: Path, encoding: str, prefix: bytes
) -> None:
    original = read_report_file(ARABIC_SOURCE)
    text = ARABIC_SOURCE.read_text(encoding="utf-8")
    copy = tmp_path / "report.txt"
    copy.write_bytes(prefix + text.encode(encoding))
    version = read_report_file(copy)
    assert version.language == "ar"
    assert version.paragraphs == original.paragraphs
    assert version.front_matter == original.front_matter


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_french_report_round_trips_in_every_encoding(tmp_path: Path, encoding: str) -> None:
    copy = tmp_path / "rapport.txt"
    copy.write_bytes(FRENCH_SAMPLE.encode(encoding))
    version = read_report_file(copy)
    assert version.language == "fr"
    assert version.paragraphs[1] == (
        "La réunion s'est tenue à New York ; Côte d'Ivoire, Bakou, œuvre, « Voix »."
    )
    assert version.encoding == ("utf-16" if encoding == "utf-16" else encoding)


def test_empty_file_is_named_and_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    with pytest.raises(ImportProblem, match=r"empty\.txt: the file is empty"):
        read_report_file(empty)


def test_whitespace_only_file_counts_as_empty(tmp_path: Path) -> None:
    blank = tmp_path / "blank.txt"
    blank.write_bytes(b"\n \r\n\t\n")
    with pytest.raises(ImportProblem, match="the file is empty"):
        read_report_file(blank)


def test_binary_file_is_refused_with_the_offset(tmp_path: Path) -> None:
    binary = tmp_path / "report.docx"
    binary.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)
    with pytest.raises(ImportProblem) as caught:
        read_report_file(binary)
    message = str(caught.value)
    assert "report.docx" in message and "binary file" in message
    assert "byte offset 4" in message


def test_undecodable_bytes_give_the_byte_offset(tmp_path: Path) -> None:
    good = "1. الفقرة الأولى\n2. الفقرة الثانية\n".encode()
    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(good[:9] + b"\xff" + good[9:])
    with pytest.raises(ImportProblem) as caught:
        read_report_file(damaged)
    message = str(caught.value)
    assert "damaged.txt" in message
    assert "byte offset 9" in message
    assert "save it again as UTF-8" in message


def test_damaged_utf16_gives_the_byte_offset(tmp_path: Path) -> None:
    damaged = tmp_path / "utf16.txt"
    damaged.write_bytes(codecs.BOM_UTF16_LE + "1. abc\n".encode("utf-16-le") + b"\x00\xd8")
    with pytest.raises(ImportProblem, match=r"UTF-16.*byte offset"):
        read_report_file(damaged)


def test_file_without_numbered_paragraphs_is_refused(tmp_path: Path) -> None:
    prose = tmp_path / "prose.txt"
    prose.write_text("Just a letter.\n\nWith no numbered paragraphs at all.\n", encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_report_file(prose)
    assert "prose.txt: no numbered paragraphs found" in str(caught.value)
    assert "1." in caught.value.advice


def test_file_over_fifty_megabytes_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB written to disk
    with pytest.raises(ImportProblem, match=r"huge\.txt: the file is 50 MB, over the 50 MB limit"):
        read_report_file(huge)


def test_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem, match=r"nowhere\.txt: no such file"):
        read_report_file(tmp_path / "nowhere.txt")
