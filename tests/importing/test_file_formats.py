"""Files that are not .txt, .docx or .pdf get a message saying what is supported and what to do."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from oicreader.importing.errors import ImportProblem
from oicreader.importing.file_formats import file_format
from tests.importing.word_builder import WordBuilder


def refusal(path: Path) -> str:
    with pytest.raises(ImportProblem) as caught:
        file_format(path)
    message = str(caught.value)
    assert str(path) in message
    return message


@pytest.mark.parametrize(
    ("name", "content", "advice"),
    [
        ("report.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1rest", "save it as a Word document"),
        ("report.rtf", b"{\\rtf1\\ansi report}", "save it as a Word document"),
        ("scan.png", b"\x89PNG\r\n\x1a\nrest", "A picture holds no text"),
        ("scan.jpg", b"\xff\xd8\xff\xe0rest", "A picture holds no text"),
        ("report.odt", b"not even a zip", "save it as a Word document"),
        ("report.xlsx", b"plain bytes", "Ask for the report as a Word file"),
    ],
)
def test_unsupported_formats_say_what_is_supported_and_what_to_do(
    tmp_path: Path, name: str, content: bytes, advice: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    message = refusal(path)
    assert ".txt in UTF-8, UTF-16, Windows-1256 or Windows-1252), Word (.docx) and PDF" in message
    assert advice in message


def test_a_pdf_renamed_txt_is_still_read_as_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.4 binary")
    assert file_format(path) == "pdf"


def test_a_file_named_pdf_that_is_not_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("1. The meeting opened.", encoding="utf-8")
    assert "is named .pdf but is not a PDF inside" in refusal(path)


def test_an_opendocument_file_is_recognised_by_its_content(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        package.writestr("content.xml", "<office:document/>")
    assert "OpenDocument text file" in refusal(path)


def test_a_file_named_docx_that_is_not_one_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.docx"
    path.write_text("1. plain text in disguise", encoding="utf-8")
    assert "is named .docx but is not a Word document" in refusal(path)


def test_text_and_word_files_are_accepted(tmp_path: Path) -> None:
    text = tmp_path / "report.txt"
    text.write_text("1. One.", encoding="utf-8")
    word = WordBuilder().paragraph("1. One.").save(tmp_path / "report.docx")
    renamed = tmp_path / "sent-as.txt"
    renamed.write_bytes(word.read_bytes())
    assert file_format(text) == "text"
    assert file_format(word) == "docx"
    assert file_format(renamed) == "docx"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    assert "no such file" in refusal(tmp_path / "absent.docx")


def test_a_zip_whose_mimetype_entry_is_damaged_is_refused_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "report.odt"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr("mimetype", "application/vnd.oasis.opendocument.text" * 20)
    data = bytearray(path.read_bytes())
    data[38:44] = b"\xff" * 6  # the start of the compressed mimetype: an inflate error
    path.write_bytes(bytes(data))
    assert "is a damaged zip or Word file" in refusal(path)
