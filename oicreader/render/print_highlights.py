"""Which annotations a print shows, where a highlight's words are now, and their colour."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from oicreader.model.annotation import Annotation
from oicreader.model.document import Document
from oicreader.model.languages import Direction
from oicreader.render.parallel_document import ParallelDocument


def annotations_to_print(
    document: Document, numbers: Sequence[int], annotations: Sequence[Annotation]
) -> list[Annotation]:
    """The live annotations of this document on the chosen paragraphs, in paragraph order."""
    chosen = set(numbers)
    return sorted(
        (
            annotation
            for annotation in annotations
            if annotation.document == document.id
            and annotation.deleted is None
            and annotation.paragraph_number in chosen
        ),
        key=lambda annotation: (annotation.paragraph_number, annotation.created, annotation.id),
    )


def is_note(annotation: Annotation) -> bool:
    """True when an annotation has words to print (a note or tags), not only a colour."""
    return bool(annotation.note.strip() or annotation.tags)


def quote_span(text: str, annotation: Annotation) -> tuple[int, int] | None:
    """Where a highlight's quote sits in the paragraph (code points), found again if it moved."""
    anchor = annotation.anchor
    if anchor is None or not anchor.quote:
        return None
    if (
        0 <= anchor.start < anchor.end <= len(text)
        and text[anchor.start : anchor.end] == anchor.quote
    ):
        return anchor.start, anchor.end
    starts = []
    found = text.find(anchor.quote)
    while found >= 0:
        starts.append(found)
        found = text.find(anchor.quote, found + 1)
    if not starts:
        return None
    start = min(starts, key=lambda candidate: abs(candidate - anchor.start))
    return start, start + len(anchor.quote)


def apply_highlights(parallel: ParallelDocument, annotations: Sequence[Annotation]) -> None:
    """Give each highlighted range its colour as the background of its text."""
    for annotation in annotations:
        cell = parallel.cells.get((annotation.paragraph_number, annotation.language))
        if cell is None or not annotation.color:
            continue
        span = quote_span(cell.text, annotation)
        if span is None:
            continue
        start, end = cell.qt_range(*span)  # code points to Qt's UTF-16 positions
        cursor = QTextCursor(parallel.document)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        highlight = QTextCharFormat()
        highlight.setBackground(QColor(annotation.color))
        cursor.mergeCharFormat(highlight)


def text_direction(text: str, default: Direction = "ltr") -> Direction:
    """The direction of free text (a note, a tag) from its first strong character."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return default
