"""Notes on a bundled document whose files a new version of the app rewrote in place.

A reload of the bundled files replaces the text of the revision they were loaded into,
keeping its number, so the notes on it keep pointing at it. A note whose words are still
where they were is left alone; any other is placed again on the new text as a new revision
places it (reanchor.py): moved when found with confidence, otherwise kept on its paragraph
and put up for review (reviews.py) with the words and context the reader chose.
"""

from __future__ import annotations

from dataclasses import dataclass

from oicreader.annotations.reanchor import place_annotation
from oicreader.model.annotation import Annotation, now_timestamp
from oicreader.model.document import Document
from oicreader.store.annotations import list_annotations
from oicreader.store.library import Library
from oicreader.text.paragraph_alignment import ParagraphMap, align_paragraphs


@dataclass(frozen=True)
class NotesBeforeReload:
    """The notes on a revision about to be rewritten, and the text they were made on."""

    key: str
    revision: int
    old_text: Document
    notes: list[Annotation]

    @classmethod
    def take(cls, library: Library, key: str, revision_id: int) -> NotesBeforeReload | None:
        """What a reload of revision `revision_id` must carry over; None when it has no notes."""
        number = int(
            library.db.execute(
                "SELECT number FROM revisions WHERE id = ?", [revision_id]
            ).fetchone()[0]
        )
        notes = [
            note
            for note in list_annotations(library, document=key, include_deleted=True)
            if note.revision == number
        ]
        if not notes:
            return None
        return cls(key, number, library.document(key, number), notes)

    def place_on(self, library: Library, new_text: Document) -> None:
        """Place again, on the rewritten revision, every note whose words moved or changed;
        inside the caller's transaction."""
        from oicreader.store.annotation_moves import write_anchor
        from oicreader.store.reviews import open_reviews, record_review

        reviews = open_reviews(library, self.key)
        maps: dict[str, ParagraphMap] = {}
        stamp = now_timestamp()
        for note in self.notes:
            version = new_text.versions.get(note.language)
            new_paragraphs = dict(version.paragraphs) if version is not None else {}
            if _still_in_place(note, new_paragraphs):
                continue
            if note.language not in maps:
                old = self.old_text.versions.get(note.language)
                old_paragraphs = dict(old.paragraphs) if old is not None else {}
                maps[note.language] = ParagraphMap(align_paragraphs(old_paragraphs, new_paragraphs))
            placement = place_annotation(note, new_paragraphs, maps[note.language])
            number = placement.paragraph_number or note.paragraph_number
            write_anchor(
                library, note.id, self.revision, number, note.language, placement.anchor, stamp
            )
            if placement.needs_review:
                # A note already under review keeps the original the reader chose.
                original = reviews.get(note.id, note)
                already_open = note.id in reviews
                record_review(
                    library, self.key, original, placement, self.revision, stamp, already_open
                )


def _still_in_place(note: Annotation, new_paragraphs: dict[int, str]) -> bool:
    """True when the note's paragraph is there and its words are where they were."""
    text = new_paragraphs.get(note.paragraph_number)
    if text is None:
        return False
    anchor = note.anchor
    return anchor is None or text[anchor.start : anchor.end] == anchor.quote
