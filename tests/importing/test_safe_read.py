"""Reading a user's file: regular files only, links followed, a hard byte limit, plain messages."""

from __future__ import annotations

import errno
import os
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from oicreader.importing import safe_read
from oicreader.importing.errors import ImportProblem
from oicreader.importing.safe_read import FileTooLarge, UnreadableFile, read_user_file, real_path

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="devices and FIFOs are POSIX")


def refusal_within_seconds(call: Callable[[], object], fifo: Path | None = None) -> BaseException:
    """The error `call` raises, failing the test if it blocks for more than five seconds."""
    outcome: list[BaseException] = []

    def run() -> None:
        try:
            call()
        except BaseException as error:  # handed back to the test
            outcome.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(5)
    if thread.is_alive() and fifo is not None:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))  # let the blocked reader go
        thread.join(5)
        pytest.fail(f"reading {fifo} waited for a writer")
    assert outcome, "no error was raised"
    return outcome[0]


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"1. Text.\n" * 1000)
    assert read_user_file(path, limit=9000) == b"1. Text.\n" * 1000


def test_a_link_to_a_regular_file_is_followed(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(b"1. Text.\n")
    link = tmp_path / "link.txt"
    link.symlink_to("report.txt")
    assert read_user_file(link, limit=100) == b"1. Text.\n"


@posix_only
@pytest.mark.parametrize("through_a_link", [False, True])
def test_a_device_is_refused_without_being_read(tmp_path: Path, through_a_link: bool) -> None:
    path = Path("/dev/zero")
    if through_a_link:
        path = tmp_path / "zero.txt"
        path.symlink_to("/dev/zero")
    with pytest.raises(UnreadableFile, match=rf"{path.name}: is a device, not a file"):
        read_user_file(path, limit=50 * 1024 * 1024)


@posix_only
def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    error = refusal_within_seconds(lambda: read_user_file(fifo, limit=100), fifo)
    assert isinstance(error, UnreadableFile)
    assert "pipe.txt: is a named pipe (FIFO), not a file" in str(error)


def test_a_loop_of_symbolic_links_is_a_message_not_a_runtime_error(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to("back.txt")
    (tmp_path / "back.txt").symlink_to("loop.txt")
    assert real_path(loop).name in {"loop.txt", "back.txt"}
    with pytest.raises(UnreadableFile, match=r"loop\.txt: is a loop of symbolic links"):
        read_user_file(loop, limit=100)


def test_a_folder_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFile, match="is a folder, not a file"):
        read_user_file(tmp_path, limit=100)
    with pytest.raises(UnreadableFile, match=r"nowhere\.txt: no such file"):
        read_user_file(tmp_path / "nowhere.txt", limit=100)


def test_a_file_in_an_unreadable_folder_is_a_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    path = locked / "report.txt"
    path.write_bytes(b"1. Text.\n")
    if os.name == "posix" and os.geteuid() == 0:
        # Root reads any folder; the kernel's answer to a user is given by hand.
        # (tests/test_hostile_files.py meets the real permission check as root too.)
        def denied(name: object, *_: object) -> int:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(name))

        monkeypatch.setattr(safe_read.os, "open", denied)
    locked.chmod(0)
    try:
        with pytest.raises(
            UnreadableFile,
            match=r"report\.txt: permission denied for the file or a folder above it",
        ):
            read_user_file(path, limit=100)
    finally:
        locked.chmod(0o700)


def test_a_file_over_the_limit_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(3 * 1024 * 1024)  # sparse: nothing written to disk
    with pytest.raises(FileTooLarge, match=r"huge\.txt: the file is 3 MB, over the 2 MB limit"):
        read_user_file(path, limit=2 * 1024 * 1024)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc is Linux's")
def test_the_limit_holds_for_a_file_that_reports_a_size_of_zero() -> None:
    # /proc files say they are empty and are not: only counting what is read can tell.
    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0
    with pytest.raises(FileTooLarge) as refusal:
        read_user_file(maps, limit=10)
    assert refusal.value.size == 11


def test_every_refusal_is_an_import_problem_for_the_importers(tmp_path: Path) -> None:
    with pytest.raises(ImportProblem):
        read_user_file(tmp_path / "nowhere.txt", limit=100)
