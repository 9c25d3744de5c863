"""What every command shares: checked arguments, JSON lines, opening the library, and finding
the document a DOC argument names."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from oicreader.errors import UserFacingError

if TYPE_CHECKING:
    from oicreader.app.session import Library, Session
    from oicreader.importing.import_plan import FileProgress
    from oicreader.model.document import Document

# json, shutil and the app layer are imported inside the functions that use them: building the
# parser must stay light, because a bare `oicreader` builds it before opening the window.


# Options whose value is a file to be written: it need not exist yet, and on POSIX a file name
# may hold any bytes, so their values are not held to UTF-8.
OUTPUT_FILE_OPTIONS = ("-o", "--output")


def refuse_text_that_is_not_utf8(arguments: Sequence[str]) -> None:
    """Refuse, by name, an argument holding bytes that are not UTF-8 text.

    Python hands such bytes over as lone surrogates (a terminal set to Latin-1, a script's
    stray byte), which no note, tag or search can store or match. A file name may hold any
    bytes on POSIX, so an existing file, or the file an output option names, passes.
    """
    for index, argument in enumerate(arguments):
        option, value = _option_and_value(arguments, index, argument)
        raw = value.encode("utf-8", "surrogateescape")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as error:
            if option in OUTPUT_FILE_OPTIONS or os.path.lexists(value):
                continue
            shown = raw.decode("utf-8", "backslashreplace")
            where = option or f"the argument '{shown}'"
            raise UserFacingError(
                f"{where}: '{shown}' is not UTF-8 text (the byte 0x{raw[error.start]:02x}); "
                "type it again in a terminal set to UTF-8 (check LANG or LC_ALL), or convert "
                "the text it comes from to UTF-8"
            ) from None


def _option_and_value(arguments: Sequence[str], index: int, argument: str) -> tuple[str, str]:
    """The option an argument belongs to ("" for a positional argument) and its value."""
    if argument.startswith("--") and "=" in argument:
        option, _, value = argument.partition("=")
        return option, value
    previous = arguments[index - 1] if index else ""
    return (previous, argument) if previous.startswith("-") else ("", argument)


class ControlsShown(io.TextIOBase):
    """A text stream that passes text on with its control characters shown as escapes, so
    that a document or a note printed in plain text cannot drive the terminal."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__()
        self.stream = stream

    def write(self, text: str) -> int:
        """Write the text, control characters shown; return how much of it was taken."""
        from oicreader.text.terminal_bidi import show_controls

        self.stream.write(show_controls(text))
        return len(text)

    def flush(self) -> None:
        """Flush the stream underneath."""
        self.stream.flush()

    def isatty(self) -> bool:
        """Whether the stream underneath is a terminal (visual bidi order is for terminals)."""
        return self.stream.isatty()

    def fileno(self) -> int:
        """The file descriptor of the stream underneath."""
        return self.stream.fileno()


def print_message(text: str) -> None:
    """Print a message for the user on stderr, control characters shown as escapes: it may
    quote a file name, a document or a note."""
    from oicreader.text.terminal_bidi import show_controls

    print(show_controls(text), file=sys.stderr)


def print_json(out: TextIO, value: dict[str, Any]) -> None:
    """One JSON object on one line, non-ASCII text kept readable."""
    import json

    print(json.dumps(value, ensure_ascii=False), file=out)


def terminal_width() -> int:
    """Columns of the terminal, or 100 when output is not a terminal."""
    import shutil

    return shutil.get_terminal_size((100, 24)).columns


def open_session(*, writes: bool = True) -> Session:
    """Open the user's library as a session of the app layer, telling the user on stderr if
    it had to be recovered.

    An encrypted library needs the passphrase given in OICREADER_PASSPHRASE or with
    --passphrase-stdin: without it, or with a wrong one, the command is refused (exit 1)
    before anything is written. A command that `writes` is refused at once when the library
    file or its folder is read-only, before it changes anything. One that only reads opens
    it read-only there, and leaves the upkeep that would write (the daily backup, reloading
    bundled documents) to a later start in a folder it can write.
    """
    from oicreader.app.encryption import library_is_encrypted
    from oicreader.app.session import Library, Session
    from oicreader.cli.passphrase import given_passphrase
    from oicreader.paths import can_write_library, library_path, require_writable

    path = library_path()
    if writes:
        require_writable(path)
    # An encrypted library opens with the passphrase given to the command (cli/passphrase.py).
    # A passphrase for a plain or not yet created library is not used: new libraries are
    # plain until `oicreader encrypt`.
    passphrase = given_passphrase() if library_is_encrypted() else None
    library = Library.open(
        upkeep_now=False,
        passphrase=passphrase,
        on_upgrade=_say_upgrading if sys.stderr.isatty() else None,
    )
    if library.recovery is not None:
        print_message(f"oicreader: {library.recovery.message()}")
    session = Session(library)
    if can_write_library(path):
        _say_notes_to_review(session, library.check_bundled_documents())
        _take_daily_backup(library)
    return session


def _say_upgrading(old: int, new: int) -> None:
    """Say why a command is slow once after an update: a large library's upgrade takes a
    minute (150,000 paragraph versions from schema 4: 37 s)."""
    print_message(
        f"oicreader: upgrading the library for this version of OIC Reader (schema {old} to "
        f"{new}); this happens once, and takes up to a minute for a large library"
    )


def _say_notes_to_review(session: Session, reloaded: list[str]) -> None:
    """Say so on stderr when a newer bundled text changed words the reader's notes were on,
    as the window does: a script's reader would otherwise learn it only from `notes review`."""
    from oicreader.app.reviews import notes_to_review

    count = sum(len(notes_to_review(session, key)) for key in reloaded)
    if count:
        notes = "1 of your notes is" if count == 1 else f"{count} of your notes are"
        print_message(
            "oicreader: the documents that come with OIC Reader have a revised text: "
            f"{notes} on words it changed and need a look (oicreader notes review). "
            "None was dropped."
        )


def _take_daily_backup(library: Library) -> None:
    """The daily backup, if due; one that cannot be taken (a full disk) is a warning, not a
    refusal: the command the user asked for may need no room at all, and it is tried again
    at the next start, as the window does."""
    from oicreader.app.backups import BackupError
    from oicreader.errors import describe_failure

    try:
        library.take_daily_backup()
    except (BackupError, OSError) as error:
        print_message(
            f"oicreader: warning: the daily backup was not taken: {describe_failure(error)}; "
            "it will be tried again at the next start"
        )


def document_key(session: Session, reference: str | None) -> str:
    """The key of the library document a DOC argument names, by symbol or id in any case; the
    bundled report when none is given. An unknown one is refused: the message names what
    was given and the command that lists the documents."""
    from oicreader.app.session import DocumentNotFound

    try:
        return session.find_key(reference or None)
    except DocumentNotFound:
        raise unknown_document(reference) from None


def unknown_document(reference: str | None) -> UserFacingError:
    """The refusal of a DOC argument that names no document of the library."""
    from oicreader.app.session import DocumentNotFound

    return DocumentNotFound(
        f"no document {reference!r} in the library; `oicreader docs` lists its documents "
        "with their symbols and ids"
    )


def document_filter(session: Session, reference: str | None) -> str | None:
    """The key of the document a DOC argument names, or None (every document) without one."""
    return document_key(session, reference) if reference else None


def named_document(
    session: Session,
    reference: str | None,
    source_language: str | None = None,
    password: str | None = None,
    progress: FileProgress | None = None,
) -> Document:
    """The document a DOC argument names: a report file (.txt, .docx, .pdf) read without
    adding it to the library, else a library document as `document_key` finds it."""
    from oicreader.catalog import document_from_file, looks_like_path

    if reference and looks_like_path(reference):
        return document_from_file(Path(reference), source_language, password, progress)
    return session.document(document_key(session, reference))
