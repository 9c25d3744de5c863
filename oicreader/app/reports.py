"""Report files in: read them into a plan (with progress and cancel), then import the plan as
a new document or as the next revision of one, with the backup first and the notes moved."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from oicreader.app.alignment import alignment_json, with_corrections
from oicreader.app.changes import Changes
from oicreader.app.session import Session
from oicreader.errors import UserFacingError, explained
from oicreader.importing.errors import ImportProblem, PasswordNeeded
from oicreader.importing.import_plan import FileProgress, ImportPlan, PlannedFile, import_files
from oicreader.store import revisions as stored
from oicreader.store.annotation_moves import MoveSummary
from oicreader.store.backups import BackupError
from oicreader.store.revisions import ImportOutcome, ImportTarget, RevisionUnchanged

__all__ = [
    "FileProgress",
    "ImportCancelled",
    "ImportOutcome",
    "ImportPlan",
    "ImportProblem",
    "ImportTarget",
    "MoveSummary",
    "PasswordNeeded",
    "PlannedFile",
    "ReportsImported",
    "RevisionUnchanged",
    "import_json",
    "import_reports",
    "import_target",
    "proposed_title",
    "read_reports",
    "refuse_an_unchanged_revision",
    "titled",
    "with_corrections",
]


class ImportCancelled(UserFacingError):
    """The reader cancelled the reading of report files; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the import was cancelled; the library is unchanged")


@dataclass(frozen=True)
class ReportsImported:
    """What importing a plan did (the document, its revision, the notes moved) and changed."""

    outcome: ImportOutcome
    changes: Changes


def read_reports(
    paths: Sequence[Path],
    symbol: str | None = None,
    languages: Mapping[Path, str] | None = None,
    *,
    password: str | None = None,
    progress: FileProgress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportPlan:
    """Read report files (text, Word, PDF) as one document's versions; nothing is written.

    `progress(path, page, pages)` is told of each PDF page; `cancelled()`, asked before the
    reading and at each page, stops it with ImportCancelled. It touches no library, so it
    may run on any thread.
    """

    def page_read(path: Path, page: int, pages: int) -> None:
        _stop_if(cancelled)
        if progress is not None:
            progress(path, page, pages)

    _stop_if(cancelled)
    plan = import_files(paths, symbol, languages, password=password, progress=page_read)
    _stop_if(cancelled)
    return plan


def _stop_if(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


def proposed_title(plan: ImportPlan, language: str, session: Session | None = None) -> str:
    """The title to propose for a plan: its cover's in `language`, else in the source
    language or another; when no cover has one, the title of the document in `session` it
    would add a revision to, else the first file's name (without its extension)."""
    covers = _cover_titles(plan) or (_titles_kept(session, plan) if session else {})
    source = plan.document.source_language
    return (
        covers.get(language)
        or covers.get(source)
        or next(iter(covers.values()), "")
        or plan.files[0].path.stem
    )


def titled(plan: ImportPlan, title: str, language: str) -> ImportPlan:
    """The plan with `title` as the document's title in `language`, beside its cover's
    titles in the other languages; an empty title is refused."""
    from oicreader.app.library import with_new_title

    document = plan.document
    titles = with_new_title(_cover_titles(plan), document.symbol, title, language)
    return replace(plan, document=replace(document, titles=titles))


def _cover_titles(plan: ImportPlan) -> dict[str, str]:
    titles = {
        code: version.front_matter_text("title") or ""
        for code, version in plan.document.versions.items()
    }
    return {code: title for code, title in titles.items() if title}


def _titles_kept(session: Session, plan: ImportPlan) -> dict[str, str]:
    """The titles of the document a plan would add a revision to, but one that only repeats
    its symbol; none for a new document."""
    from oicreader.store.document_titles import stored_titles

    key = import_target(session, plan).key
    titles = stored_titles(session.library, key) if key is not None else {}
    return {code: title for code, title in titles.items() if title != plan.document.symbol}


def _keeping_the_stored_titles(session: Session, plan: ImportPlan) -> ImportPlan:
    """A new revision whose cover names no title, given none by the reader, keeps the
    document's titles (the reader's rename among them) instead of its symbol as title."""
    document = plan.document
    if _cover_titles(plan) or document.titles != {document.source_language: document.symbol}:
        return plan
    kept = _titles_kept(session, plan)
    return replace(plan, document=replace(document, titles=kept)) if kept else plan


def import_target(session: Session, plan: ImportPlan) -> ImportTarget:
    """Where a plan would go: a new document, or the next revision of one (and which)."""
    return stored.import_target(session.library, plan)


def refuse_an_unchanged_revision(session: Session, plan: ImportPlan) -> None:
    """RevisionUnchanged when the plan holds exactly the text of the current revision (the
    reader's re-links of the same files applied, as the import would apply them)."""
    plan = with_corrections(session, plan)
    stored.refuse_an_unchanged_revision(session.library, plan, import_target(session, plan))


def import_reports(session: Session, plan: ImportPlan) -> ReportsImported:
    """Store a plan read by `read_reports`: a new document, or the next revision of the one
    with its symbol, refused when its text is the current revision's. A new revision is
    written only after a backup of the library, and carries every note to the new text;
    when the backup cannot be taken, nothing is written and the refusal says so. The
    re-links the reader made on the same files before are made again."""
    plan = _keeping_the_stored_titles(session, with_corrections(session, plan))
    try:
        outcome = stored.import_plan(session.library, plan)
    except BackupError as error:
        raise BackupError(
            explained(
                "could not back up the library first ({reason}); nothing was imported",
                reason=error.args[0] if len(error.args) == 1 else str(error),
            )
        ) from None
    moved = outcome.notes is not None and (outcome.notes.placed + outcome.notes.needs_review) > 0
    # A new text has its own themes and places; notes moved take their tags along.
    changes = Changes(document=outcome.key, topics_changed=True, tags_changed=moved)
    return ReportsImported(outcome, changes)


def import_json(
    plan: ImportPlan, target: ImportTarget, outcome: ImportOutcome | None
) -> dict[str, Any]:
    """The JSON form `oicreader import --json` prints: where the plan goes (or went, when
    `outcome` is given), its files, the notes a new revision moved, and, where a version was
    aligned by content, its links to the source's rows."""
    described: dict[str, Any] = {
        "doc": outcome.key if outcome else target.key,
        "symbol": plan.document.symbol,
        "symbol_from": plan.symbol_source,
        "revision": outcome.revision if outcome else target.revision,
        "new_document": not target.adds_revision,
        "imported": outcome is not None,
        "status": plan.document.status,
        "files": [
            {
                "path": str(planned.path),
                "lang": planned.language,
                "format": planned.file_format,
                "encoding": planned.encoding,
                "language_given": planned.language_given,
                "paragraphs": planned.paragraph_count,
                # PDF files: pages read, footnotes kept out of the paragraphs.
                "pages": planned.pages,
                "footnotes_left_out": planned.footnotes_left_out,
            }
            for planned in plan.files
        ],
        "notes": None
        if outcome is None or outcome.notes is None
        else {
            "placed": outcome.notes.placed,
            "doubtful": outcome.notes.doubtful,
            "not_placed": outcome.notes.not_placed,
        },
    }
    alignment = alignment_json(plan.document)
    if alignment:  # only versions aligned by content: other imports print as before
        described["alignment"] = alignment
    return described
