"""Opening the library database with the settings that keep notes safe, and transactions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oicreader.paths import can_write, can_write_library, require_writable
from oicreader.store.encryption import open_database, passphrase_for

if TYPE_CHECKING:
    import sqlite_utils

# Long enough to wait out another copy of the app finishing a write; short enough that a
# stuck process shows up as an error instead of a frozen window.
BUSY_TIMEOUT_MS = 10_000


class Database:
    """The library's connection. sqlite-utils, which builds the schema and bulk-inserts, is
    loaded only when one of those is needed: importing it costs a quarter of the window's
    start-up, and a normal start does neither."""

    def __init__(self, connection: sqlite3.Connection):
        self.conn = connection
        self._utils: sqlite_utils.Database | None = None

    def execute(self, sql: str, parameters: Sequence[Any] = ()) -> sqlite3.Cursor:
        """Run one SQL statement with bound parameters."""
        return self.conn.execute(sql, parameters)

    def table(self, name: str) -> sqlite_utils.db.Table:
        """A sqlite-utils table, for creating it, changing it or inserting rows in bulk."""
        if self._utils is None:
            import sqlite_utils

            self._utils = sqlite_utils.Database(self.conn)
        return self._utils.table(name)

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()


def connect(path: Path, passphrase: str | None = None) -> Database:
    """Open (creating if needed) a database file in WAL mode with synchronous=FULL; through
    SQLCipher keyed with `passphrase` when one is given, or when the file is encrypted and a
    passphrase is held for it (store/encryption.py).

    A file, or a folder, that cannot be written is opened read-only: reading works, and any
    write is refused by SQLite ("attempt to write a readonly database").
    """
    if passphrase is None:
        passphrase = passphrase_for(path)
    if not can_write_library(path):
        return Database(_connect_read_only(path, passphrase))
    new_file = not path.exists()
    # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, so a write never starts as a
    # reader and then fails to upgrade its lock ("database is locked") under concurrency.
    connection = open_database(
        path,
        passphrase,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA journal_mode = WAL")
    # FULL: a commit that has returned survives power loss, not only a process crash.
    connection.execute("PRAGMA synchronous = FULL")
    connection.execute("PRAGMA foreign_keys = ON")
    if new_file:
        restrict_to_owner(path)
    return Database(connection)


def connect_read_only(path: Path) -> Database:
    """A read-only connection to a database file, opened as `connect` opens one that cannot be
    written: with the passphrase held for it when it is encrypted."""
    return Database(_connect_read_only(path, passphrase_for(path)))


def _connect_read_only(path: Path, passphrase: str | None) -> sqlite3.Connection:
    """Open a library that cannot be written, for reading only.

    A WAL database is read through its -shm index, which SQLite must create beside the file
    when it is absent; in a read-only folder it cannot. Then, and only then, the file is
    opened as immutable: with no -wal beside it every committed write is in the file itself,
    and in a folder nobody can write no other process can start a -wal to change it.
    """
    if not path.exists():
        require_writable(path)  # nothing to read, and a new library cannot be made here
    companions_absent = not any(Path(f"{path}{suffix}").exists() for suffix in ("-wal", "-shm"))
    immutable = "&immutable=1" if companions_absent and not can_write(path.parent) else ""
    connection = open_database(
        f"{path.resolve().as_uri()}?mode=ro{immutable}",
        passphrase,
        shown_as=path,
        uri=True,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
        check_same_thread=False,
    )
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return connection


def restrict_to_owner(path: Path) -> None:
    """Make a database file and its WAL companions readable by their owner only (POSIX)."""
    if os.name != "posix":
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            candidate.chmod(0o600)


@contextmanager
def transaction(db: Database) -> Iterator[Database]:
    """One committed unit of work: everything inside commits together or not at all."""
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")
