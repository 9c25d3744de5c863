"""A highlight on words that a new text of a bundled translation changes is put up for
review, as it is when the reader imports a revision; nothing is kept on the wrong words."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id
from oicreader.store.annotations import add_annotation, get_annotation
from oicreader.store.library import Library
from oicreader.store.reviews import list_reviews
from tests.conftest import BUNDLED_FOLDER

KEY = BUNDLED_FOLDER.name
OLD_WORDS = "the Lake Chad Basin region"
NEW_WORDS = "the whole Sahel belt"


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A copy of the bundled documents folder, to be revised as a new version of the app."""
    root = tmp_path / "documents"
    shutil.copytree(BUNDLED_FOLDER, root / KEY)
    return root


def revise_english(root: Path, old: str, new: str) -> None:
    """Ship a new English text of the report with `old` words replaced by `new` ones."""
    english = root / KEY / "en.txt"
    text = english.read_text(encoding="utf-8")
    assert old in text
    english.write_text(text.replace(old, new), encoding="utf-8")


def highlight(library: Library, number: int, quote: str) -> Annotation:
    text = library.document(KEY).paragraph(number).text("en") or ""
    start = text.index(quote)
    anchor = TextAnchor.in_text(text, start, start + len(quote))
    note = Annotation(new_annotation_id(), KEY, 1, number, "en", anchor, "#fff176", "Chad?")
    return add_annotation(library, note)


def test_a_highlight_on_words_a_new_bundled_text_changes_is_put_up_for_review(
    bundled_copy: Path,
) -> None:
    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(bundled_copy)
        chad = highlight(library, 10, OLD_WORDS)
    revise_english(bundled_copy, OLD_WORDS, NEW_WORDS)

    with Library.open(load_bundled=False) as library:
        assert library.refresh_bundled_documents(bundled_copy) == [KEY]
        [review] = list_reviews(library, KEY)
        now = get_annotation(library, chad.id)
        tenth = library.document(KEY).paragraph(10).text("en") or ""

    assert review.annotation.id == chad.id and review.outcome in {"doubtful", "not-placed"}
    assert review.original.anchor is not None and review.original.anchor.quote == OLD_WORDS
    assert now.note == "Chad?" and now.paragraph_number == 10
    # Where it is now, if anywhere, is words of the new text, never the old offsets blindly.
    if now.anchor is not None:
        assert tenth[now.anchor.start : now.anchor.end] == now.anchor.quote


def test_a_highlight_the_new_text_only_moves_is_moved_without_review(
    bundled_copy: Path,
) -> None:
    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(bundled_copy)
        chad = highlight(library, 10, "Lake Chad Basin")
    revise_english(bundled_copy, "particular the Lake", "particular, and first of all, the Lake")

    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(bundled_copy)
        assert list_reviews(library, KEY) == []
        now = get_annotation(library, chad.id)
        tenth = library.document(KEY).paragraph(10).text("en") or ""

    assert now.anchor is not None and chad.anchor is not None
    assert now.anchor.start != chad.anchor.start
    assert tenth[now.anchor.start : now.anchor.end] == "Lake Chad Basin"


def test_highlights_on_unchanged_words_are_left_as_they_were(bundled_copy: Path) -> None:
    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(bundled_copy)
        kept = highlight(library, 4, "1967")
    revise_english(bundled_copy, OLD_WORDS, NEW_WORDS)

    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(bundled_copy)
        assert get_annotation(library, kept.id) == kept
        assert list_reviews(library, KEY) == []
