"""Aligning the paragraphs of language versions to the source version, by their content."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from oicreader.align.anchors import anchors_of
from oicreader.align.dynamic import PARAGRAPH_MOVES, Link, Segment, align_segments
from oicreader.topics.gazetteer import load_gazetteer

__all__ = ["align_paragraphs", "align_versions", "segments_of"]


def segments_of(texts: Sequence[str], language: str) -> list[Segment]:
    """Each text as a segment to align: its length in characters and its anchors."""
    gazetteer = load_gazetteer()
    return [Segment(len(text), anchors_of(text, language, gazetteer)) for text in texts]


def align_paragraphs(
    source: Sequence[str], source_language: str, target: Sequence[str], target_language: str
) -> list[Link]:
    """Links 1:1, 1:0, 0:1, 2:1 and 1:2 between the paragraphs of two versions, in order."""
    return align_segments(
        segments_of(source, source_language),
        segments_of(target, target_language),
        PARAGRAPH_MOVES,
        unsupported_parts_apart=True,
    )


def align_versions(
    spine_language: str, versions: Mapping[str, Sequence[str]]
) -> dict[str, list[Link]]:
    """Every other version's paragraphs aligned to the spine's (the source language's)."""
    spine = segments_of(versions[spine_language], spine_language)
    return {
        language: align_segments(
            spine, segments_of(texts, language), PARAGRAPH_MOVES, unsupported_parts_apart=True
        )
        for language, texts in versions.items()
        if language != spine_language
    }
