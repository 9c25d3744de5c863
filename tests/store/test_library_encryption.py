"""Turning encryption on (on the plain run) or off (on the encrypted run), and changing the
passphrase: every file converted and checked, and a kill -9 at any step loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from oicreader.model.annotation import Annotation, new_annotation_id
from oicreader.store.annotations import add_annotation, list_annotations
from oicreader.store.backups import take_backup
from oicreader.store.encryption import (
    WrongPassphrase,
    forget_passphrase,
    hold_passphrase,
    is_encrypted,
    open_database,
)
from oicreader.store.library import Library
from oicreader.store.library_encryption import (
    EncryptionError,
    change_passphrase,
    decrypt_library,
    encrypt_library,
)
from tests.conftest import REPOSITORY_ROOT
from tests.store.conftest import TEST_PASSPHRASE

NOTES = ["first position", "ملاحظة ثانية", "third, with a tag"]

# Converts the library, killing itself (SIGKILL) at one step of one file.
CONVERSION_KILLED_AT = """
import os, signal, sys
from pathlib import Path
from oicreader.store.library_encryption import decrypt_library, encrypt_library

direction, passphrase, database, step, file_number = sys.argv[1:6]
seen = []

def checkpoint(name, file):
    if name == "written":
        seen.append(file)
    if name == step and len(seen) == int(file_number):
        os.kill(os.getpid(), signal.SIGKILL)

convert = encrypt_library if direction == "encrypt" else decrypt_library
convert(Path(database), passphrase, checkpoint)
"""


def library_with_notes_and_backups(data_home: Path) -> Path:
    """A library holding NOTES (the last one tagged), with two backups, closed."""
    with Library.open() as library:
        for number, text in enumerate(NOTES):
            add_annotation(
                library,
                Annotation(
                    id=new_annotation_id(), document="oic-acm-2017-chair-rep", revision=1,
                    paragraph_number=1 + number, language="ar", note=text,
                    tags=("tagged",) if number == 2 else (),
                ),
            )  # fmt: skip
            if number < 2:
                take_backup(library.path, "manual")
    return data_home / "library.db"


def every_file(data_home: Path) -> list[Path]:
    """The library and its backups (not the converted copy a killed run left, which the next
    run removes)."""
    files = sorted(data_home.glob("*.db")) + sorted((data_home / "backups").glob("*.db"))
    return [file for file in files if not file.name.startswith(".")]


def notes_in(file: Path, passphrase: str | None) -> list[str]:
    with closing(open_database(file, passphrase if is_encrypted(file) else None)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(row[0] for row in connection.execute("SELECT note FROM annotations"))


def direction_of(library_kind: str) -> str:
    """The conversion each run makes: the plain library is encrypted, the encrypted one
    decrypted."""
    return "encrypt" if library_kind == "plain" else "decrypt"


def convert(library_kind: str, database: Path) -> None:
    if direction_of(library_kind) == "encrypt":
        encrypt_library(database, TEST_PASSPHRASE)
    else:
        decrypt_library(database, TEST_PASSPHRASE)


def test_every_file_is_converted_and_keeps_every_note(data_home: Path, library_kind: str) -> None:
    database = library_with_notes_and_backups(data_home)

    convert(library_kind, database)

    wanted_encrypted = direction_of(library_kind) == "encrypt"
    files = every_file(data_home)
    assert len(files) == 4  # the library, its first daily backup and two manual ones
    assert all(is_encrypted(file) == wanted_encrypted for file in files)
    assert notes_in(database, TEST_PASSPHRASE) == sorted(NOTES)
    hold_passphrase(database, TEST_PASSPHRASE)
    with Library.open() as library:
        assert sorted(note.note for note in list_annotations(library)) == sorted(NOTES)
        assert [note.tags for note in list_annotations(library) if note.tags] == [("tagged",)]


def test_converted_files_are_owner_only_and_nothing_is_left_beside_them(
    data_home: Path, library_kind: str
) -> None:
    database = library_with_notes_and_backups(data_home)

    convert(library_kind, database)

    names = sorted(entry.name for entry in data_home.iterdir())
    assert names == ["backups", "library.db", "library.db.clean-close"] or names == [
        "backups",
        "library.db",
    ]
    if os.name == "posix":
        assert all(file.stat().st_mode & 0o777 == 0o600 for file in every_file(data_home))


def test_a_wrong_passphrase_converts_nothing(data_home: Path, library_kind: str) -> None:
    database = library_with_notes_and_backups(data_home)
    before = {file: file.read_bytes() for file in every_file(data_home)}

    if library_kind == "plain":
        with pytest.raises(EncryptionError, match="empty passphrase"):
            encrypt_library(database, "")
    else:
        with pytest.raises(WrongPassphrase):
            decrypt_library(database, "not the passphrase")

    assert {file: file.read_bytes() for file in every_file(data_home)} == before


def test_a_new_passphrase_opens_every_file_and_the_old_one_none(
    data_home: Path, library_kind: str
) -> None:
    database = library_with_notes_and_backups(data_home)
    if library_kind == "plain":
        encrypt_library(database, TEST_PASSPHRASE)

    change_passphrase(database, TEST_PASSPHRASE, "a new passphrase")

    for file in every_file(data_home):
        notes_in(file, "a new passphrase")  # opens, and passes integrity_check
        with pytest.raises(WrongPassphrase):
            open_database(file, TEST_PASSPHRASE)
    forget_passphrase(database)
    with pytest.raises(WrongPassphrase):
        Library.open(passphrase=TEST_PASSPHRASE)


@pytest.mark.slow
@pytest.mark.parametrize("step", ["written", "checked", "replaced"])
@pytest.mark.parametrize("file_number", [1, 3], ids=["first-backup", "library"])
def test_a_conversion_killed_at_any_step_loses_nothing_and_a_rerun_finishes_it(
    data_home: Path, library_kind: str, step: str, file_number: int
) -> None:
    database = library_with_notes_and_backups(data_home)
    killed = subprocess.run(
        [sys.executable, "-c", CONVERSION_KILLED_AT, direction_of(library_kind),
         TEST_PASSPHRASE, str(database), step, str(file_number)],
        cwd=REPOSITORY_ROOT, env={**os.environ, "OICREADER_HOME": str(data_home)},
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert killed.returncode == -signal.SIGKILL, killed.stderr

    # Every file is whole, old or new, and holds what it held.
    held = [notes_in(file, TEST_PASSPHRASE) for file in every_file(data_home)]
    assert held == [sorted(NOTES), [], NOTES[:1], sorted(NOTES[:2])]
    assert notes_in(database, TEST_PASSPHRASE) == sorted(NOTES)

    convert(library_kind, database)
    wanted_encrypted = direction_of(library_kind) == "encrypt"
    assert all(is_encrypted(file) == wanted_encrypted for file in every_file(data_home))
    assert notes_in(database, TEST_PASSPHRASE) == sorted(NOTES)
    assert not [entry for entry in data_home.rglob(".converting-*")]
