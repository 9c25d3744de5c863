"""The query language a reader can guess: words, "phrases", -exclusion, OR and prefix*."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from oicreader.model.document import Document, LanguageVersion
from oicreader.store.library import Library
from oicreader.store.search import search
from oicreader.text.query import QueryTerm, find_match_spans, fts_match_expression, parse_query

PARAGRAPHS = {
    1: "The Security Council met on the situation in the region.",
    2: "The council of the region met in security.",
    3: "Terrorism and terrorist attacks were condemned.",
    4: "Refugees crossed the border after the conflict.",
    5: "The conflict in the region goes on.",
    6: "A terror campaign.",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    document = Document(
        id="syntax",
        symbol="TEST/SYNTAX",
        titles={"en": "Syntax"},
        date="",
        status="draft",
        source_language="en",
        versions={"en": LanguageVersion("en", (), PARAGRAPHS)},
    )
    opened = Library.open(tmp_path_factory.mktemp("syntax") / "x.db", load_bundled=False)
    opened.save_document(document, "imported")
    yield opened
    opened.close()


def found(library: Library, query: str) -> set[int]:
    return {hit.paragraph_number for hit in search(library, query)}


def test_every_word_is_required(library: Library) -> None:
    assert found(library, "council region") == {1, 2}
    assert found(library, "council conflict") == set()


def test_a_quoted_phrase_keeps_its_words_together_and_in_order(library: Library) -> None:
    assert found(library, '"security council"') == {1}
    assert found(library, "security council") == {1, 2}


def test_a_leading_minus_excludes_a_word_or_a_phrase(library: Library) -> None:
    assert found(library, "region -conflict") == {1, 2}
    assert found(library, 'council -"security council"') == {2}
    # An excluded word excludes its inflections too: conflicts, like conflict.
    assert found(library, "region -conflicts") == {1, 2}


def test_a_hyphen_inside_a_word_is_not_an_exclusion() -> None:
    assert parse_query("Nagorno-Karabakh") == [QueryTerm(("nagorno", "karabakh"), phrase=True)]


def test_or_gives_alternatives(library: Library) -> None:
    assert found(library, "refugees OR attacks") == {3, 4}
    assert found(library, "region conflict OR security") == {1, 2, 5}
    assert found(library, '"security council" OR refugees') == {1, 4}
    # Lower case "or" is a word like any other.
    assert found(library, "refugees or attacks") == set()


def test_a_trailing_star_is_a_prefix(library: Library) -> None:
    assert found(library, "terror*") == {3, 6}
    assert found(library, "terro*") == {3, 6}


def test_only_exclusions_find_nothing_rather_than_everything(library: Library) -> None:
    assert fts_match_expression(parse_query("-conflict -region")) is None
    assert found(library, "-conflict") == set()


def test_a_prefix_of_one_or_two_letters_is_searched_as_the_word() -> None:
    # t* would merge the postings of every word starting with t: in a large library that
    # takes seconds, and finds nearly every paragraph anyway.
    assert parse_query("t*") == [QueryTerm(("t",))]
    assert parse_query("te*") == [QueryTerm(("te",))]
    assert parse_query("ter*") == [QueryTerm(("ter",), prefix=True)]


def test_excluded_words_are_never_highlighted() -> None:
    text = PARAGRAPHS[2]
    spans = find_match_spans(text, parse_query("council -security"))
    assert [text[span.start : span.end] for span in spans] == ["council"]


SYNTAX_PIECES = st.sampled_from(
    ["-", "OR", "AND", "NOT", "NEAR", '"', "«", "»", "*", "(", ")", ":", "^", "+", "{", "}",
     "-\"", "region", "council", "القدس", "terror*", " ", "  ", "-OR", "OR-", "*-", "'"]
)  # fmt: skip


@settings(
    max_examples=300,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.one_of(SYNTAX_PIECES, st.text(max_size=5)), max_size=20).map("".join))
def test_any_typed_syntax_answers_without_error(library: Library, query: str) -> None:
    search(library, query)  # how fast: tests/benchmarks/bench_guards.py


@settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(SYNTAX_PIECES, max_size=12).map(" ".join))
def test_any_syntax_gives_an_expression_fts5_accepts(library: Library, query: str) -> None:
    expression = fts_match_expression(parse_query(query))
    if expression is not None:
        library.db.execute(
            "SELECT count(*) FROM paragraphs_fts WHERE paragraphs_fts MATCH ?", [expression]
        ).fetchone()
