"""How the themes and places found in a document are written to be kept in the library:
one line per topic, its fields apart by U+001F (kind, id, ar, en, fr, paragraphs as
"3,4,15"), so that hundreds of documents are read back in some tens of ms, none analysed.
(JSON objects took four times as long: every label parsed again in every document.)"""

from __future__ import annotations

from collections.abc import Iterable

from oicreader.topics.model import TOPIC_KINDS, Topic, TopicKind

__all__ = ["kept_form", "topics_from_kept"]

FIELD = "\x1f"  # the unit separator: in no label or id
LINE = "\n"
_KINDS: dict[str, TopicKind] = {kind: kind for kind in TOPIC_KINDS}


def kept_form(topics: Iterable[Topic]) -> str:
    """The topics as the library keeps them; ValueError if a label or id holds a separator
    (then the document is not kept, and analysed again next time)."""
    lines = []
    for topic in topics:
        fields = [topic.kind, topic.id, *(topic.labels[code] for code in ("ar", "en", "fr"))]
        if any(FIELD in field or LINE in field for field in fields):
            raise ValueError(f"topic {topic.id!r} cannot be kept: a separator in its labels")
        lines.append(FIELD.join([*fields, ",".join(map(str, topic.paragraphs))]))
    return LINE.join(lines)


def topics_from_kept(
    text: str, labels_seen: dict[tuple[str, str, str], dict[str, str]] | None = None
) -> list[Topic]:
    """The topics kept as `text`; raises ValueError when it is not what `kept_form` writes.

    `labels_seen`, shared over many documents, lets every document's topic share one labels
    mapping: a topic is in hundreds of documents, with the same labels in each.
    """
    labels_seen = {} if labels_seen is None else labels_seen
    if not text:
        return []
    try:
        topics = []
        for line in text.split(LINE):
            kind, topic_id, arabic, english, french, paragraphs = line.split(FIELD)
            labels = labels_seen.get((arabic, english, french))
            if labels is None:
                labels = labels_seen[arabic, english, french] = {
                    "ar": arabic, "en": english, "fr": french
                }  # fmt: skip
            numbers = tuple(map(int, paragraphs.split(","))) if paragraphs else ()
            topics.append(Topic(topic_id, _KINDS[kind], labels, numbers))
    except (KeyError, ValueError) as error:
        raise ValueError(f"not topics as the library keeps them: {error}") from error
    return topics
