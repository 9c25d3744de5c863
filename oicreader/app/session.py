"""The reader's session: the one open library, opened, closed and reopened here."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from oicreader.store.library import DocumentNotFound, Library

if TYPE_CHECKING:
    from oicreader.model.document import Document

__all__ = ["DocumentNotFound", "Library", "Session"]


class Session:
    """The open library and what the reader may still undo in it (deleted notes)."""

    def __init__(self, library: Library) -> None:
        self._library = library
        # Ids of the notes deleted in this session, newest last: undo brings them back.
        self.deleted_notes: list[str] = []

    @classmethod
    def open(cls, path: Path | None = None, *, upkeep_now: bool = True) -> Session:
        """Open the library (the user's unless `path` is given)."""
        return cls(Library.open(path, upkeep_now=upkeep_now))

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

    def close(self) -> None:
        """Close the library; nothing may read it until `reopen`."""
        self._library.close()

    def reopen(self) -> None:
        """Open the library file again (after a restore put another file in its place)."""
        self._library = Library.open(self._library.path)

    def forget_deleted_notes(self) -> None:
        """Undo no longer applies: the notes deleted belong to a library now replaced."""
        self.deleted_notes.clear()

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
