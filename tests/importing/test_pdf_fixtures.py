"""The PDF fixtures are there, small, what they claim to be, and readable by a good PDF reader.

pdftotext (poppler-utils) stands in for the importer: the figures it reaches tell the
importer what a good reader achieves on each fixture (see fixtures/pdf/README.md).
"""

from __future__ import annotations

import re
import subprocess
import zlib
from pathlib import Path

import pytest

from tests.importing.pdf_fixtures import (
    ALL_FIXTURES,
    BAD_FIXTURES,
    BOMB,
    BOMB_INFLATED_BYTES,
    ENCRYPTED,
    ENCRYPTED_PASSWORD,
    GOOD_FIXTURES,
    MANY_PAGES,
    MANY_PAGES_COUNT,
    NOT_A_PDF,
    PDF_FIXTURES,
    SCANNED,
    TRUNCATED,
    PdfFixture,
    furniture_in,
    paragraph_words,
    source_paragraphs,
    source_words,
    text_words,
    word_accuracy,
)

SYMBOL = "OIC/ACM-2017/CHAIR-REP"
# What pdftotext 22.12 reads, word by word, measured when the fixtures were made; each floor
# is a little under it. Arabic loses words to its bidi order (",2017" for "2017,", numbers
# glued to the next word, a tanween read as a word of its own); it reads two right-to-left
# columns left column first, so half the words come out of order.
PDFTOTEXT_FLOORS = {
    "lo-ar.pdf": 0.90,  # measured 0.9172
    "lo-en.pdf": 0.99,  # 0.9982
    "lo-fr.pdf": 0.99,  # 1.0
    "chromium-ar.pdf": 0.89,  # 0.9064
    "chromium-en.pdf": 0.99,  # 1.0
    "chromium-fr.pdf": 0.99,  # 0.9966
    "lo-ar-two-columns.pdf": 0.48,  # 0.5034
    "lo-ar-indic-numbers.pdf": 0.90,  # 0.9172
    "lo-ar-justified.pdf": 0.90,  # 0.9172
    "lo-ar-font2.pdf": 0.87,  # 0.8847
    "lo-en-hyphenated.pdf": 0.99,  # 0.9982
    "lo-en-footnotes.pdf": 0.99,  # 0.9954
}
LIBREOFFICE_FOOTERS = {
    "ar": re.compile(r"^-\s*(\d+)\s*-$"),
    "en": re.compile(r"Page (\d+) of (\d+)$"),
    "fr": re.compile(r"Page (\d+) sur (\d+)$"),
}
LIBREOFFICE_REPORTS = [f for f in GOOD_FIXTURES if f.producer == "LibreOffice"]
CHROMIUM_REPORTS = [f for f in GOOD_FIXTURES if f.producer == "Chromium"]


def pdftotext(path: Path, *options: str) -> str:
    """What pdftotext reads from a PDF, in its default reading order."""
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", *options, str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    ).stdout.decode("utf-8")


def page_lines(path: Path) -> list[list[str]]:
    """The non-blank lines of each page, as pdftotext reads them, direction marks removed."""
    pages = pdftotext(path).split("\f")[:-1]  # pdftotext ends every page with a form feed
    return [
        [" ".join(text_words(line)) for line in page.splitlines() if line.strip()] for page in pages
    ]


def page_count(path: Path) -> int:
    """How many pages pdfinfo counts."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, timeout=60)
    return int(re.search(rb"^Pages:\s+(\d+)", info.stdout, re.MULTILINE)[1])  # type: ignore[index]


@pytest.mark.parametrize("fixture", ALL_FIXTURES, ids=lambda fixture: fixture.name)
def test_every_fixture_is_committed_and_within_its_size_budget(fixture: PdfFixture) -> None:
    assert fixture.path.is_file()
    assert 0 < fixture.path.stat().st_size < fixture.size_budget


def test_the_folder_holds_no_pdf_that_is_not_listed() -> None:
    listed = {fixture.name for fixture in ALL_FIXTURES}
    assert {path.name for path in PDF_FIXTURES.glob("*.pdf")} == listed


@pytest.mark.parametrize("fixture", GOOD_FIXTURES, ids=lambda fixture: fixture.name)
def test_every_good_fixture_is_a_complete_pdf_of_several_pages(fixture: PdfFixture) -> None:
    data = fixture.path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-64:]
    assert page_count(fixture.path) >= 3


@pytest.mark.parametrize("fixture", GOOD_FIXTURES, ids=lambda fixture: fixture.name)
def test_pdftotext_reads_each_good_fixture_word_for_word(fixture: PdfFixture) -> None:
    assert fixture.language is not None
    got = text_words(pdftotext(fixture.path))
    accuracy = word_accuracy(source_words(fixture.language), got)
    assert accuracy >= PDFTOTEXT_FLOORS[fixture.name]


@pytest.mark.parametrize("fixture", LIBREOFFICE_REPORTS, ids=lambda fixture: fixture.name)
def test_libreoffice_fixtures_repeat_the_symbol_and_number_every_page_after_the_cover(
    fixture: PdfFixture,
) -> None:
    assert fixture.language is not None
    pages = page_lines(fixture.path)
    footer = LIBREOFFICE_FOOTERS[fixture.language]
    for page_number, lines in enumerate(pages[1:], start=2):
        assert SYMBOL in lines
        numbers = [footer.search(line) for line in lines]  # "supPage 4 of 5": see README
        assert any(match and int(match[1]) == page_number for match in numbers)
    assert not any(footer.match(line) for line in pages[0])  # the cover has neither


@pytest.mark.parametrize("fixture", LIBREOFFICE_REPORTS, ids=lambda fixture: fixture.name)
def test_libreoffice_fixtures_carry_a_paragraph_over_a_page_break(fixture: PdfFixture) -> None:
    assert fixture.language is not None
    footer = LIBREOFFICE_FOOTERS[fixture.language]
    first_lines = []
    for lines in page_lines(fixture.path)[2:]:
        body = [line for line in lines if line != SYMBOL and not footer.match(line)]
        first_lines.append(body[0])
    numbered = re.compile(r"^(?:[0-9٠-٩]+\s*\.\s|\.\s*[0-9٠-٩]+)")  # "5. " or ".5" read visually
    assert any(not numbered.search(line) for line in first_lines)


@pytest.mark.parametrize("fixture", CHROMIUM_REPORTS, ids=lambda fixture: fixture.name)
def test_chromium_fixtures_keep_the_print_date_title_address_and_page_number(
    fixture: PdfFixture,
) -> None:
    pages = page_lines(fixture.path)
    for page_number, lines in enumerate(pages, start=1):
        assert any(
            re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M", line) for line in lines
        )
        assert any(line.startswith("file:///") and line.endswith(".html") for line in lines)
        assert f"{page_number}/{len(pages)}" in lines


def test_the_indic_numbers_fixture_numbers_every_paragraph_in_arabic_indic_digits() -> None:
    # The report itself writes its dates and figures in Western digits: only numbers are Indic.
    indic = re.findall("[٠-٩]+", pdftotext(PDF_FIXTURES / "lo-ar-indic-numbers.pdf"))
    assert sorted(int(digits) for digits in indic) == sorted(source_paragraphs("ar"))
    assert re.findall("[٠-٩]+", pdftotext(PDF_FIXTURES / "lo-ar.pdf")) == []


def test_the_two_columns_fixture_sets_text_in_both_halves_of_the_page() -> None:
    layout = pdftotext(PDF_FIXTURES / "lo-ar-two-columns.pdf", "-f", "3", "-l", "3", "-bbox-layout")
    lines = [
        (float(x_min), float(x_max))
        for x_min, x_max in re.findall(
            r'<line xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"', layout
        )
    ]
    middle = 595.0 / 2
    assert sum(x_max < middle for _, x_max in lines) >= 20
    assert sum(x_min > middle for x_min, _ in lines) >= 20


def test_the_justified_fixture_fills_its_lines_and_the_plain_one_does_not() -> None:
    def line_starts(name: str) -> set[int]:
        layout = pdftotext(PDF_FIXTURES / name, "-f", "3", "-l", "3", "-bbox-layout")
        return {round(float(x)) for x in re.findall(r'<line xMin="([\d.]+)"', layout)}

    assert len(line_starts("lo-ar-justified.pdf") - {71}) < len(line_starts("lo-ar.pdf") - {71})


def test_the_second_font_fixture_uses_another_arabic_font() -> None:
    def fonts(name: str) -> str:
        return subprocess.run(
            ["pdffonts", str(PDF_FIXTURES / name)], capture_output=True, check=True, timeout=60
        ).stdout.decode()

    assert "Amiri" in fonts("lo-ar.pdf")
    assert "NotoNaskhArabic" in fonts("lo-ar-font2.pdf")
    assert "Amiri" not in fonts("lo-ar-font2.pdf")


def test_the_hyphenated_fixture_breaks_words_at_line_ends() -> None:
    lines = pdftotext(PDF_FIXTURES / "lo-en-hyphenated.pdf", "-raw", "-nopgbrk").splitlines()
    source = set(source_words("en"))
    broken = [
        line.split()[-1] for line in lines if line.endswith("-") and line.split()[-1] not in source
    ]
    assert len(broken) >= 10


def test_the_footnotes_fixture_holds_its_notes() -> None:
    text = pdftotext(PDF_FIXTURES / "lo-en-footnotes.pdf")
    assert "The exhibition was later awarded to Osaka, Japan." in text
    assert "Rakhine State, called Arakan in the Arabic original." in text


def test_the_scanned_fixture_has_pages_but_no_text() -> None:
    assert page_count(SCANNED.path) == 2
    assert pdftotext(SCANNED.path).strip() == ""
    assert SCANNED.path.read_bytes().count(b"/Subtype /Image") == 2


def test_the_encrypted_fixture_opens_only_with_its_password() -> None:
    locked = subprocess.run(
        ["pdftotext", str(ENCRYPTED.path), "-"], capture_output=True, timeout=60, check=False
    )
    assert locked.returncode != 0
    assert b"password" in locked.stderr.lower()
    unlocked = text_words(pdftotext(ENCRYPTED.path, "-upw", ENCRYPTED_PASSWORD))
    assert word_accuracy(source_words("en"), unlocked) > 0.99


def test_the_truncated_fixture_is_the_first_half_of_a_good_pdf() -> None:
    good = (PDF_FIXTURES / "lo-fr.pdf").read_bytes()
    assert TRUNCATED.path.read_bytes() == good[: len(good) // 2]
    assert b"%%EOF" not in TRUNCATED.path.read_bytes()


def test_the_not_a_pdf_fixture_is_plain_text() -> None:
    data = NOT_A_PDF.path.read_bytes()
    assert b"%PDF" not in data
    assert data.decode("utf-8").startswith("Organisation of Islamic Cooperation")


def test_the_bomb_inflates_its_one_content_stream_to_hundreds_of_megabytes() -> None:
    data = BOMB.path.read_bytes()
    assert b"/Filter [/FlateDecode /FlateDecode]" in data
    compressed = data[data.index(b"stream\n") + 7 : data.index(b"\nendstream")]
    once = zlib.decompress(compressed)
    inflater = zlib.decompressobj()
    inflated = 0
    while once:
        piece = inflater.decompress(once, 16 * 1024 * 1024)
        inflated += len(piece)
        assert piece.strip(b" ") == b""
        once = inflater.unconsumed_tail
    assert inflated == BOMB_INFLATED_BYTES
    assert len(data) * 100_000 < inflated


def test_the_many_pages_fixture_has_thousands_of_pages() -> None:
    assert page_count(MANY_PAGES.path) == MANY_PAGES_COUNT


def test_every_bad_fixture_is_listed_once() -> None:
    assert len({fixture.name for fixture in BAD_FIXTURES}) == 6
    assert all(fixture.language is None for fixture in BAD_FIXTURES)


def test_source_words_are_the_paragraph_texts_without_numbers_or_cover() -> None:
    words = source_words("en")
    assert words[:4] == ["The", "Ministers", "of", "Foreign"]
    assert words[-2:] == ["the", "Council."]
    assert "16." not in words and "Draft" not in words
    assert source_words("ar")[0] == "عقد"


def test_word_accuracy_counts_words_missing_or_out_of_order_but_not_words_added() -> None:
    expected = ["one", "two", "three", "four"]
    assert word_accuracy(expected, ["Page", "1", *expected, "footer"]) == 1.0
    assert word_accuracy(expected, ["one", "two", "four"]) == 0.75
    assert word_accuracy(expected, ["three", "four", "one", "two"]) == 0.5


def test_text_words_fold_presentation_forms_and_drop_tatweel_and_direction_marks() -> None:
    assert text_words("\ufefb\u0644\u0640\u0640\u0645 \u202b\u0627\u0644\u202c") == ["لالم", "ال"]


def test_paragraph_words_read_paragraphs_in_number_order() -> None:
    assert paragraph_words({2: "c d", 1: "a \u0628\u0640\u0627 b"}) == [
        "a",
        "\u0628\u0627",
        "b",
        "c",
        "d",
    ]


def test_no_source_paragraph_looks_like_page_furniture() -> None:
    for language in ("ar", "en", "fr"):
        assert [furniture_in(text) for text in source_paragraphs(language).values()] == [[]] * 16


@pytest.mark.parametrize(
    ("name", "kinds"),
    [
        ("lo-ar.pdf", ["symbol header", "- N - footer"]),
        ("lo-en.pdf", ["symbol header", "page N of M footer"]),
        ("lo-fr.pdf", ["symbol header", "page N of M footer"]),
        ("chromium-ar.pdf", ["symbol header", "N/M page number", "print date", "file address"]),
        ("chromium-en.pdf", ["symbol header", "N/M page number", "print date", "file address"]),
    ],
)
def test_furniture_in_recognises_what_each_producer_prints_around_the_text(
    name: str, kinds: list[str]
) -> None:
    assert furniture_in(pdftotext(PDF_FIXTURES / name, "-f", "2", "-l", "2")) == kinds
