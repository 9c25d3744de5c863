"""Backups through the app layer: a restore reopens the library and says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.app.backups import (
    RestoreError,
    back_up_now,
    list_backups,
    restore_backup,
)
from oicreader.app.changes import Changes
from oicreader.app.notes import add_note, delete_note, list_notes
from oicreader.app.session import Session
from tests.app.conftest import KEY


def test_a_backup_taken_now_is_listed_first_as_manual(session: Session) -> None:
    path = back_up_now(session)
    newest = list_backups()[0]
    assert (newest.path, newest.reason) == (path, "manual")


def test_a_restore_reopens_the_library_and_reports_it(session: Session) -> None:
    kept = add_note(session, KEY, 6, "en", note="before the backup").annotation
    backup = back_up_now(session)
    add_note(session, KEY, 7, "en", note="after the backup")
    delete_note(session, kept.id)
    replaced = session.library
    restored = restore_backup(session, backup)
    assert restored.changes == Changes(library_reopened=True)
    assert session.library is not replaced
    assert [note.note for note in list_notes(session)] == ["before the backup"]
    assert restored.report.previous_copy is not None and restored.report.previous_copy.exists()
    # Undo would refer to the replaced library: it is forgotten.
    assert not session.can_undo_delete


def test_a_failed_restore_leaves_the_library_open_and_unchanged(
    session: Session, tmp_path: Path
) -> None:
    add_note(session, KEY, 6, "en", note="still here")
    damaged = tmp_path / "library-2026-01-01-000000-manual.db"
    damaged.write_bytes(b"not a database")
    with pytest.raises(RestoreError):
        restore_backup(session, damaged)
    assert [note.note for note in list_notes(session)] == ["still here"]
