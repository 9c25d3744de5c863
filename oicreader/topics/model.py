"""A topic a reader can jump to: a theme, a place or organisation, or one of the reader's tags."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from oicreader.model.languages import LANGUAGES

__all__ = ["TOPIC_KINDS", "Topic", "TopicKind"]

TopicKind = Literal["theme", "place", "tag"]
TOPIC_KINDS: tuple[TopicKind, ...] = ("theme", "place", "tag")


@dataclass(frozen=True)
class Topic:
    """A named topic with its label in each language and the paragraphs that deal with it.

    `id` is unique within its kind (a theme and a place may share one), so the pair
    (kind, id) is what identifies a topic.
    """

    id: str
    kind: TopicKind
    labels: Mapping[str, str]
    paragraphs: tuple[int, ...]

    @classmethod
    def create(
        cls, id: str, kind: TopicKind, labels: Mapping[str, str], paragraphs: Iterable[int]
    ) -> Topic:
        """A topic with labels for ar, en and fr (missing ones borrowed) and sorted paragraphs."""
        fallback = next((labels[code] for code in ("en", *LANGUAGES) if labels.get(code)), id)
        return cls(
            id=id,
            kind=kind,
            labels={code: labels.get(code) or fallback for code in LANGUAGES},
            paragraphs=tuple(sorted(set(paragraphs))),
        )

    def label(self, language: str) -> str:
        """The label in one language (every topic has all three)."""
        return self.labels.get(language) or self.labels["en"]

    def to_json(self) -> dict[str, Any]:
        """The `topics --json` object: id, kind, labels {ar, en, fr}, paragraphs, in that order."""
        return {
            "id": self.id,
            "kind": self.kind,
            "labels": {code: self.labels[code] for code in LANGUAGES},
            "paragraphs": list(self.paragraphs),
        }
