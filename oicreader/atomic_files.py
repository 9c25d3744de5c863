"""Writing a file whole or not at all, readable by its owner only: for notes and settings."""

# A reader's notes, settings and reading position are private, and a file cut short by a
# crash or a full disk must never replace a good one. So the text goes to a temporary file
# in the same folder (mkstemp makes it 0600 before a byte is written), is flushed to disk,
# and is renamed over the target, which is atomic on one file system; the folder is then
# synced so that the rename itself survives a power cut.

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

OWNER_ONLY = 0o600


def write_private_file(path: Path, content: str | bytes) -> None:
    """Write text (as UTF-8) or bytes to path atomically: the old file or the new, never
    half; 0600. A failure (a full disk) leaves no temporary file behind."""
    payload = content.encode("utf-8") if isinstance(content, str) else content
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    sync_folder(path.parent)


def keep_to_owner(path: Path) -> None:
    """Make an existing file readable and writable by its owner only (POSIX)."""
    if os.name != "posix":
        return
    if stat.S_IMODE(path.stat().st_mode) != OWNER_ONLY:
        path.chmod(OWNER_ONLY)


def sync_folder(folder: Path) -> None:
    """Make a rename in folder durable (POSIX; Windows cannot open a folder for fsync)."""
    if os.name != "posix":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
