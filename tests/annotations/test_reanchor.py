"""Notes follow the text to a new revision, or say plainly that they need a look; none is lost."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from oicreader.annotations.reanchor import Placement, place_annotation
from oicreader.importing.bundle import load_document_folder
from oicreader.importing.import_plan import import_files
from oicreader.model.annotation import Annotation, TextAnchor
from oicreader.model.document import Document
from oicreader.text.paragraph_alignment import ParagraphMap, align_paragraphs
from tests.conftest import BUNDLED_FOLDER

HERE = Path(__file__).resolve().parent
FINAL = HERE.parent / "importing" / "fixtures" / "final-revision"
SPECS: list[dict[str, Any]] = json.loads(
    (HERE / "fixtures" / "draft-annotations.json").read_text(encoding="utf-8")
)


def nth(text: str, quote: str, occurrence: int) -> int:
    """Where the n-th occurrence (1-based) of quote starts in text."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        assert start >= 0, f"{quote!r} occurs fewer than {occurrence} times"
    return start


def draft_annotation(spec: dict[str, Any], draft: Document) -> Annotation:
    """The annotation a fixture entry describes, made on the draft."""
    text = draft.paragraph(spec["paragraph"]).text(spec["lang"])
    assert text is not None
    anchor = None
    if spec["quote"]:
        start = nth(text, spec["quote"], spec["occurrence"])
        anchor = TextAnchor.in_text(text, start, start + len(spec["quote"]))
    return Annotation(spec["id"], draft.id, 1, spec["paragraph"], spec["lang"], anchor)


def assert_expected(spec: dict[str, Any], placement: Placement, final: Document) -> None:
    """A placement is what the fixture expects: where, which words, and whether to review."""
    expect = spec["expect"]
    label = f"{spec['id']} ({spec['why']})"
    assert ("review" if placement.needs_review else "placed") == expect["status"], label
    assert placement.paragraph_number == expect["paragraph"], label
    if expect["quote"]:
        text = final.paragraph(expect["paragraph"]).text(spec["lang"])
        assert text is not None
        start = nth(text, expect["quote"], expect["occurrence"])
        assert placement.anchor is not None, label
        assert (placement.anchor.start, placement.anchor.end) == (
            start,
            start + len(expect["quote"]),
        )
    elif expect["status"] == "placed" or placement.outcome == "not-placed":
        assert placement.anchor is None, label


@pytest.fixture(scope="module")
def revisions() -> tuple[Document, Document]:
    draft = load_document_folder(BUNDLED_FOLDER)
    final = import_files([FINAL / "ar.txt", FINAL / "en.txt", FINAL / "fr.txt"]).document
    return draft, final


def place(annotation: Annotation, draft: Document, final: Document) -> Placement:
    language = annotation.language
    old, new = draft.versions[language].paragraphs, final.versions[language].paragraphs
    return place_annotation(annotation, new, ParagraphMap(align_paragraphs(old, new)))


def test_the_fixture_covers_short_repeated_and_deleted_quotes(
    revisions: tuple[Document, Document],
) -> None:
    draft, _ = revisions
    quoted = [spec for spec in SPECS if spec["quote"]]
    everywhere = {
        language: " ".join(version.paragraphs.values())
        for language, version in draft.versions.items()
    }
    assert len(SPECS) == 30 and len(quoted) == 27
    assert sum(len(spec["quote"]) < 20 for spec in quoted) >= 10
    assert sum(everywhere[spec["lang"]].count(spec["quote"]) > 1 for spec in quoted) >= 8
    inside = [spec for spec in quoted if re.search(r"\b(in|inside) the deleted", spec["why"])]
    assert len(inside) == 5


@pytest.mark.parametrize("spec", SPECS, ids=[spec["id"][-2:] for spec in SPECS])
def test_each_draft_note_lands_on_the_final_as_expected(
    spec: dict[str, Any], revisions: tuple[Document, Document]
) -> None:
    draft, final = revisions
    assert_expected(spec, place(draft_annotation(spec, draft), draft, final), final)


def test_a_short_quote_never_jumps_to_a_look_alike_elsewhere(
    revisions: tuple[Document, Document],
) -> None:
    draft, final = revisions
    # "deep concern" was edited away in paragraph 6; paragraph 7 still says "deep concern".
    spec = next(s for s in SPECS if s["quote"] == "deep concern" and s["paragraph"] == 6)
    placement = place(draft_annotation(spec, draft), draft, final)
    assert placement.paragraph_number == 6 and placement.needs_review


def test_a_quote_is_not_found_inside_a_longer_word() -> None:
    old = {1: "The farms and the arms trade."}
    new = {1: "The farms trade was discussed at length today, and nothing more."}
    start = old[1].index("arms trade")
    annotation = Annotation("x", "doc", 1, 1, "en", TextAnchor.in_text(old[1], start, start + 4))
    placement = place_annotation(annotation, new, ParagraphMap(align_paragraphs(old, new)))
    assert placement.outcome == "not-placed" and placement.anchor is None


def test_a_note_on_a_deleted_paragraph_is_kept_on_the_one_now_in_its_place() -> None:
    old = {
        1: "First paragraph words here.",
        2: "Second paragraph gone entirely.",
        3: "Third paragraph stays put.",
    }
    new = {1: "First paragraph words here.", 2: "Third paragraph stays put."}
    annotation = Annotation("x", "doc", 1, 2, "en")
    placement = place_annotation(annotation, new, ParagraphMap(align_paragraphs(old, new)))
    assert placement.outcome == "not-placed" and placement.paragraph_number == 1
    assert "paragraph 2 is not in the new revision" in placement.reason


def test_every_outcome_says_why_when_it_needs_review(
    revisions: tuple[Document, Document],
) -> None:
    draft, final = revisions
    placements = [place(draft_annotation(spec, draft), draft, final) for spec in SPECS]
    assert all(p.reason for p in placements if p.needs_review)
    assert all(not p.reason for p in placements if not p.needs_review)
