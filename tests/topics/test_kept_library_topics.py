"""Topics across the library kept in the library: a new process analyses only the documents
no earlier build read, and what it keeps follows the documents and the analysers."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest

from oicreader.app.session import Session
from oicreader.app.topics import LibraryTopicIndex, library_topics
from oicreader.model.document import Document
from oicreader.store.document_removal import remove_documents
from oicreader.store.library import Library
from oicreader.topics import analyser_version
from oicreader.topics.library import LibraryTopic
from tests.topics.test_library_topics import REPORT_KEY, report_copy, tag_note


def documents_read(session: Session) -> list[str | None]:
    """The documents read through the session from now on (each analysis reads one)."""
    read: list[str | None] = []
    original = session.document

    def counting_document(reference: str | None, revision: int | None = None) -> Document:
        read.append(reference)
        return original(reference, revision)

    session.document = counting_document  # type: ignore[method-assign]
    return read


@pytest.fixture
def two_documents() -> Iterator[None]:
    with Session.open() as session:
        session.library.save_document(report_copy("copy", "COPY/2020/1", "2020-05-01"), "imported")
    yield


@pytest.mark.usefixtures("two_documents")
def test_a_new_process_reads_no_document_an_earlier_build_analysed() -> None:
    with Session.open() as session:
        first = library_topics(session)
    with Session.open() as session:
        read = documents_read(session)
        again = LibraryTopicIndex().build(session)
    assert read == []
    assert again == first


@pytest.mark.usefixtures("two_documents")
def test_tags_stay_live_when_the_themes_are_kept() -> None:
    with Session.open() as session:
        library_topics(session)
        tag_note(session, "copy", 2, "Budget")
        topics = library_topics(session)
    budget = next(t for t in topics if (t.kind, t.id) == ("tag", "Budget"))
    assert [(d.key, d.paragraphs) for d in budget.documents] == [("copy", (2,))]


@pytest.mark.usefixtures("two_documents")
def test_new_analysers_find_the_topics_again(monkeypatch: pytest.MonkeyPatch) -> None:
    with Session.open() as session:
        library_topics(session)
    monkeypatch.setattr(
        analyser_version, "ANALYSER_REVISION", analyser_version.ANALYSER_REVISION + 1
    )
    with Session.open() as session:
        read = documents_read(session)
        library_topics(session)
        assert sorted(map(str, read)) == ["copy", REPORT_KEY]
        versions = session.library.db.execute(
            "SELECT DISTINCT analyser_version FROM topic_results"
        ).fetchall()
    assert versions == [(analyser_version.analyser_version(),)]


@pytest.mark.usefixtures("two_documents")
def test_a_removed_document_takes_its_kept_topics_with_it() -> None:
    with Session.open() as session:
        library_topics(session)
        remove_documents(session.library, ["copy"], keep_notes=True)
        kept = session.library.db.execute("SELECT document_key FROM topic_results").fetchall()
    assert kept == [(REPORT_KEY,)]


@pytest.mark.usefixtures("two_documents")
def test_a_revised_document_is_analysed_again() -> None:
    with Session.open() as session:
        library_topics(session)
        session.library.save_document(report_copy("copy", "COPY/2020/1", "2020-05-01"), "imported")
    with Session.open() as session:
        read = documents_read(session)
        library_topics(session)
    assert read == ["copy"]


@pytest.mark.usefixtures("two_documents")
def test_a_build_apart_reads_only_what_is_committed_and_closes_its_connection(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[sqlite3.Connection] = []
    second_reader = Library.second_reader

    def recorded(library: Library) -> Library:
        reader = second_reader(library)
        opened.append(reader.db.conn)
        return reader

    monkeypatch.setattr(Library, "second_reader", recorded)
    with Session.open() as session:
        # A write of the window's connection, not committed: the copy dated before the report.
        session.library.db.execute("BEGIN IMMEDIATE")
        session.library.db.execute("UPDATE documents SET date = '1990-01-01' WHERE key = 'copy'")
        shared = LibraryTopicIndex().build(session)
        apart = LibraryTopicIndex().build_apart(session)
        session.library.db.execute("ROLLBACK")
    assert palestine_documents(shared) == [REPORT_KEY, "copy"]
    assert palestine_documents(apart) == ["copy", REPORT_KEY]
    assert len(opened) == 1
    with pytest.raises(sqlite3.ProgrammingError):
        opened[0].execute("SELECT 1")


def palestine_documents(topics: list[LibraryTopic]) -> list[str]:
    palestine = next(t for t in topics if (t.kind, t.id) == ("place", "palestine"))
    return [document.key for document in palestine.documents]
