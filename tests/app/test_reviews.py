"""Notes to review after a new revision, through the app layer: keep them, or attach them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from oicreader.app.notes import TextAnchor, get_note
from oicreader.app.reviews import attach_note, keep_where_placed, nearest_quote, notes_to_review
from oicreader.app.session import Session
from oicreader.importing.import_plan import import_files
from oicreader.store.annotations import add_annotation
from oicreader.store.revisions import import_plan
from tests.annotations.test_reanchor import SPECS, draft_annotation
from tests.store.test_reviews import EXPECTED_REVIEW, FINAL_FILES


@pytest.fixture
def revised() -> Iterator[Session]:
    """The bundled draft with the fixture notes on it, then its final revision imported."""
    session = Session.open()
    draft = session.document(None)
    for spec in SPECS:
        add_annotation(session.library, draft_annotation(spec, draft))
    import_plan(session.library, import_files(FINAL_FILES))
    yield session
    session.close()


def test_the_notes_a_revision_could_not_place_are_listed(revised: Session) -> None:
    assert {item.annotation.id for item in notes_to_review(revised)} == EXPECTED_REVIEW


def test_attaching_a_note_names_the_paragraph_it_left_and_the_one_it_is_on(
    revised: Session,
) -> None:
    item = next(i for i in notes_to_review(revised) if i.annotation.paragraph_number != 5)
    text = revised.document(None).paragraph(5).text(item.annotation.language) or ""
    moved = attach_note(revised, item.annotation.id, 5, anchor=None)
    assert moved.annotation.paragraph_number == 5 and moved.annotation.revision == 2
    assert moved.changes.paragraphs == {item.annotation.paragraph_number, 5}
    assert moved.changes.notes == {item.annotation.id} and text
    assert item.annotation.id not in {i.annotation.id for i in notes_to_review(revised)}


def test_keeping_a_note_where_placed_closes_its_review_and_moves_nothing(
    revised: Session,
) -> None:
    doubtful = next(i for i in notes_to_review(revised) if i.outcome == "doubtful")
    kept = keep_where_placed(revised, doubtful.annotation.id)
    assert kept.annotation == get_note(revised, doubtful.annotation.id)
    assert kept.changes.notes == {doubtful.annotation.id} and not kept.changes.paragraphs
    assert doubtful.annotation.id not in {i.annotation.id for i in notes_to_review(revised)}


def test_a_quote_that_occurs_twice_is_found_nearest_where_the_note_was(
    revised: Session,
) -> None:
    item = next(
        i
        for i in notes_to_review(revised)
        if i.original.anchor is not None and i.original.anchor.start > len(i.original.anchor.quote)
    )
    original = item.original.anchor
    assert original is not None
    # Once at the start of the text, once exactly where the note was before the revision.
    text = original.quote + "x" * (original.start - len(original.quote)) + original.quote
    found = nearest_quote(revised, item.annotation, text, original.quote)
    assert found == TextAnchor.in_text(text, original.start, original.end)
    assert nearest_quote(revised, item.annotation, text, "absent words") is None
