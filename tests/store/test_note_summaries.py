"""What the notes panel reads: keys of the notes that pass a filter, summaries of them
without their full text."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id
from oicreader.store.annotations import (
    NOTE_START_CHARACTERS,
    NoteFilter,
    NoteSummary,
    add_annotation,
    delete_annotation,
    filtered_note_keys,
    merge_annotations,
    note_documents,
    note_summaries,
)
from oicreader.store.library import Library

KEY = "oic-acm-2017-chair-rep"


@pytest.fixture
def library() -> Iterator[Library]:
    opened = Library.open()
    yield opened
    opened.close()


def note(number: int, text: str = "", **fields: object) -> Annotation:
    values: dict[str, object] = {
        "id": new_annotation_id(), "document": KEY, "revision": 1,
        "paragraph_number": number, "language": "en", "note": text,
    }  # fmt: skip
    values.update(fields)
    return Annotation(**values)  # type: ignore[arg-type]


def test_a_paragraphs_summaries_hold_the_start_of_each_note_not_all_of_it(
    library: Library,
) -> None:
    long = add_annotation(library, note(6, "Start " + "x" * 100_000))
    short = add_annotation(library, note(6, "Short.", tags=("priority",), color="#fff176"))
    add_annotation(library, note(7, "Another paragraph"))
    keys = filtered_note_keys(library, NoteFilter(KEY, 6))
    summaries = note_summaries(library, keys)
    assert [summary.id for summary in summaries] == [long.id, short.id]
    assert len(summaries[0].note_start) == NOTE_START_CHARACTERS + 1
    assert summaries[0].note_is_cut and not summaries[1].note_is_cut
    assert summaries[1] == NoteSummary(
        short.id, KEY, 6, "en", None, "#fff176", "Short.", ("priority",), "OIC/ACM-2017/CHAIR-REP"
    )
    assert NoteSummary.of(short, "OIC/ACM-2017/CHAIR-REP") == summaries[1]


def test_deleted_notes_are_not_summarised(library: Library) -> None:
    gone = add_annotation(library, note(6, "Deleted"))
    delete_annotation(library, gone.id)
    assert filtered_note_keys(library, NoteFilter()) == []


def test_keys_come_in_list_order_and_summaries_follow_the_keys(library: Library) -> None:
    later = add_annotation(library, note(9, "On nine"))
    earlier = add_annotation(library, note(2, "On two"))
    keys = filtered_note_keys(library, NoteFilter())
    assert [summary.id for summary in note_summaries(library, keys)] == [earlier.id, later.id]
    assert [summary.id for summary in note_summaries(library, keys[1:])] == [later.id]


def test_the_text_filter_folds_case_beyond_ascii_and_looks_at_quote_and_tags(
    library: Library,
) -> None:
    anchor = TextAnchor(0, 5, "Bakou", "", "")
    in_note = add_annotation(library, note(3, "Voir l'ÉTAT des lieux"))
    in_quote = add_annotation(library, note(4, "", anchor=anchor, language="fr"))
    in_tag = add_annotation(library, note(5, "", tags=("Straße",)))

    def found(text: str) -> list[str]:
        keys = filtered_note_keys(library, NoteFilter(text=text))
        return [summary.id for summary in note_summaries(library, keys)]

    assert found("état") == [in_note.id]
    assert found("bakou") == [in_quote.id]
    assert found("STRASSE") == [in_tag.id]
    assert found("nothing like it") == []


def test_tag_colour_and_language_filters_combine(library: Library) -> None:
    wanted = add_annotation(
        library, note(3, "a", tags=("Priority",), color="#aed581", language="ar")
    )
    add_annotation(library, note(3, "b", tags=("priority",), color="#aed581", language="en"))
    add_annotation(library, note(3, "c", tags=("other",), color="#aed581", language="ar"))
    chosen = NoteFilter(tag="priority", color="#aed581", language="ar")
    assert chosen.is_active and not NoteFilter(text="  ").is_active
    keys = filtered_note_keys(library, chosen)
    assert [summary.id for summary in note_summaries(library, keys)] == [wanted.id]


def test_ten_thousand_notes_are_keyed_without_reading_their_text(library: Library) -> None:
    merge_annotations(library, [note(1 + n % 16, f"Note {n}") for n in range(10_000)])
    statements: list[str] = []
    library.db.conn.set_trace_callback(statements.append)
    try:
        keys = filtered_note_keys(library, NoteFilter())
    finally:
        library.db.conn.set_trace_callback(None)
    assert len(keys) == 10_000
    assert statements and not any("note" in statement.split("FROM")[0] for statement in statements)


def test_each_summary_names_its_documents_symbol(library: Library) -> None:
    added = add_annotation(library, note(6, "On the report"))
    stray = add_annotation(library, note(2, "Its document is not in the library", document="gone"))
    keys = filtered_note_keys(library, NoteFilter())
    symbols = {summary.id: summary.document_symbol for summary in note_summaries(library, keys)}
    assert symbols == {added.id: "OIC/ACM-2017/CHAIR-REP", stray.id: None}


def test_the_documents_with_notes_are_listed_by_symbol_with_their_counts(
    library: Library,
) -> None:
    add_annotation(library, note(6, "One"))
    add_annotation(library, note(7, "Two"))
    add_annotation(library, note(2, "Elsewhere", document="gone"))
    delete_annotation(library, add_annotation(library, note(8, "Deleted")).id)
    assert note_documents(library) == [
        ("oic-acm-2017-chair-rep", "OIC/ACM-2017/CHAIR-REP", 2),
        ("gone", None, 1),
    ]
