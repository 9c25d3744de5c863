"""Notes through the app layer: each use case's policy, and the changes it reports."""

from __future__ import annotations

import pytest

from oicreader.app.changes import Changes
from oicreader.app.notes import (
    AnnotationNotFound,
    TextAnchor,
    add_note,
    delete_note,
    discard_if_empty,
    edit_note,
    get_note,
    list_notes,
    tags_in_use,
    undo_delete,
)
from oicreader.app.session import Session
from oicreader.model.annotation import DEFAULT_COLOR
from tests.app.conftest import KEY


def words_of(session: Session, number: int, quote: str) -> TextAnchor:
    text = session.document(KEY).paragraph(number).text("ar") or ""
    start = text.index(quote)
    return TextAnchor.in_text(text, start, start + len(quote))


def test_a_new_note_gets_a_fresh_id_on_the_documents_current_revision(session: Session) -> None:
    first = add_note(session, KEY, 6, "en").annotation
    second = add_note(session, KEY, 6, "en").annotation
    assert first.id != second.id and len(first.id) == 36  # random UUIDs
    assert first.revision == session.library.current_revision_number(KEY) == 1
    assert [note.id for note in list_notes(session, KEY)] == [first.id, second.id]


def test_a_highlight_without_a_colour_gets_the_default_and_a_paragraph_note_none(
    session: Session,
) -> None:
    highlight = add_note(session, KEY, 6, "ar", anchor=words_of(session, 6, "الروهينغايا"))
    paragraph_note = add_note(session, KEY, 6, "en", note="read again")
    assert highlight.annotation.color == DEFAULT_COLOR
    assert paragraph_note.annotation.color is None
    assert get_note(session, highlight.annotation.id).anchor == highlight.annotation.anchor


def test_adding_a_note_names_exactly_its_document_paragraph_and_note(session: Session) -> None:
    added = add_note(session, KEY, 7, "fr", tags=[" urgent ", "urgent"])
    assert added.annotation.tags == ("urgent",)
    assert added.changes == Changes(
        document=KEY,
        paragraphs=frozenset({7}),
        notes=frozenset({added.annotation.id}),
        tags_changed=True,
        topics_changed=True,
    )


def test_editing_only_the_text_changes_no_tag_or_topic(session: Session) -> None:
    added = add_note(session, KEY, 6, "en", tags=["budget"]).annotation
    edited = edit_note(session, added, note="a longer thought")
    assert get_note(session, added.id).note == "a longer thought"
    assert edited.changes.notes == {added.id} and edited.changes.paragraphs == {6}
    assert not edited.changes.tags_changed and not edited.changes.topics_changed


def test_tagging_a_note_reports_the_tags_and_topics_changed(session: Session) -> None:
    added = add_note(session, KEY, 6, "en").annotation
    tagged = edit_note(session, added, tags=["budget", "Rohingya"])
    assert get_note(session, added.id).tags == ("budget", "Rohingya")
    assert tagged.changes.tags_changed and tagged.changes.topics_changed
    assert tags_in_use(session) == [("Rohingya", 1), ("budget", 1)]


def test_an_edit_that_changes_nothing_writes_nothing(session: Session) -> None:
    added = add_note(session, KEY, 6, "en", note="same").annotation
    unchanged = edit_note(session, added, note="same", tags=[])
    assert unchanged.changes == Changes()
    assert get_note(session, added.id).modified == added.modified


def test_undo_of_a_delete_brings_the_note_back_without_its_tombstone(session: Session) -> None:
    added = add_note(session, KEY, 9, "en", note="keep me", tags=["t"]).annotation
    deleted = delete_note(session, added.id)
    assert deleted.annotation.deleted is not None and list_notes(session, KEY) == []
    assert deleted.changes.notes == {added.id} and deleted.changes.tags_changed
    assert session.can_undo_delete
    undone = undo_delete(session)
    assert undone is not None and undone.changes.notes == {added.id}
    back = get_note(session, added.id)
    assert back.deleted is None and back.note == "keep me" and back.tags == ("t",)
    assert not session.can_undo_delete and undo_delete(session) is None


def test_undo_brings_back_the_last_deleted_note_first(session: Session) -> None:
    first, second = (add_note(session, KEY, 6, "en").annotation for _ in range(2))
    delete_note(session, first.id)
    delete_note(session, second.id)
    undone = undo_delete(session)
    assert undone is not None and undone.annotation.id == second.id
    assert [note.id for note in list_notes(session, KEY)] == [second.id]


def test_deleting_an_unknown_note_is_refused_by_name(session: Session) -> None:
    with pytest.raises(AnnotationNotFound, match="no note with id 'nope'"):
        delete_note(session, "nope")
    assert not session.can_undo_delete


def test_a_note_left_empty_is_discarded_and_undo_skips_it(session: Session) -> None:
    on_purpose = add_note(session, KEY, 4, "en", note="Keep me").annotation
    delete_note(session, on_purpose.id)
    blank = add_note(session, KEY, 5, "en").annotation
    discarded = discard_if_empty(session, blank.id)
    assert discarded is not None and discarded.changes.notes
    assert list_notes(session, KEY) == []
    restored = undo_delete(session)
    assert restored is not None and restored.annotation.id == on_purpose.id


def test_a_note_with_text_tags_or_words_highlighted_is_never_discarded(session: Session) -> None:
    written = add_note(session, KEY, 5, "en", note="Text").annotation
    tagged = add_note(session, KEY, 5, "en", tags=["budget"]).annotation
    highlight = add_note(
        session, KEY, 6, "ar", anchor=words_of(session, 6, "الروهينغايا")
    ).annotation
    for kept in (written, tagged, highlight):
        assert discard_if_empty(session, kept.id) is None
    assert len(list_notes(session, KEY)) == 3
    assert discard_if_empty(session, "no-such-note") is None
