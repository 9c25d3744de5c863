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


def test_a_utf8_file_with_a_few_windows_1252_bytes_is_refused_at_those_bytes(
    tmp_path: Path,
) -> None:
    # Paragraph 2 was pasted from a Windows-1252 file: reading it all as Windows-1252 would
    # turn paragraph 1's "réunion" into "rÃ©union" without a word.
    first = "1. La réunion de Genève.\n".encode()
    second = "2. Le comité a pris note et décidé de poursuivre.\n".encode("cp1252")
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(first + second)
    bad = [len(first) + offset for offset, byte in enumerate(second) if byte >= 0x80]
    with pytest.raises(ImportProblem) as caught:
        read_report_file(mixed)
    message = str(caught.value)
    assert "mixed.txt: most of the file is UTF-8, but 3 places in it are not" in message
    assert f"byte offsets {bad[0]} (line 2), {bad[1]} (line 2), {bad[2]} (line 2)" in message
    assert "save it again as UTF-8" in message


def test_many_bad_bytes_are_counted_and_the_first_five_listed(tmp_path: Path) -> None:
    text = "1. Résumé: " + "é" * 30 + "\n"
    mixed = tmp_path / "mixed.txt"
    mixed.write_bytes(text.encode() + ("2. " + "é" * 7 + "\n").encode("cp1252"))
    with pytest.raises(ImportProblem) as caught:
        read_report_file(mixed)
    message = str(caught.value)
    assert "7 places in it are not" in message
    assert message.count("(line 2)") == 5 and "and 2 more" in message


def test_windows_1256_arabic_whose_bytes_happen_to_look_like_utf8_is_still_read(
    tmp_path: Path,
) -> None:
    # "ب،" in Windows-1256 is C8 A1, a well-formed UTF-8 sequence: a few such pairs in a
    # legacy file must not make it look like damaged UTF-8.
    text = ARABIC_SOURCE.read_text(encoding="utf-8").replace("،", "ب،")
    copy = tmp_path / "report.txt"
    copy.write_bytes(text.encode("cp1256"))
    assert read_report_file(copy).encoding == "cp1256"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_a_nul_character_is_refused_even_after_a_byte_order_mark(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "nul.txt"
    path.write_bytes("1. A paragraph\x00 with a NUL.\n".encode(encoding))
    offset = len("1. A paragraph".encode(encoding))  # the byte-order mark included
    with pytest.raises(ImportProblem) as caught:
        read_report_file(path)
    message = str(caught.value)
    assert "nul.txt: this is a binary file, not plain text" in message
    assert f"NUL character at byte offset {offset}" in message
