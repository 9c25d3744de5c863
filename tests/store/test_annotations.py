"""Annotations in the library: every action committed at once, nothing lost, nothing mangled."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id, now_timestamp
from oicreader.store import annotations as store_annotations
from oicreader.store.annotations import (
    AnnotationNotFound,
    add_annotation,
    all_tags,
    delete_annotation,
    get_annotation,
    list_annotations,
    merge_annotations,
    save_annotation,
    undelete_annotation,
)
from oicreader.store.library import Library

KEY = "oic-acm-2017-chair-rep"


@pytest.fixture
def library() -> Iterator[Library]:
    opened = Library.open()
    yield opened
    opened.close()


def highlight(
    library: Library, number: int = 6, quote: str = "الروهينغايا", **fields
) -> Annotation:
    text = library.document(KEY).paragraph(number).text("ar") or ""
    start = text.index(quote)
    values = {
        "id": new_annotation_id(),
        "document": KEY,
        "revision": 1,
        "paragraph_number": number,
        "language": "ar",
        "anchor": TextAnchor.in_text(text, start, start + len(quote)),
        "color": "#fff176",
        "note": "ملاحظة",
        "tags": ("rohingya",),
    }
    values.update(fields)
    return Annotation(**values)  # type: ignore[arg-type]


def test_an_added_annotation_is_on_disk_when_add_returns(library: Library) -> None:
    annotation = add_annotation(library, highlight(library))
    with Library.open(library.path) as second_connection:
        assert get_annotation(second_connection, annotation.id) == annotation


def test_anchor_keeps_quote_and_32_characters_of_context(library: Library) -> None:
    annotation = highlight(library)
    assert annotation.anchor is not None
    text = library.document(KEY).paragraph(6).text("ar") or ""
    assert annotation.anchor.quote == "الروهينغايا"
    assert text[: annotation.anchor.start].endswith(annotation.anchor.prefix)
    assert len(annotation.anchor.prefix) == 32 and len(annotation.anchor.suffix) == 32


def test_whole_paragraph_note_has_no_anchor(library: Library) -> None:
    note = highlight(library, anchor=None, color=None)
    add_annotation(library, note)
    assert get_annotation(library, note.id).anchor is None


def test_edits_are_saved_and_modified_moves_on(library: Library) -> None:
    annotation = add_annotation(library, highlight(library))
    edited = annotation.edited(note="نص جديد", tags=("a", "b"))
    save_annotation(library, edited)
    stored = get_annotation(library, annotation.id)
    assert stored.note == "نص جديد" and stored.tags == ("a", "b")
    assert stored.modified >= annotation.modified


def test_delete_keeps_a_tombstone_and_undo_brings_back_the_same_id(library: Library) -> None:
    annotation = add_annotation(library, highlight(library))
    delete_annotation(library, annotation.id)
    assert list_annotations(library) == []
    assert get_annotation(library, annotation.id).deleted is not None
    restored = undelete_annotation(library, annotation.id)
    assert restored.id == annotation.id and restored.deleted is None
    assert [a.id for a in list_annotations(library)] == [annotation.id]


def test_deleting_an_unknown_id_says_so(library: Library) -> None:
    with pytest.raises(AnnotationNotFound, match="no note with id"):
        delete_annotation(library, "nope")


def test_list_filters_by_tag_and_document(library: Library) -> None:
    first = add_annotation(library, highlight(library, tags=("palestine",)))
    add_annotation(library, highlight(library, tags=("other",)))
    assert [a.id for a in list_annotations(library, tag="Palestine")] == [first.id]
    assert len(list_annotations(library, document=KEY)) == 2
    assert list_annotations(library, document="elsewhere") == []
    assert all_tags(library) == [("other", 1), ("palestine", 1)]


@pytest.mark.parametrize(
    "note",
    [
        "<script>alert('x')</script><b>bold</b>",
        "\u202eمعكوس\u202c and \u2066isolated\u2069",
        "before\x00after",
        "ك" * 1_000_000,
        "𝔸 outside the BMP 😀",
    ],
)
def test_hostile_note_text_is_stored_exactly(library: Library, note: str) -> None:
    annotation = add_annotation(library, highlight(library, note=note))
    assert get_annotation(library, annotation.id).note == note


def test_merge_keeps_the_newer_copy_and_counts(library: Library) -> None:
    original = add_annotation(library, highlight(library, created="2026-01-01T00:00:00.000Z"))
    newer = original.edited(note="from the other laptop")
    older = highlight(library, id=original.id, note="stale", modified="2001-01-01T00:00:00.000Z")
    brand_new = highlight(library, number=5, quote="الإرهاب")
    summary = merge_annotations(library, [newer, brand_new])
    assert (summary.added, summary.updated, summary.unchanged) == (1, 1, 0)
    assert get_annotation(library, original.id).note == "from the other laptop"
    summary = merge_annotations(library, [older, newer, brand_new])
    assert (summary.added, summary.updated, summary.unchanged) == (0, 0, 3)
    assert str(summary) == (
        "0 added, 0 updated, 3 unchanged, 0 kept deleted, "
        "0 dated in the future (local copy kept), 0 kept for review"
    )


def test_merge_compares_timestamps_as_instants_not_text(library: Library) -> None:
    original = add_annotation(library, highlight(library, modified="2026-01-01T10:00:00.000Z"))
    # 11:30 in +01:00 is 10:30 UTC: newer, although it sorts lower as text.
    offset = highlight(library, id=original.id, note="newer", modified="2026-01-01T11:30:00+01:00")
    assert merge_annotations(library, [offset]).updated == 1


def test_a_failing_merge_changes_nothing(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    existing = add_annotation(library, highlight(library))
    incoming = [highlight(library, note="one"), highlight(library, note="two")]
    real_insert = store_annotations._insert
    calls: list[str] = []

    def insert_then_fail(target: Library, annotation: Annotation) -> None:
        calls.append(annotation.id)
        if len(calls) == 2:
            raise OSError("disk full")
        real_insert(target, annotation)

    monkeypatch.setattr(store_annotations, "_insert", insert_then_fail)
    with pytest.raises(OSError, match="disk full"):
        merge_annotations(library, incoming)
    assert [a.id for a in list_annotations(library)] == [existing.id]


def test_annotations_survive_a_reload_of_the_bundled_document(library: Library) -> None:
    annotation = add_annotation(library, highlight(library))
    library.db.execute("UPDATE documents SET content_hash = 'changed' WHERE key = ?", [KEY])
    assert library.refresh_bundled_documents() == [KEY]
    assert get_annotation(library, annotation.id) == annotation


def test_timestamps_are_utc_with_milliseconds() -> None:
    stamp = now_timestamp()
    assert stamp.endswith("Z") and len(stamp.split(".")[1]) == 4
