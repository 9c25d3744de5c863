"""Printed PDFs: only the chosen paragraphs and languages, Arabic that copies back, fonts inside."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id
from oicreader.model.document import Document
from oicreader.render.pdf_output import write_pdf
from oicreader.render.print_options import Layout, PrintOptions
from oicreader.store.annotations import add_annotation, list_annotations
from oicreader.store.library import Library

pytestmark = pytest.mark.gui

REPORT = "oic-acm-2017-chair-rep"
CHOSEN = (3, 4, 13, 14)
# Bidi controls pdftotext puts around right-to-left lines and numbers, and Arabic marks
# (harakat) it may emit as separate glyphs: neither is part of a word.
_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670]")
_ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")
_WORD = re.compile(r"\w+")
_DASHES = "-\u2010\u2011\u2013\u2014"
HIGHLIGHT = "#81d4fa"


def poppler(tool: str) -> str:
    """The path of a poppler tool; a missing one fails the test with how to install it."""
    path = shutil.which(tool)
    if path is None:
        pytest.fail(
            f"{tool} not found: install poppler-utils (apt-get install poppler-utils, "
            "brew install poppler) — the PDF tests read PDFs back with it"
        )
    return path


def run_tool(tool: str, *arguments: str) -> str:
    """Run a poppler tool and return its standard output."""
    result = subprocess.run(
        [poppler(tool), *arguments], capture_output=True, text=True, encoding="utf-8", check=True
    )
    return result.stdout


def fold(text: str) -> str:
    """Extracted or source text as compared: NFKC (presentation forms to letters), no controls."""
    folded = unicodedata.normalize("NFKC", text)
    # A control stands between a number and a word, where the line had a space.
    return _ARABIC_MARKS.sub("", _CONTROLS.sub(" ", folded)).replace("\u0640", "")


def pdf_text(path: Path) -> str:
    """The PDF's text as pdftotext extracts it, folded."""
    return fold(run_tool("pdftotext", "-enc", "UTF-8", str(path), "-"))


def arabic_words(text: str) -> list[str]:
    """The Arabic words of a text, in order, without digits, punctuation or marks."""
    return _ARABIC_WORD.findall(fold(text))


def plain_words(text: str) -> set[str]:
    """Words of a source text that survive line breaking intact (no hyphen inside or around)."""
    words = set()
    for chunk in fold(text).split():
        if any(dash in chunk for dash in _DASHES):
            continue  # "palestino-israélien" may come back joined across a line break
        words.update(word.casefold() for word in _WORD.findall(chunk))
    # Numbers are left out: pdftotext moves digits around inside right-to-left lines.
    return {word for word in words if len(word) >= 3 and not any(c.isdigit() for c in word)}


def extracted_words(text: str) -> set[str]:
    """Every word of an extracted text, case-folded."""
    return {word.casefold() for word in _WORD.findall(text)}


def distinctive_words(document: Document) -> dict[tuple[int, str], set[str]]:
    """Per paragraph and language, the words no other paragraph or language has, nor the page."""
    words = {
        (number, language): plain_words(document.paragraph(number).text(language) or "")
        for number in document.paragraph_numbers
        for language in document.languages
    }
    furniture = plain_words(" ".join(document.titles.values()))
    furniture |= extracted_words(document.symbol) | {"page", "draft", "projet", "صفحة"}
    for version in document.versions.values():
        furniture |= plain_words(" ".join(block.text for block in version.front_matter))
    for note in document.translator_notes:
        furniture |= plain_words(note.text)
    distinctive = {}
    for key, own in words.items():
        others = set().union(*(other for other_key, other in words.items() if other_key != key))
        distinctive[key] = own - others - furniture
    return distinctive


@pytest.fixture
def library() -> Iterator[Library]:
    """The test's own library (OICREADER_HOME) with the bundled report loaded."""
    with Library.open() as opened:
        yield opened


@pytest.fixture
def report(library: Library) -> Document:
    return library.document(REPORT)


def add_highlight(
    library: Library, document: Document, number: int, language: str, quote: str, note: str
) -> Annotation:
    """Store a highlight with a note, as the window would."""
    text = document.paragraph(number).text(language) or ""
    start = text.index(quote)
    return add_annotation(
        library,
        Annotation(
            id=new_annotation_id(),
            document=document.id,
            revision=library.current_revision_number(document.id),
            paragraph_number=number,
            language=language,
            anchor=TextAnchor.in_text(text, start, start + len(quote)),
            color=HIGHLIGHT,
            note=note,
            tags=("briefing",),
        ),
    )


def write(
    tmp_path: Path,
    document: Document,
    annotations: list[Annotation] | None = None,
    **options: object,
) -> Path:
    path = tmp_path / "out.pdf"
    chosen = PrintOptions(**{"paragraphs": CHOSEN, **options})  # type: ignore[arg-type]
    write_pdf(document, chosen, annotations or [], path)
    return path


LAYOUT_LANGUAGES: list[tuple[Layout, tuple[str, ...]]] = [
    ("side-by-side", ("ar", "en", "fr")),
    ("single", ("ar",)),
    ("single", ("fr",)),
    ("interleaved", ("ar", "en")),
]


@pytest.mark.parametrize(("layout", "languages"), LAYOUT_LANGUAGES)
def test_pdf_holds_exactly_the_chosen_paragraphs_in_each_language(
    qapp: object, tmp_path: Path, report: Document, layout: Layout, languages: tuple[str, ...]
) -> None:
    text = pdf_text(write(tmp_path, report, layout=layout, languages=languages))
    found = extracted_words(text)
    for (number, language), words in distinctive_words(report).items():
        present = words & found
        if language in languages and number in CHOSEN:
            assert words, f"¶{number} {language} has no word of its own to look for"
            assert present == words, f"¶{number} {language}: missing {words - present}"
        else:
            assert not present, f"¶{number} {language} should not be printed: {present}"


@pytest.mark.parametrize(
    ("layout", "languages"), [case for case in LAYOUT_LANGUAGES if "ar" in case[1]]
)
def test_arabic_comes_back_as_the_source_words_in_reading_order(
    qapp: object, tmp_path: Path, report: Document, layout: Layout, languages: tuple[str, ...]
) -> None:
    raw = run_tool(
        "pdftotext",
        "-enc",
        "UTF-8",
        str(write(tmp_path, report, layout=layout, languages=languages)),
        "-",
    )
    available = Counter(arabic_words(raw))
    printed = [report.paragraph(number).text("ar") or "" for number in CHOSEN]
    for number, text in zip(CHOSEN, printed, strict=True):
        missing = Counter(arabic_words(text)) - available
        assert not missing, f"¶{number}: {missing}"
    # pdftotext orders the pieces of a line around punctuation as it guesses, but inside
    # each piece the words must read as in the source: logical order, not visual.
    sources = [f" {' '.join(arabic_words(text))} " for text in printed]
    sources.append(f" {' '.join(arabic_words(report.title('ar')))} ")
    pieces = [arabic_words(piece) for piece in re.split("[\n\u202a-\u202e]", raw)]
    long_pieces = [piece for piece in pieces if len(piece) >= 3]
    assert len(long_pieces) >= 8
    for piece in long_pieces:
        joined = f" {' '.join(piece)} "
        assert any(joined in source for source in sources), f"not in reading order: {joined}"


def test_fonts_are_embedded_with_amiri_for_arabic(
    qapp: object, tmp_path: Path, report: Document
) -> None:
    listing = run_tool("pdffonts", str(write(tmp_path, report))).splitlines()[2:]
    fonts = {line.split()[0]: line.split()[-5] for line in listing if line.strip()}
    assert any("Amiri" in name for name in fonts), fonts
    assert all(embedded == "yes" for embedded in fonts.values()), fonts


def test_header_and_footer_speak_the_page_language(
    qapp: object, tmp_path: Path, report: Document
) -> None:
    english = pdf_text(write(tmp_path, report, languages=("en", "fr")))
    pages = int(re.search(r"Pages:\s+(\d+)", run_tool("pdfinfo", str(tmp_path / "out.pdf")))[1])
    assert "OIC/ACM-2017/CHAIR-REP" in english
    assert f"Page 1 of {pages}" in english
    assert "22 September 2017" in english
    assert "DRAFT" in english  # the report's status is draft
    arabic = pdf_text(write(tmp_path, report, languages=("ar", "en")))
    assert "OIC/ACM-2017/CHAIR-REP" in arabic
    assert {"صفحة", "من", "سبتمبر", "مشروع"} <= set(arabic_words(arabic))
    assert "Page 1 of" not in arabic and "22 September 2017" not in arabic


@pytest.mark.parametrize(("paper", "size"), [("a4", "(A4)"), ("letter", "(letter)")])
def test_paper_size(qapp: object, tmp_path: Path, report: Document, paper: str, size: str) -> None:
    info = run_tool("pdfinfo", str(write(tmp_path, report, paper=paper)))
    assert size in info


@pytest.mark.parametrize("style", ["under", "endnotes"])
def test_notes_are_printed_only_when_asked(
    qapp: object, tmp_path: Path, library: Library, report: Document, style: str
) -> None:
    add_highlight(library, report, 4, "ar", "المسجد الأقصى المبارك", "Ask about the Istanbul date")
    add_highlight(library, report, 9, "en", "The meeting", "Not printed: paragraph 9 is not chosen")
    annotations = list_annotations(library, document=report.id)

    page = ("en", "ar")  # an English page: headings in English
    with_notes = pdf_text(write(tmp_path, report, annotations, notes=style, languages=page))
    assert "Ask about the Istanbul date" in with_notes
    assert "#briefing" in with_notes
    assert "Not printed" not in with_notes
    quote = arabic_words("المسجد الأقصى المبارك")
    assert Counter(arabic_words(with_notes))[quote[1]] >= 2, "the quote is printed with the note"
    if style == "endnotes":
        assert "Notes" in with_notes and "Paragraph 4" in with_notes
    else:
        assert "Translator's note" in with_notes

    without = pdf_text(write(tmp_path, report, annotations, notes="none", languages=page))
    assert "Ask about the Istanbul date" not in without
    assert "#briefing" not in without
    assert "Translator's note" not in without


def _highlight_pixels(pdf: Path, tmp_path: Path) -> int:
    prefix = tmp_path / "page"
    run_tool("pdftoppm", "-png", "-r", "30", str(pdf), str(prefix))
    wanted = HIGHLIGHT.lstrip("#")
    count = 0
    for png in sorted(tmp_path.glob("page*.png")):
        image = QImage(str(png))
        for y in range(image.height()):
            for x in range(image.width()):
                if f"{image.pixel(x, y) & 0xFFFFFF:06x}" == wanted:
                    count += 1
        png.unlink()
    return count


def test_highlights_are_drawn_in_their_colour_unless_left_out(
    qapp: object, tmp_path: Path, library: Library, report: Document
) -> None:
    add_highlight(library, report, 13, "en", "Kazakhstan for the successful organisation", "")
    annotations = list_annotations(library, document=report.id)
    assert _highlight_pixels(write(tmp_path, report, annotations), tmp_path) > 20
    assert _highlight_pixels(write(tmp_path, report, annotations, highlights=False), tmp_path) == 0
