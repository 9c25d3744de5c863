"""The one error type that reaches the user, and how any other failure is told to the user.

Every layer raises `UserFacingError` (or a subclass) for a problem the user can act on, with a
message that names the file, the place and what to do. The command line catches it in one
place (exit status 1) and the window shows it in one dialog. Failures of the machine itself
(a full disk, a read-only folder, a locked database) arrive as OSError or sqlite3 errors from
deep inside; `describe_failure` turns them into the same kind of message, so that no refusal
is ever a traceback.

A message of core code is an `Explained` text: an English template with named values, made
by `explained(template, **values)`. It is a str, the English text the command line prints;
the window translates its template (lupdate collects the templates from the calls to
`explained`, see oicreader/devtools/translations.py) and fills in the same values.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Iterable, Mapping
from typing import TypeGuard


class Explained(str):
    """English text that remembers the template and the values it was made from."""

    template: str
    values: Mapping[str, object]

    def __new__(cls, template: str, values: Mapping[str, object]) -> Explained:
        text = super().__new__(cls, template.format_map(values))
        text.template = template
        text.values = dict(values)
        return text


def explained(template: str, /, **values: object) -> Explained:
    """A translatable message: `template` (a literal, for lupdate) filled with `values`.

    Values (file names, numbers, symbols) are never translated; a value that is itself an
    Explained is translated in its turn."""
    return Explained(template, values)


def listed(items: Iterable[str]) -> str:
    """Items joined with ", ", each translated in turn when it is an Explained text."""
    joined = ""
    for item in items:
        joined = explained("{earlier}, {item}", earlier=joined, item=item) if joined else item
    return joined


class UserFacingError(Exception):
    """A problem the user can fix; shown as one message, never as a traceback."""


# What describe_failure has a message for: the window's except clauses catch exactly these,
# so that a failure the reader can act on is a dialog and anything else stays a bug.
EXPECTED_FAILURES: tuple[type[BaseException], ...] = (
    UserFacingError,
    OSError,
    sqlite3.DatabaseError,
    MemoryError,
)


def describe_failure(error: BaseException) -> str | None:
    """The message for the user for an error that is not a bug, or None for a bug.

    UserFacingError's own message, followed by what to do when it wraps a full disk or a
    read-only folder; for OSError and the database's own failures (a full disk, a read-only
    or damaged file, a lock), what failed, with the file, and what to do.
    """
    if isinstance(error, UserFacingError):
        message = _message_of(error)
        advice = _advice_for_cause(error.__cause__)
        if advice is None:
            return message
        return explained("{message} — {advice}", message=message, advice=advice)
    if isinstance(error, OSError):
        return _describe_os_error(error)
    if _is_database_failure(error):
        return _describe_database_error(error)
    if isinstance(error, MemoryError):
        return explained("there is not enough memory for this; close other programs and try again")
    return None


def _message_of(error: UserFacingError) -> str:
    """The error's own message, an Explained text when core code made it one."""
    if error.args and isinstance(error.args[0], str) and len(error.args) == 1:
        return error.args[0]  # also spares a KeyError-like error the quotes str() adds
    if isinstance(error, LookupError) and error.args:
        return str(error.args[0])
    return str(error)


# EFBIG: the file outgrew what the system lets this process write (a quota, a file-size
# limit, FAT's 4 GB); to the reader it is the same as a full disk, and so is the remedy.
_DISK_FULL = frozenset({errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)})
_FREE_SPACE = explained("the disk is full; free some space and try again (nothing was changed)")
# SQLite reports a write refused for want of room this way when the system says EFBIG (a
# quota, a file-size limit) rather than ENOSPC, as some network disks do too.
_DISK_MAY_BE_FULL = explained(
    "the disk may be full or failing; free some space and try again (nothing was "
    "changed); if it persists, restore a backup (oicreader restore)"
)
_READ_ONLY_FOLDER = explained(
    "the folder is read-only (a read-only disk or share); reading works, but nothing "
    "can be saved there: set OICREADER_HOME to a folder you can write"
)
_READ_ONLY_LIBRARY = explained(
    "the library cannot be written (read-only file or folder); check its permissions, "
    "or set OICREADER_HOME to a folder you can write"
)


def _is_database_failure(error: BaseException | None) -> TypeGuard[sqlite3.DatabaseError]:
    # A plain DatabaseError is a damaged file ("database disk image is malformed"); its
    # other kinds (IntegrityError, ProgrammingError…) are bugs. An encrypted library's
    # connection (sqlcipher3) raises classes of the same names that are not sqlite3's.
    if type(error).__module__ == "sqlcipher3.dbapi2":
        return type(error).__name__ in ("OperationalError", "DatabaseError")
    return isinstance(error, sqlite3.OperationalError) or type(error) is sqlite3.DatabaseError


def _advice_for_cause(cause: BaseException | None) -> Explained | None:
    """What to do about the failure of the machine a UserFacingError wraps, if any: a layer
    that words its own message ("could not copy …") need not repeat the remedy."""
    if isinstance(cause, OSError):
        if cause.errno in _DISK_FULL:
            return _FREE_SPACE
        return _READ_ONLY_FOLDER if cause.errno == errno.EROFS else None
    if _is_database_failure(cause):
        lowered = str(cause).lower()
        if "full" in lowered:
            return _FREE_SPACE
        if "readonly" in lowered or "read-only" in lowered:
            return _READ_ONLY_LIBRARY
        if "disk i/o" in lowered:
            return _DISK_MAY_BE_FULL
    return None


def _describe_os_error(error: OSError) -> str:
    name = error.filename
    reason = error.strerror or str(error)
    advice = _advice_for_os_error(error)
    if name:
        return explained("{file}: {reason} — {advice}", file=name, reason=reason, advice=advice)
    return explained("{reason} — {advice}", reason=reason, advice=advice)


def _advice_for_os_error(error: OSError) -> Explained:
    if error.errno in _DISK_FULL:
        advice = _FREE_SPACE
    elif error.errno == errno.EROFS:
        advice = _READ_ONLY_FOLDER
    elif error.errno in (errno.EACCES, errno.EPERM):
        advice = explained(
            "the file or its folder cannot be written or read here; check its permissions, "
            "or set OICREADER_HOME to a folder you can write"
        )
    elif error.errno == errno.ELOOP:
        advice = explained("the path is a loop of symbolic links; give the real file")
    elif error.errno in (errno.ENOENT, errno.ENOTDIR):
        advice = explained("there is no such file; check the name")
    elif error.errno == errno.EISDIR:
        advice = explained("that is a folder; give a file")
    else:
        advice = explained("check the file and try again")
    return advice


def _describe_database_error(error: sqlite3.DatabaseError) -> str:
    from oicreader.paths import library_path  # only when something already failed

    text = str(error)
    lowered = text.lower()
    if "full" in lowered:
        advice = _FREE_SPACE
    elif "readonly" in lowered or "read-only" in lowered:
        advice = _READ_ONLY_LIBRARY
    elif "locked" in lowered or "busy" in lowered:
        advice = explained("another OIC Reader is writing to it; wait a moment and try again")
    elif "disk i/o" in lowered:
        advice = _DISK_MAY_BE_FULL
    else:
        advice = explained("try again; if it persists, restore a backup (oicreader restore)")
    try:
        where: str = str(library_path())
    except OSError:
        where = explained("the library")
    return explained("{file}: {reason} — {advice}", file=where, reason=text, advice=advice)
