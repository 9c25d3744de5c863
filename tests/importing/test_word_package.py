"""A Word file's package is measured as it is unpacked: bombs are refused before any parsing."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from oicreader.importing import word_package
from oicreader.importing.errors import ImportProblem
from oicreader.importing.import_plan import import_files
from oicreader.importing.word_file import read_word_file
from oicreader.importing.word_package import check_word_package
from tests.importing.word_builder import WordBuilder

MEGABYTE = 1024 * 1024


def report(tmp_path: Path, name: str = "report.docx") -> Path:
    builder = WordBuilder()
    for block in ["Organisation of Islamic Cooperation", "OIC/TEST/1", "Report"]:
        builder.paragraph(block)
    return builder.paragraph("1. First.").paragraph("2. Second.").save(tmp_path / name)


def with_entry(path: Path, name: str, content: bytes | None = None, zeros: int = 0) -> Path:
    """A copy of a Word file with one entry added or replaced (by content, or by zeros)."""
    changed = path.with_name(f"changed-{path.name}")
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(changed, "w", zipfile.ZIP_DEFLATED) as out,
    ):
        with out.open(name, "w", force_zip64=True) as entry:
            if content is not None:
                entry.write(content)
            for _ in range(zeros // MEGABYTE):
                entry.write(bytes(MEGABYTE))
        for info in source.infolist():
            if info.filename != name:
                out.writestr(info, source.read(info))
    return changed


def empty_paragraphs(count: int) -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="'
        b'http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + b"<w:p/>" * count
        + b"</w:body></w:document>"
    )


def test_an_ordinary_report_passes_the_check(tmp_path: Path) -> None:
    path = report(tmp_path)
    check_word_package(path.read_bytes(), path)
    assert read_word_file(path).paragraphs == {1: "First.", 2: "Second."}


def test_an_entry_that_unpacks_past_its_limit_is_refused_after_reading_only_that_much(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_package, "MAX_ENTRY_BYTES", 2 * MEGABYTE)
    bomb = with_entry(report(tmp_path), "mimetype", zeros=64 * MEGABYTE)
    with pytest.raises(ImportProblem) as refusal:
        import_files([bomb])
    message = str(refusal.value)
    assert "changed-report.docx: this Word file is too large inside" in message
    assert "its part mimetype unpacks to more than 2 MB" in message


def test_entries_that_together_unpack_past_the_limit_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_package, "MAX_UNPACKED_BYTES", 3 * MEGABYTE)
    first = with_entry(report(tmp_path), "media/one.bin", zeros=2 * MEGABYTE)
    both = with_entry(first, "media/two.bin", zeros=2 * MEGABYTE)
    with pytest.raises(ImportProblem, match="makes the file unpack to more than 3 MB"):
        import_files([both])


def test_too_many_xml_elements_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_package, "MAX_XML_ELEMENTS", 10_000)
    bomb = with_entry(report(tmp_path), "word/document.xml", empty_paragraphs(20_000))
    with pytest.raises(ImportProblem) as refusal:
        import_files([bomb])
    assert "its part word/document.xml brings its XML to more than 10,000 elements" in str(
        refusal.value
    )


def test_elements_are_counted_exactly_whatever_the_chunks_unpacking_gives(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = b"<w:p><w:r><w:t>x</w:t></w:r></w:p>" * 600
    path = with_entry(report(tmp_path), "word/extra.xml", b"<root>" + body + b"</root>")
    with zipfile.ZipFile(path) as package:
        parts = [package.read(info) for info in package.infolist()]
    elements = sum(part.count(b"<") - part.count(b"</") for part in parts)
    # Chunks of 7 bytes split many an end tag "</" in two: it must not count as an element.
    monkeypatch.setattr(word_package, "_CHUNK_BYTES", 7)
    monkeypatch.setattr(word_package, "MAX_XML_ELEMENTS", elements)
    check_word_package(path.read_bytes(), path)
    monkeypatch.setattr(word_package, "MAX_XML_ELEMENTS", elements - 1)
    with pytest.raises(ImportProblem, match="elements"):
        check_word_package(path.read_bytes(), path)


def test_a_package_with_too_many_parts_is_refused_before_zipfile_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_package, "MAX_ENTRIES", 20)
    path = report(tmp_path)
    for number in range(20):
        path = with_entry(path, f"extra/{number}.xml", b"<x/>")

    def not_to_be_opened(*_: object) -> None:
        raise AssertionError("zipfile read the package's parts")

    monkeypatch.setattr(zipfile, "ZipFile", not_to_be_opened)
    with pytest.raises(ImportProblem, match=r"holds 3\d parts, more than 20"):
        import_files([path])


def test_a_damaged_entry_is_refused_as_damaged(tmp_path: Path) -> None:
    path = report(tmp_path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as package:
        entry = package.getinfo("word/document.xml")
    # Flip bytes inside the compressed document: a CRC or inflate error, not a traceback.
    middle = entry.header_offset + 30 + len(entry.filename) + entry.compress_size // 2
    data[middle : middle + 8] = bytes(8)
    damaged = tmp_path / "damaged.docx"
    damaged.write_bytes(bytes(data))
    with pytest.raises(ImportProblem, match=r"damaged\.docx: this Word file is damaged"):
        import_files([damaged])


def test_a_part_name_in_a_message_stays_on_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word_package, "MAX_ENTRY_BYTES", MEGABYTE)
    bomb = with_entry(report(tmp_path), "bad\nname" + "x" * 200, zeros=2 * MEGABYTE)
    with pytest.raises(ImportProblem) as refusal:
        import_files([bomb])
    assert "\n" not in str(refusal.value)
    assert "bad?name" in str(refusal.value)
