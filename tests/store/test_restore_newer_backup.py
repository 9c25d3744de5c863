"""A backup written by a newer OIC Reader is refused before anything is replaced."""

from __future__ import annotations

import hashlib
import json
import shutil
from contextlib import closing
from pathlib import Path

import pytest

from oicreader.cli import main
from oicreader.store import schema
from oicreader.store.backups import RestoreError, list_backups, restore_backup
from tests.store.conftest import connect_to_file

FUTURE_VERSION = 999


def run(capsys: pytest.CaptureFixture[str], *arguments: str) -> tuple[int, str, str]:
    status = main(list(arguments))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def everything_in(folder: Path) -> dict[str, str]:
    """Every file under folder, by relative name, with a hash of its bytes."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def written_by_a_newer_version(backup: Path, copy: Path) -> Path:
    shutil.copyfile(backup, copy)
    with closing(connect_to_file(copy, isolation_level=None)) as connection:
        connection.execute(f"PRAGMA user_version = {FUTURE_VERSION}")
    return copy


def a_library_with_a_note_and_a_backup(capsys: pytest.CaptureFixture[str]) -> str:
    status, note_id, _ = run(capsys, "notes", "add", "-p", "1", "--note", "kept")
    assert status == 0
    assert run(capsys, "backup")[0] == 0
    return note_id.strip()


def test_restore_of_a_backup_from_a_newer_version_is_refused_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], data_home: Path, tmp_path: Path
) -> None:
    note_id = a_library_with_a_note_and_a_backup(capsys)
    future = written_by_a_newer_version(list_backups()[0].path, tmp_path / "from-a-newer-app.db")
    before = everything_in(data_home)

    status, out, err = run(capsys, "restore", str(future))

    assert status == 1 and out == ""
    assert str(future) in err and f"schema {FUTURE_VERSION}" in err
    assert f"knows {schema.SCHEMA_VERSION}" in err and "newer OIC Reader" in err
    assert "nothing was changed" in err and "Traceback" not in err
    assert everything_in(data_home) == before, "no file replaced, moved, added or left behind"
    status, out, _ = run(capsys, "notes", "list", "--json")
    assert status == 0 and [json.loads(line)["id"] for line in out.splitlines()] == [note_id]


def test_the_newest_backup_from_a_newer_version_is_refused_too(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    a_library_with_a_note_and_a_backup(capsys)
    newest = list_backups()[0].path
    written_by_a_newer_version(newest, newest.with_name("copy.db")).replace(newest)
    before = everything_in(data_home)

    with pytest.raises(RestoreError, match=rf"{newest.name}.*schema {FUTURE_VERSION}"):
        restore_backup(data_home / "library.db")
    assert everything_in(data_home) == before


def test_recovery_from_a_damaged_library_passes_over_a_backup_from_a_newer_version(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    from datetime import timedelta

    from oicreader.store.backups import take_backup
    from oicreader.store.library import Library

    a_library_with_a_note_and_a_backup(capsys)
    older = list_backups()[0]
    later = older.taken + timedelta(minutes=1)
    newest = take_backup(data_home / "library.db", "manual", now=later)
    written_by_a_newer_version(newest, newest.with_name("copy.db")).replace(newest)
    library_file = data_home / "library.db"
    with library_file.open("r+b") as file:  # the header overwritten: the library is damaged
        file.write(b"\0" * 100)

    with Library.open() as library:
        assert library.recovery is not None
        assert library.recovery.restored_from == older.path
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
