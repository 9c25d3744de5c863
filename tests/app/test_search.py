"""Search through the app layer: the whole library or one document, and any limit."""

from __future__ import annotations

from oicreader.app.search import SEARCH_SYNTAX, SEARCH_SYNTAX_HELP, search_library
from oicreader.app.session import Session
from oicreader.text.query import QueryTerm, parse_query
from tests.app.conftest import KEY

SEARCH_SYNTAX_HELP_EXAMPLES = (
    "condemn attacks",
    '"Security Council"',
    "-Iraq",
    "refugees OR migrants",
    "terror*",
)


def test_a_limit_past_any_librarys_size_means_every_hit(session: Session) -> None:
    every = search_library(session, "Palestine", limit=1000)
    assert every, "the bundled report names Palestine"
    # Beyond SQLite's 64-bit integers: it must not overflow on its way to the query.
    assert search_library(session, "Palestine", limit=10**20) == every


def test_a_search_in_one_document_and_language_finds_only_there(session: Session) -> None:
    hits = search_library(session, "Palestine", KEY, "fr")
    assert hits and {(hit.document_key, hit.language) for hit in hits} == {(KEY, "fr")}


def test_each_example_of_the_syntax_help_is_read_the_way_it_says() -> None:
    examples = dict(SEARCH_SYNTAX)
    assert list(examples) == list(SEARCH_SYNTAX_HELP_EXAMPLES)
    words = parse_query("condemn attacks")
    assert len(words) == 2 and not any(t.phrase or t.excluded or t.alternative for t in words)
    assert parse_query('"Security Council"') == [QueryTerm(("security", "council"), phrase=True)]
    assert parse_query("-Iraq") == [QueryTerm(("iraq",), excluded=True)]
    assert parse_query("refugees OR migrants") == [
        QueryTerm(("refugees",)),
        QueryTerm(("migrants",), alternative=True),
    ]
    assert parse_query("terror*") == [QueryTerm(("terror",), prefix=True)]
    assert all(example in SEARCH_SYNTAX_HELP for example in examples)
