"""Salvage: notes written after the newest backup come back from a damaged library file."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import tempfile
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from oicreader import paths
from oicreader.model.annotation import Annotation, new_annotation_id
from oicreader.store.annotations import (
    add_annotation,
    delete_annotation,
    get_annotation,
    list_annotations,
    save_annotation,
)
from oicreader.store.backups import list_backups, recover_if_damaged, take_backup
from oicreader.store.connection import connect
from oicreader.store.library import Library
from tests.store.conftest import connect_to_file

LATER = datetime(2026, 11, 27, 10, 50, 12, tzinfo=timezone.utc)
PAGE = 4096
DOCUMENT = "oic-acm-2017-chair-rep"
MARKER = re.compile(rb"note-(\d{4})\|")


def note_text(number: int) -> str:
    # Short enough that no note spills onto an overflow page; unique, findable in the bytes.
    return f"note-{number:04d}|" + "ملاحظة عن الفقرة " * 6


def new_note(number: int) -> Annotation:
    return Annotation(
        id=new_annotation_id(),
        document=DOCUMENT,
        revision=1,
        paragraph_number=1 + number % 16,
        language="ar",
        note=note_text(number),
        tags=(f"tag-{number % 5}", "salvage"),
    )


@dataclass
class History:
    """A library whose newest backup lacks the notes and changes written after it."""

    library: Path
    before_backup: list[Annotation]
    after_backup: list[Annotation]
    edited: Annotation  # edited after the backup
    deleted: Annotation  # deleted after the backup


def library_with_notes_after_its_backup(data_home: Path) -> History:
    library = data_home / "library.db"
    with Library.open() as opened:
        before = [add_annotation(opened, new_note(number)) for number in range(60)]
    take_backup(library, "manual")  # the newest backup
    with Library.open() as opened:
        edited = save_annotation(opened, before[3].edited(note="edited after the backup"))
        deleted = delete_annotation(opened, before[4].id)
        after = [add_annotation(opened, new_note(number)) for number in range(60, 160)]
    assert not Path(f"{library}-wal").exists()
    return History(library, before, after, edited, deleted)


def overwrite_the_file_header(library: Path) -> None:
    data = bytearray(library.read_bytes())
    data[:100] = random.Random(7).randbytes(100)
    library.write_bytes(bytes(data))


def zero_the_page_holding(library: Path, number: int) -> set[int]:
    """Zero the table page that holds note `number`; return the numbers of the notes on it."""
    data = bytearray(library.read_bytes())
    [offset] = [m.start() for m in re.finditer(f"note-{number:04d}\\|".encode(), data)]
    start = offset - offset % PAGE
    assert data[start] == 0x0D, "a leaf page of a table"
    on_the_page = {int(m[1]) for m in MARKER.finditer(bytes(data[start : start + PAGE]))}
    data[start : start + PAGE] = bytes(PAGE)
    library.write_bytes(bytes(data))
    return on_the_page


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored_notes(library: Library) -> dict[str, Annotation]:
    return {a.id: a for a in list_annotations(library, include_deleted=True)}


@pytest.mark.plain_format  # SQLite's header: encrypted, the salt is lost with it
def test_notes_written_after_the_backup_come_back_when_the_file_header_is_overwritten(
    data_home: Path,
) -> None:
    history = library_with_notes_after_its_backup(data_home)
    overwrite_the_file_header(history.library)
    damaged = sha256(history.library)

    with Library.open() as opened:
        report = opened.recovery
        notes = stored_notes(opened)

    assert report is not None and report.restored_from == list_backups()[0].path
    assert "102 notes recovered, 0 could not be" in report.message()
    assert set(notes) == {a.id for a in history.before_backup + history.after_backup}
    for annotation in history.after_backup:
        assert notes[annotation.id].note == annotation.note
        assert notes[annotation.id].tags == annotation.tags
    assert notes[history.edited.id].note == "edited after the backup"
    assert notes[history.deleted.id].deleted == history.deleted.deleted
    assert sha256(report.damaged_copy) == damaged, "the damaged copy is kept as it was"


@pytest.mark.plain_format  # finds a page by its plain bytes
def test_a_zeroed_page_loses_only_the_notes_on_it_and_the_message_counts_them(
    data_home: Path,
) -> None:
    history = library_with_notes_after_its_backup(data_home)
    on_the_zeroed_page = zero_the_page_holding(history.library, 130)
    lost = {a.id for a in history.after_backup if int(a.note[5:9]) in on_the_zeroed_page}
    assert 3 <= len(lost) < 100

    with Library.open() as opened:
        report = opened.recovery
        notes = stored_notes(opened)

    assert report is not None and report.restored_from is not None
    recovered = 100 - len(lost) + 2  # the new notes not on that page, the edit and the delete
    assert f"{recovered} notes recovered, {len(lost)} could not be" in report.message()
    assert str(report.damaged_copy) in report.message()
    for annotation in history.after_backup:
        if annotation.id in lost:
            assert annotation.id not in notes
        else:
            assert notes[annotation.id].note == annotation.note
            assert notes[annotation.id].tags == annotation.tags
    assert notes[history.edited.id].note == "edited after the backup"
    assert len(notes) == 160 - len(lost), "no note twice"


@pytest.mark.plain_format  # finds a page by its plain bytes
def test_notes_below_a_damaged_inner_page_are_read_from_their_own_pages(
    data_home: Path,
) -> None:
    history = library_with_notes_after_its_backup(data_home)
    with closing(connect_to_file(history.library)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'annotations'"
        ).fetchone()
    data = bytearray(history.library.read_bytes())
    start = (root - 1) * PAGE
    assert data[start] == 0x05, "the table's root is an inner page, above its leaves"
    data[start : start + PAGE] = bytes(PAGE)
    history.library.write_bytes(bytes(data))

    report = recover_if_damaged(history.library, now=LATER)

    assert report is not None
    assert "102 notes recovered, 0 could not be" in report.message()
    with Library.open() as opened:
        notes = stored_notes(opened)
    for annotation in history.after_backup:
        assert notes[annotation.id].note == annotation.note
        assert notes[annotation.id].tags == annotation.tags
    assert notes[history.edited.id].note == "edited after the backup"
    assert notes[history.deleted.id].deleted == history.deleted.deleted


@pytest.mark.plain_format  # SQLite's header: encrypted, the salt is lost with it
def test_a_salvaged_note_never_overwrites_a_newer_copy_in_the_backup(data_home: Path) -> None:
    history = library_with_notes_after_its_backup(data_home)
    backup = list_backups()[0].path
    kept = history.before_backup[10]
    with closing(connect_to_file(backup)) as connection, connection:
        connection.execute(
            "UPDATE annotations SET note = 'newer in the backup', modified = ? WHERE uuid = ?",
            ["2999-01-01T00:00:00.000Z", kept.id],
        )
    overwrite_the_file_header(history.library)

    with Library.open() as opened:
        assert get_annotation(opened, kept.id).note == "newer in the backup"
        assert get_annotation(opened, history.edited.id).note == "edited after the backup"
        assert len(stored_notes(opened)) == 160


@pytest.mark.plain_format  # finds a page by its plain bytes
def test_notes_only_in_the_write_ahead_log_of_a_damaged_file_are_recovered(
    data_home: Path, tmp_path: Path
) -> None:
    history = library_with_notes_after_its_backup(data_home)
    # What a power cut leaves: the file, and a -wal holding notes not yet merged into it.
    live = tmp_path / "live.db"
    shutil.copyfile(history.library, live)
    db = connect(live)
    try:
        writing = Library(db, live)
        in_the_log = [add_annotation(writing, new_note(number)) for number in range(200, 205)]
        for suffix in ("", "-wal", "-shm"):
            shutil.copyfile(f"{live}{suffix}", f"{history.library}{suffix}")
    finally:
        db.close()
    zero_the_page_holding(history.library, 20)  # a page the -wal does not hold

    report = recover_if_damaged(history.library, now=LATER)

    assert report is not None and report.restored_from is not None
    assert "107 notes recovered, 0 could not be" in report.message()
    with Library.open() as reopened:
        notes = stored_notes(reopened)
    assert {a.id for a in in_the_log} <= set(notes)
    assert len(notes) == 165


def test_with_nothing_readable_the_message_says_so(data_home: Path) -> None:
    history = library_with_notes_after_its_backup(data_home)
    history.library.write_bytes(b"\x00" * 8192)

    report = recover_if_damaged(history.library, now=LATER)

    assert report is not None and report.restored_from is not None
    assert "no notes could be read from it" in report.message()


@pytest.mark.plain_format  # SQLite's header: encrypted, the salt is lost with it
def test_with_no_backup_the_salvaged_notes_start_a_new_library(data_home: Path) -> None:
    library = data_home / "library.db"
    with Library.open() as opened:
        written = [add_annotation(opened, new_note(number)) for number in range(40)]
    for backup in list_backups():
        backup.path.unlink()
    overwrite_the_file_header(library)

    with Library.open() as opened:
        report = opened.recovery
        notes = stored_notes(opened)
        assert [s.key for s in opened.summaries()] == [DOCUMENT]

    assert report is not None and report.restored_from is None
    assert "40 notes recovered, 0 could not be" in report.message()
    assert set(notes) == {a.id for a in written}


@pytest.mark.plain_format  # finds a page by its plain bytes
def test_a_salvage_copies_nothing_outside_the_data_folder_and_cleans_up(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temporary = tmp_path / "system-temporary-folder"
    system_temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)
    history = library_with_notes_after_its_backup(data_home)
    zero_the_page_holding(history.library, 130)

    report = recover_if_damaged(history.library, now=LATER)

    assert report is not None
    assert list(system_temporary.iterdir()) == []
    assert paths.scratch_folders() == []
    leftovers = {p.name for p in data_home.iterdir()} - {
        "library.db",
        "backups",
        report.damaged_copy.name,
        paths.clean_close_stamp_path(history.library).name,  # written by the last close
    }
    assert leftovers == set()


def random_pages(library: Path, seed: int, *, header_only: bool) -> None:
    rng = random.Random(seed)
    data = bytearray(library.read_bytes())
    for page in rng.sample(range(2, len(data) // PAGE + 1), 4):
        start = (page - 1) * PAGE
        length = 64 if header_only else PAGE
        data[start : start + length] = rng.randbytes(length)
    library.write_bytes(bytes(data))


@pytest.mark.parametrize("header_only", [False, True], ids=["whole-pages", "page-headers"])
@pytest.mark.parametrize("seed", range(5))
def test_random_damage_never_brings_back_a_note_that_was_not_written(
    data_home: Path, seed: int, header_only: bool, library_kind: str
) -> None:
    history = library_with_notes_after_its_backup(data_home)
    written = {(a.id, a.note) for a in history.before_backup + history.after_backup}
    written.add((history.edited.id, history.edited.note))
    random_pages(history.library, seed, header_only=header_only)

    report = recover_if_damaged(history.library, now=LATER)

    assert report is not None and report.salvage is not None
    with Library.open() as opened:
        notes = stored_notes(opened)
    assert {(a.id, a.note) for a in notes.values()} <= written
    missing = {a.id for a in history.after_backup} - set(notes)
    if library_kind == "plain":
        # Encrypted, the leaf pages cannot be scanned for the rows a damaged index no longer
        # lists, so the count of notes lost can fall short (issue 23, left open).
        assert len(missing) <= report.salvage.lost, "every note not brought back is counted"
