"""Rows read straight from a database file's pages, for a salvage whose b-tree is damaged.

When a table's root or an inner page is damaged, SQLite can no longer reach the leaf pages
below it, though they still hold their rows. This reads every leaf page of a table b-tree
(in the file, then in its -wal, whose frames are newer) and decodes its cells with SQLite's
documented record format (https://www.sqlite.org/fileformat2.html). It never fails on bad
bytes: a page or cell that does not decode is skipped. Callers must judge what they get:
freed pages still hold old rows, and random bytes can look like a cell.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from pathlib import Path
from typing import Any

_LEAF_TABLE_PAGE = 0x0D
_FILE_HEADER = 100
_WAL_HEADER = 32
_WAL_FRAME_HEADER = 24
_MAX_OVERFLOW_PAGES = 1024


def leaf_rows(database: Path, page_size: int, column_count: int) -> Iterator[tuple[int, list[Any]]]:
    """(rowid, values) of every cell of `column_count` values on every table leaf page of the
    file and its -wal, oldest first: a row can come several times, its last copy the newest."""
    pages = _PageSource(database, page_size)
    for number, page in pages.all_pages():
        yield from _cells(page, number, pages, column_count)


class _PageSource:
    """The pages of a file, then those of its -wal's committed frames, oldest first."""

    def __init__(self, database: Path, page_size: int):
        self.page_size = page_size
        data = database.read_bytes()
        self.versions = [
            (index + 1, data[index * page_size : (index + 1) * page_size])
            for index in range(len(data) // page_size)
        ]
        log = Path(f"{database}-wal")
        if log.exists():
            self.versions += _committed_frames(log.read_bytes(), page_size)
        self.latest = dict(self.versions)

    def all_pages(self) -> Iterator[tuple[int, bytes]]:
        yield from self.versions

    def page(self, number: int) -> bytes | None:
        return self.latest.get(number)


def _committed_frames(log: bytes, page_size: int) -> list[tuple[int, bytes]]:
    """The -wal's frames up to its last commit, written since its last reset (its salt)."""
    if len(log) < _WAL_HEADER or struct.unpack(">I", log[8:12])[0] != page_size:
        return []
    salt = log[16:24]
    frames: list[tuple[int, bytes]] = []
    committed = 0
    frame = _WAL_FRAME_HEADER + page_size
    for start in range(_WAL_HEADER, len(log) - frame + 1, frame):
        if log[start + 8 : start + 16] != salt:
            break  # left over from before the log was last reset
        number = struct.unpack(">I", log[start : start + 4])[0]
        frames.append((number, log[start + _WAL_FRAME_HEADER : start + frame]))
        if struct.unpack(">I", log[start + 4 : start + 8])[0]:  # a commit frame
            committed = len(frames)
    return frames[:committed]


def _cells(
    page: bytes, number: int, pages: _PageSource, column_count: int
) -> Iterator[tuple[int, list[Any]]]:
    start = _FILE_HEADER if number == 1 else 0
    if len(page) < start + 8 or page[start] != _LEAF_TABLE_PAGE:
        return
    count = int.from_bytes(page[start + 3 : start + 5], "big")
    for cell in range(count):
        at = start + 8 + 2 * cell
        pointer = int.from_bytes(page[at : at + 2], "big")
        try:
            decoded = _cell(page, pointer, pages, column_count)
        except (IndexError, ValueError, UnicodeDecodeError, struct.error):
            continue
        if decoded is not None:
            yield decoded


def _cell(
    page: bytes, pointer: int, pages: _PageSource, column_count: int
) -> tuple[int, list[Any]] | None:
    payload_size, at = _varint(page, pointer)
    rowid, at = _varint(page, at)
    usable = pages.page_size
    limit = usable - 35
    if payload_size <= limit:
        payload = page[at : at + payload_size]
    else:
        payload = _with_overflow(page, at, payload_size, pages)
    if len(payload) != payload_size:
        return None
    rowid = rowid - (1 << 64) if rowid >= 1 << 63 else rowid
    values = _record(payload, column_count)
    return None if values is None else (rowid, values)


def _with_overflow(page: bytes, at: int, payload_size: int, pages: _PageSource) -> bytes:
    usable = pages.page_size
    smallest = ((usable - 12) * 32 // 255) - 23
    local = smallest + (payload_size - smallest) % (usable - 4)
    if local > usable - 35:
        local = smallest
    parts = [page[at : at + local]]
    following = int.from_bytes(page[at + local : at + local + 4], "big")
    remaining = payload_size - local
    for _ in range(_MAX_OVERFLOW_PAGES):
        if remaining <= 0 or following == 0:
            break
        overflow = pages.page(following)
        if overflow is None:
            break
        part = overflow[4 : 4 + min(remaining, usable - 4)]
        parts.append(part)
        remaining -= len(part)
        following = int.from_bytes(overflow[:4], "big")
    return b"".join(parts)


def _record(payload: bytes, column_count: int) -> list[Any] | None:
    header_size, at = _varint(payload, 0)
    types = []
    while at < header_size:
        serial_type, at = _varint(payload, at)
        types.append(serial_type)
    if at != header_size:
        raise ValueError("record header overruns itself")
    if len(types) != column_count:
        return None  # a row of another table
    values: list[Any] = []
    at = header_size
    for serial_type in types:
        value, at = _value(payload, at, serial_type)
        values.append(value)
    if at != len(payload):
        raise ValueError("record is not the size its header says")
    return values


_INTEGER_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(payload: bytes, at: int, serial_type: int) -> tuple[Any, int]:
    if serial_type == 0:
        return None, at
    if serial_type in _INTEGER_SIZES:
        size = _INTEGER_SIZES[serial_type]
        if at + size > len(payload):
            raise ValueError("integer past the end of the record")
        return int.from_bytes(payload[at : at + size], "big", signed=True), at + size
    if serial_type == 7:
        return struct.unpack(">d", payload[at : at + 8])[0], at + 8
    if serial_type in (8, 9):
        return serial_type - 8, at
    if serial_type < 12:
        raise ValueError(f"reserved serial type {serial_type}")
    size = (serial_type - 12) // 2
    if at + size > len(payload):
        raise ValueError("value past the end of the record")
    data = payload[at : at + size]
    return (data.decode("utf-8") if serial_type % 2 else data), at + size


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for index in range(9):
        byte = data[at + index]
        if index == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, at + index + 1
    raise ValueError("unreachable")
