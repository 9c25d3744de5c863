"""W3C notes files: read all or refuse with the place of each problem; write atomically."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from oicreader.annotations.w3c_export import export_collection
from oicreader.annotations.w3c_import import import_collection
from oicreader.annotations.w3c_validation import AnnotationFileError, FileProblem
from oicreader.atomic_files import write_private_file
from oicreader.errors import explained
from oicreader.importing.safe_read import FileTooLarge, UnreadableFile, read_user_file
from oicreader.model.annotation import Annotation

__all__ = [
    "MAX_FILE_BYTES",
    "annotation_file_bytes",
    "annotations_from_bytes",
    "read_annotation_file",
    "write_annotation_file",
]

# Far above any real notes file (100,000 notes take ~60 MB), low enough to refuse a wrong
# file before reading it all into memory.
MAX_FILE_BYTES = 200_000_000

_DAMAGED_ADVICE = explained(
    "The file is damaged or is not a notes file; export the notes again from OIC Reader."
)


def read_annotation_file(path: Path) -> list[Annotation]:
    """Annotations from a W3C JSON-LD file, all or none; any problem raises AnnotationFileError."""
    path = Path(path)
    try:
        # A regular file only (a FIFO would hang, /dev/zero never end), with a byte limit.
        raw = read_user_file(path, MAX_FILE_BYTES)
    except FileTooLarge as error:
        raise _too_big(path, error.size) from None
    except UnreadableFile as error:
        raise AnnotationFileError(
            path,
            [
                FileProblem(
                    "", explained("the file cannot be read ({reason})", reason=error.problem)
                )
            ],
            error.advice,
        ) from None
    return annotations_from_bytes(raw, path)


def annotations_from_bytes(raw: bytes, path: Path) -> list[Annotation]:
    """Annotations from the bytes of a W3C JSON-LD file (read, or unsealed), all or none;
    any problem raises AnnotationFileError naming `path`."""
    try:
        # utf-8-sig: Windows editors often start UTF-8 files with a byte-order mark.
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise AnnotationFileError(
            path,
            [
                FileProblem(
                    explained("line {line}, byte {column}", line=line, column=column),
                    explained("not UTF-8 text (byte {byte})", byte=f"0x{raw[error.start]:02x}"),
                )
            ],
            explained("Save the file as UTF-8, or export the notes again from OIC Reader."),
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise AnnotationFileError(
            path,
            [
                FileProblem(
                    explained(
                        "line {line}, column {column}", line=error.lineno, column=error.colno
                    ),
                    explained("not JSON: {reason}", reason=error.msg),
                )
            ],
            _DAMAGED_ADVICE,
        ) from None
    except RecursionError:
        raise AnnotationFileError(
            path,
            [FileProblem("", explained("not a notes file: its JSON is nested too deeply"))],
            _DAMAGED_ADVICE,
        ) from None
    except ValueError as error:  # e.g. an integer with more digits than Python will convert
        raise AnnotationFileError(
            path,
            [FileProblem("", explained("not usable JSON: {reason}", reason=error))],
            _DAMAGED_ADVICE,
        ) from None
    return import_collection(data, path)


def _too_big(path: Path, size: int) -> AnnotationFileError:
    return AnnotationFileError(
        path,
        [
            FileProblem(
                "",
                explained(
                    "the file is {size} MB; notes files over {limit} MB are refused",
                    size=f"{size / 1_000_000:.0f}",
                    limit=MAX_FILE_BYTES // 1_000_000,
                ),
            )
        ],
        explained("Check that this is the notes file you meant; 100,000 notes take about 60 MB."),
    )


def write_annotation_file(annotations: Iterable[Annotation], path: Path) -> None:
    """Write annotations as W3C JSON-LD (UTF-8), atomically and owner-only: notes are private,
    and the old file or the new is there, never half."""
    write_private_file(Path(path), annotation_file_bytes(annotations))


def annotation_file_bytes(annotations: Iterable[Annotation]) -> bytes:
    """The bytes of a W3C JSON-LD notes file holding these annotations (UTF-8)."""
    text = json.dumps(export_collection(annotations), ensure_ascii=False, indent=2) + "\n"
    # export_collection has refused lone surrogates, so this encoding cannot fail.
    return text.encode("utf-8")
