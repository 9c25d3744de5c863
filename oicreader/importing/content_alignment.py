"""Placing a translation's paragraphs against the source's rows by content, where numbers fail.

A translation whose paragraphs carry no numbers, or whose numbers disagree with the
source's (a merge, a split or a drop renumbered the rest), is aligned to the source (the
spine) by the Gale–Church aligner of oicreader.align, and its rows take the source's numbers:
1:1 takes the source's number; two of its paragraphs for one source row are joined in that
row (split); one of its paragraphs for two source rows is shown against both (merged); one
without a source counterpart joins the row before it; a source row without one is a gap.
Numbered versions that agree with the source are left exactly as read.

In a version without numbers, a paragraph is wherever a blank line (or a PDF's page break)
ends a block; a paragraph that stops mid-sentence where the next goes on in lower case was
cut by a page break, not by its author, and is read as one paragraph with the next.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace

from oicreader.align.dynamic import REVIEW_THRESHOLD, Link
from oicreader.align.paragraphs import align_paragraphs
from oicreader.model.document import LanguageVersion
from oicreader.model.paragraph_links import LinkGroup, rows_of

__all__ = ["aligned_to_source", "link_groups"]

# What a paragraph's last sentence may end with: a stop, a colon or semicolon, a closing mark.
_ENDS_A_SENTENCE = re.compile(r"[.!?؟:;…)\]»\"'”’]\s*$")


def aligned_to_source(
    versions: Mapping[str, LanguageVersion], source_language: str
) -> dict[str, LanguageVersion]:
    """Every version, those whose numbers cannot be trusted aligned to the source's rows."""
    source = versions[source_language]
    aligned = dict(versions)
    for language, version in versions.items():
        if language == source_language:
            continue
        if version.numbered and set(version.paragraphs) == set(source.paragraphs):
            continue  # numbered alike: today's alignment by number
        if not version.numbered:
            version = replace(version, paragraphs=_cut_sentences_joined(version.paragraphs))
        rows = sorted(source.paragraphs)
        numbers = sorted(version.paragraphs)
        links = align_paragraphs(
            [source.paragraphs[row] for row in rows],
            source_language,
            [version.paragraphs[number] for number in numbers],
            language,
        )
        if version.numbered and not _numbers_contradicted(links, rows, numbers):
            continue  # a gap or an extra paragraph, its numbers right: as today
        groups = link_groups(links, rows, [version.paragraphs[number] for number in numbers])
        texts, row_links = rows_of(groups)
        aligned[language] = replace(version, paragraphs=texts, links=row_links)
    return aligned


def _cut_sentences_joined(paragraphs: Mapping[int, str]) -> dict[int, str]:
    """The paragraphs, numbered in order, each that stops mid-sentence joined to the next
    one when that goes on in lower case (a paragraph a page break cut in two)."""
    joined: list[str] = []
    for text in (paragraphs[number] for number in sorted(paragraphs)):
        if joined and text[:1].islower() and not _ENDS_A_SENTENCE.search(joined[-1]):
            joined[-1] = f"{joined[-1]} {text}"
        else:
            joined.append(text)
    return dict(enumerate(joined, start=1))


def link_groups(
    links: Sequence[Link], rows: Sequence[int], pieces: Sequence[str]
) -> list[LinkGroup]:
    """The aligner's links as groups of source rows (by number) and the version's paragraphs;
    a paragraph without a source counterpart joins the group before it (the first group when
    it comes first)."""
    groups: list[LinkGroup] = []
    waiting: list[str] = []  # extra paragraphs before any source row
    for link in links:
        texts = tuple(pieces[index] for index in link.target)
        if not link.source:
            if groups:
                last = groups[-1]
                groups[-1] = LinkGroup(
                    last.rows, last.pieces + texts, min(last.confidence, link.confidence)
                )
            else:
                waiting += texts
            continue
        group = LinkGroup(tuple(rows[index] for index in link.source), texts, link.confidence)
        if waiting and texts:
            group = LinkGroup(group.rows, (*waiting, *texts), link.confidence)
            waiting = []
        groups.append(group)
    if waiting and groups:
        first = groups[0]
        groups[0] = LinkGroup(first.rows, (*waiting, *first.pieces), 0.0)
    return groups


def _numbers_contradicted(
    links: Sequence[Link], rows: Sequence[int], numbers: Sequence[int]
) -> bool:
    """Whether the content of a numbered version says its numbers are wrong: a sure 1:1 link
    joins paragraphs of different numbers, and the content leaves no more paragraphs without
    a counterpart than the numbers do (a report whose numbers merely skip one keeps them)."""
    shifted = any(
        link.kind == "1:1"
        and link.confidence >= REVIEW_THRESHOLD
        and rows[link.source[0]] != numbers[link.target[0]]
        for link in links
    )
    content_gaps = sum(1 for link in links if not link.source or not link.target)
    number_gaps = len(set(rows) ^ set(numbers))
    return shifted and content_gaps <= number_gaps
