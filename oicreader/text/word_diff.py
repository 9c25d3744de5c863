"""What changed between two versions of a paragraph, word by word, shown in the original words.

Words are the tokens search indexes, compared folded as search folds them: a paragraph whose
only change is a diacritic (طبقاً / طبقًا), a hamza seat or an accent has not changed, unless
the caller asks for `exact` comparison, which compares the words as written. Punctuation
and spacing between words are not words, so they never count as a change by themselves.
Each change is reported with the original text it covers, from its first to its last word.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from oicreader.text.folding import fold_with_offsets, tokenize_with_bounds

Operation = Literal["delete", "insert", "replace"]


@dataclass(frozen=True)
class Word:
    """One word of a paragraph: its comparison key and where it sits in the original text."""

    key: str
    start: int
    end: int


@dataclass(frozen=True)
class WordChange:
    """Words deleted, inserted or replaced; positions are code points in each original text."""

    op: Operation
    old: str
    new: str
    old_start: int
    old_end: int
    new_start: int
    new_end: int


def words(text: str, exact: bool = False) -> list[Word]:
    """The words of a text with their original spans; keys folded unless `exact`."""
    folded, offsets = fold_with_offsets(text)
    tokens, bounds = tokenize_with_bounds(folded)
    found: list[Word] = []
    for index, token in enumerate(tokens):
        # offsets[end] is where the next folded character's cluster starts, so the span keeps
        # any marks the token's last letter carries.
        start, end = offsets[bounds[2 * index]], offsets[bounds[2 * index + 1]]
        found.append(Word(text[start:end] if exact else token, start, end))
    return found


def word_changes(old_text: str, new_text: str, exact: bool = False) -> list[WordChange]:
    """The word-level changes that turn old_text into new_text (empty when none)."""
    old_words, new_words = words(old_text, exact), words(new_text, exact)
    matcher = SequenceMatcher(
        None, [w.key for w in old_words], [w.key for w in new_words], autojunk=False
    )
    changes: list[WordChange] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        old_start, old_end = _span(old_words, i1, i2)
        new_start, new_end = _span(new_words, j1, j2)
        op: Operation = "replace" if tag == "replace" else "delete" if tag == "delete" else "insert"
        changes.append(
            WordChange(
                op,
                old_text[old_start:old_end],
                new_text[new_start:new_end],
                old_start,
                old_end,
                new_start,
                new_end,
            )
        )
    return changes


def _span(found: list[Word], first: int, last: int) -> tuple[int, int]:
    """The original span of words [first, last); an empty span where nothing is, at the gap."""
    if first < last:
        return found[first].start, found[last - 1].end
    position = found[first - 1].end if first > 0 else 0
    return position, position
