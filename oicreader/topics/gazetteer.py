"""The trilingual gazetteer: places and organisations, and where a document names them."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES
from oicreader.paths import resources_dir
from oicreader.text.folding import fold, fold_with_offsets, is_arabic_token, tokenize
from oicreader.topics.clitics import Article, clitic_forms, split_article

__all__ = [
    "ENTRY_KINDS",
    "NOT_PLACES",
    "Gazetteer",
    "GazetteerEntry",
    "Mention",
    "confirmed_mentions",
    "document_mentions",
    "gazetteer_path",
    "load_gazetteer",
    "place_paragraphs",
]

ENTRY_KINDS = ("country", "region", "city", "site", "organisation", "body", "instrument")
# Treaties and charters are matched (so "OIC Convention on ..." is one name and its "OIC" is
# not counted as a mention of the OIC) but they are not places to navigate to.
NOT_PLACES = frozenset({"instrument"})
# Arabic adjectives are listed as the masculine singular (إسرائيلي); these endings give the
# feminine, dual and sound plurals (إسرائيلية، إسرائيليين ...) after folding turned ة into ه.
_ARABIC_ADJECTIVE_ENDINGS = ("", "ه", "ان", "ين", "ون", "ات")


@dataclass(frozen=True)
class GazetteerEntry:
    """A country, region, city, site, organisation, body or instrument with its names."""

    id: str
    kind: str
    names: Mapping[str, tuple[str, ...]]
    adjectives: Mapping[str, tuple[str, ...]]
    ambiguous: Mapping[str, frozenset[str]]
    part_of: str | None

    def label(self, language: str) -> str:
        """The main name in a language, else the English one."""
        names = self.names.get(language) or self.names.get("en") or (self.id,)
        return names[0]

    @property
    def labels(self) -> dict[str, str]:
        """The main name in ar, en and fr."""
        return {language: self.label(language) for language in LANGUAGES}


@dataclass(frozen=True)
class Mention:
    """One place where a language version names an entry (code points, end exclusive)."""

    entry_id: str
    language: str
    paragraph_number: int
    start: int
    end: int
    adjective: bool  # "Israeli", الإسرائيلية: a reference to the entry, not its name
    ambiguous: bool  # a name that is also an ordinary word (مالي is also "financial")


@dataclass(frozen=True)
class _Pattern:
    entry_id: str
    rest: tuple[str, ...]
    adjective: bool
    ambiguous: bool


class Gazetteer:
    """Entries by id, and the folded token patterns that find them in text."""

    def __init__(self, entries: Iterable[GazetteerEntry]):
        self.entries: dict[str, GazetteerEntry] = {}
        self._patterns: dict[str, dict[str, list[_Pattern]]] = {code: {} for code in LANGUAGES}
        for entry in entries:
            if entry.id in self.entries:
                raise ValueError(f"gazetteer entry {entry.id!r} appears twice")
            self.entries[entry.id] = entry
            for language in LANGUAGES:
                ambiguous = entry.ambiguous.get(language, frozenset())
                for name in entry.names.get(language, ()):
                    self._add(language, entry.id, name, False, fold(name) in ambiguous)
                for adjective in entry.adjectives.get(language, ()):
                    self._add(language, entry.id, adjective, True, False)

    def _add(
        self, language: str, entry_id: str, name: str, adjective: bool, ambiguous: bool
    ) -> None:
        folded, offsets = fold_with_offsets(name)
        spans = tokenize(folded)
        if not spans:
            raise ValueError(f"gazetteer entry {entry_id!r} has an empty name")
        first, first_start, first_end = spans[0]
        rest = tuple(token for token, _, _ in spans[1:])
        firsts = {first}
        if language == "ar" and is_arabic_token(first):
            bare, has_article = split_article(
                name[offsets[first_start] : offsets[first_end - 1] + 1]
            )
            if adjective and not rest:
                firsts = set()
                for ending in _ARABIC_ADJECTIVE_ENDINGS:
                    firsts.update(clitic_forms(bare + ending, Article.OPTIONAL))
            else:
                firsts = set(clitic_forms(bare, Article.ALWAYS if has_article else Article.NEVER))
        pattern = _Pattern(entry_id, rest, adjective, ambiguous)
        for form in firsts:
            self._patterns[language].setdefault(form, []).append(pattern)

    def entry(self, entry_id: str) -> GazetteerEntry:
        """One entry by id."""
        return self.entries[entry_id]

    def ancestors(self, entry_id: str) -> list[str]:
        """The entries this one is part of, nearest first (Security Council → United Nations)."""
        found: list[str] = []
        parent = self.entries[entry_id].part_of
        while parent is not None and parent not in found:
            found.append(parent)
            parent = self.entries[parent].part_of
        return found

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry one of whose names, in any language, folds to this name."""
        tokens = tuple(token for token, _, _ in tokenize(fold(name)))
        for language in LANGUAGES:
            for pattern in self._patterns[language].get(tokens[0] if tokens else "", ()):
                if pattern.rest == tokens[1:] and not pattern.adjective:
                    return self.entries[pattern.entry_id]
        return None

    def find(self, text: str, language: str, paragraph_number: int = 0) -> list[Mention]:
        """Every mention in one text, longest name first: "Lake Chad" hides its "Chad"."""
        patterns = self._patterns.get(language)
        if not patterns:
            return []
        folded, offsets = fold_with_offsets(text)
        tokens = tokenize(folded)
        words = [token for token, _, _ in tokens]
        candidates: list[tuple[int, int, _Pattern]] = []
        for position, word in enumerate(words):
            for pattern in patterns.get(word, ()):
                end = position + 1 + len(pattern.rest)
                if tuple(words[position + 1 : end]) == pattern.rest:
                    candidates.append((position, end, pattern))
        candidates.sort(key=lambda found: (found[0] - found[1], found[0]))
        accepted: list[tuple[int, int, _Pattern]] = []
        for start, end, pattern in candidates:
            # A shorter name inside a longer one is part of that name ("Guinea" in
            # "Guinea-Bissau"); two entries sharing exactly the same words both count.
            if all(
                end <= other_start
                or start >= other_end
                or ((start, end) == (other_start, other_end) and pattern.entry_id != other.entry_id)
                for other_start, other_end, other in accepted
            ):
                accepted.append((start, end, pattern))
        mentions = {
            Mention(
                entry_id=pattern.entry_id,
                language=language,
                paragraph_number=paragraph_number,
                start=offsets[tokens[start][1]],
                end=offsets[tokens[end - 1][2] - 1] + 1,
                adjective=pattern.adjective,
                ambiguous=pattern.ambiguous,
            )
            for start, end, pattern in accepted
        }
        return sorted(mentions, key=lambda mention: (mention.start, mention.entry_id))


def document_mentions(document: Document, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every mention in every paragraph of every language version, ambiguous ones included."""
    gazetteer = gazetteer or load_gazetteer()
    return [
        mention
        for paragraph in document.paragraphs
        for language, text in sorted(paragraph.texts.items())
        for mention in gazetteer.find(text, language, paragraph.number)
    ]


def confirmed_mentions(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions without the ambiguous ones that no other language confirms in that paragraph."""
    mentions = list(mentions)
    clear = {
        (mention.paragraph_number, mention.entry_id, mention.language)
        for mention in mentions
        if not mention.ambiguous
    }
    return [
        mention
        for mention in mentions
        if not mention.ambiguous
        or any(
            (mention.paragraph_number, mention.entry_id, language) in clear
            for language in LANGUAGES
            if language != mention.language
        )
    ]


def place_paragraphs(
    mentions: Iterable[Mention], language: str | None = None
) -> dict[str, tuple[int, ...]]:
    """Entry id → the paragraphs that name it (confirmed mentions, optionally one language)."""
    found: dict[str, set[int]] = {}
    for mention in confirmed_mentions(mentions):
        if language is None or mention.language == language:
            found.setdefault(mention.entry_id, set()).add(mention.paragraph_number)
    return {entry_id: tuple(sorted(numbers)) for entry_id, numbers in found.items()}


def gazetteer_path() -> Path:
    """The bundled gazetteer file."""
    return resources_dir() / "topics" / "gazetteer.json"


def load_gazetteer(path: Path | None = None) -> Gazetteer:
    """Read a gazetteer file (the bundled one by default); read once per path."""
    return _load(path or gazetteer_path())


@lru_cache(maxsize=4)
def _load(path: Path) -> Gazetteer:
    data = json.loads(path.read_text(encoding="utf-8"))
    return Gazetteer(_entry(raw, path) for raw in data["entries"])


def _entry(raw: Mapping[str, Any], path: Path) -> GazetteerEntry:
    entry_id = str(raw.get("id", ""))
    kind = str(raw.get("kind", ""))
    if not entry_id or kind not in ENTRY_KINDS:
        raise ValueError(f"{path}: entry {entry_id!r} needs an id and a kind in {ENTRY_KINDS}")
    part_of = raw.get("part_of")
    return GazetteerEntry(
        id=entry_id,
        kind=kind,
        names=_by_language(raw.get("names", {})),
        adjectives=_by_language(raw.get("adjectives", {})),
        ambiguous={
            language: frozenset(fold(name) for name in names)
            for language, names in _by_language(raw.get("ambiguous", {})).items()
        },
        part_of=str(part_of) if part_of else None,
    )


def _by_language(raw: Mapping[str, Iterable[str]]) -> dict[str, tuple[str, ...]]:
    return {language: tuple(str(name) for name in raw.get(language, ())) for language in LANGUAGES}
