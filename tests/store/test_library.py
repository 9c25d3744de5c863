"""The library file: bundled content loaded once, reloaded on change, user data kept."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from oicreader.catalog import document_from_file
from oicreader.store.library import DocumentNotFound, Library
from tests.conftest import BUNDLED_FOLDER, age_the_stored_report
from tests.store.conftest import connect_to_file


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    """A private copy of resources/documents, so a test may change the bundled files."""
    root = tmp_path / "documents"
    shutil.copytree(BUNDLED_FOLDER, root / BUNDLED_FOLDER.name)
    return root


def test_library_lives_in_oicreader_home(data_home: Path) -> None:
    with Library.open() as library:
        assert library.path == data_home / "library.db"
    assert (data_home / "library.db").is_file()


def test_bundled_report_is_loaded_at_first_start() -> None:
    with Library.open() as library:
        [summary] = library.summaries()
        document = library.document("OIC/ACM-2017/CHAIR-REP")
    assert summary.key == "oic-acm-2017-chair-rep"
    assert summary.languages == ["ar", "en", "fr"]
    assert summary.paragraph_count == 16
    assert document.paragraph_numbers == list(range(1, 17))
    assert document.versions["ar"].front_matter_text("symbol") == "OIC/ACM-2017/CHAIR-REP"
    assert document.notes_for(4, "en"), "translator's notes are stored with the document"


def test_unchanged_bundled_content_is_not_reloaded() -> None:
    with Library.open() as library:
        assert library.refresh_bundled_documents() == []


def test_the_window_has_the_bundled_files_checked_after_opening() -> None:
    age_the_stored_report(5, "en", "An older English text.")
    with Library.open(upkeep_now=False) as library:
        assert library.bundled_check_pending
        assert library.document(BUNDLED_FOLDER.name).paragraph(5).text("en") == (
            "An older English text."
        )
        assert library.check_bundled_documents() == [BUNDLED_FOLDER.name]
        english = library.document(BUNDLED_FOLDER.name).paragraph(5).text("en")
        assert english.startswith("The meeting condemned")
        assert library.check_bundled_documents() == [], "once"


def test_a_first_start_loads_the_bundled_report_at_once_all_the_same() -> None:
    with Library.open(upkeep_now=False) as library:
        assert not library.bundled_check_pending
        assert [summary.key for summary in library.summaries()] == [BUNDLED_FOLDER.name]


def test_documents_are_found_by_id_or_symbol_in_any_case() -> None:
    with Library.open() as library:
        assert library.find_key("oic/acm-2017/chair-rep") == "oic-acm-2017-chair-rep"
        with pytest.raises(DocumentNotFound, match="OIC/ACM-2017/CHAIR-REP"):
            library.find_key("nothing")


def test_changed_bundled_content_is_reloaded_and_imported_documents_kept(
    bundled_copy: Path, tmp_path: Path
) -> None:
    imported_file = tmp_path / "other.txt"
    imported_file.write_text("OTHER/1\n\n1. Imported paragraph.\n", encoding="utf-8")
    with Library.open(load_bundled=False) as library:
        library.refresh_bundled_documents(bundled_copy)
        library.save_document(document_from_file(imported_file), "imported")
        revision_before = library.db.execute(
            "SELECT current_revision_id FROM documents WHERE key = 'oic-acm-2017-chair-rep'"
        ).fetchone()[0]

    english = bundled_copy / BUNDLED_FOLDER.name / "en.txt"
    english.write_text(
        english.read_text(encoding="utf-8").replace(
            "The meeting condemned", "The meeting firmly condemned"
        ),
        encoding="utf-8",
    )
    with Library.open(load_bundled=False) as library:
        assert library.refresh_bundled_documents(bundled_copy) == ["oic-acm-2017-chair-rep"]
        document = library.document("oic-acm-2017-chair-rep")
        assert document.paragraph(5).text("en").startswith("The meeting firmly condemned")
        assert library.find_key("OTHER/1") == "other-1"
        assert (
            library.db.execute(
                "SELECT current_revision_id FROM documents WHERE key = 'oic-acm-2017-chair-rep'"
            ).fetchone()[0]
            == revision_before
        ), "annotations point at this revision: it must stay"


@pytest.mark.plain_format  # the sqlite3 tool; encrypted: tests/store/test_encryption.py
def test_database_opens_in_the_sqlite3_tool_and_passes_integrity_check(data_home: Path) -> None:
    sqlite3_tool = shutil.which("sqlite3")
    if sqlite3_tool is None:
        pytest.fail("the sqlite3 command-line tool is needed (apt-get install sqlite3)")
    with Library.open():
        pass
    database = data_home / "library.db"
    integrity = subprocess.run(
        [sqlite3_tool, str(database), "PRAGMA integrity_check;"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert integrity.stdout.strip() == "ok"
    found = subprocess.run(
        [
            sqlite3_tool,
            str(database),
            "SELECT number FROM paragraphs WHERE id IN (SELECT rowid FROM paragraphs_fts "
            "WHERE paragraphs_fts MATCH 'كازاخستان') AND language = 'ar';",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert found.stdout.split() == ["13"], "the index is searchable without our code"


def test_database_uses_wal_and_foreign_keys(data_home: Path) -> None:
    with Library.open() as library:
        assert library.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert library.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert library.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    another = connect_to_file(data_home / "library.db")
    assert another.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    another.close()
