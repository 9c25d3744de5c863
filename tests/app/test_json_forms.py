"""Each record's one JSON form (what `--json` prints): its fields, in their order, pinned.

Scripts read these objects; a field renamed, dropped or moved breaks them."""

from __future__ import annotations

from pathlib import Path

from oicreader.app.library import (
    document_summary_json,
    list_documents,
    list_revisions,
    revision_json,
)
from oicreader.app.note_exchange import FlaggedNote, MergeSummary, merge_summary_json
from oicreader.app.notes import TextAnchor, add_note, annotation_json
from oicreader.app.reports import import_json, import_reports, import_target, read_reports
from oicreader.app.reviews import notes_to_review, review_json
from oicreader.app.search import search_hit_json, search_library
from oicreader.app.session import Session
from tests.app.conftest import KEY
from tests.store.test_reviews import FINAL_FILES

DELETED_QUOTE = "1999 OIC Convention on Combating International Terrorism"


def test_a_document_summary_gives_its_id_symbol_title_date_status_languages_paragraphs(
    session: Session,
) -> None:
    [summary] = list_documents(session)
    assert document_summary_json(summary) == {
        "id": KEY,
        "symbol": "OIC/ACM-2017/CHAIR-REP",
        "title": summary.titles,
        "date": "2017-09-22",
        "status": "draft",
        "languages": ["ar", "en", "fr"],
        "paragraphs": 16,
    }
    assert list(document_summary_json(summary)) == [
        "id", "symbol", "title", "date", "status", "languages", "paragraphs",
    ]  # fmt: skip


def test_a_revision_gives_its_number_label_status_date_and_whether_current(
    session: Session,
) -> None:
    [revision] = list_revisions(session, KEY)
    form = revision_json(revision)
    assert list(form) == ["revision", "label", "status", "created", "current"]
    assert (form["revision"], form["label"], form["current"]) == (1, "draft", True)


def test_a_search_hit_gives_the_symbol_paragraph_language_snippet_and_match(
    session: Session,
) -> None:
    hit = search_library(session, "Palestine", KEY, "en")[0]
    form = search_hit_json(hit)
    assert list(form) == ["doc", "paragraph", "lang", "snippet", "start", "end"]
    assert form["doc"] == "OIC/ACM-2017/CHAIR-REP" and "**Palestine**" in str(form["snippet"])


def test_a_note_gives_where_it_is_its_words_colour_text_tags_and_dates(
    session: Session,
) -> None:
    text = session.document(KEY).paragraph(8).text("en") or ""
    start = text.index("Islamophobia")
    anchor = TextAnchor.in_text(text, start, start + len("Islamophobia"))
    note = add_note(session, KEY, 8, "en", anchor=anchor, note="hi", tags=["x"]).annotation
    form = annotation_json(note)
    assert list(form) == [
        "id", "doc", "revision", "paragraph", "lang", "quote", "start", "end",
        "color", "note", "tags", "created", "modified",
    ]  # fmt: skip
    assert (form["quote"], form["start"], form["tags"]) == ("Islamophobia", start, ["x"])


def test_a_note_to_review_gives_where_it_is_why_and_where_it_was(session: Session) -> None:
    text = session.document(KEY).paragraph(5).text("en") or ""
    start = text.index(DELETED_QUOTE)
    anchor = TextAnchor.in_text(text, start, start + len(DELETED_QUOTE))
    add_note(session, KEY, 5, "en", anchor=anchor, note="ours")
    import_reports(session, read_reports(FINAL_FILES))
    [item] = notes_to_review(session, KEY)
    form = review_json(item)
    assert list(form) == [
        "id", "doc", "revision", "paragraph", "lang", "quote", "start", "end",
        "outcome", "method", "score", "reason", "note", "original",
    ]  # fmt: skip
    original = form["original"]
    assert isinstance(original, dict)
    assert list(original) == [
        "revision", "paragraph", "lang", "quote", "prefix", "suffix", "start", "end",
    ]  # fmt: skip
    assert (form["outcome"], original["revision"], original["quote"]) == (
        "not-placed", 1, DELETED_QUOTE,
    )  # fmt: skip


def test_a_notes_import_gives_the_file_the_counts_per_outcome_and_the_flagged_notes() -> None:
    summary = MergeSummary(
        added=1, updated=2, unchanged=3, kept_deleted=4, future_dated_kept_local=5,
        kept_for_review=6, flagged=(FlaggedNote("n1", "kept-for-review", "no such paragraph"),),
    )  # fmt: skip
    assert merge_summary_json(Path("notes.json"), summary) == {
        "file": "notes.json",
        "added": 1,
        "updated": 2,
        "unchanged": 3,
        "kept_deleted": 4,
        "future_dated_kept_local": 5,
        "kept_for_review": 6,
        "flagged": [{"id": "n1", "outcome": "kept-for-review", "reason": "no such paragraph"}],
    }
    assert list(merge_summary_json(Path("notes.json"), summary)) == [
        "file", "added", "updated", "unchanged", "kept_deleted", "future_dated_kept_local",
        "kept_for_review", "flagged",
    ]  # fmt: skip


def test_an_import_gives_where_it_goes_its_files_and_the_notes_moved(session: Session) -> None:
    plan = read_reports(FINAL_FILES)
    target = import_target(session, plan)
    planned = import_json(plan, target, None)
    assert list(planned) == [
        "doc", "symbol", "symbol_from", "revision", "new_document", "imported", "status",
        "files", "notes",
    ]  # fmt: skip
    assert (planned["revision"], planned["imported"], planned["notes"]) == (2, False, None)
    files = planned["files"]
    assert isinstance(files, list)
    assert list(files[0]) == [
        "path", "lang", "format", "encoding", "language_given", "paragraphs", "pages",
        "footnotes_left_out",
    ]  # fmt: skip
    done = import_json(plan, target, import_reports(session, plan).outcome)
    assert done["imported"] is True
    assert done["notes"] == {"placed": 0, "doubtful": 0, "not_placed": 0}
