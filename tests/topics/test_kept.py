"""The form in which the library keeps a document's themes and places."""

from __future__ import annotations

import pytest

from oicreader.topics.kept import kept_form, topics_from_kept
from oicreader.topics.model import Topic


def test_topics_read_back_as_they_were_kept() -> None:
    topics = [
        Topic.create(
            "palestine", "place", {"ar": "فلسطين", "en": "Palestine", "fr": "Palestine"}, [4, 3]
        ),
        Topic.create("rohingya", "theme", {"en": "Rohingya"}, [6]),
        Topic.create("curated-but-unmarked", "theme", {"en": "Unmarked"}, []),
    ]
    assert topics_from_kept(kept_form(topics)) == topics


def test_one_topic_in_many_documents_shares_its_labels() -> None:
    labels_seen: dict[tuple[str, str, str], dict[str, str]] = {}
    kept = kept_form([Topic.create("yemen", "place", {"en": "Yemen"}, [2])])
    first = topics_from_kept(kept, labels_seen)[0]
    second = topics_from_kept(kept, labels_seen)[0]
    assert first.labels is second.labels


@pytest.mark.parametrize(
    "text",
    ["{}", "planet\x1fx\x1fa\x1fb\x1fc\x1f1", "place", "place\x1fx\x1fa\x1fb\x1fc\x1fone"],
)
def test_anything_else_is_refused_so_the_document_is_analysed_again(text: str) -> None:
    with pytest.raises(ValueError, match="not topics as the library keeps them"):
        topics_from_kept(text)


def test_a_document_with_no_theme_or_place_is_kept_as_nothing() -> None:
    assert topics_from_kept(kept_form([])) == []


def test_a_label_holding_a_separator_is_not_kept() -> None:
    strange = Topic.create("x", "theme", {"en": "two\nlines"}, [1])
    with pytest.raises(ValueError, match="cannot be kept"):
        kept_form([strange])
