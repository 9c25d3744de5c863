"""Importing notes: deletions stay deleted, future dates are not trusted, unknown places are
kept for review, and every incoming note is counted under exactly one outcome."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from oicreader.importing.import_plan import import_files
from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id
from oicreader.store import annotations as store_annotations
from oicreader.store.annotation_merge import MergeSummary
from oicreader.store.annotations import (
    add_annotation,
    delete_annotation,
    get_annotation,
    list_annotations,
    merge_annotations,
    undelete_annotation,
)
from oicreader.store.library import Library
from oicreader.store.reviews import list_reviews
from oicreader.store.revisions import import_plan
from tests.store.test_reviews import FINAL_FILES

KEY = "oic-acm-2017-chair-rep"
CREATED = "2025-01-10T09:00:00.000Z"
DELETED = "2025-03-01T12:00:00.000Z"
NOW = datetime(2025, 9, 1, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def library() -> Iterator[Library]:
    opened = Library.open()
    yield opened
    opened.close()


def note(library: Library, **fields: object) -> Annotation:
    """A highlight of «الروهينغايا» in paragraph 6 (Arabic), made on 10 January 2025."""
    text = library.document(KEY).paragraph(6).text("ar") or ""
    start = text.index("الروهينغايا")
    values: dict[str, object] = {
        "id": new_annotation_id(),
        "document": KEY,
        "revision": 1,
        "paragraph_number": 6,
        "language": "ar",
        "anchor": TextAnchor.in_text(text, start, start + len("الروهينغايا")),
        "color": "#fff176",
        "note": "ملاحظة",
        "created": CREATED,
    }
    values.update(fields)
    return Annotation(**values)  # type: ignore[arg-type]


def delete_at(
    library: Library, monkeypatch: pytest.MonkeyPatch, annotation_id: str, stamp: str
) -> None:
    """Delete a note as if the clock read `stamp`."""
    with monkeypatch.context() as clock:
        clock.setattr(store_annotations, "now_timestamp", lambda: stamp)
        delete_annotation(library, annotation_id)


def counts(summary: MergeSummary) -> tuple[int, ...]:
    return (
        summary.added,
        summary.updated,
        summary.unchanged,
        summary.kept_deleted,
        summary.future_dated_kept_local,
        summary.kept_for_review,
    )


# Deletions ------------------------------------------------------------------------------


def test_an_export_older_than_the_deletion_does_not_bring_the_note_back(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = add_annotation(library, note(library))
    delete_at(library, monkeypatch, exported.id, DELETED)
    summary = merge_annotations(library, [exported], now=NOW)
    assert counts(summary) == (0, 0, 0, 1, 0, 0)
    assert list_annotations(library) == []
    assert get_annotation(library, exported.id).deleted == DELETED


def test_a_copy_edited_after_the_deletion_comes_back_and_the_tombstone_goes(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = add_annotation(library, note(library))
    delete_at(library, monkeypatch, original.id, DELETED)
    edited_elsewhere = replace(original, note="edited later", modified="2025-04-01T08:00:00.000Z")
    summary = merge_annotations(library, [edited_elsewhere], now=NOW)
    assert counts(summary) == (0, 1, 0, 0, 0, 0)
    stored = get_annotation(library, original.id)
    assert stored.deleted is None and stored.note == "edited later"
    assert [a.id for a in list_annotations(library)] == [original.id]


def test_a_new_revision_moving_a_deleted_note_does_not_move_its_deletion_time(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Adding a revision rewrites `modified` of every note it moves, deleted ones too; the
    # deletion happened on 1 March all the same, and a copy edited in April is newer.
    original = add_annotation(library, note(library))
    delete_at(library, monkeypatch, original.id, DELETED)
    import_plan(library, import_files(FINAL_FILES))
    edited_elsewhere = replace(original, note="edited in April", modified="2025-04-01T08:00:00Z")
    summary = merge_annotations(library, [edited_elsewhere])
    assert summary.updated == 1 and summary.kept_deleted == 0
    assert get_annotation(library, original.id).note == "edited in April"


def test_an_undone_delete_leaves_no_tombstone_for_an_import_to_respect(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = add_annotation(library, note(library))
    delete_at(library, monkeypatch, original.id, DELETED)
    undelete_annotation(library, original.id)
    assert get_annotation(library, original.id).deleted is None
    summary = merge_annotations(library, [original], now=NOW)
    assert counts(summary) == (0, 0, 1, 0, 0, 0)
    assert [a.id for a in list_annotations(library)] == [original.id]


# Dates in the future ---------------------------------------------------------------------


def test_a_copy_dated_2099_does_not_overwrite_the_local_note_and_is_reported(
    library: Library,
) -> None:
    local = add_annotation(library, note(library))
    from_2099 = replace(local, note="overwrite", modified="2099-01-01T00:00:00.000Z")
    summary = merge_annotations(library, [from_2099], now=NOW)
    assert counts(summary) == (0, 0, 0, 0, 1, 0)
    assert get_annotation(library, local.id) == local
    [flagged] = summary.flagged
    assert flagged.id == local.id and flagged.outcome == "future-dated-kept-local"
    assert "2099-01-01T00:00:00.000Z" in flagged.reason


def test_a_copy_dated_in_the_future_does_not_undo_a_deletion(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    local = add_annotation(library, note(library))
    delete_at(library, monkeypatch, local.id, DELETED)
    summary = merge_annotations(library, [replace(local, modified="2099-01-01T00:00:00Z")], now=NOW)
    assert counts(summary) == (0, 0, 0, 0, 1, 0)
    assert list_annotations(library) == []


def test_a_created_time_in_the_future_is_as_suspicious_as_a_modified_one(
    library: Library,
) -> None:
    local = add_annotation(library, note(library))
    odd = replace(
        local, note="odd", created="2099-01-01T00:00:00Z", modified="2025-08-01T00:00:00Z"
    )
    assert merge_annotations(library, [odd], now=NOW).future_dated_kept_local == 1
    assert get_annotation(library, local.id).note == local.note


@pytest.mark.parametrize(
    ("ahead", "outcome"),
    [(timedelta(hours=23), "updated"), (timedelta(hours=25), "future_dated_kept_local")],
)
def test_up_to_a_day_ahead_is_clock_skew_beyond_it_is_the_future(
    library: Library, ahead: timedelta, outcome: str
) -> None:
    local = add_annotation(library, note(library))
    stamp = (NOW + ahead).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    summary = merge_annotations(library, [replace(local, note="skewed", modified=stamp)], now=NOW)
    assert getattr(summary, outcome) == 1


def test_a_new_note_dated_in_the_future_is_imported_and_kept_for_review(
    library: Library,
) -> None:
    from_2099 = note(library, created="2099-01-01T00:00:00.000Z")
    summary = merge_annotations(library, [from_2099], now=NOW)
    assert counts(summary) == (0, 0, 0, 0, 0, 1)
    assert get_annotation(library, from_2099.id) == from_2099
    [item] = list_reviews(library)
    assert item.annotation.id == from_2099.id and item.outcome == "doubtful"
    assert "future" in item.reason and "2099-01-01T00:00:00.000Z" in item.reason


def test_importing_a_future_dated_note_again_finds_it_unchanged(library: Library) -> None:
    from_2099 = note(library, created="2099-01-01T00:00:00.000Z")
    merge_annotations(library, [from_2099], now=NOW)
    summary = merge_annotations(library, [from_2099], now=NOW)
    assert counts(summary) == (0, 0, 1, 0, 0, 0) and summary.flagged == ()


# Places that do not exist ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("place", "missing"),
    [
        ({"document": "oic-no-such-report"}, "no document 'oic-no-such-report'"),
        ({"revision": 7}, "no revision 7"),
        ({"paragraph_number": 999}, "no paragraph 999 in 'ar'"),
        ({"language": "de"}, "no 'de' version"),
    ],
)
def test_a_note_on_a_place_the_library_lacks_is_kept_for_review_and_reported(
    library: Library, place: dict[str, object], missing: str
) -> None:
    stray = note(library, **place)
    summary = merge_annotations(library, [stray], now=NOW, source="notes.jsonld")
    assert counts(summary) == (0, 0, 0, 0, 0, 1)
    [flagged] = summary.flagged
    assert flagged.id == stray.id and flagged.outcome == "kept-for-review"
    assert missing in flagged.reason
    assert get_annotation(library, stray.id) == stray  # kept, never dropped
    [item] = list_reviews(library)
    assert item.annotation.id == stray.id and item.outcome == "not-placed"
    assert missing in item.reason and "notes.jsonld" in item.reason
    assert item.original == stray and item.placed_revision == stray.revision


def test_a_newer_copy_moved_to_a_missing_paragraph_updates_the_note_and_is_kept_for_review(
    library: Library,
) -> None:
    local = add_annotation(library, note(library))
    moved = replace(local, paragraph_number=999, anchor=None, modified="2025-05-01T00:00:00Z")
    summary = merge_annotations(library, [moved], now=NOW)
    assert counts(summary) == (0, 0, 0, 0, 0, 1)
    assert get_annotation(library, local.id) == moved
    assert [item.annotation.id for item in list_reviews(library)] == [local.id]


def test_notes_on_places_that_exist_open_no_review(library: Library) -> None:
    summary = merge_annotations(
        library, [note(library), note(library, language="en", anchor=None)], now=NOW
    )
    assert counts(summary) == (2, 0, 0, 0, 0, 0) and summary.flagged == ()
    assert list_reviews(library) == []


def test_an_older_revision_that_exists_is_a_real_place(library: Library) -> None:
    import_plan(library, import_files(FINAL_FILES))
    on_the_draft = note(library, revision=1, paragraph_number=5, language="en", anchor=None)
    assert merge_annotations(library, [on_the_draft]).added == 1
    assert list_reviews(library) == []


def test_every_incoming_note_is_counted_under_exactly_one_outcome(
    library: Library, monkeypatch: pytest.MonkeyPatch
) -> None:
    unchanged = add_annotation(library, note(library))
    to_update = add_annotation(library, note(library))
    to_delete = add_annotation(library, note(library))
    dated_2099 = add_annotation(library, note(library))
    delete_at(library, monkeypatch, to_delete.id, DELETED)
    incoming = [
        note(library),
        replace(to_update, note="newer", modified="2025-06-01T00:00:00Z"),
        unchanged,
        to_delete,
        replace(dated_2099, modified="2099-01-01T00:00:00Z"),
        note(library, document="oic-elsewhere"),
    ]
    summary = merge_annotations(library, incoming, now=NOW)
    assert counts(summary) == (1, 1, 1, 1, 1, 1)
    assert str(summary) == (
        "1 added, 1 updated, 1 unchanged, 1 kept deleted, "
        "1 dated in the future (local copy kept), 1 kept for review"
    )
