"""The reader's session: the one open library, opened, closed and reopened here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from oicreader.store.encryption import (
    PassphraseNeeded,
    WrongPassphrase,
    forget_passphrase,
    is_encrypted,
)
from oicreader.store.library import DocumentNotFound, Library
from oicreader.store.schema import upgrade_may_be_due

if TYPE_CHECKING:
    from oicreader.model.document import Document

__all__ = [
    "DocumentNotFound",
    "Library",
    "PassphraseNeeded",
    "Session",
    "WrongPassphrase",
    "upgrade_may_be_due",
]


class Session:
    """The open library and what the reader may still undo in it (deleted notes)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        # Ids of the notes deleted in this session, newest last: undo brings them back.
        self.deleted_notes: list[str] = []

    @classmethod
    def open(
        cls, path: Path | None = None, *, upkeep_now: bool = True, passphrase: str | None = None
    ) -> Session:
        """Open the library (the user's unless `path` is given); an encrypted one with its
        passphrase (PassphraseNeeded, WrongPassphrase: store/encryption.py)."""
        return cls(Library.open(path, upkeep_now=upkeep_now, passphrase=passphrase))

    @property
    def library(self) -> Library:
        """The open library; another object after `reopen`."""
        return self._library

    @property
    def path(self) -> Path:
        """The library file."""
        return self._library.path

    @property
    def can_undo_delete(self) -> bool:
        """True while a note deleted in this session can be brought back."""
        return bool(self.deleted_notes)

    def document(self, reference: str | None, revision: int | None = None) -> Document:
        """A document by symbol or key (the bundled report when None)."""
        return self._library.document(reference, revision)

    def find_key(self, reference: str | None) -> str:
        """The key of a document given by symbol or key."""
        return self._library.find_key(reference)

    @property
    def encrypted(self) -> bool:
        """True when the library file is encrypted (opened with a passphrase)."""
        return is_encrypted(self._library.path)

    def close(self) -> None:
        """Close the library; nothing may read it until `reopen`. The passphrase of an
        encrypted library stays in memory for `reopen`; `lock` lets go of it."""
        self._library.close()

    def lock(self) -> None:
        """Close the library and drop its passphrase from memory: only `reopen` with the
        passphrase opens it again."""
        self._library.close()
        forget_passphrase(self._library.path)

    def reopen(self, passphrase: str | None = None) -> None:
        """Open the library file again (after a restore put another file in its place, or
        after `lock` with the passphrase)."""
        self._library = Library.open(self._library.path, passphrase=passphrase)

    def forget_deleted_notes(self) -> None:
        """Undo no longer applies: the notes deleted belong to a library now replaced."""
        self.deleted_notes.clear()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
