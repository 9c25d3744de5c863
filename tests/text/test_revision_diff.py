"""Comparing revisions: paragraphs paired by content, changes shown word by word in the original."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.importing.bundle import load_document_folder
from oicreader.importing.import_plan import import_files
from oicreader.model.document import Document
from oicreader.text.paragraph_alignment import ParagraphMap, align_paragraphs
from oicreader.text.revision_diff import change_json, compare_documents, compare_paragraphs
from oicreader.text.word_diff import word_changes
from tests.conftest import BUNDLED_FOLDER

FINAL = Path(__file__).resolve().parents[1] / "importing" / "fixtures" / "final-revision"
RENUMBERED = [(old, old + 1) for old in (8, 9, 10, 11, 12, 14, 15, 16)]


@pytest.fixture(scope="module")
def draft_and_final() -> tuple[Document, Document]:
    draft = load_document_folder(BUNDLED_FOLDER)
    final = import_files([FINAL / "ar.txt", FINAL / "en.txt", FINAL / "fr.txt"]).document
    return draft, final


def test_an_inserted_paragraph_renumbers_the_rest_instead_of_editing_them() -> None:
    old = {1: "Alpha beta gamma.", 2: "Delta epsilon zeta.", 3: "Eta theta iota."}
    new = {
        1: "Alpha beta gamma.",
        2: "A brand new paragraph.",
        3: "Delta epsilon zeta.",
        4: "Eta theta iota.",
    }
    changes = compare_paragraphs(old, new, "en")
    assert [(c.change, c.old_number, c.new_number) for c in changes] == [
        ("inserted", None, 2),
        ("renumbered", 2, 3),
        ("renumbered", 3, 4),
    ]


def test_a_deleted_paragraph_is_reported_with_its_text() -> None:
    changes = compare_paragraphs(
        {1: "Kept words here.", 2: "Gone words there."}, {1: "Kept words here."}, "en"
    )
    [deleted] = changes
    assert deleted.change == "deleted" and deleted.old_number == 2
    assert deleted.words[0].op == "delete" and deleted.words[0].old == "Gone words there."


def test_a_diacritic_alone_is_not_a_change_unless_asked() -> None:
    old, new = "أكد الاجتماع ذلك طبقاً لمبادئ الميثاق", "أكد الاجتماع ذلك طبقًا لمبادئ الميثاق"
    assert word_changes(old, new) == []
    [change] = word_changes(old, new, exact=True)
    assert (change.op, change.old, change.new) == ("replace", "طبقاً", "طبقًا")


def test_word_changes_point_at_the_original_text() -> None:
    old = "The meeting expressed its deep concern."
    new = "The meeting expressed its grave concern."
    [change] = word_changes(old, new)
    assert (change.op, change.old, change.new) == ("replace", "deep", "grave")
    assert old[change.old_start : change.old_end] == "deep"
    assert new[change.new_start : change.new_end] == "grave"


def test_alignment_follows_a_paragraph_across_renumbering() -> None:
    old = {1: "One two three four.", 2: "Five six seven eight."}
    new = {1: "Nine ten eleven twelve.", 2: "One two three four.", 3: "Five six seven eight!"}
    mapping = ParagraphMap(align_paragraphs(old, new))
    assert mapping.new_number(1) == 2 and mapping.new_number(2) == 3


def test_the_final_revision_shows_exactly_its_edits(
    draft_and_final: tuple[Document, Document],
) -> None:
    draft, final = draft_and_final
    changes = compare_documents(draft, final)
    by_language = {
        language: [
            (c.change, c.old_number, c.new_number) for c in changes if c.language == language
        ]
        for language in ("ar", "en", "fr")
    }
    common = [
        ("edited", 3, 3),
        ("edited", 5, 5),
        ("edited", 6, 6),
        ("inserted", None, 8),
        *[("renumbered", old, new) for old, new in RENUMBERED if old < 13],
        ("edited", 13, 14),
        *[("renumbered", old, new) for old, new in RENUMBERED if old > 13],
    ]
    assert by_language["en"] == common
    assert by_language["fr"] == common
    assert by_language["ar"] == [*common[:1], ("edited", 4, 4), *common[1:]]


def test_the_final_revision_s_word_changes(draft_and_final: tuple[Document, Document]) -> None:
    draft, final = draft_and_final
    changes = {(c.language, c.old_number): c for c in compare_documents(draft, final)}
    assert [(w.op, w.old, w.new) for w in changes["en", 6].words] == [("replace", "deep", "grave")]
    assert [(w.op, w.old, w.new) for w in changes["ar", 4].words] == [
        ("replace", "وللانتهكات", "وللانتهاكات")
    ]
    [deleted_sentence] = changes["en", 5].words
    assert deleted_sentence.op == "delete"
    assert deleted_sentence.old.startswith("The meeting also called for the implementation")
    assert deleted_sentence.old.endswith("arms and drug trafficking")
    assert changes["en", None].words[0].new.startswith("The meeting welcomed the efforts")


def test_diacritics_show_only_when_asked(draft_and_final: tuple[Document, Document]) -> None:
    draft, final = draft_and_final
    default = {(c.language, c.old_number) for c in compare_documents(draft, final, ["ar"])}
    exact = compare_documents(draft, final, ["ar"], exact=True)
    assert ("ar", 2) not in default
    [paragraph_two] = [c for c in exact if c.old_number == 2]
    assert [(w.old, w.new) for w in paragraph_two.words] == [("طبقاً", "طبقًا")]


def test_json_form_of_a_renumbered_paragraph() -> None:
    [change] = compare_paragraphs({8: "Same words."}, {9: "Same words."}, "en")
    assert change_json(change) == {
        "from": 8,
        "to": 9,
        "lang": "en",
        "change": "renumbered",
        "similarity": 1.0,
        "ops": [],
    }
