"""Salvaging notes from a damaged library file into the library that replaces it (briefs:
store/salvage_briefs.py).

Python's sqlite3 has no binding for SQLite's recovery API, and the sqlite3 tool's .recover is
not there on every system (not on Windows), so the salvage is done here, on a private copy of
the damaged file and its -wal in the data folder. A file header that can no longer be read is
replaced by the header of the replacement (a backup of the same library), and an unreadable
schema by its schema pages; then every note is read by rowid ranges, halving a range that
fails down to the single rows a damaged page holds. The indexes list every note's rowid (and
uuid) apart from the table's own pages: the rows they list that SQLite could not reach are
looked for on the leaf pages themselves (store/page_scan.py), and what is still missing is
counted as not recovered.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from oicreader.model.annotation import Annotation, parse_timestamp
from oicreader.store.annotations import _COLUMNS, _from_row, merge_annotations
from oicreader.store.connection import connect
from oicreader.store.encryption import (
    WrongPassphrase,
    database_errors,
    open_database,
    passphrase_for,
)
from oicreader.store.health import copy_owner_only, header_is_readable, private_scratch
from oicreader.store.library import Library
from oicreader.store.page_scan import leaf_rows
from oicreader.store.salvage_briefs import merge_briefs, read_briefs

_HEADER_SIZE = 100
_ROWID_COLUMNS = f"rowid, {_COLUMNS}"
_COLUMN_NAMES = _COLUMNS.replace(" ", "").split(",")
_MODIFIED = _COLUMN_NAMES.index("modified")
_INTERIOR_TABLE_PAGE = 0x05
_MAX_SCHEMA_PAGES = 256
# Queries one table's salvage may make: a few seconds at most.
_QUERY_BUDGET = 200_000


@dataclass(frozen=True)
class SalvageReport:
    """What a salvage brought back into the restored library, and what it could not."""

    readable: bool  # False when nothing at all could be read from the damaged file
    recovered: int = 0  # notes added, or updated because the damaged file's copy was newer
    lost: int = 0  # notes of the damaged file that could not be read and the backup lacks
    briefs: int = 0  # briefs added, or replaced because the damaged file's copy was newer

    @property
    def brought_back(self) -> bool:
        """Whether the salvage put anything of the reader's into the restored library."""
        return bool(self.recovered or self.briefs)


@dataclass
class _Found:
    """What could be read of the annotations of a damaged file."""

    rows: dict[int, tuple[Any, ...]] = field(default_factory=dict)  # rowid -> _COLUMNS values
    tags: dict[int, list[str]] = field(default_factory=dict)  # rowid -> tags, in order
    unreadable: dict[int, str | None] = field(default_factory=dict)  # rowid -> uuid if known
    has_notes_table: bool = True
    columns: list[str] = field(default_factory=list)  # the annotations table's, in order


def salvage_notes(damaged: Path, restored: Path) -> SalvageReport:
    """Merge the notes that can be read from `damaged` into `restored`, a closed library file.

    A note is added when `restored` lacks its id and replaces the stored one only when its
    `modified` is later, so nothing the backup holds is duplicated or turned back. `damaged`
    and its companions are only read (copied). Raises OSError when the copy cannot be made.
    """
    with private_scratch() as scratch:
        copy = scratch / "damaged.db"
        copy_owner_only(damaged, copy)
        for suffix in ("-wal", "-journal"):
            companion = Path(f"{damaged}{suffix}")
            if companion.exists():
                copy_owner_only(companion, Path(f"{copy}{suffix}"))
        # The page-level repairs read plain pages; an encrypted file is read through its key
        # only (each page is decrypted and authenticated by SQLCipher, or refused).
        passphrase = passphrase_for(damaged)
        if passphrase is None:
            _repair_header(copy, donor=restored)
        found = _read_notes(copy, passphrase)
        if found is None and passphrase is None and _transplant_schema(copy, donor=restored):
            found = _read_notes(copy, None)
        if found is not None and found.unreadable and passphrase is None:
            _read_from_pages(copy, found)
        briefs = read_briefs(copy, passphrase) if found is not None else []
    if found is None or not found.has_notes_table:
        return SalvageReport(readable=False)
    annotations = _valid_annotations(found)
    library = Library(connect(restored, passphrase_for(restored)), restored)
    try:
        known = _rowids_and_uuids(library)
        merged = merge_annotations(library, annotations)
        briefs_merged = merge_briefs(library, briefs)
    finally:
        library.close()
    known_uuids = set(known.values())
    # A note that could not be read is lost unless the backup has it: by uuid when an index
    # told it, else by rowid (the backup is an earlier state of the same file).
    lost = sum(
        1
        for rowid, uuid in found.unreadable.items()
        if (uuid not in known_uuids if uuid is not None else rowid not in known)
    )
    return SalvageReport(
        readable=True,
        recovered=merged.added + merged.updated + merged.kept_for_review,
        lost=lost,
        briefs=briefs_merged,
    )


def _repair_header(copy: Path, donor: Path, *, always: bool = False) -> None:
    """Give the copy the donor's file header if its own can no longer be read."""
    with copy.open("r+b") as file:
        if header_is_readable(file.read(_HEADER_SIZE)) and not always:
            return
        with donor.open("rb") as source:
            header = bytearray(source.read(_HEADER_SIZE))
        log = Path(f"{copy}-wal")
        # The journal mode decides whether SQLite reads the -wal at all.
        header[18:20] = b"\x02\x02" if log.exists() and log.stat().st_size else b"\x01\x01"
        header[28:32] = bytes(4)  # page count 0: SQLite counts the file's pages itself
        header[32:40] = bytes(8)  # no free-page list: the donor's points at other pages
        file.seek(0)
        file.write(header)


def _transplant_schema(copy: Path, donor: Path) -> bool:
    """Put the donor's schema pages (page 1 and the pages it points to) into the copy.

    For a copy whose own schema cannot be read: a backup of the same library keeps its
    tables' schema on the same pages, unless a migration ran since. Rows read through a
    schema that does not fit are refused by _valid_annotations. False when not possible.
    """
    page_size = _page_size_of(donor)
    size = copy.stat().st_size
    if not page_size or page_size != (_page_size_of(copy) or page_size):
        return False
    with donor.open("rb") as source, copy.open("r+b") as target:
        for number in _schema_pages(source, page_size):
            if number * page_size > size:
                return False
            source.seek((number - 1) * page_size)
            target.seek((number - 1) * page_size)
            target.write(source.read(page_size))
    _repair_header(copy, donor, always=True)
    return True


def _schema_pages(database: BinaryIO, page_size: int) -> list[int]:
    """The pages of a sound database's schema b-tree, read from its page headers."""
    pages: list[int] = []
    pending = [1]
    while pending and len(pages) < _MAX_SCHEMA_PAGES:
        number = pending.pop()
        database.seek((number - 1) * page_size)
        page = database.read(page_size)
        start = _HEADER_SIZE if number == 1 else 0  # page 1 begins with the file header
        pages.append(number)
        if page[start] != _INTERIOR_TABLE_PAGE:
            continue
        cells = int.from_bytes(page[start + 3 : start + 5], "big")
        pending.append(int.from_bytes(page[start + 8 : start + 12], "big"))
        for cell in range(cells):
            pointer_at = start + 12 + 2 * cell
            pointer = int.from_bytes(page[pointer_at : pointer_at + 2], "big")
            pending.append(int.from_bytes(page[pointer : pointer + 4], "big"))
    return pages


def _page_size_of(database: Path) -> int | None:
    with database.open("rb") as file:
        header = file.read(_HEADER_SIZE)
    if not header_is_readable(header):
        return None
    page_size = int.from_bytes(header[16:18], "big")
    return 65536 if page_size == 1 else page_size


def _read_notes(copy: Path, passphrase: str | None) -> _Found | None:
    """Every annotation row and tag that can be read; None when the schema is unreadable."""
    try:
        connection = open_database(copy, passphrase, isolation_level=None)
    except WrongPassphrase:
        return None
    with closing(connection):
        try:
            tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
        except database_errors():
            return None
        if "annotations" not in tables:
            return _Found(has_notes_table=False)
        found = _Found()
        try:
            found.columns = [
                str(row[1]) for row in connection.execute("PRAGMA table_info(annotations)")
            ]
        except database_errors():
            return None
        listed, listing_complete = _listed_rowids(connection)
        upper = max([*listed, _max_rowid(connection, "annotations")])
        failed = _read_rows(
            connection, f"SELECT {_ROWID_COLUMNS} FROM annotations", upper, found.rows
        )
        suspects = set(listed) if listing_complete else set(listed) | failed
        found.unreadable = {
            rowid: listed.get(rowid) for rowid in sorted(suspects - set(found.rows))
        }
        if "annotation_tags" in tables:
            found.tags = _read_tags(connection)
    return found


def _read_from_pages(copy: Path, found: _Found) -> None:
    """Read the rows SQLite could not reach straight from the leaf pages (store/page_scan.py):
    a damaged inner page of the table hides sound leaf pages below it."""
    page_size = _page_size_of(copy)
    if page_size is None:
        return
    candidates: dict[int, tuple[Any, ...]] = {}
    for rowid, values in leaf_rows(copy, page_size, len(found.columns)):
        if rowid not in found.unreadable:
            continue
        by_name = dict(zip(found.columns, values, strict=True))
        row = tuple(by_name.get(name) for name in _COLUMN_NAMES)
        listed_uuid = found.unreadable[rowid]
        if listed_uuid is not None and row[0] != listed_uuid:
            continue  # another row once stored under that rowid, on a freed page
        if _annotation_or_none(row, ()) is None:
            continue
        # Freed pages keep old copies of a row: the most recently modified one is kept.
        if rowid not in candidates or _modified(row) > _modified(candidates[rowid]):
            candidates[rowid] = row
    for rowid, row in candidates.items():
        found.rows[rowid] = row
        del found.unreadable[rowid]


def _modified(row: tuple[Any, ...]) -> datetime:
    return parse_timestamp(row[_MODIFIED])


def _listed_rowids(connection: sqlite3.Connection) -> tuple[dict[int, str | None], bool]:
    """The rowids the annotations' indexes list (with the uuid where the index holds it),
    and whether at least one index could be read to its end."""
    listed: dict[int, str | None] = {}
    complete = False
    indexes = _index_columns(connection, "annotations")
    for name, columns in indexes.items():
        wanted = "uuid, rowid" if "uuid" in columns else "NULL, rowid"
        try:
            for uuid, rowid in connection.execute(
                f'SELECT {wanted} FROM annotations INDEXED BY "{name}"'
            ):
                listed[int(rowid)] = uuid if isinstance(uuid, str) else listed.get(int(rowid))
            complete = True
        except database_errors():
            continue  # a damaged index page: keep what was listed before it
    return listed, complete


def _index_columns(connection: sqlite3.Connection, table: str) -> dict[str, list[str]]:
    try:
        names = [
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?", [table]
            )
        ]
        return {
            name: [str(row[2]) for row in connection.execute(f'PRAGMA index_info("{name}")')]
            for name in names
        }
    except database_errors():
        return {}


def _max_rowid(connection: sqlite3.Connection, table: str) -> int:
    try:
        return int(connection.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0] or 0)
    except database_errors():
        return 0  # the last page is damaged; the indexes still bound the rowids


def _read_rows(
    connection: sqlite3.Connection, select: str, upper: int, rows: dict[int, tuple[Any, ...]]
) -> set[int]:
    """Read rows 1..upper by rowid ranges into `rows`; return the rowids that failed alone.

    A range that fails is halved until single rowids remain: those a damaged page holds
    (or would hold) fail, everything else is read.
    """
    failed: set[int] = set()
    pending = [(1, upper)] if upper >= 1 else []
    # A damaged page at the end of a table with a nonsense rowid bound would otherwise be
    # probed rowid by rowid for ever; what is left unread is counted as not recovered.
    for _query in range(_QUERY_BUDGET):
        if not pending:
            break
        low, high = pending.pop()
        try:
            # A range scan reads one row past its end, maybe on a damaged page; a single
            # rowid is looked up without stepping on.
            batch = (
                connection.execute(f"{select} WHERE rowid = ?", [low]).fetchall()
                if low == high
                else connection.execute(
                    f"{select} WHERE rowid BETWEEN ? AND ? ORDER BY rowid", [low, high]
                ).fetchall()
            )
        except database_errors():  # malformed page, or text that is not UTF-8
            if low == high:
                failed.add(low)
            else:
                middle = (low + high) // 2
                pending += [(middle + 1, high), (low, middle)]
            continue
        for row in batch:
            rows[int(row[0])] = tuple(row[1:])
    return failed


def _read_tags(connection: sqlite3.Connection) -> dict[int, list[str]]:
    """Tags by annotation rowid: from the table's rows, and from its primary-key index,
    which holds every (annotation, tag) pair as well."""
    rows: dict[int, tuple[Any, ...]] = {}
    upper = _max_rowid(connection, "annotation_tags")
    _read_rows(connection, "SELECT rowid, annotation_id, tag FROM annotation_tags", upper, rows)
    pairs = [row for _, row in sorted(rows.items())]
    for name, columns in _index_columns(connection, "annotation_tags").items():
        if columns[:2] != ["annotation_id", "tag"]:
            continue
        try:
            pairs += connection.execute(
                f'SELECT annotation_id, tag FROM annotation_tags INDEXED BY "{name}"'
            ).fetchall()
        except database_errors():
            continue
    tags: dict[int, list[str]] = {}
    for annotation_id, tag in pairs:
        if isinstance(annotation_id, int) and isinstance(tag, str):
            listed = tags.setdefault(annotation_id, [])
            if tag not in listed:
                listed.append(tag)
    return tags


def _valid_annotations(found: _Found) -> list[Annotation]:
    """The rows that make sound annotations; the others join the unreadable."""
    annotations = []
    for rowid, row in found.rows.items():
        annotation = _annotation_or_none(row, found.tags.get(rowid, []))
        if annotation is None:
            found.unreadable[rowid] = row[0] if isinstance(row[0], str) else None
        else:
            annotations.append(annotation)
    return annotations


def _annotation_or_none(row: tuple[Any, ...], tags: Iterable[str]) -> Annotation | None:
    # Random bytes on a page can still parse as a row; the schema's types and the
    # timestamps tell most of that apart, and the merge must never fail half-way on it.
    (uuid, document, revision, number, language, *_middle, note, created, modified, _) = row
    texts = (uuid, document, language, note, created, modified)
    if not all(isinstance(value, str) for value in texts):
        return None
    if not (isinstance(revision, int) and isinstance(number, int)):
        return None
    try:
        parse_timestamp(created)
        parse_timestamp(modified)
        return _from_row(row, tuple(tags))
    except (ValueError, TypeError):
        return None


def _rowids_and_uuids(library: Library) -> dict[int, str]:
    return {
        int(rowid): str(uuid)
        for rowid, uuid in library.db.execute("SELECT id, uuid FROM annotations")
    }
