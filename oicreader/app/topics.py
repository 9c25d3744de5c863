"""The topics of a library document, the reader's tags among them: what `oicreader topics`
shows (the window finds the same from the document it holds and the notes it lists)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from oicreader.app.notes import list_notes
from oicreader.topics.index import document_topics

if TYPE_CHECKING:
    from oicreader.app.session import Session
    from oicreader.topics.model import Topic

__all__ = ["library_document_topics"]


def library_document_topics(session: Session, reference: str | None) -> list[Topic]:
    """A library document's topics: themes, then places in reading order, then the reader's
    tags A-Z (tags are topics too)."""
    key = session.find_key(reference)
    return document_topics(session.document(key), list_notes(session, key))
