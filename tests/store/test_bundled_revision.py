"""A library made before the bundled translations were revised (issue 21) keeps every note
on the revised paragraphs when the revised files are reloaded."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oicreader.annotations.quote_search import occurrences
from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id
from oicreader.store.annotations import add_annotation, list_annotations
from oicreader.store.library import Library
from oicreader.store.reviews import list_reviews
from tests.conftest import BUNDLED_FOLDER
from tests.importing.pdf_fixtures import PRINTED_REPORT

KEY = BUNDLED_FOLDER.name


@pytest.fixture
def pre_review_documents(tmp_path: Path) -> Path:
    """The bundled documents folder as it was before the review: the printed English and
    French texts beside today's Arabic (which the review did not touch)."""
    root = tmp_path / "documents"
    shutil.copytree(BUNDLED_FOLDER, root / KEY)
    for language in ("en", "fr"):
        shutil.copyfile(PRINTED_REPORT / f"{language}.txt", root / KEY / f"{language}.txt")
    return root


def note_on(library: Library, number: int, language: str, quote: str | None) -> Annotation:
    text = library.document(KEY).paragraph(number).text(language) or ""
    anchor = None
    if quote is not None:
        start = text.index(quote)
        anchor = TextAnchor.in_text(text, start, start + len(quote))
    annotation = Annotation(
        new_annotation_id(), KEY, 1, number, language, anchor, "#fff176", f"note on {number}"
    )
    return add_annotation(library, annotation)


def test_notes_on_revised_paragraphs_are_kept_when_the_reviewed_files_are_reloaded(
    pre_review_documents: Path,
) -> None:
    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(pre_review_documents)
        before = library.document(KEY).paragraph(6).text("en") or ""
        assert "passage of aid" in before
        arakan = note_on(library, 6, "en", "Arakan region")  # after the revised words
        chad = note_on(library, 10, "fr", "bassin du lac Tchad")
        revised_away = note_on(library, 13, "en", "excellent organisation")
        whole = note_on(library, 16, "fr", None)

    with Library.open(load_bundled=False) as library:
        assert library.refresh_bundled_documents() == [KEY]  # today's resources/documents
        document = library.document(KEY)
        kept = {annotation.id: annotation for annotation in list_annotations(library)}
        reviews = list_reviews(library, KEY)

    assert {key: note.note for key, note in kept.items()} == {
        note.id: note.note for note in (arakan, chad, revised_away, whole)
    }
    assert kept[whole.id] == whole
    sixth = document.paragraph(6).text("en") or ""
    assert "to allow the delivery of aid" in sixth
    moved = kept[arakan.id].anchor
    assert moved is not None and arakan.anchor is not None
    assert sixth[moved.start : moved.end] == "Arakan region" and moved.start != arakan.anchor.start
    assert chad.anchor is not None
    assert len(occurrences(document.paragraph(10).text("fr") or "", chad.anchor)) == 1
    # A highlight of words the review changed keeps its note, and is put up for review with
    # the words the reader chose: nothing is lost, and nothing is silently left behind.
    [review] = reviews
    assert review.annotation.id == revised_away.id
    assert review.original.anchor == revised_away.anchor
