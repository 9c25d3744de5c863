"""A second, read-only connection to the library file, for work done on a worker thread."""

from __future__ import annotations

from pathlib import Path

from oicreader.store.connection import Database, connect_read_only

__all__ = ["connect_reader"]


def connect_reader(path: Path) -> Database:
    """Open the library file again, read-only, as `connect` opens one that cannot be written
    (an encrypted one with its passphrase, a read-only folder's as immutable): the one place
    a second connection is made.

    A worker reading through a connection of its own sees only committed data and is not
    disturbed by the main connection's writes, nor a rollback of them.
    """
    return connect_read_only(path)
