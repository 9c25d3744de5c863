"""Pairing the paragraphs of two revisions by what they say, not by their numbers.

A paragraph inserted after paragraph 7 renumbers every later one; pairing by number would
call each of them edited. Paragraphs are paired instead by the words they share (folded as
search folds them, so a diacritic or a hamza seat does not matter), keeping the order of
both revisions: a dynamic programme picks the order-preserving pairing with the greatest
total similarity, where two paragraphs may be paired only if they are similar enough.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from oicreader.text.folding import fold, tokenize_with_bounds

# Two paragraphs sharing less than this (Dice coefficient over their words) are not the same
# paragraph edited: a rewrite that keeps under half its words reads as a new paragraph, and
# reports of this kind repeat enough stock phrases ("The meeting ... the Member States") that
# unrelated paragraphs commonly share a third of their words.
MIN_SIMILARITY = 0.5
# Only paragraphs within this many places of the diagonal are compared, so a long report
# costs O(n) comparisons rather than O(n²); an insertion or deletion of more paragraphs than
# this in one place shows as deletions and insertions.
BAND = 40
# Between equally good pairings, prefer keeping the paragraph number.
_SAME_NUMBER_BONUS = 1e-6


@dataclass(frozen=True)
class AlignedParagraph:
    """One step of the alignment: a pair, a deleted paragraph (new None) or an inserted one."""

    old_number: int | None
    new_number: int | None
    similarity: float  # 1.0 for the same words; 0.0 when one side is missing


def paragraph_words(text: str) -> list[str]:
    """The folded words of a paragraph, as search indexes them."""
    return tokenize_with_bounds(fold(text))[0]


def similarity(old_words: Counter[str], new_words: Counter[str]) -> float:
    """Dice coefficient of two bags of words: 1.0 for the same words, 0.0 for none shared."""
    total = sum(old_words.values()) + sum(new_words.values())
    if total == 0:
        return 1.0
    return 2 * sum((old_words & new_words).values()) / total


def align_paragraphs(old: Mapping[int, str], new: Mapping[int, str]) -> list[AlignedParagraph]:
    """Pair the paragraphs of two revisions in order; unpaired ones are deleted or inserted."""
    old_numbers, new_numbers = sorted(old), sorted(new)
    old_bags = [Counter(paragraph_words(old[n])) for n in old_numbers]
    new_bags = [Counter(paragraph_words(new[n])) for n in new_numbers]
    rows, columns = len(old_numbers), len(new_numbers)
    band = BAND + abs(rows - columns)
    pair_score: dict[tuple[int, int], float] = {}
    for i in range(rows):
        for j in range(max(0, i - band), min(columns, i + band + 1)):
            score = similarity(old_bags[i], new_bags[j])
            if score >= MIN_SIMILARITY:
                bonus = _SAME_NUMBER_BONUS if old_numbers[i] == new_numbers[j] else 0.0
                pair_score[i, j] = score + bonus
    # best[i][j]: the greatest total similarity pairing old[:i] with new[:j].
    best = [[0.0] * (columns + 1) for _ in range(rows + 1)]
    for i in range(1, rows + 1):
        above, here = best[i - 1], best[i]
        for j in range(1, columns + 1):
            paired = pair_score.get((i - 1, j - 1))
            value = max(above[j], here[j - 1])
            if paired is not None:
                value = max(value, above[j - 1] + paired)
            here[j] = value
    steps: list[AlignedParagraph] = []
    i, j = rows, columns
    while i > 0 or j > 0:
        paired = pair_score.get((i - 1, j - 1)) if i > 0 and j > 0 else None
        if paired is not None and best[i][j] == best[i - 1][j - 1] + paired:
            score = round(min(1.0, paired), 6)
            steps.append(AlignedParagraph(old_numbers[i - 1], new_numbers[j - 1], score))
            i, j = i - 1, j - 1
        elif j > 0 and (i == 0 or best[i][j] == best[i][j - 1]):
            # Taken first going backwards, so a deletion reads before an insertion at one place.
            steps.append(AlignedParagraph(None, new_numbers[j - 1], 0.0))
            j -= 1
        else:
            steps.append(AlignedParagraph(old_numbers[i - 1], None, 0.0))
            i -= 1
    steps.reverse()
    return steps


class ParagraphMap:
    """Where each paragraph of an old revision went in a new one, from an alignment."""

    def __init__(self, alignment: list[AlignedParagraph]):
        self.alignment = alignment
        self._pairs = {
            step.old_number: step
            for step in alignment
            if step.old_number is not None and step.new_number is not None
        }

    def new_number(self, old_number: int) -> int | None:
        """The new number of an old paragraph, or None if it was deleted."""
        step = self._pairs.get(old_number)
        return step.new_number if step is not None else None

    def similarity(self, old_number: int) -> float:
        """How alike the old paragraph and its counterpart are (0.0 if it was deleted)."""
        step = self._pairs.get(old_number)
        return step.similarity if step is not None else 0.0

    def nearest_new_number(self, old_number: int) -> int | None:
        """The new paragraph standing where the old one stood: its own, or the one before."""
        before: int | None = None
        after: int | None = None
        for step in self.alignment:
            if step.old_number is None or step.new_number is None:
                continue
            if step.old_number <= old_number:
                before = step.new_number
            elif after is None:
                after = step.new_number
        return before if before is not None else after
