"""English and French words find their inflections, and only them (issue 20's examples)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from oicreader.model.document import Document, LanguageVersion
from oicreader.store.library import Library
from oicreader.store.search import search

ENGLISH = {
    1: "The Member States met in New York.",
    2: "The meeting condemned the attacks.",
    3: "It went on condemning every attack.",
    4: "It called for the condemnation of terrorism.",
    5: "The chair read a statement to the press.",
    6: "Refugees crossed the border.",
    7: "The camp was a refuge for the night.",
    8: "Its statements were brief.",
    9: "The committee will condemn such acts.",
    10: "The condensed report lists one violation.",
    11: "Violations were reported; the ceasefire was violated.",
    12: "Violence broke out.",
    13: "Terrorism and terrorist groups.",
}
FRENCH = {
    1: "Les États membres se sont réunis.",
    2: "Les réfugiés ont franchi la frontière.",
    3: "Les conflits armés de la région.",
    4: "La réunion condamne les attaques.",
    5: "Elle a condamné les attaques.",
    6: "Elle a appelé à la condamnation du terrorisme.",
    7: "La situation dans la région est établie.",
    8: "Un statut particulier.",
    9: "Le conflit armé.",
    10: "Elle souhaite condamner ces actes.",
    11: "Un climat conflictuel, sous condition.",
    12: "Le refus de la délégation.",
}


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Library]:
    document = Document(
        id="inflections",
        symbol="TEST/INFLECTIONS",
        titles={"en": "Inflections", "fr": "Flexions"},
        date="",
        status="draft",
        source_language="en",
        versions={
            "en": LanguageVersion("en", (), ENGLISH),
            "fr": LanguageVersion("fr", (), FRENCH),
        },
    )
    opened = Library.open(tmp_path_factory.mktemp("inflections") / "x.db", load_bundled=False)
    opened.save_document(document, "imported")
    yield opened
    opened.close()


def found(library: Library, query: str, language: str) -> set[int]:
    return {hit.paragraph_number for hit in search(library, query, language=language)}


def highlighted(library: Library, query: str, language: str) -> set[str]:
    """The words as written under every hit's first highlight."""
    texts = ENGLISH if language == "en" else FRENCH
    return {
        texts[hit.paragraph_number][hit.start : hit.end]
        for hit in search(library, query, language=language)
        if hit.start is not None and hit.end is not None
    }


@pytest.mark.parametrize(
    ("query", "language", "paragraphs", "words"),
    [
        ("refugee", "en", {6}, {"Refugees"}),
        ("condemn", "en", {2, 3, 4, 9}, {"condemned", "condemning", "condemnation", "condemn"}),
        ("state", "en", {1}, {"States"}),
        ("réfugié", "fr", {2}, {"réfugiés"}),
        ("refugie", "fr", {2}, {"réfugiés"}),
        ("conflit", "fr", {3, 9}, {"conflits", "conflit"}),
        ("condamner", "fr", {4, 5, 6, 10}, {"condamne", "condamné", "condamnation", "condamner"}),
        ("etat", "fr", {1}, {"États"}),
    ],
)
def test_a_word_finds_its_inflections_and_highlights_them_as_written(
    library: Library, query: str, language: str, paragraphs: set[int], words: set[str]
) -> None:
    assert found(library, query, language) == paragraphs
    assert highlighted(library, query, language) == words


def test_violation_finds_its_plural_and_verb_but_not_violence(library: Library) -> None:
    assert found(library, "violation", "en") == {10, 11}
    assert highlighted(library, "violation", "en") == {"violation", "Violations"}


def test_terror_finds_terrorism_and_terror_star_finds_terrorist_too(library: Library) -> None:
    # Snowball stems terrorism as terror, but terrorist as terrorist.
    stemmed = {h.paragraph_number: h.spans for h in search(library, "terror", language="en")}
    assert stemmed == {4: stemmed[4], 13: ((0, 9),)}
    prefixed = {h.paragraph_number: h.spans for h in search(library, "terror*", language="en")}
    assert prefixed[13] == ((0, 9), (14, 23))


def test_condemn_does_not_find_condensed(library: Library) -> None:
    assert 10 not in found(library, "condemn", "en")


def test_french_words_do_not_find_look_alikes(library: Library) -> None:
    assert found(library, "conflit", "fr") == {3, 9}  # not conflictuel
    assert found(library, "condamner", "fr") == {4, 5, 6, 10}  # not condition
    assert found(library, "réfugié", "fr") == {2}  # not refus


def test_state_does_not_find_statement(library: Library) -> None:
    assert found(library, "state", "en") == {1}
    assert found(library, "statement", "en") == {5, 8}


def test_refugee_does_not_find_refuge(library: Library) -> None:
    assert found(library, "refugee", "en") == {6}
    assert found(library, "refuge", "en") == {7}


def test_etat_finds_neither_etablie_nor_statut(library: Library) -> None:
    assert found(library, "etat", "fr") == {1}
    assert found(library, "établir", "fr") == {7}
    assert found(library, "statut", "fr") == {8}


def test_an_exact_match_ranks_above_its_inflections(library: Library) -> None:
    hits = search(library, "condemn", language="en")
    assert [(hit.paragraph_number, hit.exact) for hit in hits[:1]] == [(9, True)]
    assert [hit.exact for hit in hits] == [True, False, False, False]


def test_a_quoted_word_or_a_prefix_is_not_inflected(library: Library) -> None:
    assert found(library, '"condemn"', "en") == {9}
    assert found(library, "condemned*", "en") == {2}


def test_the_json_offsets_of_a_stemmed_hit_cover_the_word_as_written(library: Library) -> None:
    [hit] = search(library, "etat", language="fr")
    assert (hit.start, hit.end) == (4, 9)
    assert hit.snippet == "Les **États** membres se sont réunis."


def test_stems_stay_within_their_language(tmp_path: Path) -> None:
    # "state" is stemmed "stat" in French, but no English word is indexed by a French stem.
    with Library.open(tmp_path / "x.db", load_bundled=False) as library:
        document = Document(
            id="d",
            symbol="D/1",
            titles={"en": "D"},
            date="",
            status="draft",
            source_language="en",
            versions={"en": LanguageVersion("en", (), {1: "A statistic.", 2: "A stat."})},
        )
        library.save_document(document, "imported")
        assert found(library, "state", "en") == set()
