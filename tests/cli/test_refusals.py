"""Every refusal of the command line is one message naming the file, the place and what to do,
with exit status 1: never a traceback (issue 16, point 15)."""

from __future__ import annotations

import errno
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from oicreader.cli import main
from tests.cli.test_show_and_docs import json_lines, run
from tests.conftest import REPOSITORY_ROOT

POSIX = os.name == "posix"
# Root may write anywhere, and Windows has no read-only folders to make with chmod: there,
# the tests change the system's answers instead of the permissions.
SIMULATE_READ_ONLY = not POSIX or os.geteuid() == 0
posix_only = pytest.mark.skipif(not POSIX, reason="POSIX file modes and resource limits")


def assert_one_refusal(status: int, err: str, *mentions: str) -> None:
    """Exit status 1 and a single `oicreader: …` message that mentions each of `mentions`."""
    assert status == 1, err
    assert "Traceback" not in err
    assert err.startswith("oicreader: ") and err.count("oicreader: ") == 1, err
    for mention in mentions:
        assert mention in err, (mention, err)


# Restore ------------------------------------------------------------------------------------


def restore_refusal(capsys: pytest.CaptureFixture[str], backup: Path) -> str:
    run(capsys, "docs")
    status, _, err = run(capsys, "restore", str(backup))
    assert_one_refusal(status, err, str(backup), "nothing was changed", "oicreader restore --list")
    return err


def test_restoring_a_damaged_backup_names_it_and_says_what_to_do(
    capsys: pytest.CaptureFixture[str], data_home: Path
) -> None:
    run(capsys, "backup")
    damaged = sorted((data_home / "backups").glob("*.db"))[-1]
    with damaged.open("r+b") as stream:
        stream.seek(100)
        stream.write(b"\xff" * 20_000)
    assert "damaged" in restore_refusal(capsys, damaged)


def test_restoring_a_missing_file_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    restore_refusal(capsys, tmp_path / "no-such-backup.db")


def test_restoring_a_text_file_names_it(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database\n", encoding="utf-8")
    restore_refusal(capsys, text)


def test_restoring_another_programs_database_names_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    foreign = tmp_path / "other.db"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE addresses (name TEXT)")
    connection.close()
    assert "not an OIC Reader library" in restore_refusal(capsys, foreign)


# A full disk --------------------------------------------------------------------------------


def run_on_a_full_disk(tmp_path: Path, *arguments: str) -> subprocess.CompletedProcess[str]:
    """Run `oicreader` in a process that cannot write beyond 64 KiB in any file: its writes
    fail as on a full disk (EFBIG), without needing root to fill a real one."""

    import resource

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))

    scratch = tmp_path / "scratch"
    scratch.mkdir(exist_ok=True)
    environment = {**os.environ, "PYTHONPATH": str(REPOSITORY_ROOT), "TMPDIR": str(scratch)}
    return subprocess.run(
        [sys.executable, "-m", "oicreader", *arguments],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=environment,
        preexec_fn=limit_file_size,
        timeout=120,
        check=False,
    )


def assert_full_disk_refusal(result: subprocess.CompletedProcess[str], data_home: Path) -> None:
    # A file-size limit fails writes with EFBIG, which SQLite words as a disk I/O error (a
    # truly full disk, ENOSPC, is "database or disk is full"): both ask to free some space.
    assert_one_refusal(result.returncode, result.stderr, str(data_home), "free some space")


@posix_only
def test_backup_on_a_full_disk_says_the_disk_is_full(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_home: Path
) -> None:
    run(capsys, "docs")
    assert_full_disk_refusal(run_on_a_full_disk(tmp_path, "backup"), data_home)


@posix_only
def test_notes_import_on_a_full_disk_says_the_disk_is_full_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_home: Path
) -> None:
    _, note_id, _ = run(capsys, "notes", "add", "-p", "3", "--note", "keep me")
    exported = tmp_path / "notes.jsonld"
    assert run(capsys, "notes", "export", "-o", str(exported))[0] == 0
    assert run(capsys, "notes", "delete", note_id.strip())[0] == 0
    result = run_on_a_full_disk(tmp_path, "notes", "import", str(exported))
    assert_full_disk_refusal(result, data_home)
    assert json_lines(run(capsys, "notes", "list", "--json")[1]) == []


@posix_only
def test_notes_list_on_a_full_disk_still_lists_the_notes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_home: Path
) -> None:
    # Reading needs no room: after a clean close the start writes nothing at all.
    run(capsys, "notes", "add", "-p", "3", "--note", "still here")
    result = run_on_a_full_disk(tmp_path, "notes", "list")
    assert result.returncode == 0, result.stderr
    assert "still here" in result.stdout
    assert "Traceback" not in result.stderr


@posix_only
def test_notes_list_on_a_full_disk_when_a_backup_is_due_lists_and_warns(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, data_home: Path
) -> None:
    run(capsys, "notes", "add", "-p", "3", "--note", "still here")
    for backup in (data_home / "backups").iterdir():
        backup.unlink()
    result = run_on_a_full_disk(tmp_path, "notes", "list")
    assert result.returncode == 0, result.stderr
    assert "still here" in result.stdout
    assert result.stderr.startswith("oicreader: warning: the daily backup was not taken")
    assert "free some space" in result.stderr
    assert "Traceback" not in result.stderr
    assert list((data_home / "backups").iterdir()) == []


class FullDiskConnection(sqlite3.Connection):
    """A connection whose online backup runs out of room, as SQLite reports it."""

    def backup(self, *_: object, **__: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")


def fill_the_disk_during_backups(monkeypatch: pytest.MonkeyPatch) -> None:
    import types

    import oicreader.store.backup_copies

    def connect(*arguments: object, **options: object) -> sqlite3.Connection:
        return sqlite3.connect(*arguments, factory=FullDiskConnection, **options)  # type: ignore[call-overload,no-any-return]

    full = types.SimpleNamespace(**{**vars(sqlite3), "connect": connect})
    monkeypatch.setattr(oicreader.store.backup_copies, "sqlite3", full)


def test_a_backup_that_runs_out_of_room_says_the_disk_is_full(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, data_home: Path
) -> None:
    run(capsys, "docs")
    fill_the_disk_during_backups(monkeypatch)
    status, _, err = run(capsys, "backup")
    assert_one_refusal(status, err, str(data_home / "library.db"), "the disk is full")


def test_a_notes_import_whose_backup_runs_out_of_room_says_so_and_imports_nothing(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _, note_id, _ = run(capsys, "notes", "add", "-p", "3", "--note", "keep me")
    exported = tmp_path / "notes.jsonld"
    assert run(capsys, "notes", "export", "-o", str(exported))[0] == 0
    assert run(capsys, "notes", "delete", note_id.strip())[0] == 0
    fill_the_disk_during_backups(monkeypatch)
    status, _, err = run(capsys, "notes", "import", str(exported))
    assert_one_refusal(status, err, "the disk is full")
    assert json_lines(run(capsys, "notes", "list", "--json")[1]) == []


def test_a_file_too_large_for_the_system_is_told_like_a_full_disk() -> None:
    from oicreader.errors import describe_failure

    message = describe_failure(OSError(errno.EFBIG, "File too large", "/data/library.db"))
    assert message is not None
    assert message.startswith("/data/library.db: ") and "the disk is full" in message


# A read-only data folder or library file ----------------------------------------------------


def make_read_only(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Take away write permission on `path`. When that cannot be done with chmod (as root, or
    on Windows) the system's answers are changed instead, as on a read-only disk: `path` is
    reported not writable, and changing its mode or opening a file in it for writing fails."""
    if not SIMULATE_READ_ONLY:
        path.chmod(0o500 if path.is_dir() else 0o400)
        return
    real_access, real_open, real_chmod = os.access, os.open, os.chmod
    folder = path if path.is_dir() else path.parent

    def chmod(target: object, mode: int, *args: object, **kwargs: object) -> None:
        if Path(str(target)).resolve() == path.resolve():
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(target))
        real_chmod(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    def access(target: object, mode: int, *args: object, **kwargs: object) -> bool:
        if mode & os.W_OK and Path(str(target)).resolve() == path.resolve():
            return False
        return real_access(target, mode, *args, **kwargs)  # type: ignore[arg-type]

    def open_(target: object, flags: int, *args: object, **kwargs: object) -> int:
        inside = Path(str(target)).resolve().parent == folder.resolve()
        if inside and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(target))
        return real_open(target, flags, *args, **kwargs)  # type: ignore[arg-type]

    def refused_inside(real: Callable[..., Any]) -> Callable[..., Any]:
        # Removing, renaming or making an entry in a read-only folder fails as well.
        def change(target: object, *args: object, **kwargs: object) -> Any:
            if Path(str(target)).resolve().parent == folder.resolve():
                raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(target))
            return real(target, *args, **kwargs)

        return change

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "chmod", chmod)
    for name in ("unlink", "remove", "rename", "replace", "mkdir", "rmdir"):
        monkeypatch.setattr(os, name, refused_inside(getattr(os, name)))


@pytest.fixture
def read_only_data_home(
    capsys: pytest.CaptureFixture[str], data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """A data folder holding a library and one note, then made read-only."""
    assert run(capsys, "notes", "add", "-p", "3", "--note", "read me")[0] == 0
    # A context of its own: monkeypatch.undo() would also undo OICREADER_HOME (conftest).
    with monkeypatch.context() as read_only:
        make_read_only(data_home, read_only)
        yield data_home
    data_home.chmod(0o700)


@pytest.mark.parametrize(
    "arguments",
    [("docs",), ("show", "-p", "3", "-l", "en"), ("search", "Palestine"), ("notes", "list")],
)
def test_reading_works_from_a_read_only_data_folder(
    capsys: pytest.CaptureFixture[str], read_only_data_home: Path, arguments: tuple[str, ...]
) -> None:
    before = sorted(read_only_data_home.rglob("*"))
    status, out, err = run(capsys, *arguments)
    assert status == 0, err
    assert out.strip()
    assert sorted(read_only_data_home.rglob("*")) == before


def test_the_note_is_listed_from_a_read_only_data_folder(
    capsys: pytest.CaptureFixture[str], read_only_data_home: Path
) -> None:
    status, out, err = run(capsys, "notes", "list")
    assert status == 0, err
    assert "read me" in out


@pytest.mark.parametrize(
    "arguments",
    [
        ("notes", "add", "-p", "3", "--note", "lost?"),
        ("notes", "delete", "00000000-0000-0000-0000-000000000000"),
        ("backup",),
        ("restore",),
    ],
)
def test_writing_to_a_read_only_data_folder_says_it_is_read_only(
    capsys: pytest.CaptureFixture[str], read_only_data_home: Path, arguments: tuple[str, ...]
) -> None:
    status, _, err = run(capsys, *arguments)
    assert_one_refusal(status, err, str(read_only_data_home), "read-only", "OICREADER_HOME")


@posix_only
def test_a_read_only_data_folder_is_not_made_writable_behind_the_readers_back(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oicreader.paths import data_dir

    data_home.chmod(0o500)
    try:
        assert data_dir() == data_home
        assert data_home.stat().st_mode & 0o777 == 0o500
    finally:
        data_home.chmod(0o700)


@posix_only
def test_a_data_folder_readable_by_others_is_made_owner_only(data_home: Path) -> None:
    from oicreader.paths import data_dir

    data_home.chmod(0o755)
    data_dir()
    assert data_home.stat().st_mode & 0o777 == 0o700


@posix_only
def test_a_data_folder_whose_permissions_cannot_be_changed_can_still_be_read(
    capsys: pytest.CaptureFixture[str], data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "docs")
    data_home.chmod(0o755)

    real_chmod = Path.chmod

    def chmod(self: Path, mode: int, **kwargs: bool) -> None:
        if self == data_home:  # as for a folder that is someone else's
            raise PermissionError(errno.EPERM, "Operation not permitted", str(self))
        real_chmod(self, mode, **kwargs)

    monkeypatch.setattr(Path, "chmod", chmod)
    status, out, err = run(capsys, "docs")
    assert status == 0, err
    assert "OIC/ACM-2017/CHAIR-REP" in out


def test_adding_a_note_to_a_read_only_library_file_says_so(
    capsys: pytest.CaptureFixture[str], data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "docs")
    library = data_home / "library.db"
    # A context of its own: monkeypatch.undo() would also undo OICREADER_HOME (conftest), and
    # the commands after it would read this computer's real library.
    with monkeypatch.context() as read_only:
        make_read_only(library, read_only)
        status, _, err = run(capsys, "notes", "add", "-p", "3", "--note", "lost?")
    library.chmod(0o600)
    assert_one_refusal(status, err, str(library), "read-only")
    assert json_lines(run(capsys, "notes", "list", "--json")[1]) == []


# Arguments ----------------------------------------------------------------------------------

NOT_UTF8 = b"caf\xe9".decode("utf-8", "surrogateescape")  # Latin-1 bytes from a terminal


@pytest.mark.parametrize("option", ["--note", "--tag", "--quote"])
def test_note_text_that_is_not_utf8_is_refused_by_name(
    capsys: pytest.CaptureFixture[str], option: str
) -> None:
    status, _, err = run(capsys, "notes", "add", "-p", "3", option, NOT_UTF8)
    assert_one_refusal(status, err, option, "'caf\\xe9' is not UTF-8", "0xe9")
    assert json_lines(run(capsys, "notes", "list", "--json")[1]) == []


def test_a_search_that_is_not_utf8_is_refused_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "search", NOT_UTF8)
    assert_one_refusal(status, err, "not UTF-8", "0xe9")


@posix_only
def test_a_file_name_that_is_not_utf8_is_still_a_file_name(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    folder = os.fsencode(tmp_path)
    report = Path(os.fsdecode(folder + b"/r\xe9port.txt"))
    report.write_text("1. The first paragraph.\n\n2. The second.\n", encoding="utf-8")
    status, out, err = run(capsys, "show", str(report), "--source-lang", "en")
    assert status == 0, err
    assert "The second." in out


def test_an_enormous_search_limit_means_every_hit(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, "search", "Palestine", "--limit", "99999999999999999999")
    assert status == 0, err
    assert out == run(capsys, "search", "Palestine", "--limit", "1000")[1]


# An unknown document ------------------------------------------------------------------------

# Every command that takes a DOC naming a library document, and where it takes it.
COMMANDS_TAKING_A_DOCUMENT = [
    ("show", "NO/SUCH/DOC"),
    ("search", "Palestine", "--doc", "NO/SUCH/DOC"),
    ("notes", "add", "NO/SUCH/DOC", "-p", "1"),
    ("notes", "list", "NO/SUCH/DOC"),
    ("notes", "review", "NO/SUCH/DOC"),
    ("revisions", "NO/SUCH/DOC"),
    ("diff", "NO/SUCH/DOC"),
    ("topics", "NO/SUCH/DOC"),
    ("check", "NO/SUCH/DOC"),
    ("print", "NO/SUCH/DOC", "-o", "never.pdf"),
]


@pytest.mark.parametrize("arguments", COMMANDS_TAKING_A_DOCUMENT, ids=" ".join)
def test_an_unknown_document_is_one_refusal_naming_it_and_where_documents_are_listed(
    capsys: pytest.CaptureFixture[str], arguments: tuple[str, ...]
) -> None:
    status, _, err = run(capsys, *arguments)
    assert_one_refusal(status, err, "no document 'NO/SUCH/DOC'", "`oicreader docs` lists")
    assert err == run(capsys, "revisions", "NO/SUCH/DOC")[2], "the same words everywhere"


# One catch ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "failure",
    [
        lambda: OSError(errno.ENOSPC, "No space left on device", "/data/library.db"),
        lambda: sqlite3.OperationalError("database or disk is full"),
        lambda: __import__("oicreader.store.backups").store.backups.BackupError("no room"),
        lambda: __import__("oicreader.store.backups").store.backups.RestoreError("damaged"),
    ],
)
def test_every_failure_the_user_can_act_on_is_one_message(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    failure: Callable[[], BaseException],
) -> None:
    import oicreader.cli.documents

    def fail(*_: object) -> int:
        raise failure()

    monkeypatch.setattr(oicreader.cli.documents, "command_docs", fail)
    status, _, err = run(capsys, "docs")
    assert_one_refusal(status, err)


def test_a_bug_still_shows_its_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    import oicreader.cli.documents

    def fail(*_: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(oicreader.cli.documents, "command_docs", fail)
    with pytest.raises(ZeroDivisionError):
        main(["docs"])
