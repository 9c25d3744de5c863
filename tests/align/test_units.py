"""Sentence units of a row: right on the bundled report, and always covering every version."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from oicreader.align.rows import document_units
from oicreader.align.sentences import sentence_spans
from oicreader.align.units import sentence_units
from oicreader.importing.bundle import load_document_folder
from oicreader.model.document import Document
from tests.conftest import BUNDLED_FOLDER

FIXTURE = Path(__file__).parent / "fixtures" / "sentence_units.json"
REQUIRED_RATE = 0.90
# No example database: the test run must not leave a .hypothesis folder in the checkout.
PROPERTY = settings(max_examples=200, deadline=None, database=None)


@pytest.fixture(scope="module")
def report() -> Document:
    return load_document_folder(BUNDLED_FOLDER)


@pytest.fixture(scope="module")
def checked() -> dict[int, list[dict[str, str]]]:
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return {entry["paragraph"]: entry["units"] for entry in data["paragraphs"]}


def unit_texts(report: Document, number: int) -> list[dict[str, str]]:
    return [unit.texts for unit in sentence_units(report.paragraph(number).texts, "ar")]


def test_the_hand_checked_fixture_covers_each_paragraph_it_names(
    report: Document, checked: dict[int, list[dict[str, str]]]
) -> None:
    assert len(checked) >= 4 and 6 in checked
    for number, units in checked.items():
        for language, text in report.paragraph(number).texts.items():
            assert "".join(unit[language] for unit in units) == text


def test_sentence_units_match_the_hand_checked_ones(
    report: Document, checked: dict[int, list[dict[str, str]]]
) -> None:
    right = total = 0
    for number, expected in checked.items():
        found = unit_texts(report, number)
        right += sum(unit in found for unit in expected)
        total += max(len(expected), len(found))
    rate = right / total
    print(f"sentence units right: {right}/{total} ({rate:.1%})")
    assert rate >= REQUIRED_RATE


def test_the_one_arabic_sentence_of_paragraph_6_links_by_clause_to_three_english_ones(
    report: Document, checked: dict[int, list[dict[str, str]]]
) -> None:
    units = sentence_units(report.paragraph(6).texts, "ar")
    assert [unit.texts for unit in units] == checked[6]
    # The first clause is the first English sentence; the rest are the other two.
    assert [len(sentence_spans(unit.texts["en"], "en")) for unit in units] == [1, 2]
    assert len(sentence_spans(report.paragraph(6).texts["ar"], "ar")) == 1


def test_a_comma_and_wa_that_do_not_start_a_translated_sentence_leave_the_unit_whole(
    report: Document,
) -> None:
    # In paragraph 1, "، وذلك" and "، وزير" end no English or French sentence.
    [unit] = sentence_units(report.paragraph(1).texts, "ar")
    assert unit.texts == report.paragraph(1).texts


def test_two_paragraphs_in_one_row_give_the_units_of_both(report: Document) -> None:
    joined = {
        language: report.paragraph(4).texts[language] + " " + report.paragraph(5).texts[language]
        for language in ("ar", "en", "fr")
    }
    units = sentence_units(joined, "ar")
    assert [unit.texts["en"].split()[:3] for unit in units] == [
        ["The", "meeting", "recalled"],
        ["During", "that", "meeting,"],
        ["The", "meeting", "stressed"],
        ["The", "meeting", "condemned"],
        ["The", "meeting", "also"],
    ]


SENTENCE_PIECES = {
    "ar": ["أكد الاجتماع", "، و", ". ", "؟ ", " 2017", " ميانمار", "! ", " "],
    "en": ["The meeting", " Mr. Tanoh", ". ", "? ", " 1.5", " Myanmar", " e.g. x", " "],
    "fr": ["La réunion", " M. Tanoh", ". ", " ? ", " 1,5", " Myanmar", " « Voix ». ", " "],
}


def version(language: str) -> st.SearchStrategy[str]:
    return st.lists(
        st.one_of(st.sampled_from(SENTENCE_PIECES[language]), st.text(max_size=6)), max_size=25
    ).map("".join)


@PROPERTY
@given(arabic=version("ar"), english=version("en"), french=version("fr"))
def test_units_cover_each_version_whole_and_in_order(
    arabic: str, english: str, french: str
) -> None:
    texts = {"ar": arabic, "en": english, "fr": french}
    units = sentence_units(texts, "ar")
    assert units
    for language, text in texts.items():
        assert "".join(unit.texts[language] for unit in units) == text
        position = 0
        for unit in units:
            start, end = unit.spans[language]
            assert start == position and text[start:end] == unit.texts[language]
            position = end
        assert 0.0 <= min(unit.confidence for unit in units) <= 1.0


def test_a_row_the_source_lacks_takes_the_next_version_as_its_spine(report: Document) -> None:
    arabic = report.versions["ar"]
    without_six = {number: text for number, text in arabic.paragraphs.items() if number != 6}
    versions = {**report.versions, "ar": replace(arabic, paragraphs=without_six)}
    document = replace(report, versions=versions)
    [row] = document_units(document, [6])
    assert [set(unit.texts) for unit in row.units] == [{"en", "fr"}] * 3
    assert "".join(unit.texts["fr"] for unit in row.units) == report.paragraph(6).texts["fr"]


def test_a_long_text_without_full_stops_is_aligned_whole() -> None:
    arabic = "، ".join(["وأكد الاجتماع التزامه"] * 5000) + "."
    english = ". ".join(["The meeting affirmed its commitment"] * 5000) + "."
    units = sentence_units({"ar": arabic, "en": english}, "ar")  # timed in bench_guards.py
    assert "".join(unit.texts["en"] for unit in units) == english
