"""What topics across the library are found from: each document's key, symbol, date and
current revision, newest first, and the paragraphs each tag is on in each document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from oicreader.store.library import Library

__all__ = ["DocumentSource", "document_sources", "tag_paragraphs"]


@dataclass(frozen=True)
class DocumentSource:
    """A document as topics across the library name it; `revision_id` changes with its text."""

    key: str
    symbol: str
    date: str
    revision_id: int


def document_sources(library: Library) -> list[DocumentSource]:
    """Every document of the library, newest first by its date (undated ones last), then by
    symbol: one small row each, no paragraph read."""
    rows = library.db.execute(
        "SELECT key, symbol, coalesce(date, ''), current_revision_id FROM documents "
        "ORDER BY coalesce(date, '') = '', date DESC, symbol"
    ).fetchall()
    return [
        DocumentSource(key=str(key), symbol=str(symbol), date=str(date), revision_id=int(rev))
        for key, symbol, date, rev in rows
    ]


def tag_paragraphs(library: Library) -> dict[str, dict[str, set[int]]]:
    """For each document key, each tag on one of its live notes and the paragraphs it is on.

    The tags as written (a tag is a topic of its own in each letter case, as in one
    document), read from the tags' index joined to the notes: no note text is read.
    """
    found: dict[str, dict[str, set[int]]] = {}
    for key, tag, paragraph in library.db.execute(
        "SELECT a.document_key, t.tag, a.paragraph_number FROM annotation_tags t "
        "JOIN annotations a ON a.id = t.annotation_id WHERE a.deleted IS NULL"
    ).fetchall():
        found.setdefault(str(key), {}).setdefault(str(tag), set()).add(int(paragraph))
    return found
