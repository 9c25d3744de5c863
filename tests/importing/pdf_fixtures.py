"""The PDF fixtures of issue 17, the report text they were made from, and a word-by-word score.

The fixtures live in tests/importing/fixtures/pdf/ (see its README.md; make_fixtures.py there
rebuilds them by hand). A test of a PDF reader compares what it reads with the text printed:

    version = the_pdf_importer(fixture.path)  # a LanguageVersion
    assert word_accuracy(source_words("ar"), paragraph_words(version.paragraphs)) >= 0.99
    assert set(version.paragraphs) == set(source_paragraphs("ar"))
    assert not any(furniture_in(text) for text in version.paragraphs.values())

`source_words(lang)` is the text of paragraphs 1-16 in reading (logical) order, without their
numbers and without the cover: the numbers are paragraph numbers, not text (check them
separately: every one of 1-16 must be found), and the cover and the title repeated above
paragraph 1 are front matter, not paragraphs. Words are split on white space and keep their
punctuation ("2017،", "d'Ivoire.").
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from oicreader.importing.plain_text import read_report_file

PDF_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "pdf"
# The bundled report as it was printed to these PDFs and Word files: a copy, because the bundled
# translations have been revised since (issue 21) and the files still hold the printed words.
PRINTED_REPORT = Path(__file__).resolve().parent / "fixtures" / "printed-report"
LANGUAGES = ("ar", "en", "fr")

# Arabic presentation forms (what a PDF often stores for shaped letters) fold to the letters
# they show; NFKC is applied to these ranges only, never to the whole text.
_PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]+")
# Tatweel stretches a justified Arabic line; direction marks and isolates are invisible.
_NOT_PART_OF_WORDS = re.compile("[\u0640\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# What the fixtures print around the text: running header, footers, Chromium's header and footer.
PAGE_FURNITURE = {
    "symbol header": re.compile(r"OIC/ACM-2017/CHAIR-REP"),
    "page N of M footer": re.compile(r"\bPage \d+ (?:of|sur) \d+\b"),
    "- N - footer": re.compile(r"(?<!\S)-\s*\d+\s*-(?!\S)"),
    "N/M page number": re.compile(r"(?<!\S)\d+/\d+(?!\S)"),
    "print date": re.compile(r"\b\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2}\s?[AP]M\b"),
    "file address": re.compile(r"file://\S*"),
}


@dataclass(frozen=True)
class PdfFixture:
    """One fixture file: its language (None for a bad file), its producer and size budget."""

    name: str
    language: str | None
    producer: str
    size_budget: int  # bytes: the file must stay smaller, so the repository stays small

    @property
    def path(self) -> Path:
        """Where the fixture is."""
        return PDF_FIXTURES / self.name


_KB = 1024

# Good fixtures: the whole bundled report in one language, each read by the importer.
GOOD_FIXTURES = (
    PdfFixture("lo-ar.pdf", "ar", "LibreOffice", 80 * _KB),
    PdfFixture("lo-en.pdf", "en", "LibreOffice", 80 * _KB),
    PdfFixture("lo-fr.pdf", "fr", "LibreOffice", 80 * _KB),
    PdfFixture("chromium-ar.pdf", "ar", "Chromium", 160 * _KB),
    PdfFixture("chromium-en.pdf", "en", "Chromium", 120 * _KB),
    PdfFixture("chromium-fr.pdf", "fr", "Chromium", 120 * _KB),
    PdfFixture("lo-ar-two-columns.pdf", "ar", "LibreOffice", 80 * _KB),
    PdfFixture("lo-ar-indic-numbers.pdf", "ar", "LibreOffice", 80 * _KB),
    PdfFixture("lo-ar-justified.pdf", "ar", "LibreOffice", 80 * _KB),
    PdfFixture("lo-ar-font2.pdf", "ar", "LibreOffice", 80 * _KB),
    PdfFixture("lo-en-hyphenated.pdf", "en", "LibreOffice", 80 * _KB),
    PdfFixture("lo-en-footnotes.pdf", "en", "LibreOffice", 80 * _KB),
)

# Translations printed without paragraph numbers, aligned to the Arabic by content on import:
# the whole English; the French with paragraphs 9 and 10 printed as one.
UNNUMBERED_FIXTURES = (
    PdfFixture("lo-en-unnumbered.pdf", "en", "LibreOffice", 80 * _KB),
    PdfFixture("lo-fr-unnumbered-merged.pdf", "fr", "LibreOffice", 80 * _KB),
)

# Bad files: each must be refused with a message that says what is wrong.
SCANNED = PdfFixture("scanned.pdf", None, "pdftoppm + make_fixtures.py", 250 * _KB)
ENCRYPTED = PdfFixture("encrypted.pdf", None, "qpdf", 80 * _KB)
TRUNCATED = PdfFixture("truncated.pdf", None, "LibreOffice, cut", 50 * _KB)
NOT_A_PDF = PdfFixture("not-a-pdf.pdf", None, "make_fixtures.py", 4 * _KB)
BOMB = PdfFixture("bomb.pdf", None, "make_fixtures.py", 8 * _KB)
MANY_PAGES = PdfFixture("many-pages.pdf", None, "make_fixtures.py + qpdf", 200 * _KB)
BAD_FIXTURES = (SCANNED, ENCRYPTED, TRUNCATED, NOT_A_PDF, BOMB, MANY_PAGES)

ALL_FIXTURES = GOOD_FIXTURES + UNNUMBERED_FIXTURES + BAD_FIXTURES
# The password that opens encrypted.pdf (user and owner).
ENCRYPTED_PASSWORD = "secret"
# What bomb.pdf's one content stream inflates to, and how many pages many-pages.pdf has.
BOMB_INFLATED_BYTES = 400 * 1024 * 1024
MANY_PAGES_COUNT = 5000


def source_paragraphs(language: str) -> dict[int, str]:
    """The printed report's numbered paragraphs in one language, as the text importer reads them."""
    return dict(read_report_file(PRINTED_REPORT / f"{language}.txt", language).paragraphs)


def source_words(language: str) -> list[str]:
    """The words of paragraphs 1-16 in reading order, without numbers or cover (see above)."""
    return paragraph_words(source_paragraphs(language))


def paragraph_words(paragraphs: dict[int, str]) -> list[str]:
    """The words of paragraphs read by an importer, in number order, as source_words gives them."""
    return text_words(" ".join(paragraphs[number] for number in sorted(paragraphs)))


def furniture_in(text: str) -> list[str]:
    """The kinds of page furniture (header, footer, page number, print date) found in a text."""
    folded = " ".join(text_words(text))
    return [kind for kind, pattern in PAGE_FURNITURE.items() if pattern.search(folded)]


def text_words(text: str) -> list[str]:
    """Words as the comparison sees them: presentation forms folded, tatweel and marks gone."""
    folded = _PRESENTATION_FORMS.sub(lambda forms: unicodedata.normalize("NFKC", forms[0]), text)
    return _NOT_PART_OF_WORDS.sub("", folded).split()


def word_accuracy(expected_words: list[str], got_words: list[str]) -> float:
    """The share of expected words found, in order, in what was read (1.0: all of them).

    Words read that are not in the source (a header, a footnote) cost nothing here; a word
    missing, changed or out of order costs one. Autojunk is off: it would ignore "the" and
    "الدول" as too common and undercount.
    """
    if not expected_words:
        return 1.0
    matcher = difflib.SequenceMatcher(None, expected_words, got_words, autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / len(expected_words)
