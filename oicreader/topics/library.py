"""Topics across the library: each theme, place or tag with the documents that deal with it,
newest first, and each document's paragraphs."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from oicreader.model.languages import LANGUAGES
from oicreader.topics.model import TOPIC_KINDS, Topic, TopicKind
from oicreader.topics.tags import tag_order

__all__ = ["LibraryTopic", "TopicDocument", "gather_library_topics"]


@dataclass(frozen=True)
class TopicDocument:
    """One document a topic is found in: its key, symbol and date, and the paragraphs."""

    key: str
    symbol: str
    date: str
    paragraphs: tuple[int, ...]


@dataclass(frozen=True)
class LibraryTopic:
    """A topic of the whole library: its documents newest first, each with its paragraphs."""

    id: str
    kind: TopicKind
    labels: Mapping[str, str]
    documents: tuple[TopicDocument, ...]

    def label(self, language: str) -> str:
        """The label in one language (every topic has all three)."""
        return self.labels.get(language) or self.labels["en"]

    def in_document(self, key: str) -> Topic | None:
        """The topic as it is in one document (its paragraphs there), None if not in it."""
        for document in self.documents:
            if document.key == key:
                return Topic.create(self.id, self.kind, self.labels, document.paragraphs)
        return None

    def to_json(self) -> dict[str, Any]:
        """The `topics --library --json` object: id, kind, labels {ar, en, fr} as `topics
        --json` gives them, and documents {symbol: [paragraph, ...]}, newest first."""
        return {
            "id": self.id,
            "kind": self.kind,
            "labels": {code: self.labels[code] for code in LANGUAGES},
            "documents": {found.symbol: list(found.paragraphs) for found in self.documents},
        }


def gather_library_topics(
    documents: Iterable[tuple[str, str, str, Iterable[Topic]]],
) -> list[LibraryTopic]:
    """Merge the topics of each document, given as (key, symbol, date, topics) newest first,
    into topics of the library: themes, then places, then tags; themes and places A-Z by
    their English label, tags A-Z as in one document. A topic keeps the labels of the
    newest document it is found in."""
    labels: dict[tuple[TopicKind, str], Mapping[str, str]] = {}
    found_in: dict[tuple[TopicKind, str], list[TopicDocument]] = {}
    for key, symbol, date, topics in documents:
        for topic in topics:
            if not topic.paragraphs:
                continue
            identity = (topic.kind, topic.id)
            labels.setdefault(identity, topic.labels)
            found_in.setdefault(identity, []).append(
                TopicDocument(key, symbol, date, topic.paragraphs)
            )
    merged = [
        LibraryTopic(id=topic_id, kind=kind, labels=labels[kind, topic_id], documents=tuple(docs))
        for (kind, topic_id), docs in found_in.items()
    ]
    return sorted(merged, key=_library_order)


def _library_order(topic: LibraryTopic) -> tuple[int, str, str]:
    if topic.kind == "tag":
        return (TOPIC_KINDS.index(topic.kind), *tag_order(topic.id))
    return (TOPIC_KINDS.index(topic.kind), topic.label("en").casefold(), topic.id)
