"""Finding a highlighted quote again in new text: exact occurrences and near matches, scored.

Quotes and text are compared folded, as search folds them, so a moved diacritic or another
hamza seat is no difference. Each match is scored by how alike the text around it is to the
prefix and suffix stored with the quote (difflib ratio of the folded strings, 0-1); that
context score is what tells one occurrence of a repeated phrase from another. The decisions
built on these scores live in reanchor.py.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache

from oicreader.model.annotation import CONTEXT_CHARS, TextAnchor
from oicreader.text.folding import fold, fold_with_offsets
from oicreader.text.word_diff import Word, words

# An exact occurrence in the paragraph's own counterpart outranks one elsewhere with context
# up to this much better: text stays in its paragraph far more often than it moves.
IN_PLACE_BONUS = 0.1
# Weights of an approximate match's score: the words themselves matter most.
WORDS_WEIGHT, CONTEXT_WEIGHT = 0.7, 0.3


@dataclass(frozen=True)
class QuoteMatch:
    """Where a quote (or words like it) was found, and how alike the words and context are."""

    paragraph_number: int
    start: int
    end: int
    context: float
    likeness: float  # of the words found to the quote's words; 1.0 for an exact occurrence
    in_place: bool  # in the counterpart of the quote's own paragraph
    exact: bool

    @property
    def score(self) -> float:
        """0-1: the context for an exact occurrence; words and context for a near match."""
        if self.exact:
            return self.context
        return WORDS_WEIGHT * self.likeness + CONTEXT_WEIGHT * self.context

    @property
    def rank(self) -> float:
        """The score, plus IN_PLACE_BONUS for an exact occurrence in the right paragraph."""
        return self.score + (IN_PLACE_BONUS if self.exact and self.in_place else 0.0)

    def overlaps(self, other: QuoteMatch) -> bool:
        """True when two matches cover some of the same text."""
        return (
            self.paragraph_number == other.paragraph_number
            and self.start < other.end
            and other.start < self.end
        )


def exact_matches(
    anchor: TextAnchor, texts: Mapping[int, str], target: int | None
) -> list[QuoteMatch]:
    """Every occurrence of the quote in the paragraphs, best first."""
    found = [
        QuoteMatch(
            number,
            start,
            end,
            context_likeness(anchor, text, start, end),
            1.0,
            number == target,
            exact=True,
        )
        for number, text in texts.items()
        for start, end in occurrences(text, anchor)
    ]
    return sorted(found, key=lambda match: -match.rank)


def near_matches(
    anchor: TextAnchor,
    texts: Mapping[int, str],
    searched: Iterable[int],
    target: int | None,
    min_likeness: float,
    min_context: float,
) -> list[QuoteMatch]:
    """Runs of whole words in the searched paragraphs that read like the quote, best first.

    A run has from two words fewer to two words more than the quote, so a word dropped,
    added or replaced is still found; runs below either minimum are not kept.
    """
    quote_words = [word.key for word in words(anchor.quote)]
    wanted = " ".join(quote_words)
    found: list[QuoteMatch] = []
    for number in (n for n in searched if n in texts):
        text = texts[number]
        text_words = _words(text)
        keys = [word.key for word in text_words]
        for size in range(max(1, len(quote_words) - 2), len(quote_words) + 3):
            for first in range(len(text_words) - size + 1):
                run = " ".join(keys[first : first + size])
                matcher = SequenceMatcher(None, wanted, run, autojunk=False)
                # The quick upper bounds skip most runs before the full comparison.
                if (
                    matcher.real_quick_ratio() < min_likeness
                    or matcher.quick_ratio() < min_likeness
                ):
                    continue
                likeness = matcher.ratio()
                if likeness < min_likeness:
                    continue
                start, end = text_words[first].start, text_words[first + size - 1].end
                context = context_likeness(anchor, text, start, end)
                if context >= min_context:
                    found.append(
                        QuoteMatch(number, start, end, context, likeness, number == target, False)
                    )
    return sorted(found, key=lambda match: -match.rank)


def occurrences(text: str, anchor: TextAnchor) -> list[tuple[int, int]]:
    """Where the quote occurs in text, compared folded, on word boundaries wherever the
    original was on one (a highlight of "arms" must not land inside "farms")."""
    wanted = fold(anchor.quote)
    if not wanted.strip():
        return []
    needs_start = not anchor.prefix or _boundary(anchor.prefix[-1:], anchor.quote[:1])
    needs_end = not anchor.suffix or _boundary(anchor.quote[-1:], anchor.suffix[:1])
    folded, offsets = _folded(text)
    found: list[tuple[int, int]] = []
    at = folded.find(wanted)
    while at >= 0:
        start, end = offsets[at], offsets[at + len(wanted)]
        if (not needs_start or _boundary(text[start - 1 : start], text[start : start + 1])) and (
            not needs_end or _boundary(text[end - 1 : end], text[end : end + 1])
        ):
            found.append((start, end))
        at = folded.find(wanted, at + 1)
    return found


def context_likeness(anchor: TextAnchor, text: str, start: int, end: int) -> float:
    """How alike the text around [start, end) is to the stored prefix and suffix (0-1).

    Up to CONTEXT_CHARS are taken on each side, so a quote that stood at the start of its
    paragraph (an empty prefix) matches a place at a paragraph start best.
    """
    before = text[max(0, start - CONTEXT_CHARS) : start]
    after = text[end : end + CONTEXT_CHARS]
    return (_likeness(anchor.prefix, before) + _likeness(anchor.suffix, after)) / 2


# A revision's paragraphs are searched once for every annotation placed on it: fold each once.
@lru_cache(maxsize=4096)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    folded, offsets = fold_with_offsets(text)
    return folded, tuple(offsets)


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[Word, ...]:
    return tuple(words(text))


def _likeness(stored: str, found: str) -> float:
    return SequenceMatcher(None, fold(stored), fold(found), autojunk=False).ratio()


def _boundary(before: str, after: str) -> bool:
    """True when a word does not continue across the point between two characters."""
    return not (before and after and _is_word_character(before) and _is_word_character(after))


def _is_word_character(character: str) -> bool:
    return character.isalnum() or unicodedata.category(character).startswith("M")
