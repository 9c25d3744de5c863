"""Reading rows straight from a database's pages gives what SQLite itself reads."""

from __future__ import annotations

import random
import sqlite3
from contextlib import closing
from pathlib import Path

from oicreader.store.page_scan import leaf_rows

PAGE = 4096


def rows_from_sqlite(database: Path) -> dict[int, list[object]]:
    with closing(sqlite3.connect(database)) as connection:
        return {
            row[0]: [None, *row[1:]]
            for row in connection.execute("SELECT id, name, amount, ratio, data, note FROM t")
        }


def write_rows(connection: sqlite3.Connection, rng: random.Random, first: int, count: int) -> None:
    connection.executemany(
        "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                first + number,
                f"اسم {number}",
                rng.choice([0, 1, -7, 300, -70_000, 2**40, -(2**62), None]),
                rng.random(),
                rng.randbytes(rng.randrange(0, 50)),
                "ملاحظة " * rng.choice([1, 10, 900, 3000]),  # up to several overflow pages
            )
            for number in range(count)
        ],
    )


def test_every_row_of_a_table_decodes_as_sqlite_reads_it(tmp_path: Path) -> None:
    database = tmp_path / "rows.db"
    rng = random.Random(5)
    with closing(sqlite3.connect(database, isolation_level=None)) as connection:
        connection.execute(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount INTEGER, ratio REAL, "
            "data BLOB, note TEXT)"
        )
        write_rows(connection, rng, 1, 400)

    scanned = dict(leaf_rows(database, PAGE, column_count=6))

    assert scanned == rows_from_sqlite(database)


def test_pages_the_write_ahead_log_holds_are_read_from_it(tmp_path: Path) -> None:
    database = tmp_path / "rows.db"
    rng = random.Random(6)
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA wal_autocheckpoint = 0")
        connection.execute(
            "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, amount INTEGER, ratio REAL, "
            "data BLOB, note TEXT)"
        )
        write_rows(connection, rng, 1, 100)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        write_rows(connection, rng, 101, 50)
        connection.execute("UPDATE t SET note = 'changed in the log' WHERE id = 3")
        assert Path(f"{database}-wal").stat().st_size > 0

        scanned = dict(leaf_rows(database, PAGE, column_count=6))
        expected = rows_from_sqlite(database)
    finally:
        connection.close()
    assert scanned == expected
    assert scanned[3][5] == "changed in the log"


def test_bytes_that_are_not_a_page_are_skipped(tmp_path: Path) -> None:
    database = tmp_path / "noise.db"
    rng = random.Random(7)
    noise = bytearray(rng.randbytes(PAGE * 20))
    for page in range(20):
        noise[page * PAGE] = 0x0D  # every page claims to be a table leaf
    database.write_bytes(bytes(noise))
    assert isinstance(list(leaf_rows(database, PAGE, column_count=16)), list)
