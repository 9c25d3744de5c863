"""Themes: the curated list for a bundled document, or suggestions from the thematic lexicon."""

from __future__ import annotations

import bisect
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES
from oicreader.paths import resources_dir
from oicreader.text.folding import (
    article_readings,
    fold,
    is_arabic_token,
    stem_candidates,
    tokenize,
)
from oicreader.text.query import STEM_PREFIX_MIN_LETTERS
from oicreader.topics.clitics import Article, clitic_forms, split_article
from oicreader.topics.model import Topic

__all__ = [
    "Lexicon",
    "LexiconTheme",
    "curated_themes",
    "curated_themes_path",
    "lexicon_path",
    "load_lexicon",
    "themes_for",
]


@dataclass(frozen=True)
class _Keyword:
    """A keyword folded into tokens, matched the way the search box matches a word."""

    tokens: tuple[str, ...]
    # For each token, the readings of a text word (stem_candidates) that make it this token.
    accepted: tuple[frozenset[str], ...]
    stem_is_prefix: bool
    first_forms: frozenset[str]

    @classmethod
    def parse(cls, keyword: str) -> _Keyword:
        tokens = tuple(token for token, _, _ in tokenize(fold(keyword)))
        written = keyword.split()
        if len(written) != len(tokens):
            written = list(tokens)  # punctuation split a word: decide the article on its fold
        accepted = tuple(map(_accepted_readings, written, tokens))
        # As in oicreader.text.query: a single Arabic word of four letters or more after its
        # article also matches longer words (ارهاب → الإرهابية), since stemming leaves suffixes on.
        prefix = (
            len(tokens) == 1
            and is_arabic_token(tokens[0])
            and len(split_article(written[0])[0]) >= STEM_PREFIX_MIN_LETTERS
        )
        # The keyword's own written forms with و ف ب ك ل (and ال as it has it), which also
        # cover what readings cannot: a short word (وغزة) and ل + ال before a lam (للجنة).
        first_forms: frozenset[str] = frozenset()
        if tokens and is_arabic_token(tokens[0]):
            bare, has_article = split_article(written[0])
            article = Article.ALWAYS if has_article else Article.NEVER
            first_forms = frozenset(clitic_forms(bare, article))
        return cls(tokens, accepted, prefix, first_forms)


def _accepted_readings(written: str, token: str) -> frozenset[str]:
    """The token as search reads it: itself, its article forms, and a long word without ال.

    A text word matches when one of its readings is among these. Only readings are compared,
    never a stem guessed by stripping letters: كمال is not ك + مال, so it is not المال. A
    keyword written with the article also stands for its indefinite form (الإرهاب → إرهابية)
    when that is long enough not to be read into other words (see STEM_PREFIX_MIN_LETTERS).
    """
    accepted = {token, *article_readings(token)}
    bare, has_article = split_article(written) if is_arabic_token(token) else (token, False)
    if has_article and len(bare) >= STEM_PREFIX_MIN_LETTERS:
        accepted.add(bare)
    return frozenset(accepted)


class _ParagraphWords:
    """One text's folded words and their readings, indexed for many keyword look-ups."""

    def __init__(self, text: str):
        self.words = [token for token, _, _ in tokenize(fold(text))]
        self.readings = [frozenset(stem_candidates(word)) for word in self.words]
        self.by_word: dict[str, list[int]] = {}
        self.by_reading: dict[str, list[int]] = {}
        for position, (word, readings) in enumerate(zip(self.words, self.readings, strict=True)):
            self.by_word.setdefault(word, []).append(position)
            for reading in readings:
                self.by_reading.setdefault(reading, []).append(position)
        self.sorted_readings = sorted(self.by_reading)

    def contains(self, keyword: _Keyword) -> bool:
        """Whether the keyword occurs here, as search would find it."""
        if keyword.stem_is_prefix and any(
            self._has_reading_starting_with(accepted) for accepted in keyword.accepted[0]
        ):
            return True
        starts = [
            at for accepted in keyword.accepted[0] for at in self.by_reading.get(accepted, [])
        ]
        starts += [at for form in keyword.first_forms for at in self.by_word.get(form, [])]
        return any(self._rest_matches(keyword, start) for start in starts)

    def _has_reading_starting_with(self, prefix: str) -> bool:
        at = bisect.bisect_left(self.sorted_readings, prefix)
        return at < len(self.sorted_readings) and self.sorted_readings[at].startswith(prefix)

    def _rest_matches(self, keyword: _Keyword, start: int) -> bool:
        """Whether the keyword's later tokens follow the text word at start."""
        end = start + len(keyword.tokens)
        return end <= len(self.words) and all(
            not readings.isdisjoint(accepted)
            for readings, accepted in zip(
                self.readings[start + 1 : end], keyword.accepted[1:], strict=True
            )
        )


@dataclass(frozen=True)
class LexiconTheme:
    """A theme of the lexicon: labels in ar, en and fr, and keywords in each language."""

    id: str
    labels: Mapping[str, str]
    keywords: Mapping[str, tuple[_Keyword, ...]]


class Lexicon:
    """The thematic lexicon, for suggesting themes in documents nobody has curated."""

    def __init__(self, themes: Iterable[LexiconTheme]):
        self.themes = list(themes)
        # Per language, the keywords a paragraph may contain, found from its words rather
        # than by trying every keyword of every theme on it: a keyword can only match where
        # its first token is one of the text's readings or its first word one of the text's
        # words (see _ParagraphWords.contains), or, for a prefix keyword, anywhere.
        self._by_first_reading: dict[str, dict[str, list[tuple[int, _Keyword]]]] = {}
        self._by_first_form: dict[str, dict[str, list[tuple[int, _Keyword]]]] = {}
        self._prefix_keywords: dict[str, list[tuple[int, _Keyword]]] = {}
        for language in LANGUAGES:
            by_reading = self._by_first_reading.setdefault(language, {})
            by_form = self._by_first_form.setdefault(language, {})
            prefixes = self._prefix_keywords.setdefault(language, [])
            for number, theme in enumerate(self.themes):
                for keyword in theme.keywords.get(language, ()):
                    if not keyword.tokens:
                        continue
                    if keyword.stem_is_prefix:
                        prefixes.append((number, keyword))
                    for reading in keyword.accepted[0]:
                        by_reading.setdefault(reading, []).append((number, keyword))
                    for form in keyword.first_forms:
                        by_form.setdefault(form, []).append((number, keyword))

    def suggest(self, document: Document) -> list[Topic]:
        """Every theme with a keyword in some paragraph, in any language version."""
        found: list[set[int]] = [set() for _ in self.themes]
        for paragraph in document.paragraphs:
            for language, text in paragraph.texts.items():
                words = _ParagraphWords(text)
                for number, keyword in self._candidates(words, language):
                    if paragraph.number not in found[number] and words.contains(keyword):
                        found[number].add(paragraph.number)
        return [
            Topic.create(theme.id, "theme", theme.labels, found[number])
            for number, theme in enumerate(self.themes)
            if found[number]
        ]

    def _candidates(self, words: _ParagraphWords, language: str) -> list[tuple[int, _Keyword]]:
        """The keywords that may occur in a text (each theme's number with it): those whose
        first token starts at one of its words, and the prefix keywords."""
        by_reading = self._by_first_reading.get(language, {})
        by_form = self._by_first_form.get(language, {})
        candidates = list(self._prefix_keywords.get(language, ()))
        for reading in words.by_reading:
            candidates += by_reading.get(reading, ())
        for word in words.by_word:
            candidates += by_form.get(word, ())
        return candidates


def lexicon_path() -> Path:
    """The bundled thematic lexicon."""
    return resources_dir() / "topics" / "lexicon.json"


def load_lexicon(path: Path | None = None) -> Lexicon:
    """Read a lexicon file (the bundled one by default); read once per path."""
    return _load_lexicon(path or lexicon_path())


@lru_cache(maxsize=4)
def _load_lexicon(path: Path) -> Lexicon:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return Lexicon(
        LexiconTheme(
            id=theme_id,
            labels={language: str(raw["labels"][language]) for language in LANGUAGES},
            keywords={
                language: tuple(_Keyword.parse(word) for word in raw["keywords"].get(language, ()))
                for language in LANGUAGES
            },
        )
        for theme_id, raw in data["themes"].items()
    )


def curated_themes_path(document_id: str) -> Path:
    """Where the curated themes of a document live (the file may not exist)."""
    return resources_dir() / "topics" / f"{document_id}.themes.json"


def curated_themes(document_id: str, path: Path | None = None) -> list[Topic] | None:
    """The curated themes of a document, in the file's order; None when it has no file."""
    path = path or curated_themes_path(document_id)
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return [
        Topic.create(str(raw["id"]), "theme", raw["labels"], (int(n) for n in raw["paragraphs"]))
        for raw in data["themes"]
    ]


def themes_for(document: Document) -> list[Topic]:
    """Curated themes when the document has a file of them, else the lexicon's suggestions."""
    curated = curated_themes(document.id)
    return curated if curated is not None else load_lexicon().suggest(document)
