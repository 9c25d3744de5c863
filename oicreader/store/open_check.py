"""The check a start makes when it cannot skip it: bounded in time, whatever the library's size.

A start without a matching clean-close stamp (store/health.py) used to copy the whole file
and run integrity_check on the copy: 1.3 s for a 120 MB library, before the first paint.
Now a small file is still checked in full, which costs little; a large one is judged from
its first page and its companions, which cost the same at any size. Checking every page is
left to the daily backup, whose copy must pass integrity_check (store/backups.py): when it
does not, the backup asks for a full check, and the next start makes it and repairs the file.
A -wal or a journal beside a large file still sends it to the full check: only that check
can tell a log written for another database, and a crash that left one is rare.
"""

from __future__ import annotations

import os
from pathlib import Path

from oicreader import paths
from oicreader.store.encryption import (
    ENCRYPTED_PAGE_SIZE,
    WrongPassphrase,
    check_passphrase,
    passphrase_for,
)
from oicreader.store.health import Diagnosis, diagnose, header_problem

# Up to this size a start that cannot skip the check copies and checks the whole file
# (about 10 ms a megabyte); above it, it glances at the first page.
FULL_CHECK_UP_TO_BYTES = 8 * 1024 * 1024
# B-tree page kinds page 1 (the schema's root) may have: interior or leaf table page.
_TABLE_PAGE_KINDS = (0x05, 0x0D)


def diagnose_at_open(database: Path) -> Diagnosis:
    """The verdict a start acts on: the full check (health.diagnose) of a small file, of one
    asked for (full_check_requested) or of one a glance finds anything amiss with; for a
    large file that looks sound, "sound" without reading it."""
    if needs_full_check(database):
        return diagnose(database)
    return Diagnosis(None)


def needs_full_check(database: Path) -> bool:
    """True unless the file is large, no full check was asked for, nothing but the file is
    there (no -wal or journal holding data) and its first page looks sound."""
    if full_check_requested(database):
        return True
    try:
        size = database.stat().st_size
    except FileNotFoundError:
        return True  # a first start: diagnose() says so at no cost
    if size <= FULL_CHECK_UP_TO_BYTES or _companion_holds_data(database):
        return True
    return glance(database) is not None


def glance(database: Path) -> str | None:
    """What the first page of a library file alone shows to be wrong with it, if anything:
    its header (page size, length), a schema version of 0, page 1 not a table page. The
    header check guarantees a page size of at least 512, so page 1 reaches past byte 100.

    An encrypted file is judged by its length (whole pages) and by its first page, which
    must decrypt and pass its HMAC under the library's key (one key derivation)."""
    passphrase = passphrase_for(database)
    if passphrase is not None:
        return _glance_encrypted(database, passphrase)
    size = database.stat().st_size
    with database.open("rb") as file:
        header = file.read(100)
        problem = header_problem(header, size)
        if problem is not None:
            return problem
        file.seek(100)
        kind = file.read(1)
    if int.from_bytes(header[60:64], "big") == 0:
        return "not an OIC Reader library (schema version 0)"
    if kind == b"" or kind[0] not in _TABLE_PAGE_KINDS:
        return "the first page is damaged (the schema's root is not a table page)"
    return None


def _glance_encrypted(database: Path, passphrase: str) -> str | None:
    if database.stat().st_size % ENCRYPTED_PAGE_SIZE:
        return "truncated: the file does not end on a whole encrypted page"
    try:
        check_passphrase(database, passphrase)
    except WrongPassphrase:
        return "the first page is damaged (it does not decrypt with the library's key)"
    return None


def _companion_holds_data(database: Path) -> bool:
    for suffix in ("-wal", "-journal"):
        try:
            if Path(f"{database}{suffix}").stat().st_size > 0:
                return True
        except FileNotFoundError:
            continue
    return False


# Asking the next start for a full check ------------------------------------------------------


def request_full_check(database: Path) -> None:
    """Ask the next start to check the library in full, clean close or not (a backup copy
    of it failed its check). Never fails: the daily backup will find the damage again."""
    try:
        descriptor = os.open(
            paths.full_check_request_path(database), os.O_WRONLY | os.O_CREAT, 0o600
        )
    except OSError:
        return
    os.close(descriptor)


def full_check_requested(database: Path) -> bool:
    """True when a backup asked for a full check that no start has made yet."""
    return paths.full_check_request_path(database).exists()


def full_check_made(database: Path) -> None:
    """The full check asked for was made: the next start need not repeat it."""
    paths.full_check_request_path(database).unlink(missing_ok=True)
