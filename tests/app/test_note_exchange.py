"""Notes to and from files through the app layer: the backup before an import."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.app.backups import back_up_now, list_backups, restore_backup
from oicreader.app.note_exchange import (
    PassphraseNeeded,
    export_notes_markdown,
    export_notes_sealed,
    export_notes_w3c,
    import_notes,
    library_is_encrypted,
    notes_file_is_sealed,
    read_notes_file,
)
from oicreader.app.notes import add_note, delete_note, list_notes
from oicreader.app.session import Session
from oicreader.store.encryption import is_encrypted
from tests.app.conftest import KEY


def reasons() -> list[str]:
    return [info.reason for info in list_backups()]


def test_an_import_of_notes_is_preceded_by_a_backup(session: Session, tmp_path: Path) -> None:
    note = add_note(session, KEY, 6, "en", note="from the other laptop").annotation
    export = tmp_path / "notes.jsonld"
    assert export_notes_w3c(session, export) == 1
    delete_note(session, note.id)
    before = reasons().count("before-notes-import")
    imported = import_notes(session, read_notes_file(export))
    assert reasons().count("before-notes-import") == before + 1
    assert imported.summary.unchanged + imported.summary.kept_deleted == 1
    assert imported.changes.notes == {note.id} and imported.changes.tags_changed


def test_an_empty_notes_file_takes_no_backup_and_changes_nothing(
    session: Session, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.jsonld"
    assert export_notes_w3c(session, empty) == 0
    before = reasons()
    imported = import_notes(session, read_notes_file(empty))
    assert reasons() == before
    assert imported.summary.added == 0 and not imported.changes.notes
    assert not imported.changes.tags_changed


def test_notes_from_another_library_are_added_with_their_ids(
    session: Session, tmp_path: Path
) -> None:
    without_notes = back_up_now(session)
    note = add_note(session, KEY, 6, "en", note="shared", tags=["travel"]).annotation
    export = tmp_path / "notes.jsonld"
    export_notes_w3c(session, export)
    restore_backup(session, without_notes)  # the library as it was: no note yet
    imported = import_notes(session, read_notes_file(export))
    assert imported.summary.added == 1
    assert [(n.id, n.note, n.tags) for n in list_notes(session)] == [
        (note.id, "shared", ("travel",))
    ]


def test_a_markdown_export_holds_each_note_with_its_paragraph(
    session: Session, tmp_path: Path
) -> None:
    add_note(session, KEY, 6, "en", note="a note to print")
    output = tmp_path / "notes.md"
    assert export_notes_markdown(session, output, lambda _first: ["en"]) == 1
    text = output.read_text(encoding="utf-8")
    assert "a note to print" in text
    assert session.document(KEY).paragraph(6).text("en") in text
    assert output.stat().st_mode & 0o077 == 0  # the reader's notes: owner-only


def test_sealed_notes_are_read_with_their_passphrase_and_merged_after_a_backup(
    session: Session, tmp_path: Path
) -> None:
    note = add_note(session, KEY, 6, "ar", note="موقفنا السري").annotation
    sealed = tmp_path / "notes.oicnotes"
    assert export_notes_sealed(session, sealed, "passphrase") == 1
    assert notes_file_is_sealed(sealed) and not notes_file_is_sealed(tmp_path / "none.jsonld")
    with pytest.raises(PassphraseNeeded, match="the notes are encrypted"):
        read_notes_file(sealed)
    notes = read_notes_file(sealed, "passphrase")
    assert [annotation.note for annotation in notes.annotations] == ["موقفنا السري"]
    delete_note(session, note.id)
    before = reasons().count("before-notes-import")
    import_notes(session, notes)
    assert reasons().count("before-notes-import") == before + 1


def test_a_library_is_encrypted_when_its_file_is_not_plain_sqlite(session: Session) -> None:
    assert not library_is_encrypted(session)
    assert not is_encrypted(session.path.with_name("no-such.db"))
    sqlcipher_like = session.path.with_name("sealed.db")
    sqlcipher_like.write_bytes(bytes(range(16)) * 64)
    assert is_encrypted(sqlcipher_like)
