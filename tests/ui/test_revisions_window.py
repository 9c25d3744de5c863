"""Revisions in the window: importing a final after the draft, comparing, reviewing notes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from oicreader.store.annotations import add_annotation, get_annotation, list_annotations
from oicreader.store.library import Library
from oicreader.store.reviews import list_reviews
from oicreader.ui.compare_dialog import CompareDialog
from oicreader.ui.import_dialog import ImportDialog
from oicreader.ui.main_window import MainWindow
from oicreader.ui.review_dialog import ReviewDialog
from tests.conftest import REPOSITORY_ROOT
from tests.ui.test_annotating import select_words

pytestmark = pytest.mark.gui

FINAL = REPOSITORY_ROOT / "tests" / "importing" / "fixtures" / "final-revision"
KEY = "oic-acm-2017-chair-rep"


@pytest.fixture
def final_files(tmp_path: Path) -> list[Path]:
    copies = []
    for name in ("ar.txt", "en.txt", "fr.txt"):
        shutil.copyfile(FINAL / name, tmp_path / name)
        copies.append(tmp_path / name)
    return copies


def test_the_import_dialog_shows_each_file_and_that_it_adds_a_revision(
    window: MainWindow, final_files: list[Path]
) -> None:
    dialog = window.imports.import_dialog(window.imports.read_in_background(final_files))
    languages = [choice.currentData() for choice in dialog.language_choices]
    assert languages == ["ar", "en", "fr"], "each file's language detected"
    assert dialog.symbol.text() == "OIC/ACM-2017/CHAIR-REP"
    assert "adds revision 2" in dialog.summary.text()
    dialog.deleteLater()


def test_importing_the_final_moves_notes_and_lists_the_rest_for_review(
    window: MainWindow, library: Library, final_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.reading.jump_to_paragraph(6)
    select_words(window, 6, "en", "Rohingya Muslim communities")
    kept = window.notes.highlight_selection()
    assert kept is not None
    monkeypatch.setattr(ImportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text: told.append(text))
    key = window.imports.import_reports(final_files)
    assert key == KEY
    assert [r.number for r in library.revisions(KEY)] == [1, 2]
    moved = get_annotation(library, kept.id)
    assert moved.revision == 2, "the note follows the text to the new revision"
    assert moved.anchor is not None and moved.anchor.quote == "Rohingya Muslim communities"
    assert len(list_annotations(library)) == 1
    assert window.document is not None and window.document.id == KEY


def test_compare_shows_what_changed(
    window: MainWindow, library: Library, final_files: list[Path]
) -> None:
    assert window.imports.import_reports(final_files, confirm=False) == KEY
    dialog = window.library_controller.compare_revisions()
    assert isinstance(dialog, CompareDialog)
    text = dialog.view.toPlainText()
    assert "inserted" in text and "is now" in text
    assert dialog.count.text().split()[0].isdigit() and int(dialog.count.text().split()[0]) > 0
    dialog.close()


def test_review_keeps_or_reattaches_a_note_and_none_is_dropped(
    window: MainWindow, library: Library, final_files: list[Path]
) -> None:
    # A short quote inside the sentence the final deletes cannot be placed with confidence.
    draft = library.document(KEY)
    text = draft.paragraph(5).text("en") or ""
    from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id

    start = text.index("organised crime")
    doubtful = add_annotation(
        library,
        Annotation(new_annotation_id(), KEY, 1, 5, "en",
                   TextAnchor.in_text(text, start, start + len("organised crime"))),
    )  # fmt: skip
    assert window.imports.import_reports(final_files, confirm=False) == KEY
    reviews = list_reviews(library, KEY)
    if not reviews:
        pytest.fail("the fixture's deleted sentence should leave this note for review")
    dialog = window.note_exchange.review_notes()
    assert isinstance(dialog, ReviewDialog) and dialog.list.count() == len(reviews)
    window.reading.jump_to_paragraph(6)
    select_words(window, 6, "en", "Arakan region")
    dialog.list.setCurrentRow(0)
    dialog.attach_button.click()
    reattached = get_annotation(
        library, dialog.items[0].annotation.id if dialog.items else doubtful.id
    )
    assert len(list_reviews(library, KEY)) == len(reviews) - 1
    assert any(a.id == doubtful.id for a in list_annotations(library)), "never dropped"
    assert reattached.deleted is None
    dialog.close()
