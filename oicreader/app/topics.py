"""The topics of a library document, the reader's tags among them: what `oicreader topics`
shows (the window finds the same from the document it holds and the notes it lists); and
the topics across the whole library, what `topics --library` and the panel's library scope
show."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from oicreader.app.notes import list_notes
from oicreader.topics.index import document_topics

if TYPE_CHECKING:
    from collections.abc import Callable

    from oicreader.app.session import Session
    from oicreader.store.topic_sources import DocumentSource
    from oicreader.topics.library import LibraryTopic
    from oicreader.topics.model import Topic

__all__ = ["LibraryTopicIndex", "library_document_topics", "library_topics"]


def library_document_topics(session: Session, reference: str | None) -> list[Topic]:
    """A library document's topics: themes, then places in reading order, then the reader's
    tags A-Z (tags are topics too)."""
    key = session.find_key(reference)
    return document_topics(session.document(key), list_notes(session, key))


def library_topics(session: Session) -> list[LibraryTopic]:
    """Every topic of every document in the library, each with its documents newest first."""
    return LibraryTopicIndex().build(session)


class LibraryTopicIndex:
    """Topics across the library, remembering what each document's text gave: built again
    after a change, only the documents imported or revised since are read and analysed
    (some tens of ms each); the tags, one indexed query, are read every time.

    `build` may run on a worker thread while the window keeps the library open: it only
    reads, and each statement is read through before the next.
    """

    def __init__(self) -> None:
        # (document key, current revision id) -> the themes and places found in its text.
        self._found: dict[tuple[str, int], list[Topic]] = {}
        self._lock = threading.Lock()
        self._built_from: list[DocumentSource] | None = None  # the documents of the last build

    def forget(self) -> None:
        """Drop what was found: the library is another file now (a restore)."""
        with self._lock:
            self._found.clear()
            self._built_from = None

    def is_current(self, session: Session) -> bool:
        """True while the library holds the very documents (and revisions) of the last
        build: one small query. The reader's tags are not compared: a use case that moves
        them says so (Changes.tags_changed)."""
        from oicreader.store.topic_sources import document_sources

        with self._lock:
            built_from = self._built_from
        return built_from is not None and document_sources(session.library) == built_from

    def build(
        self, session: Session, cancelled: Callable[[], bool] = lambda: False
    ) -> list[LibraryTopic]:
        """The library's topics now; stops early (returning []) once `cancelled()` is true."""
        from oicreader.store.topic_sources import document_sources, tag_paragraphs
        from oicreader.topics.gazetteer import load_gazetteer
        from oicreader.topics.index import found_topics
        from oicreader.topics.library import gather_library_topics
        from oicreader.topics.tags import tag_topics_of_paragraphs

        sources = document_sources(session.library)
        gazetteer = load_gazetteer()
        tags = tag_paragraphs(session.library)
        documents = []
        for source in sources:
            if cancelled():
                return []
            known = (source.key, source.revision_id)
            with self._lock:
                found = self._found.get(known)
            if found is None:
                found = found_topics(session.document(source.key), gazetteer)
                with self._lock:
                    self._found[known] = found
            own_tags = tag_topics_of_paragraphs(tags.get(source.key, {}))
            documents.append((source.key, source.symbol, source.date, [*found, *own_tags]))
        topics = gather_library_topics(documents)
        with self._lock:
            self._built_from = sources
        return topics
