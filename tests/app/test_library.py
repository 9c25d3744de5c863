"""The library's documents and revisions through the app layer, as the lists show them."""

from __future__ import annotations

from oicreader.app.library import count_documents, list_documents, list_revisions
from oicreader.app.reports import import_reports, read_reports
from oicreader.app.session import Session
from tests.app.conftest import KEY
from tests.store.test_reviews import FINAL_FILES


def test_the_documents_are_listed_bundled_first_then_by_symbol(session: Session) -> None:
    for symbol in ("OIC/ZZ/1", "OIC/AA/1"):
        import_reports(session, read_reports(FINAL_FILES[1:2], symbol=symbol))
    assert [summary.symbol for summary in list_documents(session)] == [
        "OIC/ACM-2017/CHAIR-REP",
        "OIC/AA/1",
        "OIC/ZZ/1",
    ]


def test_the_revisions_are_listed_oldest_first_the_new_one_current(session: Session) -> None:
    import_reports(session, read_reports(FINAL_FILES))
    listed = [(r.number, r.label, r.current) for r in list_revisions(session, KEY)]
    assert listed == [(1, "draft", False), (2, "final", True)]


def test_pages_of_documents_read_one_after_another_are_the_whole_list(session: Session) -> None:
    for symbol in ("OIC/ZZ/1", "OIC/AA/1", "OIC/MM/1", "OIC/BB/1"):
        import_reports(session, read_reports(FINAL_FILES[1:2], symbol=symbol))
    pages = [list_documents(session, offset=start, limit=2) for start in (0, 2, 4, 6)]
    assert [len(page) for page in pages] == [2, 2, 1, 0]
    assert [summary for page in pages for summary in page] == list_documents(session)
    assert count_documents(session) == 5
