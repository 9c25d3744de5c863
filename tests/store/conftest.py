"""Every test of the store runs twice: on a plain library and on an encrypted one.

For the encrypted run the test passphrase is held in memory for the data folder's library, as
after the reader typed it (store/encryption.py): every library the test creates there is
created encrypted, every backup is encrypted with its key, and the checks, recovery and
salvage open their private copies with it. Subprocesses (kill -9, concurrency) get it through
OICREADER_PASSPHRASE, which tests/store's writer scripts pass to Library.open. A test that is
about the plain file format itself (bytes at SQLite's header offsets) is marked
`plain_format` and runs on the plain library only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TEST_PASSPHRASE = "store tests: passphrase of the encrypted library"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Both kinds for every test, the plain one only for a test about the plain format."""
    if "library_kind" not in metafunc.fixturenames:
        return
    plain_only = any(mark.name == "plain_format" for mark in metafunc.definition.iter_markers())
    kinds = ["plain"] if plain_only else ["plain", "encrypted"]
    metafunc.parametrize("library_kind", kinds, indirect=True)


@pytest.fixture(autouse=True)
def library_kind(
    request: pytest.FixtureRequest, data_home: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    """ "plain" or "encrypted": the kind of library this run of the test works on."""
    kind: str = request.param
    if kind == "encrypted":
        from oicreader.store.encryption import hold_passphrase

        hold_passphrase(data_home / "library.db", TEST_PASSPHRASE)
        monkeypatch.setenv("OICREADER_PASSPHRASE", TEST_PASSPHRASE)
    yield kind


def connect_to_file(path: Path, uri_options: str = "", **options: Any) -> sqlite3.Connection:
    """A connection to a library file, or a backup or copy of it, as the store opens it: with
    the held passphrase when the file is encrypted, the standard sqlite3 otherwise.
    `uri_options` ("mode=ro", "immutable=1") open it by URI."""
    from oicreader.store.encryption import open_database, passphrase_for

    passphrase = passphrase_for(path)
    if uri_options:
        return open_database(
            f"{path.resolve().as_uri()}?{uri_options}", passphrase, uri=True, **options
        )
    return open_database(path, passphrase, **options)


def install_library_file(source: Path, target: Path) -> Path:
    """Copy a library file (an older version's, from tests/store/fixtures) to `target`, as the
    reader has it: encrypted with the held passphrase on the encrypted run, then migrated by
    the test through Library.open like any encrypted library."""
    import os
    import shutil

    shutil.copyfile(source, target)
    passphrase = os.environ.get("OICREADER_PASSPHRASE")
    if passphrase is not None:
        from oicreader.store.library_encryption import encrypt_file

        encrypt_file(target, passphrase)
    return target
