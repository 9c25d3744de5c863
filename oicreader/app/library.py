"""What the library holds: its documents and each document's revisions, as lists show them."""

from __future__ import annotations

from typing import Any

from oicreader.app.changes import Changes
from oicreader.app.session import Session
from oicreader.errors import UserFacingError
from oicreader.model.languages import LANGUAGES
from oicreader.store.library import DocumentSummary, RevisionSummary

__all__ = [
    "BundledDocumentKept",
    "DocumentSummary",
    "RevisionSummary",
    "count_documents",
    "document_summary_json",
    "documents_tagged",
    "list_documents",
    "list_revisions",
    "remove_documents",
    "rename_document",
    "revision_json",
    "with_new_title",
]


class BundledDocumentKept(UserFacingError):
    """The reader asked to remove or rename a document that comes with the app."""


def list_documents(
    session: Session, *, offset: int = 0, limit: int | None = None
) -> list[DocumentSummary]:
    """The documents of the library, without their paragraphs, the bundled first, then by
    symbol: every one, or a page of `limit` after the first `offset`."""
    return session.library.summaries(offset, limit)


def count_documents(session: Session) -> int:
    """How many documents the library holds (a list shows it before reading its pages)."""
    return session.library.document_count()


def documents_tagged(session: Session, tag: str) -> frozenset[str]:
    """The keys of the documents with a live note carrying `tag` (case-blind)."""
    from oicreader.store.document_tags import documents_tagged as tagged

    return tagged(session.library, tag)


def list_revisions(session: Session, document: str) -> list[RevisionSummary]:
    """Every revision of a document (by symbol or key), oldest first, the current one marked."""
    return session.library.revisions(document)


def remove_documents(session: Session, keys: list[str], *, keep_notes: bool) -> Changes:
    """Take documents out of the library, all or none, after a backup of it: their revisions,
    text and search entries, and their notes unless `keep_notes` (the reader exported them
    first, or wants them gone). The documents that come with the app are refused."""
    from oicreader.store import document_removal
    from oicreader.store.backups import take_backup

    if not keys:
        return Changes()
    bundled = document_removal.bundled_among(session.library, keys)
    if bundled:
        raise BundledDocumentKept(
            f"{', '.join(bundled)} comes with OIC Reader and stays in the library "
            f"({session.path}); leave it out of the documents to remove"
        )
    take_backup(session.path, "before-removal")  # raises BackupError: then nothing is removed
    deleted = document_removal.remove_documents(session.library, keys, keep_notes=keep_notes)
    notes = frozenset(deleted)
    return Changes(notes=notes, tags_changed=bool(notes), topics_changed=bool(notes))


def rename_document(session: Session, document: str, title: str, language: str) -> Changes:
    """Give a document (by symbol or key) a new title in one language; its titles in the
    other languages stay. Kept in the library, so it survives a restart and a new revision
    whose cover names no title.

    The documents that come with the app are refused: their title is the one they were
    published under, and a newer text of them, brought by an update, would put it back.
    """
    from oicreader.store import document_titles

    key = session.library.find_key(document)
    symbol, origin = document_titles.document_origin(session.library, key)
    if origin == "bundled":
        raise BundledDocumentKept(
            f"{symbol} comes with OIC Reader and keeps the title it was published under "
            f"({session.path}); import a copy of its files under another symbol to give it "
            "a title of your own"
        )
    stored = document_titles.stored_titles(session.library, key)
    document_titles.write_titles(
        session.library, key, with_new_title(stored, symbol, title, language)
    )
    return Changes(document=key)


def with_new_title(
    titles: dict[str, str], symbol: str, title: str, language: str
) -> dict[str, str]:
    """`titles` with `title` in `language`; a title that only repeats the symbol (what an
    import without a title keeps) gives way. An empty title or another language is refused."""
    if language not in LANGUAGES:
        raise UserFacingError(f"unknown language {language!r} for the title: give ar, en or fr")
    words = " ".join(title.split())
    if not words:
        raise UserFacingError(
            "the title is empty: give the document's title in words, e.g. "
            '"Report of the Coordination Meeting"'
        )
    kept = {code: text for code, text in titles.items() if text != symbol}
    return {**kept, language: words}


def document_summary_json(summary: DocumentSummary) -> dict[str, Any]:
    """The JSON form `oicreader docs --json` prints for one document."""
    return {
        "id": summary.key,
        "symbol": summary.symbol,
        "title": summary.titles,
        "date": summary.date,
        "status": summary.status,
        "languages": summary.languages,
        "paragraphs": summary.paragraph_count,
    }


def revision_json(revision: RevisionSummary) -> dict[str, Any]:
    """The JSON form `oicreader revisions --json` prints for one revision (after its "doc")."""
    return {
        "revision": revision.number,
        "label": revision.label,
        "status": revision.status,
        "created": revision.created,
        "current": revision.current,
    }
