"""The reader's use cases for the encrypted library: turning encryption on or off, changing the
passphrase, and giving the passphrase a command or the window was given."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from oicreader.app.changes import Changes
from oicreader.paths import library_path, require_writable
from oicreader.store.encryption import (
    PassphraseNeeded,
    WrongPassphrase,
    forget_passphrase,
    held_passphrase,
    hold_passphrase,
    is_encrypted,
)

if TYPE_CHECKING:
    from oicreader.app.session import Session
    from oicreader.store.library_encryption import ConversionReport

# The conversions (store.library_encryption) are imported by the use cases that convert:
# every command and the window's start ask library_is_encrypted or use_passphrase, and
# need none of them.

__all__ = [
    "PassphraseNeeded",
    "WrongPassphrase",
    "change_passphrase",
    "decrypt",
    "encrypt",
    "library_is_encrypted",
    "use_passphrase",
]


def library_is_encrypted() -> bool:
    """True when the user's library file is encrypted."""
    return is_encrypted(library_path())


def use_passphrase(passphrase: str | None) -> None:
    """Hold the passphrase given for the user's library in memory, for what opens it or its
    backups without a session (a restore of a damaged library); None lets go of any held."""
    # Held only for a library that is encrypted: a passphrase given for a sealed notes file,
    # or before the first start, never makes a new library encrypted behind the reader's
    # back (`oicreader encrypt` does that, saying so).
    if passphrase is None or not is_encrypted(library_path()):
        forget_passphrase(library_path())
    else:
        hold_passphrase(library_path(), passphrase)


def encrypt(passphrase: str, session: Session | None = None) -> tuple[ConversionReport, Changes]:
    """Encrypt the user's library and every backup; a session is closed for it and opened
    again with the passphrase."""
    from oicreader.store.library_encryption import encrypt_library

    return _converted(lambda: encrypt_library(library_path(), passphrase), passphrase, session)


def decrypt(passphrase: str, session: Session | None = None) -> tuple[ConversionReport, Changes]:
    """Write the user's library and every backup back as plain files."""
    from oicreader.store.library_encryption import decrypt_library

    return _converted(lambda: decrypt_library(library_path(), passphrase), None, session)


def change_passphrase(
    old: str, new: str, session: Session | None = None
) -> tuple[ConversionReport, Changes]:
    """Re-key the user's encrypted library and every backup from `old` to `new`."""
    from oicreader.store import library_encryption as stored

    if not library_is_encrypted():
        raise stored.EncryptionError(
            f"the library {library_path()} is not encrypted: `oicreader encrypt` encrypts it; "
            "nothing was changed"
        )
    return _converted(lambda: stored.change_passphrase(library_path(), old, new), new, session)


def _converted(
    convert: Callable[[], ConversionReport], passphrase_after: str | None, session: Session | None
) -> tuple[ConversionReport, Changes]:
    """Run a conversion with no connection of this process open on the library; the session
    is opened again whatever happens, with the passphrase the library has then."""
    path = library_path()
    require_writable(path)
    passphrase_before = held_passphrase(path)
    if session is not None:
        session.close()
    try:
        report = convert()
    except BaseException:
        if session is not None:
            session.reopen(passphrase_before)
        raise
    if passphrase_after is None:
        forget_passphrase(path)
    else:
        hold_passphrase(path, passphrase_after)
    if session is not None:
        session.reopen(passphrase_after)
    return report, Changes(library_reopened=session is not None)
