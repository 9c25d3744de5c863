"""Checking a Word file's zip package before anything parses it: what it unpacks to, and how much.

A .docx of a few hundred kilobytes can unpack to gigabytes (a zip bomb), or to millions of
XML elements that lxml and python-docx turn into gigabytes of objects (an XML bomb). The
sizes the zip directory states are not trusted: every entry is unpacked as a stream and its
bytes counted, and the check stops at the first limit crossed, having held one chunk at a time.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from oicreader.errors import explained
from oicreader.importing.errors import ImportProblem

MEGABYTE = 1024 * 1024
# A report's document.xml is a few megabytes, its pictures rarely more than a few each.
MAX_ENTRY_BYTES = 100 * MEGABYTE
MAX_UNPACKED_BYTES = 200 * MEGABYTE
# A 10,000-paragraph report with Word's formatting holds about 500,000 elements; parsed,
# a million take about 350 MB.
MAX_XML_ELEMENTS = 1_000_000
MAX_ENTRIES = 10_000
_CHUNK_BYTES = MEGABYTE
_CENTRAL_DIRECTORY_SIGNATURE = b"PK\x01\x02"
RESAVE = explained("Open it in Word or LibreOffice, save it again as .docx, and import that.")
_CHECK_IT = explained(
    "Check that it is the right file; if it is, open it in Word or LibreOffice, save it "
    "again as .docx (or split the report into smaller files) and import that."
)


def check_word_package(data: bytes, path: Path) -> None:
    """Refuse, with an ImportProblem, a package that unpacks to too much or holds too much XML."""
    try:
        with open_package(data, path) as package:
            _check_entries(package, path)
    except (ImportProblem, MemoryError):
        raise
    except Exception as error:  # BadZipFile, a CRC or zlib error, encryption, an unknown method
        raise ImportProblem(
            path,
            explained(
                "this Word file is damaged ({kind}: {reason})",
                kind=type(error).__name__,
                reason=error,
            ),
            RESAVE,
        ) from None


def open_package(data: bytes, path: Path) -> zipfile.ZipFile:
    """The zip package in `data`, refused first if it holds too many parts.

    zipfile builds an object per part as it opens a package: half a million empty parts
    fit in 50 MB and take seconds and hundreds of megabytes. Every part has a central
    directory header starting with this signature, so counting it bounds the parts before
    zipfile reads any.
    """
    parts = data.count(_CENTRAL_DIRECTORY_SIGNATURE)
    if parts > MAX_ENTRIES:
        raise ImportProblem(
            path,
            explained(
                "the Word file holds {count} parts, more than {limit}",
                count=f"{parts:,}",
                limit=f"{MAX_ENTRIES:,}",
            ),
            _CHECK_IT,
        )
    return zipfile.ZipFile(io.BytesIO(data))


def read_entry_start(package: zipfile.ZipFile, name: str, count: int) -> bytes:
    """At most the first `count` bytes of an entry, however large it unpacks."""
    with package.open(name) as entry:
        return entry.read(count)


def _check_entries(package: zipfile.ZipFile, path: Path) -> None:
    entries = package.infolist()
    counter = _UnpackedCounter(path)
    for entry in entries:
        counter.start(entry.filename)
        with package.open(entry) as stream:
            while chunk := stream.read(_CHUNK_BYTES):
                counter.add(chunk)


class _UnpackedCounter:
    """Counts unpacked bytes (per entry and in all) and XML elements, refusing past a limit."""

    def __init__(self, path: Path):
        self.path = path
        self.total_bytes = 0
        self.elements = 0
        self.entry_name = ""
        self.entry_bytes = 0
        self._last_byte = b""

    def start(self, name: str) -> None:
        """Begin counting a new entry."""
        self.entry_name, self.entry_bytes, self._last_byte = name, 0, b""

    def add(self, chunk: bytes) -> None:
        """Count one unpacked chunk of the current entry."""
        self.entry_bytes += len(chunk)
        self.total_bytes += len(chunk)
        # Every element starts with "<" not followed by "/"; an end tag split between two
        # chunks is seen by prefixing the last byte of the one before. Comments, processing
        # instructions and "<" inside CDATA count too: an upper bound, which is what a limit
        # needs. Every entry is counted, whatever its name: the package, not the name, says
        # which parts python-docx parses as XML.
        self.elements += chunk.count(b"<") - (self._last_byte + chunk).count(b"</")
        self._last_byte = chunk[-1:]
        if self.entry_bytes > MAX_ENTRY_BYTES:
            raise self._refusal(
                explained(
                    "unpacks to more than {megabytes} MB", megabytes=MAX_ENTRY_BYTES // MEGABYTE
                )
            )
        if self.total_bytes > MAX_UNPACKED_BYTES:
            raise self._refusal(
                explained(
                    "makes the file unpack to more than {megabytes} MB",
                    megabytes=MAX_UNPACKED_BYTES // MEGABYTE,
                )
            )
        if self.elements > MAX_XML_ELEMENTS:
            raise self._refusal(
                explained(
                    "brings its XML to more than {count} elements", count=f"{MAX_XML_ELEMENTS:,}"
                )
            )

    def _refusal(self, what: str) -> ImportProblem:
        return ImportProblem(
            self.path,
            explained(
                "this Word file is too large inside: its part {part} {what}",
                part=_shown(self.entry_name),
                what=what,
            ),
            _CHECK_IT,
        )


def _shown(name: str) -> str:
    # A part's name comes from the file: keep the message on one line and of a sane length.
    printable = "".join(character if character.isprintable() else "?" for character in name)
    return printable if len(printable) <= 80 else printable[:79] + "…"
