"""Notes carried to a new revision in the library: moved, or kept and listed for review."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from oicreader.importing.import_plan import import_files
from oicreader.model.annotation import TextAnchor
from oicreader.store import schema
from oicreader.store.annotation_moves import reattach_annotation
from oicreader.store.annotations import (
    add_annotation,
    delete_annotation,
    get_annotation,
    list_annotations,
    undelete_annotation,
)
from oicreader.store.library import Library
from oicreader.store.reviews import accept_placement, list_reviews
from oicreader.store.revisions import import_plan
from tests.annotations.test_reanchor import SPECS, draft_annotation, nth
from tests.store.conftest import install_library_file

FIXTURES = Path(__file__).resolve().parents[1] / "importing" / "fixtures"
FINAL = FIXTURES / "final-revision"
FINAL_FILES = [FINAL / "ar.txt", FINAL / "en.txt", FINAL / "fr.txt"]
EXPECTED_REVIEW = {spec["id"] for spec in SPECS if spec["expect"]["status"] == "review"}


@pytest.fixture
def library() -> Iterator[Library]:
    """The bundled draft with the thirty fixture annotations on it."""
    opened = Library.open()
    draft = opened.document(None)
    for spec in SPECS:
        add_annotation(opened, draft_annotation(spec, draft))
    yield opened
    opened.close()


def test_the_final_revision_moves_every_note_it_can_and_lists_the_rest(library: Library) -> None:
    with library:
        outcome = import_plan(library, import_files(FINAL_FILES))
        assert outcome.notes is not None and outcome.notes.needs_review == len(EXPECTED_REVIEW)
        notes = list_annotations(library)
        reviews = list_reviews(library, "oic-acm-2017-chair-rep")
        final = library.document(None)
    assert len(notes) == 30 and {note.revision for note in notes} == {2}
    assert {item.annotation.id for item in reviews} == EXPECTED_REVIEW
    by_id = {note.id: note for note in notes}
    for spec in SPECS:
        expect, note = spec["expect"], by_id[spec["id"]]
        assert note.paragraph_number == expect["paragraph"], spec["why"]
        if expect["status"] == "placed" and expect["quote"]:
            text = final.paragraph(expect["paragraph"]).text(spec["lang"]) or ""
            start = nth(text, expect["quote"], expect["occurrence"])
            assert note.anchor == TextAnchor.in_text(text, start, start + len(expect["quote"]))


def test_a_review_keeps_the_original_quote_and_context(library: Library) -> None:
    with library:
        draft_text = library.document(None).paragraph(5).text("en") or ""
        import_plan(library, import_files(FINAL_FILES))
        [item] = [
            i
            for i in list_reviews(library)
            if i.original.anchor and i.original.anchor.quote.startswith("1999 OIC Convention")
        ]
    original = item.original
    assert original.revision == 1 and original.paragraph_number == 5
    assert original.anchor is not None
    start = draft_text.index("1999 OIC Convention")
    assert original.anchor == TextAnchor.in_text(draft_text, start, original.anchor.end)
    assert item.outcome == "not-placed" and item.annotation.anchor is None
    assert "not in the new revision" in item.reason


def test_reattaching_by_hand_places_the_note_and_closes_its_review(library: Library) -> None:
    with library:
        import_plan(library, import_files(FINAL_FILES))
        item = next(i for i in list_reviews(library) if i.annotation.language == "en")
        text = library.document(None).paragraph(5).text("en") or ""
        start = text.index("terrorist attacks")
        anchor = TextAnchor.in_text(text, start, start + len("terrorist attacks"))
        moved = reattach_annotation(library, item.annotation.id, 5, "en", anchor)
        assert moved.anchor == anchor and moved.revision == 2
        assert item.annotation.id not in {i.annotation.id for i in list_reviews(library)}
        assert len(list_reviews(library, include_resolved=True)) == len(EXPECTED_REVIEW)


def test_accepting_a_placement_keeps_it_and_closes_the_review(library: Library) -> None:
    with library:
        import_plan(library, import_files(FINAL_FILES))
        doubtful = next(i for i in list_reviews(library) if i.outcome == "doubtful")
        kept = accept_placement(library, doubtful.annotation.id)
        assert kept == get_annotation(library, doubtful.annotation.id)
        assert doubtful.annotation.id not in {i.annotation.id for i in list_reviews(library)}


def test_a_deleted_note_moves_too_so_undo_brings_it_back_where_it_belongs() -> None:
    with Library.open() as library:
        draft = library.document(None)
        spec = next(s for s in SPECS if s["quote"] == "Islamophobia")
        note = add_annotation(library, draft_annotation(spec, draft))
        delete_annotation(library, note.id)
        import_plan(library, import_files(FINAL_FILES))
        assert list_annotations(library) == []
        restored = undelete_annotation(library, note.id)
    assert restored.revision == 2 and restored.paragraph_number == 9
    assert restored.anchor is not None and restored.anchor.quote == "Islamophobia"


def test_a_third_revision_tries_the_original_words_again(library: Library, tmp_path: Path) -> None:
    # Revision 3 restores the sentence revision 2 deleted: the notes inside it come back.
    restored = tmp_path / "en.txt"
    draft_english = (
        FINAL.parents[3] / "resources" / "documents" / "oic-acm-2017-chair-rep" / "en.txt"
    ).read_text(encoding="utf-8")
    sentence = draft_english[
        draft_english.index(" The meeting also called for the implementation") :
    ]
    sentence = sentence[: sentence.index("trafficking.") + len("trafficking.")]
    final_english = (FINAL / "en.txt").read_text(encoding="utf-8")
    marker = "at an early stage."
    restored.write_text(final_english.replace(marker, marker + sentence), encoding="utf-8")
    with library:
        import_plan(library, import_files(FINAL_FILES))
        import_plan(library, import_files([FINAL / "ar.txt", restored, FINAL / "fr.txt"]))
        note = get_annotation(library, "00000000-0000-4000-8000-000000000007")
        open_reviews = {item.annotation.id for item in list_reviews(library)}
    assert note.revision == 3 and note.anchor is not None
    assert note.anchor.quote == "1999 OIC Convention on Combating International Terrorism"
    assert note.id not in open_reviews


def test_a_version_3_library_migrates_with_its_notes_and_nothing_to_review(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(Path(__file__).parent / "fixtures" / "library-v3.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        notes = list_annotations(library, include_deleted=True)
        assert len(notes) == 3 and sum(note.deleted is not None for note in notes) == 1
        assert list_reviews(library) == []
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
