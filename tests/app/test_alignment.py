"""Re-linking a translation's rows: stored with the revision, made again on the same files."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.app.alignment import relink, with_corrections
from oicreader.app.notes import add_note, get_note
from oicreader.app.reports import (
    RevisionUnchanged,
    import_reports,
    read_reports,
    refuse_an_unchanged_revision,
)
from oicreader.app.session import Session
from oicreader.errors import UserFacingError
from oicreader.importing.plain_text import read_report_file
from oicreader.model.annotation import TextAnchor
from oicreader.store.search import search
from tests.app.conftest import KEY
from tests.conftest import ARABIC_SOURCE, BUNDLED_FOLDER
from tests.importing.perturbed_files import dropping, merging, text_file

SYMBOL = "OIC/TEST/ALIGN"


def english() -> dict[int, str]:
    return read_report_file(BUNDLED_FOLDER / "en.txt", "en").paragraphs


def import_merged(session: Session, folder: Path) -> str:
    """The Arabic with an English that merged paragraphs 9 and 10, as a new document."""
    files = [ARABIC_SOURCE, text_file(folder, "en", merging(9))]
    return import_reports(session, read_reports(files, SYMBOL)).outcome.key


def test_splitting_a_merged_row_gives_each_row_its_own_text(
    session: Session, tmp_path: Path
) -> None:
    key = import_merged(session, tmp_path)
    changes = relink(session, key, "en", 10, "split")
    assert changes.document == key and changes.paragraphs == {9, 10}
    version = session.document(key).versions["en"]
    assert (version.paragraphs[9], version.paragraphs[10]) == (english()[9], english()[10])
    assert version.links[9].spans == (9,) and version.links[9].confidence == 1.0


def test_a_relink_persists_across_reopen_and_reaches_search(
    session: Session, tmp_path: Path
) -> None:
    key = import_merged(session, tmp_path)
    relink(session, key, "en", 9, "split")
    session.reopen()
    assert session.document(key).versions["en"].paragraphs[10] == english()[10]
    hits = search(session.library, "Voice of Wisdom", language="en")
    assert [hit.paragraph_number for hit in hits if hit.symbol == SYMBOL] == [9]


def test_the_same_files_imported_again_are_relinked_alike(session: Session, tmp_path: Path) -> None:
    key = import_merged(session, tmp_path)
    relink(session, key, "en", 9, "split")
    files = [ARABIC_SOURCE, text_file(tmp_path, "en", merging(9))]
    # The same files hold the text of the revision as re-linked: nothing new to import.
    with pytest.raises(RevisionUnchanged):
        refuse_an_unchanged_revision(session, read_reports(files, SYMBOL))
    # After another revision, the same files come back re-linked as the reader left them.
    other = tmp_path / "other"
    other.mkdir()
    between = [ARABIC_SOURCE, text_file(other, "en", dropping(5))]
    assert import_reports(session, read_reports(between, SYMBOL)).outcome.revision == 2
    outcome = import_reports(session, read_reports(files, SYMBOL)).outcome
    assert outcome.revision == 3
    version = session.document(key).versions["en"]
    assert (version.paragraphs[9], version.paragraphs[10]) == (english()[9], english()[10])


def test_corrections_apply_once_to_a_plan(session: Session, tmp_path: Path) -> None:
    key = import_merged(session, tmp_path)
    relink(session, key, "en", 8, "down")
    plan = read_reports([ARABIC_SOURCE, text_file(tmp_path, "en", merging(9))], SYMBOL)
    once = with_corrections(session, plan)
    assert with_corrections(session, once) is once
    assert (
        once.document.versions["en"].paragraphs == session.document(key).versions["en"].paragraphs
    )
    assert (
        once.content_hash != plan.content_hash and once.document.alignment_key == plan.content_hash
    )


def test_a_relink_that_cannot_be_made_names_the_document_row_and_version(
    session: Session, tmp_path: Path
) -> None:
    key = import_merged(session, tmp_path)
    with pytest.raises(UserFacingError) as caught:
        relink(session, key, "en", 16, "down")
    message = str(caught.value)
    assert SYMBOL in message and "English" in message and "row 16" in message
    assert "nothing was changed" in message
    with pytest.raises(UserFacingError, match="it is the source"):
        relink(session, key, "ar", 3, "up")


def test_a_numbered_version_can_be_relinked_too(session: Session) -> None:
    before = session.document(KEY).versions["fr"].paragraphs
    changes = relink(session, KEY, "fr", 3, "merge")
    after = session.document(KEY).versions["fr"]
    assert changes.paragraphs == {3, 4}
    assert after.paragraphs[3] == after.paragraphs[4] == f"{before[3]} {before[4]}"
    assert after.links[4].spans == (3, 4)


def test_notes_on_a_relinked_row_follow_their_words(session: Session, tmp_path: Path) -> None:
    key = import_merged(session, tmp_path)
    merged = session.document(key).versions["en"].paragraphs[10]
    start = merged.index("Lake Chad Basin")
    anchor = TextAnchor.in_text(merged, start, start + len("Lake Chad Basin"))
    note = add_note(session, key, 10, "en", anchor=anchor, note="humanitarian").annotation
    changes = relink(session, key, "en", 10, "split")
    assert changes.notes == {note.id}
    moved = get_note(session, note.id)
    text = session.document(key).versions["en"].paragraphs[moved.paragraph_number]
    assert moved.paragraph_number == 10 and moved.anchor is not None
    assert text[moved.anchor.start : moved.anchor.end] == "Lake Chad Basin"
    assert text == english()[10]
