"""A topic across the library in a brief: the paragraphs the library topic index lists (the
ids and paragraphs of `topics --library --json`), found without analysing every document."""

from __future__ import annotations

from oicreader.app import briefs
from oicreader.app.session import Session
from oicreader.app.topics import library_topics
from oicreader.model.document import Document
from tests.app.conftest import KEY
from tests.topics.test_library_topics import report_copy, tag_note


def documents_read(session: Session) -> list[str | None]:
    read: list[str | None] = []
    original = session.document

    def counting_document(reference: str | None, revision: int | None = None) -> Document:
        read.append(reference)
        return original(reference, revision)

    session.document = counting_document  # type: ignore[method-assign]
    return read


def test_a_topic_item_reads_no_document_the_library_index_has_analysed(session: Session) -> None:
    session.library.save_document(report_copy("copy", "COPY/2020/1", "2020-05-01"), "imported")
    library_topics(session)  # the panel or `topics --library` found them once
    read = documents_read(session)
    places = briefs.topic_paragraphs_across_library(session, "palestine")
    assert read == []
    assert [key for key, _numbers in places] == ["copy", KEY]


def test_a_topic_item_has_the_paragraphs_topics_library_lists(session: Session) -> None:
    session.library.save_document(report_copy("copy", "COPY/2020/1", "2020-05-01"), "imported")
    tag_note(session, "copy", 3, "Budget")
    for topic in library_topics(session):
        places = briefs.topic_paragraphs_across_library(session, topic.id)
        same_id = [other for other in library_topics(session) if other.id == topic.id]
        if len(same_id) == 1:  # a theme and a place sharing an id are quoted together
            assert places == [(found.key, found.paragraphs) for found in topic.documents]


def test_a_library_topic_from_the_panel_is_added_as_the_panel_lists_it(session: Session) -> None:
    session.library.save_document(report_copy("copy", "COPY/2020/1", "2020-05-01"), "imported")
    palestine = next(t for t in library_topics(session) if (t.kind, t.id) == ("place", "palestine"))
    brief, _ = briefs.create_brief(session, "Palestine", "en")
    read = documents_read(session)
    assert briefs.add_library_topic(session, brief, palestine).brief == brief
    quoted = [item.reference for item in briefs.load_brief(session, brief).paragraphs]
    assert quoted == [
        (found.key, 1, number) for found in palestine.documents for number in found.paragraphs
    ]
    assert read == []
