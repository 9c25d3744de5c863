"""Committing an import plan: a new document, or a new revision that carries every note along.

A plan whose symbol is already in the library becomes that document's next revision (a
draft followed by its final version): the earlier revisions stay as they were, the new one
becomes current (search and the window show it), and every annotation is placed again on
it in the same transaction (oicreader.store.reviews). A backup is taken first, since this
rewrites where notes point.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from oicreader.errors import UserFacingError, explained
from oicreader.importing.import_plan import ImportPlan, document_content_hash
from oicreader.store.annotation_moves import MoveSummary, move_annotations
from oicreader.store.backups import take_backup
from oicreader.store.connection import transaction
from oicreader.store.library import DocumentNotFound, Library, RevisionSummary
from oicreader.text.revision_diff import ParagraphChange, compare_documents

BACKUP_REASON = "before-new-revision"


class RevisionUnchanged(UserFacingError, ValueError):
    """The files hold exactly the text of the document's current revision."""


class NoEarlierRevision(UserFacingError, LookupError):
    """A comparison was asked of a document that has a single revision."""


@dataclass(frozen=True)
class ImportTarget:
    """Where a plan would go: a new document, or revision `revision` of an existing one."""

    key: str | None  # None: a new document
    symbol: str
    revision: int
    revisions: tuple[RevisionSummary, ...]  # the existing document's revisions
    # Languages the current revision has and the plan lacks: their notes will need review.
    missing_languages: tuple[str, ...] = ()

    @property
    def adds_revision(self) -> bool:
        """True when the plan adds a revision to a document already in the library."""
        return self.key is not None


@dataclass(frozen=True)
class ImportOutcome:
    """What committing a plan did."""

    key: str
    revision: int
    backup: Path | None
    notes: MoveSummary | None  # None for a new document: it has no notes yet


@dataclass(frozen=True)
class RevisionComparison:
    """Two revisions of a document and the paragraphs that differ between them."""

    key: str
    symbol: str
    old_revision: RevisionSummary
    new_revision: RevisionSummary
    changes: list[ParagraphChange]


def import_target(library: Library, plan: ImportPlan) -> ImportTarget:
    """Tell, before committing, whether a plan adds a document or a revision, and which."""
    symbol = plan.document.symbol
    try:
        key = library.find_key(symbol)
    except DocumentNotFound:
        return ImportTarget(None, symbol, 1, ())
    revisions = tuple(library.revisions(key))
    current = library.document(key).languages
    missing = tuple(code for code in current if code not in plan.document.versions)
    return ImportTarget(key, symbol, revisions[-1].number + 1, revisions, missing)


def refuse_an_unchanged_revision(library: Library, plan: ImportPlan, target: ImportTarget) -> None:
    """RevisionUnchanged when the files hold exactly the text of the current revision: told
    by a dry run as by the import itself."""
    if target.key is None:
        return
    if document_content_hash(library.document(target.key)) == plan.content_hash:
        raise RevisionUnchanged(
            explained(
                "these files hold the same text as revision {revision} of {symbol}; nothing "
                "was imported",
                revision=target.revisions[-1].number,
                symbol=target.symbol,
            )
        )


def import_plan(library: Library, plan: ImportPlan) -> ImportOutcome:
    """Store a plan as a new document, or as the next revision of the document it continues."""
    target = import_target(library, plan)
    if target.key is None:
        return ImportOutcome(library.add_imported_document(plan.document), 1, None, None)
    key = target.key
    refuse_an_unchanged_revision(library, plan, target)
    backup = take_backup(library.path, BACKUP_REASON)
    with transaction(library.db):
        revision = library.add_revision(key, plan.document, plan.content_hash)
        notes = move_annotations(library, key, revision, plan.document)
    return ImportOutcome(key, revision, backup, notes)


def compare_revisions(
    library: Library,
    reference: str | None,
    old_revision: int | None = None,
    new_revision: int | None = None,
    languages: Sequence[str] | None = None,
    exact: bool = False,
) -> RevisionComparison:
    """Compare two revisions of a document (by default, the one before the current, and it)."""
    key = library.find_key(reference)
    revisions = {summary.number: summary for summary in library.revisions(key)}
    current = next(summary.number for summary in revisions.values() if summary.current)
    new_number = new_revision if new_revision is not None else current
    old_number = old_revision if old_revision is not None else new_number - 1
    document = library.document(key, new_number)
    if old_number < 1 or old_number not in revisions:
        if len(revisions) == 1:
            raise NoEarlierRevision(
                explained(
                    "{symbol} has one revision only; import its next version "
                    "(`oicreader import FILE...`) to compare",
                    symbol=document.symbol,
                )
            )
        raise NoEarlierRevision(
            explained(
                "{symbol} has no revision {revision} (its revisions: {numbers})",
                symbol=document.symbol,
                revision=old_number,
                numbers=", ".join(map(str, revisions)),
            )
        )
    old = library.document(key, old_number)
    changes = compare_documents(old, document, languages, exact)
    return RevisionComparison(
        key, document.symbol, revisions[old_number], revisions[new_number], changes
    )
