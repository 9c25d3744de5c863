"""Pages for the printed body: a paragraph is never split across two pages when it fits on one."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QSizeF
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
)

# Qt's own pagination (QTextDocument with a page height) moves each *line* that would
# cross a page edge to the next page, so a table row, and with it a paragraph and its
# translations, is cut in two. So we paginate ourselves: measure every paragraph's
# tables laid out without pages, choose where pages must start, mark those tables
# PageBreak_AlwaysBefore, then let Qt lay out the pages. Only a paragraph taller than a
# page is left to Qt's line-by-line split; it starts on a new page, so the height Qt
# gives it there (its gaps included) does not depend on what comes before it and can be
# measured once, which makes the second choice of breaks exact.
_TOLERANCE = 0.5
_MAX_CORRECTIONS = 50


def paginate(
    document: QTextDocument, groups: Sequence[Sequence[QTextFrame]], width: float, height: float
) -> int:
    """Lay out `document` in pages of width x height, keeping each group on one page; page count."""
    document.setPageSize(QSizeF(width, -1))  # one endless page: natural heights
    layout = document.documentLayout()
    extents = [_extent(layout, group) for group in groups]
    # Pages first, breaks after, all in one edit block: Qt then lays the pages out once,
    # when they are next measured, instead of once per break and again for the pages.
    document.setPageSize(QSizeF(width, height))
    starts = _page_starts(extents, height, {})
    _set_breaks(document, groups, starts, [False] * len(groups))
    tall = [index for index, (top, bottom) in enumerate(extents) if bottom - top > height]
    if tall:
        ends = {}
        for index in tall:
            bottom = layout.frameBoundingRect(groups[index][-1]).bottom()
            ends[index] = bottom - math.floor(bottom / height) * height
        exact = _page_starts(extents, height, ends)
        _set_breaks(document, groups, exact, starts)
    # A safety net for what the arithmetic cannot know (a paragraph whose height changes
    # with its place on the page): move any group that still straddles a page edge.
    for _ in range(_MAX_CORRECTIONS):
        straddling = _first_straddling(document, groups, height)
        if straddling is None:
            break
        _set_break(straddling[0], True)
    return page_count(document, height)


def split_blocks_at_page_edges(document: QTextDocument, height: float) -> list[int]:
    """Cut each paragraph that runs on to the next page into one block per page; positions cut.

    QTextLayout.draw() also draws the line just above its clip rectangle (it keeps the
    last line wholly above the clip as its first line to draw). Clipped, that line is
    not seen, but a PDF keeps its text: the last line of a page would be found twice by
    search and copy. A block that ends at the page edge has no line above the next page.
    """
    layout = document.documentLayout()
    cuts: list[int] = []
    block = document.begin()
    while block.isValid():
        text_layout = block.layout()
        if text_layout is not None and text_layout.lineCount() > 1:
            top = layout.blockBoundingRect(block).top()
            previous_page = -1
            for index in range(text_layout.lineCount()):
                line = text_layout.lineAt(index)
                page = math.floor((top + line.y() + _TOLERANCE) / height)
                if index and page != previous_page:
                    cuts.append(block.position() + line.textStart())
                previous_page = page
        block = block.next()
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for position in reversed(cuts):
        cursor.setPosition(position)
        block_format = cursor.blockFormat()
        block_format.setTopMargin(0)  # the cut must not move the page's first line down
        cursor.insertBlock(block_format)
    cursor.endEditBlock()
    return cuts


def page_count(document: QTextDocument, height: float) -> int:
    """Pages up to the last frame's bottom: the empty block Qt keeps after it adds none."""
    layout = document.documentLayout()
    frames = document.rootFrame().childFrames()
    bottom = (
        max(layout.frameBoundingRect(frame).bottom() for frame in frames)
        if frames
        else document.size().height()
    )
    return max(1, math.ceil((bottom - _TOLERANCE) / height))


def _extent(
    layout: QAbstractTextDocumentLayout, group: Sequence[QTextFrame]
) -> tuple[float, float]:
    return layout.frameBoundingRect(group[0]).top(), layout.frameBoundingRect(group[-1]).bottom()


def _page_starts(
    extents: Sequence[tuple[float, float]], height: float, tall_ends: dict[int, float]
) -> list[bool]:
    """For each group, whether a new page must start before it.

    `extents` are the groups' natural (top, bottom); `tall_ends` says where on its last
    page each group taller than a page ends, once measured (else its natural height is
    used, which Qt's split makes a little short).
    """
    if not extents:
        return []
    page_offset = extents[0][0]  # where the first group sits below a page top
    y = page_offset
    starts = []
    for index, (top, bottom) in enumerate(extents):
        size = bottom - top
        following = extents[index + 1][0] if index + 1 < len(extents) else bottom
        if size > height:
            start = y > page_offset + _TOLERANCE
            y = tall_ends.get(index, page_offset + size % height)
        else:
            start = y + size > height + _TOLERANCE and y > page_offset + _TOLERANCE
            y = (page_offset if start else y) + size
        y += following - bottom  # space between this group and the next
        starts.append(start)
    return starts


def _set_breaks(
    document: QTextDocument,
    groups: Sequence[Sequence[QTextFrame]],
    wanted: Sequence[bool],
    current: Sequence[bool],
) -> None:
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for group, want, have in zip(groups, wanted, current, strict=True):
        if want != have:
            _set_break(group[0], want)
    cursor.endEditBlock()


def _first_straddling(
    document: QTextDocument, groups: Sequence[Sequence[QTextFrame]], height: float
) -> Sequence[QTextFrame] | None:
    layout = document.documentLayout()
    for group in groups:
        top, bottom = _extent(layout, group)
        page_top = math.floor((top + _TOLERANCE) / height) * height
        if (
            bottom - top <= height
            and bottom > page_top + height + _TOLERANCE
            and top > page_top + _TOLERANCE
            and not _breaks_before(group[0])
        ):
            return group
    return None


def _set_break(frame: QTextFrame, before: bool) -> None:
    frame_format = frame.frameFormat()
    frame_format.setPageBreakPolicy(
        QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
        if before
        else QTextFormat.PageBreakFlag.PageBreak_Auto
    )
    frame.setFrameFormat(frame_format)


def _breaks_before(frame: QTextFrame) -> bool:
    policy = frame.frameFormat().pageBreakPolicy()
    return bool(policy & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
