"""The health check on start: free after a clean close, and never a copy outside the data folder."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from oicreader import paths
from oicreader.store import health
from oicreader.store.connection import transaction
from oicreader.store.health import CopyFacts
from oicreader.store.library import Library
from tests.conftest import REPOSITORY_ROOT
from tests.store.conftest import connect_to_file

POSIX = os.name == "posix"


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


class CheckSpy:
    """Counts the integrity checks that run, and what the scratch folders hold during each."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, watched: Path | None = None):
        self.copies: list[Path] = []
        self.modes: list[int] = []
        self.seen_in_watched: list[list[Path]] = []
        self._watched = watched
        self._inspect = health.inspect_copy
        monkeypatch.setattr(health, "inspect_copy", self)

    def __call__(self, path: Path) -> CopyFacts:
        self.copies.append(path)
        self.modes.append(mode(path))
        if self._watched is not None:
            self.seen_in_watched.append(sorted(self._watched.rglob("*")))
        return self._inspect(path)

    @property
    def checks(self) -> int:
        return len(self.copies)


def closed_library(data_home: Path) -> Path:
    """A library opened and closed the way every start and exit does."""
    Library.open().close()
    return data_home / "library.db"


def add_scratch_note(library: Path, note: str) -> None:
    with Library.open(library) as opened, transaction(opened.db):
        opened.db.execute("CREATE TABLE IF NOT EXISTS scratch(x)")
        opened.db.execute("INSERT INTO scratch VALUES (?)", [note])


# No copy outside the data folder ---------------------------------------------------------


def test_a_start_that_checks_the_library_writes_nothing_outside_the_data_folder(
    data_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    system_temporary = tmp_path / "system-temporary-folder"
    system_temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(system_temporary))
    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    assert tempfile.gettempdir() == str(system_temporary)
    library = closed_library(data_home)
    os.utime(library)  # changed after its clean close: this start must check it
    spy = CheckSpy(monkeypatch, watched=system_temporary)

    Library.open().close()

    assert spy.checks >= 1
    assert all(data_home in copy.parents for copy in spy.copies), spy.copies
    assert spy.seen_in_watched == [[]] * spy.checks, "nothing in the system temporary folder"
    assert list(system_temporary.iterdir()) == []
    if POSIX:
        assert set(spy.modes) == {0o600}, "the copy of the notes is owner-only"
    assert not list(paths.scratch_folders()), "the copy is removed once checked"


def test_a_check_that_fails_half_way_removes_its_copy(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = closed_library(data_home)
    os.utime(library)

    def out_of_space(path: Path) -> CopyFacts:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(health, "inspect_copy", out_of_space)
    with pytest.raises(OSError, match="No space"):
        Library.open()
    assert not list(paths.scratch_folders())


CHECK_THAT_HANGS = """
import os as _os
from oicreader.app.encryption import use_passphrase
use_passphrase(_os.environ.get("OICREADER_PASSPHRASE"))  # the encrypted run: tests/store/conftest
import sys, time
from oicreader.store import health
def hang(path):
    print("checking", flush=True)
    time.sleep(60)
health.inspect_copy = hang
from oicreader.store.library import Library
Library.open()
"""


def test_a_copy_left_by_a_start_killed_while_checking_is_removed_at_the_next_start(
    data_home: Path,
) -> None:
    library = closed_library(data_home)
    os.utime(library)
    environment = {**os.environ, "OICREADER_HOME": str(data_home)}
    start = subprocess.Popen(
        [sys.executable, "-c", CHECK_THAT_HANGS],
        cwd=REPOSITORY_ROOT, env=environment, text=True, stdout=subprocess.PIPE,
    )  # fmt: skip
    assert start.stdout is not None and start.stdout.readline() == "checking\n"
    start.send_signal(signal.SIGKILL)
    start.communicate()
    [left_behind] = paths.scratch_folders()
    assert (left_behind / "whole.db").is_file()

    Library.open().close()

    assert not left_behind.exists()
    assert not list(paths.scratch_folders())


def test_a_copy_left_behind_is_removed_even_by_a_start_that_skips_the_check(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed_library(data_home)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # its process id now names no running process
    abandoned = data_home / f"{paths.SCRATCH_PREFIX}{gone.pid}-abcdefgh"
    abandoned.mkdir(mode=0o700)
    (abandoned / "whole.db").write_bytes(b"a copy of the notes")
    spy = CheckSpy(monkeypatch)

    Library.open().close()

    assert spy.checks == 0
    assert not abandoned.exists()


def test_the_copy_of_a_check_still_running_in_another_process_is_left_alone(
    data_home: Path,
) -> None:
    closed_library(data_home)
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        in_use = data_home / f"{paths.SCRATCH_PREFIX}{other.pid}-abcdefgh"
        in_use.mkdir(mode=0o700)
        (in_use / "whole.db").write_bytes(b"being checked")
        os.utime(data_home / "library.db")

        Library.open().close()

        assert (in_use / "whole.db").read_bytes() == b"being checked"
    finally:
        other.kill()
        other.wait()


# The clean-close stamp -------------------------------------------------------------------


def test_a_clean_reopen_does_not_run_the_integrity_check(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed_library(data_home)
    spy = CheckSpy(monkeypatch)
    with Library.open() as library:
        assert library.summaries()
    assert spy.checks == 0
    Library.open().close()
    assert spy.checks == 0, "each clean close lets the next start skip the check"


def test_the_stamp_is_owner_only_and_gone_while_the_library_is_open(data_home: Path) -> None:
    library = closed_library(data_home)
    stamp = paths.clean_close_stamp_path(library)
    assert stamp.is_file()
    if POSIX:
        assert mode(stamp) == 0o600
    with Library.open():
        assert not stamp.exists(), "removed before the first write"
    assert stamp.is_file()
    hidden = {p.name for p in data_home.iterdir()} - {"library.db", stamp.name, "backups"}
    assert hidden == set(), "no temporary stamp left behind"


def touch(library: Path) -> None:
    os.utime(library)


def replace_by_an_identical_copy(library: Path) -> None:
    copy = library.with_name("copy.db")
    shutil.copy2(library, copy)  # same bytes, same modification time, another file
    os.replace(copy, library)


def leave_an_empty_wal(library: Path) -> None:
    Path(f"{library}-wal").write_bytes(b"")


def leave_a_journal(library: Path) -> None:
    Path(f"{library}-journal").write_bytes(b"")


def write_without_the_app(library: Path) -> None:
    with closing(connect_to_file(library, isolation_level=None)) as connection:
        connection.execute("CREATE TABLE written_by_someone_else(x)")


def rewrite_a_page_and_put_the_time_back(library: Path) -> None:
    status = library.stat()
    with library.open("r+b") as file:
        file.seek(status.st_size - 4096)
        file.write(bytes(4096))
    os.utime(library, ns=(status.st_atime_ns, status.st_mtime_ns))  # as rsync -t would
    assert library.stat().st_mtime_ns == status.st_mtime_ns


def grow_and_put_the_time_back(library: Path) -> None:
    status = library.stat()
    with library.open("ab") as file:
        file.write(bytes(4096))
    os.utime(library, ns=(status.st_atime_ns, status.st_mtime_ns))


def damage_the_stamp(library: Path) -> None:
    paths.clean_close_stamp_path(library).write_text("{not json", encoding="utf-8")


CHANGES: dict[str, Callable[[Path], None]] = {
    "touched": touch,
    "replaced-by-an-identical-copy": replace_by_an_identical_copy,
    "an-empty-wal-beside-it": leave_an_empty_wal,
    "a-journal-beside-it": leave_a_journal,
    "written-by-another-program": write_without_the_app,
    "a-page-rewritten-and-the-time-put-back": rewrite_a_page_and_put_the_time_back,
    "grown-and-the-time-put-back": grow_and_put_the_time_back,
    "stamp-damaged": damage_the_stamp,
}


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_a_library_changed_after_its_clean_close_is_checked(
    data_home: Path, monkeypatch: pytest.MonkeyPatch, change: Callable[[Path], None]
) -> None:
    library = closed_library(data_home)
    change(library)
    spy = CheckSpy(monkeypatch)
    Library.open().close()
    assert spy.checks >= 1


def test_a_first_start_and_a_start_after_a_kill_are_checked(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = data_home / "library.db"
    add_scratch_note(library, "note")
    spy = CheckSpy(monkeypatch)
    opened = Library.open()  # never closed: as if killed
    opened.db.conn.close()
    Library.open().close()
    assert spy.checks >= 1


def test_a_library_opened_without_safeguards_leaves_no_stamp(data_home: Path) -> None:
    library = data_home / "library.db"
    Library.open(library, safeguards=False).close()
    assert not paths.clean_close_stamp_path(library).exists(), "never checked: nothing to vouch"


def test_a_stamp_whose_file_was_written_in_the_same_clock_tick_is_not_trusted(
    data_home: Path,
) -> None:
    library = closed_library(data_home)
    stamp = paths.clean_close_stamp_path(library)

    recorded = json.loads(stamp.read_text(encoding="utf-8"))
    assert recorded["mtime_ns"] < recorded["reference_ns"]
    # A write in the tick the stamp was taken would leave the modification time unchanged.
    recorded["reference_ns"] = recorded["mtime_ns"]
    stamp.write_text(json.dumps(recorded), encoding="utf-8")
    assert not health.claim_clean_close(library)
    assert not stamp.exists()


# Two copies of the app at once ---------------------------------------------------------


def test_a_close_while_another_copy_still_writes_leaves_no_stamp_that_matches(
    data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = data_home / "library.db"
    add_scratch_note(library, "first")
    window = Library.open()
    command_line = Library.open()
    with transaction(window.db):
        window.db.execute("INSERT INTO scratch VALUES ('written while both are open')")
    command_line.close()  # the first close: the window still has the library open
    with transaction(window.db):
        window.db.execute("INSERT INTO scratch VALUES ('written after the other closed')")
    spy = CheckSpy(monkeypatch)

    Library.open().close()
    assert spy.checks >= 1, "the other copy was still writing: this start must check"

    window.close()
    checks_so_far = spy.checks
    Library.open().close()
    assert spy.checks == checks_so_far, "the last close stamps the library, the next start skips"


def test_a_stamp_taken_just_before_another_program_writes_does_not_match(
    data_home: Path,
) -> None:
    library = data_home / "library.db"
    add_scratch_note(library, "note")
    with closing(connect_to_file(library, isolation_level=None)) as other:
        other.execute("PRAGMA journal_mode = WAL")
        other.execute("INSERT INTO scratch VALUES ('other')")
        assert not health.record_clean_close(library), "a -wal is there: another copy is writing"
    assert health.record_clean_close(library)
    write_without_the_app(library)
    assert not health.claim_clean_close(library)
