"""The topics of a library document, the reader's tags among them: what `oicreader topics`
shows (the window finds the same from the document it holds and the notes it lists); and
the topics across the whole library, what `topics --library` and the panel's library scope
show."""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from oicreader.app.notes import list_notes
from oicreader.topics.index import document_topics

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

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
    """Every topic of every document in the library, each with its documents newest first;
    what a document's text gave, when found now, is kept in the library for next time."""
    index = LibraryTopicIndex()
    topics = index.build(session)
    index.save_found(session)
    return topics


class LibraryTopicIndex:
    """Topics across the library, remembering what each document's text gave: in memory,
    and in the library (per revision and version of the analysers), so that only documents
    imported or revised since the last build anywhere are read and analysed (some tens of
    ms each); the tags, one indexed query, are read every time.

    `build` only reads: what it found anew waits in memory until `save_found` writes it
    with the caller's connection. `build_apart` reads through a connection of its own, for
    a worker thread while the window keeps the library open.
    """

    def __init__(self) -> None:
        # (document key, current revision id) -> the themes and places found in its text.
        self._found: dict[tuple[str, int], list[Topic]] = {}
        self._unsaved: dict[tuple[str, int], list[Topic]] = {}  # found by analysis, not kept
        self._lock = threading.Lock()
        self._built_from: list[DocumentSource] | None = None  # the documents of the last build

    def forget(self) -> None:
        """Drop what was found: the library is another file now (a restore)."""
        with self._lock:
            self._found.clear()
            self._unsaved.clear()
            self._built_from = None

    def is_current(self, session: Session) -> bool:
        """True while the library holds the very documents (and revisions) of the last
        build: one small query. The reader's tags are not compared: a use case that moves
        them says so (Changes.tags_changed)."""
        from oicreader.store.topic_sources import document_sources

        with self._lock:
            built_from = self._built_from
        return built_from is not None and document_sources(session.library) == built_from

    def build_apart(
        self, session: Session, cancelled: Callable[[], bool] = lambda: False
    ) -> list[LibraryTopic]:
        """`build`, reading through a read-only connection of its own, closed when done: a
        write of the session's connection, or its rollback, cannot abort it."""
        from oicreader.app.session import Session

        with Session(session.library.second_reader()) as reader:
            return self.build(reader, cancelled)

    def build(
        self, session: Session, cancelled: Callable[[], bool] = lambda: False
    ) -> list[LibraryTopic]:
        """The library's topics now; stops early (returning []) once `cancelled()` is true."""
        from oicreader.store.topic_sources import document_sources, tag_paragraphs
        from oicreader.topics.analyser_version import analyser_version
        from oicreader.topics.library import gather_library_topics
        from oicreader.topics.tags import tag_topics_of_paragraphs

        sources = document_sources(session.library)
        tags = tag_paragraphs(session.library)
        with self._lock:
            missing = [s for s in sources if (s.key, s.revision_id) not in self._found]
        kept = _kept_found_topics(session, analyser_version(), missing) if missing else {}
        documents = []
        for source in sources:
            if cancelled():
                return []
            found = self._found_in(session, source, kept)
            own_tags = tag_topics_of_paragraphs(tags.get(source.key, {}))
            documents.append((source.key, source.symbol, source.date, [*found, *own_tags]))
        topics = gather_library_topics(documents)
        with self._lock:
            self._built_from = sources
        return topics

    def save_found(self, session: Session) -> None:
        """Keep in the library what builds found by analysis since the last call (nothing
        when the library cannot be written: the next process finds it again)."""
        from oicreader.store.topic_cache import save_found_topics
        from oicreader.topics.analyser_version import analyser_version

        with self._lock:
            unsaved, self._unsaved = self._unsaved, {}
        save_found_topics(session.library, analyser_version(), _kept_rows(unsaved))

    def _found_in(
        self, session: Session, source: DocumentSource, kept: dict[tuple[str, int], list[Topic]]
    ) -> list[Topic]:
        # What this index found before, else what the library keeps, else analysed now.
        known = (source.key, source.revision_id)
        with self._lock:
            found = self._found.get(known)
        if found is not None:
            return found
        found = kept.get(known)
        if found is None:
            from oicreader.topics.gazetteer import load_gazetteer
            from oicreader.topics.index import found_topics

            found = found_topics(session.document(source.key), load_gazetteer())
            with self._lock:
                self._unsaved[known] = found
        with self._lock:
            self._found[known] = found
        return found


def _kept_found_topics(
    session: Session, version: str, missing: list[DocumentSource]
) -> dict[tuple[str, int], list[Topic]]:
    """What the library keeps of the themes and places of the revisions `missing`, found by
    `version`; a row that cannot be read back is left out, so its document is analysed
    again."""
    from oicreader.store.topic_cache import stored_found_topics
    from oicreader.topics.kept import topics_from_kept

    labels_seen: dict[tuple[str, str, str], dict[str, str]] = {}
    wanted = {(source.key, source.revision_id) for source in missing}
    kept = {}
    for known, text in stored_found_topics(session.library, version).items():
        if known not in wanted:
            continue  # known to this index already
        with contextlib.suppress(ValueError):
            kept[known] = topics_from_kept(text, labels_seen)
    return kept


def _kept_rows(
    found: dict[tuple[str, int], list[Topic]],
) -> Iterator[tuple[str, int, str]]:
    """(document key, revision id, topics as kept) for each document whose topics can be
    kept (a label with a separator in it cannot: that document is analysed again)."""
    from oicreader.topics.kept import kept_form

    for (key, revision_id), topics in found.items():
        with contextlib.suppress(ValueError):
            yield key, revision_id, kept_form(topics)
