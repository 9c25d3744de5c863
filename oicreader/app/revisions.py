"""Comparing two revisions of a document, paragraph by paragraph and word by word."""

from __future__ import annotations

from collections.abc import Sequence

from oicreader.app.session import Session
from oicreader.store import revisions as stored
from oicreader.store.revisions import NoEarlierRevision, RevisionComparison

__all__ = ["NoEarlierRevision", "RevisionComparison", "compare_revisions"]


def compare_revisions(
    session: Session,
    document: str,
    old_revision: int | None = None,
    new_revision: int | None = None,
    languages: Sequence[str] | None = None,
    exact: bool = False,
) -> RevisionComparison:
    """What changed from one revision of a document to another: by default from the one
    before the current to the current. Words compare folded (diacritics, hamza seats, case)
    unless `exact`; NoEarlierRevision when there is nothing to compare with."""
    return stored.compare_revisions(
        session.library, document, old_revision, new_revision, languages, exact
    )
