"""Merging imported annotations into the library: by id, the newer copy wins, except that

- a deleted note stays deleted unless the imported copy was modified after the deletion (the
  `deleted` column is the tombstone, written with the deletion and cleared by its undo);
- a copy dated more than FUTURE_TOLERANCE ahead of this computer's clock is never taken to
  be newer: the local copy is kept and the note reported. A note new here that is dated in
  the future is imported, since nothing else holds it, and kept for review;
- a note on a document, revision, language or paragraph this library lacks is imported and
  kept for review (reviews.py): `notes review` lists it, `notes attach` places it.

Every incoming annotation is counted under exactly one outcome.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Literal, NamedTuple

from oicreader.annotations.reanchor import Placement
from oicreader.model.annotation import Annotation, now_timestamp, parse_timestamp
from oicreader.store.annotations import write_copy
from oicreader.store.connection import transaction
from oicreader.store.library import Library
from oicreader.store.reviews import record_review

# Laptops that sync by file drift by minutes; one whose clock shows local time while set to
# UTC, or another zone, is off by at most 14 hours (UTC+14). A day absorbs any such mistake
# and still catches a wrong year, and a note dated 2099.
FUTURE_TOLERANCE = timedelta(days=1)
_AHEAD = "in the future (more than a day ahead of this computer's clock)"

Outcome = Literal[
    "added", "updated", "unchanged", "kept-deleted", "future-dated-kept-local", "kept-for-review"
]


@dataclass(frozen=True)
class FlaggedNote:
    """An imported note the reader should know about: its id, what was done, and why."""

    id: str
    outcome: Outcome  # "future-dated-kept-local" or "kept-for-review"
    reason: str


@dataclass(frozen=True)
class MergeSummary:
    """What an import did: how many notes had each outcome, and the notes to look at."""

    added: int
    updated: int
    unchanged: int
    kept_deleted: int = 0
    future_dated_kept_local: int = 0
    kept_for_review: int = 0
    flagged: tuple[FlaggedNote, ...] = ()

    def __str__(self) -> str:
        return (
            f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.kept_deleted} kept deleted, "
            f"{self.future_dated_kept_local} dated in the future (local copy kept), "
            f"{self.kept_for_review} kept for review"
        )


class _Stored(NamedTuple):
    # A tuple, not a dataclass: one is built per stored note, up to 100,000 per import.
    modified: str
    deleted: str | None


def merge(
    library: Library,
    incoming: Iterable[Annotation],
    *,
    now: datetime | None = None,
    source: str | None = None,
) -> MergeSummary:
    """Merge annotations read from `source` (a file name, for the reasons) in one transaction."""
    counts: Counter[Outcome] = Counter()
    flagged: list[FlaggedNote] = []
    with transaction(library.db):
        merger = _Merger(library, now or datetime.now(timezone.utc), source)
        for annotation in incoming:
            outcome, reason = merger.take(annotation)
            counts[outcome] += 1
            if reason is not None:
                flagged.append(FlaggedNote(annotation.id, outcome, reason))
    return MergeSummary(
        added=counts["added"],
        updated=counts["updated"],
        unchanged=counts["unchanged"],
        kept_deleted=counts["kept-deleted"],
        future_dated_kept_local=counts["future-dated-kept-local"],
        kept_for_review=counts["kept-for-review"],
        flagged=tuple(flagged),
    )


class _Merger:
    """Decides, and writes, one incoming annotation at a time inside the merge's transaction."""

    def __init__(self, library: Library, now: datetime, source: str | None) -> None:
        self.library = library
        self.latest_trusted = now + FUTURE_TOLERANCE
        self.origin = f"imported from {source}" if source else "imported"
        self.stamp = now_timestamp()
        self.places = _Places(library)
        self.stored = {
            uuid: _Stored(modified, deleted)
            for uuid, modified, deleted in library.db.execute(
                "SELECT uuid, modified, deleted FROM annotations"
            )
        }

    def take(self, annotation: Annotation) -> tuple[Outcome, str | None]:
        """What became of the annotation, and the reason when the reader should know it."""
        future = _future_time(annotation, self.latest_trusted)
        local = self.stored.get(annotation.id)
        if local is not None and not _newer(annotation, local):
            return ("kept-deleted" if local.deleted else "unchanged"), None
        if local is not None and future is not None:
            return "future-dated-kept-local", (
                f"{self.origin}: its copy is dated {future}, {_AHEAD}; the copy here was kept"
            )
        write_copy(self.library, annotation, replacing=local is not None)
        # What is stored now, so a later, older copy of the same id does not win.
        self.stored[annotation.id] = _Stored(annotation.modified, None)
        misplaced = self.places.missing(annotation)
        if misplaced is None and future is None:
            return ("added" if local is None else "updated"), None
        doubts = [f"dated {future}, {_AHEAD}" if future else "", misplaced or ""]
        reason = f"{self.origin}: " + "; ".join(doubt for doubt in doubts if doubt)
        _keep_for_review(self.library, annotation, misplaced is None, reason, self.stamp)
        return "kept-for-review", reason


def _future_time(annotation: Annotation, latest_trusted: datetime) -> str | None:
    """The annotation's created or modified time when it lies beyond `latest_trusted`."""
    # Most notes were never edited: one parse then, as this runs once per incoming note.
    stamps = [annotation.modified]
    if annotation.created != annotation.modified:
        stamps.append(annotation.created)
    for stamp in stamps:
        if parse_timestamp(stamp) > latest_trusted:
            return stamp
    return None


def _newer(annotation: Annotation, local: _Stored) -> bool:
    # A deleted note is measured against its deletion, not its `modified`: moving notes to a
    # new revision rewrites `modified`, deleted ones included.
    reference = local.deleted or local.modified
    return parse_timestamp(annotation.modified) > parse_timestamp(reference)


def _keep_for_review(
    library: Library, annotation: Annotation, placed: bool, reason: str, stamp: str
) -> None:
    """List an imported note for review, where it stands as its file gave it."""
    placement = Placement(
        outcome="doubtful" if placed else "not-placed",
        paragraph_number=annotation.paragraph_number,
        anchor=annotation.anchor,
        method="none",
        score=0.0,
        reason=reason,
    )
    record_review(
        library,
        annotation.document,
        annotation,
        placement,
        annotation.revision,
        stamp,
        already_open=False,
    )


class _Places:
    """Which documents, revisions, language versions and paragraphs the library holds.

    Each document and each language of a revision is looked up once: an import of 100,000
    notes names a few hundred places.
    """

    def __init__(self, library: Library) -> None:
        self.db = library.db
        self.revisions: dict[str, dict[int, int] | None] = {}
        self.paragraphs: dict[tuple[int, str], frozenset[int]] = {}

    def missing(self, annotation: Annotation) -> str | None:
        """What of the annotation's place the library lacks, or None when it has it all."""
        key, number = annotation.document, annotation.revision
        language, paragraph = annotation.language, annotation.paragraph_number
        revisions = self._revisions(key)
        if revisions is None:
            return f"the library has no document {key!r}"
        revision_id = revisions.get(number)
        if revision_id is None:
            return f"document {key!r} has no revision {number}"
        paragraphs = self._paragraphs(revision_id, language)
        if not paragraphs:
            return f"revision {number} of {key!r} has no {language!r} version"
        if paragraph not in paragraphs:
            return f"revision {number} of {key!r} has no paragraph {paragraph} in {language!r}"
        return None

    def _revisions(self, key: str) -> dict[int, int] | None:
        if key not in self.revisions:
            rows = self.db.execute(
                "SELECT r.number, r.id FROM revisions r JOIN documents d ON d.id = r.document_id "
                "WHERE d.key = ?",
                [key],
            ).fetchall()
            self.revisions[key] = {int(number): int(row_id) for number, row_id in rows} or None
        return self.revisions[key]

    def _paragraphs(self, revision_id: int, language: str) -> frozenset[int]:
        found = self.paragraphs.get((revision_id, language))
        if found is None:
            rows = self.db.execute(
                "SELECT number FROM paragraphs WHERE revision_id = ? AND language = ?",
                [revision_id, language],
            )
            found = self.paragraphs[revision_id, language] = frozenset(row[0] for row in rows)
        return found
