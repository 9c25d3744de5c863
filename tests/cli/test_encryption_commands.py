"""The encrypt, decrypt and passphrase commands, and every command on an encrypted library:
the passphrase from OICREADER_PASSPHRASE or --passphrase-stdin, refused without a change."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from oicreader.paths import library_path
from oicreader.store.encryption import is_encrypted
from tests.cli.test_show_and_docs import json_lines, run
from tests.conftest import files_left_in_temporary_folder

PASSPHRASE = "Nile at dawn, 2017"
LATIN_NOTE = "XYLOPHONE-QUARTZ concession on paragraph six"
ARABIC_NOTE = "نتنازل عن الفقرة السادسة سرا"
TAG = "KUMQUATTAG"
ARABIC_TAG = "سري_للغاية"


@pytest.fixture
def encrypted(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Path:
    """A library with a note in English and Arabic, tagged, backed up, then encrypted."""
    for note, tag in ((LATIN_NOTE, TAG), (ARABIC_NOTE, ARABIC_TAG)):
        status, _, err = run(capsys, "notes", "add", "-p", "6", "--note", note, "--tag", tag)
        assert status == 0, err
    assert run(capsys, "backup")[0] == 0
    monkeypatch.setenv("OICREADER_PASSPHRASE", PASSPHRASE)
    status, out, err = run(capsys, "encrypt")
    assert status == 0, err
    assert "the library and 2 backups" in out
    monkeypatch.delenv("OICREADER_PASSPHRASE")
    return library_path()


def fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(file.relative_to(folder)): hashlib.sha256(file.read_bytes()).hexdigest()
        for file in sorted(folder.rglob("*"))
        if file.is_file()
    }


def readable_secrets(folder: Path) -> list[str]:
    """The files of a folder in which a note's or tag's text can be read, in any encoding."""
    secrets = [LATIN_NOTE, ARABIC_NOTE, TAG, ARABIC_TAG, "XYLOPHONE", "KUMQUAT", "نتنازل"]
    needles = [
        secret.encode(encoding)
        for secret in secrets
        for encoding in ("utf-8", "utf-16-le", "utf-16-be")
    ]
    return [
        str(file)
        for file in folder.rglob("*")
        if file.is_file() and any(needle in file.read_bytes() for needle in needles)
    ]


def test_no_byte_of_a_note_or_tag_is_readable_in_any_file_once_encrypted(
    encrypted: Path, data_home: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setenv("OICREADER_PASSPHRASE", PASSPHRASE)
    # Written while encrypted too, and read back with a -wal beside the library.
    assert run(capsys, "notes", "add", "-p", "7", "--note", LATIN_NOTE + " again")[0] == 0
    assert run(capsys, "backup")[0] == 0

    assert len(list(data_home.rglob("*.db"))) >= 4
    assert readable_secrets(data_home) == []
    # The system temporary folder (the run's own, see tests/conftest.py) holds nothing at all
    # besides pytest's folders, the data folder among them.
    assert files_left_in_temporary_folder() == []


def test_the_standard_sqlite3_cannot_read_the_encrypted_library(encrypted: Path) -> None:
    assert is_encrypted(encrypted)
    with (
        closing(sqlite3.connect(encrypted)) as connection,
        pytest.raises(sqlite3.DatabaseError, match="file is not a database"),
    ):
        connection.execute("SELECT count(*) FROM annotations").fetchone()


@pytest.mark.parametrize(
    "command",
    [
        ["docs"],
        ["show", "-p", "6"],
        ["notes", "list"],
        ["notes", "export", "-o", "{tmp_path}/notes.json"],
        ["search", "Rohingya"],
        ["topics"],
        ["backup"],
        ["notes", "add", "-p", "6", "--note", "more"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_every_command_refuses_a_missing_or_wrong_passphrase_and_changes_nothing(
    encrypted: Path, data_home: Path, command: list[str], tmp_path: Path,
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    command = [part.format(tmp_path=tmp_path) for part in command]
    before = fingerprint(data_home)

    status, out, err = run(capsys, *command)
    assert status == 1 and out == ""
    assert "is encrypted: give its passphrase in OICREADER_PASSPHRASE" in err
    assert len(err.strip().splitlines()) == 1

    monkeypatch.setenv("OICREADER_PASSPHRASE", "nile at dawn, 2017")
    status, out, err = run(capsys, *command)
    assert status == 1 and out == ""
    assert "the passphrase does not open the encrypted library" in err

    assert fingerprint(data_home) == before


@pytest.mark.parametrize(
    "command",
    [
        ["docs"],
        ["show", "-p", "6"],
        ["notes", "list"],
        ["notes", "export", "-o", "{tmp_path}/notes.json"],
        ["search", "Rohingya"],
        ["topics"],
        ["backup"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_every_command_reads_the_encrypted_library_with_the_passphrase_from_stdin(
    encrypted: Path, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    command = [part.format(tmp_path=tmp_path) for part in command]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))

    status, out, err = run(capsys, *command, "--passphrase-stdin")

    assert status == 0, err
    assert out or (tmp_path / "notes.json").exists()


def test_notes_come_back_with_the_passphrase_from_the_environment(
    encrypted: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OICREADER_PASSPHRASE", PASSPHRASE)

    status, out, _ = run(capsys, "notes", "list", "--json")

    assert status == 0
    assert sorted(row["note"] for row in json_lines(out)) == sorted([LATIN_NOTE, ARABIC_NOTE])


def test_decrypt_gives_back_plain_files_with_every_note(
    encrypted: Path, data_home: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSPHRASE + "\n"))
    status, _, err = run(capsys, "decrypt", "--passphrase-stdin")
    assert status == 0, err

    assert not any(is_encrypted(file) for file in data_home.rglob("*.db"))
    with closing(sqlite3.connect(encrypted)) as connection:
        notes = sorted(row[0] for row in connection.execute("SELECT note FROM annotations"))
    assert notes == sorted([LATIN_NOTE, ARABIC_NOTE])
    status, out, _ = run(capsys, "notes", "list")
    assert status == 0 and LATIN_NOTE in out


def test_a_wrong_passphrase_for_decrypt_changes_nothing(
    encrypted: Path, data_home: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    before = fingerprint(data_home)
    monkeypatch.setenv("OICREADER_PASSPHRASE", "not it")

    status, _, err = run(capsys, "decrypt")

    assert status == 1 and "does not open" in err
    assert fingerprint(data_home) == before


def test_the_passphrase_command_rekeys_the_library_and_every_backup(
    encrypted: Path, data_home: Path, capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.setattr("sys.stdin", io.StringIO(f"{PASSPHRASE}\nnew one\n"))
    status, out, err = run(capsys, "passphrase", "--passphrase-stdin")
    assert status == 0, err
    assert "the library and 2 backups" in out

    monkeypatch.setenv("OICREADER_PASSPHRASE", PASSPHRASE)
    assert run(capsys, "notes", "list")[0] == 1
    monkeypatch.setenv("OICREADER_PASSPHRASE", "new one")
    status, out, _ = run(capsys, "notes", "list")
    assert status == 0 and ARABIC_NOTE in out
    status, out, err = run(capsys, "restore")
    assert status == 0, err


def test_encrypt_refuses_an_empty_passphrase(
    data_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "docs")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO("\n"))

    status, _, err = run(capsys, "encrypt", "--passphrase-stdin")

    assert status == 1 and "empty" in err
    assert not is_encrypted(library_path())


def test_encrypt_without_a_passphrase_or_a_terminal_is_refused(
    data_home: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, "docs")[0] == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(""))

    status, _, err = run(capsys, "encrypt")

    assert status == 1 and "no passphrase given" in err
