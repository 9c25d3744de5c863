"""Schema migrations: numbered, atomic, and tested from real files of every earlier version."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oicreader.store import schema
from oicreader.store.annotations import list_annotations
from oicreader.store.backups import list_backups
from oicreader.store.connection import connect
from oicreader.store.library import Library
from oicreader.store.search import search
from tests.store.conftest import connect_to_file, install_library_file

FIXTURES = Path(__file__).parent / "fixtures"


def tables(path: Path) -> set[str]:
    connection = connect_to_file(path)
    try:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()


def test_a_new_library_gets_every_migration(tmp_path: Path) -> None:
    with Library.open(tmp_path / "new.db") as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
    assert {"documents", "revisions", "paragraphs", "paragraphs_fts", "annotations"} <= tables(
        tmp_path / "new.db"
    )


def test_version_1_file_migrates_and_keeps_its_documents(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v1.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        assert library.find_key("OTHER/2016/1") == "imported-report"
        imported = library.document("OTHER/2016/1")
        assert imported.paragraph(1).text("en") == (
            "An imported paragraph kept by every migration."
        )
        assert library.db.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_every_earlier_version_has_a_fixture() -> None:
    for version in range(1, schema.SCHEMA_VERSION):
        assert (FIXTURES / f"library-v{version}.db").is_file(), f"library-v{version}.db missing"


def test_a_newer_library_is_refused_not_damaged(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    connection = connect_to_file(path)
    connection.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
    connection.close()
    db = connect(path)
    with pytest.raises(schema.NewerSchemaError, match="update OIC Reader"):
        schema.migrate(db)
    assert schema.schema_version(db) == schema.SCHEMA_VERSION + 1
    assert db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    db.close()


def test_a_backup_is_requested_before_migrating(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v1.db", copy)
    calls: list[tuple[int, int]] = []
    db = connect(copy)
    schema.migrate(db, before_migrating=lambda old, new: calls.append((old, new)))
    db.close()
    assert calls == [(1, schema.SCHEMA_VERSION)]


def test_version_2_file_migrates_and_keeps_its_annotations(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v2.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        [annotation] = list_annotations(library)
        assert annotation.id == "0b7c9a52-5a51-4c0e-9a59-0d7a3e0c1f11"
        assert annotation.note == "ملاحظة محفوظة عبر الترحيل" and annotation.tags == ("rohingya",)
        assert annotation.anchor is not None and annotation.anchor.quote == "الروهينغايا"
        assert 6 in {hit.paragraph_number for hit in search(library, "الروهينغايا")}
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_migrating_an_existing_library_takes_a_backup_first(
    tmp_path: Path, data_home: Path
) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v2.db", copy)
    with Library.open(copy):
        pass
    reasons = [info.reason for info in list_backups()]
    assert any(reason.startswith("before-migration-2-to-") for reason in reasons), reasons


def test_the_caller_is_told_of_an_upgrade_before_it_and_of_nothing_else(tmp_path: Path) -> None:
    told: list[tuple[int, int]] = []
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v4.db", copy)
    with Library.open(copy, on_upgrade=lambda old, new: told.append((old, new))):
        pass
    assert told == [(4, schema.SCHEMA_VERSION)]
    with Library.open(copy, on_upgrade=lambda old, new: told.append((old, new))):
        pass  # up to date now
    with Library.open(tmp_path / "new.db", on_upgrade=lambda old, new: told.append((old, new))):
        pass  # a new library's schema is made, not upgraded
    assert told == [(4, schema.SCHEMA_VERSION)]


def test_an_upgrade_is_known_not_due_from_a_current_files_header_alone(tmp_path: Path) -> None:
    # The window opens a library on a worker thread, showing progress, only when it may be
    # upgraded; other starts open it at once.
    old, current, other = tmp_path / "old.db", tmp_path / "current.db", tmp_path / "other.db"
    install_library_file(FIXTURES / "library-v4.db", old)
    with Library.open(current):
        pass
    other.write_bytes(b"not a library" * 20)
    assert schema.upgrade_may_be_due(old)
    assert schema.upgrade_may_be_due(tmp_path / "not yet made.db")
    assert schema.upgrade_may_be_due(other)
    # A plain file's header says; an encrypted file's (the encrypted run) cannot.
    assert schema.upgrade_may_be_due(current) == (current.read_bytes()[:6] != b"SQLite")
    with Library.open(old):
        pass
    assert schema.upgrade_may_be_due(old) == (old.read_bytes()[:6] != b"SQLite")


def test_version_4_file_gets_every_reading_of_each_word_indexed(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v4.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        # Schema 4 indexed بفلسطين only as فلسطين and فلسطين only as سطين: no match.
        assert 15 in {hit.paragraph_number for hit in search(library, "فلسطين", language="ar")}
        assert 13 in {hit.paragraph_number for hit in search(library, "كازاخستان", language="ar")}
        [annotation] = list_annotations(library)
        assert annotation.note == "ملاحظة محفوظة عبر الترحيل"
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_version_5_file_gets_the_index_search_joins_through(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v5.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        plan = library.db.execute(
            "EXPLAIN QUERY PLAN SELECT key FROM documents WHERE current_revision_id = 1"
        ).fetchall()
        assert "idx_documents_current_revision_id" in str(plan)
        assert [a.note for a in list_annotations(library)] == ["ملاحظة محفوظة عبر الترحيل"]


def test_version_6_file_gets_paragraph_links_and_keeps_its_notes(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v6.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        columns = {row[1] for row in library.db.execute("PRAGMA table_info(paragraphs)")}
        assert "link" in columns
        assert library.db.execute("SELECT count(*) FROM alignment_corrections").fetchone() == (0,)
        assert library.document(None).versions["fr"].links == {}
        assert [a.note for a in list_annotations(library)] == ["ملاحظة محفوظة عبر الترحيل"]


def test_version_7_file_gets_the_indexes_of_large_libraries_and_keeps_its_notes(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v7.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        indexes = {row[0] for row in library.db.execute("SELECT name FROM sqlite_master")}
        assert {"idx_annotations_live_order", "idx_annotation_tags_tag_note"} <= indexes
        assert [a.note for a in list_annotations(library)] == ["ملاحظة محفوظة عبر الترحيل"]


def test_version_8_file_gets_english_and_french_inflections_indexed(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    install_library_file(FIXTURES / "library-v8.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        # "An imported paragraph kept by every migration.": only its inflection says so.
        [hit] = search(library, "migrations", document="OTHER/2016/1")
        assert hit.language == "en"
        assert hit.snippet == "An imported paragraph kept by every **migration**."
        assert [a.note for a in list_annotations(library)] == ["ملاحظة محفوظة عبر الترحيل"]
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # Raises when the rebuilt index disagrees with the paragraphs it was built from.
        library.db.execute("INSERT INTO paragraphs_fts (paragraphs_fts) VALUES ('integrity-check')")


def test_version_9_file_gets_an_empty_shelf_of_briefs_and_keeps_its_notes(tmp_path: Path) -> None:
    copy = tmp_path / "library.db"
    shutil.copyfile(FIXTURES / "library-v9.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        assert library.db.execute("SELECT count(*) FROM briefs").fetchone() == (0,)
        assert library.db.execute("SELECT count(*) FROM brief_items").fetchone() == (0,)
        assert [a.note for a in list_annotations(library)] == ["ملاحظة محفوظة عبر الترحيل"]
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_brief_in_another_language_than_ar_en_fr_is_refused_by_the_schema(
    tmp_path: Path,
) -> None:
    # sqlite3's error, or SQLCipher's on an encrypted library: both are DB-API IntegrityErrors.
    with (
        Library.open(tmp_path / "new.db") as library,
        pytest.raises(Exception, match="CHECK constraint failed"),
    ):
        library.db.execute(
            "INSERT INTO briefs (title, language, created, modified) VALUES ('x', 'de', '', '')"
        )


def test_version_10_file_gets_an_empty_shelf_of_topic_results_and_keeps_its_notes(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "library.db"
    shutil.copyfile(FIXTURES / "library-v10.db", copy)
    with Library.open(copy) as library:
        assert schema.schema_version(library.db) == schema.SCHEMA_VERSION
        assert library.db.execute("SELECT count(*) FROM topic_results").fetchone() == (0,)
        assert library.db.execute("SELECT count(*) FROM briefs").fetchone() == (0,)
        assert [a.note for a in list_annotations(library)] == ["ملاحظة محفوظة عبر الترحيل"]
        assert library.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_topic_results_go_when_their_revisions_text_is_rewritten(tmp_path: Path) -> None:
    with Library.open(tmp_path / "new.db") as library:
        revision_id, key = library.db.execute(
            "SELECT r.id, d.key FROM revisions r JOIN documents d ON d.id = r.document_id"
        ).fetchone()
        library.db.execute("INSERT INTO topic_results VALUES (?, ?, 'v', '[]')", [revision_id, key])
        # As a re-link or a reload rewrites a revision's rows: deleted, then inserted anew.
        library.db.execute(
            "DELETE FROM paragraphs WHERE revision_id = ? AND number = 1", [revision_id]
        )
        assert library.db.execute("SELECT count(*) FROM topic_results").fetchone() == (0,)
