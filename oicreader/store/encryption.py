"""The encrypted library: telling an encrypted file from a plain one, and opening it with its
passphrase through SQLCipher (turning encryption on and off: store/library_encryption.py).

A plain library keeps using the standard library's sqlite3 (its speed unchanged, sqlcipher3 not
even imported); only an encrypted file, or one being encrypted, is opened through sqlcipher3.
The key is derived by SQLCipher's own KDF at its defaults (SQLCipher 4: PBKDF2-HMAC-SHA512,
256,000 iterations, a random salt per file). The passphrase is never written anywhere: it is
held in this process's memory while the library is open (`hold_passphrase`) so that backups,
checks and recovery, which are given a path, open copies of the library with the same key.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from oicreader.errors import UserFacingError, explained

if TYPE_CHECKING:
    from types import ModuleType

# How every plain SQLite file starts (an encrypted one starts with its random salt).
SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher's smallest page: an encrypted file is whole pages of ciphertext.
_SMALLEST_ENCRYPTED_FILE = 512
# SQLCipher 4's default page size, which every encrypted library has (never changed here).
ENCRYPTED_PAGE_SIZE = 4096
# The page cache of an encrypted connection, in KiB (filled only as pages are read). SQLCipher
# decrypts and authenticates every page it reads from the file, even one the system has cached,
# where a plain library just copies it: a cache that holds a search's hot pages (the FTS
# index's structure and segments, the rows it finds) decrypts each once. With SQLCipher's own
# 8 MB, the 1M-version benchmark's p95 search was 1.49x and 1.56x the plain library's; with
# 64 MB, 0.83x (tests/benchmarks/bench_search_encrypted.py). Decrypted pages stay in this
# process's memory, as every page of a plain library does; none is written anywhere.
ENCRYPTED_PAGE_CACHE_KIB = 64 * 1024

# Passphrases of the libraries this process has open, by library file. Memory only; forgotten
# on lock (forget_passphrase).
_held: dict[Path, str] = {}


class PassphraseNeeded(UserFacingError):
    """The library is encrypted and no passphrase was given."""


class WrongPassphrase(UserFacingError):
    """The passphrase given does not open the encrypted library."""


def is_encrypted(path: Path) -> bool:
    """True when the file exists and is an SQLCipher database: its header is not SQLite's.

    An encrypted file starts with its random salt, a plain one with "SQLite format 3\\0". A
    file that is missing, empty or shorter than one page is not encrypted (a first start, or
    a damaged plain file that recovery handles)."""
    if not path.is_file():  # (stat alone: opening a FIFO would wait for a writer forever)
        return False
    try:
        with path.open("rb") as file:
            header = file.read(_SMALLEST_ENCRYPTED_FILE)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return False
    if len(header) < _SMALLEST_ENCRYPTED_FILE or header.startswith(SQLITE_HEADER):
        return False
    # A file of zeros (a crash on some file systems) is damage, not ciphertext.
    return header.strip(b"\x00") != b""


def passphrase_needed(path: Path) -> PassphraseNeeded:
    """The refusal to open an encrypted library without its passphrase."""
    return PassphraseNeeded(
        explained(
            "the library {file} is encrypted: give its passphrase in OICREADER_PASSPHRASE, or "
            "on the first line of standard input with --passphrase-stdin; nothing was changed. "
            "A forgotten passphrase cannot be recovered by anyone: the notes are gone",
            file=path,
        )
    )


def wrong_passphrase(path: Path) -> WrongPassphrase:
    """The refusal of a passphrase that does not open the encrypted library."""
    return WrongPassphrase(
        explained(
            "the passphrase does not open the encrypted library {file}; nothing was changed. "
            "Type it again (it is case-sensitive). A forgotten passphrase cannot be recovered "
            "by anyone: the notes are gone",
            file=path,
        )
    )


# The passphrases held in memory -------------------------------------------------------------


def hold_passphrase(library: Path, passphrase: str) -> None:
    """Keep the passphrase of an open library in memory, for its backups, checks and copies."""
    _held[library.resolve()] = passphrase


def forget_passphrase(library: Path) -> None:
    """Drop the passphrase of a library from memory (the window's lock); as far as Python
    allows: a str cannot be wiped, only let go of."""
    _held.pop(library.resolve(), None)


def held_passphrase(library: Path) -> str | None:
    """The passphrase held for this library file, if any."""
    return _held.get(library.resolve())


def passphrase_for(file: Path) -> str | None:
    """The passphrase to open `file` with: None for a plain file; for an encrypted one, the
    passphrase held for it, else the one held for the library it is a backup or a private
    copy of (every copy of a library has the library's key). None too when none is held:
    the file is then opened as a plain one, and found to be "not a database" (a plain file
    whose header is damaged looks the same)."""
    if not is_encrypted(file):
        return None
    passphrase = _held.get(file.resolve())
    if passphrase is None and _held:
        passphrase = next(reversed(_held.values()))
    return passphrase


# Opening ------------------------------------------------------------------------------------


def sqlcipher() -> ModuleType:
    """The sqlcipher3 DB-API module; imported only for an encrypted library."""
    import sqlcipher3.dbapi2

    return cast("ModuleType", sqlcipher3.dbapi2)


def database_errors() -> tuple[type[Exception], ...]:
    """The database errors any open connection may raise: sqlite3's, and sqlcipher3's once it
    is loaded (its classes do not derive from sqlite3's). Use as `except database_errors():`."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    if cipher is None:
        return (sqlite3.Error,)
    return (sqlite3.Error, cast("type[Exception]", cipher.Error))


def is_database_error(error: BaseException) -> bool:
    """True for an error of sqlite3 or sqlcipher3."""
    return isinstance(error, database_errors())


def open_database(
    target: str | Path, passphrase: str | None, *, shown_as: Path | None = None, **options: Any
) -> sqlite3.Connection:
    """Connect to a database file (or URI, with uri=True): with the standard sqlite3 when
    `passphrase` is None, else through SQLCipher keyed with it. The key is checked at once:
    WrongPassphrase (naming `shown_as`, default the target) when it does not open the file.

    An encrypted connection keeps its temporary tables and indexes in memory, never in a
    temporary file outside the data folder, and a page cache big enough for a search's hot
    pages (ENCRYPTED_PAGE_CACHE_KIB). The key is derived once, here, for the connection's life.
    """
    if passphrase is None:
        connection: sqlite3.Connection = sqlite3.connect(target, **options)
        return connection
    connection = cast("sqlite3.Connection", sqlcipher().connect(str(target), **options))
    try:
        apply_key(connection, passphrase)
        connection.execute("PRAGMA temp_store = MEMORY")
        connection.execute(f"PRAGMA cache_size = -{ENCRYPTED_PAGE_CACHE_KIB}")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except database_errors() as error:
        if "not a database" not in str(error):
            # The key opened page 1 and the damage is further in: the caller's own reads
            # meet it where they expect damage (health.inspect_copy, salvage).
            return connection
        connection.close()
        raise wrong_passphrase(shown_as or Path(str(target))) from None
    return connection


def apply_key(connection: sqlite3.Connection, passphrase: str) -> None:
    """Key a new SQLCipher connection (before anything is read), its own log kept quiet: a
    wrong key is our message, not lines of SQLCipher's on stderr."""
    connection.execute("PRAGMA cipher_log_level = NONE")
    connection.execute(f"PRAGMA key = {quoted(passphrase)}")


def quoted(text: str) -> str:
    """An SQL string literal (PRAGMA key takes no bound parameter)."""
    if "\x00" in text:
        raise UserFacingError(explained("a passphrase cannot hold the NUL character"))
    return "'" + text.replace("'", "''") + "'"


def unlock(library: Path, passphrase: str | None) -> str | None:
    """Before a library is opened: the passphrase to open it with (None for a plain one),
    checked against the file and then held in memory; nothing is written.

    With no passphrase given, the one held for the library is used (Session.reopen). An
    encrypted file without either is PassphraseNeeded; one that does not open it is
    WrongPassphrase. A passphrase for a plain file is not used; for a file not yet created,
    it is the new library's."""
    chosen = passphrase if passphrase is not None else held_passphrase(library)
    if not is_encrypted(library):
        if library.exists() and library.stat().st_size > 0:
            return None
        if chosen is None:
            # A new file beside an encrypted library (the library recovery builds from what
            # it salvaged) is encrypted with its key: never a plain copy of its notes. Only
            # beside it: a library in another folder is another reader's, and stays plain.
            beside = [
                held
                for held_for, held in _held.items()
                if held_for.parent == library.resolve().parent
            ]
            chosen = beside[-1] if beside else None
        if chosen is not None:
            hold_passphrase(library, chosen)
        return chosen
    if chosen is None:
        chosen = passphrase_for(library)  # the one held for the library this is a copy of
    if chosen is None:
        if looks_like_a_damaged_plain_library(library):
            return None  # recovery (store/backups.py) will judge and repair it
        raise passphrase_needed(library)
    try:
        check_passphrase(library, chosen)
    except WrongPassphrase:
        # SQLCipher cannot tell a wrong key from a damaged first page; a backup can: if the
        # passphrase opens the newest one, the library is damaged, and recovery repairs it.
        if not opens_the_newest_backup(chosen):
            raise
    hold_passphrase(library, chosen)
    return chosen


def opens_the_newest_backup(passphrase: str) -> bool:
    """True when the newest encrypted backup opens with this passphrase."""
    from oicreader import paths

    for backup in sorted(paths.backups_dir().glob("library-*.db"), reverse=True):
        if is_encrypted(backup):
            try:
                check_passphrase(backup, passphrase)
            except WrongPassphrase:
                return False
            return True
    return False


def looks_like_a_damaged_plain_library(library: Path) -> bool:
    """True when a file whose header is not SQLite's is a plain library with a damaged header
    rather than an encrypted one: its first page still shows its schema in plain text, or the
    newest backup is plain (turning encryption on encrypts every backup)."""
    with library.open("rb") as file:
        first_page = file.read(65536)
    if b"CREATE TABLE" in first_page:
        return True
    from oicreader import paths

    backups = sorted(paths.backups_dir().glob("library-*.db"), reverse=True)
    return bool(backups) and not is_encrypted(backups[0]) and backups[0].stat().st_size > 0


def check_passphrase(database: Path, passphrase: str) -> None:
    """WrongPassphrase unless the passphrase opens the encrypted file. Read as immutable: no
    lock, no -wal or -shm is created or read, so a refusal leaves every byte as it was."""
    open_database(
        f"{database.resolve().as_uri()}?mode=ro&immutable=1",
        passphrase,
        shown_as=database,
        uri=True,
    ).close()
