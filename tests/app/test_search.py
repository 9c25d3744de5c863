"""Search through the app layer: the whole library or one document, and any limit."""

from __future__ import annotations

from dataclasses import replace

from oicreader.app.notes import add_note, delete_note
from oicreader.app.search import (
    SEARCH_SYNTAX,
    SEARCH_SYNTAX_HELP,
    group_hits,
    search_library,
    search_library_results,
    search_notes,
)
from oicreader.app.session import Session
from oicreader.model.annotation import TextAnchor
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


def anchor_on(session: Session, number: int, language: str, quote: str) -> TextAnchor:
    text = session.document(KEY).paragraph(number).text(language) or ""
    start = text.index(quote)
    return TextAnchor.in_text(text, start, start + len(quote))


def test_notes_are_found_by_their_text_quote_or_tags_in_paragraph_order(
    session: Session,
) -> None:
    by_text = add_note(session, KEY, 9, "en", note="Ask the delegation about the refugee camps")
    by_tag = add_note(session, KEY, 3, "fr", tags=["Refugees"])
    by_quote = add_note(session, KEY, 10, "en", anchor=anchor_on(session, 10, "en", "refugees"))
    add_note(session, KEY, 2, "en", note="Nothing to do with it", tags=["budget"])
    hits = search_notes(session, "refugee")
    assert [hit.annotation_id for hit in hits] == [
        by_tag.annotation.id,
        by_text.annotation.id,
        by_quote.annotation.id,
    ]
    assert [(hit.symbol, hit.paragraph_number) for hit in hits] == [
        ("OIC/ACM-2017/CHAIR-REP", 3),
        ("OIC/ACM-2017/CHAIR-REP", 9),
        ("OIC/ACM-2017/CHAIR-REP", 10),
    ]
    assert hits[1].snippet == "Ask the delegation about the **refugee** camps"
    assert hits[0].snippet == "**Refugees**"


def test_a_note_query_uses_the_whole_query_language(session: Session) -> None:
    urgent = add_note(session, KEY, 4, "en", note="Settlements in Jerusalem", tags=["urgent"])
    later = add_note(session, KEY, 5, "en", note="Settlements, again", tags=["later"])
    assert [h.annotation_id for h in search_notes(session, "settlement urgent")] == [
        urgent.annotation.id
    ]
    assert [h.annotation_id for h in search_notes(session, "settlements -urgent")] == [
        later.annotation.id
    ]
    assert len(search_notes(session, "jerusalem OR again")) == 2
    assert search_notes(session, "-urgent") == []


def test_a_deleted_note_is_not_found(session: Session) -> None:
    note = add_note(session, KEY, 4, "en", note="Settlements").annotation
    delete_note(session, note.id)
    assert search_notes(session, "settlements") == []


def test_hits_are_grouped_by_document_then_paragraph_in_document_order(
    session: Session,
) -> None:
    hits = search_library(session, "Palestine OR فلسطين", limit=1000)
    [group] = group_hits(hits)
    numbers = [paragraph.paragraph_number for paragraph in group.paragraphs]
    assert numbers == sorted(set(numbers)) == sorted({hit.paragraph_number for hit in hits})
    assert (group.symbol, group.titles["en"]) == (
        "OIC/ACM-2017/CHAIR-REP",
        session.document(KEY).titles["en"],
    )
    # One paragraph found in three languages is one paragraph, with its three versions.
    versions = {p.paragraph_number: {h.language for h in p.hits} for p in group.paragraphs}
    assert len(group.paragraphs) < len(hits)
    assert {"ar", "en", "fr"} in versions.values()


def test_documents_come_in_the_order_of_their_best_hit(session: Session) -> None:
    hits = search_library(session, "Palestine", limit=4)
    other = replace(hits[1], document_key="other", symbol="OTHER/1", paragraph_number=1)
    later = replace(hits[0], paragraph_number=2)
    groups = group_hits([hits[0], other, later])
    assert [group.symbol for group in groups] == ["OIC/ACM-2017/CHAIR-REP", "OTHER/1"]
    assert [p.paragraph_number for p in groups[0].paragraphs] == sorted(
        {hits[0].paragraph_number, 2}
    )


def test_results_say_when_the_limit_cut_the_list(session: Session) -> None:
    every = search_library(session, "2017", limit=1000)
    assert len(every) > 3, "the bundled report gives the year 2017 in several paragraphs"
    cut = search_library_results(session, "2017", limit=3)
    assert cut.cut and cut.hits == search_library(session, "2017", limit=3)
    whole = search_library_results(session, "2017", limit=len(every))
    assert not whole.cut and whole.hits == every


def test_results_of_one_document_and_language_say_when_cut_too(session: Session) -> None:
    every = search_library(session, "2017", KEY, "fr", limit=1000)
    assert len(every) > 1
    assert search_library_results(session, "2017", KEY, "fr", limit=1).cut
    assert not search_library_results(session, "2017", KEY, "fr", limit=len(every)).cut
