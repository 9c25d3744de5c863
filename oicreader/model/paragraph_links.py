"""How a version's paragraphs are placed against the source's rows, and the reader's re-links.

A version aligned by content (not by its numbers) is a run of link groups, in order: each
group joins one or more source rows to zero or more of the version's own paragraphs (its
pieces). One piece on one row is a plain 1:1 link; two rows sharing one piece are a merge
(the piece is shown against both); two pieces on one row are a split (joined in the row); a
row with no piece is a gap. The store keeps each row's text and a RowLink, from which the
groups are rebuilt, so that a re-link is a pure edit of the groups.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from oicreader.errors import UserFacingError, explained
from oicreader.model.row_links import REVIEW_THRESHOLD, RowLink, link_mark

__all__ = [
    "MOVES",
    "REVIEW_THRESHOLD",
    "Correction",
    "LinkGroup",
    "Move",
    "RelinkRefused",
    "RowLink",
    "groups_of",
    "relinked",
    "rows_of",
]

Move = Literal["up", "down", "merge", "split"]
MOVES: tuple[Move, ...] = ("up", "down", "merge", "split")
# The confidence of a link the reader set: as sure as can be.
READER_CONFIDENCE = 1.0
# What joins the pieces of a split row into one text, as continuation lines are joined.
PIECE_SEPARATOR = " "


@dataclass(frozen=True)
class Correction:
    """One re-link the reader made: a row of one language version, and the move."""

    language: str
    paragraph_number: int
    move: Move


class RelinkRefused(UserFacingError, ValueError):
    """A re-link that cannot be made there (nothing to move, no row to move it to)."""


@dataclass(frozen=True)
class LinkGroup:
    """Source rows and the version's paragraphs (pieces) that render them, and how sure."""

    rows: tuple[int, ...]
    pieces: tuple[str, ...]
    confidence: float

    @property
    def kind(self) -> str:
        """ "1:1", "2:1", "1:2", "1:0" ...: how many rows and pieces the group joins."""
        return f"{len(self.rows)}:{len(self.pieces)}"

    @property
    def mark(self) -> str:
        """ "merged", "split", "missing" or "linked"."""
        return link_mark(len(self.rows), len(self.pieces))


def rows_of(groups: Iterable[LinkGroup]) -> tuple[dict[int, str], dict[int, RowLink]]:
    """Each row's text and link: a merged piece on every row it covers, split pieces joined."""
    texts: dict[int, str] = {}
    links: dict[int, RowLink] = {}
    for group in groups:
        if not group.pieces:
            continue
        cuts, position = [], 0
        for piece in group.pieces:
            cuts.append(position)
            position += len(piece) + len(PIECE_SEPARATOR)
        text = PIECE_SEPARATOR.join(group.pieces)
        link = RowLink(group.rows, group.kind, group.confidence, tuple(cuts))
        for row in group.rows:
            texts[row] = text
            links[row] = link
    return texts, links


def groups_of(
    rows: Iterable[int], texts: Mapping[int, str], links: Mapping[int, RowLink]
) -> list[LinkGroup]:
    """The groups a version's stored rows make, over the source's rows (and any row the
    version has that the source lacks), in order; a row without a link is a 1:1 link."""
    groups: list[LinkGroup] = []
    for row in sorted(set(rows) | set(texts)):
        link = links.get(row)
        if row not in texts:
            groups.append(LinkGroup((row,), (), 0.0))
        elif link is None or len(link.spans) < 2:
            confidence = READER_CONFIDENCE if link is None else link.confidence
            cuts = link.cuts if link else (0,)
            groups.append(LinkGroup((row,), _pieces(texts[row], cuts), confidence))
        elif row == link.spans[0] or not groups or groups[-1].rows != link.spans:
            groups.append(LinkGroup(link.spans, _pieces(texts[row], link.cuts), link.confidence))
    return groups


def _pieces(text: str, cuts: tuple[int, ...]) -> tuple[str, ...]:
    """The version's own paragraphs joined in a row's text, cut back apart."""
    ends = [*(cut - len(PIECE_SEPARATOR) for cut in cuts[1:]), len(text)]
    return tuple(text[start:end] for start, end in zip(cuts, ends, strict=True))


def relinked(
    groups: list[LinkGroup], row: int, move: Move, language: str = "en"
) -> list[LinkGroup]:
    """The groups after the reader re-links `row`: its first paragraph moved up to the row
    before, its last moved down to the row after, it merged with the next row, or a merged
    row split back into one link per row. Refused with RelinkRefused where it cannot be."""
    index = next((i for i, group in enumerate(groups) if row in group.rows), None)
    if index is None:
        raise RelinkRefused(explained("there is no row {row}", row=row))
    group = groups[index]
    if move == "up":
        return _moved_up(groups, index, row)
    if move == "down":
        return _moved_down(groups, index, row)
    if move == "merge":
        if index + 1 == len(groups):
            raise RelinkRefused(
                explained("row {row} is the last row: there is no row after it to merge", row=row)
            )
        following = groups[index + 1]
        merged = LinkGroup(
            group.rows + following.rows, group.pieces + following.pieces, READER_CONFIDENCE
        )
        return [*groups[:index], merged, *groups[index + 2 :]]
    if move == "split":
        if len(group.rows) < 2:
            raise RelinkRefused(
                explained(
                    "row {row} is not merged with another row; only a merged row can be split",
                    row=row,
                )
            )
        return [*groups[:index], *_split(group, language), *groups[index + 1 :]]
    raise RelinkRefused(
        explained(
            "unknown move {move}: use one of {moves}", move=repr(move), moves=", ".join(MOVES)
        )
    )


def _moved_up(groups: list[LinkGroup], index: int, row: int) -> list[LinkGroup]:
    group = groups[index]
    if not group.pieces:
        raise RelinkRefused(
            explained("row {row} has no paragraph of this version to move", row=row)
        )
    if index == 0:
        raise RelinkRefused(
            explained("row {row} is the first row: there is no row before it", row=row)
        )
    before = groups[index - 1]
    return [
        *groups[: index - 1],
        LinkGroup(before.rows, before.pieces + group.pieces[:1], READER_CONFIDENCE),
        LinkGroup(group.rows, group.pieces[1:], READER_CONFIDENCE if group.pieces[1:] else 0.0),
        *groups[index + 1 :],
    ]


def _moved_down(groups: list[LinkGroup], index: int, row: int) -> list[LinkGroup]:
    group = groups[index]
    if not group.pieces:
        raise RelinkRefused(
            explained("row {row} has no paragraph of this version to move", row=row)
        )
    if index + 1 == len(groups):
        raise RelinkRefused(
            explained("row {row} is the last row: there is no row after it", row=row)
        )
    after = groups[index + 1]
    return [
        *groups[:index],
        LinkGroup(group.rows, group.pieces[:-1], READER_CONFIDENCE if group.pieces[:-1] else 0.0),
        LinkGroup(after.rows, group.pieces[-1:] + after.pieces, READER_CONFIDENCE),
        *groups[index + 2 :],
    ]


def _split(group: LinkGroup, language: str) -> list[LinkGroup]:
    """One group per row: the pieces dealt out in order, a single piece first cut at the
    sentence end nearest its middle, so that each row gets some of the text where it can."""
    # Imported here: the model is loaded by every command; sentence splitting only by this.
    from oicreader.align.sentences import sentence_spans

    pieces = list(group.pieces)
    while 0 < len(pieces) < len(group.rows):
        longest = max(range(len(pieces)), key=lambda i: len(pieces[i]))
        text = pieces[longest]
        starts = [start for start, _ in sentence_spans(text, language)[1:]]
        if not starts:
            break
        cut = min(starts, key=lambda start: abs(2 * start - len(text)))
        pieces[longest : longest + 1] = [text[:cut].rstrip(), text[cut:]]
    dealt: list[LinkGroup] = []
    for position, row in enumerate(group.rows):
        last = position == len(group.rows) - 1
        mine = pieces[position:] if last else pieces[position : position + 1]
        dealt.append(LinkGroup((row,), tuple(mine), READER_CONFIDENCE if mine else 0.0))
    return dealt
