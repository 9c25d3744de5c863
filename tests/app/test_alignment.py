"""Re-linking a translation's rows: stored with the revision, made again on the same files."""

from __future__ import annotations

import shutil
from dataclasses import replace
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


BUNDLED_FILES = [BUNDLED_FOLDER / f"{language}.txt" for language in ("ar", "en", "fr")]


def import_between(session: Session, tmp_path: Path, symbol: str) -> None:
    """Another revision of the document, so that the same files can be imported again."""
    other = tmp_path / "other"
    other.mkdir()
    between = [ARABIC_SOURCE, text_file(other, "en", dropping(5))]
    import_reports(session, read_reports(between, symbol))


def test_a_relink_of_the_bundled_report_is_made_again_on_its_files(
    session: Session, tmp_path: Path
) -> None:
    relink(session, KEY, "fr", 3, "merge")
    relinked = session.document(KEY).versions["fr"].paragraphs
    symbol = session.document(KEY).symbol
    import_between(session, tmp_path, symbol)
    outcome = import_reports(session, read_reports(BUNDLED_FILES, symbol)).outcome
    assert (outcome.key, outcome.revision) == (KEY, 3)
    version = session.document(KEY).versions["fr"]
    assert version.paragraphs == relinked and version.links[4].spans == (3, 4)


def test_a_relink_of_the_bundled_report_survives_a_reload_of_its_files(
    session: Session, tmp_path: Path
) -> None:
    relink(session, KEY, "en", 9, "merge")
    relinked = session.document(KEY).versions["en"]
    # An update that changes the bundled files but not their text (here, the meta file).
    folder = tmp_path / KEY
    shutil.copytree(BUNDLED_FOLDER, folder)
    with (folder / "meta.json").open("a", encoding="utf-8") as meta:
        meta.write("\n")
    assert session.library.refresh_bundled_documents(tmp_path) == [KEY]
    reloaded = session.document(KEY).versions["en"]
    assert reloaded.paragraphs == relinked.paragraphs and reloaded.links == relinked.links


def test_a_relink_of_a_revision_stored_without_a_key_is_made_again_on_its_files(
    session: Session, tmp_path: Path
) -> None:
    # A revision imported before alignment keys were kept has none.
    files = [ARABIC_SOURCE, text_file(tmp_path, "en", merging(9))]
    plan = read_reports(files, SYMBOL)
    keyless = replace(plan, document=replace(plan.document, alignment_key=""))
    key = import_reports(session, keyless).outcome.key
    assert session.document(key).alignment_key == ""
    relink(session, key, "en", 9, "split")
    import_between(session, tmp_path, SYMBOL)
    assert import_reports(session, read_reports(files, SYMBOL)).outcome.revision == 3
    version = session.document(key).versions["en"]
    assert (version.paragraphs[9], version.paragraphs[10]) == (english()[9], english()[10])
