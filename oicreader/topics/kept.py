"""How the themes and places found in a document are written to be kept in the library:
compact JSON, one row [kind, id, ar, en, fr, [paragraph, ...]] per topic, read back for
hundreds of documents at once without analysing any."""

from __future__ import annotations

import json
from collections.abc import Iterable

from oicreader.topics.model import TOPIC_KINDS, Topic, TopicKind

__all__ = ["kept_form", "topics_from_kept"]

_KINDS: dict[str, TopicKind] = {kind: kind for kind in TOPIC_KINDS}


def kept_form(topics: Iterable[Topic]) -> str:
    """The topics as the library keeps them."""
    rows = [
        [topic.kind, topic.id, *(topic.labels[code] for code in ("ar", "en", "fr")),
         list(topic.paragraphs)]
        for topic in topics
    ]  # fmt: skip
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def topics_from_kept(
    text: str, labels_seen: dict[tuple[str, str, str], dict[str, str]] | None = None
) -> list[Topic]:
    """The topics kept as `text`; raises ValueError when it is not what `kept_form` writes.

    `labels_seen`, shared over many documents, lets every document's topic share one labels
    mapping: a topic is in hundreds of documents, with the same labels in each.
    """
    labels_seen = {} if labels_seen is None else labels_seen
    try:
        rows = json.loads(text)
        if not isinstance(rows, list):
            raise TypeError("a list of topics was expected")
        return [
            Topic(
                id=str(topic_id),
                kind=_KINDS[kind],
                labels=labels_seen.setdefault(
                    (arabic, english, french), {"ar": arabic, "en": english, "fr": french}
                ),
                paragraphs=tuple(int(number) for number in paragraphs),
            )
            for kind, topic_id, arabic, english, french, paragraphs in rows
        ]
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"not topics as the library keeps them: {error}") from error
