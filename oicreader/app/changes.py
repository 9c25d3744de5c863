"""What a use case changed, so that each screen redraws only what concerns it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from oicreader.model.annotation import Annotation


@dataclass(frozen=True, kw_only=True)
class Changes:
    """The document, paragraphs and notes a use case touched, and what else moved.

    Empty (the default) means nothing changed. `library_reopened` means the library is
    another file now (a restore): everything shown from it is to be read again.
    """

    document: str | None = None
    paragraphs: frozenset[int] = frozenset()
    notes: frozenset[str] = frozenset()
    tags_changed: bool = False
    # Which tags were put on or taken off, when the use case knows; empty with tags_changed
    # means any tag of the document may have moved.
    tags: frozenset[str] = frozenset()
    topics_changed: bool = False
    # The brief with this id was created, changed or deleted (its panel reads it again).
    brief: int | None = None
    library_reopened: bool = False

    @classmethod
    def of_note(cls, annotation: Annotation, *, tags_changed: bool) -> Changes:
        """One note changed on its paragraph; tags are topics, so they move together."""
        return cls(
            document=annotation.document,
            paragraphs=frozenset({annotation.paragraph_number}),
            notes=frozenset({annotation.id}),
            tags_changed=tags_changed,
            topics_changed=tags_changed,
        )


# A named tuple, not a frozen dataclass: made on the way to the first paint (README, Code map).
class NoteChange(NamedTuple):
    """A note as a use case left it, and what that changed."""

    annotation: Annotation
    changes: Changes
