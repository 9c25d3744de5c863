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
from oicreader.text.folding import fold, is_arabic_token, strip_arabic_prefixes, tokenize
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
    """A keyword folded into tokens and stems, matched the way the search box matches a word."""

    tokens: tuple[str, ...]
    stems: tuple[str, ...]
    stem_is_prefix: bool
    first_forms: frozenset[str]

    @classmethod
    def parse(cls, keyword: str) -> _Keyword:
        tokens = tuple(token for token, _, _ in tokenize(fold(keyword)))
        stems = tuple(strip_arabic_prefixes(token) for token in tokens)
        # As in oicreader.text.query: a single Arabic word whose stem has four letters or more
        # also matches longer words (ارهاب → الإرهابية), since light stemming leaves suffixes on.
        prefix = (
            len(stems) == 1
            and len(stems[0]) >= STEM_PREFIX_MIN_LETTERS
            and is_arabic_token(stems[0])
        )
        # Search's stemmer cannot tell a clitic from a root letter, so فلسطين stems to لسطين
        # while بفلسطين stems to فلسطين and the two never meet. The keyword's own written forms
        # with و ف ب ك ل (and ال as it has it) close that gap.
        first_forms: frozenset[str] = frozenset()
        if tokens and is_arabic_token(tokens[0]):
            bare, has_article = split_article(keyword.split()[0])
            article = Article.ALWAYS if has_article else Article.NEVER
            first_forms = frozenset(clitic_forms(bare, article))
        return cls(tokens, stems, prefix, first_forms)


class _ParagraphWords:
    """One text's folded words and stems, indexed for many keyword look-ups."""

    def __init__(self, text: str):
        self.words = [token for token, _, _ in tokenize(fold(text))]
        self.stems = [strip_arabic_prefixes(word) for word in self.words]
        self.starts: dict[str, list[int]] = {}
        for position, (word, stem) in enumerate(zip(self.words, self.stems, strict=True)):
            self.starts.setdefault(word, []).append(position)
            if stem != word:
                self.starts.setdefault(stem, []).append(position)
        self.sorted_stems = sorted(set(self.stems))

    def contains(self, keyword: _Keyword) -> bool:
        """Whether the keyword occurs here, as search would find it."""
        if keyword.stem_is_prefix:
            at = bisect.bisect_left(self.sorted_stems, keyword.stems[0])
            if at < len(self.sorted_stems) and self.sorted_stems[at].startswith(keyword.stems[0]):
                return True
        size = len(keyword.tokens)
        candidates = self.starts.get(keyword.tokens[0], []) + self.starts.get(keyword.stems[0], [])
        if any(
            tuple(self.words[start : start + size]) == keyword.tokens
            or tuple(self.stems[start : start + size]) == keyword.stems
            for start in candidates
        ):
            return True
        return any(
            tuple(self.words[start + 1 : start + size]) == keyword.tokens[1:]
            for form in keyword.first_forms
            for start in self.starts.get(form, [])
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

    def suggest(self, document: Document) -> list[Topic]:
        """Every theme with a keyword in some paragraph, in any language version."""
        found: dict[str, set[int]] = {theme.id: set() for theme in self.themes}
        for paragraph in document.paragraphs:
            for language, text in paragraph.texts.items():
                words = _ParagraphWords(text)
                for theme in self.themes:
                    if paragraph.number not in found[theme.id] and any(
                        words.contains(keyword) for keyword in theme.keywords.get(language, ())
                    ):
                        found[theme.id].add(paragraph.number)
        return [
            Topic.create(theme.id, "theme", theme.labels, found[theme.id])
            for theme in self.themes
            if found[theme.id]
        ]


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
