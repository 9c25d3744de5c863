"""All the topics of a document: themes, places and organisations, and the reader's tags."""

from __future__ import annotations

from collections.abc import Iterable

from oicreader.model.annotation import Annotation
from oicreader.model.document import Document
from oicreader.topics.gazetteer import (
    NOT_PLACES,
    Gazetteer,
    document_mentions,
    load_gazetteer,
    place_paragraphs,
)
from oicreader.topics.model import Topic
from oicreader.topics.tags import tag_topics
from oicreader.topics.themes import themes_for

__all__ = ["document_topics", "found_topics", "place_topics", "tag_topics"]


def document_topics(
    document: Document,
    annotations: Iterable[Annotation] = (),
    gazetteer: Gazetteer | None = None,
) -> list[Topic]:
    """The topics of any document (one read from a file has no annotations)."""
    return [*found_topics(document, gazetteer), *tag_topics(annotations)]


def found_topics(document: Document, gazetteer: Gazetteer | None = None) -> list[Topic]:
    """The topics found in a document's text: its themes, then its places in reading order."""
    return [*themes_for(document), *place_topics(document, gazetteer)]


def place_topics(document: Document, gazetteer: Gazetteer | None = None) -> list[Topic]:
    """One topic per place or organisation any language version names, by first paragraph."""
    gazetteer = gazetteer or load_gazetteer()
    topics = [
        Topic.create(entry_id, "place", gazetteer.entry(entry_id).labels, numbers)
        for entry_id, numbers in place_paragraphs(document_mentions(document, gazetteer)).items()
        if gazetteer.entry(entry_id).kind not in NOT_PLACES
    ]
    return sorted(topics, key=lambda topic: (topic.paragraphs[0], topic.label("en").casefold()))
