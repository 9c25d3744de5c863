"""Comparing revisions through the app layer: which two by default, and when there is one."""

from __future__ import annotations

import pytest

from oicreader.app.reports import import_reports, read_reports
from oicreader.app.revisions import NoEarlierRevision, compare_revisions
from oicreader.app.session import Session
from oicreader.errors import UserFacingError
from tests.app.conftest import KEY
from tests.store.test_reviews import FINAL_FILES


def test_by_default_the_current_revision_is_compared_with_the_one_before(
    session: Session,
) -> None:
    import_reports(session, read_reports(FINAL_FILES))
    comparison = compare_revisions(session, KEY, languages=["en"])
    assert (comparison.old_revision.number, comparison.new_revision.number) == (1, 2)
    assert {change.language for change in comparison.changes} == {"en"}
    assert any(change.change == "inserted" for change in comparison.changes)


def test_a_document_with_one_revision_is_refused_with_what_to_do(session: Session) -> None:
    with pytest.raises(NoEarlierRevision, match=r"one revision only.*oicreader import") as caught:
        compare_revisions(session, KEY)
    assert isinstance(caught.value, UserFacingError)
