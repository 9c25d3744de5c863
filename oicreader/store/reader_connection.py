"""A second, read-only connection to the library file, for work done on a worker thread."""

from __future__ import annotations

from pathlib import Path

from oicreader.paths import can_write_library
from oicreader.store.connection import BUSY_TIMEOUT_MS, Database, connect
from oicreader.store.encryption import open_database, passphrase_for

__all__ = ["connect_reader"]


def connect_reader(path: Path) -> Database:
    """Open the library file again, read-only, as `connect` opens it: the one place a second
    connection is made, so that whatever opening the library comes to need (a key) is
    taught here once.

    A worker reading through a connection of its own sees only committed data and is not
    disturbed by the main connection's writes, nor a rollback of them.
    """
    if not can_write_library(path):
        return connect(path)  # opened read-only there already, immutable when it must be
    # An encrypted library is opened with the passphrase held for it (SQLCipher), else sqlite3.
    connection = open_database(
        f"{path.resolve().as_uri()}?mode=ro",
        passphrase_for(path),
        shown_as=path,
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return Database(connection)
