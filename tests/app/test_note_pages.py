"""Lists of notes a page at a time, and counts from indexes: what a list shows of 100,000
notes costs what it shows, not what the library holds (issue 22)."""

from __future__ import annotations

import uuid

import pytest

from oicreader.app.notes import (
    NoteFilter,
    count_notes,
    delete_note,
    note_keys,
    note_page,
    tags_in_use,
)
from oicreader.app.session import Session
from oicreader.model.annotation import Annotation
from oicreader.store.annotations import all_tags, merge_annotations
from oicreader.store.statement_count import count_statements
from tests.app.conftest import KEY

OTHER = "another-document"


def add_notes(session: Session, count: int) -> list[str]:
    """Notes spread over two documents and their paragraphs, every third tagged."""
    notes = [
        Annotation(
            id=str(uuid.uuid4()),
            document=(KEY, OTHER)[index % 2],
            revision=1,
            paragraph_number=1 + index % 7,
            language=("ar", "en", "fr")[index % 3],
            note=f"note {index}",
            color="#fff176" if index % 4 == 0 else None,
            tags=(("Rohingya", "budget")[index % 2],) if index % 3 == 0 else (),
            created=f"2026-12-01T10:{index // 60 % 60:02d}:{index % 60:02d}.000Z",
        )
        for index in range(count)
    ]
    merge_annotations(session.library, notes)
    return [note.id for note in notes]


def all_pages(session: Session, wanted: NoteFilter, limit: int) -> list[int]:
    keys: list[int] = []
    while True:
        page = note_page(session, wanted, after=keys[-1] if keys else None, limit=limit)
        if not page:
            return keys
        assert len(page) <= limit
        keys += [key for key, _summary in page]


FILTERS = {
    "every note": NoteFilter(),
    "one document": NoteFilter(document=OTHER),
    "one paragraph": NoteFilter(document=KEY, paragraph_number=3),
    "a tag in another case": NoteFilter(tag="rohingya"),
    "a colour and a language": NoteFilter(color="#fff176", language="en"),
    "a text": NoteFilter(text="NOTE 1"),
}


@pytest.mark.parametrize("wanted", FILTERS.values(), ids=FILTERS.keys())
def test_pages_read_one_after_another_hold_the_filtered_notes_in_list_order(
    session: Session, wanted: NoteFilter
) -> None:
    add_notes(session, 250)
    assert all_pages(session, wanted, limit=40) == note_keys(session, wanted)
    assert count_notes(session, wanted) == len(note_keys(session, wanted))


def test_a_page_shows_each_note_with_its_summary(session: Session) -> None:
    ids = add_notes(session, 5)
    page = note_page(session, NoteFilter(document=KEY), limit=10)
    assert [summary.id for _key, summary in page] == [ids[0], ids[2], ids[4]]
    assert [summary.paragraph_number for _key, summary in page] == [1, 3, 5]


def test_a_deleted_note_is_neither_listed_nor_counted(session: Session) -> None:
    ids = add_notes(session, 30)
    delete_note(session, ids[0])
    keys = [summary.id for _key, summary in note_page(session, NoteFilter(), limit=100)]
    assert ids[0] not in keys and len(keys) == 29
    assert count_notes(session, NoteFilter()) == 29


def test_tags_in_use_count_live_notes_as_before(session: Session) -> None:
    ids = add_notes(session, 60)
    delete_note(session, ids[0])  # tagged "Rohingya"
    delete_note(session, ids[6])  # so is this one: three of each tag's notes in all
    assert tags_in_use(session) == all_tags(session.library)
    assert dict(tags_in_use(session)) == {"budget": 10, "Rohingya": 8}


def test_a_tag_whose_notes_are_all_deleted_is_not_in_use(session: Session) -> None:
    ids = add_notes(session, 1)
    delete_note(session, ids[0])
    assert tags_in_use(session) == []


def plans(session: Session, statements: list[str]) -> list[str]:
    """The steps of these statements' query plans."""
    return [
        detail
        for statement in statements
        for *_ids, detail in session.library.db.execute(f"EXPLAIN QUERY PLAN {statement}")
    ]


def reads_rows(step: str) -> bool:
    """True for a plan step that reads a table's rows, not only an index's entries."""
    if step.startswith("SCAN ("):
        return False  # the rows a subquery made, not a table
    if step.startswith("SCAN"):
        return "COVERING INDEX" not in step
    return step.startswith("SEARCH") and "INTEGER PRIMARY KEY" in step


def test_the_notes_and_their_tags_are_counted_without_reading_a_note(session: Session) -> None:
    ids = add_notes(session, 300)
    delete_note(session, ids[0])
    with count_statements(session.library) as log:
        count_notes(session, NoteFilter())
        tags_in_use(session)
    steps = plans(session, log.statements)
    assert [step for step in steps if reads_rows(step)] == [], steps


def test_a_page_is_read_from_the_live_notes_index_where_the_page_before_ended(
    session: Session,
) -> None:
    add_notes(session, 300)
    first = note_page(session, NoteFilter(), limit=50)
    with count_statements(session.library) as log:
        note_page(session, NoteFilter(), after=first[-1][0], limit=50)
    keys_query = plans(session, log.statements[:1])
    assert any("COVERING INDEX idx_annotations_live_order (document_key>?)" in step
               for step in keys_query), keys_query  # fmt: skip
    assert not any("TEMP B-TREE" in step for step in keys_query), "no note is sorted"
