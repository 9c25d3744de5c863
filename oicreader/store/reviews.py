"""Notes a reader should look at again after a new revision, with where they first were.

A placement with doubt, or none (see annotation_moves.py), adds a row to annotation_reviews
that keeps the annotation's ORIGINAL revision, paragraph, quote and context, until the reader
re-attaches the note by hand or accepts where it was put. An annotation still under review
when yet another revision arrives is placed again from that original anchor, since the
original is what the reader chose.

An import opens the same kind of row (method "none", see annotation_merge.py) for a note on
a place this library lacks ("not-placed") or dated in the future ("doubtful").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from oicreader.annotations.reanchor import Placement
from oicreader.model.annotation import Annotation, TextAnchor, now_timestamp
from oicreader.store.annotations import AnnotationNotFound, get_annotation
from oicreader.store.connection import transaction
from oicreader.store.library import Library

_ORIGINAL_COLUMNS = "revision, paragraph_number, language, start, end, quote, prefix, suffix"
_REVIEW_COLUMNS = ", ".join(
    f"r.{column}"
    for column in [
        "annotation_uuid",
        *_ORIGINAL_COLUMNS.split(", "),
        *["placed_revision", "outcome", "method", "score", "reason", "created", "resolved"],
    ]
)


@dataclass(frozen=True)
class ReviewItem:
    """An annotation to look at: where it is now, where it was, and why it needs a look."""

    annotation: Annotation
    original: Annotation  # the same annotation as the reader made it, on its old revision
    placed_revision: int
    outcome: str  # "doubtful" or "not-placed"
    method: str
    score: float
    reason: str
    created: str
    resolved: str | None


def list_reviews(
    library: Library, document: str | None = None, include_resolved: bool = False
) -> list[ReviewItem]:
    """Live annotations that need a look after a new revision, in paragraph order."""
    condition = "" if include_resolved else " AND r.resolved IS NULL"
    parameters: list[Any] = []
    if document is not None:
        condition += " AND r.document_key = ?"
        parameters.append(document)
    rows = library.db.execute(
        f"SELECT {_REVIEW_COLUMNS} FROM annotation_reviews r "
        "JOIN annotations a ON a.uuid = r.annotation_uuid "
        f"WHERE a.deleted IS NULL{condition} "
        "ORDER BY r.document_key, r.paragraph_number, r.start, r.created",
        parameters,
    ).fetchall()
    items: list[ReviewItem] = []
    for row in rows:
        current = get_annotation(library, row[0])
        placed_revision, outcome, method, score, reason, created, resolved = row[9:]
        items.append(
            ReviewItem(
                current,
                _original(current, row),
                placed_revision,
                outcome,
                method,
                float(score or 0.0),
                reason,
                created,
                resolved,
            )
        )
    return items


def accept_placement(library: Library, annotation_id: str) -> Annotation:
    """Close an annotation's review, leaving it where it was placed."""
    with transaction(library.db):
        annotation = get_annotation(library, annotation_id)
        resolve_review(library, annotation_id, now_timestamp())
    return annotation


def open_reviews(library: Library, key: str) -> dict[str, Annotation]:
    """Each annotation of a document under review, as the reader originally anchored it."""
    rows = library.db.execute(
        f"SELECT {_REVIEW_COLUMNS} FROM annotation_reviews r "
        "WHERE r.document_key = ? AND r.resolved IS NULL",
        [key],
    ).fetchall()
    found: dict[str, Annotation] = {}
    for row in rows:
        try:
            found[row[0]] = _original(get_annotation(library, row[0]), row)
        except AnnotationNotFound:  # a review row outliving its note is ignored, never fatal
            continue
    return found


def _original(current: Annotation, row: Any) -> Annotation:
    revision, number, language, start, end, quote, prefix, suffix = row[1:9]
    anchor = (
        TextAnchor(start, end, quote, prefix or "", suffix or "") if start is not None else None
    )
    return replace(
        current, revision=revision, paragraph_number=number, language=language, anchor=anchor
    )


def record_review(
    library: Library,
    key: str,
    original: Annotation,
    placement: Placement,
    revision: int,
    stamp: str,
    already_open: bool,
) -> None:
    """Open a review keeping the original anchor, or update the open one's latest outcome."""
    if already_open:
        library.db.execute(
            "UPDATE annotation_reviews SET placed_revision = ?, outcome = ?, method = ?, "
            "score = ?, reason = ? WHERE annotation_uuid = ?",
            [
                revision,
                placement.outcome,
                placement.method,
                placement.score,
                placement.reason,
                original.id,
            ],
        )
        return
    anchor = original.anchor
    library.db.execute(
        "INSERT OR REPLACE INTO annotation_reviews (annotation_uuid, document_key, "
        f"{_ORIGINAL_COLUMNS}, placed_revision, outcome, method, score, reason, created, "
        "resolved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
        [
            original.id,
            key,
            original.revision,
            original.paragraph_number,
            original.language,
            anchor.start if anchor else None,
            anchor.end if anchor else None,
            anchor.quote if anchor else None,
            anchor.prefix if anchor else None,
            anchor.suffix if anchor else None,
            revision,
            placement.outcome,
            placement.method,
            placement.score,
            placement.reason,
            stamp,
        ],
    )


def resolve_review(library: Library, annotation_id: str, stamp: str) -> None:
    """Close an annotation's open review, if it has one."""
    library.db.execute(
        "UPDATE annotation_reviews SET resolved = ? WHERE annotation_uuid = ? AND resolved IS NULL",
        [stamp, annotation_id],
    )
