"""Snowball stems of English and French words, and the keys the index holds them as."""

from __future__ import annotations

from oicreader.text.inflection import (
    inflected_text,
    inflection_key,
    inflection_stem,
    query_inflection_keys,
)


def test_english_inflections_share_a_stem_that_unrelated_words_do_not() -> None:
    stems = {word: inflection_stem(word, "en") for word in ("condemn", "condemned", "condemnation")}
    assert set(stems.values()) == {"condemn"}
    assert inflection_stem("states", "en") == inflection_stem("state", "en") == "state"
    assert inflection_stem("statement", "en") != "state"


def test_a_french_plural_is_stemmed_as_its_singular() -> None:
    # Snowball alone stems conflit as confl but conflits as conflit.
    assert inflection_stem("conflits", "fr") == inflection_stem("conflit", "fr")
    assert inflection_stem("refugies", "fr") == inflection_stem("refugie", "fr")
    assert inflection_stem("etats", "fr") == inflection_stem("etat", "fr") == "etat"


def test_a_short_french_word_keeps_its_final_s() -> None:
    # mais (but) is not the plural of mai (May).
    assert inflection_stem("mais", "fr") != inflection_stem("mai", "fr")


def test_arabic_digits_and_other_languages_have_no_stem() -> None:
    assert inflection_stem("الارهاب", "fr") is None
    assert inflection_stem("2017", "en") is None
    assert inflection_stem("condemned", "ar") is None
    assert inflected_text("condemned", "ar") == ""


def test_the_index_holds_each_stem_once_with_its_language() -> None:
    assert inflected_text("states condemned the state 2017", "en") == "enstate encondemn enthe"
    assert inflection_key("etats", "fr") == "fretat"


def test_a_query_word_is_looked_up_in_every_inflected_language() -> None:
    assert query_inflection_keys("state") == ("enstate", "frstat")
    assert query_inflection_keys("state", ["en"]) == ("enstate",)
    assert query_inflection_keys("الارهاب") == ()
