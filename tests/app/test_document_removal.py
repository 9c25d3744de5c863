"""Documents taken out of the library: a backup first, their text gone, their notes kept or
removed as the reader chose."""

from __future__ import annotations

from dataclasses import replace

import pytest

from oicreader.app.library import BundledDocumentKept, count_documents, remove_documents
from oicreader.app.notes import NoteFilter, add_note, count_notes
from oicreader.app.search import search_library
from oicreader.app.session import Session
from oicreader.importing.bundle import load_document_folder
from oicreader.paths import backups_dir
from tests.app.conftest import KEY
from tests.conftest import REPOSITORY_ROOT


def add_copies(session: Session, *numbers: int) -> list[str]:
    """Copies of the report under symbols COPY/1…, each with a note on paragraph 4."""
    report = load_document_folder(REPOSITORY_ROOT / "resources" / "documents" / KEY)
    keys = []
    for number in numbers:
        key = f"copy-{number}"
        session.library.save_document(replace(report, id=key, symbol=f"COPY/{number}"), "imported")
        add_note(session, key, 4, "en", note=f"Position on copy {number}", tags=["copy"])
        keys.append(key)
    return keys


def test_removing_documents_takes_a_backup_and_their_text_out_of_search(
    session: Session,
) -> None:
    removed, kept = add_copies(session, 1, 2)
    hits_before = len(search_library(session, "Rohingya", limit=1000))
    changes = remove_documents(session, [removed], keep_notes=True)
    assert changes.notes == frozenset(), "no note was touched"
    assert count_documents(session) == 2
    assert [summary.key for summary in session.library.summaries()] == [KEY, kept]
    assert len(search_library(session, "Rohingya", limit=1000)) < hits_before
    assert any("before-removal" in backup.name for backup in backups_dir().iterdir())


def test_the_notes_of_a_removed_document_are_kept_when_the_reader_says_so(
    session: Session,
) -> None:
    [removed] = add_copies(session, 1)
    remove_documents(session, [removed], keep_notes=True)
    assert count_notes(session, NoteFilter(document=removed)) == 1


def test_the_notes_of_a_removed_document_go_with_it_otherwise(session: Session) -> None:
    removed, kept = add_copies(session, 1, 2)
    changes = remove_documents(session, [removed], keep_notes=False)
    assert count_notes(session, NoteFilter(document=removed)) == 0
    assert count_notes(session, NoteFilter(document=kept)) == 1
    assert len(changes.notes) == 1 and changes.tags_changed, "its tag is counted no more"


def test_the_report_that_comes_with_the_app_is_not_removed(session: Session) -> None:
    [other] = add_copies(session, 1)
    with pytest.raises(BundledDocumentKept, match="comes with OIC Reader"):
        remove_documents(session, [other, KEY], keep_notes=True)
    assert count_documents(session) == 2, "nothing is removed"
