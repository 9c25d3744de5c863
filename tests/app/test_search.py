"""Search through the app layer: the whole library or one document, and any limit."""

from __future__ import annotations

from oicreader.app.search import search_library
from oicreader.app.session import Session
from tests.app.conftest import KEY


def test_a_limit_past_any_librarys_size_means_every_hit(session: Session) -> None:
    every = search_library(session, "Palestine", limit=1000)
    assert every, "the bundled report names Palestine"
    # Beyond SQLite's 64-bit integers: it must not overflow on its way to the query.
    assert search_library(session, "Palestine", limit=10**20) == every


def test_a_search_in_one_document_and_language_finds_only_there(session: Session) -> None:
    hits = search_library(session, "Palestine", KEY, "fr")
    assert hits and {(hit.document_key, hit.language) for hit in hits} == {(KEY, "fr")}
