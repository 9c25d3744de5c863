"""The encrypted library: opened only with its passphrase, unreadable without it, refusing a
wrong or missing one without changing a byte."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import pytest

from oicreader.app.session import PassphraseNeeded, Session, WrongPassphrase
from oicreader.model.annotation import Annotation, TextAnchor, new_annotation_id
from oicreader.store.annotations import add_annotation, list_annotations
from oicreader.store.encryption import ENCRYPTED_PAGE_CACHE_KIB, forget_passphrase, is_encrypted
from oicreader.store.library import Library

KEY = "oic-acm-2017-chair-rep"
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def no_passphrase_held(data_home: Path) -> Iterator[None]:
    """Each test starts and ends with no passphrase in memory."""
    yield
    forget_passphrase(data_home / "library.db")


def a_note(library: Library, note: str, tags: tuple[str, ...] = ()) -> Annotation:
    text = library.document(KEY).paragraph(6).text("ar") or ""
    return Annotation(
        id=new_annotation_id(),
        document=KEY,
        revision=1,
        paragraph_number=6,
        language="ar",
        anchor=TextAnchor.in_text(text, 0, 10),
        color="#fff176",
        note=note,
        tags=tags,
    )


def fingerprint(folder: Path) -> dict[str, str]:
    """Every file of a folder, by relative name, with the hash of its bytes."""
    return {
        str(file.relative_to(folder)): hashlib.sha256(file.read_bytes()).hexdigest()
        for file in sorted(folder.rglob("*"))
        if file.is_file()
    }


def encrypted_library_with_a_note(data_home: Path, note: str = "a note") -> Path:
    with Library.open(passphrase=PASSPHRASE) as library:
        add_annotation(library, a_note(library, note))
    forget_passphrase(library.path)
    return library.path


def test_a_new_library_opened_with_a_passphrase_is_encrypted(data_home: Path) -> None:
    library = encrypted_library_with_a_note(data_home)

    assert is_encrypted(library)
    assert not library.read_bytes().startswith(b"SQLite format 3")


def test_the_standard_sqlite3_cannot_read_an_encrypted_library(data_home: Path) -> None:
    library = encrypted_library_with_a_note(data_home)

    with closing(sqlite3.connect(library)) as connection, pytest.raises(sqlite3.DatabaseError):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()


def test_an_encrypted_library_gives_back_its_notes_with_the_passphrase(data_home: Path) -> None:
    encrypted_library_with_a_note(data_home, "ملاحظة سرية")

    with Library.open(passphrase=PASSPHRASE) as library:
        assert [note.note for note in list_annotations(library)] == ["ملاحظة سرية"]


def test_a_missing_passphrase_is_refused_and_changes_nothing(data_home: Path) -> None:
    encrypted_library_with_a_note(data_home)
    before = fingerprint(data_home)

    with pytest.raises(PassphraseNeeded, match=r"library\.db is encrypted"):
        Library.open()

    assert fingerprint(data_home) == before


def test_a_wrong_passphrase_is_refused_and_changes_nothing(data_home: Path) -> None:
    library = encrypted_library_with_a_note(data_home)
    before = fingerprint(data_home)

    with pytest.raises(WrongPassphrase, match="does not open the encrypted library"):
        Library.open(library, passphrase="Correct horse battery staple")

    assert fingerprint(data_home) == before


def test_a_passphrase_given_for_a_plain_library_leaves_it_plain(data_home: Path) -> None:
    forget_passphrase(data_home / "library.db")  # the encrypted run's: this library is plain
    Library.open().close()

    with Library.open(passphrase=PASSPHRASE) as library:
        assert not is_encrypted(library.path)


def test_a_session_reopens_with_its_passphrase_until_it_is_locked(data_home: Path) -> None:
    encrypted_library_with_a_note(data_home)
    session = Session.open(passphrase=PASSPHRASE)
    session.close()
    session.reopen()
    assert session.encrypted

    session.lock()
    with pytest.raises(PassphraseNeeded):
        session.reopen()
    session.reopen(PASSPHRASE)
    assert len(list_annotations(session.library)) == 1
    session.close()


def test_the_backups_of_an_encrypted_library_are_encrypted_with_its_key(data_home: Path) -> None:
    from oicreader.store.backups import check_database, list_backups

    with Library.open(passphrase=PASSPHRASE) as library:
        add_annotation(library, a_note(library, "in the backup"))
        from oicreader.store.backups import take_backup

        backup = take_backup(library.path, "manual")

    assert is_encrypted(backup)
    assert check_database(backup) is None
    assert backup in [info.path for info in list_backups()]


def test_a_note_in_the_write_ahead_log_of_an_open_encrypted_library_is_not_readable(
    data_home: Path,
) -> None:
    secret = "PANGOLIN-VELVET آخر موقف تفاوضي"
    with Library.open(passphrase=PASSPHRASE) as library:
        add_annotation(library, a_note(library, secret, tags=("OKAPITAG",)))
        log = Path(f"{library.path}-wal")
        assert log.stat().st_size > 0, "the note must still be in the -wal for this test"
        companions = [log, Path(f"{library.path}-shm")]
        for file in [library.path, *companions]:
            content = file.read_bytes()
            for text in (secret, "PANGOLIN", "OKAPITAG", "آخر موقف"):
                for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                    assert text.encode(encoding) not in content, (file.name, text, encoding)


def test_a_library_rebuilt_from_a_damaged_encrypted_one_is_encrypted_too(
    data_home: Path,
) -> None:
    with Library.open(passphrase=PASSPHRASE) as library:
        for number in range(40):
            add_annotation(library, a_note(library, f"note {number} " + "text " * 60))
    for backup in (data_home / "backups").iterdir():
        backup.unlink()  # no backup: recovery starts a new library with what it salvages
    (data_home / "library.db.clean-close").unlink(missing_ok=True)
    with library.path.open("r+b") as file:  # one page in the middle, as a bad sector
        file.seek(library.path.stat().st_size // 2 // 4096 * 4096)
        file.write(bytes(4096))

    with Library.open(passphrase=PASSPHRASE) as reopened:
        assert reopened.recovery is not None
        assert reopened.recovery.salvage is not None and reopened.recovery.salvage.recovered

    assert is_encrypted(library.path)


def test_an_encrypted_connection_keeps_its_hot_pages_decrypted_with_the_full_key_strength(
    data_home: Path,
) -> None:
    """SQLCipher decrypts every page it reads from the file, even one the system has cached:
    an encrypted connection keeps a search's hot pages in a page cache of its own (issue 23:
    within 1.3x of a plain library), with the KDF at SQLCipher 4's defaults and temporary
    tables in memory; the second connection of a worker thread alike."""
    encrypted_library_with_a_note(data_home)
    with Library.open(passphrase=PASSPHRASE) as library, closing(library.second_reader()) as reader:
        for connection in (library.db, reader.db):
            settings = {
                pragma: connection.execute(f"PRAGMA {pragma}").fetchone()[0]
                for pragma in (
                    "cache_size", "temp_store", "kdf_iter", "cipher_kdf_algorithm",
                    "cipher_hmac_algorithm", "cipher_use_hmac",
                )
            }  # fmt: skip
            assert settings == {
                "cache_size": -ENCRYPTED_PAGE_CACHE_KIB,
                "temp_store": 2,  # MEMORY
                "kdf_iter": "256000",
                "cipher_kdf_algorithm": "PBKDF2_HMAC_SHA512",
                "cipher_hmac_algorithm": "HMAC_SHA512",
                "cipher_use_hmac": "1",
            }
    assert ENCRYPTED_PAGE_CACHE_KIB >= 64 * 1024


@pytest.mark.plain_format
def test_a_plain_library_keeps_sqlites_own_page_cache(data_home: Path) -> None:
    with Library.open() as library:
        assert library.db.execute("PRAGMA cache_size").fetchone()[0] == -2000
