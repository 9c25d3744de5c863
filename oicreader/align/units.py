"""Sentence links inside one row: the units that render each other across the versions.

Each version of the paragraph is split into sentences, and each translation's sentences are
aligned to the source's (n:m allowed) by the same dynamic programme as paragraphs. A unit is
the smallest run of source sentences whose every translation is a run of whole sentences (an
Arabic sentence is cut further at a clause only where that is right: see clauses.py);
together the units cover each version's whole text, in order.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from oicreader.align.clauses import clause_cut
from oicreader.align.dynamic import SENTENCE_MOVES, Link, Segment, align_segments
from oicreader.align.paragraphs import segments_of
from oicreader.align.sentences import Span, sentence_spans

__all__ = ["Unit", "sentence_units"]


@dataclass(frozen=True)
class Unit:
    """Spans of the versions of one paragraph that render each other, and how sure that is."""

    spans: dict[str, Span]
    texts: dict[str, str]
    confidence: float


def sentence_units(texts: Mapping[str, str], spine_language: str) -> list[Unit]:
    """The units of one paragraph, given its text in each language the row has."""
    sentences = {language: sentence_spans(text, language) for language, text in texts.items()}
    spine = sentences[spine_language]
    boundaries: dict[str, dict[int, int]] = {}
    links: dict[str, list[Link]] = {}
    for language in texts:
        if language == spine_language:
            continue
        links[language] = align_segments(
            _segments(texts[spine_language], spine, spine_language),
            _segments(texts[language], sentences[language], language),
            SENTENCE_MOVES,
        )
        boundaries[language] = _boundaries(links[language])
    # A unit ends where every translation ends a run of sentences at the same source sentence.
    shared_ends = sorted(
        set(range(1, len(spine) + 1)).intersection(*(ends.keys() for ends in boundaries.values()))
    )
    # Each link's first source sentence and confidence, in order: a unit is as sure as the
    # least sure link that starts in it.
    link_starts = sorted(
        (link.source[0], link.confidence)
        for language_links in links.values()
        for link in language_links
        if link.source
    )
    units = []
    start = taken = 0
    for end in shared_ends:
        spans = {spine_language: _covering(spine, start, end)}
        for language, ends in boundaries.items():
            spans[language] = _covering(sentences[language], ends.get(start, 0), ends[end])
        confidence = 1.0
        while taken < len(link_starts) and link_starts[taken][0] < end:
            confidence = min(confidence, link_starts[taken][1])
            taken += 1
        units += _by_clauses(spans, texts, confidence)
        start = end
    return units


def _by_clauses(spans: dict[str, Span], texts: Mapping[str, str], confidence: float) -> list[Unit]:
    """The unit of these spans, cut at its Arabic clauses where that is right (see clauses)."""
    cut = clause_cut(spans, texts)
    if cut is None:
        unit_texts = {language: texts[language][a:b] for language, (a, b) in spans.items()}
        return [Unit(spans, unit_texts, confidence)]
    cut_confidence, cuts = cut
    confidence = min(confidence, cut_confidence)
    first = {language: (start, cuts[language]) for language, (start, _) in spans.items()}
    rest = {language: (cuts[language], end) for language, (_, end) in spans.items()}
    return _by_clauses(first, texts, confidence) + _by_clauses(rest, texts, confidence)


def _segments(text: str, spans: list[Span], language: str) -> list[Segment]:
    return segments_of([text[start:end] for start, end in spans], language)


def _boundaries(links: list[Link]) -> dict[int, int]:
    """For each source sentence count where a link ends, the translation's sentence count
    there. Translated sentences with no source counterpart join the unit before them (or,
    at the start, the one after)."""
    ends = {0: 0}
    source_end = target_end = 0
    for link in links:
        source_end = link.source[-1] + 1 if link.source else source_end
        target_end = link.target[-1] + 1 if link.target else target_end
        if source_end:
            ends[source_end] = target_end
    return ends


def _covering(spans: list[Span], first: int, end: int) -> Span:
    """The span from sentence `first` to before sentence `end` (empty when they are equal)."""
    if first == end:
        position = spans[first][0] if first < len(spans) else spans[-1][1]
        return (position, position)
    return (spans[first][0], spans[end - 1][1])
