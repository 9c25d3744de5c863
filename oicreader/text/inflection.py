"""English and French inflections: Snowball stems of folded words, for the `inflected` column."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from oicreader.text.arabic_clitics import is_arabic_token
from oicreader.text.fts_tokens import token_words

if TYPE_CHECKING:
    from snowballstemmer.basestemmer import BaseStemmer

__all__ = [
    "INFLECTED_LANGUAGES",
    "inflected_text",
    "inflection_key",
    "inflection_stem",
    "query_inflection_keys",
]

# The languages Snowball stems for us; Arabic has its own clitic readings (arabic_clitics).
INFLECTED_LANGUAGES = ("en", "fr")

# Snowball's French stemmer takes "it" off a singular (conflit → confl) but not off the
# plural (conflits → conflit), so the two never met. Taking the plural's s or x off first
# puts both through the same steps; below five letters a final s is as often the word's own
# (mais, pays, fois) as a plural's, so short words are stemmed as written.
_FRENCH_PLURAL_ENDINGS = ("s", "x")
_FRENCH_PLURAL_MIN_LETTERS = 5

# A Snowball stemmer object keeps the word it works on; one per thread keeps searches on a
# worker thread from stemming into each other.
_local = threading.local()


def _stemmer(language: str) -> BaseStemmer:
    stemmers: dict[str, BaseStemmer] | None = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    stemmer = stemmers.get(language)
    if stemmer is None:
        # Imported on first use: the package loads all thirty of its languages (27 ms), which
        # the window's start need not wait for. The classes themselves, not
        # snowballstemmer.stemmer(), which would switch to PyStemmer's C build where that is
        # installed: the stems stored in the index must not depend on what else is installed.
        from snowballstemmer.english_stemmer import EnglishStemmer
        from snowballstemmer.french_stemmer import FrenchStemmer

        stemmer_class = EnglishStemmer if language == "en" else FrenchStemmer
        stemmer = stemmers[language] = stemmer_class()
    return stemmer


def _is_stemmable(word: str) -> bool:
    return word.isalpha() and not is_arabic_token(word)


@lru_cache(maxsize=1 << 17)
def inflection_stem(word: str, language: str) -> str | None:
    """The Snowball stem of a folded word in an inflected language, or None (Arabic, digits,
    a language without a stemmer). condemned, condemnation → condemn; etats → etat."""
    if language not in INFLECTED_LANGUAGES or not _is_stemmable(word):
        return None
    if (
        language == "fr"
        and len(word) >= _FRENCH_PLURAL_MIN_LETTERS
        and word.endswith(_FRENCH_PLURAL_ENDINGS)
    ):
        word = word[:-1]
    return str(_stemmer(language).stemWord(word))


# A query does not say its language, so a typed word is looked up by its stem in each; the
# language code written before each stem in the index (enstate, frstat) keeps one language's
# stem from finding another's words: French stems "state" as "stat", which must not find the
# English "stat". Two letters before every stem, so no key of one language is one of another.
def inflection_key(word: str, language: str) -> str | None:
    """How a folded word is indexed in the `inflected` column: its language and stem, as one
    token (condemned in English → encondemn), or None when it has no stem."""
    stem = inflection_stem(word, language)
    return language + stem if stem else None


def inflected_text(folded: str, language: str) -> str:
    """The `inflected` column of a paragraph: the distinct keys of its words, in first-seen
    order (phrases are matched in the folded column, so positions here do not matter)."""
    if language not in INFLECTED_LANGUAGES:
        return ""
    keys = (inflection_key(word, language) for word in token_words(folded))
    return " ".join(dict.fromkeys(key for key in keys if key))


def query_inflection_keys(
    word: str, languages: Iterable[str] = INFLECTED_LANGUAGES
) -> tuple[str, ...]:
    """The keys a typed (folded) word is looked up as: one per language it may be written in."""
    keys = (inflection_key(word, language) for language in languages)
    return tuple(dict.fromkeys(key for key in keys if key))
