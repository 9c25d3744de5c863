"""Notes to and from files through the app layer: the backup before an import."""

from __future__ import annotations

from pathlib import Path

from oicreader.app.backups import back_up_now, list_backups, restore_backup
from oicreader.app.note_exchange import (
    export_notes_markdown,
    export_notes_w3c,
    import_notes,
    read_notes_file,
)
from oicreader.app.notes import add_note, delete_note, list_notes
from oicreader.app.session import Session
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
