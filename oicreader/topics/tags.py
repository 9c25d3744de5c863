"""The reader's tags as topics: kept apart from the themes and places so that the window can
list them without loading the gazetteer and the lexicon."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from oicreader.model.languages import LANGUAGES
from oicreader.topics.model import Topic

if TYPE_CHECKING:
    from oicreader.model.annotation import Annotation


def tag_topics(annotations: Iterable[Annotation]) -> list[Topic]:
    """One topic per tag on a live annotation, with the paragraphs it is on, tags A-Z."""
    paragraphs: dict[str, set[int]] = {}
    for annotation in annotations:
        if annotation.deleted is None:
            for tag in annotation.tags:
                paragraphs.setdefault(tag, set()).add(annotation.paragraph_number)
    return tag_topics_of_paragraphs(paragraphs)


def tag_topics_of_paragraphs(paragraphs: Mapping[str, Iterable[int]]) -> list[Topic]:
    """One topic per tag given with the paragraphs it is on, tags A-Z."""
    # A tag is the reader's own word: it is its own label in every language.
    return [
        Topic.create(tag, "tag", dict.fromkeys(LANGUAGES, tag), numbers)
        for tag, numbers in sorted(paragraphs.items(), key=lambda item: tag_order(item[0]))
    ]


def tag_order(tag: str) -> tuple[str, str]:
    """Where a tag goes in a list of tags: A-Z whatever the case, then upper case first."""
    return (tag.casefold(), tag)
