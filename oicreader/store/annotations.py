"""Annotations in the library: every change is one committed transaction, deletion a tombstone."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from oicreader.errors import UserFacingError, explained
from oicreader.model.annotation import Annotation, TextAnchor, now_timestamp
from oicreader.store.connection import transaction
from oicreader.store.library import Library

if TYPE_CHECKING:
    from oicreader.store.annotation_merge import MergeSummary

_COLUMNS = (
    "uuid, document_key, revision, paragraph_number, language, start, end, quote, prefix, "
    "suffix, color, note, created, modified, deleted"
)


class AnnotationNotFound(UserFacingError, LookupError):
    """No annotation has the id the user gave."""


def _row(annotation: Annotation) -> list[Any]:
    anchor = annotation.anchor
    return [
        annotation.id,
        annotation.document,
        annotation.revision,
        annotation.paragraph_number,
        annotation.language,
        anchor.start if anchor else None,
        anchor.end if anchor else None,
        anchor.quote if anchor else None,
        anchor.prefix if anchor else None,
        anchor.suffix if anchor else None,
        annotation.color,
        annotation.note,
        annotation.created,
        annotation.modified,
        annotation.deleted,
    ]


def _from_row(row: tuple[Any, ...], tags: tuple[str, ...]) -> Annotation:
    (uuid, document, revision, number, language, start, end, quote, prefix, suffix, color,
     note, created, modified, deleted) = row  # fmt: skip
    anchor = (
        TextAnchor(start, end, quote, prefix or "", suffix or "") if start is not None else None
    )
    return Annotation(
        id=uuid,
        document=document,
        revision=revision,
        paragraph_number=number,
        language=language,
        anchor=anchor,
        color=color,
        note=note,
        tags=tags,
        created=created,
        modified=modified,
        deleted=deleted,
    )


def add_annotation(library: Library, annotation: Annotation) -> Annotation:
    """Store a new annotation; it is on disk when this returns."""
    with transaction(library.db):
        _insert(library, annotation)
    return annotation


def _insert(library: Library, annotation: Annotation) -> None:
    cursor = library.db.execute(
        f"INSERT INTO annotations ({_COLUMNS}) VALUES ({', '.join('?' * 15)})", _row(annotation)
    )
    _write_tags(library, int(cursor.lastrowid or 0), annotation.tags)


def _write_tags(library: Library, row_id: int, tags: tuple[str, ...]) -> None:
    library.db.execute("DELETE FROM annotation_tags WHERE annotation_id = ?", [row_id])
    library.db.conn.executemany(
        "INSERT INTO annotation_tags (annotation_id, tag) VALUES (?, ?)",
        [(row_id, tag) for tag in tags],
    )


_ASSIGNMENTS = ", ".join(f"{column.strip()} = ?" for column in _COLUMNS.split(",")[1:])


def _replace(library: Library, annotation: Annotation) -> None:
    _update_row(library, annotation)
    (row_id,) = library.db.execute(
        "SELECT id FROM annotations WHERE uuid = ?", [annotation.id]
    ).fetchone()
    _write_tags(library, row_id, annotation.tags)


def save_annotation(library: Library, annotation: Annotation) -> Annotation:
    """Write an edited annotation (note text, tags, colour) over the stored one."""
    with transaction(library.db):
        if _update_row(library, annotation):
            _rewrite_tags(library, annotation)
        else:
            _insert(library, annotation)
    return annotation


def _rewrite_tags(library: Library, annotation: Annotation) -> None:
    # By the annotation's id, so that no statement is spent reading its row key first.
    row_key = "(SELECT id FROM annotations WHERE uuid = ?)"
    library.db.execute(
        f"DELETE FROM annotation_tags WHERE annotation_id = {row_key}", [annotation.id]
    )
    library.db.conn.executemany(
        f"INSERT INTO annotation_tags (annotation_id, tag) VALUES ({row_key}, ?)",
        [(annotation.id, tag) for tag in annotation.tags],
    )


def save_annotation_keeping_tags(library: Library, annotation: Annotation) -> bool:
    """Write an edited annotation whose tags did not change over the stored one, in one
    statement (its own transaction: a note saved as it is typed costs one write); False,
    writing nothing, when no stored annotation has its id."""
    return _update_row(library, annotation) > 0


def _update_row(library: Library, annotation: Annotation) -> int:
    row = _row(annotation)
    cursor = library.db.execute(
        f"UPDATE annotations SET {_ASSIGNMENTS} WHERE uuid = ?", [*row[1:], row[0]]
    )
    return cursor.rowcount


def get_annotation(library: Library, annotation_id: str) -> Annotation:
    """One annotation by id, deleted or not."""
    found = _select(library, "a.uuid = ?", [annotation_id], include_deleted=True)
    if not found:
        raise AnnotationNotFound(explained("no note with id {id}", id=repr(annotation_id)))
    return found[0]


# What a list of notes holds of each note's text: enough for a few lines on screen, not the
# megabytes one note may hold. The full text is read only for a note opened for editing.
NOTE_START_CHARACTERS = 500


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class NoteSummary(NamedTuple):
    """What a list shows of a note: where it is, its quote, colour, tags and first characters."""

    id: str
    document: str
    paragraph_number: int
    language: str
    quote: str | None
    color: str | None
    note_start: str  # the first NOTE_START_CHARACTERS characters of the note
    tags: tuple[str, ...]
    # The symbol of the note's document; None when that document is not in the library.
    document_symbol: str | None = None

    @property
    def note_is_cut(self) -> bool:
        """True when the note goes on beyond note_start."""
        return len(self.note_start) > NOTE_START_CHARACTERS

    @classmethod
    def of(cls, annotation: Annotation, document_symbol: str | None = None) -> NoteSummary:
        """The summary of an annotation in hand (after an edit)."""
        return cls(
            annotation.id, annotation.document, annotation.paragraph_number,
            annotation.language, annotation.anchor.quote if annotation.anchor else None,
            annotation.color, annotation.note[: NOTE_START_CHARACTERS + 1], annotation.tags,
            document_symbol,
        )  # fmt: skip


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class NoteFilter(NamedTuple):
    """Which notes a list shows: all (of a document or paragraph), or those that match a
    text, a tag, a colour, a language."""

    document: str | None = None
    paragraph_number: int | None = None
    text: str = ""
    tag: str | None = None
    color: str | None = None
    language: str | None = None

    @property
    def is_active(self) -> bool:
        """True when the reader's choices (text, tag, colour, language) may leave notes out."""
        return bool(self.text.strip() or self.tag or self.color or self.language)


def filtered_note_keys(library: Library, wanted: NoteFilter) -> list[int]:
    """The row keys of the live notes that pass a filter, in list order (document, paragraph,
    creation). Keys only: 100,000 of them take a few MB, their notes' text would take more."""
    conditions, parameters = _filter_conditions(library, wanted)
    rows = library.db.execute(
        f"SELECT a.id FROM annotations a WHERE a.deleted IS NULL AND {conditions} "
        "ORDER BY a.document_key, a.paragraph_number, a.created, a.id",
        parameters,
    )
    return [key for (key,) in rows]


def note_summaries(library: Library, keys: list[int]) -> list[NoteSummary]:
    """The summaries of notes by row key (from filtered_note_keys), in the order given."""
    if not keys:
        return []
    found = {
        summary_key: summary
        for summary_key, summary in _keyed_summaries(
            library, f"a.id IN ({', '.join('?' * len(keys))})", list(keys)
        )
    }
    return [found[key] for key in keys if key in found]


def _filter_conditions(library: Library, wanted: NoteFilter) -> tuple[str, list[Any]]:
    conditions: list[str] = ["1"]
    parameters: list[Any] = []
    if wanted.document is not None:
        conditions.append("a.document_key = ?")
        parameters.append(wanted.document)
    if wanted.paragraph_number is not None:
        conditions.append("a.paragraph_number = ?")
        parameters.append(wanted.paragraph_number)
    if wanted.tag:
        conditions.append(
            "a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag = ? COLLATE NOCASE)"
        )
        parameters.append(wanted.tag)
    if wanted.color:
        conditions.append("a.color = ?")
        parameters.append(wanted.color)
    if wanted.language:
        conditions.append("a.language = ?")
        parameters.append(wanted.language)
    text = wanted.text.strip().casefold()
    if text:
        # SQLite's lower() folds ASCII only; Python's casefold() matches "État" to "état"
        # and "STRASSE" to "straße", as the reader expects.
        library.db.conn.create_function("oic_casefold", 1, _casefold, deterministic=True)
        conditions.append(
            "instr(oic_casefold(a.note || ' ' || coalesce(a.quote, '') || ' ' || coalesce("
            "(SELECT group_concat(tag, ' ') FROM annotation_tags WHERE annotation_id = a.id),"
            " '')), ?) > 0"
        )
        parameters.append(text)
    return " AND ".join(conditions), parameters


def _casefold(text: str | None) -> str | None:
    return text.casefold() if text is not None else None


def _keyed_summaries(
    library: Library, condition: str, parameters: list[Any]
) -> list[tuple[int, NoteSummary]]:
    rows = library.db.execute(
        "SELECT a.id, a.uuid, a.document_key, a.paragraph_number, a.language, a.quote, "
        f"a.color, substr(a.note, 1, {NOTE_START_CHARACTERS + 1}), "
        "(SELECT d.symbol FROM documents d WHERE d.key = a.document_key) FROM annotations a "
        f"WHERE ({condition}) AND a.deleted IS NULL ORDER BY a.created, a.id",
        parameters,
    ).fetchall()
    tags: dict[int, list[str]] = {}
    if rows:
        for key, tag in library.db.execute(
            "SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN "
            f"(SELECT a.id FROM annotations a WHERE ({condition}) AND a.deleted IS NULL) "
            "ORDER BY rowid",
            parameters,
        ):
            tags.setdefault(key, []).append(tag)
    return [
        (key, NoteSummary(uuid, document, number, language, quote, color, note_start,
                          tuple(tags.get(key, ())), symbol))
        for key, uuid, document, number, language, quote, color, note_start, symbol in rows
    ]  # fmt: skip


def list_annotations(
    library: Library,
    document: str | None = None,
    tag: str | None = None,
    paragraph_number: int | None = None,
    include_deleted: bool = False,
) -> list[Annotation]:
    """Annotations, oldest first, optionally of one document, one tag or one paragraph."""
    conditions: list[str] = []
    parameters: list[Any] = []
    if document is not None:
        conditions.append("a.document_key = ?")
        parameters.append(document)
    if paragraph_number is not None:
        conditions.append("a.paragraph_number = ?")
        parameters.append(paragraph_number)
    if tag is not None:
        conditions.append(
            "a.id IN (SELECT annotation_id FROM annotation_tags WHERE tag = ? COLLATE NOCASE)"
        )
        parameters.append(tag)
    return _select(library, " AND ".join(conditions) or "1", parameters, include_deleted)


def _select(
    library: Library, condition: str, parameters: list[Any], include_deleted: bool
) -> list[Annotation]:
    live = "" if include_deleted else " AND a.deleted IS NULL"
    rows = library.db.execute(
        f"SELECT a.id, {', '.join('a.' + c.strip() for c in _COLUMNS.split(','))} "
        f"FROM annotations a WHERE ({condition}){live} "
        "ORDER BY a.document_key, a.paragraph_number, a.created, a.id",
        parameters,
    ).fetchall()
    tags: dict[int, list[str]] = {}
    if rows:
        for annotation_id, tag in library.db.execute(
            "SELECT annotation_id, tag FROM annotation_tags WHERE annotation_id IN "
            f"(SELECT a.id FROM annotations a WHERE ({condition}){live}) ORDER BY rowid",
            parameters,
        ):
            tags.setdefault(annotation_id, []).append(tag)
    return [_from_row(tuple(row[1:]), tuple(tags.get(row[0], ()))) for row in rows]


def delete_annotation(library: Library, annotation_id: str) -> Annotation:
    """Mark an annotation deleted (a tombstone, so undo and sync can bring it back)."""
    with transaction(library.db):
        stamp = now_timestamp()
        cursor = library.db.execute(
            "UPDATE annotations SET deleted = ?, modified = ? WHERE uuid = ? AND deleted IS NULL",
            [stamp, stamp, annotation_id],
        )
        if cursor.rowcount == 0:
            raise AnnotationNotFound(
                explained("no note with id {id} (or already deleted)", id=repr(annotation_id))
            )
    return get_annotation(library, annotation_id)


def undelete_annotation(library: Library, annotation_id: str) -> Annotation:
    """Bring a deleted annotation back with its id (undo of a delete)."""
    with transaction(library.db):
        cursor = library.db.execute(
            "UPDATE annotations SET deleted = NULL, modified = ? WHERE uuid = ?",
            [now_timestamp(), annotation_id],
        )
        if cursor.rowcount == 0:
            raise AnnotationNotFound(explained("no note with id {id}", id=repr(annotation_id)))
    return get_annotation(library, annotation_id)


def all_tags(library: Library) -> list[tuple[str, int]]:
    """Every tag on a live annotation with its number of annotations, most used first."""
    rows = library.db.execute(
        "SELECT t.tag, count(*) FROM annotation_tags t JOIN annotations a "
        "ON a.id = t.annotation_id WHERE a.deleted IS NULL GROUP BY t.tag "
        "ORDER BY count(*) DESC, t.tag"
    ).fetchall()
    return [(tag, int(count)) for tag, count in rows]


def note_documents(library: Library) -> list[tuple[str, str | None, int]]:
    """Each document with live notes: its key, its symbol (None when it is not in the
    library) and its number of notes, by symbol (the documents not in the library last)."""
    rows = library.db.execute(
        "SELECT a.document_key, d.symbol, count(*) FROM annotations a "
        "LEFT JOIN documents d ON d.key = a.document_key WHERE a.deleted IS NULL "
        "GROUP BY a.document_key ORDER BY d.symbol IS NULL, d.symbol COLLATE NOCASE, "
        "a.document_key"
    ).fetchall()
    return [(key, symbol, int(count)) for key, symbol, count in rows]


def write_copy(library: Library, annotation: Annotation, replacing: bool) -> None:
    """Write an annotation inside the caller's transaction: over the stored one, or as new."""
    if replacing:
        _replace(library, annotation)
    else:
        _insert(library, annotation)


def merge_annotations(
    library: Library,
    incoming: Iterable[Annotation],
    *,
    now: datetime | None = None,
    source: str | None = None,
) -> MergeSummary:
    """Merge imported annotations by id in one transaction (rules: annotation_merge.py)."""
    # Imported here: annotation_merge builds on this module and on reviews.py, which
    # imports this module.
    from oicreader.store.annotation_merge import merge

    return merge(library, incoming, now=now, source=source)
