"""What the library holds: its documents and each document's revisions, as lists show them."""

from __future__ import annotations

from typing import Any

from oicreader.app.session import Session
from oicreader.store.library import DocumentSummary, RevisionSummary

__all__ = [
    "DocumentSummary",
    "RevisionSummary",
    "count_documents",
    "document_summary_json",
    "list_documents",
    "list_revisions",
    "revision_json",
]


def list_documents(
    session: Session, *, offset: int = 0, limit: int | None = None
) -> list[DocumentSummary]:
    """The documents of the library, without their paragraphs, the bundled first, then by
    symbol: every one, or a page of `limit` after the first `offset`."""
    return session.library.summaries(offset, limit)


def count_documents(session: Session) -> int:
    """How many documents the library holds (a list shows it before reading its pages)."""
    return session.library.document_count()


def list_revisions(session: Session, document: str) -> list[RevisionSummary]:
    """Every revision of a document (by symbol or key), oldest first, the current one marked."""
    return session.library.revisions(document)


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
