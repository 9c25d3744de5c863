"""The worker thread's own read-only connection: it opens the library as the store does, an
encrypted one with its passphrase, and reads only what is committed."""

from __future__ import annotations

import pytest

from oicreader.store.encryption import is_encrypted
from oicreader.store.library import Library
from oicreader.store.reader_connection import connect_reader


def test_the_second_reader_opens_the_library_of_either_kind(library_kind: str) -> None:
    with Library.open() as library:
        expected = library.db.execute("SELECT count(*) FROM paragraphs").fetchone()
        assert is_encrypted(library.path) == (library_kind == "encrypted")
        reader = connect_reader(library.path)
        try:
            assert reader.execute("SELECT count(*) FROM paragraphs").fetchone() == expected
            with pytest.raises(Exception, match="readonly"):
                reader.execute("DELETE FROM paragraphs")
        finally:
            reader.close()
