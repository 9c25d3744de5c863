"""PDFs that cannot be read are refused at once, by name, saying what to do."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.importing.errors import ImportProblem, PasswordNeeded
from oicreader.importing.import_plan import import_files
from oicreader.importing.pdf_file import MAX_PDF_PAGES
from tests.importing.pdf_fixtures import (
    BOMB,
    ENCRYPTED,
    ENCRYPTED_PASSWORD,
    MANY_PAGES,
    NOT_A_PDF,
    PDF_FIXTURES,
    SCANNED,
    TRUNCATED,
)


def refusal(path: Path, password: str | None = None) -> str:
    # How fast: tests/benchmarks/bench_guards.py (timing is never asserted in the suite).
    with pytest.raises(ImportProblem) as caught:
        import_files([path], password=password)
    message = str(caught.value)
    assert message.startswith(f"{path}: ")
    return message


def test_a_scanned_pdf_asks_for_ocr_or_the_word_file() -> None:
    message = refusal(SCANNED.path)
    assert "scanned pages with no text" in message
    assert "Run it through OCR first, or ask for the Word file." in message


def test_an_encrypted_pdf_asks_for_its_password() -> None:
    message = refusal(ENCRYPTED.path)
    assert "protected by a password" in message and "--password-stdin" in message


def test_a_wrong_password_is_said_to_be_wrong() -> None:
    assert "the password given does not open" in refusal(ENCRYPTED.path, password="guess")


def test_a_missing_or_wrong_password_is_told_apart_from_other_refusals() -> None:
    for password in (None, "guess"):
        with pytest.raises(PasswordNeeded) as caught:
            import_files([ENCRYPTED.path], password=password)
        assert caught.value.path == ENCRYPTED.path
        assert caught.value.wrong_password is (password is not None)
    with pytest.raises(ImportProblem) as other:
        import_files([TRUNCATED.path])
    assert not isinstance(other.value, PasswordNeeded)


def test_an_encrypted_pdf_opens_with_its_password() -> None:
    planned = import_files([ENCRYPTED.path], password=ENCRYPTED_PASSWORD).files[0]
    assert planned.language == "en" and sorted(planned.version.paragraphs) == list(range(1, 17))


def test_a_truncated_pdf_is_refused_as_incomplete() -> None:
    message = refusal(TRUNCATED.path)
    assert "incomplete" in message and "Download or copy the file again" in message


def test_a_text_file_named_pdf_is_refused() -> None:
    assert "is named .pdf but is not a PDF inside" in refusal(NOT_A_PDF.path)


def test_a_compression_bomb_is_refused_without_unpacking_it() -> None:
    assert "unpacks to more than" in refusal(BOMB.path)


def test_a_pdf_of_thousands_of_pages_stops_at_the_page_limit() -> None:
    message = refusal(MANY_PAGES.path)
    assert f"{MAX_PDF_PAGES:,}" in message and "5,000 pages" in message


def test_a_damaged_pdf_is_refused(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 200 + b"\n%%EOF\n")
    assert "damaged" in refusal(damaged)


def test_a_pdf_over_the_size_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    large = tmp_path / "large.pdf"
    with large.open("wb") as stream:
        stream.write(b"%PDF-1.7\n")
        stream.truncate(60 * 1024 * 1024)
    assert "over the 50 MB limit" in refusal(large)


def test_a_pdf_with_one_page_of_pictures_only_is_refused_naming_the_page(
    tmp_path: Path,
) -> None:
    import pypdfium2 as pdfium

    text = pdfium.PdfDocument(PDF_FIXTURES / "lo-en.pdf")
    mixed = pdfium.PdfDocument.new()
    mixed.import_pages(text, [0, 1])
    mixed.import_pages(pdfium.PdfDocument(SCANNED.path), [0])
    path = tmp_path / "mixed.pdf"
    mixed.save(path)
    for document in (text, mixed):
        document.close()
    message = refusal(path)
    assert "page 3 of this PDF hold only pictures" in message and "OCR" in message
