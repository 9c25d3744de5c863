"""Notes a new revision placed with doubt or could not place: list them, keep or attach them."""

from __future__ import annotations

from typing import Any

from oicreader.app.changes import Changes, NoteChange
from oicreader.app.session import Session
from oicreader.model.annotation import Annotation, TextAnchor
from oicreader.store.annotation_moves import reattach_annotation
from oicreader.store.annotations import get_annotation
from oicreader.store.reviews import ReviewItem, accept_placement, list_reviews

__all__ = [
    "ReviewItem",
    "attach_note",
    "keep_where_placed",
    "nearest_quote",
    "notes_to_review",
    "review_json",
]


def notes_to_review(session: Session, document: str | None = None) -> list[ReviewItem]:
    """The live notes that need a look after a new revision (of one document if given)."""
    return list_reviews(session.library, document)


def keep_where_placed(session: Session, annotation_id: str) -> NoteChange:
    """Close a note's review, leaving it where the new revision put it."""
    kept = accept_placement(session.library, annotation_id)
    # The note does not move; only the list of notes to review changes.
    return NoteChange(kept, Changes(document=kept.document, notes=frozenset({kept.id})))


def attach_note(
    session: Session,
    annotation_id: str,
    paragraph_number: int,
    language: str | None = None,
    anchor: TextAnchor | None = None,
) -> NoteChange:
    """Put a note by hand on a paragraph (and words) of the current revision; its review closes.

    The changes name the paragraph it left and the one it is on now.
    """
    before = get_annotation(session.library, annotation_id)
    moved = reattach_annotation(session.library, annotation_id, paragraph_number, language, anchor)
    return NoteChange(
        moved,
        Changes(
            document=moved.document,
            paragraphs=frozenset({before.paragraph_number, moved.paragraph_number}),
            notes=frozenset({moved.id}),
        ),
    )


def nearest_quote(
    session: Session, annotation: Annotation, text: str, quote: str
) -> TextAnchor | None:
    """The occurrence of `quote` in a paragraph's text nearest to where the note was before
    the new revision (where it is, if it was never under review); None if it does not occur."""
    starts: list[int] = []
    found = text.find(quote) if quote else -1
    while found >= 0:
        starts.append(found)
        found = text.find(quote, found + 1)
    if not starts:
        return None
    near = _original_start(session, annotation)
    start = min(starts, key=lambda candidate: abs(candidate - near))
    return TextAnchor.in_text(text, start, start + len(quote))


def _original_start(session: Session, annotation: Annotation) -> int:
    reviews = [
        item
        for item in list_reviews(session.library, annotation.document)
        if item.annotation.id == annotation.id
    ]
    anchor = reviews[0].original.anchor if reviews else annotation.anchor
    return anchor.start if anchor is not None else 0


def review_json(item: ReviewItem) -> dict[str, Any]:
    """The JSON form `oicreader notes review --json` prints for one note: where it is now,
    why it needs a look, and where the reader had put it."""
    note, original = item.annotation, item.original
    return {
        "id": note.id,
        "doc": note.document,
        "revision": note.revision,
        "paragraph": note.paragraph_number,
        "lang": note.language,
        "quote": note.anchor.quote if note.anchor else None,
        "start": note.anchor.start if note.anchor else None,
        "end": note.anchor.end if note.anchor else None,
        "outcome": item.outcome,
        "method": item.method,
        "score": item.score,
        "reason": item.reason,
        "note": note.note,
        "original": {
            "revision": original.revision,
            "paragraph": original.paragraph_number,
            "lang": original.language,
            "quote": original.anchor.quote if original.anchor else None,
            "prefix": original.anchor.prefix if original.anchor else None,
            "suffix": original.anchor.suffix if original.anchor else None,
            "start": original.anchor.start if original.anchor else None,
            "end": original.anchor.end if original.anchor else None,
        },
    }
