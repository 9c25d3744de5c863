"""A document's title: asked for at import (the cover's, else the file's name, as proposed),
and renamed later, one language at a time (issue 21)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from oicreader.app.library import BundledDocumentKept, list_documents, rename_document
from oicreader.app.reports import import_reports, proposed_title, read_reports, titled
from oicreader.app.session import Session
from oicreader.errors import UserFacingError
from tests.app.conftest import KEY
from tests.conftest import BUNDLED_FOLDER

ENGLISH = "The meeting reviewed the situation.\n\n1. The meeting met in New York.\n"


def plain_file(folder: Path, name: str = "plain3.txt", text: str = ENGLISH) -> Path:
    """A report file with no cover: no symbol, no title."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def titles_of(session: Session, key: str) -> dict[str, str]:
    [summary] = [summary for summary in list_documents(session) if summary.key == key]
    return summary.titles


def test_a_file_without_a_cover_proposes_its_name_as_the_title(tmp_path: Path) -> None:
    plan = read_reports([plain_file(tmp_path)])
    assert proposed_title(plan, "en") == "plain3"
    assert proposed_title(plan, "ar") == "plain3"


def test_a_cover_proposes_its_title_in_the_language_asked_else_another(tmp_path: Path) -> None:
    plan = read_reports([BUNDLED_FOLDER / "ar.txt", BUNDLED_FOLDER / "fr.txt"])
    assert proposed_title(plan, "fr").startswith("Rapport de la réunion de coordination")
    assert proposed_title(plan, "en") == proposed_title(plan, "ar")
    assert proposed_title(plan, "ar").startswith("تقرير")


def test_a_title_given_at_import_replaces_the_file_name(session: Session, tmp_path: Path) -> None:
    plan = titled(read_reports([plain_file(tmp_path)]), " Briefing on Sahel ", "en")
    key = import_reports(session, plan).outcome.key
    assert titles_of(session, key) == {"en": "Briefing on Sahel"}


def test_a_title_given_at_import_keeps_the_covers_titles_in_the_other_languages(
    session: Session,
) -> None:
    plan = read_reports([BUNDLED_FOLDER / "ar.txt", BUNDLED_FOLDER / "fr.txt"], "OIC/TEST/1")
    key = import_reports(session, titled(plan, "Rapport abrégé", "fr")).outcome.key
    titles = titles_of(session, key)
    assert titles["fr"] == "Rapport abrégé"
    assert titles["ar"].startswith("تقرير")


def test_an_import_without_a_title_is_stored_as_before(session: Session, tmp_path: Path) -> None:
    key = import_reports(session, read_reports([plain_file(tmp_path)])).outcome.key
    assert titles_of(session, key) == {"en": "plain3"}


def test_an_empty_title_is_refused_with_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="title"):
        titled(read_reports([plain_file(tmp_path)]), "   ", "en")


def test_a_rename_changes_the_title_in_one_language_and_is_kept_in_the_library(
    session: Session, tmp_path: Path
) -> None:
    key = import_reports(session, read_reports([plain_file(tmp_path)])).outcome.key
    changes = rename_document(session, "PLAIN3", "Note verbale on Sahel", "en")
    rename_document(session, key, "Note verbale sur le Sahel", "fr")
    assert changes.document == key
    with Session.open() as reopened:
        assert titles_of(reopened, key) == {
            "en": "Note verbale on Sahel",
            "fr": "Note verbale sur le Sahel",
        }


def test_renaming_the_bundled_report_is_refused(session: Session) -> None:
    with pytest.raises(BundledDocumentKept) as refused:
        rename_document(session, KEY, "My report", "en")
    message = str(refused.value)
    assert "OIC/ACM-2017/CHAIR-REP" in message and "comes with OIC Reader" in message
    assert titles_of(session, KEY)["en"].startswith("Report of the Coordination Meeting")


def test_an_empty_new_title_and_an_unknown_language_are_refused(
    session: Session, tmp_path: Path
) -> None:
    key = import_reports(session, read_reports([plain_file(tmp_path)])).outcome.key
    with pytest.raises(UserFacingError, match="title"):
        rename_document(session, key, "  ", "en")
    with pytest.raises(UserFacingError, match="ar, en or fr"):
        rename_document(session, key, "Title", "de")


def test_a_new_revision_without_a_cover_title_keeps_the_title_the_reader_gave(
    session: Session, tmp_path: Path
) -> None:
    key = import_reports(session, read_reports([plain_file(tmp_path)])).outcome.key
    rename_document(session, key, "Note verbale on Sahel", "en")
    later = tmp_path / "later"
    later.mkdir()
    revised = plain_file(later, text=ENGLISH.replace("New York", "Geneva"))
    outcome = import_reports(session, read_reports([revised])).outcome
    assert outcome.key == key and outcome.revision == 2
    assert titles_of(session, key) == {"en": "Note verbale on Sahel"}


def test_a_bundled_copy_imported_under_another_symbol_can_be_renamed(
    session: Session, tmp_path: Path
) -> None:
    folder = tmp_path / "copy"
    shutil.copytree(BUNDLED_FOLDER, folder)
    plan = read_reports([folder / "en.txt"], "OIC/TEST/2")
    key = import_reports(session, plan).outcome.key
    rename_document(session, "OIC/TEST/2", "Copy", "en")
    assert titles_of(session, key) == {"en": "Copy"}
