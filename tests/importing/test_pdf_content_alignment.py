"""PDF translations printed without paragraph numbers import aligned to the Arabic by content."""

from __future__ import annotations

from oicreader.importing.import_plan import import_files
from oicreader.model.document import LanguageVersion
from tests.importing.pdf_fixtures import (
    PRINTED_REPORT,
    UNNUMBERED_FIXTURES,
    source_paragraphs,
    text_words,
)

ENGLISH, FRENCH_MERGED = UNNUMBERED_FIXTURES


def imported_beside_the_arabic(fixture_name: str, language: str) -> LanguageVersion:
    fixture = next(fixture for fixture in UNNUMBERED_FIXTURES if fixture.name == fixture_name)
    plan = import_files([PRINTED_REPORT / "ar.txt", fixture.path])
    assert plan.files[1].language == language and plan.alignment_problems == []
    return plan.document.versions[language]


def row_words(version: LanguageVersion) -> dict[int, list[str]]:
    return {row: text_words(text) for row, text in version.paragraphs.items()}


def test_an_unnumbered_pdf_translation_takes_the_arabic_rows_word_for_word() -> None:
    version = imported_beside_the_arabic(ENGLISH.name, "en")
    assert not version.numbered
    expected = {row: text_words(text) for row, text in source_paragraphs("en").items()}
    assert row_words(version) == expected
    # Paragraphs 9 and 16 run over a page break: each is one paragraph of the PDF again.
    assert {link.mark for link in version.links.values()} == {"linked"}
    assert not any(link.needs_review for link in version.links.values())


def test_an_unnumbered_pdf_translation_that_merged_two_paragraphs_shows_them_merged() -> None:
    version = imported_beside_the_arabic(FRENCH_MERGED.name, "fr")
    french = {row: text_words(text) for row, text in source_paragraphs("fr").items()}
    merged = french[9] + french[10]
    assert row_words(version) == {**french, 9: merged, 10: merged}
    for row in (9, 10):
        assert (version.links[row].spans, version.links[row].mark) == ((9, 10), "merged")
    assert not any(link.needs_review for link in version.links.values())
