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

import itertools
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from oicreader.model.paragraph_links import REVIEW_THRESHOLD

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
# Variance of the target's length per character of the source: Gale and Church's s² (6.8 for
# the Canadian Hansard's sentences). The bundled report's paragraphs measure 3.7 (French) and
# 5.7 (English); a little more leaves room for translations freer than ours.
LENGTH_VARIANCE = 8.0
# What an anchor found on both sides takes off a link's cost, and what one found on one side
# only adds, for an anchor found in one paragraph only (commoner ones weigh less).
ANCHOR_BONUS = 4.0
ANCHOR_PENALTY = 2.0
# What a segment of a merge costs when none of its anchors is found on the other side.
UNSUPPORTED_PART_COST = 6.0
# What a segment without a counterpart costs beyond the rarity of such links: about a link
# whose lengths are two standard deviations apart.
GAP_COST = 3.0
# What a segment of a merge or a split must take off the link's length cost (in nats) to be
# counted part of it, unless it shares an anchor with the other side. A one-line paragraph a
# translation adds (a heading, a translator's remark) is within the length noise of any
# paragraph it is attached to: on the bundled report such lines take off at most 1.4; the
# pieces of real splits and merges without a shared anchor take off at least 3.7.
PART_SUPPORT = 2.5
# Links are first tried only within this many segments of the diagonal, so a long report
# costs O(n) links rather than O(n²); the band is doubled while the best path runs along
# its edge, where a better path could lie outside it.
BAND = 12


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
    unsupported_parts_apart: bool = False,
) -> list[Link]:
    """The links of least total cost between two sequences, in order, covering both.

    With `unsupported_parts_apart`, a segment at either end of a merge or a split that
    neither its length nor an anchor ties to the link (see PART_SUPPORT) is taken out of it
    as a gap for review: nothing says it renders the other side's segments.
    """
    aligner = _Aligner(source, target, moves)
    links = aligner.run()
    return aligner.parts_apart(links) if unsupported_parts_apart else links


class _Aligner:
    """One run of the dynamic programme over a band around the diagonal."""

    def __init__(
        self,
        source: Sequence[Segment],
        target: Sequence[Segment],
        moves: dict[tuple[int, int], float],
    ) -> None:
        self.source, self.target = source, target
        self.moves = [(di, dj, -math.log(prior)) for (di, dj), prior in moves.items()]
        source_total = sum(segment.length for segment in source)
        target_total = sum(segment.length for segment in target)
        # The expected length ratio comes from the two texts themselves.
        self.ratio = target_total / source_total if source_total and target_total else 1.0
        self.source_ends = _running_totals(source)
        self.target_ends = _running_totals(target)
        weights = _anchor_weights(source, target)
        self.weights = weights
        largest = max(max(di, dj) for di, dj, _ in self.moves)
        self.source_groups = _groups(source, weights, largest)
        self.target_groups = _groups(target, weights, largest)

    def run(self) -> list[Link]:
        """The cheapest path, in a band around the diagonal widened until the path keeps
        clear of its edges (so no cheaper path can lie outside it); no links at all when the
        moves cannot cover both sides (only possible with moves that leave no gaps)."""
        rows, columns = len(self.source), len(self.target)
        width = BAND
        while True:
            whole_table = width >= columns
            centre = [round(i * columns / rows) if rows else 0 for i in range(rows + 1)]
            low = [max(0, c - width) for c in centre]
            high = [min(columns, c + width) if i < rows else columns for i, c in enumerate(centre)]
            steps, reached = self._fill(low, high)
            if reached:
                path = self._path(steps, low)
                if whole_table or not _touches_edge(path, low, high, columns):
                    return self._links(path)
            elif whole_table:
                return []
            width *= 2

    def _fill(self, low: list[int], high: list[int]) -> tuple[list[list[tuple[int, int]]], bool]:
        """The cheapest step into each cell of the band, row by row, and whether the end
        of both sequences was reached inside the band."""
        # The hot loop of the aligner: the length cost is written out here, and names are
        # bound locally, which halves its time in CPython.
        source_ends, target_ends = self.source_ends, self.target_ends
        source_groups, target_groups = self.source_groups, self.target_groups
        ratio, weights = self.ratio, self.weights
        inverse_ratio = 1 / ratio
        moves = [
            (di, dj, prior_cost + (GAP_COST if di == 0 or dj == 0 else 0.0), di > 1 or dj > 1)
            for di, dj, prior_cost in self.moves
        ]
        inf, erfc, log, sqrt = math.inf, math.erfc, math.log, math.sqrt
        costs: list[list[float]] = []
        steps: list[list[tuple[int, int]]] = []
        for i in range(len(self.source) + 1):
            row_low = low[i]
            row_costs = [inf] * (high[i] - row_low + 1)
            row_steps = [(0, 0)] * len(row_costs)
            costs.append(row_costs)
            steps.append(row_steps)
            for j in range(row_low, high[i] + 1):
                best, best_move = (0.0, (0, 0)) if i == 0 and j == 0 else (inf, (0, 0))
                for di, dj, cost, group in moves:
                    pi, pj = i - di, j - dj
                    if pi < 0 or pj < 0 or pj < low[pi] or pj > high[pi]:
                        continue
                    previous = costs[pi][pj - low[pi]]
                    if previous == inf:
                        continue
                    source_anchors, source_weight, source_parts = source_groups[di][pi]
                    target_anchors, target_weight, target_parts = target_groups[dj][pj]
                    if source_anchors and target_anchors:
                        shared = 0.0
                        if not source_anchors.isdisjoint(target_anchors):
                            for anchor in source_anchors & target_anchors:
                                shared += weights[anchor]
                        unshared = source_weight + target_weight - 2 * shared
                        cost += ANCHOR_PENALTY * unshared - ANCHOR_BONUS * shared
                        if group:
                            # A paragraph rendered inside its neighbour's translation brings
                            # its numbers and names along; one whose anchors are all absent
                            # on the other side was more likely left out than merged.
                            for part in source_parts:
                                if part and part.isdisjoint(target_anchors):
                                    cost += UNSUPPORTED_PART_COST
                            for part in target_parts:
                                if part and part.isdisjoint(source_anchors):
                                    cost += UNSUPPORTED_PART_COST
                    else:
                        cost += ANCHOR_PENALTY * (source_weight + target_weight)
                    total = previous + cost
                    if total >= best:
                        continue  # the length cost is never negative: this move cannot win
                    source_length = source_ends[i] - source_ends[pi]
                    target_length = target_ends[j] - target_ends[pj]
                    if source_length and target_length:
                        # Gale and Church's δ over √2: how many standard deviations apart.
                        scaled = abs(target_length - source_length * ratio) / sqrt(
                            LENGTH_VARIANCE * (source_length + target_length * inverse_ratio)
                        )
                        total += -log(erfc(scaled)) if scaled < 5 else _far_tail(scaled)
                    if total < best:
                        best, best_move = total, (di, dj)
                row_costs[j - row_low] = best
                row_steps[j - row_low] = best_move
        return steps, costs[-1][-1] != inf

    def _path(self, steps: list[list[tuple[int, int]]], low: list[int]) -> list[tuple[int, int]]:
        """The cells of the cheapest path, from (0, 0) to the end."""
        i, j = len(self.source), len(self.target)
        path = [(i, j)]
        while i or j:
            di, dj = steps[i][j - low[i]]
            i, j = i - di, j - dj
            path.append((i, j))
        path.reverse()
        return path

    def _links(self, path: list[tuple[int, int]]) -> list[Link]:
        return [
            Link(
                tuple(range(i, next_i)),
                tuple(range(j, next_j)),
                self._confidence(i, next_i, j, next_j),
            )
            for (i, j), (next_i, next_j) in itertools.pairwise(path)
        ]

    def parts_apart(self, links: list[Link]) -> list[Link]:
        """The links with each end segment of a merge or a split that the link's lengths and
        anchors do not support taken out as a gap (a 1:0 or 0:1 link, confidence 0)."""
        apart: list[Link] = []
        for link in links:
            before: list[Link] = []
            after: list[Link] = []
            while True:
                taken = self._unsupported_end(link)
                if taken is None:
                    break
                side, position = taken
                parts = link.source if side == "source" else link.target
                part = parts[:1] if position == 0 else parts[-1:]
                rest = parts[1:] if position == 0 else parts[:-1]
                gap = Link(part, (), 0.0) if side == "source" else Link((), part, 0.0)
                source, target = (rest, link.target) if side == "source" else (link.source, rest)
                link = Link(
                    source,
                    target,
                    self._confidence(source[0], source[-1] + 1, target[0], target[-1] + 1),
                )
                if position == 0:
                    before.append(gap)
                else:
                    after.insert(0, gap)
            apart += [*before, link, *after]
        return apart

    def _unsupported_end(self, link: Link) -> tuple[str, int] | None:
        """The side and end (0 first, -1 last) of the link's least supported end segment, if
        it is unsupported: sharing no anchor with the other side, and taking off less than
        PART_SUPPORT of the link's length cost."""
        found: list[tuple[float, str, int]] = []
        for side, parts, others, groups in (
            ("source", link.source, link.target, self.source_groups),
            ("target", link.target, link.source, self.target_groups),
        ):
            if len(parts) < 2 or not others:
                continue
            other_groups = self.target_groups if side == "source" else self.source_groups
            other_anchors = other_groups[len(others)][others[0]][0]
            for position in (0, -1):
                if not groups[1][parts[position]][0].isdisjoint(other_anchors):
                    continue
                support = self._length_support(link, side, parts[position])
                if support < PART_SUPPORT:
                    found.append((support, side, position))
        if not found:
            return None
        _, side, position = min(found)
        return side, position

    def _length_support(self, link: Link, side: str, part: int) -> float:
        """How much more the link's length cost would be without one of its segments."""
        source_length = self.source_ends[link.source[-1] + 1] - self.source_ends[link.source[0]]
        target_length = self.target_ends[link.target[-1] + 1] - self.target_ends[link.target[0]]
        if side == "source":
            without = self._length_cost(source_length - self.source[part].length, target_length)
        else:
            without = self._length_cost(source_length, target_length - self.target[part].length)
        return without - self._length_cost(source_length, target_length)

    def _length_cost(self, source_length: int, target_length: int) -> float:
        """Gale and Church's length cost of a link (the hot loop of _fill writes it out)."""
        if not source_length or not target_length:
            return math.inf
        scaled = abs(target_length - source_length * self.ratio) / math.sqrt(
            LENGTH_VARIANCE * (source_length + target_length / self.ratio)
        )
        return -math.log(math.erfc(scaled)) if scaled < 5 else _far_tail(scaled)

    def _anchor_agreement(
        self, source_start: int, source_end: int, target_start: int, target_end: int
    ) -> tuple[float, float]:
        """The weight of the anchors both sides of a link have, and of those one side has."""
        source_anchors, source_weight, _ = self.source_groups[source_end - source_start][
            source_start
        ]
        target_anchors, target_weight, _ = self.target_groups[target_end - target_start][
            target_start
        ]
        shared = sum(self.weights[a] for a in source_anchors & target_anchors)
        return shared, source_weight + target_weight - 2 * shared

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


def _touches_edge(
    path: list[tuple[int, int]], low: list[int], high: list[int], columns: int
) -> bool:
    """Whether the path runs along an edge of the band that is not an edge of the table."""
    return any(
        (j <= low[i] and low[i] > 0) or (j >= high[i] and high[i] < columns) for i, j in path
    )


# A group of segments: the anchors they have together, their weight, and each one's anchors.
_Group = tuple[frozenset[str], float, tuple[frozenset[str], ...]]


def _groups(
    segments: Sequence[Segment], weights: dict[str, float], largest: int
) -> list[list[_Group]]:
    """For each size up to `largest` and each start, the anchors of that many segments from
    there that both versions have somewhere, and their total weight."""
    kept = [frozenset(segment.anchors & weights.keys()) for segment in segments]
    nothing: _Group = (frozenset(), 0.0, ())
    groups: list[list[_Group]] = [[nothing] * (len(kept) + 1)]
    for size in range(1, largest + 1):
        row = []
        for start in range(len(kept) - size + 1):
            parts = tuple(kept[start : start + size])
            anchors = frozenset().union(*parts)
            row.append((anchors, sum(weights[anchor] for anchor in anchors), parts))
        groups.append(row)
    return groups


def _running_totals(segments: Sequence[Segment]) -> list[int]:
    """The length of the first n segments together, for n from 0 to all of them."""
    totals = [0]
    for segment in segments:
        totals.append(totals[-1] + segment.length)
    return totals


def _anchor_weights(source: Sequence[Segment], target: Sequence[Segment]) -> dict[str, float]:
    """1/n for an anchor found in n segments of the side where it is commoner.

    Only kinds of anchor that both versions have count: a translation that writes no numbers
    in digits says nothing by lacking them; one that writes them does.
    """
    source_counts = Counter(anchor for segment in source for anchor in segment.anchors)
    target_counts = Counter(anchor for segment in target for anchor in segment.anchors)
    kinds = {_kind(anchor) for anchor in source_counts} & {
        _kind(anchor) for anchor in target_counts
    }
    return {
        anchor: 1 / max(source_counts[anchor], target_counts[anchor])
        for anchor in source_counts.keys() | target_counts.keys()
        if _kind(anchor) in kinds
    }


def _kind(anchor: str) -> str:
    """ "number", "symbol" or "name": what comes before the colon of an anchor."""
    return anchor.partition(":")[0]


def _far_tail(scaled: float) -> float:
    """-log erfc(x) far out in the tail, where erfc itself underflows: erfc(x) ≈ e^(-x²)/(x√π)."""
    return scaled * scaled + math.log(scaled * math.sqrt(math.pi))
