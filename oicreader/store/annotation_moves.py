"""Annotations carried to a new revision, or put back by hand; none is ever dropped.

When a revision is added, `move_annotations` places every annotation of the document on it
(oicreader.annotations.reanchor), deleted ones too, so that undoing a deletion brings a note
back where it belongs now. Each annotation's row moves to the new revision: to its new place,
or, when none was found, onto its paragraph's counterpart as a note on the whole paragraph,
listed for review (reviews.py) with its original quote and context.
"""

from __future__ import annotations

from dataclasses import dataclass

from oicreader.annotations.reanchor import Placement, place_annotation
from oicreader.errors import UserFacingError, explained
from oicreader.model.annotation import Annotation, TextAnchor, now_timestamp
from oicreader.model.document import Document
from oicreader.store.annotations import get_annotation, list_annotations
from oicreader.store.connection import transaction
from oicreader.store.library import DocumentNotFound, Library
from oicreader.store.reviews import open_reviews, record_review, resolve_review
from oicreader.text.paragraph_alignment import ParagraphMap, align_paragraphs


@dataclass(frozen=True)
class MoveSummary:
    """How the annotations of a document fared on its new revision."""

    placed: int
    doubtful: int
    not_placed: int

    @property
    def needs_review(self) -> int:
        """Annotations placed with doubt or not placed: listed by `notes review`."""
        return self.doubtful + self.not_placed

    def __str__(self) -> str:
        return (
            f"{self.placed} moved, {self.doubtful} placed with doubt, {self.not_placed} not placed"
        )


class NoSuchParagraph(UserFacingError, LookupError):
    """The paragraph a note was to be attached to is not in the document's revision."""


class WordsNotFound(UserFacingError, ValueError):
    """The words to highlight are not where the note was to be attached."""


def move_annotations(library: Library, key: str, revision: int, document: Document) -> MoveSummary:
    """Place every annotation of a document on its new revision; inside the caller's transaction."""
    reviews = open_reviews(library, key)
    maps: dict[tuple[int, str], ParagraphMap] = {}
    old_versions: dict[int, Document | None] = {}
    counts = {"placed": 0, "doubtful": 0, "not-placed": 0}
    stamp = now_timestamp()
    for annotation in list_annotations(library, document=key, include_deleted=True):
        if annotation.revision == revision:
            continue
        source = reviews.get(annotation.id, annotation)
        new_version = document.versions.get(source.language)
        if new_version is None:
            reason = f"the new revision has no {source.language} version"
            placement = Placement.not_placed(None, reason)
        else:
            mapping = maps.get((source.revision, source.language))
            if mapping is None:
                old = _old_paragraphs(library, key, source.revision, source.language, old_versions)
                mapping = ParagraphMap(align_paragraphs(old, new_version.paragraphs))
                maps[source.revision, source.language] = mapping
            placement = place_annotation(source, new_version.paragraphs, mapping)
        counts[placement.outcome] += 1
        number = placement.paragraph_number
        if number is None:  # nowhere in the new revision: it keeps its paragraph number
            number = source.paragraph_number
        write_anchor(
            library, annotation.id, revision, number, source.language, placement.anchor, stamp
        )
        if placement.needs_review:
            record_review(
                library, key, source, placement, revision, stamp, annotation.id in reviews
            )
        elif annotation.id in reviews:
            resolve_review(library, annotation.id, stamp)
    return MoveSummary(counts["placed"], counts["doubtful"], counts["not-placed"])


def _old_paragraphs(
    library: Library,
    key: str,
    revision: int,
    language: str,
    cache: dict[int, Document | None],
) -> dict[int, str]:
    if revision not in cache:
        try:
            cache[revision] = library.document(key, revision)
        except DocumentNotFound:  # a note synced from a library with revisions this one lacks
            cache[revision] = None
    old = cache[revision]
    version = old.versions.get(language) if old is not None else None
    return dict(version.paragraphs) if version is not None else {}


def reattach_annotation(
    library: Library,
    annotation_id: str,
    paragraph_number: int,
    language: str | None = None,
    anchor: TextAnchor | None = None,
) -> Annotation:
    """Put an annotation by hand on a paragraph (and words) of its document's current revision.

    `anchor` None makes it a note on the whole paragraph. Its open review, if any, is closed.
    """
    with transaction(library.db):
        annotation = get_annotation(library, annotation_id)
        language = language or annotation.language
        revision = library.current_revision_number(annotation.document)
        text = library.document(annotation.document).paragraph(paragraph_number).text(language)
        if text is None:
            raise NoSuchParagraph(
                explained(
                    "revision {revision} of {document} has no paragraph {paragraph} in {language}",
                    revision=revision,
                    document=annotation.document,
                    paragraph=paragraph_number,
                    language=language,
                )
            )
        if anchor is not None and text[anchor.start : anchor.end] != anchor.quote:
            raise WordsNotFound(
                explained(
                    "the words {quote} are not at {start}-{end}",
                    quote=repr(anchor.quote),
                    start=anchor.start,
                    end=anchor.end,
                )
            )
        stamp = now_timestamp()
        write_anchor(library, annotation_id, revision, paragraph_number, language, anchor, stamp)
        resolve_review(library, annotation_id, stamp)
    return get_annotation(library, annotation_id)


def write_anchor(
    library: Library,
    annotation_id: str,
    revision: int,
    paragraph_number: int,
    language: str,
    anchor: TextAnchor | None,
    stamp: str,
) -> None:
    """Point an annotation at a place in a revision (no anchor: the whole paragraph)."""
    library.db.execute(
        "UPDATE annotations SET revision = ?, paragraph_number = ?, language = ?, start = ?, "
        "end = ?, quote = ?, prefix = ?, suffix = ?, modified = ? WHERE uuid = ?",
        [
            revision,
            paragraph_number,
            language,
            anchor.start if anchor else None,
            anchor.end if anchor else None,
            anchor.quote if anchor else None,
            anchor.prefix if anchor else None,
            anchor.suffix if anchor else None,
            stamp,
            annotation_id,
        ],
    )
