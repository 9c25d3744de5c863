"""Temporary copies of the library made by a backup or a restore, and removing those that a
killed process left behind."""

from __future__ import annotations

import os
import re
import sys
import tempfile
import time
from contextlib import suppress
from datetime import timedelta
from pathlib import Path

# The files SQLite keeps beside a database; all of them belong to its state.
COMPANIONS = ("-wal", "-shm", "-journal")
# A temporary copy is named .<purpose>-<process id>-<random>.db (older versions left out the
# process id), so that a later backup or restore can tell the copy of a killed process from
# one another process is still writing.
_TEMPORARY_COPY = re.compile(
    r"\.(?P<purpose>[a-z]+)-(?:(?P<process>\d+)-)?[A-Za-z0-9_]+\.db(?:-wal|-shm|-journal)?"
)
# A copy nobody has written to for this long is left over, whatever its process id says: the
# id may have been given to another process since.
STALE_COPY_AGE = timedelta(hours=1)


def new_temporary_copy(folder: Path, purpose: str) -> tuple[int, Path]:
    """A new, empty, owner-only file in folder named for this process, and its open handle."""
    # mkstemp creates the file owner-only (0600), before any note is written into it.
    handle, name = tempfile.mkstemp(dir=folder, prefix=f".{purpose}-{os.getpid()}-", suffix=".db")
    return handle, Path(name)


def remove_stale_temporary_copies(folder: Path, purpose: str) -> list[Path]:
    """Remove the copies for `purpose` (and their SQLite companions) in folder whose process is
    gone or that nobody wrote to for STALE_COPY_AGE; return the copies removed.

    Each one is a whole copy of the reader's notes. A copy another running process is writing
    is left alone. Never raises for a file it cannot remove: tidying up must not stop the
    backup or restore that was asked for.
    """
    copies: dict[Path, int | None] = {}
    for entry in folder.iterdir():
        match = _TEMPORARY_COPY.fullmatch(entry.name)
        if match is not None and match["purpose"] == purpose:
            copy = entry.with_name(entry.name[: entry.name.rindex(".db") + 3])
            copies[copy] = int(match["process"]) if match["process"] else None
    removed = []
    for copy, process_id in copies.items():
        files = [copy, *(Path(f"{copy}{companion}") for companion in COMPANIONS)]
        if _is_stale(files, process_id):
            for file in files:
                with suppress(OSError):
                    file.unlink(missing_ok=True)
            removed.append(copy)
    return removed


def _is_stale(files: list[Path], process_id: int | None) -> bool:
    """True when the process that wrote these files is gone, or nobody wrote them for long."""
    last_written = []
    for file in files:
        with suppress(FileNotFoundError):
            last_written.append(file.stat().st_mtime)
    if not last_written:
        return False  # removed meanwhile by its own process
    if time.time() - max(last_written) > STALE_COPY_AGE.total_seconds():
        return True
    return process_id is not None and not process_is_running(process_id)


def process_is_running(process_id: int) -> bool:
    """Whether a process with this id exists (another's counts; an impossible id does not)."""
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        query_limited_information, still_active, access_denied = 0x1000, 259, 5
        handle = kernel32.OpenProcess(query_limited_information, False, process_id)
        if not handle:
            return ctypes.get_last_error() == access_denied
        try:
            code = ctypes.c_ulong()
            return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and (
                code.value == still_active
            )
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(process_id, 0)  # signal 0: nothing is sent, only whether the process exists
    except (ProcessLookupError, OverflowError):  # OverflowError: no process has such an id
        return False
    except PermissionError:
        return True  # someone else's process
    return True
