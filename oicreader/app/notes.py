"""Notes and highlights: add, edit (text and tags), delete with undo, and list them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from oicreader.app.changes import Changes, NoteChange
from oicreader.app.session import Session
from oicreader.model.annotation import (
    DEFAULT_COLOR,
    Annotation,
    TextAnchor,
    new_annotation_id,
    normalize_tags,
)
from oicreader.store import annotations as stored
from oicreader.store.annotations import AnnotationNotFound, NoteFilter, NoteSummary

__all__ = [
    "Annotation",
    "AnnotationNotFound",
    "NoteFilter",
    "NoteSummary",
    "TextAnchor",
    "add_note",
    "annotation_json",
    "count_notes",
    "delete_note",
    "discard_if_empty",
    "documents_with_notes",
    "edit_note",
    "get_note",
    "is_empty",
    "list_notes",
    "new_note",
    "note_keys",
    "note_page",
    "note_summaries",
    "tags_in_use",
    "undo_delete",
]


def new_note(
    session: Session,
    document: str,
    paragraph_number: int,
    language: str,
    *,
    anchor: TextAnchor | None = None,
    color: str | None = None,
    note: str = "",
    tags: Sequence[str] = (),
) -> Annotation:
    """A note not yet stored: a fresh id, on the document's current revision.

    A highlight (an anchor) without a colour gets the default one; a note on a whole
    paragraph has a colour only when one is asked for.
    """
    return Annotation(
        id=new_annotation_id(),
        document=document,
        revision=session.library.current_revision_number(document),
        paragraph_number=paragraph_number,
        language=language,
        anchor=anchor,
        color=color or (DEFAULT_COLOR if anchor else None),
        note=note,
        tags=normalize_tags(tuple(tags)),
    )


def add_note(
    session: Session,
    document: str,
    paragraph_number: int,
    language: str,
    *,
    anchor: TextAnchor | None = None,
    color: str | None = None,
    note: str = "",
    tags: Sequence[str] = (),
) -> NoteChange:
    """Store a new highlight (with an anchor) or note on a paragraph; on disk on return."""
    annotation = new_note(
        session, document, paragraph_number, language,
        anchor=anchor, color=color, note=note, tags=tags,
    )  # fmt: skip
    stored.add_annotation(session.library, annotation)
    return NoteChange(annotation, Changes.of_note(annotation, tags_changed=bool(annotation.tags)))


def edit_note(
    session: Session,
    before: Annotation,
    *,
    note: str | None = None,
    tags: Sequence[str] | None = None,
) -> NoteChange:
    """Give a note new text or tags (tagging it); nothing is written when nothing differs."""
    new_text = before.note if note is None else note
    new_tags = before.tags if tags is None else normalize_tags(tuple(tags))
    if new_text == before.note and new_tags == before.tags:
        return NoteChange(before, Changes())
    after = before.edited(note=new_text, tags=new_tags)
    tags_changed = new_tags != before.tags
    # Text typed into a note is saved at every key: one statement. Should the note be gone
    # from the library (restored from a backup without it), it is written whole again.
    if tags_changed or not stored.save_annotation_keeping_tags(session.library, after):
        stored.save_annotation(session.library, after)
    return NoteChange(after, Changes.of_note(after, tags_changed=tags_changed))


def delete_note(session: Session, annotation_id: str) -> NoteChange:
    """Delete a note (a tombstone is kept); `undo_delete` brings it back with its id."""
    deleted = stored.delete_annotation(session.library, annotation_id)
    session.deleted_notes.append(annotation_id)
    return NoteChange(deleted, Changes.of_note(deleted, tags_changed=bool(deleted.tags)))


def is_empty(annotation: Annotation) -> bool:
    """A note on a whole paragraph with no text and no tags: nothing the reader wrote."""
    return annotation.anchor is None and not annotation.note.strip() and not annotation.tags


def discard_if_empty(session: Session, annotation_id: str) -> NoteChange | None:
    """Delete a note left empty (None when it has content or is gone already).

    Not an undoable delete: undo brings back the notes the reader deleted on purpose,
    never a blank one that was opened and left.
    """
    try:
        annotation = stored.get_annotation(session.library, annotation_id)
    except AnnotationNotFound:
        return None
    if annotation.deleted or not is_empty(annotation):
        return None
    deleted = stored.delete_annotation(session.library, annotation_id)
    return NoteChange(deleted, Changes.of_note(deleted, tags_changed=False))


def undo_delete(session: Session) -> NoteChange | None:
    """Bring back the note deleted last in this session, or None when there is none."""
    if not session.deleted_notes:
        return None
    restored = stored.undelete_annotation(session.library, session.deleted_notes.pop())
    return NoteChange(restored, Changes.of_note(restored, tags_changed=bool(restored.tags)))


def get_note(session: Session, annotation_id: str) -> Annotation:
    """One note by id, in full (deleted or not)."""
    return stored.get_annotation(session.library, annotation_id)


def list_notes(
    session: Session, document: str | None = None, tag: str | None = None
) -> list[Annotation]:
    """The live notes, in document and paragraph order, of one document or tag if given."""
    return stored.list_annotations(session.library, document=document, tag=tag)


def note_keys(session: Session, wanted: NoteFilter) -> list[int]:
    """The row keys of the live notes that pass a filter, in list order."""
    return stored.filtered_note_keys(session.library, wanted)


def note_summaries(session: Session, keys: list[int]) -> list[NoteSummary]:
    """What a list shows of the notes with these keys, in the order given."""
    return stored.note_summaries(session.library, keys)


def note_page(
    session: Session, wanted: NoteFilter, *, after: int | None = None, limit: int = 100
) -> list[tuple[int, NoteSummary]]:
    """A page of the live notes that pass a filter, in list order, each with its row key:
    the first page, or the one after the note keyed `after` (the last of the page before).
    A list of 100,000 notes reads only the pages it shows."""
    from oicreader.store import note_pages  # the notes list's pages: after the first paint

    return note_pages.note_page(session.library, wanted, after, limit)


def count_notes(session: Session, wanted: NoteFilter) -> int:
    """How many live notes pass a filter (counted on an index, no note read)."""
    from oicreader.store import note_pages

    return note_pages.count_notes(session.library, wanted)


def documents_with_notes(session: Session) -> list[tuple[str, str | None, int]]:
    """Each document with live notes: key, symbol (None when not in the library), count."""
    return stored.note_documents(session.library)


def tags_in_use(session: Session) -> list[tuple[str, int]]:
    """Every tag on a live note with its number of notes, most used first (counted on the
    tags' index: the notes themselves are not read)."""
    from oicreader.store import note_pages

    return note_pages.tag_counts(session.library)


def annotation_json(annotation: Annotation) -> dict[str, Any]:
    """The JSON form `oicreader notes list --json` prints for one note."""
    anchor = annotation.anchor
    return {
        "id": annotation.id,
        "doc": annotation.document,
        "revision": annotation.revision,
        "paragraph": annotation.paragraph_number,
        "lang": annotation.language,
        "quote": anchor.quote if anchor else None,
        "start": anchor.start if anchor else None,
        "end": anchor.end if anchor else None,
        "color": annotation.color,
        "note": annotation.note,
        "tags": list(annotation.tags),
        "created": annotation.created,
        "modified": annotation.modified,
    }
