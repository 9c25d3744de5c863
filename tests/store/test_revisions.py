"""Importing a plan: a new document, or a new revision that keeps the old one, in one commit."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oicreader.importing.import_plan import import_files
from oicreader.model.annotation import Annotation
from oicreader.store import revisions as revisions_module
from oicreader.store.annotations import add_annotation, list_annotations
from oicreader.store.backups import list_backups
from oicreader.store.library import Library
from oicreader.store.revisions import (
    NoEarlierRevision,
    RevisionUnchanged,
    compare_revisions,
    import_plan,
    import_target,
)
from oicreader.store.search import search
from tests.conftest import BUNDLED_FOLDER

FIXTURES = Path(__file__).resolve().parents[1] / "importing" / "fixtures"
FINAL = FIXTURES / "final-revision"
FINAL_FILES = [FINAL / "ar.txt", FINAL / "en.txt", FINAL / "fr.txt"]


def test_a_new_symbol_becomes_a_new_document(tmp_path: Path) -> None:
    word = FIXTURES / "libreoffice-fr-restart.docx"
    copy = tmp_path / "rapport.docx"
    shutil.copyfile(word, copy)
    plan = import_files([copy], symbol="OIC/TEST/FR")
    with Library.open() as library:
        assert not import_target(library, plan).adds_revision
        outcome = import_plan(library, plan)
        assert outcome.key == "oic-test-fr" and outcome.revision == 1 and outcome.notes is None
        assert [r.number for r in library.revisions("OIC/TEST/FR")] == [1]
        assert library.document("OIC/TEST/FR").paragraph_numbers == list(range(1, 17))


def test_a_known_symbol_adds_a_revision_and_keeps_the_old_one() -> None:
    with Library.open() as library:
        draft_text = library.document(None).paragraph(5).text("en")
        outcome = import_plan(library, import_files(FINAL_FILES))
        assert outcome.key == "oic-acm-2017-chair-rep" and outcome.revision == 2
        summaries = library.revisions(outcome.key)
        assert [(r.number, r.label, r.current) for r in summaries] == [
            (1, "draft", False),
            (2, "final", True),
        ]
        assert library.document(outcome.key, revision=1).paragraph(5).text("en") == draft_text
        current = library.document(outcome.key)
        assert current.status == "final" and current.paragraph_numbers == list(range(1, 18))
        assert library.summaries()[0].paragraph_count == 17


def test_search_sees_only_the_current_revision() -> None:
    with Library.open() as library:
        import_plan(library, import_files(FINAL_FILES))
        assert [hit.paragraph_number for hit in search(library, "specialised agencies")] == [8]
        assert search(library, "International Terrorism") == []


def test_a_backup_is_taken_before_a_revision_is_added() -> None:
    with Library.open() as library:
        outcome = import_plan(library, import_files(FINAL_FILES))
    assert outcome.backup is not None and outcome.backup.is_file()
    assert "before-new-revision" in [info.reason for info in list_backups()]


def test_the_same_text_again_is_refused_and_changes_nothing() -> None:
    with Library.open() as library:
        import_plan(library, import_files(FINAL_FILES))
        with pytest.raises(RevisionUnchanged, match="same text as revision 2"):
            import_plan(library, import_files(FINAL_FILES))
        assert len(library.revisions(None)) == 2


def test_a_failure_while_moving_notes_leaves_the_library_as_it_was(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def broken(*arguments: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(revisions_module, "move_annotations", broken)
    with Library.open() as library:
        note = Annotation("n1", "oic-acm-2017-chair-rep", 1, 9, "en", note="kept")
        add_annotation(library, note)
        with pytest.raises(RuntimeError, match="disk full"):
            import_plan(library, import_files(FINAL_FILES))
        assert [r.number for r in library.revisions(None)] == [1]
        assert list_annotations(library) == [note]


def test_a_bundled_reload_after_a_new_revision_keeps_the_imported_revision_current(
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "documents"
    shutil.copytree(BUNDLED_FOLDER, bundle / BUNDLED_FOLDER.name)
    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(bundle)
        import_plan(library, import_files(FINAL_FILES))
    english = bundle / BUNDLED_FOLDER.name / "en.txt"
    english.write_text(
        english.read_text(encoding="utf-8").replace(
            "The meeting condemned", "The meeting firmly condemned"
        ),
        encoding="utf-8",
    )
    with Library.open(load_bundled=False) as library:
        assert library.refresh_bundled_documents(bundle) == [BUNDLED_FOLDER.name]
        assert library.refresh_bundled_documents(bundle) == []
        assert library.current_revision_number(BUNDLED_FOLDER.name) == 2
        current = library.document(None)
        assert current.status == "final" and len(current.paragraph_numbers) == 17
        draft = library.document(None, revision=1)
        assert draft.paragraph(5).text("en").startswith("The meeting firmly condemned")


def test_comparing_defaults_to_the_last_two_revisions() -> None:
    with Library.open() as library:
        with pytest.raises(NoEarlierRevision, match="one revision only"):
            compare_revisions(library, None)
        import_plan(library, import_files(FINAL_FILES))
        comparison = compare_revisions(library, None, languages=["en"])
    assert (comparison.old_revision.number, comparison.new_revision.number) == (1, 2)
    assert ("inserted", None, 8) in [
        (c.change, c.old_number, c.new_number) for c in comparison.changes
    ]
