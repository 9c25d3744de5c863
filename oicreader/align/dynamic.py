"""Gale–Church alignment with anchors: the dynamic programme shared by paragraphs and sentences.

Two sequences of segments (paragraphs of two language versions, or the sentences of one
paragraph) are aligned in order. A link joins one or two segments of the source (the spine)
to zero to three of the target. Its cost is Gale and Church's (1993): how far the target's
length is from the source's times the ratio of the two versions' total lengths, in standard
deviations, plus how rare that kind of link is; from it we subtract a bonus for the anchors
both sides share (numbers, dates, symbols, names) and add a penalty for the anchors only one
side has. The path of least total cost is the alignment.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "PARAGRAPH_MOVES",
    "REVIEW_THRESHOLD",
    "SENTENCE_MOVES",
    "Link",
    "Segment",
    "align_segments",
]

# How often each kind of link is found between the paragraphs of two versions (Gale and
# Church's figures for sentences, which hold for paragraphs of reports as well): its cost is
# -log of that.
PARAGRAPH_MOVES = {(1, 1): 0.89, (1, 0): 0.005, (0, 1): 0.005, (2, 1): 0.0445, (1, 2): 0.0445}
# A translation splits an Arabic sentence more often, and into more pieces, than a paragraph.
SENTENCE_MOVES = {
    **PARAGRAPH_MOVES,
    (1, 3): 0.02,
    (3, 1): 0.005,
    (2, 2): 0.01,
    (2, 3): 0.005,
}
# Below this confidence a link is shown for review.
REVIEW_THRESHOLD = 0.6
# Variance of the target's length per character of the source: Gale and Church's s² (6.8 for
# the Canadian Hansard's sentences). The bundled report's paragraphs measure 3.7 (French) and
# 5.7 (English); a little more leaves room for translations freer than ours.
LENGTH_VARIANCE = 8.0
# What an anchor found on both sides takes off a link's cost, and what one found on one side
# only adds, for an anchor found in one paragraph only (commoner ones weigh less).
ANCHOR_BONUS = 4.0
ANCHOR_PENALTY = 2.0
# What a segment without a counterpart costs beyond the rarity of such links: about a link
# whose lengths are two standard deviations apart.
GAP_COST = 3.0
# Only links within this many segments of the diagonal are tried (plus the difference in
# counts), so a long report costs O(n) links rather than O(n²).
BAND = 25


@dataclass(frozen=True)
class Segment:
    """One paragraph or sentence to align: its length in characters and its anchors."""

    length: int
    anchors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Link:
    """Segments of the source and of the target that render each other, with a confidence."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    confidence: float

    @property
    def kind(self) -> str:
        """ "1:1", "2:1", "1:0" ...: how many segments of each side the link joins."""
        return f"{len(self.source)}:{len(self.target)}"

    @property
    def needs_review(self) -> bool:
        """Whether the link is uncertain enough for the reader to check it."""
        return self.confidence < REVIEW_THRESHOLD


def align_segments(
    source: Sequence[Segment],
    target: Sequence[Segment],
    moves: dict[tuple[int, int], float] = PARAGRAPH_MOVES,
) -> list[Link]:
    """The links of least total cost between two sequences, in order, covering both."""
    return _Aligner(source, target, moves).run()


class _Aligner:
    """One run of the dynamic programme over a band around the diagonal."""

    def __init__(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        moves: dict[tuple[int, int], float],
    ) -> None:
        self.source, self.target = source, target
        self.moves = [(move, -math.log(prior)) for move, prior in moves.items()]
        source_total = sum(segment.length for segment in source)
        target_total = sum(segment.length for segment in target)
        # The expected length ratio comes from the two texts themselves.
        self.ratio = target_total / source_total if source_total and target_total else 1.0
        self.source_ends = _running_totals(source)
        self.target_ends = _running_totals(target)
        self.weights = _anchor_weights(source, target)

    def run(self) -> list[Link]:
        """Fill the band, then follow the cheapest path back from the end."""
        rows, columns = len(self.source), len(self.target)
        width = BAND + abs(rows - columns)
        low = [max(0, round(i * columns / rows) - width) if rows else 0 for i in range(rows + 1)]
        high = [
            min(columns, round(i * columns / rows) + width) if rows else columns
            for i in range(rows + 1)
        ]
        costs: list[list[float]] = []
        steps: list[list[tuple[int, int]]] = []
        for i in range(rows + 1):
            row_costs = [math.inf] * (high[i] - low[i] + 1)
            row_steps = [(0, 0)] * len(row_costs)
            for j in range(low[i], high[i] + 1):
                if i == 0 and j == 0:
                    row_costs[0] = 0.0
                    continue
                best, best_move = math.inf, (0, 0)
                for (di, dj), prior_cost in self.moves:
                    pi, pj = i - di, j - dj
                    if pi < 0 or pj < 0 or pj < low[pi] or pj > high[pi]:
                        continue
                    previous = costs[pi][pj - low[pi]] if pi < i else row_costs[pj - low[i]]
                    if previous == math.inf:
                        continue
                    total = previous + prior_cost + self._link_cost(pi, i, pj, j)
                    if total < best:
                        best, best_move = total, (di, dj)
                row_costs[j - low[i]] = best
                row_steps[j - low[i]] = best_move
            costs.append(row_costs)
            steps.append(row_steps)
        return self._path(steps, low, rows, columns)

    def _path(
        self, steps: list[list[tuple[int, int]]], low: list[int], rows: int, columns: int
    ) -> list[Link]:
        links = []
        i, j = rows, columns
        while i or j:
            di, dj = steps[i][j - low[i]]
            links.append(
                Link(
                    tuple(range(i - di, i)),
                    tuple(range(j - dj, j)),
                    self._confidence(i - di, i, j - dj, j),
                )
            )
            i, j = i - di, j - dj
        links.reverse()
        return links

    def _link_cost(
        self, source_start: int, source_end: int, target_start: int, target_end: int
    ) -> float:
        source_length = self.source_ends[source_end] - self.source_ends[source_start]
        target_length = self.target_ends[target_end] - self.target_ends[target_start]
        if source_length and target_length:
            cost = _length_cost(source_length, target_length, self.ratio)
        else:
            # A paragraph left out costs the same whatever its length: measured as Gale and
            # Church do, a long one would cost so much that merging it into its neighbour,
            # wrongly, would be cheaper.
            cost = GAP_COST
        shared, unshared = self._anchor_agreement(
            source_start, source_end, target_start, target_end
        )
        return cost - ANCHOR_BONUS * shared + ANCHOR_PENALTY * unshared

    def _anchor_agreement(
        self, source_start: int, source_end: int, target_start: int, target_end: int
    ) -> tuple[float, float]:
        """The weight of the anchors both sides of a link have, and of those one side has."""
        source_anchors = _union(self.source, source_start, source_end)
        target_anchors = _union(self.target, target_start, target_end)
        if not source_anchors and not target_anchors:
            return 0.0, 0.0
        weights = self.weights
        shared = sum(weights.get(anchor, 0.0) for anchor in source_anchors & target_anchors)
        unshared = sum(weights.get(anchor, 0.0) for anchor in source_anchors ^ target_anchors)
        return shared, unshared

    def _confidence(
        self, source_start: int, source_end: int, target_start: int, target_end: int
    ) -> float:
        """How well the two sides of a link agree, from 0 to 1: their lengths (against the
        expected ratio) and their anchors, half each when there are anchors. A gap (a
        segment with no counterpart) is always for the reader to check: 0."""
        if source_start == source_end or target_start == target_end:
            return 0.0
        expected = (self.source_ends[source_end] - self.source_ends[source_start]) * self.ratio
        found = self.target_ends[target_end] - self.target_ends[target_start]
        lengths = min(expected, found) / max(expected, found) if expected and found else 0.0
        shared, unshared = self._anchor_agreement(
            source_start, source_end, target_start, target_end
        )
        if shared + unshared == 0:
            return round(lengths, 3)
        return round((lengths + shared / (shared + unshared)) / 2, 3)


def _running_totals(segments: Sequence[Segment]) -> list[int]:
    totals = [0]
    for segment in segments:
        totals.append(totals[-1] + segment.length)
    return totals


def _union(segments: Sequence[Segment], start: int, end: int) -> frozenset[str]:
    if end - start == 1:
        return segments[start].anchors
    anchors: frozenset[str] = frozenset()
    for index in range(start, end):
        anchors |= segments[index].anchors
    return anchors


def _anchor_weights(source: Sequence[Segment], target: Sequence[Segment]) -> dict[str, float]:
    """1/n for an anchor found in n segments of the side where it is commoner; anchors only
    one version has anywhere (the numbers a translation left out) do not count at all."""
    source_counts = Counter(anchor for segment in source for anchor in segment.anchors)
    target_counts = Counter(anchor for segment in target for anchor in segment.anchors)
    return {
        anchor: 1 / max(count, target_counts[anchor])
        for anchor, count in source_counts.items()
        if anchor in target_counts
    }


def _length_cost(source_length: int, target_length: int, ratio: float) -> float:
    """-log of the chance of this target length for this source length (two-tailed)."""
    mean = (source_length + target_length / ratio) / 2
    if mean == 0:
        return 0.0
    delta = abs(target_length - source_length * ratio) / math.sqrt(LENGTH_VARIANCE * mean)
    scaled = delta / math.sqrt(2)
    if scaled < 5:
        return -math.log(math.erfc(scaled))
    # erfc(x) ≈ exp(-x²) / (x√π) far out in the tail, where erfc itself underflows.
    return scaled * scaled + math.log(scaled * math.sqrt(math.pi))
