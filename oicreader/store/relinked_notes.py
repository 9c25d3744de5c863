"""Notes on rows a re-link rewrote, placed again on the rows' new text in the same revision.

A re-link moves a version's paragraphs between rows verbatim, so a note's words are still
there, on its row or a neighbour: each note on a rewritten row is placed again as when a
new revision arrives (oicreader.annotations.reanchor), and one placed with doubt or not at
all is listed for review, never dropped.
"""

from __future__ import annotations

from collections.abc import Mapping

from oicreader.annotations.reanchor import place_annotation
from oicreader.model.annotation import now_timestamp
from oicreader.store.annotation_moves import write_anchor
from oicreader.store.annotations import list_annotations
from oicreader.store.library import Library
from oicreader.store.reviews import open_reviews, record_review
from oicreader.text.paragraph_alignment import ParagraphMap, align_paragraphs

__all__ = ["place_notes_on_relinked_rows"]


def place_notes_on_relinked_rows(
    library: Library,
    key: str,
    revision: int,
    language: str,
    before: Mapping[int, str],
    after: Mapping[int, str],
    rows: set[int],
) -> set[str]:
    """Place every note on one of `rows` of a version again on its new text (inside the
    caller's transaction); the ids of the notes placed."""
    reviews = open_reviews(library, key)
    mapping: ParagraphMap | None = None
    stamp = now_timestamp()
    placed: set[str] = set()
    for annotation in list_annotations(library, document=key, include_deleted=True):
        if (annotation.revision, annotation.language) != (revision, language):
            continue
        if annotation.paragraph_number not in rows:
            continue
        mapping = mapping or ParagraphMap(align_paragraphs(before, after))
        placement = place_annotation(annotation, after, mapping)
        number = placement.paragraph_number or annotation.paragraph_number
        write_anchor(library, annotation.id, revision, number, language, placement.anchor, stamp)
        if placement.needs_review:
            original = reviews.get(annotation.id, annotation)
            record_review(
                library, key, original, placement, revision, stamp, annotation.id in reviews
            )
        placed.add(annotation.id)
    return placed
