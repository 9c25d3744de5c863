"""Reading a file the user names: a regular file only, never more than a hard number of bytes.

The size a file reports is not to be trusted: /dev/zero reports 0 bytes and never ends, a FIFO
blocks whoever opens it until someone writes to it. So a file is opened without waiting,
checked to be a regular file once it is open (links followed), and read with a byte limit.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from oicreader.errors import explained
from oicreader.importing.errors import ImportProblem

_MEGABYTE = 1024 * 1024
# O_NONBLOCK: opening a FIFO must not wait for a writer. O_NOCTTY: a terminal device must not
# become ours. Neither exists on Windows, which has no FIFOs to open by name.
_OPEN_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_BINARY", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_NOCTTY", 0)
)
_GIVE_A_FILE = explained("Give the path of the saved file itself.")


class UnreadableFile(ImportProblem):
    """A file the user named that is not a regular file this user can read."""


class FileTooLarge(UnreadableFile):
    """A file over the limit for what it should hold; `size` is at least its size in bytes."""

    def __init__(self, path: Path | str, size: int, limit: int, advice: str):
        self.size = size
        super().__init__(
            path,
            explained(
                "the file is {size} MB, over the {limit} MB limit",
                size=f"{size / _MEGABYTE:.0f}",
                limit=f"{limit / _MEGABYTE:.0f}",
            ),
            advice,
        )


def read_user_file(
    path: Path, limit: int, too_large_advice: str = explained("Check that it is the right file.")
) -> bytes:
    """The bytes of a regular file, or UnreadableFile; FileTooLarge past `limit` bytes."""
    try:
        descriptor = os.open(path, _OPEN_FLAGS)
    except OSError as error:
        raise _unreadable(path, error) from None
    try:
        status = os.fstat(descriptor)
        _refuse_unless_regular(path, status.st_mode)
        if status.st_size > limit:
            raise FileTooLarge(path, status.st_size, limit, too_large_advice)
        data = _read_at_most(descriptor, limit + 1, expected=status.st_size)
    except OSError as error:
        raise _unreadable(path, error) from None
    finally:
        os.close(descriptor)
    if len(data) > limit:  # it grew since fstat()
        raise FileTooLarge(path, len(data), limit, too_large_advice)
    return data


def real_path(path: Path) -> Path:
    """The absolute path a file name leads to, links followed, without failing on a link loop.

    Path.resolve() raises RuntimeError on a loop before Python 3.13; the loop is reported
    when the file is read, as a message.
    """
    return Path(os.path.realpath(path))


def _refuse_unless_regular(path: Path, mode: int) -> None:
    """Raise UnreadableFile unless `mode` (from stat) is a regular file's."""
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise UnreadableFile(path, explained("is a folder, not a file"), _GIVE_A_FILE)
    if stat.S_ISFIFO(mode):
        kind = explained("a named pipe (FIFO)")
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = explained("a device")
    elif stat.S_ISSOCK(mode):
        kind = explained("a socket")
    else:
        kind = explained("a special file")
    raise UnreadableFile(path, explained("is {kind}, not a file", kind=kind), _GIVE_A_FILE)


def _read_at_most(descriptor: int, count: int, expected: int) -> bytes:
    # One read of the size the file reports, plus one byte to see a file that grew since
    # fstat(), keeps the usual case to a single buffer; a file that grew is read on, up to
    # `count` bytes. (A buffered read loops over short reads until it has them all.)
    with os.fdopen(descriptor, "rb", closefd=False) as stream:
        data = stream.read(min(count, expected + 1))
        if len(data) == expected + 1 and len(data) < count:
            data += stream.read(count - len(data))
    return data


def _unreadable(path: Path, error: OSError) -> UnreadableFile:
    if error.errno in (errno.ENOENT, errno.ENOTDIR):
        return UnreadableFile(
            path, explained("no such file"), explained("Check the path and try again.")
        )
    if error.errno == errno.ELOOP:
        return UnreadableFile(path, explained("is a loop of symbolic links"), _GIVE_A_FILE)
    if error.errno == errno.EISDIR:
        return UnreadableFile(path, explained("is a folder, not a file"), _GIVE_A_FILE)
    if error.errno in (errno.EACCES, errno.EPERM):
        return UnreadableFile(
            path,
            explained("permission denied for the file or a folder above it"),
            explained("Copy the file to a folder of yours, or ask its owner for access."),
        )
    reason = error.strerror or str(error)
    return UnreadableFile(
        path,
        explained("cannot be read ({reason})", reason=reason),
        explained("Check the file and try again."),
    )
