"""Notes to and from files: W3C Web Annotation and Markdown out, W3C in with a backup first;
either W3C way sealed with a passphrase (annotations/sealed_notes.py) when the reader asks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from oicreader.app.changes import Changes
from oicreader.app.session import Session
from oicreader.errors import UserFacingError, explained
from oicreader.model.annotation import Annotation
from oicreader.model.document import Document
from oicreader.model.languages import LANGUAGES
from oicreader.store.annotation_merge import FlaggedNote, MergeSummary
from oicreader.store.annotations import list_annotations, merge_annotations

__all__ = [
    "FlaggedNote",
    "MergeSummary",
    "NotesExportError",
    "NotesFile",
    "NotesImported",
    "PassphraseNeeded",
    "export_notes_markdown",
    "export_notes_sealed",
    "export_notes_w3c",
    "import_notes",
    "library_is_encrypted",
    "merge_summary_json",
    "notes_file_is_sealed",
    "read_notes_file",
]

# The annotation formats (json-schema checks, Markdown) are imported by the use cases that
# need them: the window loads this module before its first paint.


class NotesExportError(UserFacingError, ValueError):
    """A note the chosen format cannot hold; the message names it, the caller the file."""


class PassphraseNeeded(UserFacingError):
    """A sealed notes file read without a passphrase: nothing was read or changed."""


@dataclass(frozen=True)
class NotesImported:
    """The merge's summary (counts per outcome, flagged notes) and what it changed."""

    summary: MergeSummary
    changes: Changes


@dataclass(frozen=True)
class NotesFile:
    """The notes read from a W3C Web Annotation file, checked whole, not yet merged."""

    path: Path
    annotations: list[Annotation]


def notes_file_is_sealed(path: Path) -> bool:
    """Whether a notes file is sealed, so that its passphrase must be asked for first."""
    from oicreader.annotations.sealed_notes import file_is_sealed

    return file_is_sealed(path)


def read_notes_file(path: Path, passphrase: str | None = None) -> NotesFile:
    """Read and check a W3C Web Annotation file, or a sealed one with its passphrase
    (AnnotationFileError or SealedNotesError names the problem; PassphraseNeeded when a
    sealed file comes without one)."""
    from oicreader.annotations.sealed_notes import file_is_sealed, read_sealed_file
    from oicreader.annotations.w3c import annotations_from_bytes, read_annotation_file

    if not file_is_sealed(path):
        return NotesFile(path, read_annotation_file(path))
    if passphrase is None:
        raise PassphraseNeeded(
            explained(
                "{file}: the notes are encrypted and no passphrase was given; nothing was "
                "imported. Give the passphrase they were exported with.",
                file=path,
            )
        )
    # The notes stay in memory: no plain copy of a sealed file is ever written.
    return NotesFile(path, annotations_from_bytes(read_sealed_file(path, passphrase), path))


def import_notes(session: Session, notes: NotesFile) -> NotesImported:
    """Merge the notes of a file read by `read_notes_file`: all of them, or none.

    A file that holds notes is merged only after a backup of the library is taken (an
    import rewrites notes wholesale); an empty one changes nothing and takes none.
    """
    from oicreader.store.backups import take_backup

    if notes.annotations:
        take_backup(session.path, "before-notes-import")
    summary = merge_annotations(session.library, notes.annotations, source=notes.path.name)
    # Any note of any document may have been added or replaced, tags and all.
    touched = frozenset(annotation.id for annotation in notes.annotations)
    changes = Changes(notes=touched, tags_changed=bool(touched), topics_changed=bool(touched))
    return NotesImported(summary, changes)


def export_notes_w3c(session: Session, path: Path) -> int:
    """Write every live note as W3C Web Annotation JSON-LD; the number written."""
    from oicreader.annotations.w3c import write_annotation_file

    annotations = list_annotations(session.library)
    try:
        write_annotation_file(annotations, path)
    except NotesExportError:
        raise
    except ValueError as error:
        raise NotesExportError(error.args[0] if len(error.args) == 1 else str(error)) from None
    return len(annotations)


def export_notes_sealed(session: Session, path: Path, passphrase: str) -> int:
    """Write every live note as W3C Web Annotation JSON-LD sealed with `passphrase`
    (annotations/sealed_notes.py); the number written."""
    from oicreader.annotations.sealed_notes import seal
    from oicreader.annotations.w3c import annotation_file_bytes
    from oicreader.atomic_files import write_private_file

    annotations = list_annotations(session.library)
    try:
        plain = annotation_file_bytes(annotations)
    except ValueError as error:
        raise NotesExportError(error.args[0] if len(error.args) == 1 else str(error)) from None
    write_private_file(path, seal(plain, passphrase, source=path))
    return len(annotations)


def library_is_encrypted(session: Session) -> bool:
    """Whether the library is encrypted: then a plain export is worth a warning, since it
    lays the notes bare that the library keeps sealed."""
    from oicreader.store.encryption import is_encrypted

    return is_encrypted(session.path)


def export_notes_markdown(
    session: Session,
    path: Path,
    languages_of: Callable[[Document], list[str]] | None = None,
) -> int:
    """Write every live note as Markdown, each with its paragraph in some languages (all
    three, or `languages_of` the first document noted); the number written."""
    from oicreader.annotations.markdown import export_markdown
    from oicreader.atomic_files import write_private_file

    annotations = list_annotations(session.library)
    keys = sorted({annotation.document for annotation in annotations})
    documents = {key: session.document(key) for key in keys if _known(session, key)}
    first = next(iter(documents.values()), None)
    languages = (
        languages_of(first) if first is not None and languages_of is not None else list(LANGUAGES)
    )
    # Owner-only and atomic, like the W3C export: the file holds the reader's notes.
    write_private_file(path, export_markdown(annotations, documents, languages))
    return len(annotations)


def _known(session: Session, key: str) -> bool:
    try:
        session.find_key(key)
    except LookupError:
        return False
    return True


def merge_summary_json(path: Path, summary: MergeSummary) -> dict[str, Any]:
    """The JSON form `oicreader notes import --json` prints for the file merged: counts per
    outcome, and every note flagged."""
    return {
        "file": str(path),
        "added": summary.added,
        "updated": summary.updated,
        "unchanged": summary.unchanged,
        "kept_deleted": summary.kept_deleted,
        "future_dated_kept_local": summary.future_dated_kept_local,
        "kept_for_review": summary.kept_for_review,
        "flagged": [
            {"id": flagged.id, "outcome": flagged.outcome, "reason": flagged.reason}
            for flagged in summary.flagged
        ],
    }
