"""Report files in through the app layer: read with progress, cancel, a document or a revision."""

from __future__ import annotations

from pathlib import Path

import pytest

from oicreader.app.backups import BackupError
from oicreader.app.reports import (
    ImportCancelled,
    PasswordNeeded,
    RevisionUnchanged,
    import_reports,
    import_target,
    read_reports,
    refuse_an_unchanged_revision,
)
from oicreader.app.session import Session
from oicreader.errors import UserFacingError
from oicreader.paths import backups_dir
from tests.app.conftest import KEY
from tests.importing.pdf_fixtures import ENCRYPTED, ENCRYPTED_PASSWORD, PDF_FIXTURES
from tests.store.test_reviews import FINAL_FILES

ENGLISH_PDF = PDF_FIXTURES / "lo-en.pdf"


def test_reading_a_pdf_reports_each_page_up_to_the_last() -> None:
    told: list[tuple[Path, int, int]] = []
    plan = read_reports([ENGLISH_PDF], progress=lambda *page: told.append(page))
    assert told == [(ENGLISH_PDF, page, 5) for page in range(1, 6)]
    assert plan.files[0].pages == 5


def test_cancel_during_the_reading_stops_it_and_leaves_the_library_unchanged(
    session: Session,
) -> None:
    before = session.library.summaries()
    pages_seen: list[int] = []
    with pytest.raises(ImportCancelled) as caught:
        read_reports(
            [ENGLISH_PDF],
            progress=lambda _path, page, _pages: pages_seen.append(page),
            cancelled=lambda: len(pages_seen) >= 2,
        )
    assert isinstance(caught.value, UserFacingError)
    assert "cancelled" in str(caught.value) and "unchanged" in str(caught.value)
    assert pages_seen == [1, 2], "the reading stops at the next page"
    assert session.library.summaries() == before


def test_a_missing_password_is_its_own_refusal_and_the_right_one_reads() -> None:
    with pytest.raises(PasswordNeeded):
        read_reports([ENCRYPTED.path])
    plan = read_reports([ENCRYPTED.path], password=ENCRYPTED_PASSWORD)
    assert plan.files[0].language == "en"


def test_new_files_become_a_new_document_and_say_so(session: Session) -> None:
    plan = read_reports([ENGLISH_PDF], symbol="OIC/TEST/PDF")
    assert import_target(session, plan).key is None
    imported = import_reports(session, plan)
    assert imported.outcome.revision == 1 and imported.outcome.backup is None
    assert imported.changes.document == imported.outcome.key == "oic-test-pdf"
    assert imported.changes.topics_changed
    assert session.document("oic-test-pdf").languages == ["en"]


def test_the_final_becomes_the_next_revision_after_a_backup(session: Session) -> None:
    plan = read_reports(FINAL_FILES)
    target = import_target(session, plan)
    assert target.key == KEY and target.revision == 2
    imported = import_reports(session, plan)
    assert imported.outcome.revision == 2 and imported.outcome.backup is not None
    assert imported.outcome.backup.parent == backups_dir()
    assert imported.changes.document == KEY and imported.changes.topics_changed
    assert [r.number for r in session.library.revisions(KEY)] == [1, 2]


def test_the_same_text_again_is_refused_before_and_at_the_import(session: Session) -> None:
    plan = read_reports(FINAL_FILES)
    import_reports(session, plan)
    with pytest.raises(RevisionUnchanged):
        refuse_an_unchanged_revision(session, plan)
    with pytest.raises(RevisionUnchanged):
        import_reports(session, plan)
    assert [r.number for r in session.library.revisions(KEY)] == [1, 2]


def test_a_revision_is_not_imported_when_the_backup_before_it_fails(
    session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    import oicreader.store.revisions

    def no_room(*_: object) -> None:
        raise BackupError("No space left on device")

    monkeypatch.setattr(oicreader.store.revisions, "take_backup", no_room)
    with pytest.raises(
        BackupError, match=r"could not back up the library first .*No space"
    ) as caught:
        import_reports(session, read_reports(FINAL_FILES))
    assert "nothing was imported" in str(caught.value)
    assert [r.number for r in session.library.revisions(KEY)] == [1]
